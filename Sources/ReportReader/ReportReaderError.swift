/// Why a document could not be read: a missing file, bytes that are not text, a file too large.
public struct ReportReaderError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Kind: Hashable, Sendable { case unreadable, invalidUTF8, binary, tooLarge, unsupported, conversionFailed }
    private let kind: Kind
    public let message: String

    public var description: String { message }

    public static func unreadable(_ path: String, _ reason: String) -> Self {
        .init(kind: .unreadable, message: "cannot read \(path): \(reason)")
    }
    public static func invalidUTF8(_ name: String, at offset: Int) -> Self {
        .init(kind: .invalidUTF8, message: "\(name) is not valid UTF-8 (bad byte at offset \(offset)); "
            + "a file saved in Windows Cyrillic converts with: iconv -f CP1251 -t UTF-8")
    }
    public static func binary(_ name: String) -> Self {
        .init(kind: .binary, message: "\(name) looks like a binary file, not a text, HTML or PDF report")
    }
    public static func tooLarge(_ name: String, bytes: Int, limit: Int) -> Self {
        .init(kind: .tooLarge, message: "\(name) is \(bytes) bytes, over the limit of \(limit) bytes")
    }
    public static func unsupported(_ name: String, _ reason: String) -> Self {
        .init(kind: .unsupported, message: "\(name): \(reason)")
    }
    public static func conversionFailed(_ name: String, _ reason: String) -> Self {
        .init(kind: .conversionFailed, message: "cannot convert \(name) to text: \(reason)")
    }
}
