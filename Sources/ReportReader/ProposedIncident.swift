import CivicModel

/// An incident the reader proposes for review, in the shape `kuzet extract` prints: who, what, when,
/// where, under which provision, with what sanction, and the passage it came from (offsets in
/// Unicode scalars, end exclusive).
public struct ProposedIncident: Hashable, Sendable {
    public var source: String
    public var date: PartialDate?
    public var eventType: EventType
    public var persons: [String]
    public var organizations: [String]
    public var locations: [String]
    public var legalProvisions: [LegalProvisionRef]
    public var sanctions: [Sanction]
    public var quote: String
    public var start: Int
    public var end: Int
    public var confidence: Double
    /// The persons' roles where the text states them ("activist"), by name.
    public var occupations: [String: Occupation] = [:]

    public init(source: String, date: PartialDate?, eventType: EventType, persons: [String] = [], organizations: [String] = [],
                locations: [String] = [], legalProvisions: [LegalProvisionRef] = [], sanctions: [Sanction] = [],
                quote: String, start: Int, end: Int, confidence: Double) {
        self.source = source
        self.date = date
        self.eventType = eventType
        self.persons = persons
        self.organizations = organizations
        self.locations = locations
        self.legalProvisions = legalProvisions
        self.sanctions = sanctions
        self.quote = quote
        self.start = start
        self.end = end
        self.confidence = confidence
    }

    /// "day", "month", "year", or `nil` with no date.
    public var datePrecision: String? { date.map { $0.precision.rawValue } }

    /// One JSON object with the design's keys in the design's order (`source` may be renamed, e.g. to `doc`).
    public func json(sourceKey: String = "source") -> String {
        var out = "{"
        out += JSONText.string(sourceKey) + ":" + JSONText.string(source)
        out += ",\"date\":" + (date.map { JSONText.string($0.iso) } ?? "null")
        out += ",\"date_precision\":" + (datePrecision.map(JSONText.string) ?? "null")
        out += ",\"event_type\":" + JSONText.string(eventType.rawValue)
        out += ",\"persons\":" + JSONText.array(persons.map(JSONText.string))
        out += ",\"organizations\":" + JSONText.array(organizations.map(JSONText.string))
        out += ",\"locations\":" + JSONText.array(locations.map(JSONText.string))
        out += ",\"legal_provisions\":" + JSONText.array(legalProvisions.map { p in
            "{\"code\":\(JSONText.string(p.code.rawValue)),\"article\":\(JSONText.string(p.article)),\"part\":\(p.part.map(JSONText.string) ?? "null"),\"text\":\(p.text.map(JSONText.string) ?? "null")}"
        })
        out += ",\"sanctions\":" + JSONText.array(sanctions.map { s in
            "{\"kind\":\(JSONText.string(s.kind.rawValue)),\"days\":\(JSONText.number(s.days)),\"months\":\(JSONText.number(s.months)),\"years\":\(JSONText.number(s.years)),\"amount\":\(JSONText.number(s.amount)),\"currency\":\(s.currency.map { JSONText.string($0.rawValue) } ?? "null")}"
        })
        out += ",\"quote\":" + JSONText.string(quote)
        out += ",\"start\":\(start),\"end\":\(end)"
        out += ",\"confidence\":" + JSONText.number(confidence)
        return out + "}"
    }
    /// The incident with people named by an initial given the full names they stand for.
    func renamed(_ aliases: [String: String]) -> ProposedIncident {
        guard persons.contains(where: { aliases[$0] != nil }) else { return self }
        var copy = self
        copy.persons = persons.map { aliases[$0] ?? $0 }.uniqued()
        for (initial, name) in aliases { if let occupation = copy.occupations.removeValue(forKey: initial) { copy.occupations[name] = occupation } }
        return copy
    }
    /// The provisions less an article named bare when the same article is also named with its part ("a case under CC 274 …
    /// CC 274(4)"): one provision, the exact one.
    static func withoutBareRepeats(_ provisions: [LegalProvisionRef]) -> [LegalProvisionRef] {
        guard provisions.count > 1 else { return provisions }
        return provisions.filter { p in
            p.part != nil || !provisions.contains { $0.part != nil && $0.code == p.code && $0.article == p.article }
        }
    }
}

/// Minimal JSON writing with a fixed key order, which `JSONEncoder` does not promise.
enum JSONText {
    static func string(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    static func array(_ items: [String]) -> String { "[" + items.joined(separator: ",") + "]" }

    static func number(_ x: Double?) -> String {
        guard let x else { return "null" }
        if x == x.rounded(), abs(x) < 1e15 { return String(Int(x)) }
        return String(x)
    }
}
