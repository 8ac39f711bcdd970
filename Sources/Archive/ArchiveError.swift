import CivicModel

/// Why the archive refused a read or a write.
public struct ArchiveError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable { case notFound, alreadyExists, staleRevision, inUse, danglingLink, invalid, storage }
    public let kind: Kind
    public let message: String

    public var description: String { message }

    public static func notFound(_ record: RecordKind, _ id: String) -> ArchiveError {
        .init(kind: .notFound, message: "no \(record.rawValue) '\(id)'")
    }
    public static func alreadyExists(_ record: RecordKind, _ id: String) -> ArchiveError {
        .init(kind: .alreadyExists, message: "\(record.rawValue) '\(id)' already exists")
    }
    public static func staleRevision(_ record: RecordKind, _ id: String, yours: Int, current: Int) -> ArchiveError {
        .init(kind: .staleRevision, message: "\(record.rawValue) '\(id)' was changed by someone else (you edited revision \(yours), it is now at revision \(current)); reload it and apply your change again")
    }
    public static func inUse(_ record: RecordKind, _ id: String, by count: Int) -> ArchiveError {
        .init(kind: .inUse, message: "\(record.rawValue) '\(id)' is still used by \(count) record(s)")
    }
    public static func danglingLink(from: String, to record: RecordKind, _ id: String) -> ArchiveError {
        .init(kind: .danglingLink, message: "\(from) links to \(record.rawValue) '\(id)', which does not exist")
    }
    public static func invalid(_ message: String) -> ArchiveError { .init(kind: .invalid, message: message) }
    public static func storage(_ message: String) -> ArchiveError { .init(kind: .storage, message: message) }
}
