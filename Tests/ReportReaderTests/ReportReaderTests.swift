import CivicModel
import Testing
@testable import ReportReader

@Suite struct ReportReaderTests {
    @Test func oneIncidentPerActWithItsFacts() throws {
        let text = "On 3rd May 2022, the Specialised Administrative Court in Pavlodar sentenced activists Ruslan Abenov and Gulnara Sadykova to seven days of administrative detention."
        let incidents = read(text)
        let incident = try #require(incidents.first)
        #expect(incidents.count == 1)
        #expect(incident.eventType == .administrativeArrest)
        #expect(incident.date?.iso == "2022-05-03")
        #expect(incident.persons == ["Ruslan Abenov", "Gulnara Sadykova"])
        #expect(incident.locations == ["Pavlodar"])
        #expect(incident.sanctions == [Sanction(kind: .administrativeArrest, days: 7)])
        #expect(incident.quote == text)
        #expect(incident.start == 0 && incident.end == text.unicodeScalars.count)
    }

    @Test func aDetentionAndALaterSentenceAreTwoIncidents() {
        let text = """
        Blogger Timur Dzhaksybekov was detained by police on 2nd June 2020. On 10th June 2020, a court in Aktau sentenced Dzhaksybekov to two years of restriction of freedom under Article 274 of the Criminal Code.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .conviction])
        #expect(incidents.map { $0.date?.iso } == ["2020-06-02", "2020-06-10"])
        #expect(incidents.allSatisfy { $0.persons == ["Timur Dzhaksybekov"] })
        #expect(incidents.last?.legalProvisions.map(\.citation) == ["CC 274"])
        #expect(incidents.last?.sanctions == [Sanction(kind: .restrictionOfFreedom, years: 2)])
    }

    @Test func pronounsAndYearlessDatesTakeTheirContext() {
        let text = """
        Aigerim Tulegenova is a journalist from Shymkent. On 4th March 2019 she was fined 120,000 KZT.

        On 9th April, she was detained again.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.fine, .detention])
        #expect(incidents.map(\.persons) == [["Aigerim Tulegenova"], ["Aigerim Tulegenova"]])
        #expect(incidents.last?.date?.iso == "2019-04-09")
        #expect(incidents.first?.locations == ["Shymkent"])
    }

    @Test func aFollowingSentenceAddsSanctionsToTheAct() {
        let text = "On 8th July 2021, a court in Taraz sentenced activist Yerbol Kassymov to one year of restriction of freedom. He was also banned from political activities for three years."
        let incidents = read(text)
        #expect(incidents.count == 1)
        #expect(incidents.first?.sanctions == [Sanction(kind: .restrictionOfFreedom, years: 1), Sanction(kind: .banOnActivity, years: 3)])
        #expect(incidents.first?.end == text.unicodeScalars.count)
    }

    @Test func generalStatementsAreNotIncidents() {
        let text = """
        Under the law, organisers can be fined or detained for up to ten days. Police usually detain participants before a rally starts. More than 200 people were charged last year.
        """
        #expect(read(text).isEmpty)
    }

    @Test func figuresOfTheWholeSystemAreNotIncidents() {
        let text = """
        In 2019, 31,204 individuals were serving prison sentences, and 5,870 persons were held in pre-trial custody. \
        In 2018 individuals convicted of minor offences were detained again after release.
        """
        #expect(read(text).isEmpty)
        // A year before people is a date, and a crowd one act befell is an incident.
        let crowd = read("On 6th January 2022, police detained 1,200 people in Almaty.")
        #expect(crowd.map(\.eventType) == [.detention])
        #expect(ParagraphReader.countsAPopulation(tokens("In 2012 individuals were detained.")) == false)
        #expect(ParagraphReader.countsAPopulation(tokens("In all, 48,684 individuals were held.")))
    }

    @Test func aRelativeDateCountsFromTheActBefore() {
        let text = "On 30th June 2022, police in Aktobe detained the blogger Arman Sadykov. Two days later, a court fined him 50 MCI. A month earlier he had been warned."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .fine, .warning])
        #expect(incidents.map { $0.date?.iso } == ["2022-06-30", "2022-07-02", "2022-06"])
    }

    @Test func aRelativeDateJustAfterTheActIsItsDate() {
        let incidents = read("The poet Serik Amanov was detained in Taraz on 4th May 2021 and released two days later.")
        #expect(incidents.map(\.eventType) == [.detention, .release])
        #expect(incidents.map { $0.date?.iso } == ["2021-05-04", "2021-05-06"])
    }

    @Test func theParagraphsDayReachesAnActThatGoesOnBeforeSomethingElse() {
        // "before being allowed …" after the act tells how it went on; "Later," before it moves it to another time.
        let day = read("On 5th May 2022, members of the Green Party held a rally in Aktobe. Police detained 20 activists of the Green Party "
            + "at the square and held them for six hours before letting them go home.")
        #expect(day.map(\.eventType) == [.detention])
        #expect(day.map { $0.date?.iso } == ["2022-05-05"])
        let later = read("On 5th May 2022, members of the Green Party held a rally in Aktobe. Later, police detained 20 activists of the Green Party.")
        #expect(later.map { $0.date?.iso } == [nil])
        let earlier = read("On 5th May 2022, members of the Green Party held a rally in Aktobe. Police had detained 20 activists of the Green Party "
            + "before the rally started.")
        #expect(earlier.map { $0.date?.iso } == [nil])
    }

    @Test func aDatedHeadingDatesTheItemBelowItOnly() {
        let digest = """
        [Police detain activists in Taraz](#) (March 2023) *(English)*

        Police in Taraz detained the activist Nurlan Example, who planned a picket.

        Police in Taraz also detained the activist Dana Example.

        [Law on Peaceful Assemblies](#) (2020)

        Police in Aktobe detained the activist Serik Example.
        """
        let incidents = read(digest)
        #expect(incidents.map { $0.persons } == [["Nurlan Example"], ["Dana Example"], ["Serik Example"]])
        // The heading's month reaches the paragraph below it, not the one after; a year alone names a law.
        #expect(incidents.map { $0.date?.iso } == ["2023-03", nil, nil])
        // A sentence with a date in brackets is no heading.
        let sentence = read("The court sat on the case (March 2023).\n\nPolice in Taraz detained the activist Nurlan Example.")
        #expect(sentence.map { $0.date?.iso } == [nil])
    }

    @Test func aDateInAClauseAboutAnEarlierActStaysWithIt() {
        let incidents = read("The unionist Ruslan Beketov, who was convicted in 2019, was beaten in the colony in June 2021.")
        #expect(incidents.map(\.eventType) == [.conviction, .physicalAttack])
        #expect(incidents.map { $0.date?.iso } == ["2019", "2021-06"])
    }

    @Test func aPersonNamedAsAnotherOnesRelationIsNotTheTarget() {
        let text = "On 2nd March 2022, police arrested Amanov's colleague, Dana Serikova. She was placed under house arrest."
        let incidents = read(text)
        #expect(incidents.map(\.persons) == [["Dana Serikova"], ["Dana Serikova"]])
        // The owner of a petition is still the one acted on.
        #expect(read("On 5th May 2022, the court rejected Serik Amanov's petition for parole.").map(\.persons) == [["Serik Amanov"]])
    }

    @Test func anOffenceNamedWithItsArticleLendsItToLaterActs() {
        let text = """
        Two bloggers were prosecuted for libel (Article 73 of the Administrative Code) in May 2022. \
        On 3rd May 2022, a court in Aktau fined blogger Arman Sadykov 100 MCI for libel. \
        On 9th May 2022, blogger Dana Serikova was detained for hooliganism.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.fine, .detention])
        #expect(incidents.first?.legalProvisions.map(\.article) == ["73"])
        // Another offence does not take it.
        #expect(incidents.last?.legalProvisions.isEmpty == true)
    }

    @Test func allOfAGroupAndClausesAfterASemicolon() {
        let text = "On 4th June 2024, police in Oral detained the activists Serik Amanov and Dana Serikova. All two were released the same evening; Amanov was later fined 20 MCI."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release, .fine])
        #expect(incidents[1].persons == ["Serik Amanov", "Dana Serikova"])
        #expect(incidents[1].date?.iso == "2024-06-04")
        // "later", in a clause of its own, keeps the fine from taking the evening's date.
        #expect(incidents[2].persons == ["Serik Amanov"])
        #expect(incidents[2].date == nil)
    }

    @Test func oneDecisionWithAnActForEachPerson() {
        let incidents = read("On 3rd May 2022, a court in Taraz fined Gulmira Dosova 40 MCI and sentenced Arman Tokenov to seven days of administrative arrest.")
        #expect(incidents.map(\.eventType) == [.fine, .administrativeArrest])
        #expect(incidents.map(\.persons) == [["Gulmira Dosova"], ["Arman Tokenov"]])
        #expect(incidents.map(\.sanctions) == [[Sanction(kind: .fine, amount: 40, currency: .mci)], [Sanction(kind: .administrativeArrest, days: 7)]])
        // Named before the acts, the people share them; one person named after both acts keeps both.
        let shared = read("On 3rd May 2022, Gulmira Dosova and Arman Tokenov were detained and fined 40 MCI each.")
        #expect(shared.count == 2 && shared.allSatisfy { $0.persons == ["Gulmira Dosova", "Arman Tokenov"] })
        let one = read("On 3rd May 2022, police detained Gulmira Dosova and a court fined her 40 MCI.")
        #expect(one.map(\.persons) == [["Gulmira Dosova"], ["Gulmira Dosova"]])
    }

    @Test func custodyCountedInDaysIsAdministrativeArrest() {
        let incidents = read("On 6th June 2024, a court in Aktau sentenced activist Marat Seitov to 12 days in jail for a picket.")
        #expect(incidents.map(\.eventType) == [.administrativeArrest])
        #expect(incidents.first?.sanctions == [Sanction(kind: .administrativeArrest, days: 12)])
        // Months and years are a prison sentence.
        #expect(read("On 6th June 2024, a court in Aktau sentenced activist Marat Seitov to 18 months in prison.").map(\.eventType) == [.conviction])
    }

    @Test func aLeaderIsTheTargetUnlessNamedAsTheOrganisations() {
        let own = read("On 2nd May 2024, police in Zhanaozen detained trade union leader Yerlan Sadykbekov.")
        #expect(own.first?.persons == ["Yerlan Sadykbekov"])
        let theirs = read("In 2019, Dana Ospanova was sentenced to two years in prison for posts in support of the Kemel movement and its exiled leader Ruslan Zhakenov.")
        #expect(theirs.first?.persons == ["Dana Ospanova"])
    }

    @Test func aPlaceInCapitalsIsNoAcronym() {
        let incidents = read("ASTANA -- Police detained journalist Kamila Seitova outside the court on 3rd April 2024.")
        #expect(incidents.first?.organizations == [])
        #expect(incidents.first?.persons == ["Kamila Seitova"])
    }

    @Test func aDateLeadingTheNextActsClauseIsThatActs() {
        let text = "On 8th August 2024, police in Oral detained activist Nurlan Kaspayev. He was released after three hours, but on 10th August a court fined him 20 MCI."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release, .fine])
        // The release keeps the paragraph's day ("after three hours" is that day); the fine takes the date before it.
        #expect(incidents.map { $0.date?.iso } == ["2024-08-08", "2024-08-08", "2024-08-10"])
    }

    @Test func aBanOnSocialMediaCompletesTheSentence() {
        let incidents = read("On 22nd July 2024, blogger Timur Akhanov was sentenced to two years of restricted freedom. The court also banned him from posting on social media for three years.")
        #expect(incidents.first?.sanctions == [Sanction(kind: .restrictionOfFreedom, years: 2), Sanction(kind: .banOnActivity, years: 3)])
    }

    @Test func anActRepeatedOnAnotherDayIsTwoIncidents() {
        let text = """
        Annual review of civic space, the reporting period (2023)

        The Zhana Zhol party, led by former MP Arman Tulegenov, had its application refused on 2 May and again on 19 October.
        """
        let incidents = read(text)
        #expect(incidents.map { $0.date?.iso } == ["2023-05-02", "2023-10-19"])
        #expect(incidents.allSatisfy { $0.eventType == .registrationDenied && $0.organizations == ["Zhana Zhol"] && $0.persons.isEmpty })
    }

    @Test func aHeadingWithAYearDatesTheTextBelow() {
        let text = """
        Kazakhstan 2024: a summary of restrictions

        On 5 January, activist Timur Serikov was detained in Astana. An appeal court upheld the fine on 29 March.
        """
        let incidents = read(text)
        #expect(incidents.map { $0.date?.iso } == ["2024-01-05", "2024-03-29"])
        // "the fine" refers back to the person just named.
        #expect(incidents.last?.persons == ["Timur Serikov"])
        // A sentence with a year that is neither a heading nor about a period sets none.
        #expect(read("The 2014 code on assemblies is strict. On 5 January, activist Timur Serikov was detained.").first?.date == nil)
    }

    @Test func aDatelinesPlaceIsWhereItsParagraphsActsHappened() {
        let text = """
        18.03.2024, Taraz. Mr. Arman Dosov was detained by police near the court building. He was released two hours later.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release])
        #expect(incidents.allSatisfy { $0.locations == ["Taraz"] && $0.date?.iso == "2024-03-18" })
    }

    @Test func anArrestNamedByItsNounInACommunication() {
        let text = "In a letter dated 20th June 2023, the rapporteurs raised the arrest on 2nd June 2023 of defender Dana Kassymova, who was charged with spreading false information."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention])
        #expect(incidents.first?.date?.iso == "2023-06-02" && incidents.first?.persons == ["Dana Kassymova"])
        // A practice named by the noun, with no one and no day, is none.
        #expect(read("The Committee is concerned about the detention of peaceful protesters.").isEmpty)
    }

    @Test func aGroupAndANamedPersonInOneSentence() {
        let text = "On 10th December 2024, police in Aktau detained about 20 people. Most were released the same evening, but activist Serik Bekov was fined 30 MCI on 11th December."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release, .fine])
        #expect(incidents.map(\.persons) == [[], [], ["Serik Bekov"]])
        #expect(incidents.map { $0.date?.iso } == ["2024-12-10", "2024-12-10", "2024-12-11"])
    }

    @Test func twoPeopleEachWithTheirOwnActInThePassive() {
        let text = "On 16th March 2025, the organiser Sapar Tolegenov was sentenced to 10 days of administrative arrest and his associate Gulzhan Aminova was fined 50 MCI."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.administrativeArrest, .fine])
        #expect(incidents.map(\.persons) == [["Sapar Tolegenov"], ["Gulzhan Aminova"]])
    }

    @Test func aWebsiteNamedAfterItsKindAndACameramanAttacked() {
        let text = """
        On 4th February 2025, a court in Astana ordered the blocking of the news website Dala Daily for six months.

        On 27th February 2025, two masked men attacked cameraman Yerzhan Omarov in Almaty.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.other, .physicalAttack])
        #expect(incidents.first?.organizations == ["Dala Daily"])
        #expect(incidents.last?.persons == ["Yerzhan Omarov"])
    }

    @Test func aLawsNameIsNoReferenceToACase() {
        let text = """
        On 13th November 2024, a court in Oral sentenced activist Aidar Nurov to 20 days of administrative arrest.

        On 15th November 2024, police searched the office of the newspaper Oral Times under Article 274 of the Criminal Code.
        """
        let search = read(text).last
        #expect(search?.eventType == .searchOfPremises && search?.persons == [] && search?.organizations == ["Oral Times"])
    }

    @Test func anActInsideARelativeClauseKeepsItsOwnYear() {
        let incidents = read("On 19th December 2024 the Supreme Court rejected the appeal of journalist Dana Ibrayeva, who had been sentenced to five years of restricted freedom in 2023.")
        #expect(incidents.map { "\($0.eventType.rawValue) \($0.date?.iso ?? "-")" } == ["other 2024-12-19", "conviction 2023"])
    }

    @Test func theSameDayIsTheDayItsSentenceNames() {
        let text = """
        On 3rd April 2024, police in Oral detained activist Ruslan Tokenov.

        On 15th April 2024, a reporter, Pavel Orlov, was stopped at the airport and deported the same day.
        """
        #expect(read(text).map { $0.date?.iso } == ["2024-04-03", "2024-04-15"])
    }

    @Test func aHeadlinesActIsToldByTheTextBelow() {
        let text = """
        Activist detained in Taraz after a picket

        On 12 May 2024, police in Taraz detained activist Dauren Bekov after a one-person picket.
        """
        #expect(read(text).map(\.persons) == [["Dauren Bekov"]])
    }

    @Test func anEmployerNamedBesideAPersonIsNotTheActs() {
        let text = "On 3rd March 2016, a court ordered the newspaper's editor Bolat Sadykov to pay moral compensation to Aida Karim, manager of the Nomad Health Centre."
        #expect(read(text).first?.organizations == [])
        #expect(OrganizationRecognizer.organizations(in: tokens("She works for the Legal Aid Centre.")).map(\.name) == ["Legal Aid Centre"])
    }

    @Test func aYearsCountOfUnnamedPeopleIsAFigure() {
        #expect(read("In 2021, around 30 people were convicted under Article 405 for supporting the Kemel movement.").isEmpty)
        // A day makes it one act on a crowd.
        #expect(read("On 2nd March 2021, police in Oral detained around 30 people.").map(\.eventType) == [.detention])
    }

    @Test func whoIsCitedAndWhatAnotherParagraphNamedAreNotTheActs() {
        let text = """
        On 5th May 2023, the Kemel movement held a rally in Taraz, according to the Bureau for Civic Rights.

        On 9th June 2023, police in Oral detained 12 people who had gathered at the akimat.
        """
        let incidents = read(text)
        #expect(incidents.map(\.organizations) == [[]])
        #expect(incidents.first?.eventType == .detention)
        // In its own paragraph a group still takes the movement it supported.
        let own = read("On 9th June 2023, supporters of the Kemel movement gathered in Oral. Police detained 12 people.")
        #expect(own.first?.organizations == ["Kemel"])
        let cited = read("On 9th June 2023, police in Oral detained the activist Dana Seitova, according to the Bureau for Civic Rights.")
        #expect(cited.first?.organizations == [])
        #expect(OrganizationRecognizer.organizations(in: tokens("according to the Bureau for Civic Rights")).map(\.name) == ["Bureau for Civic Rights"])
    }

    @Test func aDateThatNamesAnOccasionDatesNothing() {
        let text = """
        On 4th March 2023, journalist Dana Kairatova was questioned about her reporting on the January 2022 events.

        In April, she was fined 50 MCI. Her colleague Olzhas Bekov was detained for filming the events of December 2011 anniversary rally.
        """
        let incidents = read(text)
        // The fine takes the year of the act before, not of the events it was about; the detention is not dated by the
        // anniversary it was about.
        #expect(incidents.map { $0.date?.iso } == ["2023-04", nil])
        #expect(incidents.map(\.persons) == [["Dana Kairatova"], ["Olzhas Bekov"]])
        // "the 2021 parliamentary elections": an adjective may stand between the date and the occasion.
        let elections = read("On 12th March 2024, activist Serik Omarov was detained for his posts about the 2021 parliamentary elections.")
        #expect(elections.first?.date?.iso == "2024-03-12")
        // A day after "the" is still a day: "On the 5th March the court fined him".
        #expect(read("On the 5th March 2023 the court fined activist Serik Omarov 20 MCI.").first?.date?.iso == "2023-03-05")
    }

    @Test func aCountedGroupIsWhomTheyMeans() {
        let text = """
        On 9th May 2023, journalist Aliya Nurova reported from a rally in Oral. Police dispersed the rally and held five participants. They were released the same evening.
        """
        let release = read(text).first { $0.eventType == .release }
        #expect(release != nil && release?.persons == [])
    }

    @Test func aNameInsideAnOrganisationsNameIsNoPerson() {
        let incidents = read("On 5th April 2023, a court in Taraz ordered the liquidation of the NGO Dana Zhol.")
        #expect(incidents.first?.organizations == ["Dana Zhol"])
        #expect(incidents.first?.persons == [])
    }

    @Test func anOrganisationNamedBeforeIsFoundByItsNameAlone() {
        let text = """
        The movement Kok Tobe Birligi campaigns against a landfill. The landfill lies north of the town. \
        It opened in 2019. Residents complain of the smell. Officials deny any harm. \
        On 5th October 2025, the department of justice suspended the activities of Kok Tobe Birligi for six months.
        """
        #expect(read(text).map(\.organizations) == [["Kok Tobe Birligi"]])
    }

    @Test func anActDeniedOrKnownOnlyByItsYearIsNoIncident() {
        #expect(read("On 2nd April 2020, the ministry said the sites had never been blocked.").isEmpty)
        #expect(read("On 2nd April 2020, the blogger Arman Sadykov was not detained.").isEmpty)
        #expect(read("In 2014, large damages were claimed in defamation suits.").isEmpty)
        // With its target, a year is date enough.
        #expect(read("In 2014, the blogger Arman Sadykov was detained.").map(\.eventType) == [.detention])
    }

    @Test func offsetsCountUnicodeScalars() throws {
        let text = "Заголовок 🇰🇿 — “Report”.\n\nOn 1st May 2020, activist Saule Bekova was detained in Almaty."
        let incident = try #require(read(text).first)
        let slice = String(String.UnicodeScalarView(Array(text.unicodeScalars)[incident.start..<incident.end]))
        #expect(slice == incident.quote)
        #expect(incident.quote.hasPrefix("On 1st May 2020"))
    }

    @Test func aHeadingIsNotPartOfTheFirstSentence() throws {
        let text = "Weekly digest: spring\n\nOn 2nd May 2020, activist Saule Bekova was detained in Almaty.\n"
        let incident = try #require(read(text).first)
        #expect(incident.quote.hasPrefix("On 2nd May 2020"))
        let markdown = "[Court jails blogger over posts](#) (May 2020) *(English)* with a long tail of words after it\n\nA court in Taraz sentenced blogger Saule Bekova to two years in prison.\n"
        #expect(try #require(read(markdown).first).quote.hasPrefix("A court in Taraz"))
    }

    @Test func softLineBreaksOfPDFTextStayInsideASentence() throws {
        let text = "On 4th June 2016, a court in Aktobe sentenced the activist Nurlan Seitkaliev to three years of restricted \n\nfreedom for posts on social media.\n"
        let incident = try #require(read(text).first)
        #expect(incident.quote.hasSuffix("posts on social media."))
        #expect(incident.sanctions == [Sanction(kind: .restrictionOfFreedom, years: 3)])
    }

    @Test func jsonHasTheDesignKeysInOrder() throws {
        let incident = try #require(read("On 2nd May 2020, activist Saule Bekova was detained in Almaty.").first)
        let json = incident.json()
        let keys = ["source", "date", "date_precision", "event_type", "persons", "organizations", "locations",
                    "legal_provisions", "sanctions", "quote", "start", "end", "confidence"]
        let positions = keys.map { json.range(of: "\"\($0)\":")?.lowerBound }
        #expect(!positions.contains(nil))
        #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
        #expect(json.contains("\"date_precision\":\"day\""))
    }

    // Added 2 Dec 2026, from reports in other monitors' styles (eval/own h7–h10).

    @Test func anAttackOnSomeoneNamedByTheSurnameAlone() {
        let text = "Blogger Dauren Sagynov filmed the count. On 4th May 2024, two men assaulted Sagynov near the polling station in Ekibastuz."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.physicalAttack])
        #expect(incidents.first?.persons == ["Dauren Sagynov"])
        // The verb alone before a lower-case word is no attack on anyone: "attacked the new law".
        #expect(read("On 4th May 2024, deputies attacked the new law on the media.").isEmpty)
    }

    @Test func aRefusedRequestToHoldAGatheringIsAnAssemblyRefused() {
        let incidents = read("On 2nd June 2024, the Uralsk akimat turned down a request by the movement Oyan Zhurt to stage a rally.")
        #expect(incidents.map(\.eventType) == [.assemblyRefused])
        // A refused request for something else stays a refusal of its own kind.
        #expect(read("On 2nd June 2024, the court rejected a request by activist Sabina Kurmanova to postpone the hearing.").map(\.eventType) == [.other])
    }

    @Test func whatARefusedMotionAskedForDidNotHappen() {
        let incidents = read("On 7th July 2024, the Semey city court denied lawyer Ainur Bekova's motion to transfer her client Yerzhan Dosov to house arrest.")
        #expect(incidents.map(\.eventType) == [.other])
        // Granted, it did.
        #expect(read("On 7th July 2024, the Semey city court placed activist Yerzhan Dosov under house arrest.").map(\.eventType) == [.houseArrest])
    }

    @Test func termsReceivedRespectively() {
        let text = "On 1st August 2024, the Aktobe court jailed activist Nurbol Kaliyev for six years. Two other defendants, Arman Tulegenov and Dina Sarsenova, received five and two years respectively."
        let incidents = read(text)
        // One verdict, told person by person: one incident, each term once (the dev set's convention for co-defendants).
        #expect(incidents.map(\.eventType) == [.conviction])
        #expect(incidents.first?.persons == ["Nurbol Kaliyev", "Arman Tulegenov", "Dina Sarsenova"])
        #expect(incidents.first?.sanctions == [Sanction(kind: .imprisonment, years: 6), Sanction(kind: .imprisonment, years: 5),
                                              Sanction(kind: .imprisonment, years: 2)])
        // A sentence of its own day is a verdict of its own.
        let apart = read("On 1st August 2024, the Aktobe court jailed activist Nurbol Kaliyev for six years. On 9th August 2024, the same court sentenced Arman Tulegenov to five years in prison.")
        #expect(apart.map(\.persons) == [["Nurbol Kaliyev"], ["Arman Tulegenov"]])
        // What someone received over years is no term: "received threats for two years".
        #expect(read("On 1st August 2024, journalist Dina Sarsenova said she had received threats for two years.").isEmpty)
    }

    @Test func aSearchToldByAGerund() {
        let incidents = read("On 3rd March 2024, police detained blogger Yerlan Abdikarimov in Taraz after searching his flat for three hours.")
        #expect(incidents.map(\.eventType) == [.detention, .searchOfPremises])
    }

    @Test func heldInAPretrialDetentionCentreIsPretrialDetention() {
        let incidents = read("Activist Berik Zhunusov has been kept in the Atyrau pre-trial detention centre since 5th May 2024.")
        #expect(incidents.map(\.eventType) == [.pretrialDetention])
        #expect(incidents.first?.date?.iso == "2024-05-05")
        // The centre as a place, with no one put in it, is no act.
        #expect(read("On 5th May 2024, monitors visited the pre-trial detention centre in Atyrau.").isEmpty)
    }

    @Test func aCountedGroupReachesBackForItsPeople() {
        let text = "On 2nd April 2024, police detained activist Aidos Kenzhebayev in Aktau. Two days later they detained Marat Zhumabekov and Saule Issina. A court placed all three in pre-trial detention on 6th April 2024."
        let incidents = read(text)
        #expect(incidents.last?.eventType == .pretrialDetention)
        #expect(incidents.last?.persons == ["Aidos Kenzhebayev", "Marat Zhumabekov", "Saule Issina"])
    }

    @Test func aPluralPossessiveInsideAnOrganisationsName() {
        let incidents = read("On 9th June 2024, the court suspended the Kazakhstan Teachers’ Union for three months.")
        #expect(incidents.first?.organizations == ["Kazakhstan Teachers’ Union"])
        #expect(read("On 9th June 2024, police detained members of the Zhas Initiative in Almaty.").first?.organizations == ["Zhas Initiative"])
    }

    @Test func afterALookBackTheStoryReturnsToItsYear() {
        let text = """
        On 12th March 2024, the Oral city court sentenced activist Kanat Seitkali to three years of restricted freedom. He had been detained on 20th October 2023.

        On 2nd April, unknown men attacked his lawyer Gaukhar Nurova in Oral.
        """
        let incidents = read(text)
        #expect(incidents.map { $0.date?.iso } == ["2024-03-12", "2023-10-20", "2024-04-02"])
        // A look back that goes on stays in its year: "On 25 October he was charged."
        let onward = read("On 12th March 2024, a court sentenced activist Kanat Seitkali to three years of restricted freedom. He had been detained on 20th October 2023.\n\nOn 25 October, he was charged with inciting discord.")
        #expect(onward.last?.date?.iso == "2023-10-25")
    }

    @Test func aTermAskedForIsNoSanction() {
        let text = "On 3rd May 2024, the hearing of activist Rustem Abayev opened in Pavlodar. The prosecutor asked for seven years in prison."
        let incidents = read(text)
        #expect(incidents.allSatisfy { $0.sanctions.isEmpty })
    }

    // Added 2 Dec 2026, from a second round of reports of our own writing (eval/own h11–h14).

    @Test func aFineSlappedOn() {
        let incidents = read("On 4th March 2024, blogger Rinat Sultanov was slapped with a fine of 150 MCI over a post.")
        #expect(incidents.map(\.eventType) == [.fine])
        #expect(incidents.first?.sanctions == [Sanction(kind: .fine, amount: 150, currency: .mci)])
    }

    @Test func theWantedList() {
        let incidents = read("In May 2024, police put journalist Samat Orazov on the wanted list.")
        #expect(incidents.map(\.eventType) == [.other])
    }

    @Test func suspendedSentencesInThePluralAreNoSuspendedOrganisation() {
        let incidents = read("On 8th May 2024, activists Daulet Mukhin and Rita Bekova were given two-year suspended sentences in Semey.")
        #expect(incidents.map(\.eventType) == [.conviction])
        #expect(incidents.first?.sanctions == [Sanction(kind: .other, years: 2)])
    }

    @Test func aDateDuringTheOffenceIsNotTheVerdicts() {
        let text = "On 3rd June 2024, a court in Taraz sentenced activist Olzhas Baimenov to three years in prison. Later that week, Baimenov was found guilty of organising riots during a rally in March."
        let incidents = read(text)
        #expect(!incidents.contains { $0.date?.iso == "2024-03" })
        // A detention during a protest is on the protest's day.
        #expect(read("Activist Olzhas Baimenov was detained during a rally on 2nd March 2024.").first?.date?.iso == "2024-03-02")
    }

    @Test func theCourtBuildingRefersToNoOne() {
        let text = "Lawyer Aliya Kaliyeva spoke to the press. On 5th May 2024, police in Oral detained at least ten people outside the court building."
        #expect(read(text).first?.persons == [])
    }

    @Test func aParagraphWithoutADayIsOneDay() {
        let text = "Police in Aktau detained about 20 people who had gathered in support of the strikers. Most were released after a few hours, but three were later fined."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .release, .fine])
        #expect(incidents.allSatisfy { $0.locations == ["Aktau"] })
    }

    @Test func aDispersalIsOfTheGatheringNotOfThoseDetainedAfter() {
        let incidents = read("On 5th May 2024, police dispersed a picket in Taraz and detained three people, among them activist Yerlan Nurov.")
        #expect(incidents.map(\.eventType) == [.assemblyDispersed, .detention])
        #expect(incidents.map(\.persons) == [[], ["Yerlan Nurov"]])
    }

    @Test func aDatelineInCapitalsGivesThePlacesName() {
        let incidents = read("SHYMKENT, 12 May 2024 — Police detained activist Yerlan Nurov outside the akimat.")
        #expect(incidents.first?.locations == ["Shymkent"])
    }

    @Test func anUndatedActTheParagraphBeforeToldIsNoNewIncident() {
        let text = "On 3rd June 2024, a court in Taraz sentenced activist Olzhas Baimenov to three years in prison.\n\nBaimenov was sentenced for his posts on Facebook."
        #expect(read(text).count == 1)
    }

    @Test func aNameBeforeTradeUnion() {
        let incidents = read("On 10th February 2025, police searched the office of the Birlik trade union in Aktau.")
        #expect(incidents.first?.organizations == ["Birlik"])
    }

    // Added 2 Dec 2026, from a third round (eval/own h15–h18: an HTML weekly, a volunteers' log, a list of political
    // prisoners, a feature story).

    @Test func aListEntrysSentencesHaveItsPersonForSubject() {
        let text = "Political prisoners (as of 1 May 2025)\n\n1. Nurlan Esenov (born 1980), blogger, Aktobe. Detained on 2 March 2024 and sentenced by the Aktobe city court on 9 August 2024 to six years' imprisonment. Recognised as a political prisoner in September 2024."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .conviction, .politicalPrisonerRecognized])
        #expect(incidents.allSatisfy { $0.persons == ["Nurlan Esenov"] })
        // Each act its own date: the conviction does not take the detention's.
        #expect(incidents.map { $0.date?.iso } == ["2024-03-02", "2024-08-09", "2024-09"])
        // "the Aktobe city court" is in Aktobe, written so.
        #expect(incidents[1].locations == ["Aktobe"])
    }

    @Test func aLogsClauseWithoutItsSubject() {
        let incidents = read("5 May – Taraz: activist Ruslan Ospanov detained at a picket; released the same evening.")
        #expect(incidents.map(\.eventType) == [.detention, .release])
        #expect(incidents.map(\.persons) == [["Ruslan Ospanov"], ["Ruslan Ospanov"]])
    }

    @Test func aRegistrationRefusedAfterALongName() {
        let incidents = read("On 22nd July 2025, registration of the Taza Qogam public foundation was refused again.")
        #expect(incidents.map(\.eventType) == [.registrationDenied])
    }

    @Test func aSummonsToBeWarnedIsAWarning() {
        let incidents = read("On 3rd April 2024, activists Dana Sultan and Aruzhan Kaliyeva were summoned to the prosecutor’s office and warned about an unsanctioned rally.")
        #expect(incidents.map(\.eventType) == [.warning])
    }

    @Test func dismissedFromWork() {
        #expect(read("In June 2024, journalist Asel Nurova was dismissed from her newspaper after a report on the akimat.").map(\.eventType) == [.other])
        // An appeal dismissed is still the court's refusal, not a dismissal from work.
        #expect(read("On 4th June 2024, the court dismissed the appeal of activist Asel Nurova.").map(\.eventType) == [.other])
    }

    @Test func aHeadingsDateOfAListIsNoActs() {
        #expect(read("List of persons detained for their posts (as of 1 October 2025)").isEmpty)
        // "as of" in a sentence can be the day something began.
        let blocked = read("The news site Qazaq Times became inaccessible as of 9 September 2025.")
        #expect(blocked.first?.date?.iso == "2025-09-09")
    }

    // Added 2 Dec 2026, fourth round (eval/own h19–h20, r4: an annual report printed to PDF, a net-freedom chapter).

    @Test func aFootnotesNumberGluedToTheStopEndsTheSentence() {
        let text = "On 3rd May 2023, the ministry suspended the foundation Ashyq Qogam for three months.12 Its director, Serik Temirov, was fined 100 MCI the same week."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.organizationSuspended, .fine])
        #expect(incidents.last?.quote.hasPrefix("Its director") == true)
    }

    @Test func questionedAsAWitnessAndReleased() {
        let incidents = read("On 6th June 2025, police searched the flat of blogger Aida Serik. She was questioned as a witness in a case of false information and released.")
        #expect(incidents.map(\.eventType) == [.searchOfPremises, .other, .release])
        // Brought to the police and questioned is one detention.
        #expect(read("On 6th June 2025, blogger Aida Serik was brought to the police station and questioned as a witness.").map(\.eventType) == [.detention])
    }

    @Test func aNameAfterTheKindAndWhomItGathers() {
        let incidents = read("On 21st June 2023, the court ordered the liquidation of the independent union of teachers Ustaz.")
        #expect(incidents.first?.organizations == ["Ustaz"])
    }

    // Added 2 Dec 2026, fifth round (eval/own h21–h24: a government report's prisoners section, an election
    // observers' interim report, assembly monitoring of one city, a press-freedom story).

    @Test func aNameThatIsACallKeepsItsComma() {
        let incidents = read("On 9th May 2026, police detained five members of the Tur, Qazaqstan! movement in Aktobe.")
        #expect(incidents.first?.organizations == ["Tur, Qazaqstan!"])
    }

    @Test func aListOfTermsRespectively() {
        let incidents = read("On 9th May 2026, a court in Aktau sentenced activists Berik Ali, Dana Sain and Murat Ospan to 12, 8 and 3 days of administrative arrest respectively.")
        #expect(incidents.first?.sanctions.compactMap(\.days) == [12, 8, 3])
    }

    @Test func chargedOnADay() {
        let incidents = read("Journalist Aigerim Satova, who works for the outlet Dala News, was charged on 28th May 2026 after a complaint by an official.")
        #expect(incidents.map(\.eventType) == [.charged])
        #expect(incidents.first?.date?.iso == "2026-05-28")
    }

    @Test func theOthersOfAGroupKeepItsOrganisation() {
        let text = "On 9th May 2026, police in Taraz detained six members of the movement Jana Bastau. Two were sentenced to five days of administrative arrest. The others were fined."
        #expect(read(text).last?.organizations == ["Jana Bastau"])
    }

    @Test func aTitleScopedToOneTownGivesItsPlace() {
        let text = "Monitoring of assemblies in Kokshetau, June 2026\n\nOn 5th June 2026, police detained activist Marat Yesenov at a picket."
        #expect(read(text).first?.locations == ["Kokshetau"])
        // A title naming the country or several places scopes nothing.
        let national = "Kazakhstan: assemblies in Kokshetau and Pavlodar, June 2026\n\nOn 5th June 2026, police detained activist Marat Yesenov at a picket."
        #expect(read(national).first?.locations == [])
    }

    // Added 2 Dec 2026, sixth round (eval/own h25–h26, r5: a legal-analysis page, an urgent action's update).

    @Test func aLongHeadingInCapitalsStandsAlone() {
        let text = "UPDATE ON UA 12/26: BLOGGER FREED ON BAIL, HIS TWO CO-DEFENDANTS STILL HELD IN PRE-TRIAL DETENTION\n\nBlogger Yerlan Saken was released on 4 July 2026."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.release])
        #expect(incidents.first?.organizations == [])
        #expect(incidents.first?.quote.hasPrefix("Blogger") == true)
    }

    @Test func releasedFromPretrialDetentionIsNoPretrialDetention() {
        let incidents = read("Activist Sabit Orazov was released from pre-trial detention on 8 July 2026.")
        #expect(incidents.map(\.eventType) == [.release])
    }

    @Test func reportedlyBeatenTransferredAndRegistered() {
        #expect(read("On 2 July 2026, activist Dauren Ali was reportedly beaten by guards in Atyrau.").map(\.eventType) == [.physicalAttack])
        #expect(read("On 10 July 2026, activist Dauren Ali was transferred to a prison hospital in Karaganda.").map(\.eventType) == [.other])
        #expect(read("On 11 May 2026, the ministry added the foundation Erkin Soz to its register of recipients of foreign funding.").map(\.eventType) == [.other])
        // Included in a list of political prisoners is no act of the state.
        #expect(read("On 11 May 2026, activist Dauren Ali was included in a list of political prisoners.").isEmpty)
    }

    // Added 2 Dec 2026, seventh round (eval/own h27–h29: a live blog, a verdict's summary, a quarterly review).

    @Test func aLiveBlogsEntriesAreOfItsTitlesDay() {
        let text = """
        Live: rally against the dam in Ekibastuz, 14 March 2026

        09:50 — Police detain activist Olzhas Tulegen at the entrance to the square.

        12:20 — Mobile internet is down in the city centre.

        14:05 — Police disperse the rally.
        """
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.detention, .internetShutdown, .assemblyDispersed])
        #expect(incidents.allSatisfy { $0.date?.iso == "2026-03-14" && $0.locations == ["Ekibastuz"] })
        // The present tense of a rule is no act.
        #expect(read("The law allows police to detain anyone without documents for three hours.").isEmpty)
    }

    @Test func aVerdictsDayGoesToTheFindingToldAfterIt() {
        let text = "The Oral city court delivered its verdict on 14 April 2026.\n\nThe court found blogger Serik Ali guilty and sentenced him to two years of restricted freedom."
        #expect(read(text).first?.date?.iso == "2026-04-14")
    }

    // Added 2 Dec 2026, eighth round (eval/own h30, a civic-space update of the seeds' kind).

    @Test func aThreatenedTermCompletesNoAct() {
        let text = "On 19th February 2026, the Supreme Court upheld the ban on the movement Jana Kun. Its members now face up to six years in prison."
        #expect(read(text).first?.sanctions == [])
    }

    @Test func beenInCustodySince() {
        let incidents = read("Activist Samat Orynbayev has been in custody since 3rd October 2025.")
        #expect(incidents.map(\.eventType) == [.pretrialDetention])
        #expect(incidents.first?.date?.iso == "2025-10-03")
    }

    @Test func aPublicationsTopicIsNotTheActsPlace() {
        let fined = read("On 2nd October 2024, journalist Dana Orazova was fined 100 MCI after she reported on a mine fire in Temirtau.")
        #expect(fined.first?.locations == [])
        // Where the act happened stays: "detained in Temirtau after a report on the fire".
        let detained = read("On 2nd October 2024, journalist Dana Orazova was detained in Temirtau after her report on the fire.")
        #expect(detained.first?.locations == ["Temirtau"])
    }

    // Added 2 Dec 2026, ninth round (eval/own h31–h32, r6: a joint statement, field notes by town, a Russian chronicle).

    @Test func fieldNotesHeadedByTheirTown() {
        let text = "Taraz. On 3rd July 2026, a correspondent of the newspaper Aq Jol, Aizhan Seitova, was prevented from entering a session of the city maslikhat. Guards pushed her out of the building."
        let incidents = read(text)
        #expect(incidents.map(\.eventType) == [.other, .physicalAttack])
        #expect(incidents.allSatisfy { $0.locations == ["Taraz"] })
    }

    @Test func questionedByThePolice() {
        #expect(read("On 11th August 2026, police in Taraz questioned freelance journalist Arman Nurov for four hours.").map(\.eventType) == [.other])
        // Questioning a decision is no act.
        #expect(read("On 11th August 2026, lawyers questioned the legality of the new law.").isEmpty)
    }

    // Added 2 Dec 2026, eleventh round (eval/own h34, an annual report's country entry).

    @Test func aClauseCutAtASemicolonIsNoHeading() {
        let text = "KAZAKHSTAN 2025\n\nIn January, police in Almaty detained activist Rita Omar at a vigil for the January 2022 events; she was fined. In April, a court in Aktau fined activist Dauren Sain."
        #expect(read(text).last?.date?.iso == "2025-04")
    }

    @Test func moreThanThirtyDetainedInOnePlaceIsOneCrowd() {
        #expect(read("In January 2025, police in Almaty detained more than 30 people at a vigil.").map(\.eventType) == [.detention])
        // More than a hundred charged over a year is a count.
        #expect(read("In 2025, more than 120 people were charged with taking part in unsanctioned rallies.").isEmpty)
    }

    @Test func refusedForTheSeventhTimeToRegister() {
        let incidents = read("In March 2025, the Ministry of Justice refused for the seventh time to register the human rights group Ar Namys.")
        #expect(incidents.map(\.eventType) == [.registrationDenied])
        #expect(incidents.first?.organizations == ["Ar Namys"])
    }

    // Added 2 Dec 2026, twelfth round (eval/own h35–h36: UN concluding observations, a case's timeline).

    @Test func whatContinuesToHappenIsNoAct() {
        let text = "The Committee is concerned that protesters continue to be detained and fined, including blogger Aset Nur, who was sentenced to 10 days of administrative detention on 7 March 2026."
        #expect(read(text).map(\.eventType) == [.administrativeArrest])
    }

    @Test func aTimelinesPresentTense() {
        let text = "14 January 2026: A court in Aktobe places activist Bakhyt Oraz under house arrest. The other four are released.\n\n20 April 2026: The Aktobe city court fines Bakhyt Oraz 300 MCI. Oraz's house arrest is lifted."
        let incidents = read(text)
        // (Since 2 Dec 2026 an entry headed "DATE:" is read in the past tense as one headed "DATE —", so "Oraz's house
        // arrest is lifted" is his release from it.)
        #expect(incidents.map(\.eventType) == [.houseArrest, .release, .fine, .release])
    }

    // Added 2 Dec 2026, thirteenth round (eval/own h37, a Nations in Transit style chapter).

    @Test func anAppealDismissedInThePassive() {
        let text = "In February 2025, activist Olzhas Dauletov was detained in Aktau. His appeal against pretrial detention was dismissed by the regional court in March 2025."
        #expect(read(text).map(\.eventType) == [.detention, .other])
    }

    @Test func aWebsiteBlockedAndAFineMentionedTwice() {
        #expect(read("In June 2025, the authorities blocked the website of the pollster Qogam Lab.").first?.organizations == ["Qogam Lab"])
        let fined = read("On 30 November 2025, a court in Shymkent fined pensioner Kulyash Abenova 25 MCI; she was the third pensioner fined that month.")
        #expect(fined.first?.sanctions == [Sanction(kind: .fine, amount: 25, currency: .mci)])
    }
}
