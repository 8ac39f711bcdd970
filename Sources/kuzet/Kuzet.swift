import ArgumentParser

@main
struct Kuzet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kuzet: a civic freedom monitor for Kazakhstan.",
        subcommands: [ServeCommand.self, UserCommand.self, AssemblyCommand.self, LawCommand.self, RegistrationCommand.self,
                      Extract.self, Review.self, Bench.self])
}
