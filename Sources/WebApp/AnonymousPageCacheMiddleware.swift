import Archive
import Hummingbird

/// Serves the archive's pages to anonymous visitors from `ArchiveCache` while the archive is unchanged.
///
/// Anonymous visitors all see the same thing: public records only, with no account, session or form token
/// on the page. So a page rendered for one of them can be served to the next. Signed-in users always get a
/// fresh render: their pages carry restricted records and their own CSRF token.
///
/// Only successful GETs of the record pages are kept: the incident list and incident pages, persons,
/// organisations, places, sources and the dashboard. Validity follows the rest of the cache. A write through
/// the web app empties it. A write from elsewhere is noticed within a second. A page also expires after the
/// cache's `pageLifetime`. Errors, redirects and downloads are never kept.
struct AnonymousPageCacheMiddleware: RouterMiddleware {
    let archive: CachingArchive

    /// The path prefixes of pages that depend only on the archive's public records and the URL.
    static let cachedPrefixes = ["/incidents", "/persons", "/organizations", "/places", "/sources", "/dashboard"]

    func handle(_ request: Request, context: WebContext, next: (Request, WebContext) async throws -> Response) async throws -> Response {
        guard request.method == .get, context.user == nil, Self.isCached(request.uri.path) else {
            return try await next(request, context)
        }
        let key = request.uri.description
        let (hit, generation) = try await archive.cache.page(key, in: archive.base)
        if let hit { return Self.response(hit) }
        let response = try await next(request, context)
        guard response.status == .ok, response.headers[.contentType]?.hasPrefix("text/html") == true,
              response.headers[.setCookie] == nil, response.headers[.cacheControl] == nil
        else { return response }
        let collector = BodyCollector()
        try await response.body.write(collector)
        await archive.cache.store(page: collector.buffer, at: key, generation: generation)
        return Self.response(collector.buffer)
    }

    static func isCached(_ path: String) -> Bool {
        cachedPrefixes.contains { path.hasPrefix($0) } && !path.hasPrefix("/dashboard/charts")
    }

    static func response(_ html: ByteBuffer) -> Response {
        Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: html))
    }
}

/// A response body writer that keeps what is written, to store a rendered page.
private final class BodyCollector: ResponseBodyWriter {
    var buffer = ByteBuffer()

    func write(_ part: ByteBuffer) async throws {
        var part = part
        buffer.writeBuffer(&part)
    }

    func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
