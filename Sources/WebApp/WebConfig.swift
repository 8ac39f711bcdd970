import Foundation

/// How the web application runs: where it listens and the limits it enforces.
public struct WebConfig: Sendable {
    public var host: String
    public var port: Int
    /// The largest request body accepted (uploads, forms, JSON), in bytes.
    public var maxUploadBytes: Int
    /// How long a signed-in session lasts without a new sign-in.
    public var sessionLifetime: Duration
    /// Failed sign-ins allowed per account within `loginWindow`.
    public var loginAttempts: Int
    /// Failed sign-ins allowed per client address (whatever the account) within `loginWindow`.
    public var loginAttemptsPerAddress: Int
    public var loginWindow: Duration
    /// Whether cookies carry `Secure` (set when served behind HTTPS).
    public var secureCookies: Bool
    /// Rows per page in lists.
    public var pageSize: Int
    /// The most matching incidents for which the dashboard and `/api/v1/stats` read every incident to
    /// count persons, prosecutions, detention days and fines; above it they show incident counts only.
    public var statisticsLimit: Int
    /// The most matches the incident list and the search API count exactly; beyond it they say "more
    /// than" this many and count facets over the newest this many, so that a broad search over a
    /// large archive answers as fast as a narrow one.
    public var countLimit: Int
    /// The most incidents one download of the incident list holds (`/incidents/export`); larger exports are the
    /// command line's (`kuzet export`), which streams from the archive on the server itself.
    public var exportLimit: Int

    public init(host: String = "127.0.0.1", port: Int = 8080, maxUploadBytes: Int = 10 * 1024 * 1024,
                sessionLifetime: Duration = .seconds(8 * 60 * 60), loginAttempts: Int = 5, loginAttemptsPerAddress: Int = 20,
                loginWindow: Duration = .seconds(15 * 60), secureCookies: Bool = false, pageSize: Int = 25,
                statisticsLimit: Int = 20_000, countLimit: Int = 10_000, exportLimit: Int = 20_000) {
        self.host = host
        self.port = port
        self.maxUploadBytes = maxUploadBytes
        self.sessionLifetime = sessionLifetime
        self.loginAttempts = loginAttempts
        self.loginAttemptsPerAddress = loginAttemptsPerAddress
        self.loginWindow = loginWindow
        self.secureCookies = secureCookies
        self.pageSize = pageSize
        self.statisticsLimit = statisticsLimit
        self.countLimit = countLimit
        self.exportLimit = exportLimit
    }
}
