import CivicModel

/// The last acts a text told with their day, by type and people: what "two days after their detention" and "на следующий
/// день после задержания" count from.
struct ToldDays: Sendable {
    private var told: [(type: EventType, persons: [String], day: PartialDate)] = []
    /// How many acts are kept.
    static let kept = 64

    /// Remembers an act told with its day.
    mutating func tell(_ type: EventType, of persons: [String], on day: PartialDate) {
        told.append((type, persons, day))
        if told.count > Self.kept { told.removeFirst() }
    }

    /// The people of the last act of one of these types told that befell someone, when the last act told with a day was of
    /// another type: whose "arrest" an appeal court upheld after an arrest and then a fine of someone else.
    /// (Only when that last act is the one `lastNames` were acted on in: an act told since without a day is the story's.)
    func lastPersons(of types: Set<EventType>, lastNames: [String]) -> [String]? {
        guard let last = told.last, !types.contains(last.type), last.persons == lastNames else { return nil }
        return told.last(where: { types.contains($0.type) && !$0.persons.isEmpty })?.persons
    }

    /// The day of the last act of one of these types told, of one of these people if any was.
    func lastDay(of types: Set<EventType>, persons: [String]) -> PartialDate? {
        let named = Set(persons)
        return told.last(where: { types.contains($0.type) && $0.persons.contains(where: named.contains) })?.day
            ?? told.last(where: { types.contains($0.type) })?.day
    }
}
