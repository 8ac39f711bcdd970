import Archive
import CivicModel
import Hummingbird

/// Person, organisation, place and source pages: each with a timeline of its incidents.
struct RecordPages {
    let archive: any Archive
    let renderer: PageRenderer
    let config: WebConfig

    func add(to router: Router<WebContext>) {
        router.get("/persons", use: persons)
        router.get("/persons/{id}", use: person)
        router.get("/organizations", use: organizations)
        router.get("/organizations/{id}", use: organization)
        router.get("/places", use: places)
        router.get("/places/{id}", use: place)
        router.get("/sources/{id}", use: source)
    }

    private func pageNumber(_ request: Request) throws -> Int {
        try request.uri.queryParameters.get("page").map { try IncidentSearch.number($0, "page", in: 1...1_000_000) } ?? 1
    }

    private func listPage<R: ArchiveRecord>(_ type: R.Type, title: String, path: String, request: Request, context: WebContext,
                                           row: (R) -> [String: Any]) async throws -> Response {
        let q = request.uri.queryParameters.get("q").map { $0.replacingOccurrences(of: "+", with: " ") }
        let page = try pageNumber(request)
        let items = try await archive.list(R.self, matching: q, as: context.clearance, limit: config.pageSize + 1, offset: (page - 1) * config.pageSize)
        var values: [String: Any] = ["title": title, "path": path, "q": q ?? "", "rows": items.prefix(config.pageSize).map(row)]
        let qs = q.map { "q=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")&" } ?? ""
        if page > 1 { values["prev"] = "\(path)?\(qs)page=\(page - 1)" }
        if items.count > config.pageSize { values["next"] = "\(path)?\(qs)page=\(page + 1)" }
        return try renderer.page("records", title: title, values, context: context)
    }

    @Sendable func persons(_ request: Request, context: WebContext) async throws -> Response {
        try await listPage(Person.self, title: "People", path: "/persons", request: request, context: context) {
            ["href": "/persons/\($0.id.rawValue)", "name": $0.name, "detail": $0.occupation?.label ?? "", "aliases": $0.aliases.joined(separator: ", ")]
        }
    }

    @Sendable func organizations(_ request: Request, context: WebContext) async throws -> Response {
        try await listPage(Organization.self, title: "Organisations", path: "/organizations", request: request, context: context) {
            ["href": "/organizations/\($0.id.rawValue)", "name": $0.name, "detail": $0.kind.label, "aliases": $0.aliases.joined(separator: ", ")]
        }
    }

    @Sendable func places(_ request: Request, context: WebContext) async throws -> Response {
        try await listPage(Place.self, title: "Places", path: "/places", request: request, context: context) {
            ["href": "/places/\($0.id.rawValue)", "name": $0.name, "detail": $0.kind.rawValue.replacingOccurrences(of: "_", with: " "), "aliases": $0.aliases.joined(separator: ", ")]
        }
    }

    private func timeline(_ incidents: [Incident], context: WebContext) async throws -> [[String: Any]] {
        let names = RecordNames(archive: archive, viewer: context.clearance)
        var rows: [[String: Any]] = []
        for incident in incidents where IncidentSearch.canSee(incident, context: context) { rows.append(try await names.row(incident)) }
        return rows
    }

    @Sendable func person(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let person = try await archive.fetch(Person.self, id: Person.ID(id), as: context.clearance) else { throw WebError.notFound("person '\(id)'") }
        let place = try await person.placeID.asyncMap { try await archive.fetch(Place.self, id: $0, as: context.clearance) } ?? nil
        let values: [String: Any] = [
            "kind": "person", "kindPath": "persons", "id": id, "name": person.name, "aliases": person.aliases.joined(separator: ", "),
            "facts": [["label": "Occupation", "value": person.occupation?.label ?? "not recorded"],
                      ["label": "Lives or works in", "value": place?.name ?? "not recorded"],
                      ["label": "Record", "value": "\(person.confidentiality.rawValue), revision \(person.revision)"]],
            "description": person.description as Any,
            "timeline": try await timeline(try await archive.timeline(person: person.id, as: context.clearance), context: context),
            "signedIn": context.user != nil,
        ]
        return try renderer.page("record", title: person.name, values, context: context)
    }

    @Sendable func organization(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let org = try await archive.fetch(Organization.self, id: Organization.ID(id), as: context.clearance) else { throw WebError.notFound("organisation '\(id)'") }
        var facts: [[String: Any]] = [["label": "Kind", "value": org.kind.label]]
        for change in org.statusHistory {
            facts.append(["label": "Status \(change.date?.iso ?? "")", "value": change.status.label + (change.note.map { " — \($0)" } ?? "")])
        }
        let values: [String: Any] = [
            "kind": "organization", "kindPath": "organizations", "id": id, "name": org.name, "aliases": org.aliases.joined(separator: ", "),
            "facts": facts, "description": org.description as Any,
            "timeline": try await timeline(try await archive.timeline(organization: org.id, as: context.clearance), context: context),
            "signedIn": context.user != nil,
        ]
        return try renderer.page("record", title: org.name, values, context: context)
    }

    @Sendable func place(_ request: Request, context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        guard let place = try await archive.fetch(Place.self, id: Place.ID(id), as: context.clearance) else { throw WebError.notFound("place '\(id)'") }
        var query = IncidentQuery(sort: .dateAscending, limit: 500)
        if place.regionID == nil { query.regionIDs = [place.id] } else { query.placeIDs = [place.id] }
        if context.user == nil { query.statuses = IncidentSearch.publishedStatuses }
        let page = try await archive.incidents(matching: query, as: context.clearance)
        let region = try await place.regionID.asyncMap { try await archive.fetch(Place.self, id: $0, as: context.clearance) } ?? nil
        var facts: [[String: Any]] = [["label": "Kind", "value": place.kind.rawValue.replacingOccurrences(of: "_", with: " ")]]
        if let region { facts.append(["label": "Region", "value": region.name, "href": "/places/\(region.id.rawValue)"]) }
        if let lat = place.latitude, let lon = place.longitude { facts.append(["label": "Coordinates", "value": "\(lat), \(lon)"]) }
        facts.append(["label": "Incidents", "value": "\(page.total)", "href": "/incidents?\(place.regionID == nil ? "region" : "place")=\(id)"])
        let values: [String: Any] = [
            "kind": "place", "kindPath": "places", "id": id, "name": place.name, "aliases": place.aliases.joined(separator: ", "),
            "facts": facts, "timeline": try await timeline(page.incidents, context: context), "signedIn": context.user != nil,
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
                                      ["label": "Language", "value": source.language]]
        if let url = source.url, url.hasPrefix("http") { facts.append(["label": "Address", "value": url, "href": url]) }
        if let text = source.text { facts.append(["label": "Length", "value": "\(text.unicodeScalars.count) characters"]) }
        let values: [String: Any] = [
            "kind": "source", "kindPath": "sources", "id": id, "name": source.title, "aliases": "",
            "facts": facts, "timeline": try await timeline(page.incidents, context: context), "signedIn": context.user != nil,
        ]
        return try renderer.page("record", title: source.title, values, context: context)
    }
}

extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        guard let self else { return nil }
        return try await transform(self)
    }
}
