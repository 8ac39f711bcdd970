import CivicModel

/// An article of a code version as the data file records it, with its versions over time.
public struct ArticleRecord: Codable, Hashable, Sendable, Identifiable {
    /// The article's text in one period, as a source describes it.
    public struct Version: Codable, Hashable, Sendable {
        public let from: CalendarDay
        public let until: CalendarDay?
        /// When the source describes this text ("2016-05", "2026-05-08").
        public let statedAsOf: String
        public let sanctions: [StatutorySanction]
        /// Why no range is given, when none is.
        public let rangeNote: String?
        public let source: [String]
    }

    /// Stable identifier, e.g. `coao-2014-488`.
    public let id: String
    public let codeVersion: String
    public let article: String
    public let title: String
    public let explanation: String?
    public let deathPenalty: Bool?
    public let versions: [Version]
    public let source: [String]
}

/// A provision the sources describe without an article number; kept apart so no number is guessed.
public struct UnnumberedProvision: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    /// The code version it belongs to, or `unknown`.
    public let code: String
    public let title: String
    public let explanation: String?
    public let sanctions: [StatutorySanction]
    public let statedAsOf: String
    public let source: [String]
}

/// An article as in force on one day: what `LawBook.article(_:on:)` answers.
public struct ArticleVersion: Codable, Hashable, Sendable {
    public let id: String
    public let code: LegalCode
    public let article: String
    public let title: String
    public let explanation: String?
    public let codeVersion: String
    public let codeTitle: String
    /// The days this version is used for.
    public let period: Period
    public let statedAsOf: String
    public let sanctions: [StatutorySanction]
    public let rangeNote: String?
    /// Fact IDs.
    public let source: [String]

    enum CodingKeys: String, CodingKey {
        case id, code, article, title, explanation, codeVersion = "code_version", codeTitle = "code_title", period
        case statedAsOf = "stated_as_of", sanctions, rangeNote = "range_note", source
    }
}
