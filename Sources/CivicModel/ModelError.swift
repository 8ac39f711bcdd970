/// An error in a value given to the model: an impossible date, an unknown vocabulary term, a bad span.
public struct ModelError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Kind: Hashable, Sendable { case invalidDate, unknownTerm, invalidValue }
    private let kind: Kind
    public let message: String

    public var description: String { message }

    public static func invalidDate(_ message: String) -> ModelError { .init(kind: .invalidDate, message: "invalid date: \(message)") }
    public static func unknownTerm(_ vocabulary: String, _ term: String, allowed: [String]) -> ModelError {
        .init(kind: .unknownTerm, message: "unknown \(vocabulary) '\(term)' (expected one of: \(allowed.joined(separator: ", ")))")
    }
    public static func invalidValue(_ message: String) -> ModelError { .init(kind: .invalidValue, message: message) }
}

/// A controlled vocabulary: a string enumeration whose unknown terms are refused with the list of known ones.
public protocol Vocabulary: RawRepresentable, CaseIterable, Codable, Hashable, Sendable where RawValue == String {
    /// The vocabulary's name in error messages ("event type").
    static var vocabularyName: String { get }
}

extension Vocabulary {
    /// The term for reading: underscores as spaces ("administrative arrest"). Replaced byte by byte: Foundation's
    /// `replacingOccurrences` took 2–5 % of the web server's time on incident pages, which show many labels.
    public var label: String {
        String(decoding: rawValue.utf8.map { $0 == UInt8(ascii: "_") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// Parses a term, or throws an error that lists the allowed terms.
    public static func parse(_ term: String) throws -> Self {
        guard let value = Self(rawValue: term) else {
            throw ModelError.unknownTerm(vocabularyName, term, allowed: allCases.map(\.rawValue))
        }
        return value
    }

    public init(from decoder: Decoder) throws {
        let raw = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(rawValue: raw) else {
            throw DecodingError.dataCorrupted(.init(
                codingPath: decoder.codingPath,
                debugDescription: ModelError.unknownTerm(Self.vocabularyName, raw, allowed: Self.allCases.map(\.rawValue)).message))
        }
        self = value
    }
}
