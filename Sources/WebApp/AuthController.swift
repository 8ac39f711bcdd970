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
    /// Sign-ins waiting for the code of an account with two-step sign-in.
    let twoStep: TwoStepLogins

    func add(to router: Router<WebContext>) {
        router.get("/login", use: form)
        router.post("/login", use: signIn)
        router.post("/login/code", use: signInWithCode)
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
        let next = form["next"].flatMap(Self.safeNext) ?? "/"
        if account.totpSecret != nil {
            let token = await twoStep.start(user: account.name, next: next)
            return try codePage(request, context: context, token: token, message: nil, status: .ok)
        }
        return startSession(for: account, next: next, context: context)
    }

    /// The second step: the six-digit code from the account's authenticator app.
    @Sendable func signInWithCode(_ request: Request, context: WebContext) async throws -> Response {
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        let token = form["token"] ?? ""
        guard let waiting = await twoStep.waiting(token) else {
            return try page(request, context: context, message: "the sign-in took too long or had too many wrong codes; sign in again", status: .unauthorized)
        }
        let keys = ["code:" + waiting.user.lowercased()]
        guard await limiter.allows(keys) else {
            return try codePage(request, context: context, token: token, message: WebError.tooManyAttempts.message, status: .tooManyRequests)
        }
        let recovery = form.text("recovery")
        guard var account = try await archive.user(named: waiting.user), !account.disabled,
              let secret = account.totpSecret.flatMap(TOTP.init(base32:))
        else {
            return try page(request, context: context, message: "this sign-in can no longer go on; sign in again", status: .unauthorized)
        }
        let done: TwoStepLogins.Pending?
        if let recovery {
            // A recovery code instead of the phone's: used up as it signs in.
            done = await twoStep.complete(token, recovery: recovery, digests: account.recoveryCodes).map { found, left in
                account.recoveryCodes = left
                return found
            }
            if done != nil { try await archive.save(user: account, by: Editor(account.name)) }
        } else {
            done = await twoStep.complete(token, code: form["code"] ?? "", secret: secret)
        }
        guard let done else {
            await limiter.recordFailure(keys)
            if await twoStep.waiting(token) == nil {
                return try page(request, context: context, message: "too many wrong codes; sign in again", status: .unauthorized)
            }
            return try codePage(request, context: context, token: token,
                                message: recovery == nil ? "the code is wrong or has been used" : "that recovery code is wrong or has been used",
                                status: .unauthorized)
        }
        await limiter.reset(keys)
        return startSession(for: account, next: done.next, context: context)
    }

    private func codePage(_ request: Request, context: WebContext, token: String, message: String?, status: HTTPResponse.Status) throws -> Response {
        let csrf = request.cookies[CSRFGuard.cookieName]?.value ?? ""
        return try renderer.page("login-code", title: "Sign in: code", ["csrf": csrf, "token": token, "message": message as Any],
                                 context: context, status: status)
    }

    private func startSession(for account: UserAccount, next: String, context: WebContext) -> Response {
        context.sessions.createSession(WebSession(for: account), expiresIn: config.sessionLifetime)
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
