/// Cyrillic letters of Russian and Kazakh, both cases, as the plainest Latin spelling monitors use for them; the
/// romanisation variants are then reduced by `NameKey` (persons, organisations) and the gazetteer's place folding.
public enum CyrillicLatin {
    /// Scalar value → lower-case Latin letters ("" for the hard and soft signs).
    public static let table: [UInt32: String] = {
        let lower: [(Character, String)] = [
            ("а", "a"), ("б", "b"), ("в", "v"), ("г", "g"), ("д", "d"), ("е", "e"), ("ё", "e"), ("ж", "zh"),
            ("з", "z"), ("и", "i"), ("й", "i"), ("к", "k"), ("л", "l"), ("м", "m"), ("н", "n"), ("о", "o"),
            ("п", "p"), ("р", "r"), ("с", "s"), ("т", "t"), ("у", "u"), ("ф", "f"), ("х", "kh"), ("ц", "ts"),
            ("ч", "ch"), ("ш", "sh"), ("щ", "shch"), ("ъ", ""), ("ы", "y"), ("ь", ""), ("э", "e"), ("ю", "yu"),
            ("я", "ya"), ("ә", "a"), ("ғ", "g"), ("қ", "k"), ("ң", "n"), ("ө", "o"), ("ұ", "u"), ("ү", "u"),
            ("һ", "h"), ("і", "i"),
        ]
        var table: [UInt32: String] = [:]
        for (letter, latin) in lower {
            for form in [String(letter), String(letter).uppercased()] {
                let scalars = Array(form.unicodeScalars)
                if scalars.count == 1 { table[scalars[0].value] = latin }
            }
        }
        return table
    }()

    /// A name in Cyrillic written in Latin letters, capitals kept: "Жанар Куанышева" → "Zhanar Kuanysheva". Records
    /// read from Russian reports keep it as another spelling, so that the name is found however it is typed.
    public static func transliterate(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            guard isCyrillic(scalar), let latin = table[scalar.value] else {
                out.unicodeScalars.append(scalar)
                continue
            }
            out += scalar.properties.isUppercase ? latin.prefix(1).uppercased() + latin.dropFirst() : latin
        }
        return out
    }

    /// Whether a scalar is in the Cyrillic block.
    @inline(__always)
    public static func isCyrillic(_ scalar: Unicode.Scalar) -> Bool { (0x400...0x4FF).contains(scalar.value) }
}
