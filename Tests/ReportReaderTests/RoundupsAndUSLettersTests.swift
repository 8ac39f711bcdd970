import CivicModel
import Testing
@testable import ReportReader

/// An NGO's submission to an OSCE meeting (round 93, h312), a regional news roundup (h313), a long-form reconstruction
/// (h314), a prosecutor's reply (r192), a lawyer's weekly channel post (r193), an annual report's chapter (r194); a UN
/// communications table (round 94, h315), a TV segment's transcript (h316), a diaspora letter with US dates (h317), a strike
/// diary (r195), an interview (r196) and a trial-monitoring report (r197). Sentences of our own in those styles.
@Suite struct RoundupsAndUSLettersTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aRoundupsItemFromHomeIsReadAfterOneFromAbroad() {
        let roundup = read("""
        THE REGION THIS WEEK
        Blogger fined in Taraz, union suspended in Pavlodar, Tajikistan changes NGO law
        April 6–12, 2026

        **KYRGYZSTAN, Osh** — Police detained two activists of a local youth group on Monday.

        **KAZAKHSTAN, Taraz** — On April 8 a court fined blogger Arman Dosov 20 MCI under Article 488, Part 1.

        **KAZAKHSTAN, Pavlodar** — The city akimat on Thursday refused to approve a notice filed by Dana Ermekova for a rally.
        """)
        // (The deck above sums up the stories below; the item from abroad is not read.)
        #expect(roundup.map(\.eventType) == [.fine, .assemblyRefused])
        // (Its "Thursday" is of the week the heading gives.)
        #expect(roundup.last?.date == day(2026, 4, 9))
    }

    @Test func aTextWritingItsMonthFirstIsReadMonthFirst() {
        let letter = read("""
        On 01/29/2025, a court in Taraz fined Dana Ermekova 100 MCI under Article 488, Part 6.

        Two days later, on 3/6/2025, the city court of Almaty remanded Arman Dosov in custody.
        """)
        #expect(letter.map(\.date) == [day(2025, 1, 29), day(2025, 3, 6)])
        // (A text writing its days day first keeps them so.)
        let dayFirst = read("""
        On 29/01/2025 a court in Taraz fined Dana Ermekova 100 MCI under Article 488, Part 6.

        On 3/6/2025 the city court of Almaty remanded Arman Dosov in custody.
        """)
        #expect(dayFirst.map(\.date) == [day(2025, 1, 29), day(2025, 6, 3)])
    }

    @Test func anOutletDescribedByItsPlatformIsABody() {
        let told = read("On August 19, 2025, the court suspended Ertis Times, an independent YouTube outlet, for three months.")
        #expect(told.first?.organizations == ["Ertis Times"])
    }

    @Test func herDetainedClientsAreNoDetention() {
        let told = read("On 29 January 2025 a court in Taraz fined Dana Ermekova 100 MCI for a solo picket in support of her detained clients.")
        #expect(told.map(\.eventType) == [.fine])
    }

    @Test func aDayInAClauseOfWhatTheActWentAgainstIsNotItsDay() {
        let told = read("On May 20, 2025, border guards in Almaty told Dana Ermekova that she was barred from leaving the country, although she had paid the fine in February.")
        #expect(told.map(\.eventType) == [.travelRestriction])
        #expect(told.first?.date == day(2025, 5, 20))
    }

    @Test func aDayAGatheringIsCalledForIsNotTheDayTold() {
        let diary = read("""
        Четверг, 6 марта 2025 года

        Профсоюз подал уведомление о митинге на 8 марта. В тот же день акимат Жанаозена отказал профсоюзу «Бірлік» в согласовании митинга.
        """)
        #expect(diary.map(\.eventType) == [.assemblyRefused])
        #expect(diary.first?.date == day(2025, 3, 6))
    }

    @Test func aGivenNameAndAnInitialNameAPerson() {
        let told = read("12 февраля 2026 года прокурор Караганды прекратил уголовное дело против Марата К. по ст. 380 УК.")
        #expect(told.first?.persons == ["Марат К."])
    }

    @Test func aPartyNamedWithItsTranslationInBracketsIsABody() {
        let told = read("On 7 August 2025 the Ministry of Justice refused to register the \"Adal Zhol\" (Just Path) party.")
        #expect(told.map(\.eventType) == [.registrationDenied])
        #expect(told.first?.organizations == ["Adal Zhol"])
    }

    @Test func theEveningOfTheirDetentionIsThatDay() {
        let told = read("""
        On 12 July 2025 police in Taraz detained Arman Dosov and Dana Ermekova. The next day a court sentenced Serik Ospanov to 10 days of administrative arrest. Mr Dosov and Ms Ermekova were released without charge on the evening of their detention.
        """)
        #expect(told.map(\.eventType) == [.detention, .administrativeArrest, .release])
        #expect(told.last?.date == day(2025, 7, 12))
    }

    @Test func aSitInBrokenUpWasDispersed() {
        let told = read("On 26 August 2025, a sit-in by some forty dismissed workers outside the city akimat in Zhanaozen was broken up by police.")
        #expect(told.map(\.eventType) == [.assemblyDispersed])
    }
}
