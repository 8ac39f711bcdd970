/// An error from the law book: bad input from a user, or a data file that does not load.
///
/// Every message is one line, so a command-line tool can print it as it is.
public struct LawBookError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Kind: Hashable, Sendable { case invalidInput, notFound, invalidData }
    private let kind: Kind
    public let message: String

    public var description: String { message }

    /// The user gave a value the law book cannot use (an unknown form, an impossible date, end before start).
    public static func invalidInput(_ message: String) -> LawBookError { .init(kind: .invalidInput, message: oneLine(message)) }
    /// The law book has nothing for the question (an unknown article, a year with no stated MCI).
    public static func notFound(_ message: String) -> LawBookError { .init(kind: .notFound, message: oneLine(message)) }
    /// A data file is broken: a programming error the tests catch.
    public static func invalidData(_ file: String, _ detail: String) -> LawBookError {
        .init(kind: .invalidData, message: oneLine("law book data \(file): \(detail)"))
    }

    public var isInvalidInput: Bool { kind == .invalidInput }
    public var isNotFound: Bool { kind == .notFound }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
