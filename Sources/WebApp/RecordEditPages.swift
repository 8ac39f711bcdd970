import Archive
import CivicModel
import Foundation
import Gazetteer
import Hummingbird
import RecordLinking

/// Editors create, edit, merge and delete people and organisations, and add places the gazetteer lacks (a village,
/// a district) or correct them: the records incidents link to.
///
/// A stale edit is refused as an incident's is (revision numbers). Merging moves every link of a duplicate to
/// the record kept and deletes the duplicate in one write (`Archive.merge`); deleting removes the record's links
/// from its incidents, each in a new, audited revision.
struct RecordEditPages {
    let archive: any Archive
    let renderer: PageRenderer
    let config: WebConfig

    func add(to router: Router<WebContext>) {
        router.get("/persons/new", use: { try await form(Person(name: ""), $0, $1, values: personValues) })
        router.post("/persons/new", use: { try await save(Person(name: ""), $0, $1, values: personValues, apply: applyPerson) })
        router.get("/persons/{id}/edit", use: { try await form(try await record(Person.self, $1), $0, $1, values: personValues) })
        router.post("/persons/{id}/edit", use: { try await save(try await record(Person.self, $1), $0, $1, values: personValues, apply: applyPerson) })
        router.post("/persons/{id}/merge", use: { request, context in
            try await merge(Person.self, request, context) { written, duplicate, editor in
                var linker = try await RecordLinker(archive: archive)
                let kept = try linker.resolvePerson(written, confidentiality: duplicate.confidentiality)
                guard linker.newPersons.isEmpty else { throw WebError.badRequest("no person in the archive is named '\(written)'") }
                return try await archive.merge(person: duplicate.id, into: kept, by: editor).id
            }
        })
        router.post("/persons/{id}/delete", use: { try await delete(Person.self, $0, $1) })
        router.get("/organizations/new", use: { try await form(Organization(name: ""), $0, $1, values: organizationValues) })
        router.post("/organizations/new", use: {
            try await save(Organization(name: ""), $0, $1, values: organizationValues, apply: applyOrganization)
        })
        router.get("/organizations/{id}/edit", use: { try await form(try await record(Organization.self, $1), $0, $1, values: organizationValues) })
        router.post("/organizations/{id}/edit", use: {
            try await save(try await record(Organization.self, $1), $0, $1, values: organizationValues, apply: applyOrganization)
        })
        router.post("/organizations/{id}/merge", use: { request, context in
            try await merge(Organization.self, request, context) { written, duplicate, editor in
                var linker = try await RecordLinker(archive: archive)
                let kept = try linker.resolveOrganization(written, confidentiality: duplicate.confidentiality)
                guard linker.newOrganizations.isEmpty else { throw WebError.badRequest("no organisation in the archive is named '\(written)'") }
                return try await archive.merge(organization: duplicate.id, into: kept, by: editor).id
            }
        })
        router.post("/organizations/{id}/delete", use: { try await delete(Organization.self, $0, $1) })
        router.get("/places/new", use: { try await form(Place(id: "pla-new", name: "", kind: .village), $0, $1, values: placeValues) })
        router.post("/places/new", use: {
            try await save(Place(id: "pla-new", name: "", kind: .village), $0, $1, values: placeValues, apply: applyPlace)
        })
        router.get("/places/{id}/edit", use: { try await form(try await record(Place.self, $1), $0, $1, values: placeValues) })
        router.post("/places/{id}/edit", use: { try await save(try await record(Place.self, $1), $0, $1, values: placeValues, apply: applyPlace) })
        router.post("/places/{id}/delete", use: { try await delete(Place.self, $0, $1) })
        router.get("/duplicates", use: duplicates)
        router.post("/duplicates", use: mergeGroup)
    }

    // MARK: Likely duplicates

    /// People and organisations whose names are the same once spelling is set aside, each group with a button
    /// per member to keep it and merge the others into it.
    @Sendable func duplicates(_ request: Request, context: WebContext) async throws -> Response {
        _ = try context.require(.editor)
        let persons = try await archive.list(Person.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
        let organizations = try await archive.list(Organization.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
        func rows(_ groups: [[DuplicateGroups.Member]], kind: String, path: String, level: [String: Confidentiality],
                  count: (String) async throws -> Int) async throws -> [[String: Any]] {
            var out: [[String: Any]] = []
            for group in groups {
                var members: [[String: Any]] = []
                for member in group {
                    members.append(["memberID": member.id, "memberName": member.name, "memberLevel": level[member.id]?.rawValue ?? "",
                                    "memberIncidents": try await count(member.id)])
                }
                out.append(["groupKind": kind, "groupPath": path, "members": members,
                            "mixedLevels": Set(group.compactMap { level[$0.id] }).count > 1])
            }
            return out
        }
        let personGroups = try await rows(DuplicateGroups.of(persons.map { ($0.id.rawValue, $0.name, $0.allNames) }), kind: "person", path: "persons",
                                           level: Dictionary(uniqueKeysWithValues: persons.map { ($0.id.rawValue, $0.confidentiality) })) {
            try await archive.timeline(person: Person.ID($0), as: .everything).count
        }
        let organizationGroups = try await rows(DuplicateGroups.of(organizations.map { ($0.id.rawValue, $0.name, $0.allNames) }),
                                                kind: "organization", path: "organizations",
                                                level: Dictionary(uniqueKeysWithValues: organizations.map { ($0.id.rawValue, $0.confidentiality) })) {
            try await archive.timeline(organization: Organization.ID($0), as: .everything).count
        }
        return try renderer.page("duplicates", title: "Likely duplicates", [
            "personGroups": personGroups, "organizationGroups": organizationGroups,
            "none": personGroups.isEmpty && organizationGroups.isEmpty, "csrf": context.sessions.session?.csrf ?? "",
        ], context: context)
    }

    /// Keeps one member of a group and merges each other member into it, one audited write per merge. Records
    /// of different access levels are refused before anything is written.
    @Sendable func mergeGroup(_ request: Request, context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        guard let keep = form.text("keep") else { throw WebError.badRequest("choose the record to keep") }
        let others = form.all("member").filter { $0 != keep }.uniqued()
        guard !others.isEmpty else { throw WebError.badRequest("nothing to merge into '\(keep)'") }
        switch form["kind"] {
        case "person":
            try await requireOneLevel(Person.self, [keep] + others) { $0.confidentiality }
            for other in others { try await archive.merge(person: Person.ID(other), into: Person.ID(keep), by: Editor(user.name)) }
            return Response(status: .seeOther, headers: [.location: "/persons/\(keep)"])
        case "organization":
            try await requireOneLevel(Organization.self, [keep] + others) { $0.confidentiality }
            for other in others { try await archive.merge(organization: Organization.ID(other), into: Organization.ID(keep), by: Editor(user.name)) }
            return Response(status: .seeOther, headers: [.location: "/organizations/\(keep)"])
        default:
            throw WebError.badRequest("the kind must be 'person' or 'organization'")
        }
    }

    private func requireOneLevel<R: ArchiveRecord>(_ type: R.Type, _ ids: [String], level: (R) -> Confidentiality) async throws {
        var levels = Set<Confidentiality>()
        for id in ids {
            guard let record = try await archive.fetch(R.self, id: R.ID(id), as: .everything) else { throw WebError.notFound("\(R.recordKind.rawValue) '\(id)'") }
            levels.insert(level(record))
        }
        guard levels.count == 1 else { throw WebError.badRequest("these records have different access levels: give them the same level first") }
    }

    // MARK: People

    private func personValues(_ person: Person, context: WebContext) async throws -> [String: Any] {
        var values = try await common(kind: "person", path: "persons", id: person.id.rawValue, name: person.name, aliases: person.aliases,
                                      placeID: person.placeID, description: person.description, level: person.confidentiality,
                                      revision: person.revision, context: context)
        values["isPerson"] = true
        values["occupations"] = [["value": "", "label": "not recorded", "selected": person.occupation == nil]]
            + Occupation.allCases.map { ["value": $0.rawValue, "label": $0.label, "selected": $0 == person.occupation] }
        if person.revision > 0 { values["incidentCount"] = try await archive.timeline(person: person.id, as: .everything).count }
        return values
    }

    private func applyPerson(_ form: FormData, _ person: inout Person, _ linker: inout RecordLinker) throws {
        try applyCommon(form, name: &person.name, aliases: &person.aliases, placeID: &person.placeID,
                        description: &person.description, level: &person.confidentiality, linker: &linker)
        person.occupation = try form.text("occupation").map(Occupation.parse)
    }

    // MARK: Organisations

    private func organizationValues(_ organization: Organization, context: WebContext) async throws -> [String: Any] {
        var values = try await common(kind: "organization", path: "organizations", id: organization.id.rawValue, name: organization.name,
                                      aliases: organization.aliases, placeID: organization.placeID, description: organization.description,
                                      level: organization.confidentiality, revision: organization.revision, context: context)
        values["isOrganization"] = true
        values["kinds"] = OrganizationKind.allCases.map { ["value": $0.rawValue, "label": $0.label, "selected": $0 == organization.kind] }
        values["statusHistory"] = organization.statusHistory.map(StatusHistoryLine.write).joined(separator: "\n")
        values["statusTerms"] = OrganizationStatus.allCases.map(\.rawValue).joined(separator: ", ")
        if organization.revision > 0 {
            values["incidentCount"] = try await archive.timeline(organization: organization.id, as: .everything).count
        }
        return values
    }

    private func applyOrganization(_ form: FormData, _ organization: inout Organization, _ linker: inout RecordLinker) throws {
        try applyCommon(form, name: &organization.name, aliases: &organization.aliases, placeID: &organization.placeID,
                        description: &organization.description, level: &organization.confidentiality, linker: &linker)
        organization.kind = try OrganizationKind.parse(form["kind"] ?? "")
        let previous = organization.statusHistory
        organization.statusHistory = try (form["statusHistory"] ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .map { try StatusHistoryLine.read($0, keepingSourcesOf: previous) }
    }

    // MARK: Places

    private func placeValues(_ place: Place, context: WebContext) async throws -> [String: Any] {
        [
            "kind": "place", "kindPath": "places", "kindTitle": "Places", "isPlace": true, "isNew": place.revision == 0,
            "id": place.id.rawValue, "name": place.name, "aliases": place.aliases.joined(separator: "\n"), "revision": place.revision,
            "placeKinds": PlaceKind.allCases.map { ["value": $0.rawValue, "label": $0.label,
                                                    "selected": $0 == place.kind] },
            "regions": [["value": "", "label": "none (a region itself)", "selected": place.regionID == nil]]
                + Gazetteer.kazakhstan.regions.map { ["value": $0.id.rawValue, "label": $0.name, "selected": $0.id == place.regionID] },
            "latitude": place.latitude.map { String($0) } ?? "", "longitude": place.longitude.map { String($0) } ?? "",
            "extent": Self.extentText, "csrf": context.sessions.session?.csrf ?? "",
            "incidentCount": place.revision > 0 ? try await archive.incidents(matching: IncidentQuery(placeIDs: [place.id], limit: 0), as: .everything).total : 0,
        ]
    }

    private func applyPlace(_ form: FormData, _ place: inout Place, _ linker: inout RecordLinker) throws {
        guard let written = form.text("name") else { throw WebError.badRequest("a name is required") }
        if place.revision == 0 {
            // A readable identifier from the name, as imports mint them: "pla-saryagash".
            let slug = NameKey(written).words.joined(separator: "-")
            guard !slug.isEmpty else { throw WebError.badRequest("'\(written)' is not a place's name") }
            place.id = Place.ID("pla-\(slug)")
            if linker.places.contains(where: { $0.id == place.id }) || Gazetteer.kazakhstan.place(id: place.id) != nil {
                throw WebError.badRequest("a place '\(place.id)' exists already: edit it, or give the new place a fuller name")
            }
        }
        place.name = written
        place.aliases = (form["aliases"] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != written }.uniqued()
        place.kind = try PlaceKind.parse(form["kind"] ?? "")
        place.regionID = try form.text("region").map { try linker.resolvePlace($0) }
        if place.kind == .region || place.kind == .republicanCity { place.regionID = nil }
        guard place.regionID != nil || place.kind == .region || place.kind == .republicanCity else {
            throw WebError.badRequest("choose the region a \(place.kind.rawValue) lies in")
        }
        place.latitude = try Self.coordinate(form.text("latitude"), "latitude", Self.extent.latitudes)
        place.longitude = try Self.coordinate(form.text("longitude"), "longitude", Self.extent.longitudes)
        guard (place.latitude == nil) == (place.longitude == nil) else { throw WebError.badRequest("give both the latitude and the longitude, or neither") }
    }

    /// Where the gazetteer's places lie, widened by a degree: coordinates outside it are a slip of the keyboard.
    static let extent: (latitudes: ClosedRange<Double>, longitudes: ClosedRange<Double>) = {
        let places = Gazetteer.kazakhstan.places
        let lats = places.compactMap(\.latitude), lons = places.compactMap(\.longitude)
        let margin = 1.0
        return ((lats.min() ?? 0) - margin...(lats.max() ?? 0) + margin, (lons.min() ?? 0) - margin...(lons.max() ?? 0) + margin)
    }()

    static var extentText: String {
        func f(_ x: Double) -> String { String(format: "%.1f", x) }
        return "latitude \(f(extent.latitudes.lowerBound))–\(f(extent.latitudes.upperBound)), longitude \(f(extent.longitudes.lowerBound))–\(f(extent.longitudes.upperBound))"
    }

    private static func coordinate(_ text: String?, _ name: String, _ range: ClosedRange<Double>) throws -> Double? {
        guard let text else { return nil }
        guard let value = Double(text.replacingOccurrences(of: ",", with: ".")), range.contains(value) else {
            throw WebError.badRequest("the \(name) '\(text)' is not a point in Kazakhstan (\(extentText), in decimal degrees)")
        }
        return value
    }

    // MARK: Forms, merges and deletions of either

    /// The form for a record: blank for a new one (revision 0).
    private func form<R: ArchiveRecord>(_ record: R, _ request: Request, _ context: WebContext,
                                        values: (R, WebContext) async throws -> [String: Any]) async throws -> Response {
        _ = try context.require(.editor)
        return try renderer.page("record-form", title: record.revision == 0 ? "New \(Self.noun(R.self))" : "Edit \(Self.noun(R.self))",
                                 try await values(record, context), context: context)
    }

    /// Applies a submitted form to a record (new at revision 0) and saves it with any place it names that the
    /// archive lacks; a refused form comes back with what the user wrote and why.
    private func save<R: ArchiveRecord>(_ original: R, _ request: Request, _ context: WebContext,
                                        values: (R, WebContext) async throws -> [String: Any],
                                        apply: (FormData, inout R, inout RecordLinker) throws -> Void) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: config.maxUploadBytes)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        var record = original
        var linker = try await RecordLinker(archive: archive)
        do {
            if original.revision > 0 { record.revision = try IncidentSearch.number(form["revision"] ?? "", "revision", in: 1...Int.max) }
            try apply(form, &record, &linker)
            var batch = ArchiveBatch(places: linker.newPlaces)
            switch record {
            case let person as Person: batch.persons = [person]
            case let organization as Organization: batch.organizations = [organization]
            case let place as Place: batch.places.append(place)
            default: throw WebError.badRequest("\(R.recordKind.rawValue) records are not edited here")
            }
            _ = try await archive.write(batch, by: Editor(user.name))
            return Response(status: .seeOther, headers: [.location: "/\(Self.path(R.self))/\(record.id.rawValue)"])
        } catch let error where [.badRequest, .conflict].contains(WebError.from(error)?.status) {
            let failure = WebError.from(error)!
            var shown = try await values(record, context)
            for field in ["name", "aliases", "place", "description", "statusHistory"] where form[field] != nil { shown[field] = form[field] ?? "" }
            shown["message"] = failure.message
            shown["conflict"] = failure.status == .conflict
            shown["currentRevision"] = original.revision
            return try renderer.page("record-form", title: original.revision == 0 ? "New \(Self.noun(R.self))" : "Edit \(Self.noun(R.self))",
                                     shown, context: context, status: failure.status)
        }
    }

    /// Merges the record of the path into the one the form names (by name or identifier), and shows the record kept.
    private func merge<R: ArchiveRecord>(_ type: R.Type, _ request: Request, _ context: WebContext,
                                         into: (String, R, Editor) async throws -> R.ID) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        let duplicate = try await record(R.self, context)
        guard let written = form.text("into") else { throw WebError.badRequest("name the record to merge into") }
        let kept = try await into(written, duplicate, Editor(user.name))
        return Response(status: .seeOther, headers: [.location: "/\(Self.path(R.self))/\(kept.rawValue)"])
    }

    private func delete<R: ArchiveRecord>(_ type: R.Type, _ request: Request, _ context: WebContext) async throws -> Response {
        let user = try context.require(.editor)
        let form = try await FormData.read(request, limit: 64 * 1024)
        try CSRFGuard.check(form[CSRFGuard.fieldName], request: request, context: context)
        let found = try await record(R.self, context)
        guard form["confirm"] == "yes" else { throw WebError.badRequest("tick the box to confirm the deletion first") }
        try await archive.delete(R.self, id: found.id, by: Editor(user.name))
        return Response(status: .seeOther, headers: [.location: "/\(Self.path(R.self))"])
    }

    private static func path<R: ArchiveRecord>(_ type: R.Type) -> String {
        switch R.recordKind { case .person: "persons"; case .organization: "organizations"; case .place: "places"; default: "incidents" }
    }
    private static func noun<R: ArchiveRecord>(_ type: R.Type) -> String {
        switch R.recordKind { case .person: "person"; case .organization: "organisation"; case .place: "place"; default: "record" }
    }

    // MARK: Shared

    /// The record named by the path, as the signed-in editor sees it.
    private func record<R: ArchiveRecord>(_ type: R.Type, _ context: WebContext) async throws -> R {
        _ = try context.require(.editor)
        let id = try context.parameters.require("id")
        guard let found = try await archive.fetch(R.self, id: R.ID(id), as: context.clearance) else {
            throw WebError.notFound("\(R.recordKind.rawValue) '\(id)'")
        }
        return found
    }

    private func common(kind: String, path: String, id: String, name: String, aliases: [String], placeID: Place.ID?, description: String?,
                        level: Confidentiality, revision: Int, context: WebContext) async throws -> [String: Any] {
        let place = try await placeID.asyncMap { try await archive.fetch(Place.self, id: $0, as: .everything) } ?? nil
        return [
            "kind": kind, "kindPath": path, "kindTitle": path == "persons" ? "People" : "Organisations",
            "id": id, "name": name, "aliases": aliases.joined(separator: "\n"), "place": place?.name ?? placeID?.rawValue ?? "",
            "description": description ?? "", "revision": revision, "isNew": revision == 0,
            "levels": Confidentiality.allCases.map { ["value": $0.rawValue, "selected": $0 == level] },
            "csrf": context.sessions.session?.csrf ?? "",
        ]
    }

    /// The fields people and organisations share.
    private func applyCommon(_ form: FormData, name: inout String, aliases: inout [String], placeID: inout Place.ID?,
                             description: inout String?, level: inout Confidentiality, linker: inout RecordLinker) throws {
        guard let written = form.text("name") else { throw WebError.badRequest("a name is required") }
        name = written
        aliases = (form["aliases"] ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && $0 != written }.uniqued()
        placeID = try form.text("place").map { try linker.resolvePlace($0) }
        description = form.text("description")
        level = try Confidentiality.parse(form["confidentiality"] ?? "")
    }
}

/// One change of an organisation's legal status as the form writes it: "2016-01-07 liquidated: court ruling",
/// the date optional (year, month or day), the note after a colon.
enum StatusHistoryLine {
    static func write(_ change: OrganizationStatusChange) -> String {
        [change.date?.iso, change.status.rawValue].compactMap { $0 }.joined(separator: " ") + (change.note.map { ": \($0)" } ?? "")
    }

    /// Reads a line; a change already recorded with the same date and status keeps the source it cites.
    static func read(_ line: String, keepingSourcesOf previous: [OrganizationStatusChange]) throws -> OrganizationStatusChange {
        let (head, note) = line.firstIndex(of: ":").map { (String(line[..<$0]), line[line.index(after: $0)...].trimmingCharacters(in: .whitespaces)) }
            ?? (line, "")
        var words = head.split(separator: " ").map(String.init)
        var date: PartialDate? = nil
        if let first = words.first, first.first?.isNumber == true {
            date = try PartialDate(iso: first)
            words.removeFirst()
        }
        guard words.count == 1 else {
            throw WebError.badRequest("cannot read the status line '\(line)': write it as '2016-01-07 liquidated: a note', the date optional")
        }
        let status = try OrganizationStatus.parse(words[0])
        var change = OrganizationStatusChange(date: date, status: status, note: note.isEmpty ? nil : note)
        change.source = previous.first { $0.date == date && $0.status == status }?.source
        return change
    }
}
