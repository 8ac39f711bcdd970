import CivicModel
import Testing
@testable import ReportReader

/// Short reports written for these tests in the styles of other monitors (a civic-space update, an annual
/// review, a case study, a chronicle translated from Russian, a legal analysis), none of them from the seed
/// reports or the dev set. Each expects every act it tells — date, type, the people acted on — and nothing
/// else: a regression set for phrasings the dev set does not hold.
@Suite struct SyntheticReportTests {
    func found(_ text: String) -> [String] {
        read(text).map { "\($0.date?.iso ?? "undated") \($0.eventType.rawValue) \($0.persons.joined(separator: "/"))" }
    }

    @Test func aCivicSpaceUpdate() {
        let text = """
        Kazakhstan: update on civic space, January to March 2023

        On 12 January 2023, police in Almaty detained civil activist Marat Seitkaliyev outside the akimat building shortly before he planned to hold a single-person picket.

        Two days later, the Medeu District Court sentenced him to 15 days of administrative arrest under Article 488 of the Code of Administrative Offences.

        On 3 February 2023, journalist Aigerim Nurkenova was fined 150 MCI for participating in an unsanctioned rally.

        In February 2023, the authorities refused to register the Zhana Dala party for the eighth time.

        On the night of 14 March, unknown assailants beat independent reporter Dinara Sultanbekova near her home in Shymkent.

        On 20 March 2023, the Yesil District Court of Astana sentenced blogger Yerzhan Abdrakhmanov to five years in prison on charges of inciting social discord under Article 174 of the Criminal Code.

        Human rights defender Bakhytzhan Amirova was summoned for questioning by the police in Almaty on 22 March 2023.

        On 25 March 2023, the Atyrau city akimat refused permission for a rally by oil workers demanding higher wages.

        Police searched the apartment of activist Nurlan Kassymov in Uralsk on 27 March 2023 and seized his phone and laptop.

        A court in Zhanaozen placed labour activist Erzhan Kuderinov under house arrest on 29 March 2023 pending trial.

        Access to the news website dalanews.kz was blocked on 30 March 2023 after it published an investigation into a senior official.

        On 31 March 2023, the Supreme Court rejected the cassation appeal of poet Aron Zhandosov's family.

        Civil society activist Asel Temirova was banned from travelling abroad on 2 April 2023 because of an unpaid fine.

        On 5 April 2023, a court in Taraz ordered the liquidation of the human rights NGO Adal Bolashak.

        Lawyer Nazym Kairatova was attacked by three men in Pavlodar on 7 April 2023; she suffered a broken arm.
        """
        #expect(found(text) == [
            "2023-01-12 detention Marat Seitkaliyev",
            "2023-01-14 administrative_arrest Marat Seitkaliyev",
            "2023-02-03 fine Aigerim Nurkenova",
            "2023-02 registration_denied ",
            "2023-03-14 physical_attack Dinara Sultanbekova",
            "2023-03-20 conviction Yerzhan Abdrakhmanov",
            "2023-03-22 other Bakhytzhan Amirova",
            "2023-03-25 assembly_refused ",
            "2023-03-27 search_of_premises Nurlan Kassymov",
            "2023-03-29 house_arrest Erzhan Kuderinov",
            "2023-03-30 other ",
            "2023-03-31 other Aron Zhandosov",
            "2023-04-02 travel_restriction Asel Temirova",
            "2023-04-05 organization_banned ",
            "2023-04-07 physical_attack Nazym Kairatova",
        ])
    }

    @Test func anAnnualReview() {
        let text = """
        Kazakhstan: Events of 2022

        In January 2022, protests over a sharp rise in fuel prices began in Zhanaozen and spread to Almaty, Aktobe and other cities. Security forces used lethal force; according to official figures, 238 people were killed and more than 10,000 were detained.

        On January 5, 2022, the authorities shut down the internet across the country for five days.

        Journalist Makhambet Orazov was detained in Almaty on January 9 and released three days later without charge.

        On February 14, 2022, the Almaty City Court sentenced activist Zhanbolat Serikov to six years of restriction of freedom for organizing mass riots.

        Police arrested Serikov's colleague, Aigul Bekova, on March 2, 2022. She was charged with spreading knowingly false information and placed under house arrest.

        Opposition figure Nurzhan Ermekov was prevented from leaving the country at Astana airport on 18 April 2022.

        On 1 May 2022, officers dispersed a peaceful protest of the Democratic Future of Kazakhstan movement in Uralsk and detained 12 participants.

        On May 17, the Court of Appeal upheld the conviction of Serikov.

        In June 2022, the prosecutor's office warned the editor of the Steppe.media portal that the site could be closed.

        The trade union activist Erzhan Kuderinov, who was convicted in 2021, was assaulted in prison in July 2022, his relatives said.

        On 3 August 2022, a court in Kyzylorda fined the blogger Yerlan Dosanov 300,000 tenge for a post criticising the regional governor.

        Under the law on peaceful assemblies adopted in 2020, organisers must notify the akimat five working days in advance. Participants may be fined or detained if the assembly is held at a non-designated site.

        The government should release all those detained for peaceful protest and should amend Article 174 of the Criminal Code.
        """
        #expect(found(text) == [
            "2022-01-05 internet_shutdown ",
            "2022-01-09 detention Makhambet Orazov",
            "2022-01-12 release Makhambet Orazov",
            "2022-02-14 conviction Zhanbolat Serikov",
            "2022-03-02 detention Aigul Bekova",
            "2022-03-02 house_arrest Aigul Bekova",
            "2022-04-18 travel_restriction Nurzhan Ermekov",
            "2022-05-01 assembly_dispersed ",
            "2022-05-01 detention ",
            "2022-05-17 other Zhanbolat Serikov",
            "2022-06 warning ",
            "2021 conviction Erzhan Kuderinov",
            "2022-07 physical_attack Erzhan Kuderinov",
            "2022-08-03 fine Yerlan Dosanov",
        ])
    }

    @Test func aHalfYearExpressionReview() {
        let text = """
        Freedom of expression: January–June 2025

        On 14 January 2025, police in Karaganda detained three members of the unregistered Kok Zhailau Eriktileri group – Bekzat Nurmukhanuly, Nurlan Omarov and Gulmira Sarsenova – as they tried to film a protest outside the regional akimat. All three were released the same evening; Nurmukhanuly was later fined 30 MCI.

        Journalist Temirlan Askarov, known for satirical posts, was placed under house arrest on 24 January 2025 after the Almaty police opened a criminal case against him for "spreading knowingly false information" (Article 274, part 2 of the Criminal Code). In March, a court convicted him and sentenced him to five years of restricted freedom; he was also banned from blogging for five years.

        On 6 February 2025, the Ministry of Culture and Information blocked access to the Telegram channel "Sozdik" for 'inciting social discord'.

        Lawyer Zhanar Mukanova, who represents several detained activists, said that on 11 February 2025 her office in Aktau was searched by KNB officers without a warrant.

        On 19 March 2025, the Yesil District Court of Astana fined the NGO "Erkin Kanat" 400,000 tenge for failing to report foreign funding and suspended its activities for three months.

        On 2 May 2025, around 50 women gathered in front of the Ministry of Labour in Astana to demand higher child benefits. Police dispersed the gathering and detained eight of them, including the organiser, Aliya Beisenova, who was sentenced the next day to 10 days of administrative arrest.
        """
        #expect(found(text) == [
            "2025-01-14 detention Bekzat Nurmukhanuly/Nurlan Omarov/Gulmira Sarsenova",
            "2025-01-14 release Bekzat Nurmukhanuly/Nurlan Omarov/Gulmira Sarsenova",
            "undated fine Bekzat Nurmukhanuly",
            "2025-01-24 house_arrest Temirlan Askarov",
            "2025-01-24 criminal_case_opened Temirlan Askarov",
            "2025-03 conviction Temirlan Askarov",
            "2025-02-06 other ",
            "2025-02-11 search_of_premises Zhanar Mukanova",
            "2025-03-19 organization_suspended ",
            "2025-05-02 assembly_dispersed Aliya Beisenova",
            "2025-05-02 detention Aliya Beisenova",
            "2025-05-03 administrative_arrest Aliya Beisenova",
        ])
    }

    @Test func aCaseStudyOfOneMovement() {
        let text = """
        Kazakhstan: harassment of the Aktobe environmental movement (autumn 2025)

        The Aktobe-based movement Taza Aua has campaigned since 2023 against pollution from a chromium plant. Its members have faced mounting pressure since August 2025.

        On 2 September 2025, the movement's coordinator, Berik Omarbekov, was detained at his home by officers of the Aktobe police department and questioned for six hours about a video he had posted online. He was released late in the evening.

        On 9 September 2025, the Aktobe City Court found Omarbekov guilty of organising an unsanctioned assembly under Article 488, part 6, of the Code of Administrative Offences and sentenced him to 10 days of administrative arrest.

        Two weeks later, the regional department of justice suspended the activities of Taza Aua for six months, citing irregularities in its membership records.

        On 30 September 2025, unknown persons broke the windows of the car of another member, Aizhan Zhumabekova, outside her apartment building.

        On 14 October 2025, police opened a criminal case against Zhumabekova under Article 274 of the Criminal Code for publishing an article about the plant's emissions. She was placed under travel restrictions the same day.

        The movement's website tazaaua.kz was blocked on 21 October 2025 by order of the Ministry of Culture and Information.

        According to the movement, at least 12 of its supporters were summoned to the police for "preventive conversations" in October and November 2025.

        On 5 November 2025, the court fined Zhumabekova 200 MCI; the criminal case against her was dropped on 20 November 2025 for lack of evidence.

        Under Kazakh law, public associations whose activities are suspended may not hold assemblies or use bank accounts during the suspension.
        """
        #expect(found(text) == [
            "2025-09-02 detention Berik Omarbekov",
            "2025-09-02 release Berik Omarbekov",
            "2025-09-09 administrative_arrest Berik Omarbekov",
            "2025-09-23 organization_suspended ",
            "2025-09-30 property_attack Aizhan Zhumabekova",
            "2025-10-14 criminal_case_opened Aizhan Zhumabekova",
            "2025-10-14 travel_restriction Aizhan Zhumabekova",
            "2025-10-21 other ",
            "2025-10 other ",
            "2025-11-05 fine Aizhan Zhumabekova",
            "2025-11-20 acquittal_or_case_closed Aizhan Zhumabekova",
        ])
    }

    @Test func aChronicleInTranslatedStyle() {
        let text = """
        Chronicle of violations of the right to peaceful assembly, November 2025

        On 3 November 2025, civil activist Erlan Sadvakasov was brought to administrative responsibility under Article 488 of the CoAO for a single picket near the akimat of Kostanay and was subjected to administrative arrest for 5 days.

        On 7 November 2025, employees of the police of Taldykorgan detained the activist Gaukhar Ismailova and drew up an administrative protocol against her. On 10 November the court imposed a fine on her in the amount of 30 MCI.

        On 12 November 2025, in Semey, the court found pensioner Vasily Petrenko guilty of participating in an unauthorized meeting and imposed an administrative penalty in the form of a warning.

        On 18 November 2025, the Temirtau city prosecutor's office issued an official warning to the head of the public foundation "Adal Kyzmet", Marzhan Kuanysheva, about the inadmissibility of violating the law on peaceful assemblies.

        On 25 November 2025, in Shymkent, a criminal case was initiated against blogger Talgat Myrzakhmetov under Part 2 of Article 174 of the Criminal Code; on the same day his apartment was searched and he was placed in a temporary detention facility.

        On 28 November 2025, the investigative court of Shymkent sanctioned the arrest of Myrzakhmetov for two months.
        """
        #expect(found(text) == [
            "2025-11-03 administrative_arrest Erlan Sadvakasov",
            "2025-11-07 detention Gaukhar Ismailova",
            "2025-11-10 fine Gaukhar Ismailova",
            "2025-11-12 warning Vasily Petrenko",
            "2025-11-18 warning Marzhan Kuanysheva",
            "2025-11-25 criminal_case_opened Talgat Myrzakhmetov",
            "2025-11-25 search_of_premises Talgat Myrzakhmetov",
            "2025-11-25 detention Talgat Myrzakhmetov",
            "2025-11-28 pretrial_detention Talgat Myrzakhmetov",
        ])
    }

    @Test func aLegalAnalysisWithNoIncidents() {
        let text = """
        Analysis of the 2020 law on peaceful assemblies

        The new law was adopted on 25 May 2020 and signed by the President. The report of the Special Rapporteur was released on 16 June 2015.

        On 10 March 2022, a rights group released a statement calling for the release of all those detained in January.

        Activists fear they will be arrested if they attend the rally planned for 1 May.

        The police chief denied that protesters had been beaten in custody on 6 January 2022.

        A new version of the draft law was published on 12 April 2023, and the hearing was postponed.

        In 2021, the government launched a national action plan on human rights.

        The European Parliament adopted a resolution on 11 February 2021 urging Kazakhstan to release political prisoners.

        On 8 March 2023 thousands of women marched peacefully in Almaty without incident.

        The amendments of 2 July 2018 raised the fine for organising an unauthorised assembly to 100 MCI.

        Kazakhstan was elected to the UN Human Rights Council on 14 October 2021.

        The book "Detained in Astana" was presented at a festival on 3 June 2019.

        The detained journalist's lawyer, Gulnara Zhuaspayeva, said on 4 April 2022 that she had not been allowed to see her client.
        """
        #expect(found(text) == [])
    }

}
