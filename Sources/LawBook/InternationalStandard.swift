/// An international standard the sources state: ICCPR articles and the positions of UN bodies.
public struct InternationalStandard: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    /// assembly, association, religion, expression.
    public let right: String
    public let body: String
    /// The document symbol (A/HRC/29/25/Add.2), when cited.
    public let document: String?
    public let paragraph: String?
    public let title: String
    public let explanation: String
    public let source: [String]
}

/// A UN Human Rights Committee recommendation with the NGOs' assessment of its implementation.
public struct Recommendation: Codable, Hashable, Sendable, Identifiable {
    public struct Assessment: Codable, Hashable, Sendable {
        /// not-implemented, partly-implemented, problems-persist.
        public let status: String
        public let asOf: String
        public let by: String
        public let summary: String
    }

    public let id: String
    public let body: String
    public let document: String
    public let paragraph: String
    public let iccprArticle: String
    /// stated, inferred or mapped: how the ICCPR article was found.
    public let articleBasis: String
    public let recommendation: String
    public let assessment: Assessment
    public let source: [String]
}

/// Kazakhstan's status under a treaty.
public struct TreatyRatification: Codable, Hashable, Sendable, Identifiable {
    public let id: String
    public let title: String
    /// ratified, acceded, signed, not-party.
    public let status: String
    public let year: Int?
    public let note: String?
    public let source: [String]
}

extension InternationalStandard {
    /// Where the standard is written, beside its body: "A/HRC/29/25/Add.2, para. 52-54", "Art. 19(3)";
    /// `nil` for a principle with neither.
    public var citation: String? {
        let paragraphText = paragraph.map { $0.hasPrefix("Art") ? $0 : "para. \($0)" }
        let parts = [document == body ? nil : document, paragraphText].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
