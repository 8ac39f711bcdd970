import CivicModel
import Testing

/// Names written in Cyrillic, as Kazakh and Russian sources and many spreadsheets write them, meet their Latin
/// transliterations in one key.
@Suite("Cyrillic names")
struct NameKeyCyrillicTests {
    @Test(arguments: [
        ("Макс Бокаев", "Max Bokayev"), ("Бокаев", "Bokaev"), ("Есенеев", "Yeseneyev"), ("Ахмедьяров", "Akhmedyarov"),
        ("Юрий", "Yuriy"), ("Жанболат", "Zhanbolat"), ("Қайрат", "Qairat"), ("Қайрат", "Kairat"), ("Сергей", "Sergey"),
        ("Әсел Нұрғалиева", "Asel Nurgalieva"), ("Шолпан Утекеева", "Sholpan Utekeeva"),
    ])
    func sameKey(_ cyrillic: String, _ latin: String) {
        #expect(NameKey(cyrillic).matches(NameKey(latin)), "\(NameKey(cyrillic)) / \(NameKey(latin))")
    }

    @Test func differentNamesStayApart() {
        #expect(!NameKey("Бокаев").matches(NameKey("Ayan")))
        #expect(!NameKey("Ерлан").matches(NameKey("Arman")))
        // Latin names are keyed as before.
        #expect(NameKey("Max Bokayev").description == "max bokaev")
    }

    @Test func cyrillicNamesAreWrittenInLatinLetters() {
        #expect(CyrillicLatin.transliterate("Жанар Куанышева") == "Zhanar Kuanysheva")
        #expect(CyrillicLatin.transliterate("Щукин-Ёлкин") == "Shchukin-Elkin")
        #expect(CyrillicLatin.transliterate("Айгуль Қасымова") == "Aigul Kasymova")
        // The Latin spelling keys as the Cyrillic one does
        #expect(NameKey(CyrillicLatin.transliterate("Данияр Тестбеков")) == NameKey("Daniyar Testbekov"))
        #expect(CyrillicLatin.transliterate("Max Example") == "Max Example")
    }
}
