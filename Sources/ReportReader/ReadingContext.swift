import CivicModel

/// What the reader remembers from earlier paragraphs: the year being told, the last day an act
/// happened, the people and organisations just named and where people come from.
struct ReadingContext {
    var year: Int?
    var lastDay: PartialDate?
    var persons = PersonRecognizer()
    /// The last sentences that named people: the sentence's number and the people, in order.
    var recentPersons: [(sentence: Int, people: [PersonMention])] = []
    var recentOrganizations: (sentence: Int, names: [String])?
    /// Where named people live or work, as written: "Askar Nurmaganov" → ["Karaganda"].
    var homes: [String: [String]] = [:]
    var sentenceNumber = 0
    /// The articles an offence was last named with ("libel" → Article 73 of the Administrative Code), and where.
    var offenceProvisions: [String: (sentence: Int, provisions: [LegalProvisionRef])] = [:]
    /// The last sentence that spoke of an unnamed group ("seven people", "the demonstrators").
    var lastGroupSentence = -1

    /// The people a pronoun or "the activist" refers to: the subject (first person) of the nearest
    /// sentence that named someone, or all of them for "they", "both", "the two".
    func referents(plural: Bool, within window: Int = 6) -> [PersonMention] {
        guard let last = recentPersons.last, sentenceNumber - last.sentence <= window, last.sentence > lastGroupSentence else { return [] }
        return plural ? last.people : Array(last.people.prefix(1))
    }
}
