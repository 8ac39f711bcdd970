import Archive
import Hummingbird
import Logging

/// Turns errors into answers: JSON `{"error": …}` under `/api`, an HTML page elsewhere, and a sign-in
/// redirect for pages that need an account. Unexpected errors are logged and shown as a plain 500.
struct ErrorPageMiddleware: RouterMiddleware {
    let renderer: PageRenderer

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            let known = WebError.from(error)
            if known == nil { context.logger.error("request failed: \(String(reflecting: error))") }
            let failure = known ?? WebError(.internalServerError, "something went wrong on the server; the error was logged")
            let path = request.uri.path
            if path.hasPrefix("/api/") || path == "/openapi.json" || request.method != .get && request.headers[.accept]?.contains("application/json") == true {
                return try failure.response(from: request, context: context)
            }
            if failure.status == .unauthorized, request.method == .get {
                let target = request.uri.description.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"
                return Response(status: .seeOther, headers: [.location: "/login?next=\(target)"])
            }
            return try renderer.page("error", title: failure.status.reasonPhrase,
                                     ["status": failure.status.code, "reason": failure.status.reasonPhrase, "message": failure.message],
                                     context: context, status: failure.status)
        }
    }
}
