/// A law, code, constitution, decree or order, with its period of force and the facts it rests on.
public struct Law: Codable, Hashable, Sendable, Identifiable {
    /// An article of the act the sources single out, such as the 1995 Constitution's Art. 32.
    public struct Provision: Codable, Hashable, Sendable {
        public let article: String
        public let topic: String
        public let title: String
        public let source: [String]
    }

    /// Stable identifier, e.g. `assembly-law-2020`.
    public let id: String
    /// law, code, constitution, decree, order, local-act.
    public let kind: String
    /// assembly, association, religion, media, tax, foreign-funding, constitution.
    public let topic: String
    public let number: String?
    public let title: String
    /// The day the act was adopted or signed.
    public let date: CalendarDay
    public let from: CalendarDay?
    public let until: CalendarDay?
    /// Which reading of an undated boundary Kuzet uses.
    public let periodNote: String?
    /// What the act does, in plain language.
    public let explanation: String
    public let articles: [Provision]?
    /// Fact IDs of `legal-facts.md`.
    public let source: [String]

    public var period: Period { Period(from: from, until: until) }

    public func isInForce(on day: CalendarDay) -> Bool { period.contains(day) }
}
