import CivicModel
import Testing
@testable import ReportReader

@Suite struct PersonRecognizerTests {
    @Test func nameAfterARole() {
        var recognizer = PersonRecognizer()
        let found = recognizer.persons(in: tokens("Police detained journalist Aliya Temirkhanova outside her home."))
        #expect(found.map(\.name) == ["Aliya Temirkhanova"])
        #expect(found.first?.occupation == .journalist)
    }

    @Test func aRoleStartingTheSentenceIsNotPartOfTheName() {
        var recognizer = PersonRecognizer()
        let found = recognizer.persons(in: tokens("Bloggers Arman Sadykov and Dana Serikova were fined."))
        #expect(found.map(\.name) == ["Arman Sadykov", "Dana Serikova"])
        #expect(found.first?.occupation == .blogger)
    }

    @Test func commonKazakhGivenNamesMakeANameWithoutARole() {
        var recognizer = PersonRecognizer()
        #expect(recognizer.persons(in: tokens("Duman Kairbekuly and Saltanat Omarkhan were detained.")).map(\.name) == ["Duman Kairbekuly", "Saltanat Omarkhan"])
    }

    @Test func rolesOfAssemblyOrganisersAndPhotographers() {
        var recognizer = PersonRecognizer()
        let found = recognizer.persons(in: tokens("Police held the organiser Kamal Tursyn and the photographer Ermek Aliuly."))
        #expect(found.map(\.name) == ["Kamal Tursyn", "Ermek Aliuly"])
        #expect(found.map(\.occupation) == [.activist, .journalist])
    }

    @Test func aPlaceNamedAfterAPersonIsNoPerson() {
        var recognizer = PersonRecognizer()
        #expect(recognizer.persons(in: tokens("They gathered in the Abai Kunanbayev square at noon.")).isEmpty)
        #expect(recognizer.persons(in: tokens("Activist Dana Serikova spoke in the square.")).map(\.name) == ["Dana Serikova"])
    }

    @Test func severalPersonsInOneSentence() {
        var recognizer = PersonRecognizer()
        let found = recognizer.persons(in: tokens("A court fined bloggers Daniyar Seitkaliev and Olga Kravchenko on Monday."))
        #expect(found.map(\.name) == ["Daniyar Seitkaliev", "Olga Kravchenko"])
    }

    @Test func aSurnameAloneIsTheFullNameSeenBefore() {
        var recognizer = PersonRecognizer()
        _ = recognizer.persons(in: tokens("Activist Marat Zhylkybaev was detained."))
        let later = recognizer.persons(in: tokens("Zhylkybaev’s lawyer appealed."))
        #expect(later.map(\.name) == ["Marat Zhylkybaev"])
    }

    @Test func hyphenatedSurname() {
        var recognizer = PersonRecognizer()
        #expect(recognizer.persons(in: tokens("Lawyer Irina Petrova-Sayina filed the appeal.")).map(\.name) == ["Irina Petrova-Sayina"])
    }

    @Test func groupsInstitutionsAndPlacesAreNotPersons() {
        var recognizer = PersonRecognizer()
        #expect(recognizer.persons(in: tokens("Police detained 40 demonstrators in Pavlodar.")).isEmpty)
        #expect(recognizer.persons(in: tokens("The Second City Court of Kostanay heard the case.")).isEmpty)
        #expect(recognizer.persons(in: tokens("The Democratic Party held a meeting in North Kazakhstan Region.")).isEmpty)
        #expect(recognizer.persons(in: tokens("In March the Supreme Court upheld it.")).isEmpty)
    }
}
