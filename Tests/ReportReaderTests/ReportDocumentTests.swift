import Foundation
import Testing
@testable import ReportReader

@Suite struct ReportDocumentTests {
    @Test func htmlLosesTagsScriptsAndEntities() throws {
        let html = """
        <!DOCTYPE html><html><head><title>Weekly &amp; monthly</title><style>p { color: red }</style></head>
        <body><script>var x = "<p>not text</p>";</script><p>On 5th May 2020, activist Saule&nbsp;Bekova was detained in Almaty.</p>
        <!-- a comment --><p>Caf&#233; &lt;closed&gt; &#x2014; &quot;quiet&quot;</p></body></html>
        """
        let document = try ReportDocument.from(data: Data(html.utf8), name: "page.html")
        #expect(document.format == .html)
        #expect(document.title == "Weekly & monthly")
        #expect(!document.text.contains("<p") && !document.text.contains("<script") && !document.text.contains("<!--"))
        #expect(!document.text.contains("not text"))
        #expect(!document.text.contains("color"))
        #expect(document.text.contains("Café <closed> — \"quiet\""))
        let incident = try #require(ReportReader().read(document).first)
        let slice = String(String.UnicodeScalarView(Array(document.text.unicodeScalars)[incident.start..<incident.end]))
        #expect(slice == incident.quote)
        #expect(incident.persons == ["Saule Bekova"])
    }

    @Test func invalidUTF8IsRefusedWithTheOffset() {
        let bytes: [UInt8] = Array("Good text, then ".utf8) + [0xC3, 0x28] + Array(" more".utf8)
        #expect(throws: ReportReaderError.invalidUTF8("bad.txt", at: 16)) {
            try ReportDocument.from(data: Data(bytes), format: .text, name: "bad.txt")
        }
    }

    @Test func binaryFilesAreRefused() {
        let bytes: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]
        #expect(throws: ReportReaderError.binary("tool")) { try ReportDocument.from(data: Data(bytes), name: "tool") }
    }

    @Test func oversizedInputIsRefused() {
        #expect(throws: ReportReaderError.tooLarge("big.txt", bytes: 2048, limit: 1024)) {
            try ReportDocument.from(data: Data(repeating: 0x61, count: 2048), name: "big.txt", sizeLimit: 1024)
        }
    }

    @Test func missingFileAndDirectoryAreRefused() throws {
        #expect(throws: ReportReaderError.self) { try ReportDocument.load(path: "/nonexistent/report.txt") }
        #expect(throws: ReportReaderError.self) { try ReportDocument.load(path: NSTemporaryDirectory()) }
    }

    @Test func aPDFGivenAsTextOrATextGivenAsPDFIsRefused() {
        #expect(throws: ReportReaderError.self) { try ReportDocument.from(data: Data("plain words".utf8), format: .pdf, name: "x.pdf") }
        #expect(throws: ReportReaderError.self) { try ReportDocument.from(data: Data("%PDF-1.4\n".utf8), format: .text, name: "x.txt") }
    }

    @Test func pdfIsReadThroughPdftotext() throws {
        guard PDFText.executable(named: "pdftotext") != nil else {
            print("skipping: pdftotext is not installed (apt-get install poppler-utils)")
            return
        }
        let sentence = "On 6th June 2021, activist Saule Bekova was detained in Almaty."
        let document = try ReportDocument.from(data: TinyPDF.make(line: sentence), name: "fixture.pdf")
        #expect(document.format == .pdf)
        #expect(document.text.contains("Saule Bekova"))
        let incident = try #require(ReportReader().read(document).first)
        #expect(incident.eventType == .detention)
        #expect(incident.date?.iso == "2021-06-06")
    }

    @Test func aBrokenPDFGivesAConversionError() throws {
        guard PDFText.executable(named: "pdftotext") != nil else { return }
        #expect(throws: ReportReaderError.self) { try ReportDocument.from(data: Data("%PDF-1.4\nthis is not a pdf".utf8), name: "broken.pdf") }
    }
}

/// Writes a one-page PDF holding one line of text in Helvetica, with a correct cross-reference table.
enum TinyPDF {
    static func make(line: String) -> Data {
        let escaped = line.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "(", with: "\\(").replacingOccurrences(of: ")", with: "\\)")
        let stream = "BT /F1 10 Tf 20 100 Td (\(escaped)) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 500 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(i + 1) 0 obj\n\(body)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { pdf += String(format: "%010d 00000 n \n", offset) }
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(pdf.utf8)
    }
}
