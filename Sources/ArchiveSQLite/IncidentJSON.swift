import Archive
import CivicModel

/// The JSON of an incident exactly as `RecordCoding.encode` writes it (sorted keys, no escaped
/// slashes), written directly: bulk imports encode a million incidents, and the general encoder
/// is the larger part of their cost. A test holds the two to the same output.
enum IncidentJSON {
    static func encode(_ incident: Incident) -> String {
        var out = JSONText()
        out.raw("{")
        if let confidence = incident.confidence { out.key("confidence"); out.number(confidence); out.raw(",") }
        out.key("confidentiality"); out.string(incident.confidentiality.rawValue)
        if let date = incident.date { out.raw(","); out.key("date"); out.string(date.iso) }
        out.raw(","); out.key("eventType"); out.string(incident.eventType.rawValue)
        out.raw(","); out.key("id"); out.string(incident.id.rawValue)
        out.raw(","); out.key("legalProvisions")
        out.array(incident.legalProvisions) { out, ref in
            out.raw("{"); out.key("article"); out.string(ref.article)
            out.raw(","); out.key("code"); out.string(ref.code.rawValue)
            out.raw(","); out.key("part"); out.optionalString(ref.part)
            if let text = ref.text { out.raw(","); out.key("text"); out.string(text) }
            out.raw("}")
        }
        if let notes = incident.notes { out.raw(","); out.key("notes"); out.string(notes) }
        out.raw(","); out.key("organizations")
        out.array(incident.organizations) { out, link in
            out.raw("{"); out.key("organizationID"); out.string(link.organizationID.rawValue)
            out.raw(","); out.key("role"); out.string(link.role.rawValue); out.raw("}")
        }
        out.raw(","); out.key("passages")
        out.array(incident.passages) { out, passage in
            out.raw("{"); out.key("end"); out.integer(passage.end)
            if let quote = passage.quote { out.raw(","); out.key("quote"); out.string(quote) }
            out.raw(","); out.key("sourceID"); out.string(passage.sourceID.rawValue)
            out.raw(","); out.key("start"); out.integer(passage.start); out.raw("}")
        }
        out.raw(","); out.key("perpetrators")
        out.array(incident.perpetrators) { out, kind in out.string(kind.rawValue) }
        out.raw(","); out.key("persons")
        out.array(incident.persons) { out, link in
            out.raw("{"); out.key("personID"); out.string(link.personID.rawValue)
            out.raw(","); out.key("role"); out.string(link.role.rawValue); out.raw("}")
        }
        out.raw(","); out.key("places")
        out.array(incident.places) { out, id in out.string(id.rawValue) }
        out.raw(","); out.key("revision"); out.integer(incident.revision)
        out.raw(","); out.key("rightsAffected")
        out.array(incident.rightsAffected) { out, right in out.string(right.rawValue) }
        out.raw(","); out.key("sanctions")
        out.array(incident.sanctions) { out, sanction in
            out.raw("{"); out.key("amount"); out.optionalNumber(sanction.amount)
            out.raw(","); out.key("currency"); out.optionalString(sanction.currency?.rawValue)
            out.raw(","); out.key("days"); out.optionalNumber(sanction.days)
            out.raw(","); out.key("kind"); out.string(sanction.kind.rawValue)
            out.raw(","); out.key("months"); out.optionalNumber(sanction.months)
            out.raw(","); out.key("years"); out.optionalNumber(sanction.years); out.raw("}")
        }
        out.raw(","); out.key("status"); out.string(incident.status.rawValue)
        out.raw(","); out.key("summary"); out.string(incident.summary)
        out.raw("}")
        return out.text
    }
}

/// A JSON text being written.
private struct JSONText {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(2048) }

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func key(_ name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        bytes.append(contentsOf: [UInt8(ascii: "\""), UInt8(ascii: ":")])
    }

    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case 0x0A: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case 0x0D: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case 0x09: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0x08: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "b")])
            case 0x0C: bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "f")])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(hex[Int(byte >> 4)])
                bytes.append(hex[Int(byte & 0xF)])
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { raw("null") }
    }

    mutating func integer(_ value: Int) { bytes.append(contentsOf: Array(String(value).utf8)) }

    mutating func number(_ value: Double) {
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: Array(text.utf8))
    }

    mutating func optionalNumber(_ value: Double?) {
        if let value { number(value) } else { raw("null") }
    }

    mutating func array<T>(_ items: [T], _ element: (inout JSONText, T) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for (index, item) in items.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            element(&self, item)
        }
        bytes.append(UInt8(ascii: "]"))
    }
}
