import Foundation
import CivicModel
import HTTPTypes
import Hummingbird

/// Files the web app hands out: reports, exports, charts.
enum Download {
    /// A response carrying `text` as a file named `name`; `inline` lets the browser show it (charts).
    static func response(_ text: String, type: String, name: String, inline: Bool = false) -> Response {
        response(ByteBuffer(string: text), type: type, name: name, inline: inline)
    }

    /// A generated binary file (a workbook) named `name`, as an attachment.
    static func response(_ data: Data, type: String, name: String) -> Response {
        response(ByteBuffer(data: data), type: type, name: name, inline: false)
    }

    private static func response(_ body: ByteBuffer, type: String, name: String, inline: Bool) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "\(inline ? "inline" : "attachment"); filename=\"\(name)\""],
                 body: .init(byteBuffer: body))
    }

    /// A stored file (an evidence file, a source's original) with its media type, its name in RFC 5987 form and its
    /// SHA-256, never cached; `inline` only for what the caller knows cannot run in the page.
    static func file(_ bytes: [UInt8], _ file: StoredFile, inline: Bool = false) -> Response {
        var headers: HTTPFields = [
            .contentType: file.mediaType,
            .contentDisposition: disposition(file.fileName, inline: inline),
            .cacheControl: "private, no-store",
        ]
        headers[HTTPField.Name("X-Content-SHA256")!] = file.sha256
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// `Content-Disposition` with an ASCII fallback name and the real one in RFC 5987 form.
    static func disposition(_ name: String, inline: Bool) -> String {
        let ascii = String(String.UnicodeScalarView(name.unicodeScalars.map {
            $0.isASCII && $0 != "\"" && $0 != "\\" && $0.value >= 0x20 ? $0 : "_"
        }))
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ascii
        return "\(inline ? "inline" : "attachment"); filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)"
    }
}
