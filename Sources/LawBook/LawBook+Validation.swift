extension LawBook {
    /// Checks that the data files agree with each other: ids unique, references resolve, sources well-formed.
    func validate() throws {
        func unique(_ ids: [String], _ file: String) throws {
            var seen: Set<String> = []
            for id in ids where !seen.insert(id).inserted { throw LawBookError.invalidData(file, "duplicate id '\(id)'") }
        }
        try unique(laws.map(\.id), "laws.yaml")
        try unique(codes.map(\.id), "codes.yaml")
        try unique(articles.map(\.id) + unnumberedProvisions.map(\.id), "articles.yaml")
        try unique(mciValues.map { String($0.year) }, "mci.yaml")
        for id in citedFactIDs where !LawBook.isFactID(id) {
            throw LawBookError.invalidData("source", "'\(id)' is not a fact ID (expected e.g. PA-42)")
        }
        for id in citedFactIDs.sorted() where factIndex.fact(id) == nil {
            throw LawBookError.invalidData(LawBook.factIndexFile, "has no entry for the cited fact '\(id)' (run scripts/lawbook-fact-index.py)")
        }
        for fact in factIndex.facts {
            if let file = fact.documents.first(where: { factIndex.document($0) == nil }) {
                throw LawBookError.invalidData(LawBook.factIndexFile, "\(fact.id) names unknown document '\(file)'")
            }
        }
        for a in articles {
            guard codes.contains(where: { $0.id == a.codeVersion }) else {
                throw LawBookError.invalidData("articles.yaml", "\(a.id) names unknown code version '\(a.codeVersion)'")
            }
            guard !a.versions.isEmpty else { throw LawBookError.invalidData("articles.yaml", "\(a.id) has no version") }
        }
        for regime in assemblyRules.regimes {
            guard law(regime.law) != nil else {
                throw LawBookError.invalidData("assembly.yaml", "regime names unknown law '\(regime.law)'")
            }
            for p in regime.procedures where p.readings.filter({ $0.primary == true }).count != 1 {
                throw LawBookError.invalidData("assembly.yaml", "\(regime.law) \(p.procedure) needs exactly one primary reading")
            }
            let covered = Set(regime.procedures.flatMap(\.forms))
            guard covered == Set(regime.forms) else {
                throw LawBookError.invalidData("assembly.yaml", "\(regime.law) procedures do not cover every form")
            }
        }
        try unique(standardLinks.map(\.id) + sanctionNotes.map(\.id), "incident-checks.yaml")
        for note in sanctionNotes where note.code == .other || note.source.isEmpty {
            throw LawBookError.invalidData("incident-checks.yaml", "\(note.id) needs a code (criminal or administrative) and its fact IDs")
        }
        let standardIDs = Set(standards.map(\.id)), articleIDs = Set(articles.map(\.id))
        for link in standardLinks {
            if let unknown = link.standards.first(where: { !standardIDs.contains($0) }) {
                throw LawBookError.invalidData("incident-checks.yaml", "\(link.id) names unknown standard '\(unknown)'")
            }
            if let unknown = link.articles?.first(where: { !articleIDs.contains($0) }) {
                throw LawBookError.invalidData("incident-checks.yaml", "\(link.id) names unknown article '\(unknown)'")
            }
            guard link.rights != nil || link.eventTypes != nil || link.articles != nil else {
                throw LawBookError.invalidData("incident-checks.yaml", "\(link.id) states no condition")
            }
        }
        for r in foreignFundingRules.regimes where law(r.law) == nil {
            throw LawBookError.invalidData("foreign-funding.yaml", "\(r.id) names unknown law '\(r.law)'")
        }
    }

    /// A fact ID of `legal-facts.md`: letters, a hyphen, digits (`PA-42`, `REF-110`).
    public static func isFactID(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[0].allSatisfy(\.isUppercase)
            && !parts[1].isEmpty && parts[1].allSatisfy(\.isNumber)
    }
}
