/// Turns UTF-8 that is known to be valid into Unicode scalars.
///
/// `Array(text.unicodeScalars)` walks the text twice (to count, then to copy) through String's general
/// decoder; reports are nearly all ASCII, so a byte-at-a-time loop with a rare multi-byte branch is
/// several times faster. Only for bytes already validated (by `String(validating:)` or a `String`).
enum ScalarDecoder {
    static func scalars(ofValidUTF8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, written in
            var i = 0, n = 0
            let count = bytes.count
            while i < count {
                let lead = bytes[i]
                var value: UInt32
                if lead < 0x80 {
                    value = UInt32(lead); i += 1
                } else if lead < 0xE0 {
                    value = UInt32(lead & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
                } else if lead < 0xF0 {
                    value = UInt32(lead & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
                } else {
                    value = UInt32(lead & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                        | UInt32(bytes[i + 3] & 0x3F)
                    i += 4
                }
                (out.baseAddress! + n).initialize(to: Unicode.Scalar(_unchecked: value))
                n += 1
            }
            written = n
        }
    }

    /// The scalars of a string.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { scalars(ofValidUTF8: $0) }
    }
}

private extension Unicode.Scalar {
    /// A scalar from a value decoded from valid UTF-8, which is always a valid scalar value.
    @inline(__always) init(_unchecked value: UInt32) {
        self = Unicode.Scalar(value).unsafelyUnwrapped
    }
}
