import Archive
import CivicModel
import Foundation
import RecordLinking

/// The incident form: what it shows for an incident, and how its fields become an incident and the records
/// it names that the archive does not hold yet (saved with the incident in one write).
///
/// People and organisations are written one per line, with a role in brackets when it is not `victim`
/// ("Aigerim Testova", "Almaty police (perpetrator)"); a name is matched across transliterations, and a
/// name that fits several records is refused with the candidates. Places are names or identifiers,
/// separated by commas; sanctions one per line as the incident page writes them ("fine, 20 MCI").
enum IncidentForm {
    /// The form's fields for an incident, with the names of its linked records.
    static func values(_ incident: Incident, names: RecordNames, sources: [Source], chosenSource: String? = nil) async throws -> [String: Any] {
        var people: [String] = []
        for link in incident.persons {
            let name = try await names.person(link.personID)?.name ?? link.personID.rawValue
            people.append(line(name, role: link.role))
        }
        var organizations: [String] = []
        for link in incident.organizations {
            let name = try await names.organization(link.organizationID)?.name ?? link.organizationID.rawValue
            organizations.append(line(name, role: link.role))
        }
        var places: [String] = []
        for id in incident.places { places.append(try await names.place(id)?.name ?? id.rawValue) }
        var passages: [[String: Any]] = []
        for (index, passage) in incident.passages.enumerated() {
            let source = try await names.source(passage.sourceID)
            let words = passage.quote ?? source?.excerpt(start: passage.start, end: passage.end) ?? ""
            passages.append(["index": index, "sourceTitle": source?.title ?? passage.sourceID.rawValue, "sourceID": passage.sourceID.rawValue,
                             "span": "\(passage.start)–\(passage.end)", "excerpt": words.count > 240 ? String(words.prefix(240)) + "…" : words])
        }
        let chosen = chosenSource ?? incident.passages.last?.sourceID.rawValue
        return [
            "id": incident.id.rawValue, "revision": incident.revision, "summary": incident.summary,
            "date": incident.date?.iso ?? "", "notes": incident.notes ?? "",
            "articles": incident.legalProvisions.map(\.citation).joined(separator: ", "),
            "places": places.joined(separator: ", "),
            "persons": people.joined(separator: "\n"),
            "organizations": organizations.joined(separator: "\n"),
            "sanctions": incident.sanctions.map(\.phrase).joined(separator: "\n"),
            "passages": passages, "quote": "", "hasSources": sources.contains { $0.text != nil },
            "sourceChoices": sources.filter { $0.text != nil }.map { ["value": $0.id.rawValue, "label": $0.title, "selected": $0.id.rawValue == chosen] },
            "types": EventType.allCases.map { ["value": $0.rawValue, "label": $0.label, "selected": $0 == incident.eventType] },
            "statuses": ReviewStatus.allCases.map { ["value": $0.rawValue, "selected": $0 == incident.status] },
            "levels": Confidentiality.allCases.map { ["value": $0.rawValue, "selected": $0 == incident.confidentiality] },
        ].merging(choices(perpetrators: incident.perpetrators.map(\.rawValue), rights: incident.rightsAffected.map(\.rawValue))) { _, new in new }
    }

    /// The check boxes of who acted and which rights were affected, ticked as given.
    static func choices(perpetrators: [String], rights: [String]) -> [String: Any] {
        [
            "perpetratorKinds": PerpetratorKind.allCases.map { ["value": $0.rawValue, "label": $0.label, "checked": perpetrators.contains($0.rawValue)] },
            "rightKinds": AffectedRight.allCases.map {
                ["value": $0.rawValue, "label": "\($0.label) (ICCPR art. \($0.iccprArticle))", "checked": rights.contains($0.rawValue)]
            },
        ]
    }

    /// One linked record as the form writes it: the name, and the role when it is not the default.
    static func line(_ name: String, role: ParticipantRole) -> String {
        role == .victim ? name : "\(name) (\(role.rawValue))"
    }

    /// A line's name and role: "Name (witness)"; brackets that hold no role belong to the name.
    static func nameAndRole(_ line: String) -> (name: String, role: ParticipantRole) {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "(") else { return (trimmed, .victim) }
        let inside = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)].trimmingCharacters(in: .whitespaces).lowercased()
        guard let role = ParticipantRole(rawValue: inside) else { return (trimmed, .victim) }
        return (trimmed[..<open].trimmingCharacters(in: .whitespaces), role)
    }

    /// Passages ticked for removal leave; a quote pasted from a source is found in its text and cited by its
    /// offsets, with the source's own words (a quote the text holds twice, or not at all, is refused).
    static func applyPassages(_ form: FormData, to incident: inout Incident, sources: [Source]) throws {
        let dropped = Set(form.all("dropPassage").compactMap(Int.init))
        incident.passages = incident.passages.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
        guard let quote = form.text("quote") else { return }
        guard let id = form.text("source"), let source = sources.first(where: { $0.id.rawValue == id }) else {
            throw ModelError.invalidValue("choose the source the passage comes from")
        }
        let spans = source.spans(of: quote)
        guard let span = spans.first else {
            throw ModelError.invalidValue("the passage is not in the text of '\(source.title)': paste it as it stands there")
        }
        guard spans.count == 1 else {
            throw ModelError.invalidValue("the passage stands \(spans.count) times in '\(source.title)': paste a longer one, so that it points to one place")
        }
        let passage = SourcePassage(sourceID: source.id, start: span.lowerBound, end: span.upperBound,
                                    quote: source.excerpt(start: span.lowerBound, end: span.upperBound))
        if !incident.passages.contains(passage) { incident.passages.append(passage) }
    }

    /// The non-empty lines of a field.
    private static func lines(_ text: String?) -> [String] {
        (text ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Applies the form's fields to an incident. A field the form does not send is left as it is (a client that
    /// posts only a summary changes only the summary). Unknown terms, bad dates and sanctions, places nobody
    /// knows and names that fit several records are refused with a message; new people and organisations are
    /// left in the linker, to be written with the incident.
    static func apply(_ form: FormData, to incident: inout Incident, linker: inout RecordLinker, sources: [Source] = []) throws {
        incident.summary = form.text("summary") ?? ""
        incident.date = try form.text("date").map { try IncidentSearch.day($0, "date") }
        incident.eventType = try EventType.parse(form["type"] ?? "")
        incident.status = try ReviewStatus.parse(form["status"] ?? "")
        incident.confidentiality = try Confidentiality.parse(form["confidentiality"] ?? "")
        incident.notes = form.text("notes")
        incident.legalProvisions = try (form.text("articles") ?? "").split(separator: ",")
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.map(LegalProvisionRef.parse)
        if form["places"] != nil {
            let places = try (form.text("places") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.map { try linker.resolvePlace($0) }
            incident.places = places.uniqued()
        }
        if form["persons"] != nil {
            var links: [PersonLink] = []
            for line in lines(form["persons"]) {
                let (name, role) = nameAndRole(line)
                let id = try linker.resolvePerson(name, confidentiality: incident.confidentiality)
                guard !links.contains(where: { $0.personID == id }) else { throw ModelError.invalidValue("'\(name)' is named twice among the people") }
                links.append(PersonLink(id, role: role))
            }
            incident.persons = links
        }
        if form["organizations"] != nil {
            var links: [OrganizationLink] = []
            for line in lines(form["organizations"]) {
                let (name, role) = nameAndRole(line)
                let id = try linker.resolveOrganization(name, confidentiality: incident.confidentiality)
                guard !links.contains(where: { $0.organizationID == id }) else { throw ModelError.invalidValue("'\(name)' is named twice among the organisations") }
                links.append(OrganizationLink(id, role: role))
            }
            incident.organizations = links
        }
        if form["sanctions"] != nil { incident.sanctions = try lines(form["sanctions"]).map { try Sanction(phrase: $0) } }
        try applyPassages(form, to: &incident, sources: sources)
        // Check boxes send nothing when none is ticked; the form marks that it carries them.
        if form["choices"] != nil {
            incident.perpetrators = try form.all("perpetrator").map(PerpetratorKind.parse)
            incident.rightsAffected = try form.all("right").map(AffectedRight.parse)
        }
    }
}
