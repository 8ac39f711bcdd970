import Archive
import Foundation
import Hummingbird
import LawBook
import HummingbirdAuth
import Logging

/// Builds the web application on an archive: pages, API and middleware, listening where `config` says.
public func buildApplication(_ config: WebConfig, archive: any Archive, lawBook: LawBook = .standard,
                             importer: ReportImporting? = nil, hasher: PasswordHasher = PasswordHasher(),
                             logger: Logger = Logger(label: "kuzet.web")) async throws -> some ApplicationProtocol {
    let router = try await buildRouter(config, archive: archive, lawBook: lawBook, importer: importer, hasher: hasher)
    return Application(router: router, configuration: .init(address: .hostname(config.host, port: config.port), serverName: "kuzet"),
                       logger: logger)
}

/// The router with every page and endpoint; tests call it without opening a port.
public func buildRouter(_ config: WebConfig, archive store: any Archive, lawBook: LawBook = .standard, importer: ReportImporting? = nil,
                        hasher: PasswordHasher = PasswordHasher()) async throws -> Router<WebContext> {
    let archive = CachingArchive(store)
    let renderer = try await PageRenderer()
    let assets = try StaticAssets()
    let router = Router(context: WebContext.self)
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: SessionMiddleware(
        storage: MemoryPersistDriver(),
        configuration: .init(sessionCookieParameters: .init(name: "kuzet_session", path: "/", secure: config.secureCookies, sameSite: .lax),
                             defaultSessionExpiration: config.sessionLifetime)))
    router.add(middleware: SignedInUserMiddleware(archive: archive))
    router.add(middleware: AnonymousPageCacheMiddleware(archive: archive))
    router.add(middleware: ErrorPageMiddleware(renderer: renderer))

    assets.add(to: router)
    router.get("/openapi.json", use: { _, _ in try OpenAPIDocument.response() })
    router.get("/health", use: { _, _ in "ok\n" })
    let twoStep = TwoStepLogins()
    AuthController(archive: archive, renderer: renderer, config: config, hasher: hasher,
                   limiter: LoginRateLimiter(limit: config.loginAttempts, window: config.loginWindow),
                   addressLimiter: LoginRateLimiter(limit: config.loginAttemptsPerAddress, window: config.loginWindow),
                   twoStep: twoStep).add(to: router)
    AccountPages(archive: archive, renderer: renderer, hasher: hasher, twoStep: twoStep).add(to: router)
    IncidentPages(archive: archive, renderer: renderer, config: config, lawBook: lawBook, cache: archive.cache).add(to: router)
    IncidentFeed(archive: archive, config: config).add(to: router)
    RecordEditPages(archive: archive, renderer: renderer, config: config).add(to: router)
    RecordWriteAPI(archive: archive, config: config).add(to: router)
    AttachmentPages(archive: archive, config: config).add(to: router)
    RecordPages(archive: archive, renderer: renderer, config: config, lawBook: lawBook).add(to: router)
    DashboardPage(archive: archive, renderer: renderer, config: config).add(to: router)
    ReportPages(archive: archive, renderer: renderer, lawBook: lawBook).add(to: router)
    AuditPages(archive: archive, renderer: renderer).add(to: router)
    UserPages(archive: archive, renderer: renderer, hasher: hasher).add(to: router)
    ReviewPages(archive: archive, renderer: renderer, config: config, lawBook: lawBook, cache: archive.cache).add(to: router)
    APIController(archive: archive, config: config, lawBook: lawBook).add(to: router)
    LawPages(lawBook: lawBook, renderer: renderer).add(to: router)
    RegistrationPages(lawBook: lawBook, renderer: renderer).add(to: router)
    ImportPages(renderer: renderer, config: config, importer: importer).add(to: router)
    return router
}

/// The stylesheet and script, read once at start and served with a long cache lifetime.
struct StaticAssets: Sendable {
    let files: [String: (type: String, body: ByteBuffer)]

    init() throws {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil)?.appendingPathComponent("static") else {
            throw WebError(.internalServerError, "the web assets are missing from the build")
        }
        var files: [String: (String, ByteBuffer)] = [:]
        for (name, type) in [("kuzet.css", "text/css; charset=utf-8"), ("kuzet.js", "text/javascript; charset=utf-8")] {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            files[name] = (type, ByteBuffer(data: data))
        }
        self.files = files
    }

    func add(to router: Router<WebContext>) {
        router.get("/static/{file}") { _, context in
            let name = try context.parameters.require("file")
            guard let file = files[name] else { throw WebError.notFound("file '\(name)'") }
            return Response(status: .ok, headers: [.contentType: file.type, .cacheControl: "public, max-age=3600"], body: .init(byteBuffer: file.body))
        }
    }
}
