/// A fixed set of lower-cased words, looked up by the key every token carries.
///
/// The recognisers ask "is this word one of …" for almost every token. `Set<String>` hashes the word
/// with a seeded SipHash on each question; here the token's key (`WordKey`, computed once while
/// tokenising) picks the slot and a string comparison, which for short words is a compare of two
/// machine words, confirms it, so a collision of keys can never make a false match.
struct WordSet: Sendable {
    /// Open addressing with linear probing; `WordKey.empty` marks a free slot.
    private let keys: [Int]
    private let words: [String]
    private let mask: Int

    init<S: Sequence>(_ members: S) where S.Element == String {
        let unique = Array(Set(members))
        var capacity = 8
        while capacity < unique.count * 3 { capacity <<= 1 }
        var keys = Array(repeating: WordKey.empty, count: capacity)
        var words = Array(repeating: "", count: capacity)
        for word in unique {
            var slot = WordKey.slot(WordKey.of(word), capacity - 1)
            while keys[slot] != WordKey.empty { slot = (slot + 1) & (capacity - 1) }
            keys[slot] = WordKey.of(word)
            words[slot] = word
        }
        self.keys = keys
        self.words = words
        mask = capacity - 1
    }

    /// Whether a word with this key and lower-cased spelling is in the set.
    @inline(__always) func contains(key: Int, _ word: String) -> Bool {
        var slot = WordKey.slot(key, mask)
        while true {
            let found = keys[slot]
            if found == WordKey.empty { return false }
            if found == key, words[slot] == word { return true }
            slot = (slot + 1) & mask
        }
    }

    /// Whether the token's lower-cased form is in the set.
    @inline(__always) func contains(_ token: Token) -> Bool { contains(key: token.key, token.lower) }

    /// Whether a lower-cased word is in the set.
    @inline(__always) func contains(_ word: String) -> Bool { contains(key: WordKey.of(word), word) }
}

/// A fixed table from lower-cased words to values, looked up like `WordSet`.
struct WordMap<Value: Sendable>: Sendable {
    private let members: WordSet
    private let values: [String: Value]

    init(_ values: [String: Value]) {
        members = WordSet(values.keys)
        self.values = values
    }

    /// The value of the token's lower-cased form; words not in the table cost no string hashing.
    @inline(__always) subscript(_ token: Token) -> Value? { members.contains(token) ? values[token.lower] : nil }
    @inline(__always) subscript(_ word: String) -> Value? { members.contains(word) ? values[word] : nil }
}

/// A word's key: FNV-1a over its UTF-8 bytes. Unseeded and cheap, so the tokenizer computes it once per
/// token; equal words have equal keys, and every lookup confirms a key match with the word itself.
enum WordKey {
    static let empty = Int.min
    private static let offset: UInt64 = 0xcbf2_9ce4_8422_2325, prime: UInt64 = 0x0000_0100_0000_01B3

    @inline(__always) static func of(_ word: String) -> Int {
        var word = word
        return word.withUTF8 { of($0) }
    }

    @inline(__always) static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash = offset
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* prime }
        return finish(hash)
    }

    /// Folds a hash to a key that is never `empty`.
    @inline(__always) static func finish(_ hash: UInt64) -> Int {
        let key = Int(bitPattern: UInt(hash))
        return key == empty ? 0 : key
    }

    /// The first slot to try in a table of `mask + 1` slots: the key's well-mixed high bits.
    @inline(__always) static func slot(_ key: Int, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(bitPattern: Int64(key)) &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Incremental form for the tokenizer: start, then add bytes.
    @inline(__always) static var start: UInt64 { offset }
    @inline(__always) static func add(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* prime }
}
