import Archive
import CivicModel
import Hummingbird
import LawBook

/// Person, organisation, place and source pages: each with a timeline of its incidents.
struct RecordPages {
    let archive: any Archive
    let renderer: PageRenderer
    let config: WebConfig
    let lawBook: LawBook

    func add(to router: Router<WebContext>) {
        router.get("/persons", use: persons)
        router.get("/persons/{id}", use: person)
        router.get("/organizations", use: organizations)
        router.get("/organizations/{id}", use: organization)
        router.get("/places", use: places)
        router.get("/places/{id}", use: place)
        router.get("/sources", use: sources)
        router.get("/sources/{id}", use: source)
        router.get("/sources/{id}/original", use: original)
        router.get("/api/v1/sources/{id}/original", use: original)
        addCaseFiles(to: router)
    }

    private func pageNumber(_ request: Request) throws -> Int {
        try request.uri.queryParameters.get("page").map { try IncidentSearch.number($0, "page", in: 1...1_000_000) } ?? 1
    }

    private func listPage<R: ArchiveRecord>(_ type: R.Type, title: String, path: String, request: Request, context: WebContext,
                                           columns: [String] = ["Name", "Kind", "Also written"], searchHint: String = "Name or spelling variant",
                                           row: (R) -> [String: Any], incidents: (R) -> IncidentQuery,
                                           extra: ((R) async throws -> [String: Any])? = nil) async throws -> Response {
        let q = request.uri.queryParameters.get("q").map { $0.replacingOccurrences(of: "+", with: " ") }
        let page = try pageNumber(request)
        let items = try await archive.list(R.self, matching: q, as: context.clearance, limit: config.pageSize + 1, offset: (page - 1) * config.pageSize)
        var rows: [[String: Any]] = []
        for item in items.prefix(config.pageSize) {
            var values = row(item)
            let count = try await incidentCount(incidents(item), context: context)
            values["incidents"] = count.label
            values["incidentsHref"] = count.href
            if let extra { values.merge(try await extra(item)) { _, new in new } }
            rows.append(values)
        }
        var values: [String: Any] = ["title": title, "path": path, "q": q ?? "", "rows": rows, "columns": columns, "searchHint": searchHint,
                                     "newHref": (context.role ?? .viewer) >= .editor && ["/persons", "/organizations", "/places", "/sources"].contains(path) ? "\(path)/new" : "",
                                     "showDuplicates": (context.role ?? .viewer) >= .editor && ["/persons", "/organizations"].contains(path),
                                     "tabs": Self.tabs.map { ["href": $0.path, "label": $0.label, "current": $0.path == path] }]
        let qs = q.map { "q=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&" } ?? ""
        if page > 1 { values["prev"] = "\(path)?\(qs)page=\(page - 1)" }
        if items.count > config.pageSize { values["next"] = "\(path)?\(qs)page=\(page + 1)" }
        return try renderer.page("records", title: title, values, context: context)
    }

    /// The lists of records, as tabs over each of them.
    static let tabs: [(path: String, label: String)] = [("/persons", "People"), ("/organizations", "Organisations"),
                                                        ("/places", "Places"), ("/sources", "Sources")]

    /// How many incidents the viewer may see match a query (visitors: published ones only), read as the
    /// incident list counts them, with a link to that list.
    private func incidentCount(_ query: IncidentQuery, context: WebContext) async throws -> (label: String, href: String) {
        var counting = query
        counting.limit = 1
        counting.countLimit = config.countLimit
        if context.user == nil { counting.statuses = IncidentSearch.publishedStatuses }
        let page = try await archive.incidents(matching: counting, as: context.clearance)
        return (page.total.formatted() + (page.isTotalCapped ? "+" : ""), Self.listLink(query))
    }

    /// The download of a record's incidents as CSV: its case history for a spreadsheet.
    private static func exportLink(_ query: IncidentQuery) -> String {
        let list = listLink(query, path: "/incidents/export")
        return list + (list.contains("?") ? "&" : "?") + "format=csv&sort=date_asc"
    }

    /// The incident list filtered as a record's query filters (by person, organisation, place or source).
    private static func listLink(_ query: IncidentQuery, path: String = "/incidents") -> String {
        var parameters: [(String, String)] = []
        parameters += query.personIDs.map { ("person", $0.rawValue) } + query.organizationIDs.map { ("org", $0.rawValue) }
        parameters += query.regionIDs.map { ("region", $0.rawValue) } + query.placeIDs.map { ("place", $0.rawValue) }
        if let source = query.sourceID { parameters.append(("source", source.rawValue)) }
        return IncidentSearch.link(parameters, path: path)
    }

    /// The incidents of a place: its region's for a region, its own for a town.
    private static func incidents(at place: Place) -> IncidentQuery {
        place.regionID == nil ? IncidentQuery(regionIDs: [place.id]) : IncidentQuery(placeIDs: [place.id])
    }

    @Sendable func persons(_ request: Request, context: WebContext) async throws -> Response {
        try await listPage(Person.self, title: "People", path: "/persons", request: request, context: context, row: {
            ["href": "/persons/\($0.id.rawValue)", "name": $0.name, "detail": $0.occupation?.label ?? "", "aliases": $0.aliases.joined(separator: ", ")]
        }, incidents: { IncidentQuery(personIDs: [$0.id]) })
    }

    @Sendable func organizations(_ request: Request, context: WebContext) async throws -> Response {
        try await listPage(Organization.self, title: "Organisations", path: "/organizations", request: request, context: context, row: {
            ["href": "/organizations/\($0.id.rawValue)", "name": $0.name, "detail": $0.kind.label, "aliases": $0.aliases.joined(separator: ", ")]
        }, incidents: { IncidentQuery(organizationIDs: [$0.id]) })
    }

    @Sendable func places(_ request: Request, context: WebContext) async throws -> Response {
        try await listPage(Place.self, title: "Places", path: "/places", request: request, context: context, row: {
            ["href": "/places/\($0.id.rawValue)", "name": $0.name, "detail": $0.kind.label, "aliases": $0.aliases.joined(separator: ", ")]
        }, incidents: Self.incidents(at:))
    }

    @Sendable func sources(_ request: Request, context: WebContext) async throws -> Response {
        try await listPage(Source.self, title: "Sources", path: "/sources", request: request, context: context,
                           columns: ["Title", "Publisher", "Published"], searchHint: "Title or publisher", row: {
            ["href": "/sources/\($0.id.rawValue)", "name": $0.title, "detail": $0.publisher ?? "",
             "aliases": [$0.publishedOn?.iso, $0.original.map { "original \($0.kindLabel)" }]
                .compactMap { $0 }.joined(separator: " · ")]
        }, incidents: { IncidentQuery(sourceID: $0.id) }, extra: { source in
            // Editors see what each report still has waiting in the review queue.
            guard let role = context.role, role >= .editor else { return [:] }
            var waiting = IncidentQuery(statuses: [.proposed], sourceID: source.id, limit: 1)
            waiting.countLimit = config.countLimit
            let page = try await archive.incidents(matching: waiting, as: context.clearance)
            guard page.total > 0 else { return [:] }
            return ["review": "\(page.total.formatted())\(page.isTotalCapped ? "+" : "") to review", "reviewHref": "/review?source=\(source.id.rawValue)"]
        })
    }

    private func timeline(_ incidents: [Incident], context: WebContext) async throws -> [[String: Any]] {
        let names = RecordNames(archive: archive, viewer: context.clearance)
        var rows: [[String: Any]] = []
        for incident in incidents where IncidentSearch.canSee(incident, context: context) {
            // A case history: what each incident imposed, and whether it lies outside the stated law.
            var row = try await names.row(incident)
            row["sanctions"] = incident.sanctions.map(\.phrase).joined(separator: "; ")
            row["departs"] = !lawBook.departures(of: incident).isEmpty
            rows.append(row)
        }
        return rows
    }

    @Sendable func person(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let person = try await archive.fetch(Person.self, id: Person.ID(id), as: context.clearance) else { throw WebError.notFound("person '\(id)'") }
        let place = try await person.placeID.asyncMap { try await archive.fetch(Place.self, id: $0, as: context.clearance) } ?? nil
        let count = try await incidentCount(IncidentQuery(personIDs: [person.id]), context: context)
        let values: [String: Any] = [
            "csvHref": Self.exportLink(IncidentQuery(personIDs: [person.id])),
            "caseFile": true, "kind": "person", "kindPath": "persons", "kindTitle": "People", "id": id, "name": person.name, "aliases": person.aliases.joined(separator: ", "),
            "facts": [["label": "Occupation", "value": person.occupation?.label ?? "not recorded"],
                      ["label": "Lives or works in", "value": place?.name ?? "not recorded"],
                      ["label": "Incidents", "value": count.label, "href": count.href],
                      ["label": "Record", "value": "\(person.confidentiality.rawValue), revision \(person.revision)"]],
            "description": person.description as Any,
            "timeline": try await timeline(try await archive.timeline(person: person.id, as: context.clearance), context: context),
            "signedIn": context.user != nil,
        ].merging(try await editing(person.id.rawValue, context: context) {
            try await archive.persons(named: person.name, as: context.clearance).filter { $0.id != person.id }.map { ($0.id.rawValue, $0.name) }
        }) { _, new in new }
        return try renderer.page("record", title: person.name, values, context: context)
    }

    @Sendable func organization(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let org = try await archive.fetch(Organization.self, id: Organization.ID(id), as: context.clearance) else { throw WebError.notFound("organisation '\(id)'") }
        let count = try await incidentCount(IncidentQuery(organizationIDs: [org.id]), context: context)
        var facts: [[String: Any]] = [["label": "Kind", "value": org.kind.label], ["label": "Incidents", "value": count.label, "href": count.href]]
        for change in org.statusHistory {
            facts.append(["label": "Status \(change.date?.iso ?? "")", "value": change.status.label + (change.note.map { " — \($0)" } ?? "")])
        }
        let values: [String: Any] = [
            "csvHref": Self.exportLink(IncidentQuery(organizationIDs: [org.id])),
            "caseFile": true, "kind": "organization", "kindPath": "organizations", "kindTitle": "Organisations", "id": id, "name": org.name, "aliases": org.aliases.joined(separator: ", "),
            "facts": facts, "description": org.description as Any,
            "timeline": try await timeline(try await archive.timeline(organization: org.id, as: context.clearance), context: context),
            "signedIn": context.user != nil,
        ].merging(try await editing(org.id.rawValue, context: context) {
            let key = NameKey(org.name)
            return try await archive.list(Organization.self, matching: nil, as: context.clearance, limit: Int.max, offset: 0)
                .filter { $0.id != org.id && $0.allNames.contains { NameKey($0).matches(key) } }.map { ($0.id.rawValue, $0.name) }
        }) { _, new in new }
        return try renderer.page("record", title: org.name, values, context: context)
    }

    /// What an editor sees on a person's or organisation's page: the edit link, records that may be the same one
    /// (names that match across transliterations) to merge into this one, and a merge by name.
    private func editing(_ id: String, context: WebContext, candidates: () async throws -> [(id: String, name: String)]) async throws -> [String: Any] {
        guard let role = context.role, role >= .editor else { return [:] }
        return ["canEdit": true, "csrf": context.sessions.session?.csrf ?? "",
                "duplicates": try await candidates().prefix(10).map { ["dupId": $0.id, "dupName": $0.name] }]
    }

    @Sendable func place(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let place = try await archive.fetch(Place.self, id: Place.ID(id), as: context.clearance) else { throw WebError.notFound("place '\(id)'") }
        var query = Self.incidents(at: place)
        query.sort = .dateAscending
        query.limit = 500
        if context.user == nil { query.statuses = IncidentSearch.publishedStatuses }
        let page = try await archive.incidents(matching: query, as: context.clearance)
        let region = try await place.regionID.asyncMap { try await archive.fetch(Place.self, id: $0, as: context.clearance) } ?? nil
        var facts: [[String: Any]] = [["label": "Kind", "value": place.kind.label]]
        if let region { facts.append(["label": "Region", "value": region.name, "href": "/places/\(region.id.rawValue)"]) }
        if let lat = place.latitude, let lon = place.longitude { facts.append(["label": "Coordinates", "value": "\(lat), \(lon)"]) }
        facts.append(["label": "Incidents", "value": "\(page.total)", "href": Self.listLink(Self.incidents(at: place))])
        let values: [String: Any] = [
            "csvHref": Self.exportLink(Self.incidents(at: place)),
            "kind": "place", "kindPath": "places", "kindTitle": "Places", "id": id, "name": place.name, "aliases": place.aliases.joined(separator: ", "),
            "facts": facts, "timeline": try await timeline(page.incidents, context: context), "signedIn": context.user != nil,
            "canEditOnly": (context.role ?? .viewer) >= .editor,
        ]
        return try renderer.page("record", title: place.name, values, context: context)
    }

    @Sendable func source(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let source = try await archive.fetch(Source.self, id: Source.ID(id), as: context.clearance) else { throw WebError.notFound("source '\(id)'") }
        var query = IncidentQuery(sourceID: source.id, sort: .dateAscending, limit: 500)
        if context.user == nil { query.statuses = IncidentSearch.publishedStatuses }
        let page = try await archive.incidents(matching: query, as: context.clearance)
        var facts: [[String: Any]] = [["label": "Publisher", "value": source.publisher ?? "not recorded"],
                                      ["label": "Published", "value": source.publishedOn?.iso ?? "not recorded"],
                                      ["label": "Language", "value": RecordEditPages.sourceLanguages.first { $0.code == source.language }?.label ?? source.language]]
        if let url = source.url, url.hasPrefix("http") { facts.append(["label": "Address", "value": url, "href": url]) }
        if let text = source.text { facts.append(["label": "Length", "value": "\(text.unicodeScalars.count) characters"]) }
        if let file = source.original {
            facts.append(["label": "Original file", "value": "\(file.fileName) (\(file.mediaType), \(file.sizeText))", "href": "/sources/\(id)/original"])
            facts.append(["label": "SHA-256", "value": file.sha256, "code": true])
        }
        let values: [String: Any] = [
            "csvHref": Self.exportLink(IncidentQuery(sourceID: source.id)),
            "kind": "source", "kindPath": "sources", "kindTitle": "Sources", "id": id, "name": source.title, "aliases": "",
            "facts": facts, "timeline": try await timeline(page.incidents, context: context), "signedIn": context.user != nil,
            "canEditOnly": (context.role ?? .viewer) >= .editor,
        ]
        return try renderer.page("record", title: source.title, values, context: context)
    }
}

extension RecordPages {
    /// `GET /sources/{id}/original` (and under `/api/v1`): the PDF or web page the source's text was read from, as it was
    /// received, to those who may see the source. Always a download: a web page is never shown in Kuzet's origin.
    @Sendable func original(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let (_, file, bytes) = try await archive.original(of: Source.ID(id), as: context.clearance) else {
            throw WebError.notFound("original file of source '\(id)'")
        }
        return Download.file(bytes, file)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
