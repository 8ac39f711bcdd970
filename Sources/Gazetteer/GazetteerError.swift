/// A problem with gazetteer data: a duplicate identifier, a region that does not exist, a name given to two places.
public struct GazetteerError: Error, Hashable, Sendable, CustomStringConvertible {
    public let message: String

    public var description: String { message }

    static func duplicateID(_ id: String) -> GazetteerError {
        .init(message: "gazetteer: place id '\(id)' is used twice")
    }
    static func unknownRegion(_ regionID: String, of id: String) -> GazetteerError {
        .init(message: "gazetteer: place '\(id)' names region '\(regionID)', which is not a region in the gazetteer")
    }
    static func emptyName(of id: String) -> GazetteerError {
        .init(message: "gazetteer: place '\(id)' has a name or alias without letters")
    }
    static func conflictingName(_ written: String, _ first: String, _ second: String) -> GazetteerError {
        .init(message: "gazetteer: the name '\(written)' is given to both '\(first)' and '\(second)'")
    }
    static func unreadable(_ detail: String) -> GazetteerError {
        .init(message: "gazetteer: cannot read the place data: \(detail)")
    }
}
