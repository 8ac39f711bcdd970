import CivicModel

/// Reads reports into proposed incidents: one per act and date, with the persons, organisations,
/// places, legal provisions and sanctions the text gives, and the passage each came from.
///
/// The text is read paragraph by paragraph; only a small running context (the report's year, the
/// last date, the people and organisations just named) crosses paragraphs, so memory does not grow
/// with the size of the input.
public struct ReportReader: Sendable {
    public init() {}

    /// Every incident the document states, in order of their passages.
    public func read(_ document: ReportDocument) -> [ProposedIncident] {
        var session = Session(source: document.name)
        var out: [ProposedIncident] = []
        var offset = 0
        var line = String.UnicodeScalarView()
        for scalar in document.text.unicodeScalars {
            line.append(scalar)
            if scalar == "\n" {
                out += session.feed(line: line, at: offset)
                offset += line.count
                line.removeAll(keepingCapacity: true)
            }
        }
        if !line.isEmpty { out += session.feed(line: line, at: offset) }
        out += session.finish()
        return out
    }

    /// Reading state for one document, fed a line at a time.
    public struct Session {
        public let source: String
        private var buffer: [Unicode.Scalar] = []
        private var bufferStart = 0
        private var context = ReadingContext()
        /// A paragraph longer than this is read in parts, so that memory stays bounded.
        private let paragraphLimit = 200_000

        public init(source: String) { self.source = source }

        /// Adds a line (with its line break, if any) starting at the given scalar offset; returns the
        /// incidents of any paragraph the line completes.
        public mutating func feed<S: Sequence<Unicode.Scalar>>(line: S, at offset: Int) -> [ProposedIncident] {
            let scalars = Array(line)
            var out: [ProposedIncident] = []
            let blank = scalars.allSatisfy { $0.properties.isWhitespace }
            let bullet = scalars.first { !$0.properties.isWhitespace }.map { "•●▪◦■".unicodeScalars.contains($0) } ?? false
            if !buffer.isEmpty, (blank && endsSentence(buffer)) || bullet || buffer.count > paragraphLimit {
                out = flush()
            }
            if buffer.isEmpty { bufferStart = offset }
            if !(buffer.isEmpty && blank) { buffer += scalars } else { bufferStart = offset + scalars.count }
            return out
        }

        /// Reads what is left at the end of the document.
        public mutating func finish() -> [ProposedIncident] { flush() }

        private func endsSentence(_ scalars: [Unicode.Scalar]) -> Bool {
            guard let last = scalars.last(where: { !$0.properties.isWhitespace }) else { return true }
            return ".!?”\"»".unicodeScalars.contains(last)
        }

        private mutating func flush() -> [ProposedIncident] {
            defer { buffer.removeAll(keepingCapacity: true) }
            guard !buffer.isEmpty else { return [] }
            var paragraph = ParagraphReader(source: source, scalars: buffer, start: bufferStart)
            return paragraph.read(context: &context)
        }
    }
}
