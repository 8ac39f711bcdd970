import Archive
import CivicModel

extension IncidentJSON {
    /// Reads an incident from its stored JSON without the general decoder, which dominates the
    /// time of a search page. A missing or malformed required field, an unknown term or a `\u`
    /// escape falls back to `RecordCoding`, which then decodes or reports; a test holds the two
    /// to the same result on what the archive stores.
    static func decode(_ json: String) throws -> Incident {
        if let fast = decodeDirectly(json) { return fast }
        return try RecordCoding.decode(Incident.self, from: json)
    }

    /// The direct reading alone: `nil` where `decode` falls back.
    static func decodeDirectly(_ json: String) -> Incident? {
        var text = json
        return text.withUTF8 { bytes in
            var parser = JSONParser(bytes: bytes)
            guard let value = parser.parseDocument(), case let .object(fields) = value else { return nil }
            return incident(fields)
        }
    }

    private static func incident(_ f: [String: JSONValue]) -> Incident? {
        guard let id = f["id"]?.string, let eventType = f["eventType"]?.string.flatMap(EventType.init(rawValue:)),
              let summary = f["summary"]?.string, let revision = f["revision"]?.int,
              let status = f["status"]?.string.flatMap(ReviewStatus.init(rawValue:)),
              let confidentiality = f["confidentiality"]?.string.flatMap(Confidentiality.init(rawValue:)),
              let places = f["places"]?.strings, let perpetratorNames = f["perpetrators"]?.strings,
              let rightNames = f["rightsAffected"]?.strings
        else { return nil }
        var date: PartialDate?
        if let value = f["date"], !value.isNull {
            guard let iso = value.string, let parsed = try? PartialDate(iso: iso) else { return nil }
            date = parsed
        }
        let perpetrators = perpetratorNames.compactMap(PerpetratorKind.init(rawValue:))
        let rights = rightNames.compactMap(AffectedRight.init(rawValue:))
        guard perpetrators.count == perpetratorNames.count, rights.count == rightNames.count else { return nil }

        guard let persons: [PersonLink] = f["persons"]?.objects({ o in
            guard let id = o["personID"]?.string, let role = o["role"]?.string.flatMap(ParticipantRole.init(rawValue:)) else { return nil }
            return PersonLink(Person.ID(id), role: role)
        }) else { return nil }
        guard let organizations: [OrganizationLink] = f["organizations"]?.objects({ o in
            guard let id = o["organizationID"]?.string, let role = o["role"]?.string.flatMap(ParticipantRole.init(rawValue:)) else { return nil }
            return OrganizationLink(Organization.ID(id), role: role)
        }) else { return nil }
        guard let provisions: [LegalProvisionRef] = f["legalProvisions"]?.objects({ o in
            guard let article = o["article"]?.string, let code = o["code"]?.string.flatMap(LegalCode.init(rawValue:)) else { return nil }
            return LegalProvisionRef(code: code, article: article, part: o["part"]?.string, text: o["text"]?.string)
        }) else { return nil }
        guard let sanctions: [Sanction] = f["sanctions"]?.objects({ o in
            guard let kind = o["kind"]?.string.flatMap(SanctionKind.init(rawValue:)) else { return nil }
            var currency: Currency?
            if let name = o["currency"]?.string {
                guard let parsed = Currency(rawValue: name) else { return nil }
                currency = parsed
            }
            return Sanction(kind: kind, days: o["days"]?.double, months: o["months"]?.double, years: o["years"]?.double,
                            amount: o["amount"]?.double, currency: currency)
        }) else { return nil }
        guard let passages: [SourcePassage] = f["passages"]?.objects({ o in
            guard let source = o["sourceID"]?.string, let start = o["start"]?.int, let end = o["end"]?.int else { return nil }
            return SourcePassage(sourceID: Source.ID(source), start: start, end: end, quote: o["quote"]?.string)
        }) else { return nil }
        return Incident(id: Incident.ID(id), date: date, eventType: eventType, summary: summary, places: places.map { Place.ID($0) },
                        persons: persons, organizations: organizations, perpetrators: perpetrators, rightsAffected: rights,
                        legalProvisions: provisions, sanctions: sanctions, status: status, confidentiality: confidentiality,
                        passages: passages, confidence: f["confidence"]?.double, notes: f["notes"]?.string, revision: revision)
    }
}

/// A parsed JSON value.
enum JSONValue {
    case object([String: JSONValue]), array([JSONValue]), string(String), number(Double), bool(Bool), null

    var string: String? { if case let .string(s) = self { s } else { nil } }
    var double: Double? { if case let .number(n) = self { n } else { nil } }
    var int: Int? { if case let .number(n) = self, let i = Int(exactly: n) { i } else { nil } }
    var isNull: Bool { if case .null = self { true } else { false } }
    var strings: [String]? {
        guard case let .array(items) = self else { return nil }
        let strings = items.compactMap(\.string)
        return strings.count == items.count ? strings : nil
    }
    func objects<T>(_ make: ([String: JSONValue]) -> T?) -> [T]? {
        guard case let .array(items) = self else { return nil }
        var out: [T] = []
        out.reserveCapacity(items.count)
        for item in items {
            guard case let .object(fields) = item, let value = make(fields) else { return nil }
            out.append(value)
        }
        return out
    }
}

/// A strict, small JSON parser over UTF-8 bytes; `nil` on anything it does not understand.
struct JSONParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    mutating func parseDocument() -> JSONValue? {
        guard let value = parseValue() else { return nil }
        skipSpace()
        return index == bytes.count ? value : nil
    }

    private mutating func skipSpace() {
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
    }

    private mutating func parseValue() -> JSONValue? {
        skipSpace()
        guard index < bytes.count else { return nil }
        switch bytes[index] {
        case UInt8(ascii: "{"): return parseObject()
        case UInt8(ascii: "["): return parseArray()
        case UInt8(ascii: "\""): return parseString().map(JSONValue.string)
        case UInt8(ascii: "t"): return literal("true", .bool(true))
        case UInt8(ascii: "f"): return literal("false", .bool(false))
        case UInt8(ascii: "n"): return literal("null", .null)
        default: return parseNumber()
        }
    }

    private mutating func literal(_ word: StaticString, _ value: JSONValue) -> JSONValue? {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { return nil }
        for k in 0..<count where bytes[index + k] != word.utf8Start[k] { return nil }
        index += count
        return value
    }

    private mutating func parseObject() -> JSONValue? {
        index += 1
        var fields: [String: JSONValue] = [:]
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(fields) }
        while true {
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\""), let key = parseString() else { return nil }
            skipSpace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index += 1
            guard let value = parseValue() else { return nil }
            fields[key] = value
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(fields) }
            return nil
        }
    }

    private mutating func parseArray() -> JSONValue? {
        index += 1
        var items: [JSONValue] = []
        skipSpace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            guard let value = parseValue() else { return nil }
            items.append(value)
            skipSpace()
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            return nil
        }
    }

    /// A string without escapes is copied as is; escapes other than the simple ones give up.
    private mutating func parseString() -> String? {
        index += 1
        let start = index
        var plain = true
        while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
            if bytes[index] == UInt8(ascii: "\\") { plain = false; index += 1 }
            index += 1
        }
        guard index < bytes.count else { return nil }
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<index])
        index += 1
        if plain { return String(decoding: raw, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var k = 0
        while k < raw.count {
            let byte = raw[k]
            if byte != UInt8(ascii: "\\") { out.append(byte); k += 1; continue }
            guard k + 1 < raw.count else { return nil }
            switch raw[k + 1] {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "/"): out.append(UInt8(ascii: "/"))
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            default: return nil  // \u escapes: left to the general decoder
            }
            k += 2
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func parseNumber() -> JSONValue? {
        let start = index
        while index < bytes.count, let c = Optional(bytes[index]),
              (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(c) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") {
            index += 1
        }
        guard index > start, let number = Double(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)) else { return nil }
        return .number(number)
    }
}
