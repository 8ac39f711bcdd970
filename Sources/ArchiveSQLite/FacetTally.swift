import Archive
import CivicModel
import GRDB

/// Counts the region, provision, person and organisation facets of matching incidents from their
/// facet tokens (the `facets` column of `incident_search`, see `FacetToken`): one row read per
/// incident, where counting through the link tables took four joins, a quarter of a second for
/// the 10,000 newest matches the web app counts.
///
/// The counts mean what the link tables say: an incident counts once per region its places lie in
/// (a place's region, or the place itself when it has none), once per provision, and once per
/// link to a person or organisation the viewer may see.
struct FacetTally {
    /// The region each place counts under, by the hex form its token holds.
    private let regionOfPlace: [Substring: String]
    /// Persons and organisations above the viewer's clearance, by the hex form of their tokens.
    private let hiddenPersons: Set<Substring>
    private let hiddenOrganizations: Set<Substring>

    private var regions: [String: Int] = [:]
    private var provisions: [Substring: Int] = [:]
    private var persons: [Substring: Int] = [:]
    private var organizations: [Substring: Int] = [:]

    /// Reads what the tokens need besides themselves: the places' regions and the records hidden from `viewer`.
    init(viewer: Clearance, in db: Database) throws {
        var regionOfPlace: [Substring: String] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, COALESCE(region_id, id) FROM place") {
            regionOfPlace[Substring(FacetToken.hex(row[0]))] = row[1]
        }
        self.regionOfPlace = regionOfPlace
        func hidden(_ table: String) throws -> Set<Substring> {
            Set(try String.fetchAll(db, sql: "SELECT id FROM \(table) WHERE confidentiality > ?", arguments: [viewer.level.rank])
                .map { Substring(FacetToken.hex($0)) })
        }
        hiddenPersons = try hidden("person")
        hiddenOrganizations = try hidden("organization")
    }

    /// Counts the tokens of one incident.
    mutating func add(_ tokens: String) {
        var regionsHere: [String] = []
        for token in tokens.split(separator: " ") {
            let value = token.dropFirst()
            switch token.utf8.first {
            case UInt8(ascii: "p"):
                if let region = regionOfPlace[value], !regionsHere.contains(region) { regionsHere.append(region) }
            case UInt8(ascii: "a"): provisions[value, default: 0] += 1
            case UInt8(ascii: "h"): if !hiddenPersons.contains(value) { persons[value, default: 0] += 1 }
            case UInt8(ascii: "o"): if !hiddenOrganizations.contains(value) { organizations[value, default: 0] += 1 }
            default: break
            }
        }
        for region in regionsHere { regions[region, default: 0] += 1 }
    }

    /// Puts the counts into `facets`.
    func fill(_ facets: inout IncidentFacets) {
        for (region, n) in regions { facets.regions[Place.ID(region)] = n }
        for (value, n) in provisions {
            let text = FacetToken.unhex(value)
            guard let space = text.firstIndex(of: " "), let code = LegalCode(rawValue: String(text[..<space])) else { continue }
            facets.provisions[ProvisionKey(LegalProvisionRef(code: code, article: String(text[text.index(after: space)...])))] = n
        }
        for (value, n) in persons { facets.persons[Person.ID(FacetToken.unhex(value))] = n }
        for (value, n) in organizations { facets.organizations[Organization.ID(FacetToken.unhex(value))] = n }
    }
}
