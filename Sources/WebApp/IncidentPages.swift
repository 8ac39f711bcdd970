import Analysis
import Archive
import CivicModel
import Foundation
import Hummingbird
import LawBook
import RecordLinking

/// The incident list with search and facets, the incident page, and the edit form.
struct IncidentPages {
    let archive: any Archive
    let renderer: PageRenderer
    let config: WebConfig
    let lawBook: LawBook
    /// Keeps each source text's scalar index between requests.
    let cache: ArchiveCache
    /// The standards part of legal checks, by event type, rights and articles.
    var fragments = FragmentCache()

    func add(to router: Router<WebContext>) {
        router.get("/", use: { _, _ in Response(status: .seeOther, headers: [.location: "/incidents"]) })
        router.get("/incidents", use: list)
        router.get("/incidents/new", use: newForm)
        router.get("/incidents/export", use: export)
        router.post("/incidents/new", use: create)
        router.get("/incidents/{id}", use: show)
        router.get("/incidents/{id}/edit", use: editForm)
        router.post("/incidents/{id}/edit", use: update)
        router.post("/incidents/{id}/review", use: review)
        router.post("/incidents/{id}/duplicate", use: mergeDuplicate)
        router.get("/api/v1/incidents/{id}/matches", use: matchesAPI)
        router.post("/api/v1/incidents/{id}/duplicate", use: duplicateAPI)
    }

    /// The incidents the list shows for the same search and filters, as a file: CSV or an Excel workbook (with the
    /// legal check of each sanction), GeoJSON or ACLED-style CSV, with what the viewer may see only (visitors: published, public
    /// records; never internal notes). At most `WebConfig.exportLimit` incidents; the command line exports any number.
    @Sendable func export(_ request: Request, context: WebContext) async throws -> Response {
        let search = try IncidentSearch(request.uri, context: context, pageSize: config.pageSize)
        let format = request.uri.queryParameters.get("format") ?? "csv"
        guard ["csv", "xlsx", "geojson", "acled"].contains(format) else {
            throw WebError.badRequest("unknown export format '\(format)' (expected one of: csv, xlsx, geojson, acled)")
        }
        var query = search.query
        query.offset = 0
        query.limit = config.exportLimit + 1
        query.countLimit = config.exportLimit + 1
        let incidents = search.matchesNothing ? [] : try await archive.incidents(matching: query, as: context.clearance).incidents
        guard incidents.count <= config.exportLimit else {
            throw WebError.badRequest("more than \(config.exportLimit.formatted()) incidents match: narrow the search, or export with `kuzet export` on the server")
        }
        let details = try await archive.details(of: incidents, as: context.clearance)
        let day = CalendarDay.of(Date()).iso
        switch format {
        case "geojson":
            return Download.response(try GeoJSONExport.featureCollection(details), type: "application/geo+json; charset=utf-8", name: "kuzet-incidents-\(day).geojson")
        case "acled":
            return Download.response(ACLEDExport.csv(details), type: "text/csv; charset=utf-8", name: "kuzet-incidents-acled-\(day).csv")
        case "xlsx":
            return Download.response(try IncidentCSV.xlsx(details, lawBook: lawBook), type: Self.workbookType, name: "kuzet-incidents-\(day).xlsx")
        default:
            return Download.response(IncidentCSV.csv(details, lawBook: lawBook), type: "text/csv; charset=utf-8", name: "kuzet-incidents-\(day).csv")
        }
    }

    static let workbookType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

    /// The downloads of the list as filtered: the same parameters, without the page, and a format.
    static func exportLinks(_ search: IncidentSearch) -> [[String: Any]] {
        let base = IncidentSearch.link(search.parameters, path: "/incidents/export")
        let joiner = base.contains("?") ? "&" : "?"
        return [("csv", "CSV"), ("xlsx", "Excel"), ("geojson", "GeoJSON"), ("acled", "ACLED CSV")].map { ["href": base + joiner + "format=" + $0.0, "label": $0.1] }
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        let search = try IncidentSearch(request.uri, context: context, pageSize: config.pageSize)
        let (page, facets) = try await search.run(in: archive, as: context.clearance, countLimit: config.countLimit)
        let names = RecordNames(archive: archive, viewer: context.clearance)
        var rows: [[String: Any]] = []
        for incident in page.incidents {
            var row = try await names.row(incident)
            // A sanction outside what the sources state for its article is flagged in the list too.
            row["departs"] = !lawBook.departures(of: incident).isEmpty
            rows.append(row)
        }
        let pages = max(1, (page.total + search.query.limit - 1) / search.query.limit)
        var values: [String: Any] = [
            "rows": rows, "total": page.isTotalCapped ? "more than \(page.total.formatted())" : "\(page.total)",
            "page": search.page, "pages": page.isTotalCapped ? "more than \(pages)" : "\(pages)",
            "sampled": facets.isSampled ? facets.total.formatted() : false,
            "q": search.query.text ?? "", "from": search.parameters.first { $0.0 == "from" }?.1 ?? "",
            "to": search.parameters.first { $0.0 == "to" }?.1 ?? "",
            "facets": try await facetGroups(facets, search: search, names: names),
            "active": search.parameters.filter { $0.0 != "q" && $0.0 != "from" && $0.0 != "to" }.map { ["label": "\($0.0): \($0.1)", "href": search.toggling($0.0, $0.1)] },
            "hiddenFilters": search.parameters.filter { !["q", "from", "to", "sort"].contains($0.0) }.map { ["name": $0.0, "value": $0.1] },
            "signedIn": context.user != nil,
            "exports": Self.exportLinks(search),
            "feed": IncidentSearch.link(search.parameters.filter { $0.0 != "sort" }, path: "/incidents/feed"),
            "canCreate": (context.role ?? .viewer) >= .editor,
        ]
        if search.page > 1 { values["prev"] = search.page(search.page - 1) }
        if search.page < pages || (page.isTotalCapped && page.incidents.count == search.query.limit) {
            values["next"] = search.page(search.page + 1)
        }
        values["sortOptions"] = IncidentQuery.Sort.allCases.map { ["value": $0.rawValue, "label": $0.label, "selected": $0 == search.query.sort] }
        return try renderer.page("incidents", title: "Incidents", values, context: context)
    }

    private func facetGroups(_ facets: IncidentFacets, search: IncidentSearch, names: RecordNames) async throws -> [[String: Any]] {
        func entries<K>(_ counts: [K: Int], param: String, key: (K) -> String, label: (K) async throws -> String?) async throws -> [[String: Any]] {
            var out: [[String: Any]] = []
            for (k, n) in counts.sorted(by: { ($1.value, key($0.key)) < ($0.value, key($1.key)) }).prefix(12) {
                guard let text = try await label(k) else { continue }
                out.append(["label": text, "count": n, "href": search.toggling(param, key(k)), "on": search.isOn(param, key(k))])
            }
            return out
        }
        var groups: [[String: Any]] = []
        func group(_ title: String, _ items: [[String: Any]]) { if !items.isEmpty { groups.append(["title": title, "items": items]) } }
        group("Event type", try await entries(facets.eventTypes, param: "type", key: \.rawValue, label: { $0.label }))
        group("Region", try await entries(facets.regions, param: "region", key: \.rawValue, label: { try await names.place($0)?.name ?? $0.rawValue }))
        group("Article", try await entries(facets.provisions, param: "article", key: \.citation, label: { $0.citation }))
        group("Person", try await entries(facets.persons, param: "person", key: \.rawValue, label: { try await names.person($0)?.name }))
        group("Organisation", try await entries(facets.organizations, param: "org", key: \.rawValue, label: { try await names.organization($0)?.name }))
        group("Status", try await entries(facets.statuses, param: "status", key: \.rawValue, label: { $0.rawValue }))
        group("Year", try await entries(facets.years, param: "from", key: { $0 }, label: { $0 }))
        return groups
    }

    /// The incident as the viewer may see it, or a 404 that does not reveal whether it exists.
    static func visibleIncident(_ id: String, archive: any Archive, context: WebContext) async throws -> Incident {
        guard let incident = try await archive.fetch(Incident.self, id: Incident.ID(id), as: context.clearance),
              IncidentSearch.canSee(incident, context: context)
        else { throw WebError.notFound("incident '\(id)'") }
        return incident
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let incident = try await Self.visibleIncident(id, archive: archive, context: context)
        let names = RecordNames(archive: archive, viewer: context.clearance)
        var values = try await names.row(incident)
        values["notes"] = incident.notes as Any
        values["perpetrators"] = incident.perpetrators.map(\.label).joined(separator: ", ")
        values["rights"] = incident.rightsAffected.map { "\($0.label) (ICCPR art. \($0.iccprArticle))" }
        values["sanctions"] = incident.sanctions.map(\.phrase)
        values["provisions"] = incident.legalProvisions.map { ["citation": $0.citation, "text": $0.text ?? "", "code": $0.code.rawValue, "article": $0.article] }
        values["confidence"] = incident.confidence.map { String(format: "%.0f%%", $0 * 100) } as Any
        values["passages"] = try await passages(of: incident, names: names)
        let check = lawBook.check(incident)
        var checkValues = Self.checkValues(check)
        checkValues["standardsHTML"] = try standardsHTML(of: check, for: incident)
        values["check"] = checkValues
        values["canEdit"] = (context.role ?? .viewer) >= .editor
        values["isProposed"] = incident.status == .proposed
        values["csrf"] = context.sessions.session?.csrf ?? ""
        values["matches"] = try await Self.matchValues(for: incident, archive: archive, context: context)
        values["attachments"] = try await AttachmentPages.values(for: incident, archive: archive, context: context)
        values["levels"] = Confidentiality.allCases.filter { $0 >= incident.confidentiality }
            .map { ["value": $0.rawValue, "selected": $0 == Attachment.defaultConfidentiality(onIncidentAt: incident.confidentiality)] }
        values["uploadLimitMB"] = config.maxUploadBytes / 1024 / 1024
        return try renderer.page("incident", title: incident.summary, values, context: context)
    }

    /// Each source passage with some text around it, the passage itself highlighted.
    func passages(of incident: Incident, names: RecordNames) async throws -> [[String: Any]] {
        var out: [[String: Any]] = []
        for passage in incident.passages {
            guard let source = try await names.source(passage.sourceID) else { continue }
            var item: [String: Any] = ["sourceID": source.id.rawValue, "title": source.title, "publisher": source.publisher ?? "",
                                       "url": source.url.flatMap { $0.hasPrefix("http") ? $0 : nil } as Any, "start": passage.start, "end": passage.end,
                                       "original": source.original.map { "original \($0.kindLabel)" } as Any]
            if let index = await cache.scalarIndex(of: source), passage.start >= 0, passage.start <= passage.end, passage.end <= index.count {
                let contextLength = 280
                item["before"] = index.slice(passage.start - contextLength, passage.start)
                item["marked"] = index.slice(passage.start, passage.end)
                item["after"] = index.slice(passage.end, passage.end + contextLength)
                item["leadingEllipsis"] = passage.start > contextLength
                item["trailingEllipsis"] = passage.end + contextLength < index.count
            } else {
                item["marked"] = passage.quote ?? "(the passage's words are not stored; see the source at characters \(passage.start)–\(passage.end))"
            }
            out.append(item)
        }
        return out
    }

    /// The legal check as page values: articles with their ranges, sanctions with verdicts, standards.
    static func checkValues(_ check: IncidentCheck) -> [String: Any] {
        func sources(_ ids: [String]) -> FactLinks { FactLinks(ids) }
        func tenge(_ r: SanctionInTenge) -> String { r.sanction.phrase + (r.tengeRange.map { " (\($0) that year)" } ?? "") }
        let provisions = check.provisions.map { p -> [String: Any] in
            ["citation": p.citation, "note": p.note, "articleID": p.article?.id as Any, "ranges": p.ranges.map(tenge),
             "hasRanges": !p.ranges.isEmpty, "sources": sources(p.article?.source ?? [])]
        }
        let sanctions = check.sanctions.map { f -> [String: Any] in
            ["phrase": f.sanction.phrase, "verdict": f.verdict.rawValue, "label": f.verdict.label, "explanation": f.explanation,
             "sourceNotes": f.notes, "sources": sources(f.source), "departs": f.verdict.departsFromStatedLaw]
        }
        return ["dateNote": check.dateNote, "day": check.day?.iso as Any, "provisions": provisions, "sanctions": sanctions,
                "departures": check.departures.count]
    }

    /// The standards and recommendations of a legal check, rendered once per event type, rights and articles:
    /// they depend on nothing else.
    func standardsHTML(of check: IncidentCheck, for incident: Incident) throws -> String {
        let articles = check.provisions.compactMap(\.article?.id).sorted()
        let key = ([incident.eventType.rawValue] + incident.rightsAffected.map(\.rawValue).sorted() + articles).joined(separator: " ")
        return try fragments.fragment(key) {
            let standards = check.standards.map { f -> [String: Any] in
                ["title": f.standard.title, "body": f.standard.body, "citation": f.standard.citation as Any,
                 "explanation": f.standard.explanation, "why": f.why, "sources": FactLinks(f.standard.source)]
            }
            let recommendations = check.recommendations.map { r -> [String: Any] in
                ["id": r.id, "article": r.iccprArticle, "text": r.recommendation, "status": r.assessment.status,
                 "statusLabel": r.assessment.status.replacingOccurrences(of: "-", with: " "), "asOf": r.assessment.asOf]
            }
            return try renderer.fragment("legal-check-standards", ["standards": standards, "recommendations": recommendations,
                                                                   "hasRecommendations": !recommendations.isEmpty])
        }
    }

    // MARK: Editing

    @Sendable func newForm(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.editor)
        let blank = Incident(date: nil, eventType: .other, summary: "", status: .proposed, confidentiality: .restricted)
        return try renderer.page("incident-form", title: "New incident", try await formValues(blank, isNew: true, context: context), context: context)
    }

    @Sendable func editForm(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.editor)
        let incident = try await Self.visibleIncident(try context.parameters.require("id"), archive: archive, context: context)
        var values = try await formValues(incident, isNew: false, context: context)
        // Where the editor came from (the review queue), to return there after saving.
        values["back"] = request.uri.queryParameters.get("back").flatMap { AuthController.safeNext(String($0)) } as Any
        return try renderer.page("incident-form", title: "Edit incident", values, context: context)
    }

    func formValues(_ incident: Incident, isNew: Bool, context: WebContext, message: String? = nil, chosenSource: String? = nil) async throws -> [String: Any] {
        var values = try await IncidentForm.values(incident, names: RecordNames(archive: archive, viewer: context.clearance),
                                                   sources: try await sources(context), chosenSource: chosenSource)
        values["isNew"] = isNew
        values["csrf"] = context.sessions.session?.csrf ?? ""
        values["message"] = message as Any
        return values
    }

    /// The sources an editor may cite, with their texts.
    private func sources(_ context: WebContext) async throws -> [Source] {
        try await archive.list(Source.self, matching: nil, as: context.clearance, limit: Int.max, offset: 0)
    }

    /// Applies the form to an incident and saves it with the people, organisations and places it names that the
    /// archive lacks, in one write. A refused form comes back with the user's text and the reason.
    private func save(_ form: FormData, to incident: inout Incident, isNew: Bool, current: Int, user: UserAccount,
                      context: WebContext) async throws -> Response {
        let title = isNew ? "New incident" : "Edit incident"
        do {
            var linker = try await RecordLinker(archive: archive)
            // Only the source a pasted passage is cited from is read, with its text.
            let cited = try await form.text("source").asyncMap { try await archive.fetch(Source.self, id: Source.ID($0), as: context.clearance) } ?? nil
            try IncidentForm.apply(form, to: &incident, linker: &linker, sources: cited.map { [$0] } ?? [])
            let batch = ArchiveBatch(places: linker.newPlaces, persons: linker.newPersons, organizations: linker.newOrganizations, incidents: [incident])
            _ = try await archive.write(batch, by: Editor(user.name))
            let back = form["back"].flatMap(AuthController.safeNext) ?? "/incidents/\(incident.id.rawValue)"
            return Response(status: .seeOther, headers: [.location: back])
        } catch let error where [.badRequest, .conflict].contains(WebError.from(error)?.status) {
            // Keep the user's text in the form; on a conflict the hidden revision stays the stale one,
            // so saving again is refused until they reload and re-apply their change.
            // The incident may be half-applied by then: the fields show what the user wrote.
            let failure = WebError.from(error)!
            var values = try await formValues(incident, isNew: isNew, context: context, message: failure.message, chosenSource: form["source"])
            for field in ["summary", "date", "notes", "articles", "places", "persons", "organizations", "sanctions", "quote"] where form[field] != nil {
                values[field] = form[field] ?? ""
            }
            if form["choices"] != nil {
                values.merge(IncidentForm.choices(perpetrators: form.all("perpetrator"), rights: form.all("right"))) { _, new in new }
            }
            values["conflict"] = failure.status == .conflict
            values["currentRevision"] = current
            values["back"] = form["back"].flatMap(AuthController.safeNext) as Any
            return try renderer.page("incident-form", title: title, values, context: context, status: failure.status)
        }
    }

    @Sendable func create(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: config.maxUploadBytes)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        var incident = Incident(date: nil, eventType: .other, summary: "", status: .proposed, confidentiality: .restricted)
        return try await save(form, to: &incident, isNew: true, current: 0, user: user, context: context)
    }

    @Sendable func update(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: config.maxUploadBytes)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        var incident = try await Self.visibleIncident(try context.parameters.require("id"), archive: archive, context: context)
        let current = incident.revision
        incident.revision = try IncidentSearch.number(form["revision"] ?? "", "revision", in: 1...Int.max)
        return try await save(form, to: &incident, isNew: false, current: current, user: user, context: context)
    }

    /// Accept or reject a proposed incident from the review queue.
    @Sendable func review(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        var incident = try await Self.visibleIncident(try context.parameters.require("id"), archive: archive, context: context)
        incident.revision = try IncidentSearch.number(form["revision"] ?? "", "revision", in: 1...Int.max)
        switch form["decision"] {
        case "accept": incident.status = .verified
        case "reject": incident.status = .rejected
        default: throw WebError.badRequest("the decision must be 'accept' or 'reject'")
        }
        _ = try await archive.save(incident, by: Editor(user.name))
        let back = form["back"].flatMap(AuthController.safeNext) ?? "/incidents/\(incident.id.rawValue)"
        return Response(status: .seeOther, headers: [.location: back])
    }
}
