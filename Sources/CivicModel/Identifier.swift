import Foundation

/// A typed identifier: an `Identifier<Person>` cannot be passed where an `Identifier<Incident>` is expected.
///
/// Identifiers are short, stable strings (`inc-…`, `per-…`) so that records keep their identity
/// across exports, imports and a move between SQLite and PostgreSQL.
public struct Identifier<Subject>: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    CustomStringConvertible, ExpressibleByStringLiteral
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Records that carry a typed identifier and a short prefix used when new identifiers are minted.
public protocol ArchiveRecord: Identifiable, Codable, Hashable, Sendable where ID == Identifier<Self> {
    /// The kind of record, as written in the audit log and in revisions.
    static var recordKind: RecordKind { get }
    /// The optimistic-concurrency revision: 0 for a record never stored, then 1, 2, …
    var revision: Int { get set }
}

extension ArchiveRecord {
    /// A fresh random identifier such as `inc-5f1c0d2a9b7e`.
    public static func newID() -> ID {
        let hex = UUID().uuidString.replacingOccurrences(of: "-", with: "").lowercased().prefix(12)
        return ID("\(recordKind.idPrefix)-\(hex)")
    }
}

/// The kinds of stored records.
public enum RecordKind: String, Codable, Sendable, CaseIterable {
    case incident, person, organization, place, source, attachment

    /// The prefix of minted identifiers.
    public var idPrefix: String {
        switch self {
        case .incident: "inc"
        case .person: "per"
        case .organization: "org"
        case .place: "pla"
        case .source: "src"
        case .attachment: "att"
        }
    }
}
