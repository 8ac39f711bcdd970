import CivicModel
import Foundation

/// Kazakhstan's versioned legal knowledge base: laws, code articles, MCI values, international standards,
/// UN recommendations, treaties, the assembly and registration rules and the working-day calendar.
///
/// Every entry carries the fact IDs of `legal-facts.md` it rests on. Load once with `LawBook.standard`.
public struct LawBook: Sendable {
    public let laws: [Law]
    public let codes: [CodeVersion]
    public let articles: [ArticleRecord]
    public let unnumberedProvisions: [UnnumberedProvision]
    public let mciValues: [MCIValue]
    public let mciConversions: [MCIConversion]
    public let standards: [InternationalStandard]
    /// Which standards an incident's legal check brings up (Kuzet's reading, not a fact of the sources).
    public let standardLinks: [StandardLink]
    /// What the sources say about kinds of sanctions under a code, for the legal check.
    public let sanctionNotes: [SanctionNote]
    public let recommendations: [Recommendation]
    public let treaties: [TreatyRatification]
    public let assemblyRules: AssemblyRulebook
    public let registrationRules: RegistrationRules
    public let foreignFundingRules: ForeignFundingRules
    public let calendar: WorkingDayCalendar
    /// Every fact ID named in a `source:` of any data file.
    public let citedFactIDs: Set<String>
    /// Where each fact ID comes from: topic, law or article, period, source documents.
    public let factIndex: FactIndex
    /// For each cited fact ID, the entries of the data files that cite it ("assembly.yaml · pa2020-picket").
    public let factUses: [String: [String]]
    /// Article records by code version and number ("cc-2014 174"), for `article(_:on:)`.
    let articleIndex: [String: ArticleRecord]
    /// The ICCPR articles of each recommendation, in the order of `recommendations`.
    let recommendationArticles: [Set<Int>]

    /// The data files shipped with the module, loaded once. A load error is a programming error the tests catch.
    public static let standard: LawBook = {
        do { return try load() } catch { fatalError("\(error)") }
    }()

    /// The data file names, in load order.
    public static let dataFiles = ["laws.yaml", "codes.yaml", "articles.yaml", "mci.yaml", "standards.yaml",
                                   "recommendations.yaml", "treaties.yaml", "assembly.yaml", "registration.yaml",
                                   "foreign-funding.yaml", "calendar.yaml", "incident-checks.yaml"]

    /// The index of the fact IDs the data files cite (generated; see `FactIndex`).
    public static let factIndexFile = "fact-index.yaml"

    /// Loads and checks the data files from a folder (the module's resources by default).
    public static func load(from directory: URL? = nil) throws -> LawBook {
        guard let dir = directory ?? YAMLResource.defaultDirectory else {
            throw LawBookError.invalidData("Resources", "the module's resource folder is missing")
        }
        var trees: [String: Any] = [:]
        for file in dataFiles { trees[file] = try YAMLResource.tree(file, in: dir) }
        func section<T: Decodable>(_ file: String, _ key: String?, as type: T.Type) throws -> T {
            var node = trees[file]!
            if let key {
                guard let dict = node as? [String: Any], let value = dict[key] else {
                    throw LawBookError.invalidData(file, "has no '\(key)' section")
                }
                node = value
            }
            return try YAMLResource.decode(T.self, from: node, file: file)
        }
        let articles = try section("articles.yaml", "articles", as: [ArticleRecord].self)
        let recommendations = try section("recommendations.yaml", "recommendations", as: [Recommendation].self)
        let book = LawBook(
            laws: try section("laws.yaml", "laws", as: [Law].self),
            codes: try section("codes.yaml", "codes", as: [CodeVersion].self),
            articles: articles,
            unnumberedProvisions: try section("articles.yaml", "unnumbered", as: [UnnumberedProvision].self),
            mciValues: try section("mci.yaml", "mci", as: [MCIValue].self),
            mciConversions: try section("mci.yaml", "conversions", as: [MCIConversion].self),
            standards: try section("standards.yaml", "standards", as: [InternationalStandard].self),
            standardLinks: try section("incident-checks.yaml", "links", as: [StandardLink].self),
            sanctionNotes: try section("incident-checks.yaml", "sanction_notes", as: [SanctionNote].self),
            recommendations: recommendations,
            treaties: try section("treaties.yaml", "treaties", as: [TreatyRatification].self),
            assemblyRules: try section("assembly.yaml", nil, as: AssemblyRulebook.self),
            registrationRules: try section("registration.yaml", nil, as: RegistrationRules.self),
            foreignFundingRules: try section("foreign-funding.yaml", nil, as: ForeignFundingRules.self),
            calendar: WorkingDayCalendar(rules: try section("calendar.yaml", nil, as: WorkingDayCalendar.Rules.self)),
            citedFactIDs: trees.values.reduce(into: Set<String>()) { $0.formUnion(YAMLResource.factIDs(in: $1)) },
            factIndex: try YAMLResource.decode(FactIndex.self, from: try YAMLResource.tree(factIndexFile, in: dir), file: factIndexFile),
            factUses: YAMLResource.factUses(in: trees),
            articleIndex: Dictionary(articles.map { ("\($0.codeVersion) \($0.article)", $0) }, uniquingKeysWith: { first, _ in first }),
            recommendationArticles: recommendations.map { Set($0.iccprArticles) })
        try book.validate()
        return book
    }

    // MARK: - Lookups

    public func law(_ id: String) -> Law? { laws.first { $0.id == id } }

    /// The MCI for a year, when a source states it.
    public func mci(year: Int) -> MCIValue? { mciValues.first { $0.year == year } }

    /// The version of a code in force on a day.
    public func codeVersion(_ code: LegalCode, on day: CalendarDay) -> CodeVersion? {
        codes.first { $0.code == code && $0.period.contains(day) }
    }

    /// The article in force on a day, with the sanction ranges the sources state for that period.
    ///
    /// A reference with a part ("CoAO 489 part 10") keeps the ranges of that part and those stated for the whole article.
    public func article(_ ref: LegalProvisionRef, on day: CalendarDay) -> ArticleVersion? {
        guard let code = codeVersion(ref.code, on: day),
              let record = articleIndex["\(code.id) \(ref.article)"]
        else { return nil }
        let ordered = record.versions.sorted { $0.from < $1.from }
        guard let index = ordered.lastIndex(where: { $0.from <= day }) else { return nil }
        let version = ordered[index]
        let nextStart = index + 1 < ordered.count ? ordered[index + 1].from.adding(days: -1) : nil
        let until = [version.until, nextStart, code.until].compactMap { $0 }.min()
        if let until, day > until { return nil }
        return ArticleVersion(
            id: record.id, code: code.code, article: record.article, title: record.title,
            explanation: record.explanation, codeVersion: code.id, codeTitle: code.title,
            period: Period(from: version.from, until: until), statedAsOf: version.statedAsOf,
            sanctions: ref.part.map { part in version.sanctions.filter { $0.part == nil || $0.part == part } } ?? version.sanctions,
            rangeNote: version.rangeNote,
            source: Array(Set(record.source + version.source)).sorted())
    }

    /// The article in force on the first day a partial date can mean.
    public func article(_ ref: LegalProvisionRef, on date: PartialDate) -> ArticleVersion? {
        article(ref, on: CalendarDay(earliest: date))
    }

    /// The article in force on the day of a `Date` in Kazakhstan (UTC+5).
    public func article(_ ref: LegalProvisionRef, on date: Date) -> ArticleVersion? {
        article(ref, on: CalendarDay.of(date))
    }

    /// The law in force on a day that governs assemblies, with its rules.
    public func assemblyRegime(on day: CalendarDay) throws -> (Law, AssemblyRulebook.Regime) {
        for regime in assemblyRules.regimes {
            if let law = law(regime.law), law.isInForce(on: day) { return (law, regime) }
        }
        throw LawBookError.notFound("no assembly law in Kuzet's data is in force on \(day)")
    }
}

extension CalendarDay {
    /// The calendar day of a moment in Kazakhstan (UTC+5).
    public static func of(_ date: Date) -> CalendarDay {
        let secondsPerDay = 86_400.0, offset = 5 * 3_600.0
        return CalendarDay(dayNumber: Int(((date.timeIntervalSince1970 + offset) / secondsPerDay).rounded(.down)))
    }
}
