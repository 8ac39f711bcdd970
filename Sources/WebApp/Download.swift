import Analysis
import Hummingbird

/// Files the web app hands out: reports, exports, charts.
enum Download {
    /// A response carrying `text` as a file named `name`; `inline` lets the browser show it (charts).
    static func response(_ text: String, type: String, name: String, inline: Bool = false) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentDisposition: "\(inline ? "inline" : "attachment"); filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// One CSV field, quoted when it holds a comma, a quote or a line break (`CSVWriter.cell`).
    static func csvCell(_ s: String) -> String { CSVWriter.cell(s) }
}
