/// The language a report is written in, told from its letters: Kuzet's reader follows English and Russian phrasing, and a
/// report in Kazakh is kept as a source for coding by hand instead.
public enum TextLanguage {
    /// Letters of the Kazakh alphabet that Russian lacks: ә ғ қ ң ө ұ ү һ і, both cases.
    private static let kazakhLetters: Set<UInt32> = Set("әғқңөұүһіӘҒҚҢӨҰҮҺІ".unicodeScalars.map(\.value))
    /// From what share of Kazakh-only letters among the Cyrillic ones a report is Kazakh: running Kazakh has about one
    /// in twelve, a Russian text quoting Kazakh names a few in a thousand.
    private static let kazakhOneInReport = 50
    /// How many Kazakh-only letters a text needs before its share counts.
    private static let fewestKazakhLetters = 3
    /// How many letters are looked at: the start of a report tells its language.
    private static let sample = 20_000

    /// Whether the reader proposes incidents from reports in this language ("en", "ru").
    public static func isRead(_ code: String) -> Bool { code == "en" || code == "ru" }

    /// The ISO 639-1 code: "ru" or "kk" when most letters are Cyrillic, otherwise "en".
    public static func code(of text: String) -> String {
        code(ofScalars: text.unicodeScalars, sample: sample, kazakhOneIn: kazakhOneInReport)
    }

    /// The code of the first `sample` Latin and Cyrillic letters: Kazakh when one Cyrillic letter in `kazakhOneIn` is
    /// Kazakh-only. The reader asks this of every paragraph, with a smaller sample and a larger share, since a short
    /// Russian paragraph naming «Ақ Жайық» has a few Kazakh letters in a hundred.
    /// With `namesAside`, the Kazakh letters of names do not count: of words that open with a capital ("Құқық", "Қоғам")
    /// or stand in «» ("«Кеншілер ынтымағы»"). A Russian paragraph about Kazakh bodies and people is Russian; Kazakh prose
    /// has its letters in words of every kind.
    static func code<S: Sequence<Unicode.Scalar>>(ofScalars scalars: S, sample: Int, kazakhOneIn: Int, namesAside: Bool = false) -> String {
        var latin = 0, cyrillic = 0, kazakh = 0
        var inWord = false, capitalWord = false, quoted = 0
        for scalar in scalars {
            guard scalar.value >= 0x41 else { inWord = false; continue }
            if latin + cyrillic >= sample { break }
            if scalar.value < 0x7B {
                if scalar.value <= 0x5A || scalar.value >= 0x61 { latin += 1 } else { inWord = false; continue }
            } else if scalar.value >= 0x400 && scalar.value <= 0x4FF {
                cyrillic += 1
                if !inWord { capitalWord = scalar.properties.isUppercase }
                if kazakhLetters.contains(scalar.value), !(namesAside && (capitalWord || quoted > 0)) { kazakh += 1 }
            } else {
                if scalar == "«" { quoted += 1 } else if scalar == "»" { quoted = max(0, quoted - 1) }
                inWord = false
                continue
            }
            inWord = true
        }
        guard cyrillic > latin else { return "en" }
        // (A short Russian line naming «ЕРКІН ТІЛ» has two Kazakh letters in twenty: a few letters decide nothing.)
        return kazakh * kazakhOneIn >= cyrillic && kazakh >= fewestKazakhLetters ? "kk" : "ru"
    }
}
