import CivicModel

extension EventType {
    /// The one-line summary an imported incident gets when its source gives none: the event type, then
    /// who it targeted, where and when, e.g. "Fine: Aigerim Testova (Almaty) on 2022-03-05". Reviewers
    /// replace it with their own words; until then it says what the incident is.
    func summary(naming targets: [String], places: [String] = [], on date: PartialDate? = nil) -> String {
        var text = label.prefix(1).uppercased() + label.dropFirst()
        if !targets.isEmpty { text += ": " + targets.joined(separator: ", ") }
        if !places.isEmpty { text += " (\(places.joined(separator: ", ")))" }
        if let date { text += " on \(date.iso)" }
        return text
    }
}
