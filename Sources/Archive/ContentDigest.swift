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
        guard let storedByteCount else {
            throw ArchiveError.invalid("attachment \(attachment.id) names no stored file with SHA-256 \(attachment.sha256)")
        }
        guard storedByteCount == attachment.byteCount else {
            throw ArchiveError.invalid("attachment \(attachment.id) says \(attachment.byteCount) bytes, but its file has \(storedByteCount)")
        }
    }
}
