import Archive
import CivicModel
import Foundation
import RecordLinking

/// Turns incident lines into a batch of new records, linking names to records the archive already
/// holds through `RecordLinker` (as report imports do) and creating the rest once.
struct LineImporter {
    let archive: any Archive
    private var linker: RecordLinker
    private var knownSources: [Source] = []
    private var newSources: [Source] = []
    private var incidents: [Incident] = []

    init(archive: any Archive) async throws {
        self.archive = archive
        linker = RecordLinker(
            persons: try await archive.list(Person.self, matching: nil, as: .everything, limit: Int.max, offset: 0),
            organizations: try await archive.list(Organization.self, matching: nil, as: .everything, limit: Int.max, offset: 0),
            places: try await archive.list(Place.self, matching: nil, as: .everything, limit: Int.max, offset: 0))
        knownSources = try await archive.list(Source.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
    }

    /// The records to write: the incidents and whatever they named that the archive lacked.
    var batch: ArchiveBatch {
        ArchiveBatch(sources: newSources, places: linker.newPlaces, persons: linker.newPersons,
                     organizations: linker.newOrganizations, incidents: incidents)
    }

    /// Adds one line's incident to the batch, or throws why the line is bad.
    mutating func add(_ line: IncidentLine, notes: String? = nil) throws {
        let checked = try line.validated()
        var passages: [SourcePassage] = []
        if let sourceName = line.source ?? line.doc {
            let source = sourceRecord(named: sourceName)
            if let start = line.start, let end = line.end {
                var quote = line.quote
                if let text = source.text {
                    guard let excerpt = text.unicodeScalars.slice(start, end) else {
                        throw CLIError("span [\(start), \(end)) runs past the end of source '\(sourceName)'")
                    }
                    quote = excerpt
                }
                passages.append(SourcePassage(sourceID: source.id, start: start, end: end, quote: quote))
            }
        }
        for name in (line.locations ?? []) + (line.persons ?? []) + (line.organizations ?? []) where NameKey(name).words.isEmpty {
            throw CLIError("the name '\(name)' has no letters")
        }
        let persons = (line.persons ?? []).map { PersonLink(linker.person(named: $0, occupation: nil)) }
        let organizations = (line.organizations ?? []).map { OrganizationLink(linker.organization(named: $0)) }
        let places = (line.locations ?? []).map { linker.place(named: $0) }
        let incident = Incident(
            id: line.id.map { Incident.ID($0) } ?? Incident.newID(),
            date: checked.date, eventType: checked.type,
            summary: line.summary ?? checked.type.summary(naming: (line.persons ?? []) + (line.organizations ?? []),
                                                          places: line.locations ?? []),
            places: places.uniqued(), persons: persons.uniqued(), organizations: organizations.uniqued(),
            legalProvisions: line.legalProvisions ?? [], sanctions: line.sanctions ?? [],
            status: checked.status ?? .proposed, confidentiality: checked.confidentiality ?? .public,
            passages: passages, confidence: line.confidence, notes: notes)
        try incident.validate()
        incidents.append(incident)
    }

    private mutating func sourceRecord(named name: String) -> Source {
        if let known = (knownSources + newSources).first(where: { $0.title == name || $0.url == name }) { return known }
        let source = Source(title: name)
        newSources.append(source)
        return source
    }
}
