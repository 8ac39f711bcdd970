import ArgumentParser

/// `kuzet bench …`: benchmarks that print speed and memory figures; nothing here asserts a time.
struct Bench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure Kuzet's speed and print the figures.",
        subcommands: [BenchArchive.self, BenchExtract.self, BenchGrow.self, BenchStats.self])
}
