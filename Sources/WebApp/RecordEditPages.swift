import Archive
import CivicModel
import Foundation
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
        router.get("/sources/new", use: { try await form(Source(title: ""), $0, $1, values: sourceValues, template: "source-form") })
        router.post("/sources/new", use: { try await save(Source(title: ""), $0, $1, values: sourceValues, apply: applySource, template: "source-form") })
        router.get("/sources/{id}/edit", use: { try await form(try await record(Source.self, $1), $0, $1, values: sourceValues, template: "source-form") })
        router.post("/sources/{id}/edit", use: {
            try await save(try await record(Source.self, $1), $0, $1, values: sourceValues, apply: applySource, template: "source-form")
        })
        router.post("/sources/{id}/delete", use: { try await delete(Source.self, $0, $1) })
        router.get("/duplicates", use: duplicates)
        router.post("/duplicates", use: mergeGroup)
    }

    // MARK: People

    private func personValues(_ person: Person, context: WebContext) async throws -> [String: Any] {
        var values = try await common(kind: "person", path: "persons", id: person.id.rawValue, name: person.name, aliases: person.aliases,
                                      placeID: person.placeID, description: person.description, level: person.confidentiality,
                                      revision: person.revision, context: context)
        values["isPerson"] = true
        values["occupations"] = [["value": "", "label": "not recorded", "selected": person.occupation == nil]]
            + Occupation.allCases.map { ["value": $0.rawValue, "label": $0.label, "selected": $0 == person.occupation] }
        if person.revision > 0 { values["incidentCount"] = try await archive.incidents(matching: IncidentQuery(personIDs: [person.id], limit: 0), as: .everything).total }
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
            values["incidentCount"] = try await archive.incidents(matching: IncidentQuery(organizationIDs: [organization.id], limit: 0), as: .everything).total
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

    // MARK: Forms, merges and deletions of either

    /// The form for a record: blank for a new one (revision 0).
    private func form<R: ArchiveRecord>(_ record: R, _ request: Request, _ context: WebContext,
                                        values: (R, WebContext) async throws -> [String: Any], template: String = "record-form") async throws -> Response {
        _ = try context.require(.editor)
        return try renderer.page(template, title: record.revision == 0 ? "New \(Self.noun(R.self))" : "Edit \(Self.noun(R.self))",
                                 try await values(record, context), context: context)
    }

    /// Applies a submitted form to a record (new at revision 0) and saves it with any place it names that the
    /// archive lacks; a refused form comes back with what the user wrote and why.
    private func save<R: ArchiveRecord>(_ original: R, _ request: Request, _ context: WebContext,
                                        values: (R, WebContext) async throws -> [String: Any],
                                        apply: (FormData, inout R, inout RecordLinker) throws -> Void,
                                        template: String = "record-form") async throws -> Response {
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
            case let source as Source: batch.sources = [source]
            default: throw WebError.badRequest("\(R.recordKind.rawValue) records are not edited here")
            }
            _ = try await archive.write(batch, by: Editor(user.name))
            return Response(status: .seeOther, headers: [.location: "/\(Self.path(R.self))/\(record.id.rawValue)"])
        } catch let error where [.badRequest, .conflict].contains(WebError.from(error)?.status) {
            let failure = WebError.from(error)!
            var shown = try await values(record, context)
            for field in ["name", "aliases", "place", "description", "statusHistory", "title", "publisher", "url", "publishedOn", "text"]
            where form[field] != nil { shown[field] = form[field] ?? "" }
            shown["message"] = failure.message
            shown["conflict"] = failure.status == .conflict
            shown["currentRevision"] = original.revision
            return try renderer.page(template, title: original.revision == 0 ? "New \(Self.noun(R.self))" : "Edit \(Self.noun(R.self))",
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
        switch R.recordKind { case .person: "persons"; case .organization: "organizations"; case .place: "places"; case .source: "sources"; default: "incidents" }
    }
    private static func noun<R: ArchiveRecord>(_ type: R.Type) -> String {
        switch R.recordKind { case .person: "person"; case .organization: "organisation"; case .place: "place"; case .source: "source"; default: "record" }
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
