import Foundation
import Testing

/// `kuzet demo`: the demo archive from the seed reports.
@Suite struct DemoCommandTests {
    @Test func theDemoLoadsOnceAndShowsTheReportsWordsWhenTheyArePresent() throws {
        let dir = try KuzetProcess.temporaryDirectory()
        let db = dir.appendingPathComponent("demo.sqlite").path
        let seeds = KuzetProcess.shared.appendingPathComponent("seeds").path
        let haveSeeds = FileManager.default.fileExists(atPath: seeds)
        var arguments = ["demo", "--database", db]
        if haveSeeds { arguments += ["--reports", seeds] }
        let first = try KuzetProcess.run(arguments)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("132 incidents"))
        let again = try KuzetProcess.run(arguments)
        #expect(again.stdout.contains("(0 records written)"), "loading twice changes nothing")

        let publicExport = try KuzetProcess.run(["export", "--format", "jsonl", "--database", db])
        #expect(publicExport.stdout.split(separator: "\n").count == 130, "the two synthetic records are not public")
        #expect(!publicExport.stdout.contains("synthetic"))

        let show = try KuzetProcess.run(["incidents", "show", "inc-002-01", "--database", db])
        #expect(show.status == 0)
        guard haveSeeds else {
            print("skipped the quote check: \(seeds) is absent")
            return
        }
        // The quote comes from the report on disk, never from the repository.
        let report = try String(contentsOfFile: seeds + "/002_cc90e563ada56086.txt", encoding: .utf8)
        let line = show.stdout.split(separator: "\n").first { $0.hasPrefix("  “") }.map { String($0.dropFirst(3).dropLast()) }
        #expect(line.map { report.contains($0) } == true, "the passage is the report's own text")
    }
}
