import ArgumentParser
import Foundation
import ReportReader

/// `kuzet bench extract`: how fast the report reader reads a large corpus, and its peak memory.
struct BenchExtract: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Read a large corpus (the seed reports repeated) and print MB/s and peak memory.")

    @Option(help: "Corpus size in megabytes.")
    var sizeMb: Int = 100

    @Option(help: "Folder of .txt reports to repeat (default ../shared/seeds).")
    var corpus: String = "../shared/seeds"

    func run() async throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: corpus, isDirectory: &isFolder), isFolder.boolValue else {
            throw CLIError("no folder at \(corpus) (--corpus names a folder of .txt reports)")
        }
        let texts = try FileManager.default.contentsOfDirectory(atPath: corpus).filter { $0.hasSuffix(".txt") }.sorted()
            .compactMap { FileManager.default.contents(atPath: "\(corpus)/\($0)") }
        guard !texts.isEmpty else { throw ValidationError("no .txt reports in \(corpus)") }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kuzet-bench-\(UUID().uuidString).txt").path
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw ValidationError("cannot write \(path)") }
        defer { try? FileManager.default.removeItem(atPath: path) }
        let target = sizeMb * 1_000_000
        var written = 0
        let out = FileHandle(forWritingAtPath: path)!
        while written < target {
            for text in texts where written < target {
                out.write(text)
                out.write(Data("\n\n".utf8))
                written += text.count + 2
            }
        }
        try out.close()

        let memoryBefore = BenchExtract.peakResidentKilobytes()
        let clock = ContinuousClock()
        let cpuBefore = BenchExtract.cpuSeconds()
        var incidents = 0
        let elapsed = try clock.measure {
            try ReportReader().readText(fileAt: path) { _ in incidents += 1 }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let cpu = BenchExtract.cpuSeconds() - cpuBefore
        let megabytes = Double(written) / 1_000_000
        print("corpus: \(String(format: "%.1f", megabytes)) MB from \(texts.count) reports repeated")
        print("incidents: \(incidents)")
        print("time: \(String(format: "%.2f", seconds)) s")
        print("throughput: \(String(format: "%.1f", megabytes / seconds)) MB/s (wall clock)")
        print("throughput: \(String(format: "%.1f", megabytes / cpu)) MB/s of CPU time (\(String(format: "%.2f", cpu)) s)")
        print("peak RSS: \(BenchExtract.peakResidentKilobytes() / 1024) MB (before reading: \(memoryBefore / 1024) MB)")
    }

    /// User and system CPU time of this process so far, in seconds (unaffected by other processes' load).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// VmHWM from /proc/self/status: the most resident memory the process has had, in kilobytes.
    static func peakResidentKilobytes() -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
        }
        return 0
    }
}
