import Archive
import CivicModel
import Foundation
import Hummingbird
import RecordLinking

extension RecordEditPages {
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
        let allPersonGroups = DuplicateGroups.of(persons.map { ($0.id.rawValue, $0.name, $0.allNames) })
        let allOrganizationGroups = DuplicateGroups.of(organizations.map { ($0.id.rawValue, $0.name, $0.allNames) })
        // Incidents are counted, not read, and a page shows a bounded number of groups: a large archive may hold many.
        let personGroups = try await rows(Array(allPersonGroups.prefix(Self.groupsShown)), kind: "person", path: "persons",
                                           level: Dictionary(uniqueKeysWithValues: persons.map { ($0.id.rawValue, $0.confidentiality) })) {
            try await archive.incidents(matching: IncidentQuery(personIDs: [Person.ID($0)], limit: 0), as: .everything).total
        }
        let organizationGroups = try await rows(Array(allOrganizationGroups.prefix(Self.groupsShown)), kind: "organization", path: "organizations",
                                                level: Dictionary(uniqueKeysWithValues: organizations.map { ($0.id.rawValue, $0.confidentiality) })) {
            try await archive.incidents(matching: IncidentQuery(organizationIDs: [Organization.ID($0)], limit: 0), as: .everything).total
        }
        let hidden = max(0, allPersonGroups.count - Self.groupsShown) + max(0, allOrganizationGroups.count - Self.groupsShown)
        return try renderer.page("duplicates", title: "Likely duplicates", [
            "personGroups": personGroups, "organizationGroups": organizationGroups,
            "none": personGroups.isEmpty && organizationGroups.isEmpty, "csrf": context.sessions.session?.csrf ?? "",
            "more": hidden > 0 ? "\(hidden.formatted()) more groups are not shown; merge these first, or list them all with `kuzet persons duplicates`." : "",
        ], context: context)
    }

    /// How many groups of each kind the page shows.
    static let groupsShown = 100

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

    func requireOneLevel<R: ArchiveRecord>(_ type: R.Type, _ ids: [String], level: (R) -> Confidentiality) async throws {
        var levels = Set<Confidentiality>()
        for id in ids {
            guard let record = try await archive.fetch(R.self, id: R.ID(id), as: .everything) else { throw WebError.notFound("\(R.recordKind.rawValue) '\(id)'") }
            levels.insert(level(record))
        }
        guard levels.count == 1 else { throw WebError.badRequest("these records have different access levels: give them the same level first") }
    }
}
