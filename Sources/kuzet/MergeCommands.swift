import Archive
import ArgumentParser
import CivicModel
import RecordLinking

/// `kuzet persons merge` and `kuzet persons duplicates` (and the same for organisations): records that name one
/// person or organisation in different spellings, found and joined.
extension PersonsCommand {
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge a duplicate person into the record kept: its incidents, spellings and missing details move over, then it is deleted.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The duplicate: an id, or a name that fits one person.") var duplicate: String
        @Option(help: "The person to keep: an id, or a name that fits one person.") var into: String
        @Flag(help: "Print the record kept as JSON.") var json = false

        func run() async throws {
            let archive = try await archiveOptions.open()
            var linker = try await RecordLinker(archive: archive)
            let from = try linker.resolvePerson(duplicate, confidentiality: .public)
            let to = try linker.resolvePerson(into, confidentiality: .public)
            if let missing = linker.newPersons.first { throw CLIError("no person '\(missing.name)' in the archive") }
            let moved = try await archive.incidents(matching: IncidentQuery(personIDs: [from], limit: 0), as: .everything).total
            let kept = try await archive.merge(person: from, into: to, by: .commandLine)
            if json { return try printJSON(kept) }
            print("merged \(from) into \(kept.name) (\(kept.id)): \(moved) incident\(moved == 1 ? "" : "s") moved; also written \(kept.aliases.joined(separator: ", "))")
        }
    }

    struct Duplicates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List people whose names are the same across transliterations (Bokayev / Bokaev): candidates for a merge.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let archive = try await archiveOptions.open()
            let persons = try await archive.list(Person.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
            try await printDuplicates(DuplicateGroups.of(persons.map { ($0.id.rawValue, $0.name, $0.allNames) }), json: json, archive: archive) {
                try await archive.incidents(matching: IncidentQuery(personIDs: [Person.ID($0)], limit: 0), as: .everything).total
            }
        }
    }
}

extension OrganizationsCommand {
    struct Merge: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Merge a duplicate organisation into the record kept: incidents, spellings, status history and details move over.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The duplicate: an id, a name or an alias.") var duplicate: String
        @Option(help: "The organisation to keep: an id, a name or an alias.") var into: String
        @Flag(help: "Print the record kept as JSON.") var json = false

        func run() async throws {
            let archive = try await archiveOptions.open()
            var linker = try await RecordLinker(archive: archive)
            let from = try linker.resolveOrganization(duplicate, confidentiality: .public)
            let to = try linker.resolveOrganization(into, confidentiality: .public)
            if let missing = linker.newOrganizations.first { throw CLIError("no organisation '\(missing.name)' in the archive") }
            let moved = try await archive.incidents(matching: IncidentQuery(organizationIDs: [from], limit: 0), as: .everything).total
            let kept = try await archive.merge(organization: from, into: to, by: .commandLine)
            if json { return try printJSON(kept) }
            print("merged \(from) into \(kept.name) (\(kept.id)): \(moved) incident\(moved == 1 ? "" : "s") moved; also written \(kept.aliases.joined(separator: ", "))")
        }
    }

    struct Duplicates: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List organisations whose names or aliases are the same apart from case, spacing and transliteration.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let archive = try await archiveOptions.open()
            let organizations = try await archive.list(Organization.self, matching: nil, as: .everything, limit: Int.max, offset: 0)
            try await printDuplicates(DuplicateGroups.of(organizations.map { ($0.id.rawValue, $0.name, $0.allNames) }), json: json, archive: archive) {
                try await archive.incidents(matching: IncidentQuery(organizationIDs: [Organization.ID($0)], limit: 0), as: .everything).total
            }
        }
    }
}

private func printDuplicates(_ groups: [[DuplicateGroups.Member]], json: Bool, archive: any Archive,
                             incidents: (String) async throws -> Int) async throws {
    if json { return try printJSON(groups) }
    var table = TextTable("GROUP", "ID", "NAME", "INCIDENTS")
    for (number, group) in groups.enumerated() {
        for member in group { table.add(String(number + 1), member.id, member.name, String(try await incidents(member.id))) }
    }
    print(table.render())
    print("\(groups.count) group\(groups.count == 1 ? "" : "s") of likely duplicates; join one with `merge DUPLICATE --into KEPT`")
}
