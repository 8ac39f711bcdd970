import CivicModel

/// What a reader of the archive may see: records up to a confidentiality level.
public struct Clearance: Hashable, Sendable {
    public let level: Confidentiality

    public init(_ level: Confidentiality) { self.level = level }

    /// An anonymous visitor: public records only, and no internal notes.
    public static let anonymous = Clearance(.public)
    /// A signed-in viewer: public and restricted records.
    public static let restricted = Clearance(.restricted)
    /// Editors and administrators, and the command line run by the archive's owner.
    public static let everything = Clearance(.confidential)

    public func allows(_ confidentiality: Confidentiality) -> Bool { confidentiality <= level }

    /// The confidentiality levels the viewer may see.
    public var visibleLevels: [Confidentiality] { Confidentiality.allCases.filter(allows) }
}

/// Who makes a write, as recorded in the audit log.
public struct Editor: Hashable, Sendable {
    public let name: String
    public init(_ name: String) { self.name = name }
    /// Writes made by the command line on the owner's machine.
    public static let commandLine = Editor("cli")
    public static let system = Editor("system")
}
