import Foundation

/// A document that reports incidents: a monitoring report, an article, a court ruling, a witness note.
public struct Source: ArchiveRecord {
    public static let recordKind = RecordKind.source
    public typealias ID = Identifier<Source>

    public var id: ID
    public var title: String
    public var publisher: String?
    public var url: String?
    public var publishedOn: PartialDate?
    /// ISO 639-1 language code ("en", "ru", "kk").
    public var language: String
    /// The full text, when the document itself was imported; passages point into it.
    public var text: String?
    /// SHA-256 of the UTF-8 text, hex, so a re-import of the same document is recognised.
    public var sha256: String?
    /// The file the text was read from (a PDF, a web page), kept as received so the text can be checked against it;
    /// `nil` for sources typed in or imported as plain text.
    public var original: StoredFile?
    public var confidentiality: Confidentiality
    public var revision: Int

    public init(id: ID = Source.newID(), title: String, publisher: String? = nil, url: String? = nil,
                publishedOn: PartialDate? = nil, language: String = "en", text: String? = nil,
                sha256: String? = nil, original: StoredFile? = nil, confidentiality: Confidentiality = .public, revision: Int = 0) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.url = url
        self.publishedOn = publishedOn
        self.language = language
        self.text = text
        self.sha256 = sha256
        self.original = original
        self.confidentiality = confidentiality
        self.revision = revision
    }

    /// The passage of the text between two offsets counted in Unicode scalars, end exclusive.
    public func excerpt(start: Int, end: Int) -> String? {
        guard let text else { return nil }
        return text.unicodeScalars.slice(start, end)
    }
}

/// A stretch of a source that states an incident: offsets in Unicode scalars (end exclusive) and the quote.
public struct SourcePassage: Codable, Hashable, Sendable {
    public var sourceID: Source.ID
    public var start: Int
    public var end: Int
    /// The words of the passage. Demo data ships its own summary instead of the report's words;
    /// the quote is filled from the source text once the report itself is imported.
    public var quote: String?

    public init(sourceID: Source.ID, start: Int, end: Int, quote: String? = nil) {
        self.sourceID = sourceID
        self.start = start
        self.end = end
        self.quote = quote
    }

    /// Checks that the span is well-formed and, when a text is given, lies inside it.
    public func validate(against text: String? = nil) throws {
        guard start >= 0, end > start else {
            throw ModelError.invalidValue("passage span [\(start), \(end)) is empty or negative")
        }
        if let text {
            let length = text.unicodeScalars.count
            guard end <= length else {
                throw ModelError.invalidValue("passage span [\(start), \(end)) runs past the end of the source (\(length) characters)")
            }
        }
    }
}

extension String.UnicodeScalarView {
    /// The scalars between two offsets, end exclusive, or `nil` when the range is outside.
    public func slice(_ start: Int, _ end: Int) -> String? {
        guard start >= 0, end >= start,
              let from = index(startIndex, offsetBy: start, limitedBy: endIndex),
              let to = index(from, offsetBy: end - start, limitedBy: endIndex)
        else { return nil }
        return String(self[from..<to])
    }
}
