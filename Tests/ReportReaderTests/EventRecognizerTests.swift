import CivicModel
import Testing
@testable import ReportReader

@Suite struct EventRecognizerTests {
    func types(_ text: String) -> [EventType] { EventRecognizer.events(in: tokens(text)).map(\.type) }

    @Test(arguments: [
        ("Police detained the blogger at the market.", EventType.detention),
        ("Officers rounded up a dozen protesters.", .detention),
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
    ])
    func phrasing(_ sentence: String, _ expected: EventType) {
        #expect(types(sentence).contains(expected), "\(sentence)")
    }

    @Test func courtOrderedDetentionIsNotAConviction() {
        #expect(types("The court sentenced her to 12 days’ administrative detention.") == [.administrativeArrest])
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
    }
}
