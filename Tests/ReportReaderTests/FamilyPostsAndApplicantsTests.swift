import CivicModel
import Testing
@testable import ReportReader

/// A relative's post counting days back from its own date (round 58, r105), an ombudsman's report on applicants named by an
/// initial (r106), a UN working group's opinion (h225) and a newspaper's police-and-courts column (h226). Sentences of our own.
@Suite struct FamilyPostsAndApplicantsTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func daysCountedBackFromThePostsDate() {
        let post = read("""
        21 марта 2026 г.

        Ровно восемь дней назад, в пятницу, рано утром к нам постучали в дверь.

        Обыск в квартире Марата Сейтова шёл почти четыре часа.

        Позавчера акимат отказал нашей группе в проведении митинга. В ночь на вторник кто-то разбил окна в офисе Марата Сейтова.
        """)
        #expect(post.map(\.eventType) == [.searchOfPremises, .assemblyRefused, .propertyAttack])
        // (Eight days before Saturday 21 March is Friday 13 March, not the last Friday, 20 March.)
        #expect(post.map(\.date) == [day(2026, 3, 13), day(2026, 3, 19), day(2026, 3, 17)])
    }

    @Test func aDayAgoInAClauseAboutSomeoneElseIsNotTheActs() {
        let item = read("""
        18 апреля 2025 года

        Суд оштрафовал на 50 МРП Ерлана Садыкова — одного из тех, кто неделю назад вышел на пикет.
        """)
        #expect(item.map(\.date) == [day(2025, 4, 18)])
    }

    @Test func anApplicantNamedByAnInitialIsThatPerson() {
        let report = read("Доклад за 2025 год.\n\nЗаявитель Т. (г. Костанай) сообщил, что 3 мая 2025 года был задержан сотрудниками полиции.")
        #expect(report.map(\.persons) == [["Т."]])
    }

    @Test func aRefusalOfRegistrationReachesOverTheBodysTownAndWhatBodiesKeepDoingIsNoAct() {
        let report = read("Доклад за 2025 год.\n\nДепартамент юстиции 19 февраля 2025 года отказал объединению «Жас Толқын» (г. Павлодар) в государственной регистрации.")
        #expect(report.map(\.eventType) == [.registrationDenied])
        #expect(read("Доклад за 2025 год.\n\nАкиматы по-прежнему отказывают в согласовании митингов по формальным основаниям.").isEmpty)
        #expect(read("Доклад за 2025 год.\n\nДвижение «Жас Толқын» трижды подавало документы на регистрацию и каждый раз получало отказ.").isEmpty)
    }

    @Test func aPartInBracketsAfterASpace() {
        let opinion = read("On 17 May 2024, Ms. Dana Omarova was detained and charged under article 274 (2) of the Criminal Code.")
        #expect(opinion.first?.legalProvisions.map(\.part) == ["2"])
        #expect(read("On 6 April 2024, Mr. Nurlan Abenov was forced into an unmarked minibus by police in Oral.").map(\.eventType) == [.detention])
    }

    @Test func actsCountedByTheirNounAfterAVerbOfCounting() {
        #expect(read("In 2025 the Erkin Soz foundation counted 14 similar travel bans on reporters.").isEmpty)
        // Near miss: a count that compares leaves the act told before it.
        let told = read("On 24 February 2025 the akimat refused to approve the rally of Dana Omarova, a reason given in at least fourteen other refusals recorded in 2024.")
        #expect(told.map(\.eventType) == [.assemblyRefused])
    }
}
