import ArgumentParser

@main
struct Kuzet: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Kuzet: a civic freedom monitor for Kazakhstan.",
        subcommands: [Extract.self, Review.self, Bench.self])
}
