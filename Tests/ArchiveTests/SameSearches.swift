import Archive
import Testing

/// Expects two archives to answer the same searches alike: the page, its total and the facets, for
/// each viewer. The stores' shared tests compare a store with `MemoryArchive` through it.
func expectSameSearches(_ expected: any Archive, _ actual: any Archive, queries: [IncidentQuery], viewers: [Clearance],
                        sourceLocation: SourceLocation = #_sourceLocation) async throws {
    for viewer in viewers {
        for query in queries {
            let a = try await expected.incidents(matching: query, as: viewer)
            let b = try await actual.incidents(matching: query, as: viewer)
            #expect(a.total == b.total, "total for \(query) as \(viewer.level)", sourceLocation: sourceLocation)
            #expect(a.incidents == b.incidents, "page for \(query) as \(viewer.level)", sourceLocation: sourceLocation)
            let fa = try await expected.facets(matching: query, as: viewer)
            let fb = try await actual.facets(matching: query, as: viewer)
            #expect(fa == fb, "facets for \(query) as \(viewer.level)", sourceLocation: sourceLocation)
        }
    }
}
