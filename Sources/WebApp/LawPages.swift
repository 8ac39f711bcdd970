import Analysis
import Archive
import CivicModel
import Foundation
import Hummingbird
import LawBook

/// The legal framework browser and the assembly planner, over `LawBook` and its rules engines.
struct LawPages {
    let lawBook: LawBook
    let renderer: PageRenderer

    func add(to router: Router<WebContext>) {
        router.get("/law", use: overview)
        router.get("/law/articles/{id}", use: article)
        router.get("/law/sources", use: factSources)
        router.get("/law/{id}", use: law)
        router.get("/assembly", use: planner)
        let api = router.group("api/v1")
        api.get("law/articles", use: articlesAPI)
        api.get("law/sources", use: factSourcesAPI)
        api.get("assembly/check", use: assemblyAPI)
    }

    /// The day the page is about: `?on=YYYY-MM-DD`, or today in Kazakhstan.
    private func day(_ request: Request) throws -> CalendarDay {
        guard let text = request.uri.queryParameters.get("on"), !text.isEmpty else { return CalendarDay.of(Date()) }
        return try lawInput { try CalendarDay(iso: text) }
    }

    /// Runs a LawBook call, turning its input errors into a 400 with its message.
    private func lawInput<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch let error as LawBookError { throw WebError.badRequest("\(error)") }
    }

    private func sources(_ ids: [String]) -> FactLinks { FactLinks(ids) }

    /// Articles in force on a day, one per code and number, with their sanctions.
    func articles(on day: CalendarDay) -> [ArticleVersion] {
        var seen = Set<String>()
        var out: [ArticleVersion] = []
        for record in lawBook.articles {
            guard let code = lawBook.codes.first(where: { $0.id == record.codeVersion })?.code else { continue }
            let ref = LegalProvisionRef(code: code, article: record.article)
            guard let version = lawBook.article(ref, on: day), seen.insert("\(code.rawValue) \(record.article)").inserted else { continue }
            out.append(version)
        }
        return out.sorted { (ProvisionKey(LegalProvisionRef(code: $0.code, article: $0.article))) < ProvisionKey(LegalProvisionRef(code: $1.code, article: $1.article)) }
    }

    @Sendable func overview(_ request: Request, context: WebContext) async throws -> Response {
        let day = try day(request)
        let laws = lawBook.laws.sorted { $0.date < $1.date }.map { law -> [String: Any] in
            ["id": law.id, "title": law.title, "number": law.number ?? "", "date": law.date.iso, "period": law.period.description, "inForce": law.isInForce(on: day),
             "explanation": law.explanation, "sources": sources(law.source), "topic": law.topic]
        }
        let codes = lawBook.codes.filter { $0.period.contains(day) }.map { ["title": $0.title, "short": $0.short, "period": $0.period.description, "sources": sources($0.source)] }
        let articles = articles(on: day).map { a -> [String: Any] in
            ["id": a.id, "citation": LegalProvisionRef(code: a.code, article: a.article).citation, "title": a.title, "explanation": a.explanation ?? "",
             "sanctions": a.sanctions.map(\.phrase), "code": a.codeTitle, "period": a.period.description, "sources": sources(a.source),
             "search": "/incidents?article=" + (LegalProvisionRef(code: a.code, article: a.article).citation.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")]
        }
        var rules: [[String: Any]] = []
        var regimeLaw = ""
        if let (law, regime) = try? lawBook.assemblyRegime(on: day) {
            regimeLaw = law.title
            rules = Self.rules(in: regime)
        }
        let standards = lawBook.standards.map { ["title": $0.title, "body": $0.body, "right": $0.right, "explanation": $0.explanation, "sources": sources($0.source)] }
        let values: [String: Any] = ["on": day.iso, "laws": laws, "codes": codes, "articles": articles, "rules": rules, "regimeLaw": regimeLaw,
                                     "standards": standards, "articleCount": articles.count]
        return try renderer.page("law", title: "Legal framework on \(day.iso)", values, context: context)
    }

    // MARK: Where the facts come from

    /// The documents behind the law book and every fact ID it cites, grouped as the digest groups them: what each
    /// concerns, the period it is stated for, its documents and the entries of Kuzet's data that rest on it. The fact
    /// IDs on every other page link here (`FactLinks`).
    @Sendable func factSources(_ request: Request, context: WebContext) async throws -> Response {
        let index = lawBook.factIndex
        let showAll = request.uri.queryParameters.get("all") == "1"
        let documents = index.documents.enumerated().map { number, d -> [String: Any] in
            ["anchor": "doc-\(number + 1)", "title": d.title, "asOf": d.asOf, "file": d.file,
             "count": index.facts.filter { $0.documents.contains(d.file) && (showAll || lawBook.factUses[$0.id] != nil) }.count]
        }
        let anchors = Dictionary(uniqueKeysWithValues: index.documents.enumerated().map { ($1.file, "doc-\($0 + 1)") })
        var topics: [[String: Any]] = []
        for fact in index.facts {
            let uses = lawBook.factUses[fact.id] ?? []
            guard showAll || !uses.isEmpty else { continue }
            let row: [String: Any] = [
                "factID": fact.id, "reference": fact.reference ?? "", "period": fact.period ?? "", "uses": uses.joined(separator: "; "),
                "documents": fact.documents.map { ["anchor": anchors[$0] ?? "", "label": index.document($0)?.label ?? $0] },
            ]
            if topics.last?["topic"] as? String == fact.topic {
                topics[topics.count - 1]["facts"] = (topics[topics.count - 1]["facts"] as? [[String: Any]] ?? []) + [row]
            } else {
                topics.append(["topic": fact.topic, "facts": [row]])
            }
        }
        let shown = topics.reduce(0) { $0 + (($1["facts"] as? [[String: Any]])?.count ?? 0) }
        return try renderer.page("law-sources", title: "Sources of the legal data", [
            "documents": documents, "topics": topics, "shown": shown, "total": index.facts.count, "showAll": showAll,
        ], context: context)
    }

    /// The API's shape of the fact index: snake_case, as the rest of `/api/v1`'s law answers.
    struct FactSources: Encodable {
        struct Document: Encodable { let file, title, as_of, label: String }
        struct Fact: Encodable {
            let id, topic: String
            let reference, period: String?
            let documents, cited_by: [String]
        }
        let documents: [Document]
        let facts: [Fact]
    }

    @Sendable func factSourcesAPI(_ request: Request, context: WebContext) async throws -> Response {
        let index = lawBook.factIndex
        return try JSONBody.response(FactSources(
            documents: index.documents.map { .init(file: $0.file, title: $0.title, as_of: $0.asOf, label: $0.label) },
            facts: index.facts.map { .init(id: $0.id, topic: $0.topic, reference: $0.reference, period: $0.period, documents: $0.documents,
                                           cited_by: lawBook.factUses[$0.id] ?? []) }))
    }

    /// Every rule of an assembly regime that carries an explanation and its sources, read from its data.
    static func rules(in regime: AssemblyRulebook.Regime) -> [[String: Any]] {
        var out: [[String: Any]] = []
        for p in regime.procedures {
            out.append(["title": "Procedure: \(p.procedure) (\(p.forms.joined(separator: ", ")))", "explanation": p.deemedConsentNote, "sources": FactLinks(p.source)])
            for r in p.readings {
                out.append(["title": "Deadlines — \(r.label)", "explanation": "File \(r.filing.days) \(r.filing.unit.words) before; the authority answers within \(r.decision.days) \(r.decision.unit.words). \(r.why)",
                            "sources": FactLinks(r.source)])
            }
        }
        out.append(["title": "Who may organise", "explanation": regime.eligibility.citizenshipNote, "sources": FactLinks(regime.eligibility.source)])
        if let picket = regime.picket { out.append(["title": "Pickets", "explanation": picket.place, "sources": FactLinks(picket.source)]) }
        out.append(["title": "Places", "explanation": regime.places.explanation, "sources": FactLinks(regime.places.source)])
        out.append(["title": "Refusal", "explanation": regime.refusal.explanation, "sources": FactLinks(regime.refusal.source)])
        for (title, note) in [("Bystanders", regime.bystanders), ("Night time", regime.nightTime), ("Time of day", regime.timeOfDay), ("Indoor assemblies", regime.indoor)] {
            if let note { out.append(["title": title, "explanation": note.explanation, "sources": FactLinks(note.source)]) }
        }
        for rule in regime.otherRules { out.append(["title": rule.title, "explanation": rule.explanation, "sources": FactLinks(rule.source)]) }
        return out
    }

    /// One law: what it does, when it is in force, its recorded provisions, and the UN recommendations whose
    /// assessments cite it (the tracker links its law evidence here).
    @Sendable func law(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let law = lawBook.law(id) else { throw WebError.notFound("law '\(id)'") }
        let tracker = try? RecommendationTracker.standard(lawBook: lawBook)
        let citing = (tracker?.records ?? []).filter { r in r.assessments.contains { $0.evidence.contains { $0.kind == "law" && $0.id == id } } }
        let values: [String: Any] = [
            "title": law.title, "kind": law.kind, "topic": law.topic, "number": law.number ?? "", "date": law.date.iso,
            "period": law.period.description, "periodNote": law.periodNote ?? "", "inForceToday": law.isInForce(on: CalendarDay.of(Date())),
            "explanation": law.explanation, "sources": sources(law.source),
            "provisions": (law.articles ?? []).map { ["article": $0.article, "topic": $0.topic, "title": $0.title, "sources": sources($0.source)] },
            "recommendations": citing.map { ["id": $0.id, "document": $0.document, "paragraph": $0.paragraph,
                                             "status": $0.currentStatus ?? "not assessed", "asOf": $0.assessments.last?.asOf ?? ""] },
        ]
        return try renderer.page("law-detail", title: law.title, values, context: context)
    }

    @Sendable func article(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let versions = lawBook.articles.filter { $0.id == id }
        guard let record = versions.first else { throw WebError.notFound("article '\(id)'") }
        let code = lawBook.codes.first { $0.id == record.codeVersion }
        let rows = record.versions.map { v -> [String: Any] in
            ["period": Period(from: v.from, until: v.until).description, "sanctions": v.sanctions.map(\.phrase), "note": v.rangeNote ?? "",
             "statedAsOf": v.statedAsOf, "sources": FactLinks(v.source)]
        }
        let values: [String: Any] = ["title": record.title, "article": record.article, "code": code?.title ?? record.codeVersion,
                                     "explanation": record.explanation ?? "", "versions": rows, "sources": FactLinks(record.source)]
        return try renderer.page("law-article", title: "Article \(record.article): \(record.title)", values, context: context)
    }

    // MARK: Assembly planner

    /// Reads a plan from query parameters; `nil` when the form has not been submitted.
    func plan(from request: Request) throws -> AssemblyPlan? {
        let p = FormData.query(request)
        guard let formText = p.get("form"), !formText.isEmpty else { return nil }
        func text(_ name: String) -> String? { p.get(name).map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 } }
        func int(_ name: String) throws -> Int? {
            try text(name).map { guard let n = Int($0) else { throw WebError.badRequest("'\(name)' must be a whole number, not '\($0)'") }; return n }
        }
        return try lawInput {
            guard let date = text("date") else { throw LawBookError.invalidInput("give the date of the assembly") }
            let assemblyDay = try CalendarDay(iso: date)
            // The authority's answer: `decision=DATE:OUTCOME` (the command line's form), or the page's two fields.
            var decision = try text("decision").map { try AuthorityDecision(parsing: $0) }
            if decision == nil, let outcome = text("outcome"), outcome != "none" {
                guard let decided = text("decided") else { throw LawBookError.invalidInput("give the day the authority answered") }
                decision = try AuthorityDecision(parsing: "\(decided):\(outcome)")
            }
            return try AssemblyPlan(form: try AssemblyPlan.Form.parse(formText), date: assemblyDay,
                                    start: try TimeOfDay(text("start") ?? "12:00"), end: try TimeOfDay(text("end") ?? "14:00"),
                                    place: text("place"), participants: try int("participants"), organizerAge: try int("age"),
                                    organizerCitizen: text("citizen").map { $0 == "yes" }, filed: try CalendarDay(iso: text("filed") ?? CalendarDay.of(Date()).iso),
                                    decision: decision)
        }
    }

    @Sendable func planner(_ request: Request, context: WebContext) async throws -> Response {
        let p = FormData.query(request)
        var values: [String: Any] = [
            "forms": AssemblyPlan.Form.allCases.map { ["value": $0.rawValue, "selected": $0.rawValue == p.get("form")] },
            "date": p.get("date") ?? "", "start": p.get("start") ?? "12:00", "end": p.get("end") ?? "14:00", "place": p.get("place") ?? "",
            "participants": p.get("participants") ?? "", "age": p.get("age") ?? "", "filed": p.get("filed") ?? CalendarDay.of(Date()).iso,
            "citizenYes": p.get("citizen") != "no", "citizenNo": p.get("citizen") == "no",
            "outcomes": AuthorityDecision.Outcome.allCases.map { ["value": $0.rawValue, "selected": $0.rawValue == p.get("outcome")] },
            "decided": p.get("decided") ?? "",
        ]
        var status = HTTPResponse.Status.ok
        do {
            if let plan = try plan(from: request) {
                let result = try lawInput { try AssemblyEngine(lawBook: lawBook).check(plan) }
                values["answer"] = Self.answer(result, plan: plan)
            } else if p.get("date") == nil {
                values["date"] = CalendarDay.of(Date()).adding(days: 14).iso
            }
        } catch let error as WebError {
            values["message"] = error.message
            status = error.status
        }
        return try renderer.page("assembly", title: "Assembly planner", values, context: context, status: status)
    }

    /// The engine's result in plain words: the verdict first, then each rule with its source.
    static func answer(_ a: AssemblyAssessment, plan: AssemblyPlan) -> [String: Any] {
        let failing = a.nationalLaw.filter { $0.holds == false }
        let verdict: String
        if !a.filedInTime {
            verdict = "Too late: under \(a.law) a \(plan.form.rawValue) on \(plan.date.iso) must be notified by \(a.filingDeadline.iso)."
        } else if failing.isEmpty {
            verdict = "Yes, as planned this \(plan.form.rawValue) meets the national rules Kuzet checks. File by \(a.filingDeadline.iso); the authority must answer by \(a.decisionDue.iso)."
        } else {
            verdict = "Not as planned: \(failing.count) national rule\(failing.count == 1 ? "" : "s") \(failing.count == 1 ? "is" : "are") not met. See below."
        }
        func mark(_ holds: Bool?) -> String { holds == true ? "met" : holds == false ? "not met" : "cannot tell" }
        return [
            "verdict": verdict, "ok": a.filedInTime && failing.isEmpty, "law": a.law, "procedure": a.procedure,
            "filingDeadline": a.filingDeadline.iso, "decisionDue": a.decisionDue.iso,
            "deemedConsent": a.deemedConsent.map { $0 ? "yes: silence by the deadline counts as consent" : "no" } ?? "not applicable",
            "rules": a.nationalLaw.map { ["rule": $0.rule, "state": mark($0.holds), "class": $0.holds == true ? "holds" : $0.holds == false ? "fails" : "unknown",
                                         "explanation": $0.explanation, "source": FactLinks($0.source)] },
            "standards": a.internationalStandards.map { ["rule": $0.standard, "state": mark($0.holds), "class": $0.holds == true ? "holds" : $0.holds == false ? "fails" : "unknown",
                                                        "explanation": $0.explanation, "source": FactLinks($0.source)] },
        ]
    }

    // MARK: API

    @Sendable func articlesAPI(_ request: Request, context: WebContext) async throws -> Response {
        try JSONBody.response(articles(on: try day(request)))
    }

    @Sendable func assemblyAPI(_ request: Request, context: WebContext) async throws -> Response {
        guard let plan = try plan(from: request) else { throw WebError.badRequest("give at least form and date, e.g. ?form=picket&date=2026-12-16&filed=2026-12-01") }
        return try JSONBody.response(try lawInput { try AssemblyEngine(lawBook: lawBook).check(plan) })
    }
}
