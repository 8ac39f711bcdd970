import CivicModel
import Crypto

/// The SHA-256 of a file's bytes (lowercase hex), as attachments and imported sources name them, and the checks every
/// archive makes when it stores a file.
public enum ContentDigest {
    public static func sha256(_ bytes: [UInt8]) -> String {
        SHA256.hash(data: bytes).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// The SHA-256 of a text's UTF-8 bytes: how a source's text is named (`Source.sha256`), and other digests of text.
    public static func sha256(_ text: String) -> String { sha256(Array(text.utf8)) }

    /// The attachment as it is stored with these bytes: digest and size set from them, then validated.
    public static func prepare(_ attachment: Attachment, content: [UInt8]) throws -> Attachment {
        var stored = attachment
        stored.sha256 = sha256(content)
        stored.byteCount = content.count
        try stored.validate()
        return stored
    }

    /// Refuses an attachment whose digest names no stored bytes of its size.
    public static func requireStored(_ attachment: Attachment, storedByteCount: Int?) throws {
        try attachment.validate()
        try requireStored(attachment.file, of: "attachment \(attachment.id)", storedByteCount: storedByteCount)
    }

    /// Refuses a file (`of` names its record: "source src-…") whose digest names no stored bytes of its size.
    public static func requireStored(_ file: StoredFile, of record: String, storedByteCount: Int?) throws {
        try file.validate(as: "the file of \(record)")
        guard let storedByteCount else {
            throw ArchiveError.invalid("\(record) names no stored file with SHA-256 \(file.sha256)")
        }
        guard storedByteCount == file.byteCount else {
            throw ArchiveError.invalid("\(record) says \(file.byteCount) bytes, but its file has \(storedByteCount)")
        }
    }

    /// The file a source keeps, described from its bytes: the original a report's text was read from.
    public static func original(named fileName: String, mediaType: String, bytes: [UInt8]) -> StoredFile {
        StoredFile(fileName: fileName, mediaType: mediaType, byteCount: bytes.count, sha256: sha256(bytes))
    }
}
