/// Which code a provision belongs to.
public enum LegalCode: String, Vocabulary {
    case criminal, administrative, other
    public static let vocabularyName = "legal code"
}

/// A reference to an article of a code, as a report states it; `LawBook` resolves it to the
/// article's title and text in force on the incident date.
public struct LegalProvisionRef: Codable, Hashable, Sendable, CustomStringConvertible {
    public var code: LegalCode
    public var article: String
    public var part: String?
    /// The phrase as written in the source ("Article 174 of the Criminal Code"), if any.
    public var text: String?

    public init(code: LegalCode, article: String, part: String? = nil, text: String? = nil) {
        self.code = code
        self.article = article
        self.part = part
        self.text = text
    }

    /// The short citation monitors use: "CC 174", "CoAO 488 part 2".
    public var citation: String {
        let prefix = switch code { case .criminal: "CC"; case .administrative: "CoAO"; case .other: "Art." }
        return "\(prefix) \(article)" + (part.map { " part \($0)" } ?? "")
    }

    public var description: String { citation }

    /// Parses a short citation: "CC 174", "CoAO 488 part 2", "criminal 174".
    public static func parse(_ citation: String) throws -> LegalProvisionRef {
        let words = citation.split(separator: " ").map(String.init)
        guard words.count == 2 || (words.count == 4 && words[2].lowercased() == "part") else {
            throw ModelError.invalidValue("'\(citation)' is not a citation (expected e.g. 'CC 174' or 'CoAO 488 part 2')")
        }
        let code: LegalCode
        switch words[0].lowercased() {
        case "cc", "criminal": code = .criminal
        case "coao", "administrative": code = .administrative
        default: throw ModelError.invalidValue("unknown code '\(words[0])' in '\(citation)' (expected CC or CoAO)")
        }
        guard words[1].first?.isNumber == true else {
            throw ModelError.invalidValue("'\(words[1])' is not an article number")
        }
        return LegalProvisionRef(code: code, article: words[1], part: words.count == 4 ? words[3] : nil)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(code, forKey: .code)
        try c.encode(article, forKey: .article)
        try c.encode(part, forKey: .part)
        try c.encodeIfPresent(text, forKey: .text)
    }
}
