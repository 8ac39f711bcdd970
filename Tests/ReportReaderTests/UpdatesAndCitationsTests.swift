import CivicModel
import Testing
@testable import ReportReader

/// The thirty-seventh round of unseen reports (a wiki-style article with a timeline and references, a union federation's
/// country entry, a fact check; in Russian a legal explainer and a defender's post with an update): the rules their
/// misses asked for, in sentences of our own.
@Suite struct UpdatesAndCitationsTests {
    @Test func anAdministrativeFindingFinedInTheNextSentenceIsAFine() {
        let text = "On 9 April 2025, a court in Taraz found Serik Omarov guilty under Part 1 of Article 488 of the Administrative Code. He was ordered to pay a fine of 40 MCI."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.fine])
        #expect(incidents.first?.sanctions.first?.amount == 40)
        // A criminal finding with a fine stays a conviction.
        let criminal = read("On 9 April 2025, a court in Taraz found Serik Omarov guilty under Article 174 of the Criminal Code. The penalty was a fine of 2,000 MCI.")
        #expect(criminal.map(\.eventType) == [.conviction])
    }

    @Test func aBodyStruckOffTheRegisterIsBanned() {
        let incidents = read("In May 2025 the justice department struck the Miners' Union of Satpayev off the register.")
        #expect(incidents.map(\.eventType) == [.organizationBanned])
        #expect(read("In June 2025 the ministry deregistered the Kolik Union.").map(\.eventType) == [.organizationBanned])
    }

    @Test func aTableWithCellsApartBySemicolonsIsReadRowByRow() {
        let text = """
        Annex. Cases of the quarter

        Date; Town; Name; Outcome
        11.02.2025; Pavlodar; Ruslan Temirov; fined 25 MCI
        19.02.2025; Semey; Aigul Nurova; 7 days of administrative arrest
        """
        let incidents = read(text)
        #expect(incidents.map(\.persons) == [["Ruslan Temirov"], ["Aigul Nurova"]])
        #expect(incidents.map(\.date) == [day(2025, 2, 11), day(2025, 2, 19)])
        // Prose with semicolons is no table: no header opened one.
        let prose = read("On 3 March 2025 police in Aktau detained Bolat Seitov; Marat Ibrayev; Yerlan Kassenov; and Dana Ospan.")
        #expect(prose.map(\.eventType) == [.detention])
    }

    @Test func aFineForAPicketOnADayIsNotDatedBeforeThatDay() {
        let text = """
        1. Aliya Kenzhe, an activist from Oral. On 4 February 2025 she was detained outside the akimat.
        2. Marat Dosov. Fined 60 MCI for a single picket on 2 March 2025.
        """
        let fine = read(text).first { $0.eventType == .fine }
        #expect(fine?.persons == ["Marat Dosov"])
        #expect(fine?.date == (try? PartialDate(year: 2025, month: 3)))
    }

    @Test func jailedForDaysIsAnAdministrativeArrest() {
        let incidents = read("On 12 May 2025 a court in Kokshetau jailed activist Timur Seilov for 12 days.")
        #expect(incidents.map(\.eventType) == [.administrativeArrest])
        #expect(incidents.first?.sanctions.first?.days == 12)
        let three = read("On 6 May 2025 the administrative court of Aktau jailed the other two under Article 488 of the Administrative Code: Nurlan Saduov for 15 days and Ilyas Tekeev for 10 days.")
        #expect(three.map(\.eventType) == [.administrativeArrest])
        #expect(three.first?.persons == ["Nurlan Saduov", "Ilyas Tekeev"])
    }

    @Test func aDeniedSubjectTellsNoAct() {
        #expect(read("On 20 May 2025 the ministry said that no protester was detained in Aktobe.").isEmpty)
        #expect(read("On 20 May 2025 the minister claimed that not a single reporter in the country was prosecuted.").isEmpty)
        #expect(read("On 21 May 2025: No outlet was blocked in Almaty, the ministry said.").isEmpty)
        // The near miss: "no" in a clause of its own before the act.
        #expect(read("On 5 May 2025 police in Aktau detained activists who had no permit.").map(\.eventType) == [.detention])
    }

    @Test func actsOfATimelineToldWithoutTheirUsualWords() {
        let text = """
        Timeline of the 2025 protests

        - 8 March – About 90 workers begin a sit-in at the depot in Shymkent. That night police break up the sit-in.
        - 10 March – Police surround the marchers in Taraz and hold them inside the cordon for three hours. Mobile internet in the city is unavailable until the evening.
        - 12 March – Kanat Abilov, a driver from Taraz, stands alone with a placard outside the akimat. Police lead him away after about ten minutes.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.assemblyDispersed, .assemblyDispersed, .internetShutdown, .detention])
        // The last act took the day of its own entry, not the one of the act told before it.
        #expect(incidents.last?.date == day(2025, 3, 12))
        #expect(incidents.last?.persons == ["Kanat Abilov"])
    }

    @Test func aLongAppositionMayComeBetweenTheBorderGuardsAndTheBoarding() {
        let text = "On 3 June 2025, border officers at Atyrau airport prevented Saule Nurlanova, a lawyer for the drivers' union Zhol, from boarding a flight to Tbilisi."
        #expect(read(text).map(\.eventType) == [.travelRestriction])
    }

    @Test func whoeverFiledANotificationIsWhomItsRefusalBefell() {
        let incidents = read("On 14 April 2025 the akimat of Kyzylorda rejected a notification submitted by Daulet Imanov for a rally on 20 April.")
        #expect(incidents.map(\.eventType) == [.assemblyRefused])
        #expect(incidents.first?.persons == ["Daulet Imanov"])
    }

    @Test func aListOfReferencesGivesNoActs() {
        let text = """
        On 2 February 2025, police in Aktobe detained blogger Arman Sadykov.

        References
        1. "Blogger detained in Aktobe". Aqtobe Times. 2 February 2025.
        2. "Three pensioners fined over picket". Steppe Herald. 6 February 2025.
        """
        #expect(read(text).map(\.eventType) == [.detention])
    }

    @Test func aNationalityIsNoOrganisationsName() {
        let text = "In July 2025 a court in Astana suspended the foundation Adal Qogam. It had reported a grant from a Norwegian foundation late. A week later the foundation was fined."
        let names = read(text).flatMap(\.organizations)
        #expect(!names.contains("Norwegian"))
    }

    @Test func anUpdatesDayIsWhatItsTodayMeans() {
        let text = """
        Канал правозащитницы

        2 ноября 2025 г. · Актау

        Вчера суд Актау оштрафовал активиста Серика Жолдасова на 30 МРП.

        UPD, 3 ноября, 10:05. Сегодня апелляционная коллегия оставила штраф Серика Жолдасова в силе.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2025, 11, 1), day(2025, 11, 3)])
    }

    @Test func russianRelativeDaysAndShortWhiles() {
        let text = """
        3 октября 2024 года в Атырау задержали блогера Марата Есенова. Наутро следственный суд санкционировал его арест на два месяца.

        12 октября 2024 года Гаухар Садыкова вышла с плакатом к акимату Костаная. Минут через десять её задержали.
        """
        let incidents = read(text)
        #expect(incidents.map(\.date) == [day(2024, 10, 3), day(2024, 10, 4), day(2024, 10, 12)])
        let sameSentence = read("14 марта 2025 года Ержан Калиев вышел с пикетом к акимату Уральска и через полчаса был задержан.")
        #expect(sameSentence.first?.date == day(2025, 3, 14))
    }

    @Test func russianActsTheirWordsTellAndNearMisses() {
        // A case described by its long participle inside another act is that act's context.
        let closed = read("29 октября 2025 года полиция Тараза прекратила уголовное дело, возбуждённое против Розы Калиевой в начале месяца.")
        #expect(closed.map(\.eventType) == [.acquittalOrCaseClosed])
        #expect(read("10 октября 2025 года в Жанаозене полиция увезла в отдел активиста Ербола Сатова.").map(\.eventType) == [.detention])
        #expect(read("1 октября 2025 года суд Жанаозена признал забастовку профсоюза «Бірлік» незаконной.").map(\.eventType) == [.other])
        #expect(read("В апреле 2023 года суд заменил Светлане Ким неотбытую часть наказания лишением свободы.").map(\.eventType) == [.other])
        #expect(read("В ночь на 28 октября 2025 года неизвестные выбили окна в доме активиста Серика Омарова в Актау.").map(\.eventType) == [.propertyAttack])
    }

    @Test func aRussianReasonClauseDoesNotMakeTheActOneThatOughtToBe() {
        let text = "20 ноября 2024 года прокуратура объявила предостережение активисту Руслану Ибраеву после того, как он призвал земляков выйти на площадь."
        #expect(read(text).map(\.eventType) == [.warning])
        // A call that is the sentence's own verb still tells no act.
        #expect(read("20 ноября 2024 года правозащитники призвали освободить задержанного Руслана Ибраева.").isEmpty)
    }

    @Test func aRussianFindingOfGuiltWithFinesAndAWarningIsNoConviction() {
        let text = "12 февраля 2024 года суд Уральска признал всех троих виновными по части 1 статьи 488 КоАП: Ерлана Сагынова и Болата Жумаева оштрафовал на 20 МРП каждого, а Асель Нуриевой вынес предупреждение."
        #expect(Set(read(text).map(\.eventType)) == [.fine, .warning])
    }

    @Test func aRussianBodyWhoseActivitiesStopAndAGroupsGathering() {
        let suspended = read("28 октября 2025 года суд Жанаозена приостановил на три месяца деятельность самого «Бірлік».")
        #expect(suspended.first?.organizations == ["Бірлік"])
        let text = "Весной 2023 года инициативная группа «Жасыл Қала» пыталась провести митинг в Актобе. 3 марта городской акимат отказал в согласовании."
        #expect(read(text).first?.organizations == ["Жасыл Қала"])
        // A habit is no act: "акиматы регулярно отказывают".
        #expect(read("Фонд «Адал» отмечает, что с 2020 года акиматы регулярно отказывают в согласовании митингов.").isEmpty)
    }
}
