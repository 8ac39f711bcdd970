import Archive
import CivicModel
import Foundation
import Gazetteer

/// The demo archive: every incident the dev gold set annotates in two seed reports (130), curated with
/// summaries in the project's own words, de-duplicated persons and organisations, the places they name,
/// and a few synthetic restricted and confidential records to show access control.
///
/// Passages carry the report's offsets but not its words; `attachQuotes(to:from:)` fills the quotes from
/// the report's text once the report itself is imported.
public enum DemoData {
    /// Where the bundled data file lives.
    public static var dataURL: URL {
        Bundle.module.url(forResource: "demo", withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources/demo.json")
    }

    /// Builds the records, with deterministic identifiers (`inc-002-01`, `per-max-bokayev`, `pla-atyrau`),
    /// every place referenced plus its region. A place, person, organisation or source the data names but
    /// cannot resolve is an error naming it.
    public static func batch(gazetteer: Gazetteer = .kazakhstan) throws -> ArchiveBatch {
        try build(from: loadFile(), gazetteer: gazetteer)
    }

    /// Writes the demo archive in one `write(_:by:)` call. Records already stored unchanged are left alone,
    /// changed ones are updated, so loading twice is harmless. When a seed report was imported under its
    /// demo source id, its text is kept and the incidents' quotes are filled from it.
    @discardableResult
    public static func load(into archive: any Archive, by editor: Editor) async throws -> ArchiveBatch.Summary {
        var batch = try batch()
        for index in batch.sources.indices where batch.sources[index].text == nil {
            if let stored = try await archive.fetch(Source.self, id: batch.sources[index].id, as: .everything),
               let text = stored.text {
                batch.sources[index].text = text
                batch.incidents = attachQuotes(to: batch.incidents, from: batch.sources[index])
            }
        }
        batch.places = try await unsaved(batch.places, in: archive)
        batch.sources = try await unsaved(batch.sources, in: archive)
        batch.persons = try await unsaved(batch.persons, in: archive)
        batch.organizations = try await unsaved(batch.organizations, in: archive)
        batch.incidents = try await unsaved(batch.incidents, in: archive)
        batch.attachments = try await unsaved(batch.attachments, in: archive)
        if batch.attachments.isEmpty { batch.contents = [] }
        guard !batch.isEmpty else { return ArchiveBatch.Summary() }
        return try await archive.write(batch, by: editor)
    }

    /// Fills the quote of every passage that cites `source` from the source's text at the cited offsets
    /// (Unicode scalars, end exclusive). A passage cites the source when it names its id, or the id of the
    /// demo source with the same SHA-256 (the same report imported under another id). Passages outside the
    /// text are left without a quote.
    public static func attachQuotes(to incidents: [Incident], from source: Source) -> [Incident] {
        guard let text = source.text else { return incidents }
        var cited: Set<Source.ID> = [source.id]
        if let sha = source.sha256?.lowercased(), let file = try? loadFile() {
            for entry in file.sources where entry.sha256?.lowercased() == sha { cited.insert(Source.ID(entry.id)) }
        }
        let scalars = Array(text.unicodeScalars)
        return incidents.map { incident in
            var incident = incident
            for index in incident.passages.indices where cited.contains(incident.passages[index].sourceID) {
                let passage = incident.passages[index]
                guard passage.start >= 0, passage.start < passage.end, passage.end <= scalars.count else { continue }
                var quote = String.UnicodeScalarView()
                quote.append(contentsOf: scalars[passage.start..<passage.end])
                incident.passages[index].quote = String(quote)
            }
            return incident
        }
    }

    /// The demo source whose text has this SHA-256, so an import of a seed report can take the demo id.
    public static func source(sha256: String) throws -> Source? {
        try batch().sources.first { $0.sha256?.lowercased() == sha256.lowercased() }
    }

    // MARK: Building

    static func loadFile() throws -> DemoFile {
        let data: Data
        do {
            data = try Data(contentsOf: dataURL)
        } catch {
            throw DemoDataError.unreadable(error.localizedDescription)
        }
        do {
            return try JSONDecoder().decode(DemoFile.self, from: data)
        } catch {
            throw DemoDataError.unreadable("\(error)")
        }
    }

    static func build(from file: DemoFile, gazetteer: Gazetteer) throws -> ArchiveBatch {
        var places: [Place.ID: Place] = [:]
        func place(_ name: String, in record: String) throws -> Place.ID {
            guard let found = gazetteer.place(named: name) else { throw DemoDataError.unknownPlace(name, in: record) }
            places[found.id] = found
            if let region = gazetteer.region(of: found) { places[region.id] = region }
            return found.id
        }
        func date(_ iso: String?, in record: String) throws -> PartialDate? {
            guard let iso else { return nil }
            do { return try PartialDate(iso: iso) } catch { throw DemoDataError.invalid("\(error)", in: record) }
        }

        var sources: [Source] = []
        for entry in file.sources {
            sources.append(Source(
                id: Source.ID(entry.id), title: entry.title, publisher: entry.publisher, url: entry.url,
                publishedOn: try date(entry.publishedOn, in: "source \(entry.id)"), language: entry.language,
                text: entry.text, sha256: entry.sha256, confidentiality: entry.confidentiality))
        }

        var persons: [Person] = []
        for entry in file.persons {
            let record = "person \(entry.id)"
            persons.append(Person(
                id: Person.ID(entry.id), name: entry.name, aliases: entry.aliases, occupation: entry.occupation,
                placeID: try entry.place.map { try place($0, in: record) }, description: entry.description,
                confidentiality: entry.confidentiality))
        }

        var organizations: [Organization] = []
        for entry in file.organizations {
            let record = "organization \(entry.id)"
            let history = try entry.statusHistory.map {
                OrganizationStatusChange(date: try date($0.date, in: record), status: $0.status, note: $0.note)
            }
            organizations.append(Organization(
                id: Organization.ID(entry.id), name: entry.name, aliases: entry.aliases, kind: entry.kind,
                statusHistory: history, placeID: try entry.place.map { try place($0, in: record) },
                description: entry.description, confidentiality: entry.confidentiality))
        }

        let sourceIDs = Set(sources.map(\.id))
        var incidents: [Incident] = []
        for entry in file.incidents {
            let record = "incident \(entry.id)"
            let sourceID = Source.ID(entry.passage.source)
            guard sourceIDs.contains(sourceID) else { throw DemoDataError.unknownSource(entry.passage.source, in: record) }
            let incident = Incident(
                id: Incident.ID(entry.id), date: try date(entry.date, in: record), eventType: entry.eventType,
                summary: entry.summary, places: try unique(entry.places.map { try place($0, in: record) }),
                persons: try entry.persons.map { PersonLink(try resolve($0, in: persons, kind: "person", record: record)) },
                organizations: try unique(entry.organizations.map {
                    try resolve($0, in: organizations, kind: "organisation", record: record)
                }).map { OrganizationLink($0) },
                perpetrators: entry.perpetrators, rightsAffected: entry.rightsAffected,
                legalProvisions: entry.legalProvisions, sanctions: entry.sanctions, status: entry.status,
                confidentiality: entry.confidentiality,
                passages: [SourcePassage(sourceID: sourceID, start: entry.passage.start, end: entry.passage.end)])
            do { try incident.validate() } catch { throw DemoDataError.invalid("\(error)", in: record) }
            incidents.append(incident)
        }
        // Synthetic sources ship their own text: their passages get quotes now.
        for source in sources where source.text != nil {
            incidents = attachQuotes(to: incidents, from: source)
        }
        var attachments: [Attachment] = []
        for entry in file.attachments ?? [] {
            let record = "attachment \(entry.id)"
            guard incidents.contains(where: { $0.id.rawValue == entry.incident }) else { throw DemoDataError.invalid("no incident '\(entry.incident)'", in: record) }
            do {
                attachments.append(try ContentDigest.prepare(
                    Attachment(id: Attachment.ID(entry.id), incidentID: Incident.ID(entry.incident), fileName: entry.fileName, mediaType: entry.mediaType,
                               description: entry.description, confidentiality: entry.confidentiality),
                    content: Array(entry.text.utf8)))
            } catch { throw DemoDataError.invalid("\(error)", in: record) }
        }
        return ArchiveBatch(sources: sources, places: places.values.sorted { $0.id < $1.id }, persons: persons,
                            organizations: organizations, incidents: incidents, attachments: attachments,
                            contents: (file.attachments ?? []).map { Array($0.text.utf8) })
    }

    /// The one record with this name among its names and aliases, exactly as written.
    private static func resolve<R: NamedDemoRecord>(_ name: String, in records: [R], kind: String, record: String) throws -> R.ID {
        let matches = records.filter { $0.allNames.contains(name) }
        guard let first = matches.first else { throw DemoDataError.unknownName(kind, name, in: record) }
        guard matches.count == 1 else { throw DemoDataError.ambiguousName(kind, name, in: record) }
        return first.id
    }

    private static func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen: Set<T> = []
        return values.filter { seen.insert($0).inserted }
    }

    /// The records not already stored as they are; stored ones that differ get the stored revision, so
    /// the write updates them.
    private static func unsaved<R: ArchiveRecord>(_ records: [R], in archive: any Archive) async throws -> [R] {
        var result: [R] = []
        for var record in records {
            if let stored = try await archive.fetch(R.self, id: record.id, as: .everything) {
                record.revision = stored.revision
                if record == stored { continue }
            }
            result.append(record)
        }
        return result
    }
}

/// Persons and organisations, found by any of their names.
protocol NamedDemoRecord: ArchiveRecord {
    var allNames: [String] { get }
}

extension Person: NamedDemoRecord {}
extension Organization: NamedDemoRecord {}
