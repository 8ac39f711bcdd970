import Archive
import Foundation
import CivicModel
import LawBook

/// Incidents as CSV (or an Excel workbook), one row each, for spreadsheets: who, where, which articles and sanctions, the legal check's
/// verdict on each sanction, and the passages cited. `kuzet export --format csv` and the web app's download.
public enum IncidentCSV {
    public static let columns = [
        "id", "date", "date_precision", "event_type", "summary", "persons", "organizations", "places", "regions",
        "legal_provisions", "sanctions", "legal_check", "status", "confidentiality", "sources",
    ]

    public static func csv(_ details: [IncidentDetails], lawBook: LawBook = .standard) -> String {
        var csv = CSVWriter(header: columns)
        for row in rows(details, lawBook: lawBook) { csv.append(row) }
        return csv.text
    }

    /// The same columns as an Excel workbook, the header frozen; `kuzet import` reads either back.
    public static func xlsx(_ details: [IncidentDetails], lawBook: LawBook = .standard) throws -> Data {
        try XLSXWriter.workbook(rows: [columns] + rows(details, lawBook: lawBook))
    }

    /// One row of cells per incident, in the order of `columns`.
    public static func rows(_ details: [IncidentDetails], lawBook: LawBook = .standard) -> [[String]] {
        details.map { d in
            let i = d.incident
            return [
                i.id.rawValue, i.date?.iso ?? "", i.date?.precision.rawValue ?? "", i.eventType.rawValue, i.summary,
                d.personNames.joined(separator: "; "), d.organizationNames.joined(separator: "; "),
                d.placeNames.joined(separator: "; "), d.regions.map(\.name).joined(separator: "; "),
                i.legalProvisions.map(\.citation).joined(separator: "; "), i.sanctions.map(\.phrase).joined(separator: "; "),
                // Each sanction against the ranges the sources state for its articles (kuzet incidents check).
                lawBook.check(i).sanctions.map { "\($0.sanction.phrase): \($0.verdict.label)" }.joined(separator: "; "),
                i.status.rawValue, i.confidentiality.rawValue,
                d.passages.map { "\($0.source.title) [\($0.passage.start)-\($0.passage.end)]" }.joined(separator: "; "),
            ]
        }
    }
}
