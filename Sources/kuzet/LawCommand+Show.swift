import ArgumentParser
import CivicModel
import Foundation
import LawBook

extension LawCommand {
    /// `kuzet law show`: browsing laws, codes, articles, rules, standards and the calendar in a readable form.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Browse the law book: laws, codes, articles, assembly and registration rules, standards.",
            discussion: """
            Subjects: laws, law ID, codes, articles, article ID, unnumbered, assembly, registration, foreign-funding, \
            standards, recommendations, treaties, calendar YEAR, sources (the documents behind the fact IDs), fact ID. \
            Without a subject, lists the subjects.
            """)

        @Argument(help: "What to show.") var subject: String?
        @Argument(help: "An id (law, article, fact) or a year (calendar).") var id: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let book = LawBook.standard
            switch subject?.lowercased() {
            case nil:
                print(["laws (\(book.laws.count))", "law ID", "codes (\(book.codes.count))", "articles (\(book.articles.count))",
                       "article ID", "unnumbered (\(book.unnumberedProvisions.count))", "assembly", "registration", "foreign-funding",
                       "standards (\(book.standards.count))", "recommendations (\(book.recommendations.count))",
                       "treaties (\(book.treaties.count))", "calendar YEAR", "sources (\(book.factIndex.documents.count))",
                       "fact ID"].joined(separator: "\n"))
            case "sources":
                if json { return try CommandOutput.printJSON(book.factIndex.documents, snakeCase: true) }
                for d in book.factIndex.documents {
                    let count = book.factIndex.facts.filter { $0.documents.contains(d.file) }.count
                    print("\(d.file)  \(d.title) (as of \(d.asOf); \(count) facts)")
                }
            case "fact":
                let id = try OptionValue.required(id, "fact ID (e.g. PA-06)").uppercased()
                guard let fact = book.factIndex.fact(id) else { throw LawBookError.notFound("no fact '\(id)' in the law book's index") }
                if json { return try CommandOutput.printJSON(fact, snakeCase: true) }
                var lines = ["\(fact.id)  \(fact.topic)"]
                if let reference = fact.reference { lines.append("About: \(reference)") }
                if let period = fact.period { lines.append("Stated for: \(period)") }
                for file in fact.documents {
                    let d = book.factIndex.document(file)
                    lines.append("Source: \(d.map { "\($0.title) (as of \($0.asOf))" } ?? file) [\(file)]")
                }
                let uses = book.factUses[fact.id] ?? []
                lines.append(uses.isEmpty ? "Cited by no rule of the law book." : "Cited by: " + uses.joined(separator: "; "))
                print(lines.joined(separator: "\n"))
            case "laws":
                if json { return try CommandOutput.printJSON(book.laws, snakeCase: true) }
                for law in book.laws { print("\(law.id)  [\(law.period)]  \(law.title)") }
            case "law":
                let id = try OptionValue.required(id, "law id (e.g. assembly-law-2020)")
                guard let law = book.law(id) else { throw LawBookError.notFound("no law '\(id)' (see: kuzet law show laws)") }
                if json { return try CommandOutput.printJSON(law, snakeCase: true) }
                var lines = [law.title, "In force: \(law.period)", law.explanation]
                if let note = law.periodNote { lines.append("Period: \(note)") }
                for a in law.articles ?? [] { lines.append("  Art. \(a.article): \(a.title) (\(a.source.joined(separator: ", ")))") }
                lines.append("Source: \(law.source.joined(separator: ", "))")
                print(lines.joined(separator: "\n"))
            case "codes":
                if json { return try CommandOutput.printJSON(book.codes, snakeCase: true) }
                for c in book.codes { print("\(c.id)  [\(c.period)]  \(c.title)") }
            case "articles":
                if json { return try CommandOutput.printJSON(book.articles, snakeCase: true) }
                for a in book.articles { print("\(a.id)  \(a.title)") }
            case "article":
                let id = try OptionValue.required(id, "article id (e.g. coao-2014-488)")
                guard let a = book.articles.first(where: { $0.id == id }) else {
                    throw LawBookError.notFound("no article '\(id)' (see: kuzet law show articles)")
                }
                if json { return try CommandOutput.printJSON(a, snakeCase: true) }
                var lines = ["\(a.id): \(a.title)"]
                if let e = a.explanation { lines.append(e) }
                for v in a.versions {
                    lines.append("From \(v.from)\(v.until.map { " until \($0)" } ?? "") (as stated \(v.statedAsOf); \(v.source.joined(separator: ", "))):")
                    lines += v.sanctions.map { "  \($0.appliesTo.rawValue)" + ($0.part.map { ", part \($0)" } ?? "") + ": \($0.phrase)" }
                    if let note = v.rangeNote { lines.append("  \(note)") }
                }
                print(lines.joined(separator: "\n"))
            case "unnumbered":
                if json { return try CommandOutput.printJSON(book.unnumberedProvisions, snakeCase: true) }
                for u in book.unnumberedProvisions { print("\(u.id)  \(u.title)  (\(u.source.joined(separator: ", ")))") }
            case "assembly":
                if json { return try CommandOutput.printJSON(book.assemblyRules, snakeCase: true) }
                print(assemblyText(book))
            case "registration":
                if json { return try CommandOutput.printJSON(book.registrationRules, snakeCase: true) }
                print(registrationText(book))
            case "foreign-funding":
                if json { return try CommandOutput.printJSON(book.foreignFundingRules, snakeCase: true) }
                print(foreignFundingText(book))
            case "standards":
                if json { return try CommandOutput.printJSON(book.standards, snakeCase: true) }
                for s in book.standards {
                    print("\(s.id)  \(s.title) — \(s.body)\(s.document.map { ", \($0)" } ?? "")\(s.paragraph.map { " para \($0)" } ?? "") (\(s.source.joined(separator: ", ")))")
                }
            case "recommendations":
                if json { return try CommandOutput.printJSON(book.recommendations, snakeCase: true) }
                for r in book.recommendations {
                    print("\(r.id)  ICCPR \(r.iccprArticle)  [\(r.assessment.status), \(r.assessment.asOf)]  \(r.recommendation)")
                }
            case "treaties":
                if json { return try CommandOutput.printJSON(book.treaties, snakeCase: true) }
                for t in book.treaties { print("\(t.id)  \(t.status)\(t.year.map { " \($0)" } ?? "")  \(t.title)") }
            case "calendar":
                guard let year = try OptionValue.year(id) else { throw LawBookError.invalidInput("missing year (e.g. kuzet law show calendar 2026)") }
                let first = try CalendarDay(year: year, month: 1, day: 1)
                var days: [(String, String)] = []
                var d = first
                while d.year == year {
                    switch book.calendar.dayOff(d) {
                    case .holiday(let n)?: days.append((d.iso, n))
                    case .movedHoliday(let n)?: days.append((d.iso, "\(n) (moved from a weekend)"))
                    case .decreedTransfer(let n)?: days.append((d.iso, "day off by \(n)"))
                    default: break
                    }
                    d = d.adding(days: 1)
                }
                if json { return try CommandOutput.printJSON(days.map { ["date": $0.0, "name": $0.1] }) }
                if !book.calendar.coveredYears.contains(year) { print("Kuzet's holiday calendar does not cover \(year); only weekends are days off.") }
                for (date, name) in days { print("\(date)  \(name)") }
            default:
                throw LawBookError.invalidInput("unknown subject '\(subject!)' (run 'kuzet law show' for the list)")
            }
        }

        private func registrationText(_ book: LawBook) -> String {
            let r = book.registrationRules
            func src(_ ids: [String]) -> String { "(\(ids.joined(separator: ", ")))" }
            var lines = ["Regions: \(r.regions.total) \(src(r.regions.source)) — \(r.regions.totalNote)"]
            for f in r.fees {
                lines.append("Fee from \(f.from): \(CommandOutput.number(f.mci)) MCI" +
                             f.reduced.map { "; \($0.label): \(CommandOutput.number($0.mci)) MCI" }.joined() +
                             (f.branchFeeSame ? "; each branch pays the same fee" : "") + " \(src(f.source))")
            }
            let pa = r.publicAssociation
            lines.append("Public associations: at least \(pa.minMembers) members \(src(pa.minMembersSource)); file within \(pa.filingWithinMonths) months \(src(pa.filingSource))")
            for l in pa.levels {
                lines.append("  from \(l.from) (as stated \(l.statedAsOf)): regional — \(l.regional.rule ?? ""); national — \(l.national.rule ?? "") \(src(l.source))")
                if let alt = l.alternative { lines.append("    other reading: regional — \(alt.regionalRule); national — \(alt.nationalRule) \(src(alt.source))") }
            }
            let ra = r.religiousAssociation
            lines.append("Religious associations: " + ["local", "regional", "national"].compactMap { k in ra.minMembers[k].map { "\(k) \($0)" } }.joined(separator: ", ") + " members \(src(ra.source))")
            let party = r.politicalParty
            lines.append("Political parties: \(party.founders.min) founders from \(party.founders.regionsFraction.numerator)/\(party.founders.regionsFraction.denominator) of the regions \(src(party.founders.source))")
            for m in party.membership {
                lines.append("  members [\(m.period)]: at least \(m.minMembers)" + (m.perRegion.map { ", \($0) per region" } ?? "") + " \(src(m.source))")
            }
            lines.append("NGO database: report by \(r.ngoDatabase.deadline.day)/\(r.ngoDatabase.deadline.month) each year \(src(r.ngoDatabase.source))")
            return lines.joined(separator: "\n")
        }

        private func foreignFundingText(_ book: LawBook) -> String {
            var lines: [String] = []
            for r in book.foreignFundingRules.regimes {
                lines.append("\(book.law(r.law)?.title ?? r.law) [\(r.period)] (\(r.source.joined(separator: ", ")))")
                lines.append("  duties: \(r.duties.joined(separator: "; "))")
                for a in r.triggerActivities ?? [] { lines.append("  trigger: \(a.id) — \(a.label)") }
                if let t = r.thresholdKzt { lines.append("  threshold: more than \(CommandOutput.number(t)) KZT") }
                if let e = r.exemption { lines.append("  exemption: \(e)") }
                for f in r.frequency { lines.append("  reports every \(f.every) [\(Period(from: f.from, until: f.until))]") }
                if let note = r.deadlinesNote { lines.append("  \(note)") }
                lines.append("  penalty: CoAO Art. \(r.penaltyArticle)" + (r.publicationArticle.map { "; publication procedure: Art. \($0)" } ?? ""))
            }
            return lines.joined(separator: "\n")
        }

        private func assemblyText(_ book: LawBook) -> String {
            var lines: [String] = []
            for regime in book.assemblyRules.regimes {
                let law = book.law(regime.law)
                lines.append("\(law?.title ?? regime.law) [\(law?.period.description ?? "")]")
                for p in regime.procedures {
                    lines.append("  \(p.procedure) (\(p.forms.joined(separator: ", "))): deemed consent \(p.deemedConsent ? "yes" : "no")")
                    for r in p.readings {
                        lines.append("    \(r.primary == true ? "applied" : "other reading"): \(r.label) — \(r.why) (\(r.source.joined(separator: ", ")))")
                    }
                }
                lines.append("  eligibility: at least \(regime.eligibility.minAge)\(regime.eligibility.citizenshipRequired ? ", citizens" : "") (\(regime.eligibility.source.joined(separator: ", ")))")
                if let p = regime.picket {
                    lines.append("  picket: at most \(p.maxParticipants) person(s), \(CommandOutput.number(p.maxHoursPerDay)) hours a day (\(p.source.joined(separator: ", ")))")
                }
                lines.append("  places: \(regime.places.explanation) (\(regime.places.source.joined(separator: ", ")))")
                lines.append("  refusal: \(regime.refusal.explanation) (\(regime.refusal.source.joined(separator: ", ")))")
                for o in regime.otherRules { lines.append("  \(o.id): \(o.title) — \(o.explanation) (\(o.source.joined(separator: ", ")))") }
            }
            lines.append("Rules the assembly check reports (prefix pa1995- or pa2020-):")
            for (id, title) in book.assemblyRules.ruleTitles.sorted(by: { $0.key < $1.key }) { lines.append("  \(id): \(title)") }
            lines.append("International standards:")
            for s in book.assemblyRules.standards { lines.append("  \(s.id): \(s.title) (\(s.source.joined(separator: ", ")))") }
            return lines.joined(separator: "\n")
        }
    }
}
