import CivicModel
import Foundation

/// Folds place names to spelling-independent keys, so that "Almaty", "ALMATY", "Алматы" and "Almatı" compare
/// equal, and "Kapshagai" / "Kapshagay", "Zhanaozen" / "Janaozen", "Aktau" / "Aqtau" do too.
///
/// A name is split into words at every scalar that is not a letter or digit. Each word is lower-cased,
/// stripped of diacritics, transliterated from Cyrillic (Russian and Kazakh letters), and common
/// romanisation variants are reduced to one form, much as `NameKey` does for persons' names.
enum PlaceNameFolding {
    /// The folded words of a name: "Nur-Sultan" → ["nur", "sultan"].
    static func words(of name: String) -> [String] {
        var words: [String] = []
        var scratch: [UInt8] = []
        for scalar in name.unicodeScalars {
            if isWordScalar(scalar) {
                append(scalar, to: &scratch)
            } else if !scratch.isEmpty {
                words.append(finish(&scratch))
            }
        }
        if !scratch.isEmpty { words.append(finish(&scratch)) }
        return words.filter { !$0.isEmpty }
    }

    /// The key of a whole name: its folded words joined by single spaces.
    static func key(of name: String) -> String { words(of: name).joined(separator: " ") }

    /// Letters, digits and combining marks make up words; everything else separates them.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 {
            return (v >= 0x61 && v <= 0x7A) || (v >= 0x41 && v <= 0x5A) || (v >= 0x30 && v <= 0x39)
        }
        let properties = scalar.properties
        if properties.isAlphabetic { return true }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .decimalNumber: return true
        default: return false
        }
    }

    /// Whether a scalar is a capital letter; a mention must start with one.
    @inline(__always)
    static func isCapital(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x80 { return v >= 0x41 && v <= 0x5A }
        return scalar.properties.isUppercase || scalar.properties.generalCategory == .titlecaseLetter
    }

    /// Appends the folded (lower-case ASCII) form of one scalar of a word.
    @inline(__always)
    static func append(_ scalar: Unicode.Scalar, to word: inout [UInt8]) {
        let v = scalar.value
        if v < 0x80 {
            let byte = UInt8(v)
            word.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
            return
        }
        if let mapped = special[v] {
            word.append(contentsOf: mapped.utf8)
            return
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return
        default: break
        }
        // Other Latin letters with diacritics: strip them (é → e); letters of other scripts fold to nothing.
        let stripped = String(Character(scalar)).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        for byte in stripped.utf8 where (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) {
            word.append(byte)
        }
    }

    /// Reduces romanisation variants in a word built with `append`, empties the buffer and returns the key.
    ///
    /// One left-to-right pass: dzh/j → zh, kh → h, ks → x, ts → c, ph → f, w → v, q → k, iy → i,
    /// yu/ya → iu/ia, ye/yo → e, other y → i; then doubled letters become single (Ridder / Rider).
    static func finish(_ word: inout [UInt8]) -> String {
        let key = word.withUnsafeBufferPointer { raw in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: raw.count * 2 + 1) { out in
                var count = 0
                @inline(__always) func emit(_ byte: UInt8) {
                    if count == 0 || out[count - 1] != byte {
                        out[count] = byte
                        count += 1
                    }
                }
                let n = raw.count
                var i = 0
                while i < n {
                    let c = raw[i]
                    let next: UInt8 = i + 1 < n ? raw[i + 1] : 0
                    switch c {
                    case ascii("d") where next == ascii("z") && i + 2 < n && raw[i + 2] == ascii("h"):
                        emit(ascii("z")); emit(ascii("h")); i += 3
                    case ascii("j"):
                        emit(ascii("z")); emit(ascii("h")); i += 1
                    case ascii("k") where next == ascii("h"):
                        emit(ascii("h")); i += 2
                    case ascii("k") where next == ascii("s"):
                        emit(ascii("x")); i += 2
                    case ascii("t") where next == ascii("s"):
                        emit(ascii("c")); i += 2
                    case ascii("p") where next == ascii("h"):
                        emit(ascii("f")); i += 2
                    case ascii("w"):
                        emit(ascii("v")); i += 1
                    case ascii("q"):
                        emit(ascii("k")); i += 1
                    case ascii("i") where next == ascii("y"):
                        emit(ascii("i")); i += 2
                    case ascii("y") where next == ascii("u") || next == ascii("a"):
                        emit(ascii("i")); emit(next); i += 2
                    case ascii("y") where next == ascii("e") || next == ascii("o"):
                        emit(ascii("e")); i += 2
                    case ascii("y"):
                        emit(ascii("i")); i += 1
                    default:
                        emit(c); i += 1
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<count]), as: UTF8.self)
            }
        }
        word.removeAll(keepingCapacity: true)
        return key
    }

    @inline(__always)
    private static func ascii(_ character: Unicode.Scalar) -> UInt8 { UInt8(character.value) }

    /// Scalars folded by table: Cyrillic (`CyrillicLatin`) and Latin letters whose plain form is not simply the
    /// letter without its mark (ş → sh, ı → i).
    private static let special: [UInt32: String] = {
        var table = CyrillicLatin.table
        for (letter, folded) in [("ş", "sh"), ("ç", "ch"), ("ğ", "g"), ("ı", "i"), ("ə", "a")] {
            for form in [letter, letter.uppercased()] {
                let scalars = Array(form.unicodeScalars)
                if scalars.count == 1 { table[scalars[0].value] = folded }
            }
        }
        table[0x130] = "i"  // İ (Latin capital I with dot above)
        return table
    }()
}
