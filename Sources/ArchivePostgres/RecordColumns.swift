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
        case .attachment: "attachments"
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
        case let r as Attachment: r.confidentiality
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
        case .attachment:
            insert.add("incident_id", records.map { ($0.record as! Attachment).incidentID.rawValue })
            insert.add("sha256", records.map { ($0.record as! Attachment).sha256 })
        case .source:
            break
        }
        return insert
    }
}

/// What an incident is found by at each clearance level: its own words and the names of the records it links to
/// that a viewer at that level may see (as `MemoryArchive` computes them on the redacted incident), plus one facet
/// token per filterable value (`SearchToken`). A level's vector is empty when the incident is above that level, so
/// a search is a single GIN lookup: clearance, facet filters and words in one `tsquery`, no row checks afterwards.
struct IncidentSearch {
    static let columns = ["search_public", "search_restricted", "search_confidential"]

    /// Space-joined lexemes per level rank.
    var words: [String]

    /// What the search needs to know of linked records.
    struct Linked {
        var persons: [String: (names: [String], rank: Int)] = [:]
        var organizations: [String: (names: [String], rank: Int)] = [:]
        var places: [String: (names: [String], regionID: String?)] = [:]
        var sources: [String: Int] = [:]
    }

    init(_ incident: Incident, linked: Linked) {
        let own = RecordColumns.rank(incident.confidentiality)
        words = Confidentiality.allCases.map { level in
            let rank = RecordColumns.rank(level)
            guard own <= rank else { return "" }
            var text = [incident.summary]
            if level != .public { text.append(incident.notes ?? "") }
            let sources = incident.passages.filter { (linked.sources[$0.sourceID.rawValue] ?? Int.max) <= rank }
            text += sources.compactMap(\.quote)
            let persons = incident.persons.filter { (linked.persons[$0.personID.rawValue]?.rank ?? Int.max) <= rank }
            text += persons.compactMap { linked.persons[$0.personID.rawValue]?.names.joined(separator: " ") }
            let organizations = incident.organizations.filter { (linked.organizations[$0.organizationID.rawValue]?.rank ?? Int.max) <= rank }
            text += organizations.compactMap { linked.organizations[$0.organizationID.rawValue]?.names.joined(separator: " ") }
            text += incident.places.compactMap { linked.places[$0.rawValue]?.names.joined(separator: " ") }

            var tokens = [SearchToken.status(incident.status.rawValue), SearchToken.eventType(incident.eventType.rawValue),
                          SearchToken.confidentiality(own)]
            if let date = incident.date { tokens.append(SearchToken.year(date.year)) }
            for place in incident.places {
                tokens.append(SearchToken.place(place.rawValue))
                tokens.append(SearchToken.region(place.rawValue))
                if let region = linked.places[place.rawValue]?.regionID { tokens.append(SearchToken.region(region)) }
            }
            tokens += persons.map { SearchToken.person($0.personID.rawValue) }
            tokens += organizations.map { SearchToken.organization($0.organizationID.rawValue) }
            tokens += sources.map { SearchToken.source($0.sourceID.rawValue) }
            tokens += incident.legalProvisions.map { SearchToken.provision(IncidentFilter.provisionText(ProvisionKey($0))) }
            return RecordColumns.lexemes(text.flatMap(SearchText.words) + tokens)
        }
    }
}
