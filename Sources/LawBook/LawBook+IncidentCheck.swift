import CivicModel

extension LawBook {
    /// The legal check of an incident: its articles as in force on its date, its sanctions against the
    /// ranges the sources state, and the international standards and UN recommendations it engages.
    ///
    /// A partial date is read on its first day; where an article's text changes within the span the
    /// date can mean, the provision's note says so.
    public func check(_ incident: Incident) -> IncidentCheck {
        let day = incident.date.map(CalendarDay.init(earliest:))
        // Only a partial date spans several days whose law can differ.
        let lastDay = incident.date.flatMap { $0.precision == .day || incident.legalProvisions.isEmpty ? nil : try? CalendarDay(iso: $0.latestDay) }
        let provisions = incident.legalProvisions.map { provision($0, day: day, lastDay: lastDay) }
        let resolved = provisions.compactMap(\.article)
        let sanctions = sanctionFindings(incident, articles: resolved, day: day)

        let articleIDs = Set(resolved.map(\.id))
        var seen = Set<String>()
        var standards: [IncidentCheck.StandardFinding] = []
        for link in standardLinks where link.applies(rights: incident.rightsAffected, eventType: incident.eventType, articleIDs: articleIDs) {
            for id in link.standards where seen.insert(id).inserted {
                if let standard = self.standards.first(where: { $0.id == id }) {
                    standards.append(.init(standard: standard, why: link.why, link: link.id))
                }
            }
        }
        let iccpr = Set(incident.rightsAffected.map(\.iccprArticle))
        let recommendations = zip(self.recommendations, recommendationArticles).filter { !iccpr.isDisjoint(with: $1) }.map(\.0)
        return IncidentCheck(day: day, dateNote: dateNote(incident.date, day: day), provisions: provisions,
                             sanctions: sanctions, standards: standards, recommendations: recommendations)
    }

    /// The sanctions of an incident that depart from a range the sources state: what the lists flag. Only the
    /// sanctions are compared; without a sanction or an article there is nothing to depart from.
    public func departures(of incident: Incident) -> [IncidentCheck.SanctionFinding] {
        guard !incident.sanctions.isEmpty, !incident.legalProvisions.isEmpty, let date = incident.date else { return [] }
        let day = CalendarDay(earliest: date)
        let articles = incident.legalProvisions.compactMap { article($0, on: day) }
        return sanctionFindings(incident, articles: articles, day: day).filter(\.verdict.departsFromStatedLaw)
    }

    /// Each sanction against the ranges of the articles in force, for the offenders the incident names.
    private func sanctionFindings(_ incident: Incident, articles: [ArticleVersion], day: CalendarDay?) -> [IncidentCheck.SanctionFinding] {
        var offenders: Set<StatutorySanction.Offender> = []
        if !incident.persons.isEmpty { offenders.insert(.individual) }
        if !incident.organizations.isEmpty { offenders.insert(.legalEntity) }
        if offenders.isEmpty { offenders = Set(StatutorySanction.Offender.allCases) }
        let comparison = SanctionComparison(lawBook: self, articles: articles, offenders: offenders, day: day)
        return incident.sanctions.map { comparison.finding(for: $0, citedCount: incident.legalProvisions.count) }
    }

    private func dateNote(_ date: PartialDate?, day: CalendarDay?) -> String {
        guard let date, let day else { return "The incident has no date, so the law in force cannot be chosen." }
        switch date.precision {
        case .day: return "The law as in force on \(day.iso)."
        case .month: return "The date is known to the month (\(date.iso)); the law is read as on its first day, \(day.iso)."
        case .year: return "The date is known to the year (\(date.iso)); the law is read as on its first day, \(day.iso)."
        }
    }

    private func provision(_ ref: LegalProvisionRef, day: CalendarDay?, lastDay: CalendarDay?) -> IncidentCheck.Provision {
        func none(_ note: String) -> IncidentCheck.Provision { .init(citation: ref.citation, article: nil, ranges: [], note: note) }
        guard let day else { return none("Without a date Kuzet cannot tell which code's \(ref.citation) applies.") }
        guard ref.code != .other else {
            return none("\(ref.citation) names no code; Kuzet resolves articles of the Criminal Code and the Code on Administrative Offences.")
        }
        guard let code = codeVersion(ref.code, on: day) else {
            return none("Kuzet's law data holds no \(ref.code.rawValue) code in force on \(day.iso).")
        }
        guard let version = article(ref, on: day) else {
            return none("Kuzet's law data has no article \(ref.article) of the \(code.title) (\(code.short)) for \(day.iso).")
        }
        var note = "\(version.title). \(version.codeTitle); this text applies \(version.period)."
        if !version.sanctions.isEmpty, version.statedAsOf > String(day.iso.prefix(version.statedAsOf.count)) {
            note += " The ranges are as a source described them in \(version.statedAsOf); the sources date no earlier text."
        }
        if let lastDay, lastDay != day, let later = article(ref, on: lastDay), later != version {
            note += " The text changes within the incident's date span; this is the text of its first day."
        }
        return .init(citation: ref.citation, article: version, ranges: sanctionsInTenge(version, on: day), note: note)
    }
}

extension Recommendation {
    /// The ICCPR articles the recommendation concerns: "Arts. 12, 13" → [12, 13].
    public var iccprArticles: [Int] {
        iccprArticle.split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
    }
}
