import CivicModel
import Foundation

/// Word lists the recognisers share, from the module's resource files and the vocabulary of reports.
enum Lexicon {
    /// Lines of a resource file, without comments and blank lines.
    static func resourceLines(_ name: String) -> [String] {
        guard let url = Bundle.module.url(forResource: name, withExtension: "txt"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// The given names of `given-names.txt`, as written (read once; the Russian reader keys them its own way).
    static let givenNameList = resourceLines("given-names")
    static let givenNames = WordSet(givenNameList.map { $0.lowercased() })

    /// Endings of Kazakh, Russian and Georgian surnames in Latin transliteration.
    static let surnameEndings = ["ov", "ova", "ev", "eva", "yev", "yeva", "iev", "ieva", "in", "ina", "uly", "ulu", "kyzy",
                                 "bay", "bai", "bayev", "enko", "sky", "skiy", "ski", "dze", "shvili", "shvily", "yan", "yants"]

    /// Words that make a capitalised phrase an institution, place or heading rather than a person.
    static let notNameWords = WordSet(Set<String>([
        "court", "courts", "city", "district", "region", "oblast", "party", "street", "square", "park", "week", "committee",
        "department", "ministry", "parliament", "union", "code", "article", "articles", "republic", "kazakhstan", "international",
        "national", "democratic", "european", "administrative", "specialised", "specialized", "interdistrict", "appeals",
        "appeal", "supreme", "second", "first", "third", "prosecutor", "prosecutor’s", "akimat", "police", "office",
        "movement", "foundation", "bureau", "magazine", "newspaper", "facebook", "monitor", "civicus", "human", "rights",
        "law", "criminal", "according", "on", "in", "the", "during", "following", "however", "after", "before", "as", "mobile",
        "chinese", "consulate", "general", "news", "radio", "group", "association", "president", "state", "system",
        "penitentiary", "service", "agency", "council", "assembly", "organisation", "organization", "center", "centre",
        "institute", "university", "school", "company", "bank", "market", "day", "book", "children’s", "this", "that", "these",
        "those", "he", "she", "they", "his", "her", "their", "it", "a", "an", "and", "or", "but", "for", "from", "with", "at",
        "by", "to", "of", "since", "until", "while", "when", "where", "who", "which", "what", "how", "all", "both", "other",
        "also", "although", "because", "if", "then", "there", "here", "we", "our", "its", "one", "two", "three", "many",
        "some", "several", "most", "more", "less", "further", "finally", "moreover", "meanwhile", "subsequently", "earlier",
        "later", "today", "yesterday", "tomorrow", "mr", "mrs", "ms", "dr", "see", "url", "site", "ibid", "kibhr", "iphr",
        "iccpr", "un", "osce", "covid", "internet", "vkontakte", "instagram", "telegram", "youtube", "twitter", "whatsapp",
        "tv", "television", "channel", "portal", "agency", "kazakh", "kazakhstani", "russian", "uighur", "uighurs", "kazakhs",
        // Nationalities describe a body ("a grant from a Dutch foundation"); they do not name it.
        "dutch", "german", "american", "british", "french", "swiss", "norwegian", "swedish", "danish", "finnish", "polish", "czech",
        "italian", "spanish", "turkish", "japanese", "korean", "uzbek", "kyrgyz", "tajik", "ukrainian", "belarusian", "georgian",
        "foreign", "western",
        "constitution", "resolution", "report", "update", "recommendation", "concluding", "observations", "committee’s",
        "capital", "country", "government", "authorities", "akim", "mayor", "minister", "deputy", "chairman", "head",
        "dispensary", "hospital", "prison", "colony", "centre", "hall", "station", "building", "embassy", "alliance",
        "network", "coalition", "platform", "initiative", "project", "fund", "trust", "press", "media", "publishing",
        "chief", "editor", "activist", "journalist", "blogger", "lawyer", "civic", "civil", "political", "prisoner", "before",
        "regional", "fellow", "witness", "witnesses", "baptist", "baptists", "pastor", "imam", "priest", "citizen",
        "about", "against", "under", "over", "into", "without", "regarding", "concerning", "case", "status", "timeline",
    ]).union(DateRecognizer.months.keys))

    /// Words naming a person's role before or after the name, with the occupation they stand for.
    static let roles = WordMap<Occupation>([
        "activist": .activist, "activists": .activist, "protester": .activist, "observer": .activist,
        "journalist": .journalist, "journalists": .journalist, "editor": .journalist, "reporter": .journalist,
        "correspondent": .journalist, "blogger": .blogger, "bloggers": .blogger, "defender": .humanRightsDefender,
        "defenders": .humanRightsDefender, "lawyer": .lawyer, "advocate": .lawyer, "politician": .politician,
        "leader": .politician, "unionist": .tradeUnionist, "prisoner": .activist, "poet": .other, "writer": .other,
        "businessman": .other, "businesswoman": .other, "founder": .other, "owner": .other, "member": .other,
        "resident": .other, "believer": .religiousBeliever, "pastor": .religiousBeliever, "imam": .religiousBeliever,
        "organiser": .activist, "organizer": .activist, "organisers": .activist, "organizers": .activist,
        "coordinators": .activist, "members": .other, "host": .journalist, "guest": .other, "feminist": .activist, "campaigner": .activist, "coordinator": .activist,
        "volunteer": .activist, "photographer": .journalist, "photojournalist": .journalist, "cameraman": .journalist,
        "artist": .other, "musician": .other, "student": .other, "teacher": .other, "doctor": .other, "scholar": .other,
        "historian": .other, "economist": .other, "rapper": .other, "singer": .other, "actor": .other, "actress": .other,
        "pensioner": .other, "retiree": .other, "entrepreneur": .other, "farmer": .other, "engineer": .other, "nurse": .other,
        "villager": .other, "lecturer": .other, "professor": .other, "researcher": .other, "schoolteacher": .other,
        "accountant": .other, "welder": .other, "miner": .other, "driver": .other, "housewife": .other, "worker": .other,
    ])

    /// Titles of officials written before a name ("Judge Aidos Kemelbekov", "investigator Serikov"): the named person acted
    /// for the state.
    static let officialTitles = WordSet(["judge", "investigator", "prosecutor", "colonel", "lieutenant", "captain", "major",
                                         "inspector", "sergeant", "akim", "mayor", "minister"])

    /// Words for people counted or described as a class ("6,601 individuals", "convicted persons"): the reader's
    /// rules for statistics and general statements add their own words to these.
    static let peopleAsAClass = ["persons", "people", "individuals", "prisoners", "inmates", "convicts"]

    /// Third-person words that refer back to people already named.
    static let personPronouns: Set<String> = ["he", "she", "him", "her", "his", "hers", "they", "them", "their", "both"]
}
