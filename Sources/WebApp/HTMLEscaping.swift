import Mustache

/// How the page templates escape the values they show (`{{% CONTENT_TYPE: KUZET_HTML }}` opens each
/// template): the same five characters as Mustache's own HTML escaping, `< > & " '`, but read as
/// UTF-8 bytes, and a text holding none of them, as most do, is handed back untouched. Mustache's
/// escaping looked up every Character in a dictionary: 8% of the CPU of rendering an incident page,
/// whose source passage alone is a few thousand characters.
struct HTMLEscaping: MustacheContentType {
    /// The name templates give in their content-type pragma.
    static let name = "KUZET_HTML"

    func escapeText(_ text: String) -> String { Self.escape(text) }

    static func escape(_ text: String) -> String {
        let utf8 = text.utf8
        let special = utf8.withContiguousStorageIfAvailable { $0.contains(where: needsEscape) } ?? utf8.contains(where: needsEscape)
        guard special else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    @inline(__always) private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }
}
