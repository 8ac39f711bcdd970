import Archive
import Foundation
import Hummingbird

/// An uploaded report: its file name and bytes (text, HTML or PDF).
public struct ReportUpload: Sendable {
    public var filename: String
    public var bytes: Data
    /// Check the file and say what it would add, without saving (spreadsheets).
    public var checkOnly: Bool
    public init(filename: String, bytes: Data, checkOnly: Bool = false) {
        self.filename = filename
        self.bytes = bytes
        self.checkOnly = checkOnly
    }
}

/// What importing a report did, as the web page reports it.
public struct ReportImportResult: Sendable {
    public var sourceID: String
    public var message: String
    /// Where to go next; `nil` shows `message` on the import page (a spreadsheet's rows, which need no review).
    public var location: String?
    public init(sourceID: String, message: String, location: String? = nil) {
        self.sourceID = sourceID
        self.message = message
        self.location = location
    }
}

/// Reads an uploaded report into proposed incidents in the archive; supplied by the executable,
/// which owns the report reader. Bad documents throw `WebError` with a one-line message.
public typealias ReportImporting = @Sendable (ReportUpload, Editor) async throws -> ReportImportResult

/// The import form: upload a report, then review what it proposes.
struct ImportPages {
    let renderer: PageRenderer
    let config: WebConfig
    let importer: ReportImporting?

    func add(to router: Router<WebContext>) {
        router.get("/import", use: form)
        router.post("/import", use: upload)
    }

    @Sendable func form(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.editor)
        return try page(context: context, message: nil, status: .ok)
    }

    private func page(context: WebContext, message: String?, done: String? = nil, checked: Bool = false, status: HTTPResponse.Status) throws -> Response {
        try renderer.page("import", title: "Import a report",
                          ["csrf": context.sessions.session?.csrf ?? "", "message": message as Any, "done": done as Any, "checked": checked,
                           "available": importer != nil, "limitMB": config.maxUploadBytes / 1024 / 1024], context: context, status: status)
    }

    @Sendable func upload(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: config.maxUploadBytes)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        guard let importer else { throw WebError(.serviceUnavailable, "this server was started without the report reader") }
        guard let file = form.files["report"], !file.bytes.isEmpty else {
            return try page(context: context, message: "choose a report file (text, HTML or PDF) or a spreadsheet (Excel .xlsx or CSV) to upload", status: .badRequest)
        }
        do {
            let result = try await importer(ReportUpload(filename: file.filename, bytes: Data(file.bytes), checkOnly: form["check"] == "1"), Editor(user.name))
            guard let location = result.location else {
                return try page(context: context, message: nil, done: result.message, checked: form["check"] == "1", status: .ok)
            }
            return Response(status: .seeOther, headers: [.location: location])
        } catch let error as WebError {
            return try page(context: context, message: error.message, status: error.status)
        }
    }
}
