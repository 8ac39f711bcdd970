import Archive
import CivicModel
import LawBook

/// A transparent civic-space rating for a period: a score from 0 (closed) to 100 (open) built from the
/// archive's public incidents and the LawBook's assessment of the assembly law in force, placed beside
/// the CIVICUS scale. `docs/rating.md` states the formula; every input and weight is in the result.
public struct CivicSpaceRating: Codable, Sendable {
    /// The CIVICUS Monitor's five categories, from most to least free.
    public enum Category: String, Codable, Sendable, CaseIterable {
        case open, narrowed, obstructed, repressed, closed
    }

    /// The weights and thresholds of the formula. `standard` is the one `docs/rating.md` documents.
    public struct Method: Codable, Hashable, Sendable {
        /// Severity points per incident of each event type.
        public var severity: [String: Double]
        /// Weighted incident points per month at which the incident pressure reaches 1.
        public var saturationPerMonth: Double
        /// The share of the incident pressure and of the law component in the score; they sum to 1.
        public var incidentWeight: Double
        public var lawWeight: Double
        /// How a finding counts in the law component.
        public var findingFails: Double
        public var findingUnknown: Double
        /// The lowest score of each category but the last, from `open` down to `repressed`.
        public var thresholds: [String: Double]

        public static let standard = Method(
            severity: [
                "conviction": 5, "organization_banned": 5,
                "pretrial_detention": 4, "administrative_arrest": 4, "physical_attack": 4, "internet_shutdown": 4,
                "house_arrest": 3, "criminal_case_opened": 3, "charged": 3, "organization_suspended": 3, "assembly_dispersed": 3,
                "detention": 2, "fine": 2, "travel_restriction": 2, "search_of_premises": 2, "registration_denied": 2, "property_attack": 2,
                "assembly_refused": 1, "warning": 1, "surveillance": 1, "other": 1,
                "political_prisoner_recognized": 0, "release": 0, "acquittal_or_case_closed": 0,
            ],
            saturationPerMonth: 80, incidentWeight: 0.6, lawWeight: 0.4, findingFails: 1, findingUnknown: 0.5,
            thresholds: ["open": 80, "narrowed": 60, "obstructed": 40, "repressed": 20])

        public func category(for score: Double) -> Category {
            for c in [Category.open, .narrowed, .obstructed, .repressed] where score >= thresholds[c.rawValue] ?? .infinity {
                return c
            }
            return .closed
        }
    }

    /// One event type's part of the incident pressure.
    public struct TypeInput: Codable, Hashable, Sendable {
        public var eventType: String
        public var incidents: Int
        public var weight: Double
        public var points: Double
    }

    /// One finding of the LawBook's international-standards assessment of an assembly of one form.
    public struct LawInput: Codable, Hashable, Sendable {
        public var form: String
        public var law: String
        public var standard: String
        public var holds: Bool?
        public var value: Double
        public var source: String
    }

    public var from: String
    public var to: String
    public var months: Int
    public var incidentIDs: [String]
    public var byType: [TypeInput]
    public var weightedIncidents: Double
    public var incidentPressure: Double
    public var lawFindings: [LawInput]
    public var lawComponent: Double
    public var score: Double
    public var category: Category
    public var method: Method

    /// Rates a period from public incidents: every incident not rejected whose date (at its precision) overlaps [from, to].
    /// `statuses` narrows further (the web app rates from reviewed incidents only for visitors).
    public static func compute(archive: any Archive, from: CalendarDay, to: CalendarDay,
                               statuses: Set<ReviewStatus> = [.proposed, .verified],
                               method: Method = .standard, lawBook: LawBook = .standard) async throws -> CivicSpaceRating {
        var query = IncidentQuery(from: from.description, to: to.description, sort: .dateAscending)
        query.statuses = statuses.subtracting([.rejected])
        query.limit = Int.max
        let incidents = try await archive.incidents(matching: query, as: .anonymous).incidents
        return try compute(incidents: incidents, from: from, to: to, method: method, lawBook: lawBook)
    }

    /// Rates a period from incidents already at hand (filtered here to the period and to public, unrejected ones).
    public static func compute(incidents: [Incident], from: CalendarDay, to: CalendarDay,
                               method: Method = .standard, lawBook: LawBook = .standard) throws -> CivicSpaceRating {
        guard from <= to else { throw AnalysisError.invalid("the period starts \(from), after its end \(to)") }
        let counted = incidents.filter { i in
            guard let date = i.date, i.status != .rejected, i.confidentiality == .public else { return false }
            return date.earliestDay <= to.description && date.latestDay >= from.description
        }
        var perType: [String: Int] = [:]
        for i in counted { perType[i.eventType.rawValue, default: 0] += 1 }
        let byType = perType.keys.sorted().map { t in
            TypeInput(eventType: t, incidents: perType[t]!, weight: method.severity[t] ?? 0,
                      points: Double(perType[t]!) * (method.severity[t] ?? 0))
        }
        let weighted = byType.reduce(0) { $0 + $1.points }
        let months = (to.year - from.year) * 12 + (to.month - from.month) + 1
        let pressure = min(1, weighted / Double(months) / method.saturationPerMonth)
        let findings = try lawFindings(on: to, method: method, lawBook: lawBook)
        let law = findings.isEmpty ? 0 : findings.reduce(0) { $0 + $1.value } / Double(findings.count)
        let raw = 100 * (1 - (method.incidentWeight * pressure + method.lawWeight * law))
        let score = (raw * 10).rounded() / 10
        return CivicSpaceRating(
            from: from.description, to: to.description, months: months, incidentIDs: counted.map(\.id.rawValue),
            byType: byType, weightedIncidents: weighted, incidentPressure: pressure, lawFindings: findings,
            lawComponent: law, score: score, category: method.category(for: score), method: method)
    }

    /// The LawBook's standards findings for an assembly of every form held on `day` (filed the same day,
    /// 12:00–13:00): what `kuzet assembly check --json` reports under `international_standards`.
    public static func lawFindings(on day: CalendarDay, method: Method = .standard,
                                   lawBook: LawBook = .standard) throws -> [LawInput] {
        let engine = AssemblyEngine(lawBook: lawBook)
        var out: [LawInput] = []
        for form in AssemblyPlan.Form.allCases {
            let plan = try AssemblyPlan(form: form, date: day, start: try TimeOfDay("12:00"), end: try TimeOfDay("13:00"), filed: day)
            let assessment = try engine.check(plan)
            for f in assessment.internationalStandards {
                let value = f.holds.map { $0 ? 0 : method.findingFails } ?? method.findingUnknown
                out.append(LawInput(form: form.rawValue, law: assessment.law, standard: f.standard, holds: f.holds,
                                    value: value, source: f.source))
            }
        }
        return out
    }

    /// Consecutive periods covering [from, to]: calendar months, quarters or years, cut to the range.
    public static func periods(from: CalendarDay, to: CalendarDay, monthsEach: Int) throws -> [(CalendarDay, CalendarDay)] {
        guard monthsEach > 0, from <= to else { return [] }
        var out: [(CalendarDay, CalendarDay)] = []
        var start = from
        while start <= to {
            var y = start.year, m = start.month + monthsEach - 1
            if monthsEach == 3 { m = ((start.month - 1) / 3) * 3 + 3 }
            if monthsEach == 12 { m = 12 }
            while m > 12 { m -= 12; y += 1 }
            var end = try CalendarDay(year: y, month: m, day: PartialDate.daysIn(month: m, year: y))
            if end > to { end = to }
            out.append((start, end))
            start = end.adding(days: 1)
        }
        return out
    }
}
