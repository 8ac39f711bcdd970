/// Where each fact ID of the law book's data comes from (`fact-index.yaml`, made by `scripts/lawbook-fact-index.py`
/// from the team's legal-facts digest): its topic, the law or article it concerns, the period it is stated for and
/// the source documents. The facts' sentences are not carried: the rules that cite an ID say what Kuzet does with it.
public struct FactIndex: Codable, Hashable, Sendable {
    /// One of the source documents the facts were read from.
    public struct Document: Codable, Hashable, Sendable {
        /// The document's file name in the team's source corpus.
        public let file: String
        /// What the document is: publisher, kind and period.
        public let title: String
        /// The day or period its facts are stated as of.
        public let asOf: String

        /// A short name with its date: the title up to its first bracket or colon, then `asOf`.
        public var label: String {
            let cut = title.firstRange(of: " (")?.lowerBound ?? title.endIndex
            let head = title[..<cut].split(separator: ":", maxSplits: 1).first.map(String.init) ?? title
            return "\(head) (\(asOf))"
        }
    }

    public struct Fact: Codable, Hashable, Sendable, Identifiable {
        public let id: String
        /// The digest's section: "1.3 Rules under the 2020 law".
        public let topic: String
        /// The law, article or reference the fact concerns, where the digest names one.
        public let reference: String?
        /// The period or day the fact is stated for, where the digest gives one.
        public let period: String?
        /// File names of the documents that state it.
        public let documents: [String]
    }

    public let documents: [Document]
    public let facts: [Fact]
    private let byID: [String: Int]

    enum CodingKeys: String, CodingKey { case documents, facts }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        documents = try c.decode([Document].self, forKey: .documents)
        facts = try c.decode([Fact].self, forKey: .facts)
        byID = Dictionary(facts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(documents, forKey: .documents)
        try c.encode(facts, forKey: .facts)
    }

    public func fact(_ id: String) -> Fact? { byID[id].map { facts[$0] } }
    public func document(_ file: String) -> Document? { documents.first { $0.file == file } }
}
