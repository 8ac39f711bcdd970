import HTTPTypes
import Hummingbird

/// Adds the security headers every response carries: a CSP without inline script, no sniffing, no framing.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = WebContext
    static var contentSecurityPolicy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    static let csp = HTTPField.Name("Content-Security-Policy")!
    static let noSniff = HTTPField.Name("X-Content-Type-Options")!
    static let frameOptions = HTTPField.Name("X-Frame-Options")!
    static let referrer = HTTPField.Name("Referrer-Policy")!

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        response.headers[Self.csp] = Self.contentSecurityPolicy
        response.headers[Self.noSniff] = "nosniff"
        response.headers[Self.frameOptions] = "DENY"
        response.headers[Self.referrer] = "same-origin"
        return response
    }
}
