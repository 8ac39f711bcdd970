import Archive
import Foundation
import Hummingbird
import HummingbirdAuth

/// Sign-in and sign-out.
struct AuthController {
    let archive: any Archive
    let renderer: PageRenderer
    let config: WebConfig
    let hasher: PasswordHasher
    /// Failures per account name: stops guessing one account's password.
    let limiter: LoginRateLimiter
    /// Failures per client address, with a higher limit (an office shares one address): stops one
    /// client from guessing across many accounts.
    let addressLimiter: LoginRateLimiter

    func add(to router: Router<WebContext>) {
        router.get("/login", use: form)
        router.post("/login", use: signIn)
        router.post("/logout", use: signOut)
    }

    @Sendable func form(_ request: Request, context: WebContext) async throws -> Response {
        try page(request, context: context, message: nil, status: .ok)
    }

    private func page(_ request: Request, context: WebContext, message: String?, status: HTTPResponse.Status, name: String = "") throws -> Response {
        let token = request.cookies[CSRFGuard.cookieName]?.value ?? CSRFGuard.newToken()
        let next = request.uri.queryParameters.get("next").flatMap(Self.safeNext) ?? "/"
        var response = try renderer.page("login", title: "Sign in",
                                         ["csrf": token, "next": next, "message": message as Any, "name": name], context: context, status: status)
        if request.cookies[CSRFGuard.cookieName] == nil {
            response.setCookie(.init(name: CSRFGuard.cookieName, value: token, path: "/", secure: config.secureCookies, httpOnly: true, sameSite: .strict))
        }
        return response
    }

    @Sendable func signIn(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        let name = form.text("name") ?? ""
        let password = form["password"] ?? ""
        let keys = ["user:" + name.lowercased()]
        let address = context.clientAddress.map { ["address:" + $0] } ?? []
        guard await limiter.allows(keys), await addressLimiter.allows(address) else {
            return try page(request, context: context, message: WebError.tooManyAttempts.message, status: .tooManyRequests, name: name)
        }
        guard let account = try await archive.user(named: name), !account.disabled,
              hasher.verify(password, hash: account.passwordHash)
        else {
            await limiter.recordFailure(keys)
            await addressLimiter.recordFailure(address)
            return try page(request, context: context, message: "the name or the password is wrong", status: .unauthorized, name: name)
        }
        await limiter.reset(keys)
        context.sessions.createSession(WebSession(user: account.name, csrf: CSRFGuard.newToken()), expiresIn: config.sessionLifetime)
        let next = form["next"].flatMap(Self.safeNext) ?? "/"
        return Response(status: .seeOther, headers: [.location: next])
    }

    @Sendable func signOut(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        context.sessions.clearSession()
        return Response(status: .seeOther, headers: [.location: "/"])
    }

    /// Only local paths, so the sign-in form cannot send anyone to another site.
    static func safeNext(_ path: String) -> String? {
        guard path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\") else { return nil }
        return path
    }
}
