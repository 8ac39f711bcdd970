import Archive
import ArgumentParser
import CivicModel
import Foundation

/// `kuzet persons list|show|duplicates|merge`.
struct PersonsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "persons", abstract: "List persons, show a person's case history, find and merge duplicates.",
        subcommands: [List.self, Show.self, Duplicates.self, Merge.self])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List persons by name.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Option(help: "Only names matching these words.") var search: String?
        @OptionGroup var page: PageOptions

        func run() async throws {
            let archive = try await archiveOptions.open()
            let persons = try await archive.list(Person.self, matching: search, as: .everything, limit: page.limit, offset: page.offset)
            if page.json { return try printJSON(persons) }
            var table = TextTable("ID", "NAME", "OCCUPATION", "ALSO WRITTEN", "INCIDENTS")
            for person in persons {
                let count = try await archive.incidents(matching: IncidentQuery(personIDs: [person.id], limit: 0), as: .everything).total
                table.add(person.id.rawValue, person.name, person.occupation?.label ?? "", person.aliases.joined(separator: ", "), String(count))
            }
            print(table.render())
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a person and the timeline of their incidents.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The person's id or name (any transliteration).") var person: String
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let archive = try await archiveOptions.open()
            var found = try await archive.fetch(Person.self, id: Person.ID(person), as: .everything).map { [$0] } ?? []
            if found.isEmpty { found = try await archive.persons(named: person, as: .everything) }
            guard let record = found.first else { throw CLIError("no person '\(person)'") }
            guard found.count == 1 else {
                throw CLIError("'\(person)' names \(found.count) persons: \(found.map { "\($0.name) (\($0.id))" }.joined(separator: ", ")); give an id")
            }
            let timeline = try await archive.timeline(person: record.id, as: .everything)
            if json {
                struct Output: Encodable { var person: Person; var incidents: [Incident] }
                return try printJSON(Output(person: record, incidents: timeline))
            }
            try await printRecordTimeline(title: record.name, subtitle: [record.occupation?.label, record.aliases.isEmpty ? nil : "also written " + record.aliases.joined(separator: ", "), record.description].compactMap { $0 }, timeline: timeline, archive: archive)
        }
    }
}

/// `kuzet organizations list|show|duplicates|merge`.
struct OrganizationsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "organizations", abstract: "List organisations, show an organisation's history, find and merge duplicates.",
        subcommands: [List.self, Show.self, Duplicates.self, Merge.self], aliases: ["organisations"])

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List organisations by name.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Option(help: "Only names matching these words.") var search: String?
        @OptionGroup var page: PageOptions

        func run() async throws {
            let archive = try await archiveOptions.open()
            let organizations = try await archive.list(Organization.self, matching: search, as: .everything, limit: page.limit, offset: page.offset)
            if page.json { return try printJSON(organizations) }
            var table = TextTable("ID", "NAME", "KIND", "STATUS", "INCIDENTS")
            for org in organizations {
                let count = try await archive.incidents(matching: IncidentQuery(organizationIDs: [org.id], limit: 0), as: .everything).total
                table.add(org.id.rawValue, org.name, org.kind.label, org.statusHistory.last?.status.label ?? "", String(count))
            }
            print(table.render())
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an organisation, its legal status over time and its incidents.")
        @OptionGroup var archiveOptions: ArchiveOptions
        @Argument(help: "The organisation's id, name or alias.") var organization: String
        @Flag(help: "Print JSON.") var json = false

        func run() async throws {
            let archive = try await archiveOptions.open()
            let found = try await IncidentFilterOptions.organizations(named: organization, in: archive)
            guard found.count == 1, let record = found.first else {
                throw CLIError("'\(organization)' names \(found.count) organisations; give an id")
            }
            let timeline = try await archive.timeline(organization: record.id, as: .everything)
            if json {
                struct Output: Encodable { var organization: Organization; var incidents: [Incident] }
                return try printJSON(Output(organization: record, incidents: timeline))
            }
            var subtitle = [record.kind.label]
            if !record.aliases.isEmpty { subtitle.append("also " + record.aliases.joined(separator: ", ")) }
            for change in record.statusHistory {
                subtitle.append("\(change.date?.iso ?? "date unknown"): \(change.status.label)\(change.note.map { " — \($0)" } ?? "")")
            }
            try await printRecordTimeline(title: record.name, subtitle: subtitle, timeline: timeline, archive: archive)
        }
    }
}

/// Prints a heading and a table of incidents, oldest first.
func printRecordTimeline(title: String, subtitle: [String], timeline: [Incident], archive: any Archive) async throws {
    print(title)
    for line in subtitle { print("  \(line)") }
    print("")
    var table = TextTable("DATE", "TYPE", "ID", "SUMMARY")
    for incident in timeline {
        table.add(incident.date?.iso ?? "—", incident.eventType.rawValue, incident.id.rawValue, incident.summary)
    }
    print(table.render())
    print("\(timeline.count) incident\(timeline.count == 1 ? "" : "s")")
}
