import Foundation

/// A report as text: its name, title and the plain text whose Unicode-scalar offsets passages point into.
public struct ReportDocument: Sendable, Hashable {
    /// The formats a report can come in.
    public enum Format: String, Sendable, CaseIterable {
        case text, html, pdf

        /// The format a file name suggests, or `nil` when the extension says nothing.
        public static func guess(fromName name: String) -> Format? {
            switch (name as NSString).pathExtension.lowercased() {
            case "txt", "text", "md": .text
            case "html", "htm", "xhtml": .html
            case "pdf": .pdf
            default: nil
            }
        }
    }

    /// The largest input accepted, in bytes (a report is rarely over a few megabytes).
    public static let defaultSizeLimit = 64 * 1024 * 1024

    /// The name the document goes by in output (`source`): the path as given, or `-` for standard input.
    public var name: String
    public var title: String
    public var text: String
    public var format: Format
    /// The file as read, when the text was derived from it (a PDF or a web page), so that it can be kept beside the
    /// text; `nil` for plain text, which is its own original.
    public var original: [UInt8]?

    public init(name: String, title: String? = nil, text: String, format: Format = .text, original: [UInt8]? = nil) {
        self.name = name
        self.text = text
        self.format = format
        self.original = original
        self.title = title ?? ReportTitle.find(in: text) ?? name
    }

    /// The media type of the original file.
    public var mediaType: String {
        switch format {
        case .pdf: "application/pdf"
        case .html: "text/html"
        case .text: "text/plain"
        }
    }

    /// A file name for the original: the name read from without its folders, or `report.pdf` and the like for standard
    /// input.
    public var fileName: String {
        let last = name.split(separator: "/").last.map(String.init) ?? ""
        return last.isEmpty || last == "-" ? "report.\(format == .html ? "html" : format == .pdf ? "pdf" : "txt")" : last
    }

    /// Reads a file (`-` for standard input) as text, HTML or PDF, chosen by extension or content.
    public static func load(path: String, format: Format? = nil, sizeLimit: Int = defaultSizeLimit) throws -> ReportDocument {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ReportReaderError.unreadable(path, "no such file")
            }
            guard !isDirectory.boolValue else { throw ReportReaderError.unreadable(path, "it is a directory") }
            if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > sizeLimit {
                throw ReportReaderError.tooLarge(path, bytes: size, limit: sizeLimit)
            }
            guard let read = FileManager.default.contents(atPath: path) else {
                throw ReportReaderError.unreadable(path, "permission denied or unreadable")
            }
            data = read
        }
        return try from(data: data, format: format ?? Format.guess(fromName: path), name: path, sizeLimit: sizeLimit)
    }

    /// Makes a document from bytes; with no format given, PDF and HTML are recognised by their first bytes.
    public static func from(data: Data, format: Format? = nil, name: String = "-",
                            sizeLimit: Int = defaultSizeLimit) throws -> ReportDocument {
        guard data.count <= sizeLimit else { throw ReportReaderError.tooLarge(name, bytes: data.count, limit: sizeLimit) }
        let isPDF = data.starts(with: Array("%PDF-".utf8))
        let chosen = format ?? (isPDF ? .pdf : (looksLikeHTML(data) ? .html : .text))
        switch chosen {
        case .pdf:
            guard isPDF else { throw ReportReaderError.unsupported(name, "not a PDF file (no %PDF- header)") }
            let text = try PDFText.extract(data, name: name)
            return ReportDocument(name: name, text: text, format: .pdf, original: [UInt8](data))
        case .html:
            let source = try declaredCharset(of: data).map { try decode(data, as: $0, name: name) } ?? decodeText(data, name: name)
            let html = HTMLText(source)
            return ReportDocument(name: name, title: html.title, text: html.text, format: .html, original: [UInt8](data))
        case .text:
            if isPDF { throw ReportReaderError.unsupported(name, "a PDF file given as text") }
            return ReportDocument(name: name, text: try decodeText(data, name: name), format: .text)
        }
    }

    /// Decodes UTF-8, refusing binary files (NUL bytes) and invalid sequences with the offset of the first bad byte.
    static func decodeText(_ data: Data, name: String) throws -> String {
        if data.prefix(8192).contains(0) { throw ReportReaderError.binary(name) }
        var bytes = Array(data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var offset = 0
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: break loop
            case .error: break loop
            }
        }
        throw ReportReaderError.invalidUTF8(name, at: offset)
    }

    /// Single-byte character sets web pages declare, by the names `<meta charset>` uses for them: Russian-language
    /// sites of the 2000s and 2010s often served Windows Cyrillic.
    private static let legacyCharsets: [String: String.Encoding] = [
        "windows-1251": .windowsCP1251, "cp1251": .windowsCP1251, "x-cp1251": .windowsCP1251,
        "windows-1252": .windowsCP1252, "iso-8859-1": .isoLatin1, "latin1": .isoLatin1,
    ]

    /// The single-byte character set a web page declares in its head (`<meta charset="windows-1251">` or the
    /// `http-equiv` form), or `nil` for UTF-8 and pages that declare nothing.
    static func declaredCharset(of data: Data) -> String.Encoding? {
        let head = String(decoding: data.prefix(4096), as: UTF8.self).lowercased()
        guard let range = head.range(of: "charset=") else { return nil }
        let name = head[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
            .prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return legacyCharsets[String(name)]
    }

    /// Decodes a declared single-byte character set, refusing binary files as `decodeText` does.
    static func decode(_ data: Data, as encoding: String.Encoding, name: String) throws -> String {
        if data.prefix(8192).contains(0) { throw ReportReaderError.binary(name) }
        guard let text = String(data: data, encoding: encoding) else {
            throw ReportReaderError.unsupported(name, "its bytes do not fit the character set the page declares")
        }
        return text
    }

    private static func looksLikeHTML(_ data: Data) -> Bool {
        let head = String(decoding: data.prefix(1024), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html") || head.contains("<body")
    }
}
