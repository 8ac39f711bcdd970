import CivicModel

/// How `Archive.list(_:matching:)` finds and orders records, the same in every implementation.
public enum RecordListing {
    /// The words a record is found by: its names and aliases, a source's title and publisher, an incident's summary.
    public static func nameWords(of record: any ArchiveRecord) -> [String] {
        switch record {
        case let r as Person: r.allNames.flatMap(SearchText.words)
        case let r as Organization: r.allNames.flatMap(SearchText.words)
        case let r as Place: r.allNames.flatMap(SearchText.words)
        case let r as Source: SearchText.words(r.title + " " + (r.publisher ?? ""))
        case let r as Incident: SearchText.words(r.summary)
        case let r as Attachment: SearchText.words(r.fileName + " " + (r.description ?? ""))
        default: []
        }
    }

    /// What records are listed by: name or title, and an incident's earliest day.
    public static func sortName(of record: any ArchiveRecord) -> String {
        switch record {
        case let r as Person: r.name
        case let r as Organization: r.name
        case let r as Place: r.name
        case let r as Source: r.title
        case let r as Incident: r.date?.earliestDay ?? ""
        case let r as Attachment: r.fileName
        default: ""
        }
    }
}
