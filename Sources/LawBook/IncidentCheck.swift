import CivicModel

/// What Kuzet's law data says about one incident: each cited article as in force on the incident's date,
/// each sanction against the ranges the sources state for it, and the international standards and UN
/// recommendations the incident engages. Every part names its source fact IDs.
///
/// It reports what the sources state, no more: a range the sources do not give is said to be missing,
/// never guessed. Made by `LawBook.check(_:)`.
public struct IncidentCheck: Codable, Hashable, Sendable {
    /// One cited provision as the law read on the incident's date.
    public struct Provision: Codable, Hashable, Sendable {
        public let citation: String
        /// The article in force, `nil` when Kuzet's law data has none for that day.
        public let article: ArticleVersion?
        /// The article's sanction ranges with their tenge amounts at the year's MCI.
        public let ranges: [SanctionInTenge]
        /// Plain words: which code and text were read, or why none was found.
        public let note: String
    }

    /// How an imposed sanction compares with the ranges the sources state.
    public enum Verdict: String, Codable, Hashable, Sendable, CaseIterable {
        case withinRange = "within_range"
        case aboveMaximum = "above_maximum"
        case belowMinimum = "below_minimum"
        /// Outside every stated range, above some and below others (fixed fines of several parts).
        case outsideStatedRanges = "outside_stated_ranges"
        /// The article has stated ranges, none of this kind of sanction.
        case kindNotStated = "kind_not_stated"
        case noRangeStated = "no_range_stated"
        /// No length or amount recorded, a currency the law does not use, or no MCI for the year.
        case notComparable = "not_comparable"
        case noArticle = "no_article"

        /// The sanction departs from a range the sources state: worth a monitor's look.
        public var departsFromStatedLaw: Bool { self == .aboveMaximum || self == .belowMinimum || self == .outsideStatedRanges }

        public var label: String {
            switch self {
            case .withinRange: "within the stated range"
            case .aboveMaximum: "above the stated maximum"
            case .belowMinimum: "below the stated minimum"
            case .outsideStatedRanges: "outside the stated ranges"
            case .kindNotStated: "not among the stated sanctions"
            case .noRangeStated: "no range stated"
            case .notComparable: "not comparable"
            case .noArticle: "no article to compare with"
            }
        }
    }

    public struct SanctionFinding: Codable, Hashable, Sendable {
        public let sanction: Sanction
        public let verdict: Verdict
        /// One or two sentences in plain words, with the numbers compared.
        public let explanation: String
        /// The citations compared against.
        public let against: [String]
        /// Fact IDs of the ranges compared against, and of the notes.
        public let source: [String]
        /// What the sources say about this kind of sanction under the cited code (`SanctionNote`).
        public let notes: [String]
    }

    public struct StandardFinding: Codable, Hashable, Sendable {
        public let standard: InternationalStandard
        /// Why the incident engages it (the link of `incident-checks.yaml`).
        public let why: String
        public let link: String
    }

    /// The day the law was read for: the incident's date, or the first day a partial date can mean.
    public let day: CalendarDay?
    /// Plain words about that day.
    public let dateNote: String
    public let provisions: [Provision]
    public let sanctions: [SanctionFinding]
    public let standards: [StandardFinding]
    /// UN Human Rights Committee recommendations on the ICCPR articles of the incident's rights.
    public let recommendations: [Recommendation]

    /// The sanctions that depart from a range the sources state.
    public var departures: [SanctionFinding] { sanctions.filter(\.verdict.departsFromStatedLaw) }
}
