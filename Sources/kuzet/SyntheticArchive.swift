import Archive
import CivicModel
import Foundation

/// Synthetic but realistic archive content for benchmarks: incidents whose summaries and quotes are
/// composed from word lists of the domain (names, cities, courts, articles, sanctions). No report
/// text; every figure is drawn at random and stands for nothing.
struct SyntheticArchive {
    private var random: SplitMix64

    let places: [Place]
    let persons: [Person]
    let organizations: [Organization]
    let sources: [Source]

    init(seed: UInt64, persons personCount: Int = 5_000, organizations organizationCount: Int = 400, sources sourceCount: Int = 200) {
        var random = SplitMix64(seed: seed)
        var places: [Place] = []
        for region in Words.regions {
            places.append(Place(id: Place.ID("pla-\(Words.slug(region))"), name: region, kind: .region))
        }
        for (index, city) in Words.cities.enumerated() {
            let region = places[index % Words.regions.count]
            places.append(Place(id: Place.ID("pla-\(Words.slug(city))"), name: city, kind: .city, regionID: region.id))
        }
        self.places = places
        persons = (0..<personCount).map { n in
            let first = random.pick(Words.firstNames), last = random.pick(Words.surnames)
            return Person(id: Person.ID("per-\(n)"), name: "\(first) \(last)", aliases: random.chance(0.3) ? [Words.transliterated(last)] : [],
                          occupation: random.pick(Occupation.allCases), placeID: random.pick(places).id,
                          confidentiality: random.chance(0.05) ? .restricted : (random.chance(0.02) ? .confidential : .public))
        }
        organizations = (0..<organizationCount).map { n in
            Organization(id: Organization.ID("org-\(n)"), name: "\(random.pick(Words.organizationAdjectives)) \(random.pick(Words.organizationNouns)) \(random.pick(Words.cities))",
                         kind: random.pick(OrganizationKind.allCases), confidentiality: random.chance(0.05) ? .restricted : .public)
        }
        sources = (0..<sourceCount).map { n in
            Source(id: Source.ID("src-\(n)"), title: "\(random.pick(Words.sourceKinds)) \(2010 + n % 15)", publisher: random.pick(Words.publishers))
        }
        self.random = random
    }

    /// The records every incident links to, to be written before the incidents.
    var linkedRecords: ArchiveBatch {
        ArchiveBatch(sources: sources, places: places, persons: persons, organizations: organizations)
    }

    /// One incident with a summary, a quote or two, links, articles and sanctions.
    mutating func incident(_ n: Int) -> Incident {
        let event = random.pick(Words.events)
        let city = random.pick(Array(places.dropFirst(Words.regions.count)))
        let victims = (0..<random.int(1...3)).map { _ in random.pick(persons) }
        let victimIDs = Array(Set(victims.map(\.id))).sorted()
        let victimNames = victims.map(\.name)
        let actor = random.pick(Words.actors)
        let court = random.pick(Words.courts)
        let article = random.int(100...499)
        let sanction = random.pick(Words.sanctions)
        let topic = random.pick(Words.topics)
        let summary = "\(actor) \(event.verb) \(random.pick(Words.roles)) \(victimNames.joined(separator: " and ")) in \(city.name) \(random.pick(Words.occasions)) \(topic)."
        var passages: [SourcePassage] = []
        for _ in 0..<random.int(1...2) {
            let start = random.int(0...40_000)
            let quote = "\(court) of \(city.name) found \(victimNames[0]) guilty under Article \(article) and imposed \(sanction) of \(random.int(2...30)) \(random.pick(Words.units)); "
                + "\(random.pick(Words.witnessLines)) \(random.pick(Words.topics))."
            passages.append(SourcePassage(sourceID: random.pick(sources).id, start: start, end: start + quote.count, quote: quote))
        }
        let year = random.int(2010...2024), month = random.int(1...12), day = random.int(1...28)
        let date: PartialDate? = switch random.int(0...19) {
        case 0: nil
        case 1: try? PartialDate(year: year)
        case 2, 3: try? PartialDate(year: year, month: month)
        default: try? PartialDate(year: year, month: month, day: day)
        }
        var organizations: [OrganizationLink] = []
        if random.chance(0.3) { organizations.append(OrganizationLink(random.pick(self.organizations).id)) }
        return Incident(
            id: Incident.ID("inc-\(n)"), date: date, eventType: event.type, summary: summary, places: [city.id],
            persons: victimIDs.map { PersonLink($0) }, organizations: organizations,
            perpetrators: [random.pick(PerpetratorKind.allCases)], rightsAffected: [random.pick(AffectedRight.allCases)],
            legalProvisions: [LegalProvisionRef(code: random.chance(0.5) ? .criminal : .administrative, article: String(article), part: String(random.int(1...4)))],
            sanctions: [Sanction(kind: random.pick(SanctionKind.allCases), days: Double(random.int(2...30)))],
            status: random.pick([ReviewStatus.proposed, .verified, .verified, .rejected]),
            confidentiality: random.chance(0.9) ? .public : (random.chance(0.5) ? .restricted : .confidential),
            passages: passages, confidence: random.chance(0.5) ? Double(random.int(50...99)) / 100 : nil,
            notes: random.chance(0.2) ? "\(random.pick(Words.noteLines)) \(random.pick(Words.lawyers))." : nil)
    }

    /// A search as a monitor would type it, with a few facet filters: names, places, organisations
    /// and domain words, whole or as prefixes of at least three letters, never stop words.
    mutating func query() -> IncidentQuery {
        var query = IncidentQuery()
        let person = random.pick(persons)
        let surname = String(person.name.split(separator: " ").last ?? "")
        let city = random.pick(Words.cities)
        switch random.int(0...7) {
        case 0: query.text = surname
        case 1: query.text = String(surname.prefix(random.int(3...6)))
        case 2: query.text = "\(surname) \(city)"
        case 3: query.text = "\(random.pick(Words.searchedTerms)) \(city)"
        case 4: query.text = "\(random.pick(Words.searchedTerms)) \(surname.prefix(4))"
        case 5: query.text = "\(random.pick(Words.organizationNouns)) \(random.pick(Words.organizationAdjectives).prefix(5))"
        case 6: query.text = "\(random.pick(Words.searchedTerms)) \(random.pick(Words.searchedTerms))"
        default: query.text = "\(random.pick(Words.firstNames)) \(surname)"
        }
        if random.chance(0.4) { query.eventTypes = [random.pick(Words.events).type] }
        if random.chance(0.4) { query.regionIDs = [random.pick(Array(places.prefix(Words.regions.count))).id] }
        if random.chance(0.3) {
            let year = random.int(2010...2024)
            query.from = "\(year)-01-01"
            query.to = "\(year + random.int(0...2))-12-31"
        }
        if random.chance(0.2) { query.statuses = [.verified] }
        return query
    }
}

/// A small, fast, seeded random number generator, so runs are repeatable.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &self) }
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
    mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &self)] }
}

/// The word lists synthetic text is composed from.
enum Words {
    static let regions = ["Abai Region", "Akmola Region", "Aktobe Region", "Almaty Region", "Atyrau Region", "East Kazakhstan Region",
                          "Jambyl Region", "Jetisu Region", "Karaganda Region", "Kostanay Region", "Kyzylorda Region", "Mangystau Region",
                          "North Kazakhstan Region", "Pavlodar Region", "Turkistan Region", "Ulytau Region", "West Kazakhstan Region"]
    static let cities = ["Almaty", "Astana", "Shymkent", "Aktobe", "Karaganda", "Taraz", "Pavlodar", "Oskemen", "Semey", "Atyrau",
                         "Kostanay", "Kyzylorda", "Oral", "Petropavl", "Aktau", "Temirtau", "Turkistan", "Taldykorgan", "Ekibastuz",
                         "Rudny", "Zhanaozen", "Zhezkazgan", "Balkhash", "Kentau", "Satpayev", "Kaskelen", "Konaev", "Stepnogorsk",
                         "Shchuchinsk", "Aksu", "Baikonur", "Kulsary", "Aral", "Zharkent", "Saryagash", "Lisakovsk"]
    static let firstNames = ["Aigerim", "Aliya", "Arman", "Askhat", "Asel", "Aidos", "Bakhytzhan", "Dana", "Daniyar", "Dinara",
                             "Erlan", "Gulnara", "Inga", "Kairat", "Madina", "Marat", "Maksat", "Nurlan", "Saule", "Serik",
                             "Talgat", "Timur", "Yerzhan", "Zhanar", "Zhanbolat", "Azamat", "Botagoz", "Galym", "Murat", "Roza"]
    static let surnames = ["Abenov", "Akhmetov", "Alimbekov", "Amanzholov", "Baimukhanov", "Bekov", "Bokayev", "Dosmagambetov",
                           "Dzhaksybekov", "Esenov", "Ibraimov", "Iskakov", "Kaliyev", "Karimov", "Kassymov", "Kuanyshev", "Mamyrov",
                           "Mukhametzhanov", "Nurpeisov", "Omarov", "Ospanov", "Rakhimov", "Sadykov", "Sarsenbayev", "Seitkali",
                           "Suleimenov", "Tokayeva", "Tulegenov", "Uteshev", "Yesenov", "Zhakupov", "Zhaksylykov", "Zhumabayev",
                           "Yeseneyev", "Akhmedyarov", "Zhanibekova", "Nurlanova", "Mukanova", "Sultanbekova", "Adilbekova",
                           "Bayanova", "Kenzhebekova", "Orazbayeva", "Tasmagambetova", "Yerimbetova", "Zhumagaliyev", "Kydyrov",
                           "Baizhanov", "Sagyndykov", "Tolegenov", "Aubakirov", "Kuttykadam", "Myrzakhmetov", "Shaikenov",
                           "Yermekbayev", "Temirov", "Uralov", "Sapargali", "Nurmagambetov", "Kemelbekov"]
    static let actors = ["Police", "Riot police", "Plain-clothes officers", "The local akimat", "Prosecutors", "Officers of the National Security Committee",
                         "Unknown men", "Migration police", "Investigators", "The city court"]
    static let events: [(verb: String, type: EventType)] = [
        ("detained", .detention), ("arrested", .administrativeArrest), ("fined", .fine), ("warned", .warning),
        ("charged", .charged), ("convicted", .conviction), ("searched the home of", .searchOfPremises),
        ("beat", .physicalAttack), ("barred from travel", .travelRestriction), ("followed", .surveillance),
        ("placed under house arrest", .houseArrest), ("released", .release), ("dispersed a rally with", .assemblyDispersed),
    ]
    static let roles = ["activist", "journalist", "blogger", "human rights defender", "lawyer", "trade unionist", "opposition politician",
                        "civic activist", "independent journalist", "believer"]
    static let occasions = ["after a post about", "during a picket against", "ahead of a rally on", "following a video on",
                            "for a peaceful protest over", "for comments about", "after an interview about", "for leaflets on"]
    static let topics = ["land reform", "gas prices", "wages of oil workers", "election fraud", "corruption in the akimat",
                         "political prisoners", "the January events", "freedom of assembly", "mortgage debts", "the nuclear plant",
                         "water shortages", "school closures", "housing demolitions", "Chinese factories", "police torture",
                         "air pollution", "internet shutdowns", "the new constitution", "prison conditions", "unpaid pensions"]
    static let courts = ["The Specialised Inter-District Administrative Court", "The district court", "The city court", "The regional appeals board",
                         "The Specialised Inter-District Criminal Court", "The military court", "The juvenile court"]
    static let sanctions = ["administrative arrest", "a fine", "restriction of freedom", "imprisonment", "a ban on activity", "community service"]
    static let units = ["days", "months", "years", "monthly indices"]
    static let witnessLines = ["Witnesses said the hearing lasted under an hour and the defence was not heard on",
                               "Relatives reported that no lawyer was present and the judge refused questions about",
                               "Colleagues said the case was brought after public criticism of",
                               "The defendant denied the charges and said the case concerned",
                               "Observers were kept out of the courtroom during the questioning on"]
    static let noteLines = ["Follow up with the family through", "Confirm the sentence date with", "Court papers requested from",
                            "Do not publish the address; contact via"]
    static let lawyers = ["the defence lawyer", "the bureau's lawyer", "a volunteer lawyer", "the local monitor"]
    static let organizationAdjectives = ["Free", "Independent", "Democratic", "Civic", "United", "Workers'", "Green", "Young"]
    static let organizationNouns = ["Union", "Movement", "Alliance", "Foundation", "Choice", "Initiative", "Council", "Party"]
    static let sourceKinds = ["Monitoring report", "Quarterly digest", "Court observation notes", "Press review", "Annual review"]
    /// Words monitors search for: events, roles, places of protest and subjects; no stop words.
    static let searchedTerms = ["picket", "kettling", "detained", "arrested", "fined", "convicted", "rally", "protest", "leaflets",
                                "journalist", "blogger", "activist", "lawyer", "trade unionist", "torture", "pensions", "akimat",
                                "imprisonment", "election fraud", "land reform", "gas prices", "oil workers", "political prisoners",
                                "house arrest", "dispersed", "searched", "surveillance", "courtroom", "interview", "January"]
    static let publishers = ["Civic Watch", "Bureau of Rights", "Freedom Observatory", "Press Monitor"]

    static func slug(_ name: String) -> String {
        name.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "-" }.reduce(into: "") { $0.append($1) }
    }

    /// A second spelling of a surname, as another transliteration writes it.
    static func transliterated(_ surname: String) -> String {
        surname.replacingOccurrences(of: "yev", with: "ev").replacingOccurrences(of: "kh", with: "h").replacingOccurrences(of: "Zh", with: "J")
    }
}
