import Archive
import Hummingbird

/// Looks up the account of the session, if any; a deleted or disabled account counts as signed out, and so does a
/// session begun before the account's password or two-step secret changed.
struct SignedInUserMiddleware: RouterMiddleware {
    let archive: any Archive

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        var context = context
        if let session = context.sessions.session {
            if let account = try await archive.user(named: session.user), !account.disabled,
               session.credential == WebSession.credential(of: account) {
                context.user = account
            } else {
                context.sessions.clearSession()
            }
        }
        return try await next(request, context)
    }
}
