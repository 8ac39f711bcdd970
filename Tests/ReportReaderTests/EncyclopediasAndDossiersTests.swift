import CivicModel
import Testing
@testable import ReportReader

/// An encyclopedia article with an infobox and editors' notes (round 72, h253), an NGO's report to its donors with clients
/// named by initials (h254), a lawyers' dossier on an association (r134). Sentences of our own.
@Suite struct EncyclopediasAndDossiersTests {
    func month(_ y: Int, _ m: Int) -> PartialDate? { try? PartialDate(year: y, month: m) }

    @Test func anEditorsNoteInBracketsEndsItsSentence() {
        let article = read("""
        On 4 March 2025 police detained Arman Dosov and Saule Bekova in Taraz.[2] Bekova was fined 50 MCI the next day.[3][citation needed]

        From 9 to 11 March 2025 mobile internet was restricted in Taraz, and residents said messaging apps were down; the operator blamed "maintenance".[4]
        """)
        #expect(article.map(\.eventType) == [.detention, .fine, .internetShutdown])
        // (The fine's sentence ends at its notes: the span of days below is not its date.)
        #expect(article[1].date == day(2025, 3, 5))
        #expect(article[1].quote.hasSuffix("[citation needed]"))
        // A mark in capitals is a label, not a note: it opens the next sentence.
        let labelled = SentenceSplitter.sentences(Array(tokens("He was fined.[8][UPDATE] He was released.")))
        #expect(labelled.count == 2)
    }

    @Test func anInfoboxsSpanOfDaysIsNotTheDayOfWriting() {
        let article = read("""
        Taraz bus drivers' strike

        Date: 20 November 2025 – March 2026
        Location: Taraz, Jambyl Region

        On 8 January 2026 police opened a criminal case against Arman Dosov. His flat in Taraz was searched on 10 January.
        """)
        #expect(article.map(\.date) == [day(2026, 1, 8), day(2026, 1, 10)])
        // A single day under the same label still dates the text.
        let memo = read("""
        Date: 20 November 2025

        Police detained Arman Dosov in Taraz on Monday.
        """)
        #expect(memo.first?.date == day(2025, 11, 17))
    }

    @Test func internetRestrictedOrBlockedIsAShutdown() {
        #expect(read("On 5 January 2026 mobile internet was restricted in Zhanaozen.").first?.eventType == .internetShutdown)
        #expect(read("On 5 January 2026 the authorities blocked access to the internet in Almaty.").first?.eventType == .internetShutdown)
        #expect(read("The new law lets the authorities restrict the internet in an emergency.").isEmpty)
    }

    @Test func remainingInCustodyIsAStateNotAnAct() {
        let report = read("On 12 October 2025 police detained editor Arman Dosov in Almaty. Dosov remains in custody, and his trial is expected in spring.")
        #expect(report.map(\.eventType) == [.detention])
    }

    @Test func aScenesMonthDatesTheActsOfItsParagraph() {
        let report = read("""
        Case highlights, 2025

        Zhanaozen: a meeting over wages
        In July, about 60 drivers gathered outside the depot to demand unpaid wages. Their spokesman Arman Dosov was fined 100 MCI under Article 488 of the CoAO.

        In late March, police in Aktobe detained blogger Saule Bekova outside the akimat. The next day a court sentenced her to 10 days of administrative arrest.
        """)
        #expect(report.map(\.eventType) == [.fine, .detention, .administrativeArrest])
        #expect(report.map(\.date) == [month(2025, 7), month(2025, 3), month(2025, 3)])
        // (A month's tally is no scene: its counted detentions stay a statistic.)
        let tally = read("""
        Statistics for 2025

        In September 2025, the centre recorded 18 notifications of assemblies in 7 cities. At least 9 people were detained at pickets.
        """)
        #expect(tally.isEmpty)
    }

    @Test func initialsNameAClientWhoAskedNotToBeNamed() {
        let report = read("""
        In May 2025, police in Kyzylorda opened a criminal case against A.K., a school teacher, under Article 274 of the Criminal Code. In November 2025 the court acquitted A.K. of all charges.
        """)
        #expect(report.map(\.persons) == [["A.K."], ["A.K."]])
        #expect(read("On 3 May 2025 police in Kyzylorda detained citizen K. over a post.").first?.persons == ["K."])
        // (Initials before a surname are the name's; a country's are no one's.)
        #expect(read("On 3 May 2025 the U.S. embassy said police had detained Saule Bekova in Almaty.").first?.persons == ["Saule Bekova"])
    }

    @Test func aDossiersOfficialeseAndItsAsides() {
        let dossier = read("""
        12.04.2024 Департамент юстиции вынес в адрес ОО «Ашық алаң» письменное предупреждение.
        14.10.2024 суд приостановил деятельность ОО «Ашық алаң» на три месяца. Два сотрудника уволились.
        В феврале 2024 года ДГД провёл проверку ОО «Ашық алаң».
        03.04.2025 полиция начала расследование по ч. 2 ст. 274 УК в связи с публикацией Ерланом Садыковым поста о применении силы к задержанным.
        05.04.2025 в офисе объединения был проведён обыск. Изъятая техника до сих пор не возвращена.
        """)
        #expect(dossier.map(\.eventType) == [.warning, .organizationSuspended, .other, .criminalCaseOpened, .searchOfPremises])
        // (The state's revenue department acts; it is not acted on.)
        #expect(dossier[2].organizations == ["Ашық алаң"])
    }
}
