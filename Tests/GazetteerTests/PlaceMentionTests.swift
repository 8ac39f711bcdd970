import CivicModel
import Foundation
import Testing
@testable import Gazetteer

/// Finding places named in running text, with offsets in Unicode scalars.
@Suite struct PlaceMentionTests {
    let gazetteer = Gazetteer.kazakhstan

    private func found(_ text: String) -> [String] {
        gazetteer.mentions(in: text).map { "\($0.place.id.rawValue)@\($0.start)-\($0.end)" }
    }

    @Test func mentionsAfterCyrillicTextHaveScalarOffsets() {
        let text = "Ақтау: the «Aqtau» court in Mangystau Oblast fined Oralbek, an oral witness, for a picket."
        #expect(found(text) == ["pla-aktau@0-5", "pla-aktau@12-17", "pla-mangystau-region@28-44"])
        let mentions = gazetteer.mentions(in: text)
        let scalars = Array(text.unicodeScalars)
        for mention in mentions {
            #expect(String(String.UnicodeScalarView(scalars[mention.start..<mention.end])) == mention.written)
        }
        #expect(mentions.map(\.written) == ["Ақтау", "Aqtau", "Mangystau Oblast"])
    }

    @Test func longestNameWinsAndEmojiCountsAsOneScalar() {
        let text = "📍 Détentions à Nur-Sultan et à l’Almaty Region; later in Almaty, and in Kapshagay City."
        #expect(found(text) == [
            "pla-astana@15-25", "pla-almaty-region@33-46", "pla-almaty@57-63", "pla-konaev@72-86",
        ])
        #expect(gazetteer.mentions(in: text).last?.written == "Kapshagay City")
    }

    @Test func cyrillicNamesAndOralAsAWord() {
        let text = "Протест: the Семей akimat refused; protesters went to Oral instead."
        #expect(found(text) == ["pla-semey@13-18", "pla-uralsk@54-58"])
    }

    @Test func districtsRegionsWithoutSuffixAndCapitals() {
        let text = "Ekibastuz and the Uzunkol District Court, then East Kazakhstan and ALMATY."
        #expect(found(text) == [
            "pla-ekibastuz@0-9", "pla-uzunkol-district@18-34", "pla-east-kazakhstan-region@47-62", "pla-almaty@67-73",
        ])
    }

    @Test func noHitsInsideWordsOrLowerCase() {
        #expect(found("Oralbek and Almatyskaya met in Astanabad; an oral plea in almaty.").isEmpty)
        #expect(found("Nursultan Nazarbayev spoke.").isEmpty)
        #expect(found("").isEmpty)
        #expect(found("Almaty").count == 1)
        #expect(found("Almaty's court, Uralsk-based group").map { $0.prefix(while: { $0 != "@" }) } == ["pla-almaty", "pla-uralsk"])
    }

    @Test func namesMaySpanALineBreakButNotPunctuation() {
        #expect(found("in Almaty\nRegion") == ["pla-almaty-region@3-16"])
        #expect(found("in Almaty. Region") == ["pla-almaty@3-9"])
    }

    /// Throughput on text like a report's: mostly lower-case words, a capitalised word now and then, a few places.
    @Test func scanningIsFast() {
        let paragraph = "On a winter morning the police in Karaganda detained three activists who had gathered near " +
            "the akimat; a court in the Almaty Region later fined a blogger from Semey for a post about the case, and " +
            "reporters were warned by the prosecutor that coverage of the protest would be treated as participation. " +
            "The Oralbek family said that nobody had told them where their son was held for the first two days. "
        let text = String(repeating: paragraph, count: 10_000)
        let megabytes = Double(text.utf8.count) / 1_000_000
        let clock = ContinuousClock()
        var count = 0
        let elapsed = clock.measure { count = gazetteer.mentions(in: text).count }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let rate = megabytes / seconds
        print("mentions(in:) scanned \(String(format: "%.1f", megabytes)) MB at \(String(format: "%.1f", rate)) MB/s (wall clock)")
        #expect(count == 3 * 10_000)
        // A debug build on a shared machine is many times slower than release (measured ≈150 MB/s of CPU time
        // on the seed reports with -O); this only guards against accidental quadratic work.
        #expect(rate > 1)
    }
}
