import Testing
@testable import ReportReader

/// The keyed word lookups and the UTF-8 decoding that replaced `Set<String>` and `Array(text.unicodeScalars)`:
/// they must answer exactly as those did.
@Suite struct WordSetTests {
    @Test func aWordSetFindsItsWordsAndNothingElse() {
        let set = WordSet(["court", "akimat", "prosecutor’s", "•", "г"])
        for word in ["court", "akimat", "prosecutor’s", "•", "г"] { #expect(set.contains(word), "\(word)") }
        for word in ["courts", "cour", "", "Court", "prosecutor's", "·", "akimats"] { #expect(!set.contains(word), "\(word)") }
        // A large set, so that probing runs past occupied slots.
        let many = WordSet((0..<5_000).map { "w\($0)" })
        #expect((0..<5_000).allSatisfy { many.contains("w\($0)") })
        #expect(!(5_000..<6_000).contains { many.contains("w\($0)") })
    }

    @Test func tokensAreLookedUpByTheirLowerCaseForm() {
        let set = WordSet(["court", "sentenced", "“"])
        let found = tokens("The COURT Court court sentenced “him”.")
        #expect(found.filter { set.contains($0) }.map(\.text) == ["COURT", "Court", "court", "sentenced", "“"])
        // Equal lower-case forms have equal keys, whatever the capitals and the script.
        let words = tokens("Court court COURT Суд суд")
        #expect(words[0].key == words[1].key && words[1].key == words[2].key && words[0].key != words[3].key)
        #expect(words[3].key == words[4].key && words[3].lower == "суд")
        let map = WordMap(["january": 1, "may": 5])
        #expect(map[tokens("May")[0]] == 5 && map[tokens("June")[0]] == nil && map["january"] == 1)
    }

    @Test func marksAreToldApartByTheirOnlyScalar() {
        let found = tokens("On 1st May “Uralsk” – 1,5 ’")
        #expect(found[1].text == "1" && found[1].isMark("1"))
        #expect(found[3].isMark("“") && !found[3].isMark("”") && found[5].isMark("”"))
        #expect(found[6].isMark("–") && !found[6].isMark("-"))
        #expect(!found[7].isMark("1"))
        #expect(found[8].isMark("’"))
        #expect(found[0].first == "o" && found[4].first == "u")
    }

    @Test func decodingValidUTF8GivesTheStringsScalars() {
        let text = "Almaty, 5 мая 2021 — “Kazakh” ǵ 🇰🇿 end\n"
        #expect(ScalarDecoder.scalars(of: text) == Array(text.unicodeScalars))
        let bytes = Array(text.utf8)
        #expect(bytes.withUnsafeBufferPointer { ScalarDecoder.scalars(ofValidUTF8: $0) } == Array(text.unicodeScalars))
        #expect(ScalarDecoder.scalars(of: "").isEmpty)
    }
}
