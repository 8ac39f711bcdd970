import Archive
import CivicModel
import Foundation
import Gazetteer

/// Finds the archive's record for a name as written, or makes a new one once per import or form.
///
/// Imports link generously (the first record a name may mean, across transliterations: a proposal is reviewed
/// anyway). Forms, where a person types a name, ask `resolvePerson` and its kin, which refuse a name that could
/// mean several records and name the candidates instead.
public struct RecordLinker: Sendable {
    public private(set) var persons: [Person]
    public private(set) var organizations: [Organization]
    public private(set) var places: [Place]
    public private(set) var newPersons: [Person] = []
    public private(set) var newOrganizations: [Organization] = []
    public private(set) var newPlaces: [Place] = []
    public private(set) var linked = (persons: 0, organizations: 0, places: 0)
    private var counted = Set<String>()

    public init(persons: [Person], organizations: [Organization], places: [Place]) {
        self.persons = persons
        self.organizations = organizations
        self.places = places
    }

    /// A linker over every person, organisation and place of the archive.
    public init(archive: any Archive) async throws {
        self.init(persons: try await archive.list(Person.self, matching: nil, as: .everything, limit: Int.max, offset: 0),
                  organizations: try await archive.list(Organization.self, matching: nil, as: .everything, limit: Int.max, offset: 0),
                  places: try await archive.list(Place.self, matching: nil, as: .everything, limit: Int.max, offset: 0))
    }

    // MARK: Imports

    /// A person by any written form of the name, across transliterations (`Person.isNamed`).
    public mutating func person(named written: String, occupation: Occupation?) -> Person.ID {
        if let found = (persons + newPersons).first(where: { $0.isNamed(written) }) {
            if persons.contains(where: { $0.id == found.id }), counted.insert(found.id.rawValue).inserted { linked.persons += 1 }
            return found.id
        }
        // A name written in Cyrillic keeps its Latin spelling too, so that "Temirbaev" finds "Темирбаев".
        let latin = written.unicodeScalars.contains(where: CyrillicLatin.isCyrillic) ? CyrillicLatin.transliterate(written) : written
        let person = Person(name: written, aliases: latin == written ? [] : [latin], occupation: occupation)
        newPersons.append(person)
        return person.id
    }

    /// An organisation by its name or an alias, ignoring case, spacing and dashes.
    public mutating func organization(named written: String) -> Organization.ID {
        let key = NameKey(written)
        if let found = (organizations + newOrganizations).first(where: { $0.allNames.contains { NameKey($0) == key } }) {
            if organizations.contains(where: { $0.id == found.id }), counted.insert(found.id.rawValue).inserted { linked.organizations += 1 }
            return found.id
        }
        let organization = Organization(name: written, kind: RecordLinker.kind(of: written))
        newOrganizations.append(organization)
        return organization.id
    }

    /// A place by the gazetteer's identifier (Uralsk / Oral are one place), else by name; places the
    /// archive lacks are added from the gazetteer with their region, or with a readable slug identifier.
    public mutating func place(named written: String) -> Place.ID {
        if let known = knownPlace(written) { return known }
        let key = NameKey(written)
        let slug = key.words.joined(separator: "-")
        let isRegion = key.words.contains { ["region", "oblast"].contains($0) }
        let place = Place(id: Place.ID("pla-\(slug)"), name: written, kind: isRegion ? .region : .city)
        newPlaces.append(place)
        return place.id
    }

    // MARK: Forms

    /// The person a form's line names: an identifier, a name or alias written the same way (transliterations
    /// count as the same), or the only person whose name contains every word written. A name that fits
    /// nobody becomes a new person, with the access level given; one that fits several is refused.
    public mutating func resolvePerson(_ written: String, confidentiality: Confidentiality) throws -> Person.ID {
        let name = written.trimmingCharacters(in: .whitespaces)
        let all = persons + newPersons
        if let byID = all.first(where: { $0.id.rawValue == name }) { return byID.id }
        let key = NameKey(name)
        guard !key.words.isEmpty else { throw ModelError.invalidValue("'\(name)' is not a person's name") }
        var found = all.filter { $0.allNames.contains { NameKey($0) == key } }
        if found.isEmpty { found = all.filter { $0.isNamed(name) } }
        switch found.count {
        case 0:
            let person = Person(name: name, confidentiality: confidentiality)
            newPersons.append(person)
            return person.id
        case 1: return found[0].id
        default: throw Self.ambiguous(name, "people", found.map { ($0.id.rawValue, $0.name) })
        }
    }

    /// The organisation a form's line names: an identifier, or a name or alias written the same way; a name
    /// that fits none becomes a new organisation.
    public mutating func resolveOrganization(_ written: String, confidentiality: Confidentiality) throws -> Organization.ID {
        let name = written.trimmingCharacters(in: .whitespaces)
        let all = organizations + newOrganizations
        if let byID = all.first(where: { $0.id.rawValue == name }) { return byID.id }
        let key = NameKey(name)
        guard !key.words.isEmpty else { throw ModelError.invalidValue("'\(name)' is not an organisation's name") }
        let found = all.filter { $0.allNames.contains { NameKey($0) == key } }
        switch found.count {
        case 0:
            let organization = Organization(name: name, kind: RecordLinker.kind(of: name), confidentiality: confidentiality)
            newOrganizations.append(organization)
            return organization.id
        case 1: return found[0].id
        default: throw Self.ambiguous(name, "organisations", found.map { ($0.id.rawValue, $0.name) })
        }
    }

    /// The place a form names: an identifier or a name of the gazetteer or the archive, in any spelling the
    /// gazetteer knows (Oral is Uralsk). Places are a gazetteer with coordinates, so a name neither knows is
    /// refused rather than made into a place without a position.
    public mutating func resolvePlace(_ written: String) throws -> Place.ID {
        let name = written.trimmingCharacters(in: .whitespaces)
        if let known = knownPlace(name) { return known }
        throw ModelError.invalidValue("'\(name)' is neither a place of the gazetteer nor of the archive: check the spelling, write the place's identifier (pla-…), or add the place to the archive first")
    }

    // MARK: Shared

    /// A place the gazetteer or the archive knows, added to the new places (with its region) when the archive lacks it.
    private mutating func knownPlace(_ written: String) -> Place.ID? {
        if let known = Gazetteer.kazakhstan.place(id: Place.ID(written)) ?? Gazetteer.kazakhstan.place(named: written) {
            if places.contains(where: { $0.id == known.id }) {
                if counted.insert(known.id.rawValue).inserted { linked.places += 1 }
            } else if !newPlaces.contains(where: { $0.id == known.id }) {
                if let regionID = known.regionID, !places.contains(where: { $0.id == regionID }),
                   !newPlaces.contains(where: { $0.id == regionID }), let region = Gazetteer.kazakhstan.place(id: regionID) {
                    newPlaces.append(region)
                }
                newPlaces.append(known)
            }
            return known.id
        }
        if let byID = (places + newPlaces).first(where: { $0.id.rawValue == written }) { return byID.id }
        let key = NameKey(written)
        if let found = (places + newPlaces).first(where: { $0.allNames.contains { NameKey($0).matches(key) && NameKey($0).words.count == key.words.count } }) {
            if places.contains(where: { $0.id == found.id }), counted.insert(found.id.rawValue).inserted { linked.places += 1 }
            return found.id
        }
        return nil
    }

    private static func ambiguous(_ name: String, _ kind: String, _ candidates: [(id: String, name: String)]) -> ModelError {
        let list = candidates.prefix(5).map { "\($0.name) (\($0.id))" }.joined(separator: ", ")
        return .invalidValue("'\(name)' fits several \(kind): \(list)\(candidates.count > 5 ? " …" : ""); write the full name or the identifier")
    }

    private static func kind(of name: String) -> OrganizationKind {
        let words = Set(NameKey(name).words)
        if words.contains("parti") { return .politicalParty }
        if words.contains("union") { return .tradeUnion }
        if words.contains("movement") { return .movement }
        if name.contains(".kz") || name.contains(".net") || words.contains("week") || words.contains("newspaper") { return .media }
        return .other
    }
}
