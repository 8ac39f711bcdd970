/// The distinct words of space-separated text, gathered without allocating for a word seen before:
/// each word's bytes are hashed where they lie and compared with the one stored under that hash.
/// A bulk load passes every word of a million search documents through here, where a `Set` of
/// strings cost a fifth of the load's time.
struct DistinctWords {
    /// Every distinct word's bytes, one after the other.
    private var bytes: [UInt8] = []
    /// Where each word starts in `bytes`, and one more entry for the end of the last.
    private var starts: [Int] = [0]
    /// Open addressing: a word's number plus one, or 0 for an empty slot.
    private var slots = [Int32](repeating: 0, count: 1024)
    private var hashes: [UInt64] = []

    var count: Int { hashes.count }

    /// The words, in the order they were first seen.
    var words: [String] {
        (0..<count).map { n in String(decoding: bytes[starts[n]..<starts[n + 1]], as: UTF8.self) }
    }

    /// Adds every word of a text whose words are separated by single spaces.
    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var start = 0
            for i in 0...buffer.count where i == buffer.count || buffer[i] == 0x20 {
                if i > start { insert(UnsafeBufferPointer(rebasing: buffer[start..<i])) }
                start = i + 1
            }
        }
    }

    mutating func formUnion(_ other: DistinctWords) {
        other.bytes.withUnsafeBufferPointer { all in
            for n in 0..<other.count { insert(UnsafeBufferPointer(rebasing: all[other.starts[n]..<other.starts[n + 1]])) }
        }
    }

    private mutating func insert(_ word: UnsafeBufferPointer<UInt8>) {
        // FNV-1a: a word is a few bytes, and the table needs spread, not resistance to attack.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let n = Int(slots[slot] - 1)
            if hashes[n] == hash, starts[n + 1] - starts[n] == word.count,
               bytes.withUnsafeBufferPointer({ word.elementsEqual($0[starts[n]..<starts[n + 1]]) }) {
                return
            }
            slot = (slot + 1) & mask
        }
        hashes.append(hash)
        bytes.append(contentsOf: word)
        starts.append(bytes.count)
        slots[slot] = Int32(hashes.count)
        if hashes.count * 2 > slots.count { grow() }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (n, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(n + 1)
        }
    }
}
