import Archive
import Hummingbird
import HummingbirdAuth

/// What a signed-in browser session remembers: the account and the token every form must echo.
public struct WebSession: Codable, Sendable {
    public var user: String
    public var csrf: String
    /// A digest of the account's password hash and two-step secret when the session began (`credential(of:)`): when
    /// either changes, every other session of the account ends, so a changed password locks out whoever knew the old one.
    public var credential: String

    init(user: String, csrf: String, credential: String) {
        self.user = user
        self.csrf = csrf
        self.credential = credential
    }

    init(for account: UserAccount) {
        self.init(user: account.name, csrf: CSRFGuard.newToken(), credential: Self.credential(of: account))
    }

    static func credential(of account: UserAccount) -> String {
        ContentDigest.sha256(account.passwordHash + "\n" + (account.totpSecret ?? ""))
    }
}

/// The per-request context: the session and the signed-in account, if any.
public struct WebContext: RequestContext, SessionRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let sessions: SessionContext<WebSession>
    /// The signed-in account, set by `SignedInUserMiddleware`.
    public var user: UserAccount?
    /// The client's IP address as the connection shows it (nil in router tests and on Unix sockets);
    /// sign-in failures are also limited per address.
    public let clientAddress: String?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        sessions = .init()
        user = nil
        clientAddress = source.channel.remoteAddress?.ipAddress
    }

    /// What this request may read.
    public var clearance: Clearance { user?.role.clearance ?? .anonymous }

    public var role: UserAccount.Role? { user?.role }

    /// Refuses the request unless the signed-in account has at least `role`.
    public func require(_ role: UserAccount.Role) throws -> UserAccount {
        guard let user else { throw WebError.signInRequired }
        guard user.role >= role else { throw WebError.forbidden("this needs the \(role.rawValue) role; you are \(user.role.rawValue)") }
        return user
    }

    /// The editor name written to the audit log.
    public var editor: Editor { Editor(user?.name ?? "anonymous") }

    /// The maximum size `request.decode` accepts; uploads use the configured limit explicitly.
    public var maxUploadSize: Int { 10 * 1024 * 1024 }
}
