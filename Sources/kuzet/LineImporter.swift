import Archive
import CivicModel
import Foundation
import Gazetteer

/// Turns incident lines into a batch of new records, linking names to records the archive already
/// holds (persons across transliterations, organisations by name or alias, places by name or variant)
/// and creating the rest once.
struct LineImporter {
    let archive: any Archive
    private(set) var batch = ArchiveBatch()
    private var knownPersons: [Person] = []
    private var knownOrganizations: [Organization] = []
    private var knownPlaces: [Place] = []
    private var knownSources: [Source] = []

    init(archive: any Archive) async throws {
        self.archive = archive
        knownPersons = try await archive.list(Person.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
        knownOrganizations = try await archive.list(Organization.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
        knownPlaces = try await archive.list(Place.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
        knownSources = try await archive.list(Source.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
    }

    /// Adds one line's incident to the batch, or throws why the line is bad.
    mutating func add(_ line: IncidentLine) throws {
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
        let persons = (line.persons ?? []).map { PersonLink(personRecord(named: $0).id) }
        let organizations = (line.organizations ?? []).map { OrganizationLink(organizationRecord(named: $0).id) }
        let places = try (line.locations ?? []).map { try placeRecord(named: $0).id }
        let incident = Incident(
            id: line.id.map { Incident.ID($0) } ?? Incident.newID(),
            date: checked.date, eventType: checked.type,
            summary: line.summary ?? Self.summary(type: checked.type, persons: line.persons ?? [],
                                                  organizations: line.organizations ?? [], places: line.locations ?? []),
            places: unique(places), persons: unique(persons, by: \.personID), organizations: unique(organizations, by: \.organizationID),
            legalProvisions: line.legalProvisions ?? [], sanctions: line.sanctions ?? [],
            status: checked.status ?? .proposed, confidentiality: checked.confidentiality ?? .public,
            passages: passages, confidence: line.confidence)
        try incident.validate()
        batch.incidents.append(incident)
    }

    /// A one-line summary built from the fields, for lines that bring none.
    static func summary(type: EventType, persons: [String], organizations: [String], places: [String]) -> String {
        var text = type.label.prefix(1).uppercased() + type.label.dropFirst()
        let targets = persons + organizations
        if !targets.isEmpty { text += ": " + targets.joined(separator: ", ") }
        if !places.isEmpty { text += " (\(places.joined(separator: ", ")))" }
        return text
    }

    private mutating func personRecord(named name: String) -> Person {
        if let known = knownPersons.first(where: { $0.isNamed(name) }) {
            return known
        }
        let person = Person(name: name)
        knownPersons.append(person)
        batch.persons.append(person)
        return person
    }

    private mutating func organizationRecord(named name: String) -> Organization {
        let key = NameKey(name)
        if let known = knownOrganizations.first(where: { $0.allNames.contains { NameKey($0) == key } }) {
            return known
        }
        let organization = Organization(name: name)
        knownOrganizations.append(organization)
        batch.organizations.append(organization)
        return organization
    }

    private mutating func placeRecord(named name: String) throws -> Place {
        if let place = Gazetteer.kazakhstan.place(named: name) {
            if let known = knownPlaces.first(where: { $0.id == place.id }) { return known }
            if let region = Gazetteer.kazakhstan.region(of: place), region.id != place.id,
               !knownPlaces.contains(where: { $0.id == region.id }) {
                knownPlaces.append(region)
                batch.places.insert(region, at: 0)
            }
            knownPlaces.append(place)
            batch.places.append(place)
            return place
        }
        let key = NameKey(name)
        if let known = knownPlaces.first(where: { $0.allNames.contains { NameKey($0) == key } }) {
            return known
        }
        let slug = key.words.joined(separator: "-")
        guard !slug.isEmpty else { throw CLIError("location '\(name)' has no letters") }
        let place = Place(id: Place.ID("pla-\(slug)"), name: name, kind: .town)
        knownPlaces.append(place)
        batch.places.append(place)
        return place
    }

    private mutating func sourceRecord(named name: String) -> Source {
        if let known = knownSources.first(where: { $0.title == name || $0.url == name }) { return known }
        let source = Source(title: name)
        knownSources.append(source)
        batch.sources.append(source)
        return source
    }

    private func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }

    private func unique<T, K: Hashable>(_ items: [T], by key: KeyPath<T, K>) -> [T] {
        var seen = Set<K>()
        return items.filter { seen.insert($0[keyPath: key]).inserted }
    }
}
