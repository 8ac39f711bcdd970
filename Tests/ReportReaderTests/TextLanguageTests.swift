import Testing
@testable import ReportReader

/// Telling the language of a report from its letters (sentences written for the tests).
@Suite struct TextLanguageTests {
    @Test func englishRussianAndKazakhAreToldApart() {
        #expect(TextLanguage.code(of: "On 3rd May a court in Aktobe fined the activist 50 MCI.") == "en")
        #expect(TextLanguage.code(of: "Третьего мая суд в Актобе оштрафовал активиста на 50 МРП за участие в пикете.") == "ru")
        #expect(TextLanguage.code(of: "Мамырдың үшінде Ақтөбе соты белсендіні пикетке қатысқаны үшін 50 АЕК айыппұл салды.") == "kk")
    }

    @Test func nearMisses() {
        // An English report that names people and newspapers in Cyrillic stays English
        #expect(TextLanguage.code(of: "The newspaper «Ақ Жайық» reported that the blogger was detained by police in Uralsk on 5 March.") == "en")
        // A Russian report quoting one Kazakh name stays Russian
        #expect(TextLanguage.code(of: "Суд в Уральске арестовал блогера на десять суток; газета «Ақ Жайық» сообщила об этом в своём выпуске за март, "
            + "а правозащитники назвали арест преследованием за мирное выражение мнений и потребовали его отмены.") == "ru")
        // No letters at all: nothing says otherwise
        #expect(TextLanguage.code(of: "2021 — 15, 2022 — 17") == "en")
    }
}
