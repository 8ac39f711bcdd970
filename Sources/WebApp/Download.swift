import Hummingbird

/// Files the web app hands out: reports, exports, charts.
enum Download {
    /// A response carrying `text` as a file named `name`; `inline` lets the browser show it (charts).
    static func response(_ text: String, type: String, name: String, inline: Bool = false) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "\(inline ? "inline" : "attachment"); filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }
}
