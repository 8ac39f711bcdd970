import CivicModel

/// Kuzet's reading of which international standards a kind of incident engages (`incident-checks.yaml`).
///
/// A link applies when the incident meets every condition it states, each by any one of its values.
public struct StandardLink: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let rights: [AffectedRight]?
    public let eventTypes: [EventType]?
    /// Article record ids (`coao-2014-73`), matched against the articles in force on the incident's date.
    public let articles: [String]?
    public let standards: [String]
    /// What the link rests on, in plain words.
    public let why: String

    /// Whether an incident with these rights, event type and resolved articles meets every stated condition.
    func applies(rights affected: [AffectedRight], eventType: EventType, articleIDs: Set<String>) -> Bool {
        if let rights, !rights.contains(where: affected.contains) { return false }
        if let eventTypes, !eventTypes.contains(eventType) { return false }
        if let articles, !articles.contains(where: articleIDs.contains) { return false }
        return rights != nil || eventTypes != nil || articles != nil
    }
}
