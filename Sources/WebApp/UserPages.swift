import Archive
import Foundation
import Hummingbird

/// Account administration: list accounts, add one, change a role, disable or enable. Admins only.
struct UserPages {
    let archive: any Archive
    let renderer: PageRenderer
    let hasher: PasswordHasher

    func add(to router: Router<WebContext>) {
        router.get("/users", use: list)
        router.post("/users", use: create)
        router.post("/users/{name}", use: change)
    }

    @Sendable func list(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.admin)
        return try await page(context: context, message: nil, status: .ok)
    }

    private func page(context: WebContext, message: String?, status: HTTPResponse.Status) async throws -> Response {
        let users = try await archive.users().map { u -> [String: Any] in
            ["name": u.name, "role": u.role.rawValue, "disabled": u.disabled, "twoStep": u.totpSecret != nil, "codesLeft": u.recoveryCodes.count, "created": AuditPages.time(u.createdAt),
             "roles": UserAccount.Role.allCases.map { ["value": $0.rawValue, "selected": $0 == u.role] }, "isSelf": u.name == context.user?.name]
        }
        return try renderer.page("users", title: "Users", ["users": users, "message": message as Any, "csrf": context.sessions.session?.csrf ?? "",
                                                            "roles": UserAccount.Role.allCases.map(\.rawValue)], context: context, status: status)
    }

    static func validName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "-_.".unicodeScalars.contains($0) }
    }

    @Sendable func create(_ request: Request, context: WebContext) async throws -> Response {
        let admin = try context.require(.admin)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        let name = form.text("name") ?? ""
        guard Self.validName(name) else {
            return try await page(context: context, message: "a user name has letters, digits, '-', '_' or '.', at most 64", status: .badRequest)
        }
        guard try await archive.user(named: name) == nil else {
            return try await page(context: context, message: "user '\(name)' already exists", status: .conflict)
        }
        do {
            let role = try UserAccount.Role(rawValue: form["role"] ?? "").orThrow(WebError.badRequest("the role must be viewer, editor or admin"))
            let hash = try hasher.hash(form["password"] ?? "")
            try await archive.save(user: UserAccount(name: name, role: role, passwordHash: hash), by: Editor(admin.name))
        } catch let error as WebError {
            return try await page(context: context, message: error.message, status: error.status)
        }
        return Response(status: .seeOther, headers: [.location: "/users"])
    }

    @Sendable func change(_ request: Request, context: WebContext) async throws -> Response {
        let admin = try context.require(.admin)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        let name = try context.parameters.require("name")
        guard var account = try await archive.user(named: name) else { throw WebError.notFound("user '\(name)'") }
        if let role = form["role"] {
            account.role = try UserAccount.Role(rawValue: role).orThrow(WebError.badRequest("the role must be viewer, editor or admin"))
        }
        if let disabled = form["disabled"] { account.disabled = disabled == "true" }
        // An administrator can only switch two-step sign-in off (for a lost phone); switching it on is the user's own step.
        if form["twoStep"] == "off" { account.switchOffTwoStep() }
        if account.name == admin.name, account.role != .admin || account.disabled {
            return try await page(context: context, message: "you cannot remove your own administrator rights", status: .badRequest)
        }
        try await archive.save(user: account, by: Editor(admin.name))
        return Response(status: .seeOther, headers: [.location: "/users"])
    }
}

extension Optional {
    func orThrow(_ error: @autoclosure () -> any Error) throws -> Wrapped {
        guard let self else { throw error() }
        return self
    }
}
