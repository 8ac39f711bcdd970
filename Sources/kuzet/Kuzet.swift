import ArgumentParser

@main
struct Kuzet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kuzet: a civic freedom monitor for Kazakhstan.",
        discussion: "Document incidents, check them against the law in force, read reports, and report.",
        subcommands: [
            ServeCommand.self, UserCommand.self, ImportCommand.self, ExportCommand.self, IncidentsCommand.self, PersonsCommand.self, OrganizationsCommand.self, SourcesCommand.self,
            AttachmentsCommand.self, Extract.self, Review.self, MigrateCommand.self, BackupCommand.self,
            DemoCommand.self, Bench.self, LawCommand.self, AssemblyCommand.self, RegistrationCommand.self,
            StatsCommand.self, RatingCommand.self, ReportCommand.self, RecommendationsCommand.self,
        ])
}
