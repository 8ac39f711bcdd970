import Archive
import CivicModel

/// The words an incident's facet values are indexed under in the `facets` column of the full-text
/// index, so that filters run inside the index. Identifiers may hold any character; they are
/// written in hex so that each stays one token.
enum FacetToken {
    static func confidentiality(_ c: Confidentiality) -> String { "c\(c.rank)" }
    static func status(_ s: ReviewStatus) -> String { "s" + s.rawValue }
    static func eventType(_ e: EventType) -> String { "e" + e.rawValue.filter { $0 != "_" } }
    static func place(_ id: Place.ID) -> String { "p" + hex(id.rawValue) }
    /// Indexed for each place of an incident and for that place's region.
    static func region(_ id: Place.ID) -> String { "r" + hex(id.rawValue) }
    static func person(_ id: Person.ID) -> String { "h" + hex(id.rawValue) }
    static func organization(_ id: Organization.ID) -> String { "o" + hex(id.rawValue) }
    static func source(_ id: Source.ID) -> String { "x" + hex(id.rawValue) }
    static func provision(_ key: ProvisionKey) -> String { "a" + hex(key.code.rawValue + " " + key.article) }

    private static let digits = Array("0123456789abcdef".utf8)

    static func hex(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count * 2)
        for byte in text.utf8 {
            out.append(digits[Int(byte >> 4)])
            out.append(digits[Int(byte & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}

extension Confidentiality {
    /// 0 for public, 1 for restricted, 2 for confidential: the stored form, so SQL can compare levels.
    var rank: Int { Self.allCases.firstIndex(of: self)! }
    init(rank: Int) { self = Self.allCases[rank] }
}
