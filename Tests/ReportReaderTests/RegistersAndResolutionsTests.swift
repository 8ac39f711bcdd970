import CivicModel
import Testing
@testable import ReportReader

/// A press-freedom platform's alerts register (round 69, h247: field lines under each alert's headline, "Date of incident:
/// dd/mm/yyyy", updates of one alert inside a register last updated later), a parliament's resolution (h248: bans told in
/// relative clauses), an ombudsman's annual report (r127: "т.г.", a law's own date) and a regional news site writing bodies
/// and places in Kazakh (r128). Sentences of our own.
@Suite struct AlertsAndResolutionsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func anAlertsFieldLinesDateNoPublicationAndItsUpdateStaysItsOwn() {
        let register = read("""
        Press Freedom Watch: Kazakhstan alerts, 2026
        Last updated: 20/06/2026

        Alerts appear here once our correspondents have checked them.


        Cameraman held after filming a strike in Aktau
        Date of incident: 12/02/2026
        Category: Detention
        Source of threat: Police
        Status: Resolved

        Police in Aktau detained cameraman Daulet Sarybayev on 12 February as he filmed striking drivers.

        Update (20/02/2026): Sarybayev was released on 19 February.


        Weekly fined over a column on water tariffs
        Date of incident: 04/03/2026
        Category: Legal action
        Source of threat: Court

        A court in Taraz fined the weekly Talas Zhany 150 MCI on 4 March over a column on water tariffs.
        """)
        #expect(register.map(\.eventType) == [.detention, .release, .fine])
        #expect(register.map(\.date) == [day(2026, 2, 12), day(2026, 2, 19), day(2026, 3, 4)])
        // (The headline "Cameraman held …" over the field lines tells no act of its own.)
        #expect(register.first?.persons == ["Daulet Sarybayev"])
        // Near miss: a date line of the text itself still dates it ("Date of publication: …" is the text's day).
        let dated = read("""
        Monitoring bulletin
        Date of publication: 10/04/2026

        On Tuesday police in Semey detained activist Ruslan Ermekov.
        """)
        #expect(dated.first?.date == day(2026, 4, 7))
    }

    @Test func aCaseAlreadyNamedIsNotOpenedAgainByTheSentenceSayingWhy() {
        let alert = read("""
        Officers searched the offices of the news site Ertis Times in Pavlodar on 5 May 2026 as part of a criminal case under Article 274 of the Criminal Code. The case was reportedly opened over a reader's comment on a land auction.
        """)
        #expect(alert.map(\.eventType) == [.searchOfPremises])
        // Near miss: a case opened on a day of its own is an act.
        let opened = read("""
        Officers searched the offices of the news site Ertis Times in Pavlodar on 5 May 2026. The case was opened on 2 May 2026 against its editor Asel Nurlanova under Article 274 of the Criminal Code.
        """)
        #expect(opened.map(\.eventType) == [.searchOfPremises, .criminalCaseOpened])
    }

    @Test func aBanToldInARelativeClauseDescribesTheBody() {
        let recital = read("""
        whereas on 11 March 2026 the Taraz City Court sentenced the activist Nurbol Ismailov to four years' imprisonment for alleged participation in the Jana Zhol movement, which was declared extremist and banned in 2024;
        """)
        #expect(recital.map(\.eventType) == [.conviction])
        let participle = read("On 11 March 2026 a court in Taraz sentenced Nurbol Ismailov to four years in prison for membership of the Jana Zhol movement, banned as extremist in 2024.")
        #expect(participle.map(\.eventType) == [.conviction])
        // Near miss: a ban told as an act of its own after another act is still one.
        let ban = read("On 11 March 2026 police detained the activist Nurbol Ismailov, and on 20 March the court banned the Jana Zhol movement as extremist.")
        #expect(ban.map(\.eventType) == [.detention, .organizationBanned])
    }
}

@Suite struct OmbudsmanAndRegionalNewsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aLawsOwnDateMovesNoStoryAndThisYearIsTheReportsYear() {
        let report = read("""
        ДОКЛАД
        о деятельности за 2026 год

        Закон «О мирных собраниях» от 25 мая 2020 года устанавливает уведомительный порядок для пикетов.

        Заявитель Б. из Талдыкоргана сообщил, что 14 апреля т.г. его задержали сотрудники полиции у здания акимата.
        """)
        #expect(report.map(\.eventType) == [.detention])
        #expect(report.first?.date == day(2026, 4, 14))
    }

    @Test func severalApplicantsAreNotTheComplainantNamedBefore() {
        let report = read("""
        Обзор обращений за 2026 год

        Заявительница Г. из Костаная сообщила, что 3 марта 2026 года акимат отказал ей в согласовании пикета.

        По сведениям заявителей, 9 марта 2026 года полиция прекратила собрание жителей в Костанае.
        """)
        #expect(report.map(\.eventType) == [.assemblyRefused, .assemblyDispersed])
        #expect(report.last?.persons == [])
    }

    @Test func aBanForTheWholeTermTakesTheTermsLength() {
        let sameSentence = read("16 апреля 2026 года суд приговорил Асхата Жумабаева к двум годам ограничения свободы с запретом на весь срок заниматься общественной деятельностью.")
        #expect(sameSentence.first?.sanctions.map { [$0.kind.rawValue, "\(Int($0.years ?? 0))"] } == [["restriction_of_freedom", "2"], ["ban_on_activity", "2"]])
        let nextSentence = read("""
        16 апреля 2026 года суд приговорил Асхата Жумабаева к двум годам ограничения свободы. Суд счёл доказанным, что он вёл канал движения, которое признано экстремистским. Кроме того, ему на весь срок запрещено заниматься общественно-политической деятельностью.
        """)
        #expect(nextSentence.map(\.eventType) == [.conviction])
        #expect(nextSentence.first?.sanctions.map(\.kind) == [.restrictionOfFreedom, .banOnActivity])
        let ownTerm = read("16 апреля 2026 года суд приговорил Асхата Жумабаева к двум годам ограничения свободы. Помимо этого, ему на три года запрещено заниматься журналистской деятельностью.")
        #expect(ownTerm.first?.sanctions.last.map { [$0.kind.rawValue, "\(Int($0.years ?? 0))"] } == ["ban_on_activity", "3"])
        // Near miss: a ban with no term before it to take the length of adds nothing.
        let noTerm = read("16 апреля 2026 года суд оштрафовал Асхата Жумабаева на 50 МРП. Ему на весь срок запрещено заниматься общественной деятельностью.")
        #expect(noTerm.first?.sanctions.map(\.kind) == [.fine])
    }

    @Test func aBodyTheNewsComesFromIsNotActedOn() {
        let news = read("По данным правозащитного центра «Ашық сөз», 12 марта 2026 года полиция задержала активиста Ерлана Ахметова.")
        #expect(news.first?.organizations == [])
        #expect(news.first?.persons == ["Ерлан Ахметов"])
    }

    @Test func kazakhNamesOfRegionsAndATownsPeople() {
        let refusal = read("21 апреля 2026 года департамент юстиции Батыс Қазақстан облысы отказал в регистрации объединению «Жайық жастары».")
        #expect(refusal.first?.locations == ["West Kazakhstan Region"])
        let release = read("Ақтөбелік активист Ерлан Сәрсенбаев 22 апреля 2026 года вышел на свободу.")
        #expect(release.first?.locations == ["Aktobe"])
        let subject = read("17 апреля 2026 года Атырау облысының полиция департаменті возбудил уголовное дело по части 2 статьи 274 УК РК. Фигурантом стал блогер Нұрлан Өтепов.")
        #expect(subject.first?.persons == ["Нұрлан Өтепов"])
        #expect(subject.first?.locations == ["Atyrau Region"])
    }
}
