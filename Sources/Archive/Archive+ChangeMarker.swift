extension Archive {
    /// A number that grows with every write: the sequence of the newest audit entry (0 for an empty log).
    ///
    /// Every change to a record appends to the audit log in the same transaction, so anything derived
    /// from the records (facet counts, statistics) is still current while this number is unchanged.
    /// Cheap on every implementation: one row, newest first, by the log's primary key.
    public func changeMarker() async throws -> Int64 {
        try await auditLog(AuditQuery(limit: 1)).first?.sequence ?? 0
    }
}
