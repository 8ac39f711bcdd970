import Foundation

/// A file kept with an incident as evidence: a photograph, a court ruling, a scanned summons, a recording.
///
/// The bytes are stored apart from the record, once, under their SHA-256 (`Archive.attach`), so the record stays
/// small in revisions and the audit log, and the digest shows that a download is the very file that was received.
/// An attachment is seen only by those who may see both it and its incident.
public struct Attachment: ArchiveRecord {
    public static let recordKind = RecordKind.attachment
    public typealias ID = Identifier<Attachment>

    public var id: ID
    public var incidentID: Incident.ID
    /// The file's name as received, without folders.
    public var fileName: String
    /// The media type ("image/jpeg", "application/pdf"); `application/octet-stream` when unknown.
    public var mediaType: String
    /// What the file shows and where it came from, in the editor's words.
    public var description: String?
    /// Set by the archive from the stored bytes.
    public var byteCount: Int
    /// SHA-256 of the bytes, lowercase hex; set by the archive from the stored bytes.
    public var sha256: String
    public var confidentiality: Confidentiality
    public var revision: Int

    public init(id: ID = Attachment.newID(), incidentID: Incident.ID, fileName: String,
                mediaType: String = Attachment.unknownMediaType, description: String? = nil,
                byteCount: Int = 0, sha256: String = "", confidentiality: Confidentiality = .restricted,
                revision: Int = 0) {
        self.id = id
        self.incidentID = incidentID
        self.fileName = fileName
        self.mediaType = mediaType
        self.description = description
        self.byteCount = byteCount
        self.sha256 = sha256
        self.confidentiality = confidentiality
        self.revision = revision
    }

    public static let unknownMediaType = "application/octet-stream"

    /// A new file's access level unless asked otherwise: restricted (evidence often shows people who did not agree to
    /// be published), or the incident's level when that is higher.
    public static func defaultConfidentiality(onIncidentAt incidentLevel: Confidentiality) -> Confidentiality {
        max(incidentLevel, .restricted)
    }

    /// The access level of a file attached to an incident at `incidentLevel`: the one asked for, never below the
    /// incident's, or the default.
    public static func confidentiality(_ requested: Confidentiality?, onIncidentAt incidentLevel: Confidentiality) throws -> Confidentiality {
        guard let requested else { return defaultConfidentiality(onIncidentAt: incidentLevel) }
        guard requested >= incidentLevel else {
            throw ModelError.invalidValue("the incident is \(incidentLevel.rawValue): its files cannot be \(requested.rawValue)")
        }
        return requested
    }

    /// The file as stored: name, type, size and digest.
    public var file: StoredFile { StoredFile(fileName: fileName, mediaType: mediaType, byteCount: byteCount, sha256: sha256) }

    /// Checks the name, media type and digest a stored attachment must have.
    public func validate() throws { try file.validate(as: "an attachment") }

    public static func isMediaType(_ text: String) -> Bool { StoredFile.isMediaType(text) }

    /// The media type a file name's extension suggests, for uploads that do not state one.
    public static func mediaType(forFileName name: String) -> String {
        let ext = name.split(separator: ".").count > 1 ? name.split(separator: ".").last!.lowercased() : ""
        return knownTypes[ext] ?? unknownMediaType
    }

    private static let knownTypes = [
        "jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif", "webp": "image/webp",
        "heic": "image/heic", "pdf": "application/pdf", "txt": "text/plain", "html": "text/html", "htm": "text/html",
        "csv": "text/csv", "json": "application/json", "doc": "application/msword",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt": "application/vnd.oasis.opendocument.text", "mp3": "audio/mpeg", "m4a": "audio/mp4", "ogg": "audio/ogg",
        "mp4": "video/mp4", "mov": "video/quicktime", "webm": "video/webm", "zip": "application/zip",
    ]

    /// The size as people read it: "812 bytes", "14.2 KB", "3.1 MB".
    public var sizeText: String { file.sizeText }
}
