import Foundation
import HTTPTypes
import Hummingbird

/// Cross-site request forgery protection: every form echoes a token the site gave out.
///
/// Signed-in users echo the token of their session; the sign-in form, used before there is a
/// session, echoes a random token kept in a `SameSite=Strict` cookie (double submit).
enum CSRFGuard {
    static let cookieName = "kuzet_csrf"
    static let fieldName = "_csrf"
    static let headerName = HTTPField.Name("X-CSRF-Token")!

    static func newToken() -> String {
        (0..<32).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }

    /// Checks the form's token (or the `X-CSRF-Token` header) against the session or the cookie.
    static func check(_ submitted: String?, request: Request, context: WebContext) throws {
        guard let submitted, !submitted.isEmpty else { throw WebError.badCSRF }
        let expected = context.sessions.session?.csrf ?? request.cookies[cookieName]?.value
        guard let expected, constantTimeEqual(submitted, expected) else { throw WebError.badCSRF }
    }

    static func checkHeader(_ request: Request, context: WebContext) throws {
        try check(request.headers[headerName], request: request, context: context)
    }

    private static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}
