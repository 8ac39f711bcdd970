import Archive
import CivicModel
import Foundation
import Gazetteer
import RecordLinking
import ReportReader

/// What importing one report did.
struct ReportImportSummary: Hashable, Sendable {
    var sourceID: Source.ID
    var title: String
    /// `true` when the same text was already in the archive; nothing was written then.
    var alreadyImported: Bool
    /// Incidents that cited the report without its text (as the demo data does) and now show its words.
    var quotedIncidents = 0
    /// Whether a source imported before from its text now keeps the PDF or web page the text was read from.
    var keptOriginal = false
    var incidents: Int
    /// The report's language, when it is one the reader does not read ("kk").
    var unreadLanguage: String? = nil
    var newPersons: Int
    var linkedPersons: Int
    var newOrganizations: Int
    var linkedOrganizations: Int
    var newPlaces: Int
    var linkedPlaces: Int

    /// One line for the terminal.
    var message: String {
        if quotedIncidents > 0 { return "attached the text of \(title) to source \(sourceID): \(quotedIncidents) incidents now quote it" }
        if alreadyImported, keptOriginal { return "the same text is already source \(sourceID) (\(title)); it now keeps this file as its original" }
        if alreadyImported { return "skipped \(title): the same text is already source \(sourceID)" }
        if let unreadLanguage {
            let name = unreadLanguage == "kk" ? "Kazakh" : unreadLanguage
            return "imported \(title) as \(sourceID), in \(name): the reader proposes incidents from English and Russian reports only, "
                + "so none were proposed; code its incidents by hand, citing the source"
        }
        return "imported \(title) as \(sourceID): \(incidents) proposed incidents; persons \(linkedPersons) linked, \(newPersons) new; "
            + "organisations \(linkedOrganizations) linked, \(newOrganizations) new; places \(linkedPlaces) linked, \(newPlaces) new"
    }
}

/// Stores a report (text, HTML or PDF) as a source and its incidents as proposals for review, linking
/// the persons, organisations and places they name to records already in the archive where they match
/// and creating the others, all in one write. A text already imported (same SHA-256) is skipped; a source
/// that was cited by its SHA-256 but stored without its text (the demo data) gets the text and its quotes.
func importReport(at path: String, into archive: any Archive, by editor: Editor) async throws -> ReportImportSummary {
    try await importReport(try ReportDocument.load(path: path), into: archive, by: editor)
}

/// Imports a document already read (from a file or an upload); see `importReport(at:into:by:)`.
func importReport(_ document: ReportDocument, into archive: any Archive, by editor: Editor) async throws -> ReportImportSummary {
    let report = ReportText(document.text)
    if let existing = try await report.storedSource(in: archive) {
        var summary = ReportImportSummary(sourceID: existing.id, title: existing.title, alreadyImported: true, incidents: 0, newPersons: 0,
                                          linkedPersons: 0, newOrganizations: 0, linkedOrganizations: 0, newPlaces: 0, linkedPlaces: 0)
        if existing.text == nil { summary.quotedIncidents = try await report.attach(to: existing, in: archive, by: editor) }
        if let (original, bytes) = originalFile(of: document),
           var stored = try await archive.fetch(Source.self, id: existing.id, as: .everything), stored.original == nil {
            // The same text read again from its PDF or web page: the source keeps that file from now on.
            stored.original = original
            try await archive.write(ArchiveBatch(sources: [stored], contents: [bytes]), by: editor)
            summary.keptOriginal = true
        }
        return summary
    }
    let original = originalFile(of: document)
    let language = TextLanguage.code(of: document.text)
    let source = Source(title: document.title, language: language, text: document.text, sha256: report.sha256, original: original?.file)
    // The reader follows English and Russian phrasing; a report in Kazakh is kept for coding by hand.
    let proposals = TextLanguage.isRead(language) ? ReportReader().read(document) : []

    var linker = RecordLinker(
        persons: try await archive.list(Person.self, matching: nil, as: .everything, limit: Int.max, offset: 0),
        organizations: try await archive.list(Organization.self, matching: nil, as: .everything, limit: Int.max, offset: 0),
        places: try await archive.list(Place.self, matching: nil, as: .everything, limit: Int.max, offset: 0))
    let links = proposals.map { proposal in
        (persons: proposal.persons.map { linker.person(named: $0, occupation: proposal.occupations[$0]) }.uniqued(),
         organizations: proposal.organizations.map { linker.organization(named: $0) }.uniqued(),
         places: proposal.locations.map { linker.place(named: $0) }.uniqued())
    }
    // The summary names people and organisations as their records do: "Данияр Тестбеков" in a Russian report is
    // the Daniyar Testbekov already kept.
    var recordNames: [String: String] = [:]
    for person in linker.persons + linker.newPersons { recordNames[person.id.rawValue] = person.name }
    for organization in linker.organizations + linker.newOrganizations { recordNames[organization.id.rawValue] = organization.name }
    let incidents = zip(proposals, links).map { proposal, link in
        let names = (link.persons.map(\.rawValue) + link.organizations.map(\.rawValue)).map { recordNames[$0] ?? $0 }
        return Incident(
            date: proposal.date, eventType: proposal.eventType,
            summary: proposal.eventType.summary(naming: names, on: proposal.date) + " (proposed from a report)",
            places: link.places, persons: link.persons.map { PersonLink($0) }, organizations: link.organizations.map { OrganizationLink($0) },
            legalProvisions: proposal.legalProvisions, sanctions: proposal.sanctions, status: .proposed,
            passages: [SourcePassage(sourceID: source.id, start: proposal.start, end: proposal.end, quote: proposal.quote)],
            confidence: proposal.confidence)
    }
    let batch = ArchiveBatch(sources: [source], places: linker.newPlaces, persons: linker.newPersons,
                             organizations: linker.newOrganizations, incidents: incidents, contents: original.map { [$0.bytes] } ?? [])
    try await archive.write(batch, by: editor)
    return ReportImportSummary(sourceID: source.id, title: source.title, alreadyImported: false, incidents: incidents.count,
                               unreadLanguage: TextLanguage.isRead(language) ? nil : language,
                               newPersons: linker.newPersons.count, linkedPersons: linker.linked.persons,
                               newOrganizations: linker.newOrganizations.count, linkedOrganizations: linker.linked.organizations,
                               newPlaces: linker.newPlaces.count, linkedPlaces: linker.linked.places)
}

/// The PDF or web page a document's text was read from, described for the source that keeps it.
private func originalFile(of document: ReportDocument) -> (file: StoredFile, bytes: [UInt8])? {
    guard let bytes = document.original else { return nil }
    return (ContentDigest.original(named: document.fileName, mediaType: document.mediaType, bytes: bytes), bytes)
}
