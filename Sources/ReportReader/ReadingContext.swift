import CivicModel

/// What the reader remembers from earlier paragraphs: the year being told, the last day an act
/// happened, the people and organisations just named and where people come from.
struct ReadingContext {
    var year: Int?
    var lastDay: PartialDate?
    /// The last acts told, by type and people, with their sentence: an undated act of the same people just after, in
    /// the next paragraph, tells it again ("Ormanov was found guilty of …").
    var recentActs: [(type: EventType, persons: Set<String>, sentence: Int)] = []
    /// The year the text told of before it looked back to an earlier one, to return to.
    var resumeYear: Int?
    /// The one town or city a report's title names ("Monitoring of assemblies in Almaty, May 2026"): where its acts
    /// happened when they name no place of their own.
    var titlePlace: String?
    /// The one day a report's title gives ("Live updates: protest in Aktau, 6 January 2026"), for a live blog's entries.
    var titleDay: PartialDate?
    /// The day a sentence without an act gave a court's verdict ("delivered its verdict on 14 April"), and where.
    var verdictDay: (day: PartialDate, sentence: Int)?
    /// The date of a heading just read ("… (March 2023)"), for the paragraph below it only.
    var headingDate: PartialDate?
    var persons = PersonRecognizer()
    /// The last sentences that named people: the sentence's number and the people, in order.
    var recentPersons: [(sentence: Int, people: [PersonMention])] = []
    var recentOrganizations: (sentence: Int, names: [String])?
    /// Where named people live or work, as written: "Askar Nurmaganov" → ["Karaganda"].
    var homes: [String: [String]] = [:]
    var sentenceNumber = 0
    /// Organisations named so far (of two words or more), by the key of their first word, with their words
    /// lower-cased: "suspended the activities of Taza Aua" finds the movement introduced earlier as "the
    /// movement Taza Aua". Keyed by `Token.key`, so a sentence's capitalised words are looked up unhashed.
    private(set) var knownOrganizations: [Int: [(words: [String], name: String)]] = [:]

    mutating func remember(_ organization: OrganizationMention, in tokens: ArraySlice<Token>) {
        guard organization.tokens.count >= 2 else { return }
        let words = tokens[organization.tokens].map(\.lower)
        let first = tokens[organization.tokens.lowerBound].key
        if knownOrganizations[first]?.contains(where: { $0.words == words }) == true { return }
        // Bounded, so that reading a very long text does not grow memory without end.
        if knownOrganizations.count >= ReadingContext.organizationLimit { knownOrganizations.removeAll() }
        knownOrganizations[first, default: []].append((words, organization.name))
    }

    /// `found` with the organisations named before that the sentence names again.
    func withKnownOrganizations(_ found: [OrganizationMention], in tokens: ArraySlice<Token>) -> [OrganizationMention] {
        guard !knownOrganizations.isEmpty else { return found }
        var all = found
        for k in tokens.indices where tokens[k].isCapitalized {
            guard let candidates = knownOrganizations[tokens[k].key] else { continue }
            for (words, name) in candidates where k + words.count <= tokens.endIndex {
                let range = k...(k + words.count - 1)
                guard !all.contains(where: { $0.tokens.overlaps(range) }),
                      zip(tokens[range], words).allSatisfy({ $0.lower == $1 }) else { continue }
                all.append(OrganizationMention(name: name, tokens: range))
                break
            }
        }
        return all.count == found.count ? found : all.sorted { $0.tokens.lowerBound < $1.tokens.lowerBound }
    }

    private static let organizationLimit = 5_000

    /// The articles an offence was last named with ("libel" → Article 73 of the Administrative Code), and where.
    var offenceProvisions: [String: (sentence: Int, provisions: [LegalProvisionRef])] = [:]
    /// The last sentence that spoke of an unnamed group ("seven people", "the demonstrators").
    var lastGroupSentence = -1

    /// The people a pronoun or "the activist" refers to: the subject (first person) of the nearest
    /// sentence that named someone, or all of them for "they", "both", "the two".
    /// With a `count` ("all three", "the four"), the group reaches back over earlier sentences until it holds that many
    /// people, when the nearest sentence named fewer.
    func referents(plural: Bool, within window: Int = 6, count: Int? = nil) -> [PersonMention] {
        guard let last = recentPersons.last, sentenceNumber - last.sentence <= window, last.sentence > lastGroupSentence else { return [] }
        guard plural else { return Array(last.people.prefix(1)) }
        guard let count, last.people.count < count else { return last.people }
        var group = last.people
        for earlier in recentPersons.dropLast().reversed() where sentenceNumber - earlier.sentence <= window && earlier.sentence > lastGroupSentence {
            let newcomers = earlier.people.filter { person in !group.contains { $0.name == person.name } }
            group = newcomers + group
            if group.count >= count { break }
        }
        return group.count == count ? group : last.people
    }
}
