import Archive
import Foundation
import Hummingbird

/// The signed-in user's own account: change the password, switch two-step sign-in on or off, and make new recovery
/// codes for it.
struct AccountPages {
    let archive: any Archive
    let renderer: PageRenderer
    let hasher: PasswordHasher
    let twoStep: TwoStepLogins

    func add(to router: Router<WebContext>) {
        router.get("/account", use: show)
        router.post("/account/password", use: changePassword)
        router.post("/account/two-step/new", use: newSecret)
        router.post("/account/two-step", use: switchOn)
        router.post("/account/two-step/off", use: switchOff)
        router.post("/account/recovery-codes", use: newRecoveryCodes)
    }

    @Sendable func show(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.viewer)
        return try page(user, context: context, message: nil, status: .ok, done: request.uri.queryParameters.get("done").map(Self.doneMessage))
    }

    private static func doneMessage(_ what: String) -> String {
        switch what {
        case "password": "Your password was changed."
        case "on": "Two-step sign-in is on: from now on Kuzet asks for a code after your password."
        case "off": "Two-step sign-in is off."
        default: ""
        }
    }

    /// The account page; `message` tells what went wrong, `done` what went well.
    private func page(_ user: UserAccount, context: WebContext, message: String?, status: HTTPResponse.Status, done: String? = nil,
                      enrolment: [String: Any]? = nil, newCodes: [String]? = nil) throws -> Response {
        try renderer.page("account", title: "Your account", [
            "name": user.name, "role": user.role.rawValue, "twoStep": user.totpSecret != nil, "csrf": context.sessions.session?.csrf ?? "",
            "message": message as Any, "done": done.flatMap { $0.isEmpty ? nil : $0 } as Any, "minimum": PasswordHasher.minimumLength, "enrolment": enrolment as Any,
            "newCodes": newCodes ?? [], "showCodes": newCodes != nil, "codesLeft": user.recoveryCodes.count == 1 ? "1 recovery code" : "\(user.recoveryCodes.count) recovery codes",
            "codesLow": user.totpSecret != nil && user.recoveryCodes.count < RecoveryCodes.lowMark,
        ], context: context, status: status)
    }

    /// Makes new recovery codes for the account, saves their digests and shows the codes, this once.
    private func recoveryCodesPage(_ user: UserAccount, context: WebContext, done: String) async throws -> Response {
        var user = user
        let codes = RecoveryCodes.generate()
        user.recoveryCodes = codes.compactMap(RecoveryCodes.digest)
        try await archive.save(user: user, by: Editor(user.name))
        keepThisSession(user, context: context)
        return try page(user, context: context, message: nil, status: .ok, done: done, newCodes: codes)
    }

    /// `POST /account/password` (`current`, `new`, `repeat`).
    @Sendable func changePassword(_ request: Request, context: WebContext) async throws -> Response {
        var (user, form) = try await signedInForm(request, context: context)
        guard hasher.verify(form["current"] ?? "", hash: user.passwordHash) else {
            return try page(user, context: context, message: "the current password is wrong", status: .unauthorized)
        }
        guard form["new"] == form["repeat"] else {
            return try page(user, context: context, message: "the new password and its repetition differ", status: .badRequest)
        }
        do { user.passwordHash = try hasher.hash(form["new"] ?? "") } catch let error as WebError {
            return try page(user, context: context, message: error.message, status: error.status)
        }
        try await archive.save(user: user, by: Editor(user.name))
        keepThisSession(user, context: context)
        return Response(status: .seeOther, headers: [.location: "/account?done=password"])
    }

    /// `POST /account/two-step/new`: a new secret to put in the app, and a field for its first code.
    @Sendable func newSecret(_ request: Request, context: WebContext) async throws -> Response {
        let (user, _) = try await signedInForm(request, context: context)
        return try enrolmentPage(user, secret: TOTP.newSecret(), context: context, message: nil, status: .ok)
    }

    private func enrolmentPage(_ user: UserAccount, secret: String, context: WebContext, message: String?, status: HTTPResponse.Status) throws -> Response {
        let grouped = stride(from: 0, to: secret.count, by: 4).map { i in
            String(secret.dropFirst(i).prefix(4))
        }.joined(separator: " ")
        return try page(user, context: context, message: message, status: status,
                        enrolment: ["secret": secret, "grouped": grouped, "uri": TOTP.uri(secret: secret, account: user.name)])
    }

    /// `POST /account/two-step` (`secret`, `code`): on, once the app shows a code for the secret.
    @Sendable func switchOn(_ request: Request, context: WebContext) async throws -> Response {
        var (user, form) = try await signedInForm(request, context: context)
        let secret = form["secret"] ?? ""
        guard let totp = TOTP(base32: secret) else { throw WebError.badRequest("the secret is not a base32 key") }
        guard let step = totp.step(matching: form["code"] ?? "", at: await twoStep.now()) else {
            return try enrolmentPage(user, secret: secret, context: context,
                                     message: "the code does not fit this key: check that the phone's clock is right and type the code shown now",
                                     status: .badRequest)
        }
        await twoStep.use(step: step, for: user.name)
        user.totpSecret = secret
        return try await recoveryCodesPage(user, context: context, done: Self.doneMessage("on"))
    }

    /// `POST /account/recovery-codes` (`current`: the password): new recovery codes; the old ones stop working.
    @Sendable func newRecoveryCodes(_ request: Request, context: WebContext) async throws -> Response {
        let (user, form) = try await signedInForm(request, context: context)
        guard user.totpSecret != nil else { throw WebError.badRequest("two-step sign-in is off: there are no recovery codes to replace") }
        guard hasher.verify(form["current"] ?? "", hash: user.passwordHash) else {
            return try page(user, context: context, message: "the password is wrong", status: .unauthorized)
        }
        return try await recoveryCodesPage(user, context: context, done: "New recovery codes: the old ones no longer work.")
    }

    /// `POST /account/two-step/off` (`current`: the password).
    @Sendable func switchOff(_ request: Request, context: WebContext) async throws -> Response {
        var (user, form) = try await signedInForm(request, context: context)
        guard hasher.verify(form["current"] ?? "", hash: user.passwordHash) else {
            return try page(user, context: context, message: "the password is wrong", status: .unauthorized)
        }
        user.switchOffTwoStep()
        try await archive.save(user: user, by: Editor(user.name))
        keepThisSession(user, context: context)
        return Response(status: .seeOther, headers: [.location: "/account?done=off"])
    }

    /// A change of password or two-step secret ends the account's other sessions (`SignedInUserMiddleware`); this
    /// one, which made the change, goes on.
    private func keepThisSession(_ user: UserAccount, context: WebContext) {
        guard let session = context.sessions.session else { return }
        _ = context.sessions.updateSession(WebSession(user: session.user, csrf: session.csrf, credential: WebSession.credential(of: user)))
    }

    /// The account as stored now (the session's copy may be older) and the form it posted, its CSRF token checked.
    private func signedInForm(_ request: Request, context: WebContext) async throws -> (UserAccount, FormData) {
        let user = try context.require(.viewer)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        return (try await archive.user(named: user.name).orThrow(WebError.signInRequired), form)
    }
}
