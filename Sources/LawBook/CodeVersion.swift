import CivicModel

/// One version of a code (the 1997 or the 2014 Criminal Code, the 2001 or the 2014 CoAO).
///
/// Article numbers mean different offences in different versions, so articles are keyed by version.
public struct CodeVersion: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let code: LegalCode
    /// "CC", "old CC", "CoAO", "old CoAO".
    public let short: String
    public let title: String
    public let from: CalendarDay
    public let until: CalendarDay?
    public let periodNote: String?
    public let source: [String]

    public var period: Period { Period(from: from, until: until) }
}
