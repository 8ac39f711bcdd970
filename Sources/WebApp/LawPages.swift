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
        router.get("/law/{id}", use: law)
        router.get("/assembly", use: planner)
        let api = router.group("api/v1")
        api.get("law/articles", use: articlesAPI)
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

    private func sources(_ ids: [String]) -> String { ids.joined(separator: ", ") }

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

    /// Every rule of an assembly regime that carries an explanation and its sources, read from its data.
    static func rules(in regime: AssemblyRulebook.Regime) -> [[String: Any]] {
        var out: [[String: Any]] = []
        for p in regime.procedures {
            out.append(["title": "Procedure: \(p.procedure) (\(p.forms.joined(separator: ", ")))", "explanation": p.deemedConsentNote, "sources": p.source.joined(separator: ", ")])
            for r in p.readings {
                out.append(["title": "Deadlines — \(r.label)", "explanation": "File \(r.filing.days) \(r.filing.unit.words) before; the authority answers within \(r.decision.days) \(r.decision.unit.words). \(r.why)",
                            "sources": r.source.joined(separator: ", ")])
            }
        }
        out.append(["title": "Who may organise", "explanation": regime.eligibility.citizenshipNote, "sources": regime.eligibility.source.joined(separator: ", ")])
        if let picket = regime.picket { out.append(["title": "Pickets", "explanation": picket.place, "sources": picket.source.joined(separator: ", ")]) }
        out.append(["title": "Places", "explanation": regime.places.explanation, "sources": regime.places.source.joined(separator: ", ")])
        out.append(["title": "Refusal", "explanation": regime.refusal.explanation, "sources": regime.refusal.source.joined(separator: ", ")])
        for (title, note) in [("Bystanders", regime.bystanders), ("Night time", regime.nightTime), ("Time of day", regime.timeOfDay), ("Indoor assemblies", regime.indoor)] {
            if let note { out.append(["title": title, "explanation": note.explanation, "sources": note.source.joined(separator: ", ")]) }
        }
        for rule in regime.otherRules { out.append(["title": rule.title, "explanation": rule.explanation, "sources": rule.source.joined(separator: ", ")]) }
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
             "statedAsOf": v.statedAsOf, "sources": v.source.joined(separator: ", ")]
        }
        let values: [String: Any] = ["title": record.title, "article": record.article, "code": code?.title ?? record.codeVersion,
                                     "explanation": record.explanation ?? "", "versions": rows, "sources": record.source.joined(separator: ", ")]
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
                                         "explanation": $0.explanation, "source": $0.source] },
            "standards": a.internationalStandards.map { ["rule": $0.standard, "state": mark($0.holds), "class": $0.holds == true ? "holds" : $0.holds == false ? "fails" : "unknown",
                                                        "explanation": $0.explanation, "source": $0.source] },
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
