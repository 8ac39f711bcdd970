import CivicModel
import Testing
@testable import ReportReader

@Suite struct LegalProvisionRecognizerTests {
    func refs(_ text: String) -> [LegalProvisionRef] { LegalProvisionRecognizer.provisions(in: tokens(text)).map(\.0) }

    @Test func articleOfTheCriminalCode() {
        let found = refs("He was charged under Article 405 of the Criminal Code last week.")
        #expect(found.map(\.citation) == ["CC 405"])
        #expect(found.first?.text == "Article 405 of the Criminal Code")
    }

    @Test func severalArticlesShareOnePhrase() {
        let found = refs("She was found guilty under Criminal Code Articles 174, 272 and 405.")
        #expect(found.map(\.article) == ["174", "272", "405"])
        #expect(Set(found.compactMap(\.text)) == ["Criminal Code Articles 174, 272 and 405"])
    }

    @Test func partOrParagraphOfAnArticle() {
        #expect(refs("under Part 3 of Article 274 of the Criminal Code").map(\.citation) == ["CC 274 part 3"])
        #expect(refs("under paragraph 1 of Article 453 of the Code on Administrative Offences").map(\.citation) == ["CoAO 453 part 1"])
        #expect(refs("under Part 2 of Criminal Code Article 256").map(\.citation) == ["CC 256 part 2"])
        #expect(refs("under Article 488, part 6, of the Code of Administrative Offences").map(\.citation) == ["CoAO 488 part 6"])
    }

    @Test func administrativeCodeAndShortCitations() {
        #expect(refs("fined under Article 488 of the Administrative Code").map(\.citation) == ["CoAO 488"])
        #expect(refs("a protocol under CoAO 488 part 6 was drawn up").map(\.citation) == ["CoAO 488 part 6"])
    }

    @Test func articlesOfOtherTextsAreNotCodeProvisions() {
        #expect(refs("This breaches Article 21 of the ICCPR.").isEmpty)
        #expect(refs("Article 32 guarantees assembly.").isEmpty)
    }
}
