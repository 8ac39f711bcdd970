import Foundation

/// A file as received, named by the SHA-256 of its bytes, which the archive keeps apart from the records (once per
/// digest): the original PDF or web page a source's text was read from.
public struct StoredFile: Codable, Hashable, Sendable {
    /// The file's name as received, without folders.
    public var fileName: String
    /// The media type ("application/pdf", "text/html").
    public var mediaType: String
    public var byteCount: Int
    /// SHA-256 of the bytes, lowercase hex.
    public var sha256: String

    public init(fileName: String, mediaType: String, byteCount: Int, sha256: String) {
        self.fileName = fileName
        self.mediaType = mediaType
        self.byteCount = byteCount
        self.sha256 = sha256
    }

    /// Checks the name, media type, size and digest; `what` names the file in the message ("an attachment").
    public func validate(as what: String = "a file") throws {
        guard !fileName.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw ModelError.invalidValue("\(what) needs a file name")
        }
        guard !fileName.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.properties.generalCategory == .control }) else {
            throw ModelError.invalidValue("the file name '\(fileName)' holds a folder separator or a control character")
        }
        guard Self.isMediaType(mediaType) else {
            throw ModelError.invalidValue("'\(mediaType)' is not a media type such as image/jpeg")
        }
        guard sha256.utf8.count == 64, sha256.utf8.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else {
            throw ModelError.invalidValue("\(what)'s SHA-256 must be 64 lowercase hex digits")
        }
        guard byteCount > 0 else { throw ModelError.invalidValue("\(what) cannot be empty") }
    }

    /// A short name of the kind of file, as lists show it: "PDF", "HTML", else the file name's extension in capitals.
    public var kindLabel: String {
        switch mediaType {
        case "application/pdf": "PDF"
        case "text/html", "application/xhtml+xml": "HTML"
        default: fileName.contains(".") ? fileName.split(separator: ".").last.map { $0.uppercased() } ?? "file" : "file"
        }
    }

    /// The size as people read it: "812 bytes", "14.2 KB", "3.1 MB".
    public var sizeText: String {
        switch byteCount {
        case ..<1_000: "\(byteCount) bytes"
        case ..<1_000_000: String(format: "%.1f KB", Double(byteCount) / 1_000)
        default: String(format: "%.1f MB", Double(byteCount) / 1_000_000)
        }
    }

    /// A type and a subtype of letters, digits and `.+-_`, as in `image/svg+xml`.
    public static func isMediaType(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { part in
            !part.isEmpty && part.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".+-_".unicodeScalars.contains($0)) }
        }
    }
}
