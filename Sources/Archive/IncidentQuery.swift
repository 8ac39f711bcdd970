import CivicModel

/// A search over incidents: full-text words plus facet filters. Empty sets mean "any".
public struct IncidentQuery: Hashable, Sendable {
    public enum Sort: String, Sendable, CaseIterable {
        case dateDescending = "date_desc", dateAscending = "date_asc"

        /// How the order reads in a menu.
        public var label: String {
            switch self {
            case .dateDescending: "Newest first"
            case .dateAscending: "Oldest first"
            }
        }
    }

    /// Words that must all occur (each as a word prefix) in the summary, quotes, notes, or the names
    /// of the incident's persons, organisations and places.
    public var text: String?
    /// ISO days; an incident counts when its date (at its precision) overlaps the range.
    public var from: String?
    public var to: String?
    public var eventTypes: Set<EventType>
    /// Regions: an incident counts when one of its places is the region or lies in it.
    public var regionIDs: Set<Place.ID>
    public var placeIDs: Set<Place.ID>
    public var personIDs: Set<Person.ID>
    public var organizationIDs: Set<Organization.ID>
    /// Articles as "CC 174" / "CoAO 488" (the part is ignored when matching).
    public var provisions: Set<LegalProvisionRef>
    public var statuses: Set<ReviewStatus>
    public var confidentialities: Set<Confidentiality>
    public var sourceID: Source.ID?
    public var sort: Sort
    public var limit: Int
    public var offset: Int
    /// At most how many matches to count; `nil` counts them all. When more match, the page's total
    /// stops at this number (`IncidentPage.isTotalCapped`) and facets count the newest this many
    /// (`IncidentFacets.isSampled`): over a large archive a broad search then costs what a narrow one does.
    public var countLimit: Int?

    public init(text: String? = nil, from: String? = nil, to: String? = nil, eventTypes: Set<EventType> = [],
                regionIDs: Set<Place.ID> = [], placeIDs: Set<Place.ID> = [], personIDs: Set<Person.ID> = [],
                organizationIDs: Set<Organization.ID> = [], provisions: Set<LegalProvisionRef> = [],
                statuses: Set<ReviewStatus> = [], confidentialities: Set<Confidentiality> = [],
                sourceID: Source.ID? = nil, sort: Sort = .dateDescending, limit: Int = 50, offset: Int = 0) {
        self.text = text
        self.from = from
        self.to = to
        self.eventTypes = eventTypes
        self.regionIDs = regionIDs
        self.placeIDs = placeIDs
        self.personIDs = personIDs
        self.organizationIDs = organizationIDs
        self.provisions = provisions
        self.statuses = statuses
        self.confidentialities = confidentialities
        self.sourceID = sourceID
        self.sort = sort
        self.limit = limit
        self.offset = offset
    }

    /// The words of `text`, folded for matching: lower-case, no diacritics, letters and digits only.
    public var searchWords: [String] { SearchText.words(text ?? "") }

    /// The (code, article) pairs to match, parts dropped.
    public var provisionKeys: Set<ProvisionKey> { Set(provisions.map(ProvisionKey.init)) }

    /// A date bound as an ISO day: `from` and `to` may be partial ("2021", "2021-02") and then stand
    /// for their first (`from`) or last (`to`) day.
    public static func day(_ text: String, latest: Bool) throws -> String {
        guard let date = try? PartialDate(iso: text) else {
            throw ArchiveError.invalid("'\(text)' is not a date to search from or to (expected YYYY, YYYY-MM or YYYY-MM-DD)")
        }
        return latest ? date.latestDay : date.earliestDay
    }
}

/// A provision without its part and phrase: what facet filters and counts compare.
public struct ProvisionKey: Hashable, Sendable, Comparable, CustomStringConvertible {
    public let code: LegalCode
    public let article: String
    public init(_ ref: LegalProvisionRef) {
        code = ref.code
        article = ref.article
    }
    public var citation: String { LegalProvisionRef(code: code, article: article).citation }
    public var description: String { citation }
    public static func < (a: Self, b: Self) -> Bool {
        (a.code.rawValue, Int(a.article.prefix { $0.isNumber }) ?? 0, a.article) < (b.code.rawValue, Int(b.article.prefix { $0.isNumber }) ?? 0, b.article)
    }
}

/// One page of matching incidents and how many match in all.
public struct IncidentPage: Sendable {
    public var incidents: [Incident]
    public var total: Int
    /// Whether more than `total` incidents match: counting stopped at the query's `countLimit`.
    public var isTotalCapped: Bool
    public init(incidents: [Incident], total: Int, isTotalCapped: Bool = false) {
        self.incidents = incidents
        self.total = total
        self.isTotalCapped = isTotalCapped
    }

    /// A page with its total cut to the query's `countLimit`, for a store that counted them all.
    public static func capped(_ incidents: [Incident], total: Int, by query: IncidentQuery) -> IncidentPage {
        guard let cap = query.countLimit, total > cap else { return IncidentPage(incidents: incidents, total: total) }
        return IncidentPage(incidents: incidents, total: cap, isTotalCapped: true)
    }
}

/// Counts of matching incidents per facet value.
public struct IncidentFacets: Hashable, Sendable {
    public var total: Int = 0
    /// Whether more incidents match than were counted: the counts cover the newest `total` matches
    /// (the query's `countLimit`), by date.
    public var isSampled = false
    public var eventTypes: [EventType: Int] = [:]
    /// Keyed by the counting region (a region or city of republican significance).
    public var regions: [Place.ID: Int] = [:]
    /// Keyed by year ("2021"); incidents without a date are not counted here.
    public var years: [String: Int] = [:]
    /// Keyed by month ("2021-02"); only incidents dated to the month or the day.
    public var months: [String: Int] = [:]
    public var provisions: [ProvisionKey: Int] = [:]
    public var statuses: [ReviewStatus: Int] = [:]
    public var persons: [Person.ID: Int] = [:]
    public var organizations: [Organization.ID: Int] = [:]
    public init() {}
}
