import CivicModel
import Testing
@testable import ReportReader

/// A news agency's week in review (round 55, r99) and an encyclopaedia's biography (h220): day headings in capitals, items
/// under headlines "Town: what happened", a source in brackets closing each item, a list of references with carets. Sentences
/// of our own.
@Suite struct WeeklyDigestsTests {
    @Test func anItemsSourceInBracketsEndsItsParagraph() {
        // Without the rule the next day's heading is read on into the item and its weekday counts from the day before.
        let digest = read("""
        Обзор недели, 6–10 апреля 2026 года

        ВТОРНИК, 7 АПРЕЛЯ

        Во вторник суд Актобе оштрафовал активистку Жанну Сеитову на 30 МРП. (Ақтөбе Хабар)

        СРЕДА, 8 АПРЕЛЯ

        В среду полиция Костаная задержала блогера Армана Нуртаева у его дома.
        """)
        #expect(digest.map(\.eventType) == [.fine, .detention])
        #expect(digest.last?.date == (try? PartialDate(year: 2026, month: 4, day: 8)))
    }

    @Test func aHeadlineWithItsTownIsToldByTheItemBelow() {
        let digest = read("""
        Обзор недели, 6–10 апреля 2026 года

        СРЕДА, 8 АПРЕЛЯ

        Костанай: блогера задержали у дома

        В среду полиция Костаная задержала блогера Армана Нуртаева у его дома.
        """)
        #expect(digest.map(\.eventType) == [.detention])
        #expect(digest.first?.date == (try? PartialDate(year: 2026, month: 4, day: 8)))
        // Near miss: a sentence that opens with a town and a colon and ends with a full stop is the item itself.
        #expect(read("Костанай: 6 мая 2026 года полиция задержала блогера Армана Нуртаева.").map(\.eventType) == [.detention])
    }

    @Test func aBodyRefusedRegistrationByItsNameAlone() {
        // The name opens with a town's; the body is named, the town is no place of the act.
        let refused = read("In May 2025 the justice department refused to register Taraz Zhastary as a public association, citing its charter.")
        #expect(refused.map(\.eventType) == [.registrationDenied])
        #expect(refused.first?.organizations == ["Taraz Zhastary"])
        #expect(refused.first?.locations.contains("Taraz") == false)
        // Near miss: a lower-case object names no body.
        #expect(read("In May 2025 the justice department refused to register the group, citing its charter.").first?.organizations == [])
    }

    @Test func aReferenceWithACaretIsNoAct() {
        let page = read("""
        Arman Nurtayev (born 1990) is a blogger from Kostanay. On 6 May 2026 police in Kostanay detained him outside his home.

        References

        1. ^ "Kostanay blogger detained outside his home". Kostanay News. 7 May 2026.
        2. ^ "Blogger fined for a post". Kostanay News. 9 May 2026.
        """)
        #expect(page.map(\.eventType) == [.detention])
        #expect(ReportReader.Session.isCitation(Array("3. ^ \"Blogger fined\"".unicodeScalars)[...]))
        // Near miss: a caret inside a sentence is no reference.
        #expect(!ReportReader.Session.isCitation(Array("The fine went up ^ twice in 2025.".unicodeScalars)[...]))
    }
}
