import ArgumentParser

@main
struct Kuzet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kuzet: a civic freedom monitor for Kazakhstan.",
        discussion: "Document incidents, check them against the law in force, read reports, and report.",
        subcommands: [
            ImportCommand.self, ExportCommand.self, IncidentsCommand.self, PersonsCommand.self, OrganizationsCommand.self,
            MigrateCommand.self, Bench.self,
        ])
}
