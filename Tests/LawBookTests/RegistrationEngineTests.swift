import Testing
@testable import LawBook

@Suite struct RegistrationEngineTests {
    let engine = RegistrationEngine(lawBook: TestSupport.book)

    func check(_ form: RegistrationRequest.Form, _ level: RegistrationRequest.Level, regions: Int? = nil, members: Int? = nil,
               founders: Int? = nil, branches: Int? = nil, reduced: String? = nil, year: Int = 2026) throws -> RegistrationAssessment {
        try engine.check(RegistrationRequest(form: form, level: level, regions: regions, members: members, founders: founders,
                                             branches: branches, reducedFee: reduced, year: year))
    }

    // MARK: Public associations

    @Test func aLocalAssociationOfTenMembersPaysSixAndAHalfMCI() throws {
        let a = try check(.publicAssociation, .local, regions: 1, members: 10)
        #expect(a.holds)
        #expect(a.feeMci == 6.5)
        #expect(a.feeKzt == 28112.5)
        #expect(a.requirement("pa-min-members")?.holds == true)
        #expect(a.requirement("pa-level-regions")?.holds == true)
    }

    @Test func nineMembersAreTooFew() throws {
        let a = try check(.publicAssociation, .local, regions: 1, members: 9)
        #expect(!a.holds)
        #expect(a.requirement("pa-min-members")?.holds == false)
    }

    @Test func aLocalAssociationWorksInOneRegionOnly() throws {
        #expect(try check(.publicAssociation, .local, regions: 2, members: 10).requirement("pa-level-regions")?.holds == false)
    }

    @Test func in2026ANationalAssociationNeedsElevenRegionsAndPaysPerBranch() throws {
        let eleven = try check(.publicAssociation, .national, regions: 11, members: 100)
        #expect(eleven.requirement("pa-level-regions")?.holds == true)
        #expect(eleven.requirement("pa-level-cities")?.holds == nil)
        #expect(eleven.requirement("pa-level-reading")?.holds == true)
        let fees = try #require(engine.fees(for: RegistrationRequest(form: .publicAssociation, level: .national, regions: 11, year: 2026)))
        // 6.5 MCI for the association and 6.5 for each of 11 branches: 71.5 for the branches alone.
        #expect(fees.totalMci - fees.feeMci == 71.5)
        #expect(fees.totalKzt == 337_350.0)  // 78 MCI at 4,325 KZT
        let ten = try check(.publicAssociation, .national, regions: 10, members: 100)
        #expect(ten.requirement("pa-level-regions")?.holds == false)
        #expect(!ten.holds)
    }

    @Test func theMoreThanHalfReadingIsShownWhenItDisagrees() throws {
        // Regional with branches in 10 of 20 regions: at least 2 (applied) holds, "less than half" would not.
        let a = try check(.publicAssociation, .regional, regions: 10, members: 100)
        #expect(a.requirement("pa-level-regions")?.holds == true)
        #expect(a.requirement("pa-level-reading")?.holds == false)
        #expect(a.holds)  // a reading note does not fail the registration
    }

    @Test func in2016ANationalAssociationNeededMoreThanHalfTheRegionsAndNoFeeIsStated() throws {
        #expect(try check(.publicAssociation, .national, regions: 11, members: 100, year: 2016).requirement("pa-level-regions")?.holds == true)
        #expect(try check(.publicAssociation, .national, regions: 10, members: 100, year: 2016).requirement("pa-level-regions")?.holds == false)
        let a = try check(.publicAssociation, .local, regions: 1, members: 10, year: 2016)
        #expect(a.feeMci == nil && a.feeKzt == nil)
        #expect(a.requirement("pa-level-reading") == nil)
    }

    @Test func youthAssociationsPayTheReducedFee() throws {
        let a = try check(.publicAssociation, .local, regions: 1, members: 10, reduced: "youth")
        #expect(a.feeMci == 2)
        #expect(a.feeKzt == 8650)
        #expect(throws: LawBookError.self) { try check(.publicAssociation, .local, reduced: "veterans") }
    }

    @Test func theFeeInTengeIsUnknownWhenTheYearsMCIIsNotStated() throws {
        let a = try check(.ncoOther, .local, year: 2027)
        #expect(a.feeMci == 6.5)
        #expect(a.feeKzt == nil)
    }

    // MARK: Religious associations

    @Test func religiousAssociationsNeedFiftyFiveHundredOrFiveThousandMembers() throws {
        #expect(try check(.religiousAssociation, .local, members: 50).requirement("ra-min-members")?.holds == true)
        #expect(try check(.religiousAssociation, .local, members: 49).requirement("ra-min-members")?.holds == false)
        #expect(try check(.religiousAssociation, .regional, members: 499).requirement("ra-min-members")?.holds == false)
        #expect(try check(.religiousAssociation, .national, members: 5000).requirement("ra-min-members")?.holds == true)
        #expect(try check(.religiousAssociation, .national, members: 4999).holds == false)
    }

    // MARK: Political parties

    @Test func aPartyNeedsAThousandFoundersFromTwoThirdsOfTheRegionsAndFortyThousandMembers() throws {
        let ok = try check(.politicalParty, .national, regions: 14, members: 40000, founders: 1000)
        #expect(ok.holds)
        #expect(ok.requirement("party-founders")?.holds == true)
        #expect(ok.requirement("party-founder-regions")?.holds == true)
        #expect(ok.requirement("party-members")?.holds == true)
        #expect(try check(.politicalParty, .national, regions: 13, members: 40000, founders: 1000).requirement("party-founder-regions")?.holds == false)
        #expect(try check(.politicalParty, .national, regions: 14, members: 39999, founders: 1000).holds == false)
        #expect(try check(.politicalParty, .national, regions: 14, members: 40000, founders: 999).holds == false)
    }

    @Test func thePartyMembershipThresholdFollowsTheYear() throws {
        #expect(try check(.politicalParty, .national, members: 45000, year: 2005).requirement("party-members")?.holds == false)
        #expect(try check(.politicalParty, .national, members: 50000, year: 2005).requirement("party-members")?.holds == true)
        #expect(try check(.politicalParty, .national, members: 3000, year: 2001).requirement("party-members")?.holds == true)
        #expect(try check(.politicalParty, .national, members: 40000, year: 2009).requirement("party-members")?.holds == true)
    }

    // MARK: Bad input

    @Test func impossibleRequestsAreRefused() throws {
        #expect(throws: LawBookError.self) { try check(.publicAssociation, .national, regions: 21) }
        #expect(throws: LawBookError.self) { try check(.publicAssociation, .local, members: -1) }
        #expect(throws: LawBookError.self) { try RegistrationRequest.Form.parse("club") }
        #expect(throws: LawBookError.self) { try RegistrationRequest.Level.parse("galactic") }
    }

    // MARK: Foreign funding

    @Test func foreignFundsForLegalAssistanceMustBeReportedFrom2026() throws {
        let duties = try engine.foreignFundingDuties(.init(activity: "legal-assistance", amountKzt: 100, received: TestSupport.day("2026-02-01")))
        #expect(duties.first?.holds == true)
        #expect(duties.contains { $0.rule == "foreign-funding-register" && $0.explanation.contains("2 business days") })
        #expect(duties.contains { $0.rule == "foreign-funding-penalty" && $0.explanation.contains("460-1") })
    }

    @Test func foreignFundsBelowTheThresholdUnderATreatyOrCommercialNeedNoReport() throws {
        let day = TestSupport.day("2026-02-01")
        #expect(try engine.foreignFundingDuties(.init(activity: "legal-assistance", amountKzt: 1, received: day)).first?.holds == false)
        #expect(try engine.foreignFundingDuties(.init(activity: "information", amountKzt: 500, underRatifiedTreaty: true, received: day)).first?.holds == false)
        #expect(try engine.foreignFundingDuties(.init(activity: "opinion-polls", amountKzt: 500, commercial: true, received: day)).first?.holds == false)
        #expect(throws: LawBookError.self) { try engine.foreignFundingDuties(.init(activity: "sports", amountKzt: 500, received: day)) }
    }

    @Test func reportingWentFromQuarterlyToHalfYearlyIn2021() throws {
        let in2017 = try engine.foreignFundingDuties(.init(activity: "any", amountKzt: 500, received: TestSupport.day("2017-03-01")))
        #expect(in2017.contains { $0.rule == "foreign-funding-frequency" && $0.explanation.contains("quarter") })
        let in2021 = try engine.foreignFundingDuties(.init(activity: "any", amountKzt: 500, received: TestSupport.day("2021-03-01")))
        #expect(in2021.contains { $0.rule == "foreign-funding-frequency" && $0.explanation.contains("half-year") })
        #expect(throws: LawBookError.self) { try engine.foreignFundingDuties(.init(activity: "any", amountKzt: 500, received: TestSupport.day("2015-03-01"))) }
    }
}
