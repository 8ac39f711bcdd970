import Archive
import CivicModel
import Hummingbird

/// What the web app remembers between requests: facet counts of recent searches, the places, persons,
/// organisations and sources that pages name, and pages as anonymous visitors see them. Everything is
/// dropped when the archive changes.
///
/// Counting facets means reading every matching incident, and a list page names ~100 linked records;
/// over a large archive those are most of a page's cost, and the same searches and names come back all
/// day. Validity follows `Archive.changeMarker()`: a write through the web app empties the cache at
/// once; a write from elsewhere (the command line, another server on the same PostgreSQL) is noticed at
/// the next check, at most `recheck` later.
actor ArchiveCache {
    struct FacetKey: Hashable {
        var query: IncidentQuery
        var clearance: Clearance
    }

    struct RecordKey: Hashable {
        var kind: RecordKind
        var id: String
        var clearance: Clearance
    }

    let recheck: Duration
    let facetCapacity: Int
    let recordCapacity: Int
    let sourceCapacity: Int
    private var marker: Int64?
    private var checkedAt: ContinuousClock.Instant?
    private var facets = RecencyTable<FacetKey, IncidentFacets>()
    /// A record that does not exist or is above the viewer is remembered too, as nil.
    private var records = RecencyTable<RecordKey, (any ArchiveRecord)?>()
    /// Sources apart from the other records: they carry whole report texts, so few are kept, and making room
    /// among them should not mean looking through every other record.
    private var sources = RecencyTable<RecordKey, (any ArchiveRecord)?>()
    private var scalarIndexes: [String: ScalarIndex] = [:]
    /// The incidents that have files, while the archive is unchanged.
    private var withAttachments: Set<Incident.ID>?
    /// Pages rendered for anonymous visitors, by path and query, with when they were rendered.
    private var pages = RecencyTable<String, (html: ByteBuffer, rendered: ContinuousClock.Instant)>()
    private var pageBytes = 0
    let pageBudget: Int
    let pageLifetime: Duration
    /// Bumped whenever the cache is emptied, so that a read which started before a write never stores
    /// what it read after the write emptied the cache.
    private var generation: UInt64 = 0
    private(set) var hits = 0
    private(set) var misses = 0

    init(recheck: Duration = .seconds(1), facetCapacity: Int = 256, recordCapacity: Int = 20_000, sourceCapacity: Int = 64,
         pageBudget: Int = 16 * 1024 * 1024, pageLifetime: Duration = .seconds(300)) {
        self.recheck = recheck
        self.pageBudget = pageBudget
        self.pageLifetime = pageLifetime
        self.facetCapacity = facetCapacity
        self.recordCapacity = recordCapacity
        self.sourceCapacity = sourceCapacity
    }

    /// Forgets everything: called after every write through the web app.
    func invalidate() {
        clear()
        checkedAt = nil
    }

    private func clear() {
        generation += 1
        facets.removeAll()
        records.removeAll()
        sources.removeAll()
        scalarIndexes = [:]
        withAttachments = nil
        pages.removeAll()
        pageBytes = 0
    }

    /// Empties the cache when the archive changed since the last look (looking at most once per `recheck`).
    private func revalidate(_ archive: any Archive) async throws {
        let now = ContinuousClock.now
        if let checkedAt, now - checkedAt < recheck { return }
        let current = try await archive.changeMarker()
        if current != marker {
            clear()
            marker = current
        }
        checkedAt = now
    }

    func facets(of query: IncidentQuery, as viewer: Clearance, in archive: any Archive) async throws -> IncidentFacets {
        var unpaged = query
        unpaged.limit = 0
        unpaged.offset = 0
        unpaged.sort = .dateDescending
        let key = FacetKey(query: unpaged, clearance: viewer)
        try await revalidate(archive)
        if let hit = facets.value(at: key) {
            hits += 1
            return hit
        }
        misses += 1
        let started = generation
        let counted = try await archive.facets(matching: unpaged, as: viewer)
        guard generation == started else { return counted }
        facets.set(counted, at: key)
        if facets.count > facetCapacity { facets.dropOlderHalf() }
        return counted
    }

    /// A linked record (place, person, organisation, source) as the viewer may see it; nil when it does not
    /// exist or is above the viewer's clearance, which is remembered too.
    func fetch<R: ArchiveRecord>(_ type: R.Type, id: R.ID, as viewer: Clearance, in archive: any Archive) async throws -> R? {
        let key = RecordKey(kind: R.recordKind, id: id.rawValue, clearance: viewer)
        try await revalidate(archive)
        let isSource = R.recordKind == .source
        if let hit = isSource ? sources.value(at: key) : records.value(at: key) {
            hits += 1
            return hit as? R
        }
        misses += 1
        let started = generation
        let found = try await archive.fetch(type, id: id, as: viewer)
        guard generation == started else { return found }
        if isSource {
            sources.set(found, at: key)
            if sources.count > sourceCapacity { sources.dropOlderHalf() }
        } else {
            records.set(found, at: key)
            if records.count > recordCapacity { records.dropOlderHalf() }
        }
        return found
    }

    func incidentsWithAttachments(in archive: any Archive) async throws -> Set<Incident.ID> {
        try await revalidate(archive)
        if let withAttachments { return withAttachments }
        let started = generation
        let found = try await archive.incidentsWithAttachments()
        if generation == started { withAttachments = found }
        return found
    }

    /// The scalar index of a source's text, built on first use and kept with the source's revision
    /// (at most `sourceCapacity` of them).
    func scalarIndex(of source: Source) -> ScalarIndex? {
        guard let text = source.text else { return nil }
        let key = "\(source.id.rawValue)#\(source.revision)"
        if let hit = scalarIndexes[key] { return hit }
        let index = ScalarIndex(text)
        if scalarIndexes.count >= sourceCapacity { scalarIndexes = [:] }
        scalarIndexes[key] = index
        return index
    }

    /// The page at `key` (path and query) as an anonymous visitor saw it, while the archive is unchanged
    /// and the page younger than `pageLifetime`; otherwise nil and the generation to store a new one with.
    func page(_ key: String, in archive: any Archive) async throws -> (html: ByteBuffer?, generation: UInt64) {
        try await revalidate(archive)
        if let entry = pages.value(at: key) {
            if ContinuousClock.now - entry.rendered < pageLifetime {
                hits += 1
                return (entry.html, generation)
            }
            pages.remove(at: key)
            pageBytes -= entry.html.readableBytes
        }
        misses += 1
        return (nil, generation)
    }

    /// Keeps a page rendered for an anonymous visitor, unless the archive changed while it was rendered.
    /// Past `pageBudget` bytes, the less recently used half goes.
    func store(page html: ByteBuffer, at key: String, generation started: UInt64) {
        guard started == generation, html.readableBytes <= pageBudget / 16 else { return }
        pageBytes += html.readableBytes - (pages.set((html, ContinuousClock.now), at: key)?.html.readableBytes ?? 0)
        if pageBytes > pageBudget {
            pageBytes -= pages.dropOlderHalf().reduce(0) { $0 + $1.html.readableBytes }
        }
    }
}
