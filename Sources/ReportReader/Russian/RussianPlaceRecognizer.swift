import CivicModel
import Gazetteer

/// Finds places of Kazakhstan in Russian text through the gazetteer, whatever their case: "в Уральске" is Uralsk,
/// "из Астаны" Astana, "в Нур-Султане" Astana, "Жанаозена" Zhanaozen; a region by its adjective: "в Атырауской
/// области" is Atyrau Region. Places are given by the gazetteer's name, since the written form is inflected.
enum RussianPlaceRecognizer {
    /// Region adjectives' stems to the gazetteer's regions.
    private static let regionStems: [(stem: String, id: String)] = [
        ("восточно-казахстанск", "pla-east-kazakhstan-region"), ("западно-казахстанск", "pla-west-kazakhstan-region"),
        ("северо-казахстанск", "pla-north-kazakhstan-region"), ("абайск", "pla-abai-region"), ("акмолинск", "pla-akmola-region"),
        ("актюбинск", "pla-aktobe-region"), ("алматинск", "pla-almaty-region"), ("атырауск", "pla-atyrau-region"),
        ("жетысуск", "pla-zhetysu-region"), ("жамбылск", "pla-zhambyl-region"), ("карагандинск", "pla-karaganda-region"),
        ("костанайск", "pla-kostanay-region"), ("кызылординск", "pla-kyzylorda-region"), ("мангистауск", "pla-mangystau-region"),
        ("мангыстауск", "pla-mangystau-region"), ("павлодарск", "pla-pavlodar-region"), ("туркестанск", "pla-turkistan-region"),
        ("улытауск", "pla-ulytau-region"),
    ]

    /// Regions by their Kazakh names, before "облысы" (of any case: "облысының", "облысында"), as Russian text quotes bodies'
    /// Kazakh names: "Батыс Қазақстан облысы", "Атырау облысының полиция департаменті".
    private static let kazakhRegionNames: [String: String] = [
        "батыс қазақстан": "pla-west-kazakhstan-region", "шығыс қазақстан": "pla-east-kazakhstan-region",
        "солтүстік қазақстан": "pla-north-kazakhstan-region", "абай": "pla-abai-region", "ақмола": "pla-akmola-region",
        "ақтөбе": "pla-aktobe-region", "алматы": "pla-almaty-region", "атырау": "pla-atyrau-region", "жетісу": "pla-zhetysu-region",
        "жамбыл": "pla-zhambyl-region", "қарағанды": "pla-karaganda-region", "қостанай": "pla-kostanay-region",
        "қызылорда": "pla-kyzylorda-region", "маңғыстау": "pla-mangystau-region", "павлодар": "pla-pavlodar-region",
        "түркістан": "pla-turkistan-region", "ұлытау": "pla-ulytau-region",
    ]
    /// Kazakh suffixes of a town's people, after its name: "ақтөбелік активист" (of Aktobe), "оралдық журналист".
    private static let demonymSuffixes = ["лік", "лық", "дік", "дық", "тік", "тық"]

    /// Regions by the initials of their names.
    private static let regionAbbreviations: [String: String] = [
        "ЗКО": "pla-west-kazakhstan-region", "ВКО": "pla-east-kazakhstan-region", "СКО": "pla-north-kazakhstan-region",
        "ЮКО": "pla-turkistan-region",
    ]

    static func isRegionAbbreviation(_ written: String) -> Bool { regionAbbreviations[written] != nil }
    /// A city's quarter by its name, one quarter: "в микрорайоне Аксай". ("в центральных микрорайонах Актау" names the city.)
    private static let quarterWords = WordSet(["микрорайон", "микрорайона", "микрорайоне", "мкр", "мкрн"])

    static func places(in t: ArraySlice<Token>) -> [PlaceName] {
        var found: [PlaceName] = []
        var k = t.startIndex
        while k < t.endIndex {
            guard RussianWords.isCyrillic(t[k]) else { k += 1; continue }
            guard t[k].isCapitalized else {
                // ("ақтөбелік активист" in the middle of a sentence.)
                if let place = townsPerson(t[k]) { found.append(PlaceName(written: place.name, canonical: place.name, tokens: k...k, place: place)) }
                k += 1
                continue
            }
            // "Нур-Султане", "Западно-Казахстанской": words joined by a hyphen.
            var end = k, written = t[k].text
            while end + 2 < t.endIndex, t[end + 1].isMark("-"), !t[end + 1].spaceBefore, !t[end + 2].spaceBefore, t[end + 2].isWord {
                written += "-" + t[end + 2].text
                end += 2
            }
            if let (region, last) = kazakhRegion(at: k, in: t) {
                // "Батыс Қазақстан облысы": a region by its Kazakh name.
                found.append(PlaceName(written: region.name, canonical: region.name, tokens: k...last, place: region))
                k = last + 1
            } else if end + 1 < t.endIndex, t[end + 1].lower.hasBytePrefix("област") || t[end + 1].lower == "обл",
               let region = region(adjective: written.lowercased()) {
                found.append(PlaceName(written: region.name, canonical: region.name, tokens: k...(end + 1), place: region))
                k = end + 2
            } else if end + 1 < t.endIndex, t[end + 1].lower.hasBytePrefix("городск"), let city = city(adjective: written) {
                // "Актауский городской суд": a city by its adjective, before "city".
                found.append(PlaceName(written: city.name, canonical: city.name, tokens: k...(end + 1), place: city))
                k = end + 2
            } else if end == k, let id = regionAbbreviations[t[k].text], let region = Gazetteer.kazakhstan.regions.first(where: { $0.id.rawValue == id }) {
                // "ЗКО", "ВКО": a region by the initials of its name, as tables and officials write them.
                found.append(PlaceName(written: region.name, canonical: region.name, tokens: k...k, place: region))
                k += 1
            } else if k > t.startIndex, Self.quarterWords.contains(t[k - 1]) {
                // "в микрорайоне Аксай": a part of a city, not the town of that name.
                k = end + 1
            } else if let place = place(named: written), place.kind != .district {
                found.append(PlaceName(written: place.name, canonical: place.name, tokens: k...end, place: place))
                k = end + 1
            } else if end == k, let place = townsPerson(t[k]) {
                // "Ақтөбелік активист": one of a town's people, in Kazakh.
                found.append(PlaceName(written: place.name, canonical: place.name, tokens: k...k, place: place))
                k += 1
            } else {
                k += 1
            }
        }
        return found
    }

    /// The place a single capitalised word names, in any case.
    static func place(of token: Token) -> Place? {
        guard RussianWords.isCyrillic(token), token.isCapitalized else { return nil }
        return place(named: token.text)
    }

    /// The gazetteer's place for a name in any case: the word itself, then its stem with the nominative endings
    /// place names take ("Астане" → "Астана", "Уральске" → "Уральск", "Семее" → "Семей").
    static func place(named written: String) -> Place? {
        memo.value(for: written) { lookUp(written) }
    }
    private static let memo = WordMemo<Place>()

    private static func lookUp(_ written: String) -> Place? {
        let letters = Array(written)
        guard letters.count >= 3 else { return nil }
        var candidates = [written]
        for cut in 1...2 where letters.count > cut + 2 {
            let stem = String(letters.dropLast(cut))
            candidates += [stem, stem + "а", stem + "ь", stem + "й", stem + "ы"]
        }
        for candidate in candidates {
            if let place = Gazetteer.kazakhstan.place(named: candidate), place.kind != .region { return place }
        }
        return nil
    }

    /// The city an adjective names: its stem before "-ск-" is the city's name ("Актауский" Aktau, "Алматинского"
    /// Almaty), or that stem with "-ск" ("Уральский" Uralsk); "Актюбинский" is Aktobe.
    private static func city(adjective written: String) -> Place? {
        let lower = written.lowercased()
        if lower.hasBytePrefix("актюбинск") { return Gazetteer.kazakhstan.place(named: "Aktobe") }
        guard let suffix = written.range(of: "ск", options: .backwards), suffix.lowerBound > written.startIndex else { return nil }
        let stem = String(written[..<suffix.lowerBound])
        for candidate in [stem, stem + "ск"] {
            if let place = place(named: candidate), [.city, .republicanCity, .town].contains(place.kind) { return place }
        }
        return nil
    }

    /// The town a Kazakh word for one of its people names: "Ақтөбелік" (Aktobe), "оралдық" (Oral).
    private static func townsPerson(_ token: Token) -> Place? {
        guard let suffix = demonymSuffixes.first(where: { token.lower.hasByteSuffix($0) }), token.text.count > suffix.count + 2 else { return nil }
        let stem = String(token.text.dropLast(suffix.count))
        guard let place = place(named: stem.prefix(1).uppercased() + stem.dropFirst()), [.city, .republicanCity, .town].contains(place.kind) else { return nil }
        return place
    }
    /// The region a Kazakh name before "облысы" gives, one or two words, and where "облысы" stands.
    private static func kazakhRegion(at k: Int, in t: ArraySlice<Token>) -> (Place, Int)? {
        for words in 1...2 where k + words < t.endIndex && t[k + words].lower.hasBytePrefix("облыс") {
            let name = t[k..<(k + words)].map(\.lower).joined(separator: " ")
            guard t[k..<(k + words)].allSatisfy(\.isWord), let id = kazakhRegionNames[name] else { continue }
            return Gazetteer.kazakhstan.regions.first { $0.id.rawValue == id }.map { ($0, k + words) }
        }
        return nil
    }

    private static func region(adjective: String) -> Place? {
        guard let id = regionStems.first(where: { adjective.hasBytePrefix($0.stem) })?.id else { return nil }
        return Gazetteer.kazakhstan.regions.first { $0.id.rawValue == id }
    }
}

/// Finds organisations Russian reports name in guillemets after a word saying what they are: "партии «Демократический
/// выбор Казахстана»", "ОО «Кахарман»", "газету «Уральская неделя»", and by acronym ("ДВК"). Courts, akimats and the
/// police act and are not listed.
enum RussianOrganizationRecognizer {
    private static let kindStems = ["парти", "движени", "объединени", "фонд", "газет", "издани", "портал", "сайт", "телеканал", "радио",
                                    "организаци", "профсоюз", "союз", "ассоциаци", "бюро", "центр", "агентств", "журнал", "канал",
                                    "оо", "оф", "нпо", "тоо", "ао", "клуб", "общин", "церк", "компани", "медиа", "сми",
                                    "групп", "инициатив", "сообществ", "коалици", "редакци", "член", "экодвижени",
                                    // "приостановил деятельность самого «Бірлік»": the body whose activities an act stops.
                                    "деятельност"]

    /// Legal forms of bodies written in short, whole: "ОП «Кен-Тау»" (a branch trade union), "РОО «…»", "ОЮЛ «…»".
    private static let formAbbreviations = WordSet(["оп", "роо", "моо", "оюл", "чу", "ро", "мро"])

    /// How long a word in capitals alone on its line is, at least, to be a heading's word rather than an acronym ("ОЦЕНКА",
    /// not "ДВК" or "ОСДП").
    private static let headingWordLength = 4
    static func organizations(in t: ArraySlice<Token>) -> [OrganizationMention] {
        var found: [OrganizationMention] = []
        var k = t.startIndex
        while k + 1 < t.endIndex {
            guard t[k].isMark("«") || t[k].isMark("\""), k > t.startIndex,
                  kindStems.contains(where: { t[k - 1].lower.hasBytePrefix($0) }) || formAbbreviations.contains(t[k - 1])
                    || (k - 2 >= t.startIndex && kindStems.contains(where: { t[k - 2].lower.hasBytePrefix($0) }))
                    // ("Объединению многодетных матерей «Ана Үні»": whom it gathers between.)
                    || (k - 3 >= t.startIndex && kindStems.contains(where: { t[k - 3].lower.hasBytePrefix($0) }) && !t[k - 1].isCapitalized),
                  let close = t[(k + 1)...].firstIndex(where: { $0.isMark("»") || $0.isMark("\"") }), close > k + 1, close - k <= 12,
                  // (A name opens with a capital or a figure; words quoted in lower case are a finding's: "фонд «осуществлял
                  // деятельность, не соответствующую уставным целям»". A site's address is a name: «dalamedia.kz».)
                  t[k + 1].isCapitalized || !t[k + 1].isWord || t[(k + 1)..<close].contains(where: { $0.isMark(".") && !$0.spaceBefore }) else { k += 1; continue }
            let name = OrganizationRecognizer.text(of: t[(k + 1)..<close])
            found.append(OrganizationMention(name: name, tokens: k...close))
            k = close + 1
        }
        // Acronyms: "ДВК", "сторонники ДВК", as monitors name banned movements; not codes, units or the state's bodies, nor the
        // words of a heading in capitals ("О СИТУАЦИИ У ЗДАНИЯ АКИМАТА г. ПАВЛОДАРА", "I. ОБЩАЯ ОБСТАНОВКА", "III. ОЦЕНКА").
        let words = t.filter { $0.isWord && $0.text.unicodeScalars.count > 1 }
        if words.count >= 2, words.filter(\.isAllCaps).count * 5 >= words.count * 3 { return found }
        // (Nor a heading's one word after its number, "III.\nОЦЕНКА", on a line of its own without a stop.)
        if words.count == 1, t.count(where: \.isWord) == 1, words[0].text.unicodeScalars.count > headingWordLength, ParagraphReader.isHeading(t) { return found }
        for k in t.indices where t[k].isAllCaps && (2...6).contains(t[k].text.unicodeScalars.count) && RussianWords.isCyrillic(t[k])
            && !RussianWords.notOrganizationAcronyms.contains(t[k]) && !found.contains(where: { $0.tokens.contains(k) })
            // (Nor the form of a body named after it: "ОП «Кен-Тау»".)
            && !(k + 1 < t.endIndex && t[k + 1].isMark("«"))
            // (Nor a paper's number: "вх. № ЗТ-2024-01187".)
            && !OrganizationRecognizer.opensAPapersNumber(k, in: t)
            // (An abbreviation's full stop goes on with the sentence; an acronym ending the sentence keeps its stop.)
            && !(k + 2 < t.endIndex && t[k + 1].isMark(".") && !t[k + 1].spaceBefore && !t[k + 2].isCapitalized)
            // A place in capitals ("АКТАУ, 9 мая", a news agency's dateline) is no acronym.
            && RussianPlaceRecognizer.place(named: t[k].text) == nil && !RussianPlaceRecognizer.isRegionAbbreviation(t[k].text) {
            found.append(OrganizationMention(name: t[k].text, tokens: k...k))
        }
        return found.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }
}
