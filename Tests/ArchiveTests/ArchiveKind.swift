import Archive
import ArchiveSQLite
import CivicModel
import Foundation

/// The implementations the shared suite runs against; each case makes a fresh, empty archive.
enum ArchiveKind: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case memory, sqlite

    var testDescription: String { rawValue }

    func make() throws -> any Archive {
        switch self {
        case .memory: MemoryArchive()
        case .sqlite: try SQLiteArchive(path: TemporaryFile.path(extension: "sqlite"))
        }
    }
}

/// A fresh path in the temporary directory.
enum TemporaryFile {
    static func path(extension ext: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("kuzet-test-\(UUID().uuidString).\(ext)").path
    }
}

import Testing

/// A small world of records written in the tests' own words, stored in an archive.
struct World {
    static let almaty = Place(id: "pla-almaty", name: "Almaty", aliases: ["Alma-Ata"], kind: .republicanCity)
    static let atyrauRegion = Place(id: "pla-atyrau-region", name: "Atyrau Region", kind: .region)
    static let atyrau = Place(id: "pla-atyrau", name: "Atyrau", kind: .city, regionID: "pla-atyrau-region")
    static let zhanaozen = Place(id: "pla-zhanaozen", name: "Zhanaözen", aliases: ["Janaozen"], kind: .town, regionID: "pla-mangystau")
    static let mangystau = Place(id: "pla-mangystau", name: "Mangystau Region", kind: .region)

    static let report = Source(id: "src-report", title: "Quarterly monitoring digest", publisher: "Civic Watch")
    static let memo = Source(id: "src-memo", title: "Internal field memo", confidentiality: .confidential)

    static let bokayev = Person(id: "per-bokayev", name: "Max Bokayev", aliases: ["Maks Bokaev"], occupation: .activist, placeID: "pla-atyrau")
    static let ayan = Person(id: "per-ayan", name: "Talgat Ayan", occupation: .activist)
    static let witness = Person(id: "per-witness", name: "Saule Zhanibekova", confidentiality: .confidential)

    static let union = Organization(id: "org-union", name: "Oil Workers Union", kind: .tradeUnion)
    static let circle = Organization(id: "org-circle", name: "Quiet Reading Circle", kind: .religious, confidentiality: .restricted)

    /// Four incidents with partial dates, places in two regions, and links of every kind.
    static func incidents() throws -> [Incident] {
        [
            Incident(id: "inc-1", date: try PartialDate(iso: "2016-05-17"), eventType: .detention,
                     summary: "Police held two activists before a land rally in Atyrau.",
                     places: ["pla-atyrau"], persons: [PersonLink("per-bokayev"), PersonLink("per-ayan")],
                     legalProvisions: [LegalProvisionRef(code: .criminal, article: "174", part: "1")],
                     status: .verified, passages: [SourcePassage(sourceID: "src-report", start: 0, end: 20, quote: "Officers stopped the marchers near the square.")],
                     notes: "Lawyer was refused access."),
            Incident(id: "inc-2", date: try PartialDate(iso: "2016-11"), eventType: .conviction,
                     summary: "A court sentenced the two organisers to prison terms.",
                     places: ["pla-atyrau"], persons: [PersonLink("per-bokayev"), PersonLink("per-witness", role: .witness)],
                     legalProvisions: [LegalProvisionRef(code: .criminal, article: "174", part: "2"), LegalProvisionRef(code: .criminal, article: "400")],
                     status: .verified, passages: [SourcePassage(sourceID: "src-memo", start: 5, end: 40, quote: "Guards escorted everyone out of the courtroom.")]),
            Incident(id: "inc-3", date: try PartialDate(iso: "2021"), eventType: .fine,
                     summary: "The union leader paid a fine after a peaceful picket.",
                     places: ["pla-almaty"], organizations: [OrganizationLink("org-union")],
                     legalProvisions: [LegalProvisionRef(code: .administrative, article: "488", part: "6")],
                     status: .proposed),
            Incident(id: "inc-4", date: try PartialDate(iso: "2021-12-16"), eventType: .assemblyDispersed,
                     summary: "Riot police dispersed an anniversary gathering in Zhanaozen.",
                     places: ["pla-zhanaozen"], organizations: [OrganizationLink("org-circle")],
                     status: .proposed, confidentiality: .restricted),
            Incident(id: "inc-5", date: nil, eventType: .surveillance,
                     summary: "Unknown men followed a reporter for a week.",
                     status: .rejected, confidentiality: .confidential, notes: "Identity of the reporter withheld."),
        ]
    }

    static var batch: ArchiveBatch {
        get throws {
            ArchiveBatch(sources: [report, memo], places: [almaty, atyrau, atyrauRegion, zhanaozen, mangystau],
                         persons: [bokayev, ayan, witness], organizations: [union, circle], incidents: try incidents())
        }
    }

    /// An archive of `kind` holding the whole world.
    static func stored(in kind: ArchiveKind) async throws -> any Archive {
        let archive = try kind.make()
        try await archive.write(try batch, by: .system)
        return archive
    }
}

extension Archive {
    /// The identifiers of the incidents a query finds, in result order.
    func ids(_ query: IncidentQuery, as viewer: Clearance = .everything) async throws -> [String] {
        try await incidents(matching: query, as: viewer).incidents.map(\.id.rawValue)
    }
}
