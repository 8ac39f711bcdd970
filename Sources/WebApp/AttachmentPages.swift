import Archive
import CivicModel
import Foundation
import HTTPTypes
import Hummingbird

/// Files kept with incidents as evidence: listed on the incident page, uploaded, described and deleted there by
/// editors, downloaded by whoever may see both the file and its incident; and the same through `/api/v1`.
///
/// Downloads always go out as attachments with the stored media type and `nosniff`, so an uploaded HTML or SVG file
/// never runs in Kuzet's pages; only raster images may be shown inline, as the incident page's previews.
struct AttachmentPages {
    let archive: any Archive
    let config: WebConfig

    func add(to router: Router<WebContext>) {
        router.post("/incidents/{id}/attachments", use: upload)
        router.get("/attachments/{id}", use: download)
        router.post("/attachments/{id}/edit", use: edit)
        router.post("/attachments/{id}/delete", use: delete)
        let api = router.group("api/v1")
        api.get("incidents/{id}/attachments", use: listAPI)
        api.post("incidents/{id}/attachments", use: uploadAPI)
        api.get("attachments/{id}", use: showAPI)
        api.get("attachments/{id}/content", use: download)
        api.delete("attachments/{id}", use: deleteAPI)
    }

    /// Media types a browser may show inline without running anything.
    static let previewable: Set<String> = ["image/jpeg", "image/png", "image/gif", "image/webp"]

    /// The incident page's values for its attachments, as the viewer may see them.
    static func values(for incident: Incident, archive: any Archive, context: WebContext) async throws -> [[String: Any]] {
        try await archive.attachments(of: incident.id, as: context.clearance).map { attachment in
            ["attachmentID": attachment.id.rawValue, "fileName": attachment.fileName, "mediaType": attachment.mediaType,
             "size": attachment.sizeText, "sha256": attachment.sha256, "description": attachment.description ?? "",
             "level": attachment.confidentiality.rawValue, "attachmentRevision": attachment.revision,
             "preview": previewable.contains(attachment.mediaType),
             "levels": Confidentiality.allCases.filter { $0 >= incident.confidentiality }
                .map { ["value": $0.rawValue, "selected": $0 == attachment.confidentiality] }]
        }
    }

    // MARK: Pages

    /// `POST /incidents/{id}/attachments` (multipart: `file`, `description`, `confidentiality`).
    @Sendable func upload(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: config.maxUploadBytes)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        let incident = try await IncidentPages.visibleIncident(try context.parameters.require("id"), archive: archive, context: context)
        guard let file = form.files["file"], !file.bytes.isEmpty else { throw WebError.badRequest("choose a file to attach") }
        let name = Self.baseName(file.filename)
        let attachment = Attachment(incidentID: incident.id, fileName: name, mediaType: Attachment.mediaType(forFileName: name),
                                    description: form.text("description"), confidentiality: try level(form["confidentiality"], incident: incident))
        _ = try await archive.attach(attachment, content: file.bytes, by: Editor(user.name))
        return Response(status: .seeOther, headers: [.location: "/incidents/\(incident.id.rawValue)#attachments"])
    }

    /// `GET /attachments/{id}` and `/api/v1/attachments/{id}/content`: the file, to those who may see it and its incident.
    @Sendable func download(_ request: Request, context: WebContext) async throws -> Response {
        let attachment = try await visible(try context.parameters.require("id"), context).attachment
        guard let bytes = try await archive.content(sha256: attachment.sha256) else { throw WebError.notFound("attachment '\(attachment.id)'") }
        let inline = request.uri.queryParameters.get("inline") == "1" && Self.previewable.contains(attachment.mediaType)
        return Download.file(bytes, attachment.file, inline: inline)
    }

    /// `POST /attachments/{id}/edit` (`description`, `confidentiality`, `revision`).
    @Sendable func edit(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        var (attachment, incident) = try await visible(try context.parameters.require("id"), context)
        attachment.revision = try IncidentSearch.number(form["revision"] ?? "", "revision", in: 1...Int.max)
        attachment.description = form.text("description")
        attachment.confidentiality = try level(form["confidentiality"], incident: incident)
        _ = try await archive.save(attachment, by: Editor(user.name))
        return Response(status: .seeOther, headers: [.location: "/incidents/\(incident.id.rawValue)#attachments"])
    }

    /// `POST /attachments/{id}/delete`: the record goes, and the bytes with it when no other attachment names them.
    @Sendable func delete(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        let attachment = try await visible(try context.parameters.require("id"), context).attachment
        try await archive.delete(Attachment.self, id: attachment.id, by: Editor(user.name))
        return Response(status: .seeOther, headers: [.location: "/incidents/\(attachment.incidentID.rawValue)#attachments"])
    }

    // MARK: API

    struct AttachmentJSON: Encodable {
        let id, incident_id, file_name, media_type, sha256, confidentiality, content_url: String
        let description: String?
        let byte_count, revision: Int
        init(_ a: Attachment) {
            id = a.id.rawValue
            incident_id = a.incidentID.rawValue
            file_name = a.fileName
            media_type = a.mediaType
            sha256 = a.sha256
            confidentiality = a.confidentiality.rawValue
            content_url = "/api/v1/attachments/\(a.id.rawValue)/content"
            description = a.description
            byte_count = a.byteCount
            revision = a.revision
        }
    }

    /// `GET /api/v1/incidents/{id}/attachments`.
    @Sendable func listAPI(_ request: Request, context: WebContext) async throws -> Response {
        let incident = try await IncidentPages.visibleIncident(try context.parameters.require("id"), archive: archive, context: context)
        return try JSONBody.response(try await archive.attachments(of: incident.id, as: context.clearance).map(AttachmentJSON.init))
    }

    /// `GET /api/v1/attachments/{id}`.
    @Sendable func showAPI(_ request: Request, context: WebContext) async throws -> Response {
        try JSONBody.response(AttachmentJSON(try await visible(try context.parameters.require("id"), context).attachment))
    }

    /// `POST /api/v1/incidents/{id}/attachments?file_name=…[&description=…][&confidentiality=…]`, the file as the body and
    /// its media type as `Content-Type`.
    @Sendable func uploadAPI(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        try CSRFGuard.checkHeader(request, context: context)
        let incident = try await IncidentPages.visibleIncident(try context.parameters.require("id"), archive: archive, context: context)
        let query = request.uri.queryParameters
        guard let raw = query.get("file_name"), !raw.isEmpty else { throw WebError.badRequest("name the file: ?file_name=…") }
        let name = Self.baseName(raw.removingPercentEncoding ?? raw)
        let body: ByteBuffer
        do { body = try await request.body.collect(upTo: config.maxUploadBytes) } catch { throw WebError.tooLarge(config.maxUploadBytes) }
        guard body.readableBytes > 0 else { throw WebError.badRequest("the request body is the file, and it is empty") }
        let stated = request.headers[.contentType]?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        let type = stated.flatMap { Attachment.isMediaType($0) ? $0 : nil } ?? Attachment.mediaType(forFileName: name)
        let attachment = Attachment(incidentID: incident.id, fileName: name, mediaType: type,
                                    description: query.get("description").map { $0.removingPercentEncoding ?? $0 },
                                    confidentiality: try level(query.get("confidentiality"), incident: incident))
        let stored = try await archive.attach(attachment, content: Array(body.readableBytesView), by: Editor(user.name))
        var response = try JSONBody.response(AttachmentJSON(stored), status: .created)
        response.headers[.location] = "/api/v1/attachments/\(stored.id.rawValue)"
        return response
    }

    /// `DELETE /api/v1/attachments/{id}`.
    @Sendable func deleteAPI(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        try CSRFGuard.checkHeader(request, context: context)
        let attachment = try await visible(try context.parameters.require("id"), context).attachment
        try await archive.delete(Attachment.self, id: attachment.id, by: Editor(user.name))
        return Response(status: .noContent)
    }

    // MARK: Helpers

    /// The attachment and its incident when the viewer may see both, or a 404 that does not reveal whether it exists.
    private func visible(_ id: String, _ context: WebContext) async throws -> (attachment: Attachment, incident: Incident) {
        guard let attachment = try await archive.fetch(Attachment.self, id: Attachment.ID(id), as: context.clearance) else {
            throw WebError.notFound("attachment '\(id)'")
        }
        return (attachment, try await IncidentPages.visibleIncident(attachment.incidentID.rawValue, archive: archive, context: context))
    }

    /// The access level a form or query asks for (`Attachment.confidentiality(_:onIncidentAt:)` decides).
    private func level(_ text: String?, incident: Incident) throws -> Confidentiality {
        let requested = try text.flatMap { $0.isEmpty ? nil : try Confidentiality.parse($0) }
        return try Attachment.confidentiality(requested, onIncidentAt: incident.confidentiality)
    }

    /// The last part of an uploaded file's name: browsers on some systems send the whole path.
    static func baseName(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(String.UnicodeScalarView(base.unicodeScalars.filter { $0.properties.generalCategory != .control }))
        return clean.trimmingCharacters(in: .whitespaces).isEmpty ? "file" : clean
    }
}
