import CivicModel

/// Compares one imposed sanction with the ranges the sources state for the articles it was imposed under.
struct SanctionComparison {
    let lawBook: LawBook
    /// The articles in force on the incident's day (only those Kuzet's data holds).
    let articles: [ArticleVersion]
    /// Who the incident's sanctions can have been imposed on.
    let offenders: Set<StatutorySanction.Offender>
    let day: CalendarDay?

    /// An imposed sanction as one number in the unit its ranges use.
    private struct Measure {
        let value: Double
        let unit: Unit
        /// How the number was reached, when it took a conversion ("538,000 KZT is 184.4 MCI at 2,917 KZT for 2021").
        let conversion: String?
        /// Only the kind counts (a warning, a ban with no term): provided for or not.
        var kindOnly = false
    }

    private enum Unit {
        case mci, days, months
        func words(_ x: Double) -> String {
            switch self {
            case .mci: "\(NumberText.grouped(x)) MCI"
            case .days: "\(NumberText.grouped(x)) \(x == 1 ? "day" : "days")"
            case .months:
                x >= 12 && (x / 12).rounded() == x / 12
                    ? "\(NumberText.grouped(x / 12)) \(x == 12 ? "year" : "years")" : "\(NumberText.grouped(x)) \(x == 1 ? "month" : "months")"
            }
        }
    }

    func finding(for sanction: Sanction, citedCount: Int) -> IncidentCheck.SanctionFinding {
        let what = sanction.phrase
        let codes = Set(articles.map(\.code))
        let notes = lawBook.sanctionNotes.filter { $0.kind == sanction.kind && codes.contains($0.code) }
        func result(_ verdict: IncidentCheck.Verdict, _ text: String, _ compared: [ArticleVersion] = []) -> IncidentCheck.SanctionFinding {
            .init(sanction: sanction, verdict: verdict, explanation: text, against: compared.map(\.citation),
                  source: Array(Set(compared.flatMap(\.source) + notes.flatMap(\.source))).sorted(), notes: notes.map(\.note))
        }
        guard !articles.isEmpty else {
            if day == nil, citedCount > 0 {
                return result(.noArticle, "The incident has no date, so the article in force, and with it \(what), cannot be compared.")
            }
            return result(.noArticle, citedCount == 0
                ? "No article is recorded for this incident, so \(what) cannot be compared with the law."
                : "None of the cited articles is in Kuzet's law data for the incident's date, so \(what) cannot be compared with the law.")
        }
        let stated = articles.filter { !$0.sanctions.isEmpty }
        guard !stated.isEmpty else {
            let notes = articles.compactMap { a in a.rangeNote.map { "Note on \(a.citation): \($0)" } }
            return result(.noRangeStated, "The sources state no sanction range for \(list(articles.map(\.citation)))."
                          + (notes.isEmpty ? "" : " " + notes.joined(separator: " ")), articles)
        }
        guard sanction.kind != .other else {
            return result(.notComparable, "A sanction of kind 'other' is not compared with the stated ranges.", stated)
        }
        let ofKind = stated.flatMap { a in a.sanctions.filter { $0.kind == sanction.kind }.map { (article: a, range: $0) } }
        let forOffender = ofKind.filter { offenders.contains($0.range.appliesTo) }
        let candidates = forOffender.isEmpty ? ofKind : forOffender
        guard !candidates.isEmpty else {
            let known = stated.map { a in "\(a.citation): \(a.sanctions.map(\.phrase).joined(separator: "; "))" }
            return result(.kindNotStated, "\(sanction.kind.label.capitalizedFirst) is not among the sanctions the sources state "
                          + "(\(known.joined(separator: " — "))). The sources may not list every measure.", stated)
        }
        let compared = unique(candidates.map(\.article))
        let rangeWords = candidates.map { "\($0.article.citation): \($0.range.phrase)" }.joined(separator: "; ")
        let measure: Measure
        switch self.measure(of: sanction) {
        case .success(let m): measure = m
        case .failure(let reason): return result(.notComparable, "\(what.capitalizedFirst): \(reason.text)", compared)
        }
        if measure.kindOnly {
            return result(.withinRange, "\(sanction.kind.label.capitalizedFirst) is among the sanctions the sources state — \(rangeWords).", compared)
        }
        var above = 0, below = 0, within = 0
        for candidate in candidates {
            let (low, high) = bounds(of: candidate.range, in: measure.unit)
            if let high, measure.value > high + 1e-9 { above += 1 }
            else if let low, measure.value < low - 1e-9 { below += 1 }
            else { within += 1 }
        }
        let amount = measure.unit.words(measure.value) + (measure.conversion.map { " (\($0))" } ?? "")
        if within > 0 {
            return result(.withinRange, "\(amount.capitalizedFirst) is within what the sources state — \(rangeWords).", compared)
        }
        if above == candidates.count {
            return result(.aboveMaximum, "\(amount.capitalizedFirst) is above the most the sources state — \(rangeWords).", compared)
        }
        if below == candidates.count {
            return result(.belowMinimum, "\(amount.capitalizedFirst) is below the least the sources state — \(rangeWords).", compared)
        }
        return result(.outsideStatedRanges, "\(amount.capitalizedFirst) matches none of the ranges the sources state — \(rangeWords).", compared)
    }

    private struct Reason: Error { let text: String }

    /// The mean length of a month in the Gregorian calendar, for terms given in another unit than their range.
    private static let daysPerMonth = 365.25 / 12

    /// The imposed sanction in its ranges' unit: fines in MCI, arrest in days, terms in months.
    private func measure(of s: Sanction) -> Result<Measure, Reason> {
        switch s.kind {
        case .fine:
            guard let amount = s.amount else { return .failure(Reason(text: "the record gives no amount.")) }
            switch s.currency {
            case .mci?: return .success(Measure(value: amount, unit: .mci, conversion: nil))
            case nil: return .failure(Reason(text: "the record gives no currency."))
            case .kzt?:
                guard let day else { return .failure(Reason(text: "the incident has no date, so the year's MCI is unknown.")) }
                guard let mci = lawBook.mci(year: day.year) else {
                    return .failure(Reason(text: "Kuzet's law data holds no MCI value for \(day.year) to turn tenge into MCI."))
                }
                let value = amount / mci.kzt
                return .success(Measure(value: (value * 10).rounded() / 10, unit: .mci,
                                        conversion: "\(NumberText.grouped(amount)) KZT at \(NumberText.grouped(mci.kzt)) KZT per MCI in \(day.year); \(mci.sourceText)"))
            case let other?:
                return .failure(Reason(text: "fines in \(other.rawValue) are not compared; the codes set fines in MCI."))
            }
        case .administrativeArrest:
            guard let days = s.days ?? s.months.map({ ($0 * Self.daysPerMonth).rounded() }) else { return .failure(Reason(text: "the record gives no length.")) }
            return .success(Measure(value: days, unit: .days, conversion: nil))
        case .imprisonment, .restrictionOfFreedom, .suspension, .banOnActivity:
            let parts = [s.years.map { $0 * 12 }, s.months, s.days.map { $0 / Self.daysPerMonth }].compactMap { $0 }
            guard !parts.isEmpty else {
                // A ban or suspension with no term is compared by kind alone.
                return s.kind == .banOnActivity || s.kind == .suspension
                    ? .success(Measure(value: 0, unit: .months, conversion: nil, kindOnly: true)) : .failure(Reason(text: "the record gives no term."))
            }
            return .success(Measure(value: parts.reduce(0, +), unit: .months, conversion: nil))
        case .warning, .other:
            return .success(Measure(value: 0, unit: .months, conversion: nil, kindOnly: true))
        }
    }

    /// A range's lower and upper bound in a unit; `nil` where the sources state none.
    private func bounds(of range: StatutorySanction, in unit: Unit) -> (Double?, Double?) {
        switch unit {
        case .mci: return (range.minMci, range.maxMci)
        case .days: return (nil, range.maxDays)
        case .months: return (range.minMonths, range.maxMonths ?? range.maxYears.map { $0 * 12 })
        }
    }

    private func unique(_ articles: [ArticleVersion]) -> [ArticleVersion] {
        var seen = Set<String>()
        return articles.filter { seen.insert($0.id).inserted }
    }

    private func list(_ words: [String]) -> String { words.joined(separator: ", ") }
}

extension ArticleVersion {
    /// "CC 274", "CoAO 489".
    public var citation: String { LegalProvisionRef(code: code, article: article).citation }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
