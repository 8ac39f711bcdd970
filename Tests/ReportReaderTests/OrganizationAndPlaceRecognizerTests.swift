import Testing
@testable import ReportReader

@Suite struct OrganizationRecognizerTests {
    func names(_ text: String) -> [String] { OrganizationRecognizer.organizations(in: tokens(text)).map(\.name) }

    @Test func nameEndingInAHeadWord() {
        #expect(names("Members of the Green Revival Party were questioned.") == ["Green Revival Party"])
    }

    @Test func nameWithAHeadWordBeforeOf() {
        #expect(names("In 2016 the opposition Agrarian Party of Kazakhstan was refused registration.") == ["Agrarian Party of Kazakhstan"])
        #expect(names("The Union of Steppe Journalists protested.") == ["Union of Steppe Journalists"])
        #expect(names("A court closed the human rights NGO Steppe Voice.") == ["Steppe Voice"])
        #expect(names("The organisation «Erkin Dala» was refused registration.") == ["Erkin Dala"])
        #expect(names("The head of the public foundation \"Adal Joly\" was warned.") == ["Adal Joly"])
        #expect(names("The Steppe Bureau for Human Rights was suspended.") == ["Steppe Bureau for Human Rights"])
        // A head word alone before "of" is no name.
        #expect(names("Party of the year awards were cancelled.").isEmpty)
    }

    @Test func nameBeforeAKindOfOrganisation() {
        #expect(names("A court closed the Steppe Voice newspaper last year.") == ["Steppe Voice"])
        #expect(names("The Adal! opposition movement was not registered.") == ["Adal!"])
    }

    @Test func nameAfterAKindOfOrganisation() {
        #expect(names("The tax office fined the organisation Zhariq for late reports.") == ["Zhariq"])
    }

    @Test func nameAfterTheWordInitiative() {
        #expect(names("The akimat refused a march planned by the feminist initiative Qyzdar.") == ["Qyzdar"])
    }

    @Test func aVerbOpeningAQuotationIsNoName() {
        #expect(names("“Jailing union members for a strike is unlawful,” the lawyer said.") == [])
        #expect(names("Banning party congresses became routine.") == [])
        // A one-word name before its kind still counts, at the start too.
        #expect(names("Ortalyk party members were fined.") == ["Ortalyk"])
    }

    @Test func dottedNamesWithoutSpaces() {
        #expect(read("On 2nd March 2023, the court suspended the foundation Kol.Zhol.Bar for three months.").first?.organizations == ["Kol.Zhol.Bar"])
        // One glued dot between capitals is text run together, and still ends the sentence.
        let sentences = SentenceSplitter.sentences(Array(tokens("He lives in Almaty.Police detained him.")))
        #expect(sentences.count == 2)
    }

    @Test func webOutletsAndAcronyms() {
        #expect(names("Access to steppenews.kz was cut.") == ["steppenews.kz"])
        #expect(names("He was accused of supporting the banned ZHK movement.").contains("ZHK"))
    }

    @Test func quotedNameWithAHeadWord() {
        #expect(names("The court suspended “The Union of Miners of the North” for a month.") == ["The Union of Miners of the North"])
    }

    @Test func actorsCurrenciesAndLinksAreNotOrganisations() {
        #expect(names("The Almaty City Court fined him 100,000 KZT.").isEmpty)
        #expect(names("The Prosecutor’s Office of Aktau issued a warning.").isEmpty)
        #expect(names("See http://example.kz/page for details.").isEmpty)
    }
}

@Suite struct PlaceRecognizerTests {
    func places(_ text: String) -> [PlaceName] { PlaceRecognizer.gazetteerPlaces(in: tokens(text), sentence: text, offset: 0) }
    func written(_ text: String) -> [String] { places(text).map(\.written) }

    @Test func cityAndRegionWithVariants() {
        #expect(written("A Semey-based activist was detained.") == ["Semey"])
        #expect(written("He lives in Oral, not far from the river.") == ["Oral"])
        #expect(places("He lives in Oral.").first?.place?.id == places("He lives in Uralsk.").first?.place?.id)
        #expect(places("He lives in Oral.").first?.place != nil)
    }

    @Test func longestNameFirst() {
        #expect(written("Police fined a teacher from Ridder in the East Kazakhstan Region.") == ["Ridder", "East Kazakhstan Region"])
        #expect(written("She moved to Nur-Sultan in 2019.") == ["Nur-Sultan"])
    }

    @Test func districtsInCourtNamesAreLeftOut() {
        #expect(written("The Medeu District Court of Almaty heard the case.") == ["Almaty"])
    }

    @Test func nearMisses() {
        #expect(written("Kazakhstan’s parliament adopted the law.") == [])
        #expect(written("Mr Almatyev spoke to the press.") == [])
    }
}
