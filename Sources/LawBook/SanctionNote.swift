import CivicModel

/// What the sources say about a kind of sanction imposed under a code (`incident-checks.yaml`), shown with every
/// such sanction an incident's legal check meets.
public struct SanctionNote: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let kind: SanctionKind
    public let code: LegalCode
    public let note: String
    /// Fact IDs.
    public let source: [String]
}
