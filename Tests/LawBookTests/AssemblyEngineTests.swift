import Foundation
import Testing
@testable import LawBook

/// Walks the assembly engine the way the law reads: law in force, procedure, deadlines, then each rule.
@Suite struct AssemblyEngineTests {
    let engine = AssemblyEngine(lawBook: TestSupport.book)
    func plan(_ form: AssemblyPlan.Form, on date: String, filed: String, start: String = "12:00", end: String = "13:00",
              place: String? = "Central square", participants: Int? = 1, age: Int? = 30, citizen: Bool? = true,
              decision: AuthorityDecision? = nil) throws -> AssemblyPlan {
        try TestSupport.plan(form, on: date, filed: filed, start: start, end: end, place: place, participants: participants,
                             age: age, citizen: citizen, decision: decision)
    }

    // MARK: Which law applies

    @Test func anAssemblyOn24May2020FallsUnderThe1995Law() throws {
        let a = try engine.check(plan(.picket, on: "2020-05-24", filed: "2020-05-01"))
        #expect(a.law.contains("2126"))
        #expect(a.procedure == "authorization")
        #expect(a.deemedConsent == false)
    }

    @Test func anAssemblyOn25May2020FallsUnderThe2020Law() throws {
        let a = try engine.check(plan(.picket, on: "2020-05-25", filed: "2020-05-01"))
        #expect(a.law.contains("25 May 2020"))
        #expect(a.procedure == "notification")
    }

    // MARK: 2020 law, notification

    @Test func aOnePersonPicketNotifiedSixDaysAheadIsInTime() throws {
        // Given a picket on Thursday 15 April 2021, notified on 9 April
        let a = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-09"))
        // Then: no later than 5 days before, i.e. by 10 April; the authority decides within 3 days
        #expect(a.filingDeadline == TestSupport.day("2021-04-10"))
        #expect(a.filedInTime)
        #expect(a.decisionDue == TestSupport.day("2021-04-12"))
        #expect(a.deemedConsent == true)
        #expect(a.rule("pa2020-filing-deadline")?.holds == true)
        #expect(a.rule("pa2020-picket-one-person")?.holds == true)
        #expect(a.rule("pa2020-picket-duration")?.holds == true)
        #expect(a.rule("pa2020-specialized-place")?.holds == true)
        #expect(a.rule("pa2020-spontaneous")?.holds == true)
        #expect(a.rule("pa2020-grounds-for-refusal")?.holds == true)
    }

    @Test func notifyingFourDaysAheadIsLate() throws {
        let a = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-11"))
        #expect(!a.filedInTime)
        #expect(a.rule("pa2020-filing-deadline")?.holds == false)
        // A missed deadline is one of the named grounds for refusal.
        #expect(a.rule("pa2020-grounds-for-refusal")?.holds == false)
    }

    @Test func theWorkingDayReadingIsShownWhenItChangesTheAnswer() throws {
        // Friday 27 March 2026; 23-25 March are days off. Calendar reading: by 22 March. Working days: by 17 March.
        let a = try engine.check(plan(.picket, on: "2026-03-27", filed: "2026-03-20"))
        #expect(a.filingDeadline == TestSupport.day("2026-03-22"))
        #expect(a.filedInTime)
        let reading = try #require(a.rule("pa2020-day-count-reading"))
        #expect(reading.holds == false)
        #expect(reading.explanation.contains("2026-03-17"))
        #expect(reading.explanation.contains("would change the answer"))
    }

    @Test func theWorkingDayReadingAgreesWhenFiledEarly() throws {
        let a = try engine.check(plan(.picket, on: "2026-03-27", filed: "2026-03-10"))
        #expect(a.rule("pa2020-day-count-reading")?.holds == true)
    }

    @Test func aPicketOfTwoPeopleBreaksTheOnePersonRule() throws {
        let a = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-01", participants: 2))
        #expect(a.rule("pa2020-picket-one-person")?.holds == false)
    }

    @Test func aPicketMayLastExactlyTwoHoursButNotMore() throws {
        let ok = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-01", start: "10:00", end: "12:00"))
        #expect(ok.rule("pa2020-picket-duration")?.holds == true)
        let long = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-01", start: "10:00", end: "12:01"))
        #expect(long.rule("pa2020-picket-duration")?.holds == false)
    }

    @Test func aMeetingNeedsANamedSpecializedPlace() throws {
        let without = try engine.check(plan(.meeting, on: "2021-04-15", filed: "2021-04-01", place: nil, participants: 50))
        #expect(without.rule("pa2020-specialized-place")?.holds == false)
        #expect(without.rule("pa2020-application-contents")?.holds == false)
        let with = try engine.check(plan(.meeting, on: "2021-04-15", filed: "2021-04-01", participants: 50))
        #expect(with.rule("pa2020-specialized-place")?.holds == nil)
        #expect(with.rule("pa2020-application-contents")?.holds == true)
        #expect(with.rule("pa2020-picket-one-person") == nil)
    }

    @Test func organizersMustBeAdultCitizens() throws {
        let minor = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-01", age: 17))
        #expect(minor.rule("pa2020-eligibility-age")?.holds == false)
        let adult = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-01", age: 18))
        #expect(adult.rule("pa2020-eligibility-age")?.holds == true)
        let foreigner = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-01", citizen: false))
        #expect(foreigner.rule("pa2020-eligibility-citizenship")?.holds == false)
        let unknown = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-01", age: nil, citizen: nil))
        #expect(unknown.rule("pa2020-eligibility-age")?.holds == nil)
        #expect(unknown.rule("pa2020-eligibility-citizenship")?.holds == nil)
    }

    @Test func filingOnTheDayItselfIsASpontaneousAssembly() throws {
        let a = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-15"))
        #expect(a.rule("pa2020-spontaneous")?.holds == false)
        #expect(!a.filedInTime)
    }

    @Test func anAnswerInTimeGovernsAndSilenceNoLongerMatters() throws {
        let refused = AuthorityDecision(date: TestSupport.day("2021-03-11"), outcome: .refused)
        let a = try engine.check(plan(.rally, on: "2021-04-04", filed: "2021-03-09", participants: 100, decision: refused))
        #expect(a.deemedConsent == nil)
        #expect(a.rule("pa2020-decision-deadline")?.holds == true)
    }

    @Test func aNotificationAnsweredLateCountsAsConsent() throws {
        let late = AuthorityDecision(date: TestSupport.day("2021-04-08"), outcome: .refused)
        let a = try engine.check(plan(.meeting, on: "2021-04-20", filed: "2021-04-01", participants: 30, decision: late))
        #expect(a.decisionDue == TestSupport.day("2021-04-04"))
        #expect(a.rule("pa2020-decision-deadline")?.holds == false)
        #expect(a.deemedConsent == true)
    }

    // MARK: 2020 law, coordination

    @Test func aMarchNeedsCoordinationTenDaysAheadAndSilenceIsNotConsent() throws {
        let a = try engine.check(plan(.march, on: "2021-05-20", filed: "2021-05-10", participants: 200))
        #expect(a.procedure == "coordination")
        #expect(a.filingDeadline == TestSupport.day("2021-05-10"))
        #expect(a.filedInTime)
        #expect(a.decisionDue == TestSupport.day("2021-05-17"))
        #expect(a.deemedConsent == false)
        let late = try engine.check(plan(.demonstration, on: "2021-05-20", filed: "2021-05-11", participants: 200))
        #expect(!late.filedInTime)
    }

    // MARK: 1995 law

    @Test func under1995EveryFormNeedsPermissionTenDaysAhead() throws {
        // A meeting on Saturday 21 May 2016, applied for on 5 May.
        let a = try engine.check(plan(.meeting, on: "2016-05-21", filed: "2016-05-05", participants: 100))
        #expect(a.procedure == "authorization")
        #expect(a.filingDeadline == TestSupport.day("2016-05-11"))
        #expect(a.filedInTime)
        // The decision is due at least 5 days before the date.
        #expect(a.decisionDue == TestSupport.day("2016-05-16"))
        #expect(a.deemedConsent == false)
        #expect(a.rule("pa1995-authorization")?.holds == false)
        #expect(a.rule("pa1995-designated-place") != nil)
        #expect(a.rule("pa1995-night-time")?.holds == nil)
        // The explainer's reading: 5 working days before (16 May) and 3 working days after filing.
        let reading = try #require(a.rule("pa1995-day-count-reading"))
        #expect(reading.explanation.contains("2016-05-16"))
    }

    @Test func under1995APermissionGrantedSatisfiesTheAuthorizationRule() throws {
        let approved = AuthorityDecision(date: TestSupport.day("2016-05-12"), outcome: .approved)
        let a = try engine.check(plan(.picket, on: "2016-05-21", filed: "2016-05-05", decision: approved))
        #expect(a.rule("pa1995-authorization")?.holds == true)
        #expect(a.rule("pa1995-decision-deadline")?.holds == true)
        #expect(a.rule("pa1995-picket-one-person") == nil)  // the one-person limit is a 2020 rule
    }

    @Test func under1995FilingNineDaysAheadIsLateButTheExplainerReadingDisagrees() throws {
        let a = try engine.check(plan(.meeting, on: "2016-05-21", filed: "2016-05-12", participants: 20))
        #expect(!a.filedInTime)
        #expect(a.rule("pa1995-day-count-reading")?.holds == false)
    }

    // MARK: International standards

    @Test func the1995LawFailsThePriorAuthorizationStandard() throws {
        let a = try engine.check(plan(.picket, on: "2016-05-21", filed: "2016-05-05"))
        #expect(a.standard("no-prior-authorization")?.holds == false)
        #expect(a.standard("participants-and-bystanders")?.holds == false)
        #expect(a.standard("spontaneous-assemblies")?.holds == false)
    }

    @Test func the2020NotificationMeetsThePriorAuthorizationStandardButNotTheOthers() throws {
        let picket = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-01"))
        #expect(picket.standard("no-prior-authorization")?.holds == true)
        #expect(picket.standard("free-choice-of-place")?.holds == true)
        #expect(picket.standard("small-assemblies-exempt")?.holds == false)
        #expect(picket.standard("participants-and-bystanders")?.holds == nil)
        #expect(picket.standard("everyone-may-assemble")?.holds == false)
        let march = try engine.check(plan(.march, on: "2021-04-15", filed: "2021-04-01", participants: 100))
        #expect(march.standard("no-prior-authorization")?.holds == false)
        #expect(march.standard("free-choice-of-place")?.holds == false)
    }

    // MARK: Bad input

    @Test func impossibleInputIsRefusedWithOneLine() throws {
        #expect(throws: LawBookError.self) { try AssemblyPlan.Form.parse("parade") }
        #expect(throws: LawBookError.self) { try CalendarDay(iso: "2021-02-30") }
        #expect(throws: LawBookError.self) { try CalendarDay(iso: "2021-02") }
        #expect(throws: LawBookError.self) { try TimeOfDay("25:00") }
        #expect(throws: LawBookError.self) { try plan(.picket, on: "2021-04-15", filed: "2021-04-01", start: "14:00", end: "13:00") }
        #expect(throws: LawBookError.self) { try plan(.picket, on: "2021-04-15", filed: "2021-04-16") }
        #expect(throws: LawBookError.self) { try AuthorityDecision(parsing: "2021-04-10:maybe") }
        #expect(throws: LawBookError.self) { try engine.check(plan(.picket, on: "1994-01-10", filed: "1994-01-01")) }
        do { _ = try AssemblyPlan.Form.parse("parade") } catch { #expect("\(error)" == "unknown form 'parade' (expected one of: picket, meeting, rally, demonstration, march)") }
    }

    // MARK: Encoding

    @Test func theAssessmentEncodesToTheDesignsKeys() throws {
        let a = try engine.check(plan(.picket, on: "2021-04-15", filed: "2021-04-09", decision: AuthorityDecision(date: TestSupport.day("2021-04-10"), outcome: .approved)))
        let data = try JSONEncoder().encode(a)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["law", "procedure", "filing_deadline", "filed_in_time", "decision_due", "deemed_consent",
                                     "national_law", "international_standards"])
        #expect(object["deemed_consent"] is NSNull)
        #expect(object["filing_deadline"] as? String == "2021-04-10")
        let rule = try #require((object["national_law"] as? [[String: Any]])?.first)
        #expect(Set(rule.keys) == ["rule", "holds", "explanation", "source"])
        let roundTrip = try JSONDecoder().decode(AssemblyAssessment.self, from: data)
        #expect(roundTrip == a)
    }
}

/// The 1995 law's remaining rules, and the constitutional basis across 1 July 2026.
@Suite struct AssemblyEngine1995AndConstitutionTests {
    let engine = AssemblyEngine(lawBook: TestSupport.book)

    @Test func under1995OrganizersAreAdultCitizens() throws {
        let minor = try engine.check(TestSupport.plan(.meeting, on: "2016-05-21", filed: "2016-05-05", participants: 40, age: 17, citizen: false))
        #expect(minor.rule("pa1995-eligibility-age")?.holds == false)
        #expect(minor.rule("pa1995-eligibility-citizenship")?.holds == false)
        let adult = try engine.check(TestSupport.plan(.meeting, on: "2016-05-21", filed: "2016-05-05", participants: 40, age: 18, citizen: true))
        #expect(adult.rule("pa1995-eligibility-age")?.holds == true)
        #expect(adult.rule("pa1995-eligibility-citizenship")?.explanation.contains("authorised") == true)
    }

    @Test func under1995TheApplicationStatesPlaceAndNumbers() throws {
        let missing = try engine.check(TestSupport.plan(.meeting, on: "2016-05-21", filed: "2016-05-05", place: nil, participants: nil))
        #expect(missing.rule("pa1995-application-contents")?.holds == false)
        #expect(missing.rule("pa1995-designated-place")?.holds == false)
        // Prohibition grounds turn on the objective, which Kuzet does not judge.
        #expect(missing.rule("pa1995-grounds-for-refusal")?.holds == nil)
    }

    @Test func under1995ADecisionLaterThanFiveDaysBeforeTheDateIsLate() throws {
        let late = AuthorityDecision(date: TestSupport.day("2016-05-18"), outcome: .approved)
        let a = try engine.check(TestSupport.plan(.meeting, on: "2016-05-21", filed: "2016-05-05", participants: 40, decision: late))
        #expect(a.rule("pa1995-decision-deadline")?.holds == false)
        #expect(a.deemedConsent == nil)
    }

    @Test func theConstitutionalBasisChangesOnFirstJuly2026() throws {
        let june = try engine.check(TestSupport.plan(.picket, on: "2026-06-30", filed: "2026-06-20"))
        let july = try engine.check(TestSupport.plan(.picket, on: "2026-07-01", filed: "2026-06-20"))
        let before = try #require(june.rule("constitution-assembly-right"))
        let after = try #require(july.rule("constitution-assembly-right"))
        #expect(before.explanation.contains("Art. 32") && before.source.contains("PA-04"))
        #expect(after.explanation.contains("Art. 34") && after.source.contains("PA-06"))
    }

    @Test func everyReportedRuleHasATitle() throws {
        let book = TestSupport.book
        for plan in [try TestSupport.plan(.picket, on: "2021-04-15", filed: "2021-04-01"),
                     try TestSupport.plan(.march, on: "2016-05-21", filed: "2016-05-05", participants: 100)] {
            for rule in try engine.check(plan).nationalLaw {
                #expect(book.assemblyRules.title(ofRule: rule.rule) != nil, "\(rule.rule) has no title")
            }
        }
    }
}

@Suite struct DeemedConsentRuleTests {
    let engine = AssemblyEngine(lawBook: TestSupport.book)

    @Test func deemedConsentIsNotApplicableWhereTheProcedureHasNone() throws {
        let coordination = try engine.check(TestSupport.plan(.march, on: "2021-05-20", filed: "2021-05-01", participants: 100))
        #expect(coordination.rule("pa2020-deemed-consent")?.holds == nil)
        #expect(coordination.deemedConsent == false)
        let notification = try engine.check(TestSupport.plan(.picket, on: "2021-05-20", filed: "2021-05-01"))
        #expect(notification.rule("pa2020-deemed-consent")?.holds == true)
        let authorization = try engine.check(TestSupport.plan(.picket, on: "2016-05-20", filed: "2016-05-01"))
        #expect(authorization.rule("pa1995-deemed-consent")?.holds == nil)
    }
}
