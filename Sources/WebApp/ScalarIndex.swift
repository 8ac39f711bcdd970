/// Positions in a text by Unicode-scalar offset (the unit of `SourcePassage.start`/`end`) without
/// walking the text from its start each time: a `String.Index` is kept every `stride` scalars, so
/// finding an offset walks at most `stride` scalars. Built once per source text and kept in the cache.
struct ScalarIndex: Sendable {
    let text: String
    let count: Int
    private let checkpoints: [String.Index]
    static let stride = 2048

    init(_ text: String) {
        self.text = text
        var checkpoints: [String.Index] = []
        var n = 0
        var i = text.unicodeScalars.startIndex
        while i < text.unicodeScalars.endIndex {
            if n % Self.stride == 0 { checkpoints.append(i) }
            text.unicodeScalars.formIndex(after: &i)
            n += 1
        }
        self.checkpoints = checkpoints
        self.count = n
    }

    /// The index of the scalar at `offset` (`endIndex` for `count`), nil outside the text.
    func index(_ offset: Int) -> String.Index? {
        guard offset >= 0, offset <= count else { return nil }
        if offset == count { return text.endIndex }
        let base = checkpoints[offset / Self.stride]
        return text.unicodeScalars.index(base, offsetBy: offset % Self.stride)
    }

    /// The text between two scalar offsets, clamped to the text.
    func slice(_ start: Int, _ end: Int) -> String {
        let lo = max(0, min(start, count)), hi = max(lo, min(end, count))
        guard let a = index(lo), let b = index(hi) else { return "" }
        return String(text.unicodeScalars[a..<b])
    }
}
