import Testing
@testable import ReportReader

/// A report's title from its opening lines, when the document has none of its own.
@Suite("Report titles")
struct ReportTitleTests {
    @Test("Menus saved with a web page are passed over for the first heading")
    func menusBeforeTheHeading() {
        let text = "Search\nSign in\nAll stories\nSteppe Bulletin: Pickets and fines in the regions\n\nIn May 2024 courts fined six activists.\n"
        #expect(ReportTitle.find(in: text) == "Steppe Bulletin: Pickets and fines in the regions")
    }

    @Test("A disclaimer paragraph before a title in capitals: the capitals, their lines joined")
    func capitalsAfterADisclaimer() {
        let text = """
        This brochure was printed with support from a foundation. The
        views in it are those of the authors alone and do not represent the funder.

        SHADOW REPORT OF CIVIC GROUPS ON
        FREEDOM OF ASSEMBLY IN THE REGIONS

        (Submitted to a treaty body)
        Aktobe, June 2024
        """
        #expect(ReportTitle.find(in: text) == "SHADOW REPORT OF CIVIC GROUPS ON FREEDOM OF ASSEMBLY IN THE REGIONS")
    }

    @Test("A short title line, and a body that opens without one")
    func shortTitlesAndNone() {
        #expect(ReportTitle.find(in: "Field notes\n\nOn 3 May 2024 police in Oral detained a blogger outside the akimat.") == "Field notes")
        let sentence = "Police in Oral detained a blogger outside the akimat on 3 May 2024 and held him for six hours before a court fined him, his lawyer said on Friday."
        let title = ReportTitle.find(in: sentence + "\n\nMore follows.")
        #expect(title?.hasSuffix(" …") == true)
        #expect((title?.count ?? 0) <= ReportTitle.fallbackLength + 2)
        #expect(sentence.hasPrefix(String(title?.dropLast(2) ?? "")))
        #expect(ReportTitle.find(in: "\n  \n") == nil)
    }

    @Test("A line that runs on into the next is a sentence, not a heading")
    func runOnLines() {
        let text = "Courts in three regions handed down fines and short jail terms to\npicketers during the spring.\n\nSpring review\n"
        #expect(ReportTitle.find(in: text) == "Courts in three regions handed down fines and short jail terms to …")
    }
}
