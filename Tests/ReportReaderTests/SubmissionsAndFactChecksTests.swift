import CivicModel
import Testing
@testable import ReportReader

/// A volunteer's handover email (round 84, h286), a coalition's submission for a treaty body's list of issues (h287), a
/// fact-check (h288), a court press service's reply (r166), a lawyer's appeal (r167) and a weekly newsletter (r168); and
/// round 83's wire explainer (h285). Sentences of our own in those styles.
@Suite struct SubmissionsAndFactChecksTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> PartialDate? { try? PartialDate(year: y, month: m, day: d) }

    @Test func aMarchEndedByForceIsADispersal() {
        let march = read("On 2025-04-12 police in Taraz encircled some 50 participants of a march called by the initiative \"Jasyl Qala\" and forced the organisers to end the march within a quarter of an hour.")
        #expect(march.map(\.eventType) == [.assemblyDispersed])
        #expect(march.first?.organizations == ["Jasyl Qala"])
        #expect(march.first?.date == day(2025, 4, 12))
        // (Forced to end a hunger strike, or a meeting with a lawyer, is no gathering ended.)
        #expect(read("On 2025-04-12 guards forced Arman Dosov to end his visit with his lawyer in Taraz.").allSatisfy { $0.eventType != .assemblyDispersed })
    }

    @Test func aPapersDateRefinesTheMonthOfTheActJustTold() {
        let refusal = read("In October 2024 the akimat of Taraz refused a notice filed by the movement \"Jasyl Qala\" for a picket. The refusal was dated 2024-10-03.")
        #expect(refusal.map(\.eventType) == [.assemblyRefused])
        #expect(refusal.first?.date == day(2024, 10, 3))
        // (A day of another month is another paper's, not this act's.)
        let other = read("In October 2024 the akimat of Taraz refused a notice filed by the movement \"Jasyl Qala\" for a picket. The refusal was dated 2024-11-03.")
        #expect(other.first?.date == (try? PartialDate(year: 2024, month: 10)))
    }

    @Test func aCountAskedForIsNoAct() {
        #expect(read("(c) indicate how many journalists were detained in 2024 and 2025, and under which articles;").isEmpty)
        #expect(read("Please state how often peaceful picketers were fined in 2025.").isEmpty)
        // (A count told is a count; an act told after "how" is not asked for: "He described how police detained him on 3 May 2025 in Taraz.")
        #expect(read("Arman Dosov described how police detained him on 3 May 2025 in Taraz.").map(\.eventType) == [.detention])
    }

    @Test func actsNamedAsTheSubjectAreSpokenOfInGeneral() {
        #expect(read("Detaining or fining someone for a silent picket is still a penalty for peaceful protest.").isEmpty)
        #expect(read("Prosecuting bloggers for their posts violates Article 19 of the Covenant.").isEmpty)
        // (A clause of the act told, about someone named, is the act.)
        let told = read("Fining her 20 MCI on 4 March 2025, the Taraz court found Zhanar Temirbekova guilty of picketing.")
        #expect(told.count == 1)
        #expect(told.first?.persons == ["Zhanar Temirbekova"])
    }

    @Test func aVerdictInCapitalsNamesNoBody() {
        let rated = read("Our rating: FALSE. On 9 May 2025 police in Taraz detained activist Arman Dosov at a picket.")
        #expect(rated.map(\.eventType) == [.detention])
        #expect(rated.allSatisfy { $0.organizations.isEmpty })
    }

    @Test func aDenialReachesOverARelativeClause() {
        let told = read("On 9 May 2025 police in Taraz detained activist Arman Dosov. No trader who stood at the market gate that morning has been charged with anything.")
        #expect(told.map(\.eventType) == [.detention])
    }

    @Test func themAfterTheCrowdIsTheCrowd() {
        let dispersal = read("""
        On 9 May 2025 the Taraz court fined activist Arman Dosov 20 MCI.

        On 21 June 2025 police dispersed some thirty depositors from the group Salym Qorgany outside a bank in Taraz. Officers pushed the protesters away from the door and told them to leave within ten minutes.
        """)
        #expect(dispersal.filter { $0.eventType == .assemblyDispersed }.allSatisfy { !$0.persons.contains("Arman Dosov") })
    }

    @Test func supportersHeldDuringTheCustodyHearingAreOfItsDay() {
        let story = read("""
        Police detained blogger Arman Dosov in Taraz on 5 March 2025. On 7 March the Taraz City Court remanded him in custody for two months. On 20 May the regional court moved him to house arrest.

        About 15 people stood outside the courthouse while the custody hearing went on. Police detained four of them, among them student Zhanar Temirbekova. The next day the administrative court fined Temirbekova 30 MCI.
        """)
        let detention = story.first { $0.persons == ["Zhanar Temirbekova"] && $0.eventType == .detention }
        let fine = story.first { $0.persons == ["Zhanar Temirbekova"] && $0.eventType == .fine }
        #expect(detention?.date == day(2025, 3, 7))
        #expect(fine?.date == day(2025, 3, 8))
        // (With no custody hearing named, the courthouse is the day of the last court act told, as before.)
        let later = read("""
        Police detained blogger Arman Dosov in Taraz on 5 March 2025. On 7 March the Taraz City Court remanded him in custody for two months. On 20 May the Taraz City Court fined him 50 MCI.

        Outside the courthouse, police detained student Zhanar Temirbekova.
        """)
        #expect(later.first { $0.persons == ["Zhanar Temirbekova"] }?.date == day(2025, 5, 20))
    }

    @Test func aRussianHabitInAParticiplesClauseIsThePersons() {
        let convicted = read("Блогер из Тараза Арман Досов, регулярно критиковавший акимат, 5 июня 2025 года осуждён к 2 годам ограничения свободы.")
        #expect(convicted.map(\.eventType) == [.conviction])
        // (A habit of the authorities stays a habit: "акиматы регулярно отказывают в согласовании митингов".)
        #expect(read("В 2025 году акиматы регулярно отказывали в согласовании митингов.").isEmpty)
    }

    @Test func aRussianInvestigationRegisteredFarAfterItsSubject() {
        let opened = read("Досудебное расследование в отношении Досова А.К. зарегистрировано в ЕРДР 4 февраля 2025 года по ч. 2 ст. 274 УК РК.")
        #expect(opened.map(\.eventType) == [.criminalCaseOpened])
        #expect(opened.first?.date == day(2025, 2, 4))
        #expect(opened.first?.legalProvisions.map(\.article) == ["274"])
    }

    @Test func aRussianBanTheVerdictExplainsIsNoBan() {
        let verdict = read("4 июня 2025 года Досов А.К. признан виновным по ч. 2 ст. 405 УК РК (участие в деятельности объединения «Жасыл Қала», запрещённого решением суда в связи с признанием его экстремистским) и приговорён к 2 годам ограничения свободы.")
        #expect(verdict.map(\.eventType) == [.conviction])
    }

    @Test func aRussianSearchNamedAgainInAClauseIsTheSame() {
        let search = read("12.03.2025, Тараз. Полицейские провели обыск в офисе фонда «Жасыл Қала». По словам директора фонда Айгуль Досовой, изъяты компьютеры, а по какому делу проводился обыск, фонду не объяснили.")
        #expect(search.map(\.eventType) == [.searchOfPremises])
    }

    @Test func aConfederationAfterItsNameIsItsKind() {
        let meeting = read("On 1 May 2025 about 40 workers met in a park in Taraz for a rally called by the Adal Enbek confederation of workers. Police forced the organisers to end the rally after half an hour.")
        #expect(meeting.map(\.eventType) == [.assemblyDispersed])
        #expect(meeting.first?.organizations == ["Adal Enbek"])
    }

    @Test func aSmallTownsDatelineInCapitalsIsNoAcronym() {
        let told = read("TEKELI. Residents who came to the town akimat on 3 May 2025 did not stay long: police asked them to leave, and those who stayed were put into a bus.")
        #expect(told.map(\.eventType) == [.detention])
        #expect(told.first?.organizations == [])
        #expect(told.first?.locations == ["Tekeli"])
    }
}
