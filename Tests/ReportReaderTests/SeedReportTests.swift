import Foundation
import Testing
@testable import ReportReader

/// Reads the real seed reports from `../shared/seeds` (skipped when the folder is absent).
@Suite struct SeedReportTests {
    static let seeds: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { break }
        }
        return url.deletingLastPathComponent().appendingPathComponent("shared/seeds")
    }()

    func seed(_ prefix: String) throws -> ReportDocument? {
        guard let name = try? FileManager.default.contentsOfDirectory(atPath: Self.seeds.path).first(where: { $0.hasPrefix(prefix) }) else {
            print("skipping: no seed report \(prefix)* in \(Self.seeds.path)")
            return nil
        }
        return try ReportDocument.load(path: Self.seeds.appendingPathComponent(name).path)
    }

    @Test func theExplainerWithoutEventsGivesNothing() throws {
        guard let document = try seed("000_") else { return }
        #expect(ReportReader().read(document).isEmpty)
    }

    /// The seeds' sentences shuffled, cut and glued into new paragraphs (a fixed sequence of draws): whatever the order of
    /// what the reader meets, it must not fault, and every quote must still be the text at its offsets.
    @Test func shuffledAndCutSentencesReadWithoutFault() throws {
        var sentences: [String] = []
        for prefix in ["001_", "002_", "003_", "004_"] {
            guard let document = try seed(prefix) else { continue }
            sentences += document.text.split(separator: ". ").map(String.init)
        }
        guard !sentences.isEmpty else { return }
        var draws = SplitMix(seed: 20_161_216)
        for _ in 0..<60 {
            var text = ""
            for _ in 0..<(3 + draws.next(40)) {
                var sentence = sentences[draws.next(sentences.count)]
                if draws.next(3) == 0 {
                    let words = sentence.split(separator: " ")
                    let from = draws.next(words.count + 1), to = from + draws.next(words.count - from + 1)
                    sentence = words[from..<to].joined(separator: " ")
                }
                text += sentence + (draws.next(5) == 0 ? ".\n\n" : ". ")
            }
            let scalars = Array(text.unicodeScalars)
            for incident in ReportReader().read(ReportDocument(name: "shuffled.txt", text: text)) {
                #expect(incident.start >= 0 && incident.start < incident.end && incident.end <= scalars.count)
                #expect(String(String.UnicodeScalarView(scalars[incident.start..<incident.end])) == incident.quote)
            }
        }
    }

    @Test func everyQuoteIsTheTextAtItsOffsets() throws {
        for prefix in ["001_", "002_", "003_", "004_"] {
            guard let document = try seed(prefix) else { continue }
            let scalars = Array(document.text.unicodeScalars)
            let incidents = ReportReader().read(document)
            #expect(!incidents.isEmpty, "\(prefix) gave no incidents")
            for incident in incidents {
                #expect(incident.start >= 0 && incident.end <= scalars.count && incident.start < incident.end)
                #expect(String(String.UnicodeScalarView(scalars[incident.start..<incident.end])) == incident.quote)
                #expect((0...1).contains(incident.confidence))
            }
        }
    }

    @Test func theMonitorUpdateYieldsItsCourtCases() throws {
        guard let document = try seed("002_") else { return }
        let incidents = ReportReader().read(document)
        // The update documents dozens of acts, most of them with a date in February or March 2021.
        #expect(incidents.count >= 50)
        let dated2021 = incidents.filter { $0.date?.iso.hasPrefix("2021") == true }
        #expect(dated2021.count >= 40)
        #expect(incidents.contains { $0.eventType == .administrativeArrest && $0.sanctions.contains { $0.kind == .administrativeArrest && $0.days != nil } })
        #expect(incidents.contains { $0.eventType == .politicalPrisonerRecognized })
    }

    @Test func streamingGivesTheSameIncidentsAsReadingWhole() throws {
        guard let document = try seed("002_") else { return }
        var streamed: [ProposedIncident] = []
        try ReportReader().readText(fileAt: document.name, blockSize: 4096) { streamed.append($0) }
        #expect(streamed == ReportReader().read(document))
    }
}

/// A small deterministic generator (SplitMix64), so that a shuffled test reads the same texts on every run.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    /// A number in `0..<bound` (0 when `bound` is 0).
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return bound <= 0 ? 0 : Int(z % UInt64(bound))
    }
}
