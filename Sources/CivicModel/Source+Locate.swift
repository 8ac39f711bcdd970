extension Source {
    /// Where a quote pasted from the document stands in its text, as spans of Unicode scalars (end exclusive).
    ///
    /// Pasting loses line breaks, doubles spaces and straightens quotation marks, so runs of whitespace match
    /// any run of whitespace and typographic quotes and apostrophes match plain ones. No text, or a quote of
    /// nothing but whitespace, has no spans.
    public func spans(of quote: String) -> [Range<Int>] {
        guard let text else { return [] }
        let (haystack, positions) = Self.folded(Array(text.unicodeScalars))
        let (needle, _) = Self.folded(Array(quote.unicodeScalars))
        // Leading and trailing whitespace of the paste is no part of the passage.
        let trimmed = needle.drop { $0 == Self.space }.reversed().drop { $0 == Self.space }.reversed()
        let pattern = Array(trimmed)
        guard !pattern.isEmpty, pattern.count <= haystack.count else { return [] }
        var found: [Range<Int>] = []
        var index = 0
        let last = haystack.count - pattern.count
        while index <= last {
            if haystack[index] == pattern[0], haystack[index..<(index + pattern.count)].elementsEqual(pattern) {
                found.append(positions[index]..<(positions[index + pattern.count - 1] + 1))
                index += pattern.count
            } else {
                index += 1
            }
        }
        return found
    }

    private static let space: UInt32 = 0x20

    /// The scalars with whitespace runs as one space and typographic quotes as plain ones, and for each folded
    /// scalar the offset of the original it stands for.
    private static func folded(_ scalars: [Unicode.Scalar]) -> ([UInt32], [Int]) {
        var out: [UInt32] = [], positions: [Int] = []
        out.reserveCapacity(scalars.count)
        positions.reserveCapacity(scalars.count)
        for (offset, scalar) in scalars.enumerated() {
            if scalar.properties.isWhitespace {
                if out.last != space { out.append(space); positions.append(offset) }
                continue
            }
            let value: UInt32 = switch scalar.value {
            case 0x2018, 0x2019, 0x201A, 0x2032: 0x27  // ‘ ’ ‚ ′ → '
            case 0x201C, 0x201D, 0x201E, 0x2033: 0x22  // “ ” „ ″ → "
            case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014: 0x2D  // hyphens and dashes → -
            default: scalar.value
            }
            out.append(value)
            positions.append(offset)
        }
        return (out, positions)
    }
}
