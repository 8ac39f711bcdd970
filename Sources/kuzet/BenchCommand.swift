import ArgumentParser

/// `kuzet bench …`: benchmarks that print speed and memory figures.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run benchmarks and print their figures.",
        subcommands: [BenchExtract.self])
}
