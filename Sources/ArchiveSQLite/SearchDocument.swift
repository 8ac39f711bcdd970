import Archive
import CivicModel

/// What an incident's search document needs of a linked person or organisation: its folded name
/// words and the confidentiality rank that decides which column they go in.
struct LinkedName: Sendable {
    var words: String
    var level: Int
}

/// What it needs of a linked place: its folded name words and its region, which is indexed too.
struct LinkedPlace: Sendable {
    var words: String
    var regionID: String?
}

/// The text an incident is found by, as `incident_search` and `incident_fts` hold it: summary, notes,
/// public, restricted and confidential words (linked names and quotes by who may see them), and
/// the facet tokens. `RecordWriter` and `IncidentBulkWriter` both build it here, so the two write
/// paths index the same words.
struct SearchDocument {
    /// The six columns, in the tables' order.
    let columns: [String]

    /// The document of an incident whose linked records are given in its own order: the rank of each
    /// passage's source, each person's and organisation's name, each place.
    init(_ incident: Incident, sourceLevels: [Int], persons: [LinkedName], organizations: [LinkedName], places: [LinkedPlace]) {
        var byLevel: [[String]] = [[], [], []]
        var facets = [FacetToken.confidentiality(incident.confidentiality), FacetToken.status(incident.status),
                      FacetToken.eventType(incident.eventType)]
        // Names are stored folded already; quotes are folded here, an empty one included.
        for (passage, level) in zip(incident.passages, sourceLevels) {
            if let quote = passage.quote { byLevel[level].append(SearchText.folded(quote)) }
        }
        for source in Set(incident.passages.map(\.sourceID)) { facets.append(FacetToken.source(source)) }
        for (link, person) in zip(incident.persons, persons) {
            byLevel[person.level].append(person.words)
            facets.append(FacetToken.person(link.personID))
        }
        for (link, organization) in zip(incident.organizations, organizations) {
            byLevel[organization.level].append(organization.words)
            facets.append(FacetToken.organization(link.organizationID))
        }
        var regions: Set<String> = []
        for (id, place) in zip(incident.places, places) {
            byLevel[0].append(place.words)
            facets.append(FacetToken.place(id))
            regions.insert(FacetToken.region(id))
            if let region = place.regionID { regions.insert(FacetToken.region(Place.ID(region))) }
        }
        facets += regions.sorted()
        for key in Set(incident.legalProvisions.map(ProvisionKey.init)) { facets.append(FacetToken.provision(key)) }
        columns = [SearchText.folded(incident.summary), SearchText.folded(incident.notes ?? ""),
                   byLevel[0].joined(separator: " "), byLevel[1].joined(separator: " "), byLevel[2].joined(separator: " "),
                   facets.joined(separator: " ")]
    }

    /// The summary's folded words, which the incident row keeps too.
    var summary: String { columns[0] }
}
