import CivicModel
import Testing
@testable import ReportReader

@Suite struct SanctionRecognizerTests {
    func found(_ text: String) -> [Sanction] { SanctionRecognizer.sanctions(in: tokens(text)).map(\.sanction) }

    @Test func administrativeDetentionInDays() {
        #expect(found("The judge ordered eight days of administrative detention.") == [Sanction(kind: .administrativeArrest, days: 8)])
        #expect(found("She received 15 days’ administrative arrest.") == [Sanction(kind: .administrativeArrest, days: 15)])
    }

    @Test func aRangeGivesBothEnds() {
        #expect(found("They were given administrative detention of between 10 and 25 days.")
                == [Sanction(kind: .administrativeArrest, days: 10), Sanction(kind: .administrativeArrest, days: 25)])
    }

    @Test func restrictionOfFreedomAndImprisonment() {
        #expect(found("He got three years of restriction of freedom.") == [Sanction(kind: .restrictionOfFreedom, years: 3)])
        #expect(found("She was sentenced to 2.5 years’ imprisonment.") == [Sanction(kind: .imprisonment, years: 2.5)])
        #expect(found("He was sentenced to one and a half years in prison.") == [Sanction(kind: .imprisonment, years: 1.5)])
        #expect(found("He is serving a 6 1/2-year jail term.") == [Sanction(kind: .imprisonment, years: 6.5)])
    }

    @Test func daysOfArrestAreAdministrativeArrest() {
        #expect(found("He received 15 days of arrest.") == [Sanction(kind: .administrativeArrest, days: 15)])
        #expect(found("She was given ten days’ arrest.") == [Sanction(kind: .administrativeArrest, days: 10)])
    }

    @Test func aTermOfProbationIsOneSanction() {
        #expect(found("The court gave him three years of probation.") == [Sanction(kind: .other, years: 3)])
        #expect(found("He was placed on probation.") == [Sanction(kind: .other)])
    }

    @Test func yearsAndMonthsAreOneTerm() {
        #expect(found("The court gave him one year and six months of restricted freedom.") == [Sanction(kind: .restrictionOfFreedom, years: 1.5)])
        #expect(found("She was sentenced to two years and three months in prison.") == [Sanction(kind: .imprisonment, years: 2.25)])
    }

    @Test func aSuspendedPrisonTermIsOther() {
        #expect(found("The court gave him a suspended two-year prison sentence.") == [Sanction(kind: .other, years: 2)])
        #expect(found("She received a three-year suspended sentence.") == [Sanction(kind: .other, years: 3)])
        #expect(found("He received a four-year sentence.") == [Sanction(kind: .imprisonment, years: 4)])
    }

    @Test func finesInTengeAndMCI() {
        #expect(found("The group was fined 230,500 KZT on Friday.") == [Sanction(kind: .fine, amount: 230_500, currency: .kzt)])
        #expect(found("He was fined 50 times the MCI.") == [Sanction(kind: .fine, amount: 50, currency: .mci)])
        // An amount in brackets after another converts it; it is not a second fine.
        #expect(found("She was fined 50 MCI (about 145,850 tenge).") == [Sanction(kind: .fine, amount: 50, currency: .mci)])
        #expect(found("He was fined for the picket.") == [Sanction(kind: .fine)])
    }

    @Test func damagesAreOther() {
        #expect(found("The paper must pay KZT 3 million in moral damages.") == [Sanction(kind: .other, amount: 3_000_000, currency: .kzt)])
    }

    @Test func aBanOnBlogging() {
        #expect(found("He was also banned from blogging for five years.") == [Sanction(kind: .banOnActivity, years: 5)])
    }

    @Test func aSuspensionPastALongOrganisationName() {
        #expect(found("The ministry suspended the work of the Steppe International Bureau for Human Rights and Rule of Law for three months.")
                == [Sanction(kind: .suspension, months: 3)])
    }

    @Test func bansAndSuspensions() {
        #expect(found("He was banned from engaging in political activities for four years.") == [Sanction(kind: .banOnActivity, years: 4)])
        #expect(found("The court suspended the union for two months.") == [Sanction(kind: .suspension, months: 2)])
    }

    @Test func nearMisses() {
        #expect(found("She spent five days in hospital after the march.").isEmpty)
        #expect(found("The law was adopted two years ago.").isEmpty)
    }
}
