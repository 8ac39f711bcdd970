import Testing
@testable import ReportReader

@Suite struct TokenizerTests {
    @Test func offsetsCountScalarsAndOrdinalsStayWithTheirNumber() {
        let found = tokens("On 5th May, 538,000 KZT.")
        #expect(found.map(\.text) == ["On", "5", "May", ",", "538,000", "KZT", "."])
        #expect(found[1].start == 3 && found[1].end == 6)
        #expect(found[4].value == 538_000)
        #expect(found[5].isAllCaps && found[0].isCapitalized && !found[0].isAllCaps)
        let flag = tokens("🇰🇿 Almaty")
        #expect(flag.last?.text == "Almaty" && flag.last?.start == 3)
    }

    @Test func sentencesEndAtFullStopsButNotAfterAbbreviations() {
        let sentences = SentenceSplitter.sentences(Array(tokens("The Court No. 2 met. A. Ivanov spoke. Then it ended.")))
        #expect(sentences.count == 3)
    }

    @Test func wordsRunTogetherAreSplitAfterAFunctionWord() {
        #expect(tokens("The court sentenced him toadministrative detention.").map(\.lower).contains("administrative"))
        #expect(tokens("The picket was held asBekova said.").map(\.text).contains("Bekova"))
        #expect(tokens("The information was inaccessible together with another tool.").map(\.lower)
                == ["the", "information", "was", "inaccessible", "together", "with", "another", "tool", "."])
    }

}
