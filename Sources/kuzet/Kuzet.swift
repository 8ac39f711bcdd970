import ArgumentParser

@main
struct Kuzet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kuzet: a civic freedom monitor for Kazakhstan.",
        subcommands: [ServeCommand.self, UserCommand.self, Bench.self, AssemblyCommand.self, LawCommand.self, RegistrationCommand.self])
}
