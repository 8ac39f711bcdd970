import Archive
import CivicModel
import Foundation
import LawBook

/// Everything the archive holds on one person or organisation, as a document to hand over: to a lawyer, to a UN
/// special procedure taking up an individual case, to a partner drafting an appeal. Who they are, what was done to
/// them in numbers, a chronology, each incident with its articles, sanctions and sources, and the sanctions that
/// lie outside what the law states.
///
/// It holds what the viewer may see. When that includes restricted or confidential records, the file says so at the
/// top and marks each of them, so that it is not passed on by mistake.
public enum CaseFile {
    /// The title's first words, before the subject's name.
    public static let titlePrefix = "Case file: "

    public enum Subject: Sendable {
        case person(Person.ID)
        case organization(Organization.ID)
    }

    public static func build(_ subject: Subject, archive: any Archive, viewer: Clearance, statuses: Set<ReviewStatus> = [.proposed, .verified],
                             lawBook: LawBook = .standard, linkBase: String = "", today: Date = Date()) async throws -> ReportDocument {
        var query = IncidentQuery(sort: .dateAscending)
        query.statuses = statuses.subtracting([.rejected])
        query.limit = Int.max
        let name: String
        var facts: [String] = []
        var description: String?
        var level: Confidentiality
        switch subject {
        case .person(let id):
            guard let person = try await archive.fetch(Person.self, id: id, as: viewer) else { throw AnalysisError.invalid("no person '\(id.rawValue)' visible in the archive") }
            name = person.name
            level = person.confidentiality
            if let occupation = person.occupation { facts.append(occupation.label.prefix(1).uppercased() + occupation.label.dropFirst()) }
            if let placeID = person.placeID, let place = try await archive.fetch(Place.self, id: placeID, as: viewer) { facts.append("lives or works in \(place.name)") }
            if !person.aliases.isEmpty { facts.append("also written " + person.aliases.joined(separator: ", ")) }
            description = person.description
            query.personIDs = [id]
        case .organization(let id):
            guard let organization = try await archive.fetch(Organization.self, id: id, as: viewer) else {
                throw AnalysisError.invalid("no organisation '\(id.rawValue)' visible in the archive")
            }
            name = organization.name
            level = organization.confidentiality
            facts.append(organization.kind.label.prefix(1).uppercased() + organization.kind.label.dropFirst())
            if !organization.aliases.isEmpty { facts.append("also written " + organization.aliases.joined(separator: ", ")) }
            facts += organization.statusHistory.map { "\($0.status.label) \($0.date.map { IncidentEntry.readable($0) } ?? "(date not stated)")" + ($0.note.map { ": \($0)" } ?? "") }
            description = organization.description
            query.organizationIDs = [id]
        }
        let details = try await archive.details(of: try await archive.incidents(matching: query, as: viewer).incidents, as: viewer)
        let dated = details.compactMap(\.incident.date)
        let span = dated.isEmpty ? "" : dated.count == 1 || dated.first == dated.last ? ", \(IncidentEntry.readable(dated.first))"
            : ", \(IncidentEntry.readable(dated.first)) to \(IncidentEntry.readable(dated.last))"
        let day = ISO8601DateFormatter.string(from: today, timeZone: TimeZone(identifier: "Asia/Almaty")!, formatOptions: [.withFullDate])
        var doc = ReportDocument(title: titlePrefix + name,
                                 subtitle: "Compiled from Kuzet on \(day): \(details.count) incident\(details.count == 1 ? "" : "s")\(span).")
        var files: [(incident: Incident, attachment: Attachment)] = []
        for d in details {
            files += try await archive.attachments(of: d.incident.id, as: viewer).map { (d.incident, $0) }
        }
        level = max(level, details.map(\.incident.confidentiality).max() ?? .public, files.map(\.attachment.confidentiality).max() ?? .public)
        if level > .public {
            doc.add(.note("This file holds \(level == .confidential ? "confidential" : "restricted") records, marked below. Pass it only to people cleared to see them."))
        }
        doc.add(.paragraph([.text(facts.joined(separator: "; ") + (facts.isEmpty ? "" : "."))]))
        if let description, !description.isEmpty { doc.add(.paragraph([.text(description)])) }
        guard !details.isEmpty else {
            doc.add(.paragraph([.text("No incident is recorded that this viewer may see.")]))
            return doc
        }

        doc.add(.heading(1, "In numbers"))
        let types = Dictionary(grouping: details, by: \.incident.eventType).map { ($0.key, $0.value.count) }
            .sorted { ($1.1, $0.0.label) < ($0.1, $1.0.label) }.map { "\($0.0.label) (\($0.1))" }
        var numbers: [[ReportDocument.Inline]] = [[.strong("\(details.count) incident\(details.count == 1 ? "" : "s"):"), .text(" " + types.joined(separator: ", ") + ".")]]
        let imposed = details.flatMap { d in d.incident.sanctions.map { "\($0.phrase) (\(IncidentEntry.readable(d.incident.date)))" } }
        if !imposed.isEmpty { numbers.append([.strong("Sanctions recorded:"), .text(" " + imposed.joined(separator: "; ") + ".")]) }
        // Arrest days and fines are summed per incident: a sanction shared by several people counts once here.
        // The same tally as the statistics, over the incidents read above rather than a second query.
        var tally = Tally()
        for d in details { tally.add(d.incident, lawBook: lawBook) }
        let m = tally.measures
        if m.detentionDays > 0 { numbers.append([.strong("Days of administrative arrest:"), .text(" \(Markup.number(m.detentionDays)).")]) }
        if m.finesKZT > 0 {
            numbers.append([.strong("Fines:"), .text(" \(Markup.number(m.finesKZT)) KZT" + (m.finesNotConverted > 0 ? ", and \(m.finesNotConverted) not converted to tenge." : "."))])
        }
        let departures = details.flatMap { d in lawBook.departures(of: d.incident).map { (d, $0) } }
        numbers.append([.strong("Sanctions outside the law as its sources state it:"), .text(" \(departures.count).")])
        doc.add(.items(numbers))

        doc.add(.heading(1, "Chronology"))
        doc.add(.table(headers: ["Date", "Event", "What happened", "Articles", "Sanctions", "Record"], rows: details.map { d in
            let i = d.incident
            return [i.date?.iso ?? "not stated", i.eventType.label, i.summary, i.legalProvisions.map(\.citation).joined(separator: "; "),
                    i.sanctions.map(\.phrase).joined(separator: "; "), Self.marking(i)]
        }))

        doc.add(.heading(1, "The incidents and their sources"))
        doc.add(.items(details.map { d in
            let entry = IncidentEntry(d, linkBase: linkBase).inlines(lawBook: lawBook)
            let mark = Self.marking(d.incident)
            return mark == "verified, public" ? entry : [.strong("[\(mark)]"), .text(" ")] + entry
        }))

        // The documents cited, once each: where to find them, and the file a text was read from with its digest.
        var cited: [Source] = []
        for passage in details.flatMap(\.passages) where !cited.contains(where: { $0.id == passage.source.id }) { cited.append(passage.source) }
        if !cited.isEmpty {
            doc.add(.heading(1, "Sources cited"))
            doc.add(.items(cited.map { source in
                let about = [source.publisher, source.publishedOn.map { "published \($0.iso)" }].compactMap { $0 }.joined(separator: ", ")
                var line: [ReportDocument.Inline] = [.text(source.title + (about.isEmpty ? "" : " (\(about))"))]
                if let url = source.url, url.hasPrefix("http") { line += [.text(": "), .link(url, url: url)] }
                if let file = source.original {
                    line += [.text(". Read from "), .link(file.fileName, url: "\(linkBase)/sources/\(source.id.rawValue)/original"),
                             .text(" (\(file.mediaType), \(file.sizeText)), SHA-256 \(file.sha256)")]
                }
                return line + [.text(".")]
            }))
        }

        if !files.isEmpty {
            doc.add(.heading(1, "Evidence files"))
            doc.add(.items(files.map { incident, file in
                let name = ReportDocument.Inline.link(file.fileName, url: "\(linkBase)/attachments/\(file.id.rawValue)")
                let access = file.confidentiality == .public ? "" : " [\(file.confidentiality.rawValue)]"
                return [name, .text("\(access) (\(file.mediaType), \(file.sizeText)), with the incident of \(IncidentEntry.readable(incident.date))"
                    + (file.description.map { ": \($0)" } ?? "") + ". SHA-256 \(file.sha256).")]
            }))
        }

        if !departures.isEmpty {
            doc.add(.heading(1, "Against the stated law"))
            doc.add(.items(departures.map { d, finding in
                [.strong("\(IncidentEntry.readable(d.incident.date)), \(finding.sanction.phrase):"), .text(" " + finding.explanation + " (sources: \(finding.source.joined(separator: ", "))).")]
            }))
        }
        doc.add(.note("Each sanction is compared with the ranges Kuzet's law sources state for its article on the incident's date; fact IDs such as PA-06 name those sources (see the web app's Law › Sources). Summaries are Kuzet's own words; the linked passages are the reports' own."))
        return doc
    }

    /// "verified, public", "proposed, restricted": how far a record is reviewed and who may see it.
    static func marking(_ incident: Incident) -> String { "\(incident.status.rawValue), \(incident.confidentiality.rawValue)" }
}
