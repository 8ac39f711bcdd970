import Analysis
import Archive
import CivicModel
import Hummingbird

/// `/persons/{id}/casefile` and `/organizations/{id}/casefile`: everything the viewer may see on one person or
/// organisation as a document (`CaseFile`), read in the page or downloaded as Markdown, print-friendly HTML or PDF.
extension RecordPages {
    func addCaseFiles(to router: Router<WebContext>) {
        router.get("/persons/{id}/casefile") { request, context in
            try await caseFile(.person(Person.ID(try context.parameters.require("id"))), path: "persons", request, context)
        }
        router.get("/organizations/{id}/casefile") { request, context in
            try await caseFile(.organization(Organization.ID(try context.parameters.require("id"))), path: "organizations", request, context)
        }
    }

    func caseFile(_ subject: CaseFile.Subject, path: String, _ request: Request, _ context: WebContext) async throws -> Response {
        let id = try context.parameters.require("id")
        let document: ReportDocument
        do {
            document = try await CaseFile.build(subject, archive: archive, viewer: context.clearance, statuses: ReportPages.statuses(context), lawBook: lawBook)
        } catch let error as AnalysisError {
            throw WebError.notFound("\(path == "persons" ? "person" : "organisation") '\(id)' (\(error))")
        }
        let format = request.uri.queryParameters.get("format") ?? "page"
        guard format == "page" else { return try await ReportPages.file(document, format: format, name: "kuzet-casefile-\(id)") }
        var response = try renderer.page("casefile", title: document.title, [
            "document": document.bodyHTML(), "downloads": ReportPages.downloads("/\(path)/\(id)/casefile?"), "back": "/\(path)/\(id)",
            "name": String(document.title.dropFirst(CaseFile.titlePrefix.count)), "kindTitle": path == "persons" ? "People" : "Organisations",
            "kindPath": path,
        ], context: context)
        // A case file can carry restricted records: never kept by a shared cache.
        response.headers[.cacheControl] = "no-store"
        return response
    }
}
