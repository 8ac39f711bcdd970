import CivicModel
import Testing
@testable import ReportReader

@Suite struct EventRecognizerTests {
    func types(_ text: String) -> [EventType] { EventRecognizer.events(in: tokens(text)).map(\.type) }

    @Test(arguments: [
        ("Police detained the blogger at the market.", EventType.detention),
        ("Officers rounded up a dozen protesters.", .detention),
        ("The case concerns the editor, who was arrested in 2019 after a raid.", .detention),
        ("The judge sentenced him to ten days of administrative detention.", .administrativeArrest),
        ("A district court sentenced the poet to three years in prison.", .conviction),
        ("The editor was found guilty of libel.", .conviction),
        ("The charges against her were dropped for lack of evidence.", .acquittalOrCaseClosed),
        ("A criminal case was opened against the journalist.", .criminalCaseOpened),
        ("He is facing charges of spreading false information.", .charged),
        ("The activist was taken into custody during the investigation.", .pretrialDetention),
        ("She was placed under house arrest for two months.", .houseArrest),
        ("He was released after serving his term.", .release),
        ("The court suspended the trade union for six months.", .organizationSuspended),
        ("The court declared the movement extremist and banned it.", .organizationBanned),
        ("The ministry refused registration to the party.", .registrationDenied),
        ("The akimat denied the group permission to hold a rally.", .assemblyRefused),
        ("Police kettled the marchers for hours.", .assemblyDispersed),
        ("Mobile internet was switched off in the city centre.", .internetShutdown),
        ("The reporter was physically attacked by two men.", .physicalAttack),
        ("Her car was set on fire overnight.", .propertyAttack),
        ("Officers searched the office of the newspaper.", .searchOfPremises),
        ("He was prohibited from leaving the city.", .travelRestriction),
        ("The prosecutor issued a warning to the organiser.", .warning),
        ("The appeals court rejected her complaint.", .other),
        ("He was recognised as a political prisoner by rights groups.", .politicalPrisonerRecognized),
        ("The ministry refused to register the party for the fourth time.", .registrationDenied),
        ("Two unknown men attacked the journalist near her home.", .physicalAttack),
        ("Masked men beat the activist in the stairwell.", .physicalAttack),
        ("The blogger was banned from travelling abroad.", .travelRestriction),
        ("A court ordered the liquidation of the foundation.", .organizationBanned),
        ("The defender was summoned for questioning by the financial police.", .other),
        ("The authorities shut down the mobile internet in the region.", .internetShutdown),
        ("Border guards prevented the lawyer from leaving the country.", .travelRestriction),
        ("The prosecutor warned the editor that the paper could be closed.", .warning),
        ("The higher court overturned the acquittal of the poet.", .other),
        ("The ministry blocked access to the channel for a month.", .other),
        ("The akimat rejected the notification of the march.", .assemblyRefused),
        ("She was placed under travel restrictions.", .travelRestriction),
        ("Unknown persons broke the windows of his car at night.", .propertyAttack),
        ("He was subjected to administrative arrest for five days.", .administrativeArrest),
        ("The court imposed a fine on her in the amount of 30 MCI.", .fine),
        ("The court sanctioned the arrest of the blogger for two months.", .pretrialDetention),
        ("He was placed in a temporary detention facility.", .detention),
        ("A regional court handed the editor a four-year prison term.", .conviction),
        ("The ministry returned the party's documents without consideration.", .registrationDenied),
        ("The picketer received 12 days of arrest.", .administrativeArrest),
        ("The judge ordered his detention in custody for two months.", .pretrialDetention),
        ("The rapporteurs raised the arrest on 2 June of a defender.", .detention),
        ("The blogger was given a fine of 50 MCI.", .fine),
        ("An administrative protocol was drawn up against the reporter.", .charged),
        ("Officers raided the office of the foundation.", .searchOfPremises),
        ("The foreign reporter was denied entry at the airport.", .travelRestriction),
        ("The defender was forcibly placed in a psychiatric hospital.", .other),
        ("Their application for registration of the association was rejected.", .registrationDenied),
        ("Their application to hold a rally in the park was rejected.", .assemblyRefused),
        ("In March their application was rejected for the third time.", .registrationDenied),
        ("The poet got six years after the court, finding him guilty of incitement, rejected every motion.", .conviction),
        ("Officers handed fines to the two organisers.", .fine),
        ("Four others were given administrative arrests of seven days each.", .administrativeArrest),
    ])
    func phrasing(_ sentence: String, _ expected: EventType) {
        #expect(types(sentence).contains(expected), "\(sentence)")
    }

    @Test func aGuiltyFindingWithAWarningIsAWarning() {
        #expect(types("The court found the pensioner guilty and imposed a penalty in the form of a warning.") == [.warning])
    }

    @Test func courtOrderedDetentionIsNotAConviction() {
        #expect(types("The court sentenced her to 12 days’ administrative detention.") == [.administrativeArrest])
    }

    @Test func anActInAPresentPerfectRelativeClauseIsBackground() {
        #expect(types("The court dismissed a lawsuit against the ministry, which has refused to register the group six times.") == [.other])
        // In the past tense with its own day it is still told: a separate sentence gives it.
        #expect(types("The ministry refused to register the group on 5 May.") == [.registrationDenied])
    }

    @Test func aFineBesideAnAdministrativeArrestIsKept() {
        // Administrative arrest is no criminal sentence, so the fine beside it is an act of its own.
        #expect(types("The judge fined one picketer and sentenced another to five days of administrative arrest.") == [.fine, .administrativeArrest])
        #expect(types("The court fined him and sentenced him to two years in prison.") == [.conviction])
    }

    @Test func aDetentionAndALaterSentenceInOneSentence() {
        #expect(types("They were detained and sentenced to administrative detention of five days.") == [.detention, .administrativeArrest])
    }

    @Test func nearMisses() {
        #expect(types("Organisers may be fined or detained for a late notice.").isEmpty)
        #expect(types("Police usually detain people before rallies.").isEmpty)
        #expect(types("The administrative detention was not legal.").isEmpty)
        #expect(types("He met the recently released prisoner.").isEmpty)
        #expect(types("He was also given a suspended sentence.").contains(.organizationSuspended) == false)
        #expect(types("Officials have the power to deny or suspend the registration of groups.").isEmpty)
        #expect(types("The report warned of risks to civic space.").isEmpty)
        #expect(types("Those detained were later released.") == [.release])
        #expect(types("The report of the observers was released on Monday.").isEmpty)
        #expect(types("Students fear they will be arrested at the march.").isEmpty)
        #expect(types("The film \"Detained at Dawn\" won a prize.").isEmpty)
        #expect(types("The observers were released after an hour.") == [.release])
    }

    @Test func conditionsRulesAndRecommendationsStateNoAct() {
        #expect(types("If the judge finds signs of a crime, a criminal case is opened by the prosecutor.").isEmpty)
        #expect(types("Unless the fee is paid, the organiser is fined.").isEmpty)
        #expect(types("The police shall release a detained person within three hours.").isEmpty)
        #expect(types("Members lose their seats in case they are expelled from the party.").isEmpty)
        #expect(types("We recommend that charges against protesters be dropped.").isEmpty)
        // A court's order told in reported speech is still an act.
        #expect(types("On 3rd May the court ruled that the activist should be placed under administrative supervision.") == [.travelRestriction])
        // "in case" as a file, not a condition.
        #expect(types("The evidence in case number 12 was fabricated, and the editor was detained.") == [.detention])
    }

    @Test func wordsThatDescribePeopleOrAPlaceByAnActStateNone() {
        #expect(types("Convicted persons may work only with their consent.").isEmpty)
        #expect(types("The pre-trial detention facility in the town is overcrowded.").isEmpty)
        #expect(types("Detained individuals complained about the food.").isEmpty)
        #expect(types("The lawyer represents several detained activists.").isEmpty)
        #expect(types("Police detained activists at the square.") == [.detention])
        // The act itself, near the same words.
        #expect(types("The blogger was remanded in pre-trial detention for two months.") == [.pretrialDetention])
        #expect(types("Two journalists were convicted of libel.") == [.conviction])
        #expect(types("She served ten days of administrative detention in the detention centre.") == [.administrativeArrest])
    }
}
