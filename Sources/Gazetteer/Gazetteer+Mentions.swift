import CivicModel

extension Gazetteer {
    /// Every place named in a text, in text order. Where names overlap the longest wins ("Almaty Region"
    /// is the region, not the city followed by a word). Offsets count Unicode scalars, end exclusive.
    ///
    /// A mention starts with a capital letter and covers whole words only: "Oralbek" is not Oral, and the
    /// word "oral" in "an oral hearing" is not a place. Words of a name may be separated by spaces, a line
    /// break or hyphens in the text ("Nur Sultan", "Kzyl-Orda").
    ///
    /// The text is read once, byte by byte; only capitalised words are folded and looked up by first word.
    public func mentions(in text: String) -> [PlaceMention] {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            var scanner = MentionScanner(gazetteer: self, bytes: bytes)
            return scanner.scan()
        } ?? []
    }
}

/// One pass over the UTF-8 bytes of a text, counting scalars as it goes. ASCII bytes are classified by
/// table; only non-ASCII scalars are decoded, and only capitalised words are folded and looked up.
private struct MentionScanner {
    let gazetteer: Gazetteer
    let names: [String: [Gazetteer.Name]]
    let bytes: UnsafeBufferPointer<UInt8>
    var scratch: [UInt8] = []

    init(gazetteer: Gazetteer, bytes: UnsafeBufferPointer<UInt8>) {
        self.gazetteer = gazetteer
        self.names = gazetteer.namesByFirstWord
        self.bytes = bytes
        scratch.reserveCapacity(64)
    }

    /// A word of the text: its byte and scalar ranges.
    struct Word {
        var byteStart: Int, byteEnd: Int
        var scalarStart: Int, scalarEnd: Int
        var isCapitalised: Bool
    }

    /// ASCII byte classes: separator, lower-case letter or digit, capital letter; and non-ASCII.
    private static let separator: UInt8 = 0, lower: UInt8 = 1, capital: UInt8 = 2, nonASCII: UInt8 = 3
    private static let classes: [UInt8] = (0...255).map { (byte: Int) -> UInt8 in
        switch byte {
        case 0x41...0x5A: capital
        case 0x61...0x7A, 0x30...0x39: lower
        case 0x80...: nonASCII
        default: separator
        }
    }

    mutating func scan() -> [PlaceMention] {
        var found: [PlaceMention] = []
        var byte = 0
        var scalar = 0
        Self.classes.withUnsafeBufferPointer { classes in
            while let word = nextWord(from: byte, scalar: scalar, classes: classes) {
                byte = word.byteEnd
                scalar = word.scalarEnd
                guard word.isCapitalised else { continue }
                let first = fold(word)
                guard let candidates = names[first] else { continue }
                if let (mention, end) = match(word, first: first, candidates: candidates, classes: classes) {
                    found.append(mention)
                    byte = end.byteEnd
                    scalar = end.scalarEnd
                }
            }
        }
        return found
    }

    /// The longest candidate name written at `word`, with the last word it covers.
    private mutating func match(_ word: Word, first: String, candidates: [Gazetteer.Name],
                                classes: UnsafeBufferPointer<UInt8>) -> (PlaceMention, Word)? {
        var words = [word]
        var keys = [first]
        var textEnds = false
        for name in candidates {
            while keys.count < name.words.count, !textEnds {
                if let next = wordFollowing(words[words.count - 1], classes: classes) {
                    words.append(next)
                    keys.append(fold(next))
                } else {
                    textEnds = true
                }
            }
            guard keys.count >= name.words.count, keys.prefix(name.words.count).elementsEqual(name.words) else {
                continue
            }
            let last = words[name.words.count - 1]
            let written = String(decoding: UnsafeBufferPointer(rebasing: bytes[word.byteStart..<last.byteEnd]), as: UTF8.self)
            let mention = PlaceMention(place: gazetteer.places[name.placeIndex], start: word.scalarStart,
                                       end: last.scalarEnd, written: written)
            return (mention, last)
        }
        return nil
    }

    /// The next word at or after a position, skipping separators.
    @inline(__always)
    private func nextWord(from start: Int, scalar startScalar: Int, classes: UnsafeBufferPointer<UInt8>) -> Word? {
        var byte = start
        var scalar = startScalar
        let count = bytes.count
        while byte < count {
            let kind = classes[Int(bytes[byte])]
            if kind == Self.separator {
                byte += 1
                scalar += 1
                continue
            }
            if kind == Self.nonASCII {
                let (value, length) = decode(at: byte)
                guard PlaceNameFolding.isWordScalar(value) else {
                    byte += length
                    scalar += 1
                    continue
                }
                return word(at: byte, scalar: scalar, capitalised: PlaceNameFolding.isCapital(value), classes: classes)
            }
            return word(at: byte, scalar: scalar, capitalised: kind == Self.capital, classes: classes)
        }
        return nil
    }

    /// The word right after `word` when only a short run of spaces, line breaks or hyphens separates them.
    private func wordFollowing(_ word: Word, classes: UnsafeBufferPointer<UInt8>) -> Word? {
        var byte = word.byteEnd
        var scalar = word.scalarEnd
        var separators = 0
        while byte < bytes.count {
            let (value, length) = decode(at: byte)
            if PlaceNameFolding.isWordScalar(value) {
                guard separators > 0 else { return nil }
                return self.word(at: byte, scalar: scalar, capitalised: PlaceNameFolding.isCapital(value), classes: classes)
            }
            guard Self.joins(value), separators < 3 else { return nil }
            separators += 1
            byte += length
            scalar += 1
        }
        return nil
    }

    /// Reads the word starting at a word scalar.
    @inline(__always)
    private func word(at start: Int, scalar startScalar: Int, capitalised: Bool,
                      classes: UnsafeBufferPointer<UInt8>) -> Word {
        var byte = start
        var scalar = startScalar
        let count = bytes.count
        while byte < count {
            let kind = classes[Int(bytes[byte])]
            if kind == Self.separator { break }
            if kind == Self.nonASCII {
                let (value, length) = decode(at: byte)
                guard PlaceNameFolding.isWordScalar(value) else { break }
                byte += length
            } else {
                byte += 1
            }
            scalar += 1
        }
        return Word(byteStart: start, byteEnd: byte, scalarStart: startScalar, scalarEnd: scalar,
                    isCapitalised: capitalised)
    }

    private mutating func fold(_ word: Word) -> String {
        var byte = word.byteStart
        while byte < word.byteEnd {
            let lead = bytes[byte]
            if lead < 0x80 {
                scratch.append(lead >= 0x41 && lead <= 0x5A ? lead + 0x20 : lead)
                byte += 1
            } else {
                let (value, length) = decode(at: byte)
                PlaceNameFolding.append(value, to: &scratch)
                byte += length
            }
        }
        return PlaceNameFolding.finish(&scratch)
    }

    /// Scalars allowed between the words of one name.
    private static func joins(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2D, 0x2010, 0x2011: true
        default: false
        }
    }

    /// Decodes the scalar starting at a byte of valid UTF-8.
    @inline(__always)
    private func decode(at index: Int) -> (Unicode.Scalar, Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length: Int
        var value: UInt32
        if lead & 0xE0 == 0xC0 {
            length = 2; value = UInt32(lead & 0x1F)
        } else if lead & 0xF0 == 0xE0 {
            length = 3; value = UInt32(lead & 0x0F)
        } else {
            length = 4; value = UInt32(lead & 0x07)
        }
        let end = min(index + length, bytes.count)
        for k in (index + 1)..<end { value = value << 6 | UInt32(bytes[k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", end - index)
    }
}
