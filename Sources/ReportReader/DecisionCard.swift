import CivicModel

/// A court decision's entry, as a legal database's headnote or a case tracker writes one, its fields on lines of their own:
/// "Court: Specialised Inter-district Administrative Court of Oral", "Date of judgment: 14 March 2025", then "Held: …
/// convicted …". What the court decided, told without a day of its own, is of the judgment's day (not of the last day the
/// entry's background told), and where it names no place, of the court's town.
struct DecisionCard {
    var day: PartialDate?
    var courtPlaces: [String] = []

    /// The acts a decision is: what a court rules on a person or a body.
    static let decidedActs: Set<EventType> = [.conviction, .fine, .administrativeArrest, .warning, .acquittalOrCaseClosed,
                                              .organizationSuspended, .organizationBanned]

    /// Reads a paragraph's field lines for the decision's day and the court's town.
    static func read(_ sentences: [Sentence], startsLine: (Token) -> Bool, text: (Sentence) -> String) -> DecisionCard {
        var card = DecisionCard()
        for sentence in sentences {
            let t = sentence.tokens
            guard let first = t.first, startsLine(first), first.isCapitalized,
                  let label = ParagraphReader.fieldLabel(t, words: labelWords) else { continue }
            if label.words.contains(where: { decisionNouns.contains($0) }) && (label.words.contains("date") || label.words.count == 1),
               let day = DateRecognizer.dates(in: t[(label.colon + 1)...], contextYear: nil)
                   .first(where: { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day })?.date {
                card.day = day
            }
            if courtLabels.contains(label.words) {
                let named = PlaceRecognizer.gazetteerPlaces(in: t, sentence: text(sentence), offset: sentence.start)
                card.courtPlaces = named.map(\.written)
            }
        }
        return card
    }

    /// How many words a field's label holds at most ("Court of first instance").
    private static let labelWords = 4
    /// Nouns of a decision in a date's label: "Date of judgment", "Decision date", "Decided:".
    private static let decisionNouns = WordSet(["judgment", "judgement", "decision", "ruling", "verdict", "sentencing", "decided"])
    /// Labels of the court's field.
    private static let courtLabels: Set<[String]> = [["court"], ["tribunal"], ["court", "of", "first", "instance"], ["trial", "court"]]
}
