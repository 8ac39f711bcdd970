import Foundation
import PostgresNIO

/// Where a PostgreSQL archive lives, parsed from a `postgres://user:password@host:port/db` URL.
public struct PostgresLocation: Sendable, Equatable {
    public enum TLSMode: String, Sendable { case disable, prefer, require }

    public var host: String
    public var port: Int
    public var username: String
    public var password: String?
    public var database: String
    public var tls: TLSMode

    /// Whether a location names a PostgreSQL server rather than a SQLite file.
    public static func isPostgresURL(_ location: String) -> Bool {
        let lower = location.lowercased()
        return lower.hasPrefix("postgres://") || lower.hasPrefix("postgresql://")
    }

    /// Parses a URL; `?sslmode=disable|prefer|require` picks TLS (default: disable, for loopback and Unix-socket-like
    /// setups behind a tunnel; use `require` across a network).
    public init(url: String) throws {
        guard Self.isPostgresURL(url), let parts = URLComponents(string: url) else {
            throw PostgresLocationError("'\(Self.redacted(url))' is not a postgres:// URL (expected postgres://user:password@host:port/database)")
        }
        guard let host = parts.host, !host.isEmpty else { throw PostgresLocationError("the PostgreSQL URL names no host") }
        guard let user = parts.percentEncodedUser.flatMap({ $0.removingPercentEncoding }), !user.isEmpty else {
            throw PostgresLocationError("the PostgreSQL URL names no user (postgres://user:password@host/database)")
        }
        let database = String(parts.path.drop { $0 == "/" })
        guard !database.isEmpty, !database.contains("/") else {
            throw PostgresLocationError("the PostgreSQL URL names no database (postgres://user:password@host/database)")
        }
        self.host = host
        port = parts.port ?? 5432
        username = user
        password = parts.percentEncodedPassword.flatMap { $0.removingPercentEncoding }
        self.database = database
        tls = .disable
        for item in parts.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let mode = TLSMode(rawValue: item.value ?? "") else {
                    throw PostgresLocationError("sslmode '\(item.value ?? "")' is not supported (use disable, prefer or require)")
                }
                tls = mode
            default:
                throw PostgresLocationError("unknown PostgreSQL URL parameter '\(item.name)' (only sslmode is understood)")
            }
        }
    }

    /// The URL without its password, for messages.
    public var description: String { "postgres://\(username)@\(host):\(port)/\(database)" }

    /// A URL with any password replaced, safe to print.
    public static func redacted(_ url: String) -> String {
        guard var parts = URLComponents(string: url), parts.password != nil else { return url }
        parts.password = "***"
        return parts.string ?? url
    }

    /// Opens and closes one connection, so that a wrong host, port or password fails at once with the server's
    /// reason instead of after the pool's retries.
    func probe() async throws {
        let tlsSetting: PostgresConnection.Configuration.TLS = switch tls {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: .makeClientConfiguration()))
        case .require: .require(try NIOSSLContext(configuration: .makeClientConfiguration()))
        }
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: username, password: password,
                                                             database: database, tls: tlsSetting)
        configuration.options.connectTimeout = .seconds(10)
        var logger = Logger(label: "kuzet.archive.postgres.probe")
        logger.logLevel = .critical
        let connection: PostgresConnection
        do {
            connection = try await PostgresConnection.connect(configuration: configuration, id: 0, logger: logger)
        } catch let error as PSQLError {
            if let message = error.serverInfo?[.message] { throw PostgresLocationError("cannot connect to \(description): \(message)") }
            let reason = error.underlying.map { String(describing: $0) } ?? String(describing: error.code)
            throw PostgresLocationError("cannot connect to \(description): \(reason)")
        }
        try await connection.close()
    }

    var clientConfiguration: PostgresClient.Configuration {
        let tlsSetting: PostgresClient.Configuration.TLS = switch tls {
        case .disable: .disable
        case .prefer: .prefer(.makeClientConfiguration())
        case .require: .require(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(host: host, port: port, username: username, password: password,
                                                         database: database, tls: tlsSetting)
        configuration.options.maximumConnections = 10
        configuration.options.connectTimeout = .seconds(10)
        // The archive's queries are short; JIT compilation would add tens of milliseconds to the large ones.
        configuration.options.additionalStartupParameters = [("jit", "off")]
        return configuration
    }
}

/// A PostgreSQL URL that cannot be used.
public struct PostgresLocationError: Error, CustomStringConvertible, Sendable {
    public let description: String
    init(_ message: String) { description = message }
}
