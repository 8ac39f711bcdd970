import Archive
import CivicModel
import Foundation

/// How each kind of record is laid out in its table: the JSON body plus the columns queries filter and sort on.
enum RecordColumns {
    static func table(_ kind: RecordKind) -> String {
        switch kind {
        case .incident: "incidents"
        case .person: "persons"
        case .organization: "organizations"
        case .place: "places"
        case .source: "sources"
        }
    }

    /// Whether the kind's table has a confidentiality column (places are always visible).
    static func hasConfidentiality(_ kind: RecordKind) -> Bool { kind != .place }

    /// The rank stored for a confidentiality level: 0 public, 1 restricted, 2 confidential.
    static func rank(_ level: Confidentiality) -> Int { Confidentiality.allCases.firstIndex(of: level)! }

    static func confidentiality(of record: any ArchiveRecord) -> Confidentiality {
        switch record {
        case let r as Incident: r.confidentiality
        case let r as Person: r.confidentiality
        case let r as Organization: r.confidentiality
        case let r as Source: r.confidentiality
        default: .public
        }
    }

    /// Words joined for storage as a `tsvector` of exactly these lexemes (see `BulkInsert.Shape.words`).
    static func lexemes<S: Sequence>(_ words: S) -> String where S.Element == String {
        // PostgreSQL refuses lexemes over 2 KiB; no real word is that long.
        Set(words).filter { !$0.isEmpty && $0.utf8.count < 2046 }.sorted().joined(separator: " ")
    }

    /// The prefix query for search words: every word, as a prefix, must occur.
    static func prefixQuery(_ words: [String]) -> String {
        words.map { "'\($0.replacingOccurrences(of: "'", with: "''").replacingOccurrences(of: "\\", with: "\\\\"))':*" }
            .joined(separator: " & ")
    }

    /// The statement that stores the rows of records of one kind (already given their new revisions).
    static func upsert<R: ArchiveRecord>(_ records: [(record: R, body: String)], search: [String: IncidentSearch] = [:]) throws -> BulkInsert {
        var insert = BulkInsert(table: table(R.recordKind))
        insert.add("id", records.map(\.record.id.rawValue))
        insert.add("revision", records.map(\.record.revision))
        insert.add("body", records.map(\.body))
        insert.add("sort_name", records.map { RecordListing.sortName(of: $0.record) })
        insert.add("names", records.map { lexemes(RecordListing.nameWords(of: $0.record)) }, .words)
        if hasConfidentiality(R.recordKind) {
            insert.add("confidentiality", records.map { rank(confidentiality(of: $0.record)) })
        }
        switch R.recordKind {
        case .place:
            insert.add("region_id", records.map { ($0.record as! Place).regionID?.rawValue ?? "" }, .nullIfEmpty)
        case .person:
            insert.add("place_id", records.map { ($0.record as! Person).placeID?.rawValue ?? "" }, .nullIfEmpty)
        case .organization:
            insert.add("place_id", records.map { ($0.record as! Organization).placeID?.rawValue ?? "" }, .nullIfEmpty)
        case .incident:
            let incidents = records.map { $0.record as! Incident }
            insert.add("status", incidents.map(\.status.rawValue))
            insert.add("event_type", incidents.map(\.eventType.rawValue))
            insert.add("earliest_day", incidents.map { $0.date?.earliestDay ?? "" }, .nullIfEmpty)
            insert.add("latest_day", incidents.map { $0.date?.latestDay ?? "" }, .nullIfEmpty)
            insert.add("year", incidents.map { $0.date.map { String($0.year) } ?? "" }, .nullIfEmpty)
            insert.add("month", incidents.map { d in d.date.flatMap { $0.month != nil ? String($0.iso.prefix(7)) : nil } ?? "" }, .nullIfEmpty)
            for (level, column) in IncidentSearch.columns.enumerated() {
                insert.add(column, incidents.map { search[$0.id.rawValue]?.words[level] ?? "" }, .words)
            }
        case .source:
            break
        }
        return insert
    }
}

/// The words an incident is found by at each clearance level: its own text and the names of the records it links
/// to that a viewer at that level may see (as `MemoryArchive` computes them on the redacted incident).
struct IncidentSearch {
    static let columns = ["search_public", "search_restricted", "search_confidential"]

    /// Space-joined lexemes per level rank.
    var words: [String]

    /// What the search needs to know of linked records.
    struct Linked {
        var persons: [String: (names: [String], rank: Int)] = [:]
        var organizations: [String: (names: [String], rank: Int)] = [:]
        var places: [String: [String]] = [:]
        var sources: [String: Int] = [:]
    }

    init(_ incident: Incident, linked: Linked) {
        words = Confidentiality.allCases.map { level in
            let rank = RecordColumns.rank(level)
            var text = [incident.summary]
            if level != .public { text.append(incident.notes ?? "") }
            text += incident.passages.filter { (linked.sources[$0.sourceID.rawValue] ?? Int.max) <= rank }.compactMap(\.quote)
            text += incident.persons.compactMap { link in
                linked.persons[link.personID.rawValue].flatMap { $0.rank <= rank ? $0.names.joined(separator: " ") : nil }
            }
            text += incident.organizations.compactMap { link in
                linked.organizations[link.organizationID.rawValue].flatMap { $0.rank <= rank ? $0.names.joined(separator: " ") : nil }
            }
            text += incident.places.compactMap { linked.places[$0.rawValue]?.joined(separator: " ") }
            return RecordColumns.lexemes(text.flatMap(SearchText.words))
        }
    }
}
