import Archive
import CivicModel
import Hummingbird

/// `/api/v1/persons`, `/api/v1/organizations` and `/api/v1/sources` writes: create, replace (naming the revision
/// edited), delete and (persons, organisations) merge, for editors, with the CSRF token of the session in `X-CSRF-Token` as for incidents.
struct RecordWriteAPI {
    let archive: any Archive
    let config: WebConfig

    func add(to router: Router<WebContext>) {
        let api = router.group("api/v1")
        api.post("persons", use: { try await create(Person.self, $0, $1) })
        api.put("persons/{id}", use: { try await replace(Person.self, $0, $1) })
        api.delete("persons/{id}", use: { try await delete(Person.self, $0, $1) })
        api.post("persons/{id}/merge", use: { request, context in
            try await merge(Person.self, request, context) { try await archive.merge(person: $0, into: Person.ID($1), by: $2) }
        })
        api.post("organizations", use: { try await create(Organization.self, $0, $1) })
        api.put("organizations/{id}", use: { try await replace(Organization.self, $0, $1) })
        api.delete("organizations/{id}", use: { try await delete(Organization.self, $0, $1) })
        api.post("organizations/{id}/merge", use: { request, context in
            try await merge(Organization.self, request, context) { try await archive.merge(organization: $0, into: Organization.ID($1), by: $2) }
        })
        api.post("sources", use: { try await create(Source.self, $0, $1, check: Self.checkSource) })
        api.put("sources/{id}", use: { try await replace(Source.self, $0, $1, check: Self.checkSource) })
        api.delete("sources/{id}", use: { try await delete(Source.self, $0, $1) })
    }

    /// A source's text and original file are what it was imported with: passages point into the text by offset, and the
    /// original's bytes arrive only with an import, so a body may repeat them or leave them out, never change them. (A
    /// body naming another file's digest would otherwise publish bytes it never uploaded.) A new source may bring a text.
    static func checkSource(_ source: Source, stored: Source?) throws -> Source {
        var checked = source
        if let text = source.text, text != stored?.text {
            guard stored == nil else { throw WebError.badRequest("the text of a stored source does not change: its incidents' passages point into it") }
            checked.sha256 = ContentDigest.sha256(text)
        } else if let stored {
            checked.text = stored.text
            checked.sha256 = stored.sha256
        }
        if let original = source.original, original != stored?.original {
            throw WebError.badRequest("a source's original file comes with an import of the report (kuzet import, or Import on the web), not in its JSON")
        }
        checked.original = stored?.original
        return checked
    }

    /// The body of a merge: the identifier of the record kept.
    struct MergeRequest: Decodable { var into: String }

    private func create<R: ArchiveRecord>(_ type: R.Type, _ request: Request, _ context: WebContext,
                                          check: (R, R?) throws -> R = { record, _ in record }) async throws -> Response {
        let user = try context.require(.editor)
        try CSRFGuard.checkHeader(request, context: context)
        let record = try check(try await JSONBody.decode(R.self, from: request, limit: config.maxUploadBytes), nil)
        guard record.revision == 0 else { throw WebError.badRequest("a new \(R.recordKind.rawValue) has revision 0; use PUT to change a stored one") }
        let stored = try await archive.save(record, by: Editor(user.name))
        var response = try JSONBody.response(stored, status: .created)
        response.headers[.location] = "/api/v1/\(Self.path(R.self))/\(stored.id.rawValue)"
        return response
    }

    private func replace<R: ArchiveRecord>(_ type: R.Type, _ request: Request, _ context: WebContext,
                                           check: (R, R?) throws -> R = { record, _ in record }) async throws -> Response {
        let user = try context.require(.editor)
        try CSRFGuard.checkHeader(request, context: context)
        let id = try context.parameters.require("id")
        let record = try await JSONBody.decode(R.self, from: request, limit: config.maxUploadBytes)
        guard record.id.rawValue == id else { throw WebError.badRequest("the body's id '\(record.id)' is not '\(id)'") }
        guard record.revision > 0 else { throw WebError.badRequest("name the revision you edited (the 'revision' field); a stale one is refused") }
        let stored = try await visible(R.self, id, context)
        return try JSONBody.response(try await archive.save(try check(record, stored), by: Editor(user.name)))
    }

    private func delete<R: ArchiveRecord>(_ type: R.Type, _ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        try CSRFGuard.checkHeader(request, context: context)
        let record = try await visible(R.self, try context.parameters.require("id"), context)
        try await archive.delete(R.self, id: record.id, by: Editor(user.name))
        return Response(status: .noContent)
    }

    private func merge<R: ArchiveRecord>(_ type: R.Type, _ request: Request, _ context: WebContext,
                                         _ body: (R.ID, String, Editor) async throws -> R) async throws -> Response {
        let user = try context.require(.editor)
        try CSRFGuard.checkHeader(request, context: context)
        let duplicate = try await visible(R.self, try context.parameters.require("id"), context)
        let into = try await JSONBody.decode(MergeRequest.self, from: request, limit: 64 * 1024).into
        return try JSONBody.response(try await body(duplicate.id, into, Editor(user.name)))
    }

    private func visible<R: ArchiveRecord>(_ type: R.Type, _ id: String, _ context: WebContext) async throws -> R {
        guard let record = try await archive.fetch(R.self, id: R.ID(id), as: context.clearance) else {
            throw WebError.notFound("\(R.recordKind.rawValue) '\(id)'")
        }
        return record
    }

    private static func path<R: ArchiveRecord>(_ type: R.Type) -> String {
        switch R.recordKind { case .person: "persons"; case .source: "sources"; default: "organizations" }
    }
}
