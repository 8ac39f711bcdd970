/// The language a report is written in, told from its letters: Kuzet's reader follows English and Russian phrasing, and a
/// report in Kazakh is kept as a source for coding by hand instead.
public enum TextLanguage {
    /// Letters of the Kazakh alphabet that Russian lacks: ә ғ қ ң ө ұ ү һ і.
    private static let kazakhLetters: Set<Unicode.Scalar> = ["ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і", "Ә", "Ғ", "Қ", "Ң", "Ө", "Ұ", "Ү", "Һ", "І"]
    /// The share of Kazakh-only letters among Cyrillic ones from which a text is Kazakh: about one letter in twelve in
    /// running Kazakh, a few in a thousand in a Russian text that quotes Kazakh names.
    private static let kazakhShare = 0.02
    /// How many letters are looked at: the start of a report tells its language.
    private static let sample = 20_000

    /// Whether the reader proposes incidents from reports in this language ("en", "ru").
    public static func isRead(_ code: String) -> Bool { code == "en" || code == "ru" }

    /// The ISO 639-1 code: "ru" or "kk" when most letters are Cyrillic, otherwise "en".
    public static func code(of text: String) -> String {
        var latin = 0, cyrillic = 0, kazakh = 0, seen = 0
        for scalar in text.unicodeScalars where scalar.properties.isAlphabetic {
            seen += 1
            if seen > sample { break }
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            case 0x0400...0x04FF:
                cyrillic += 1
                if kazakhLetters.contains(scalar) { kazakh += 1 }
            default: break
            }
        }
        guard cyrillic > latin else { return "en" }
        return Double(kazakh) >= Double(cyrillic) * kazakhShare ? "kk" : "ru"
    }
}
