/// Facet values stored as lexemes in the search vectors beside the words, so one GIN lookup answers a search with
/// its filters. A token starts with `~`, which no search word contains (words are letters and digits only), so a
/// typed prefix never matches one. Spaces and `%` in values are percent-encoded: the vectors are built by splitting
/// on spaces.
enum SearchToken {
    static func status(_ value: String) -> String { token("s", value) }
    static func eventType(_ value: String) -> String { token("e", value) }
    static func confidentiality(_ rank: Int) -> String { token("c", String(rank)) }
    static func year(_ year: Int) -> String { token("y", String(year)) }
    static func place(_ id: String) -> String { token("p", id) }
    /// A place or the region it lies in: what a region filter matches.
    static func region(_ id: String) -> String { token("r", id) }
    static func person(_ id: String) -> String { token("per", id) }
    static func organization(_ id: String) -> String { token("org", id) }
    static func source(_ id: String) -> String { token("src", id) }
    static func provision(_ key: String) -> String { token("law", key) }

    private static func token(_ kind: String, _ value: String) -> String {
        "~\(kind):" + value.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: " ", with: "%20")
    }

    /// A token as a `tsquery` operand: quoted, matched whole.
    static func operand(_ token: String) -> String { "'\(escaped(token))'" }

    /// A search word as a `tsquery` operand matching every lexeme it begins.
    static func prefixOperand(_ word: String) -> String { "'\(escaped(word))':*" }

    /// Alternatives as one `tsquery` operand.
    static func anyOf(_ tokens: [String]) -> String {
        tokens.count == 1 ? operand(tokens[0]) : "(" + tokens.sorted().map(operand).joined(separator: " | ") + ")"
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "''")
    }
}
