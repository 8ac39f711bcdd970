import CivicModel

/// Reads a table of cases, one incident per row: the lists of people detained, fined or sentenced that monitors
/// publish ("No. | Name | City | Date of decision | Article | Sanction"). A row is a line whose cells are apart by tabs
/// (as `HTMLText` writes an HTML table's rows) or by the bars of a Markdown table.
///
/// The header row names what each column holds; a row's cells are then read by the recogniser of their column, so
/// that "488 part 6" under "Article" is Article 488 of the code the report named last, and "Marat Zhumabekov" under
/// "Name" is a person even without a role word before it. Without a header, each cell is read by every recogniser.
struct TableReader {
    enum Column: Equatable { case number, person, organization, date, place, provision, sanction, event, other }

    /// The columns the header gave, if it gave any.
    private(set) var columns: [Column]?
    /// The code the header names for its articles ("Article of the CoAO").
    private var headerCode: LegalCode?
    /// The date columns whose header says they hold the day of an act, and the act: "Date of detention", "Дата задержания",
    /// "Date of refusal" (of a registration, when another column names the association; else of an assembly).
    private var actDates: [Int: EventType] = [:]
    private var sawFirstRow = false

    /// One cell: its scalars and the offset of its first one in the document.
    struct Cell {
        var scalars: ArraySlice<Unicode.Scalar>
        var start: Int
    }

    /// Whether the table's cells are apart by semicolons ("14.01.2025; Almaty; …"), as a spreadsheet's rows pasted into a
    /// report's annex are.
    var bySemicolons = false
    /// The kind of refusal the table's rows last told (of registration, of an assembly): a row's "повторный отказ", "refused
    /// again", is another of that kind.
    private var lastRefusal: EventType?
    /// The day the date column of the row above gave.
    private var lastRowDate: PartialDate?
    /// The people of the last row that named some, under a header without a names' column: a chronology of one person's
    /// case, whose later steps ("Апелляционная коллегия оставила приговор без изменения") name no one.
    private var lastRowPersons: [String] = []

    /// The cells of a line apart by semicolons (four cells or more), when it is a row of a table so written: the table's
    /// header row ("Date; City; Name; Outcome"), or any row of a table that opened with one (`continuing`). Prose holds
    /// semicolons too ("A was fined; B was warned; C was detained"), so a row with no header above it is no row.
    static func semicolonCells(of line: ArraySlice<Unicode.Scalar>, at offset: Int, continuing: Bool) -> [Cell]? {
        guard line.lazy.filter({ $0 == ";" }).count >= semicolonTableCells - 1 else { return nil }
        let cells = split(line, at: ";", offset: offset)
        guard cells.filter({ !$0.scalars.isEmpty }).count >= semicolonTableCells else { return nil }
        return continuing || header(cells) != nil ? cells : nil
    }
    /// The fewest cells a row apart by semicolons has.
    static let semicolonTableCells = 4

    /// Whether the table is a CSV file's rows ("1,2026-01-12,Almaty,…,\"Police detained …, near …\"").
    var byCommas = false
    /// The cells of a line of comma-separated values, when it is a row of such a table: its header row
    /// ("id,date,city,name,event,notes"), or any row of a table that opened with one (`continuing`). A cell in double
    /// quotes may hold commas, and a doubled quote stands for one; the cell is what lies between its quotes.
    static func commaCells(of line: ArraySlice<Unicode.Scalar>, at offset: Int, continuing: Bool) -> [Cell]? {
        guard line.lazy.filter({ $0 == "," }).count >= commaTableCells - 1 else { return nil }
        var cells: [Cell] = []
        var i = line.startIndex
        while i <= line.endIndex {
            if i < line.endIndex, line[i] == "\"" {
                // A quoted cell runs to the quote that is not doubled.
                var close = i + 1
                while close < line.endIndex {
                    if line[close] == "\"" {
                        if close + 1 < line.endIndex, line[close + 1] == "\"" { close += 2; continue }
                        break
                    }
                    close += 1
                }
                guard close < line.endIndex else { return nil }
                cells.append(Cell(scalars: line[(i + 1)..<close], start: offset + (i + 1 - line.startIndex)))
                i = close + 1
                while i < line.endIndex, line[i] != ",", ReportReader.Session.isWhitespace(line[i]) { i += 1 }
                guard i == line.endIndex || line[i] == "," else { return nil }
                i += 1
            } else {
                let end = line[i...].firstIndex(of: ",") ?? line.endIndex
                var lo = i, hi = end
                while lo < hi, ReportReader.Session.isWhitespace(line[lo]) { lo += 1 }
                while hi > lo, ReportReader.Session.isWhitespace(line[hi - 1]) { hi -= 1 }
                cells.append(Cell(scalars: line[lo..<hi], start: offset + (lo - line.startIndex)))
                i = end + 1
            }
        }
        guard cells.count >= commaTableCells else { return nil }
        if continuing { return cells }
        // (A header row is a list of short column names, "id,date,city,name,event": prose with commas is no header, though
        // its words, "who", "outlet", "date", would name columns.)
        // (Looked at on the scalars first: most lines with commas are prose, and are passed over without tokenizing a cell.)
        guard cells.allSatisfy({ cell in
            cell.scalars.count <= commaHeaderLength && cell.scalars.lazy.filter({ $0 == " " }).count < commaHeaderWords - 1
                && !cell.scalars.contains(where: { ".!?".unicodeScalars.contains($0) })
        }), let named = header(cells), named.columns.filter({ $0 != .other && $0 != .number }).count >= commaHeaderColumns else { return nil }
        return cells
    }
    /// A CSV header's column names: short, of a word or two ("legal_basis", "date of decision" is three), without a
    /// sentence's stop; at least three columns the reader knows.
    static let commaHeaderWords = 3
    static let commaHeaderLength = 30
    static let commaHeaderColumns = 3
    /// The fewest cells a row of comma-separated values has: prose holds commas too, so a table needs many columns.
    static let commaTableCells = 5

    /// The cells of a line when it is a table's row (three cells or more), else nil. A Markdown table's rule row
    /// ("|---|:--|") gives no cells and is not read, but is a row.
    static func cells(of line: ArraySlice<Unicode.Scalar>, at offset: Int) -> [Cell]? {
        // (Most lines are no rows: one look for a tab, or a bar opening the line, rules them out.)
        let opensWithBar = line.first(where: { $0 != " " }) == "|"
        var tabs = 0, bars = 0, spacedBars = 0
        var previous: Unicode.Scalar = "\n"
        for i in line.indices {
            let c = line[i]
            if c == "\t" { tabs += 1 } else if c == "|" {
                bars += 1
                // "Дата | ФИО | Город": cells set apart by bars with spaces, without a bar at either end.
                if previous == " ", i + 1 < line.endIndex, line[i + 1] == " " { spacedBars += 1 }
            }
            previous = c
        }
        // A rule row without outer bars ("-----|-----|-----", "---+---+---"), under a header that has none either.
        if bars + line.lazy.filter({ $0 == "+" }).count >= 2, line.allSatisfy({ "-:=|+".unicodeScalars.contains($0) || $0.properties.isWhitespace }) { return [] }
        let separator: Unicode.Scalar
        if tabs >= 2 { separator = "\t" }
        else if bars >= 4, opensWithBar { separator = "|" }
        else if spacedBars >= 3 { separator = "|" }
        else { return nil }
        var cells = split(line, at: separator, offset: offset)
        // A Markdown row's outer bars leave an empty cell at each end.
        if separator == "|" {
            if cells.first?.scalars.isEmpty == true { cells.removeFirst() }
            if cells.last?.scalars.isEmpty == true { cells.removeLast() }
            if cells.allSatisfy({ $0.scalars.allSatisfy { "-:= ".unicodeScalars.contains($0) } }) { return [] }
        }
        return cells.filter({ !$0.scalars.isEmpty }).count >= 3 ? cells : nil
    }

    /// A line's cells apart by `separator`, each trimmed of the spaces around it.
    private static func split(_ line: ArraySlice<Unicode.Scalar>, at separator: Unicode.Scalar, offset: Int) -> [Cell] {
        var cells: [Cell] = []
        var cellStart = line.startIndex
        func close(at end: Int) {
            var lo = cellStart, hi = end
            while lo < hi, ReportReader.Session.isWhitespace(line[lo]) { lo += 1 }
            while hi > lo, ReportReader.Session.isWhitespace(line[hi - 1]) { hi -= 1 }
            cells.append(Cell(scalars: line[lo..<hi], start: offset + (lo - line.startIndex)))
        }
        for i in line.indices where line[i] == separator {
            close(at: i)
            cellStart = i + 1
        }
        close(at: line.endIndex)
        return cells
    }

    /// The incidents of one row; the first row of a table may be its header, which gives none.
    /// `line` is the row as written, of which the cells are slices. A row in Russian is read by the Russian recognisers,
    /// with their context.
    mutating func read(_ cells: [Cell], line: ArraySlice<Unicode.Scalar>, source: String, context: inout ReadingContext,
                       russian: inout RussianContext, inRussian: Bool) -> [ProposedIncident] {
        guard !cells.isEmpty else { return [] }
        if !sawFirstRow {
            sawFirstRow = true
            if let header = TableReader.header(cells) {
                columns = header.columns
                headerCode = header.code
                for i in cells.indices where header.columns[i] == .date {
                    let words = Tokenizer.tokens(cells[i].scalars, base: 0)
                    if words.contains(where: { TableReader.detentionWords.contains($0.lower) }) {
                        actDates[i] = .detention
                    } else if words.contains(where: { TableReader.refusalWords.contains($0.lower) }) {
                        actDates[i] = header.columns.contains(.organization) ? .registrationDenied : .assemblyRefused
                    }
                }
                return []
            }
        }
        guard let incident = row(cells, line: line, source: source, context: &context, russian: &russian, inRussian: inRussian) else { return [] }
        // Under a header, a row can tell several acts: the detention of its date column, and an outcome's clauses
        // ("Case closed 19.10.2023; released from SIZO the same day").
        guard columns != nil else { return [incident] }
        let acts = self.acts(of: cells, row: incident, context: context, russian: russian, inRussian: inRussian)
        return acts.isEmpty ? [incident] : acts
    }

    /// Header words of a detention's day.
    private static let detentionWords = WordSet(["detention", "detained", "arrest", "arrested", "задержания", "задержан", "задержана"])
    /// Header words of a refusal's day.
    private static let refusalWords = WordSet(["refusal", "refused", "rejection", "rejected", "отказа", "отказ"])
    /// Acts a notes column may state beside the outcome, when a clause gives their day: "remanded in custody on
    /// 10.06.2023", "under house arrest from 04.11.2023", "sentenced on 14 November 2024 to five years" beside a recognition.
    private static let sideActs: Set<EventType> = [.pretrialDetention, .houseArrest, .politicalPrisonerRecognized, .release, .charged,
                                                   .criminalCaseOpened, .travelRestriction, .detention, .searchOfPremises, .conviction]

    /// The acts of a row, clause by clause, with the row's people, places and articles: one per act the outcome column
    /// states (each with its own day, "the same day" or "the next day" counted from the one before), the detention of
    /// a detention-date column, and the acts a notes column dates. With one act, the row as read whole (dated by that act
    /// when no date column gave a day); empty when the clauses state none.
    private func acts(of cells: [Cell], row: ProposedIncident, context: ReadingContext, russian: RussianContext,
                      inRussian: Bool) -> [ProposedIncident] {
        var rowDay: PartialDate? = nil
        // (`rowDated`: the act's day is the row's, for want of its own.)
        var acts: [(type: EventType, date: PartialDate?, sanctions: [Sanction], rowDated: Bool)] = []
        for (index, type) in actDates.sorted(by: { $0.key < $1.key }) where index < cells.count {
            let t = Tokenizer.tokens(cells[index].scalars, base: 0)[...]
            let found = inRussian ? RussianDateRecognizer.dates(in: t, contextYear: russian.year) : DateRecognizer.dates(in: t, contextYear: context.year)
            if let day = found.first(where: { $0.kind == .explicit && $0.date != nil })?.date {
                rowDay = day
                acts.append((type, day, [], false))
            }
        }
        var lastDay = rowDay ?? (actDates.isEmpty ? row.date : nil)
        for (index, cell) in cells.enumerated() where !cell.scalars.isEmpty {
            let column = column(index)
            guard column == .sanction || column == .event || column == .other else { continue }
            let tokens = Tokenizer.tokens(cell.scalars, base: 0)
            // (Clause by clause, and sentence by sentence in a note's prose: "Police detained him on 27 February …. The next
            // day the court ordered …".)
            for clause in SentenceSplitter.sentences(tokens).map(\.tokens) {
                let sanctions = (inRussian ? RussianSanctionRecognizer.sanctions(in: clause) : SanctionRecognizer.sanctions(in: clause))
                let stated = (inRussian ? RussianEventRecognizer.events(in: clause, sanctions: sanctions) : EventRecognizer.events(in: clause))
                    .map(\.type).uniqued()
                var types = stated.isEmpty ? [TableReader.eventNoun(in: clause) ?? TableReader.eventType(of: sanctions.map(\.sanction))].compactMap { $0 } : stated
                // (A note's day without its year is of the row's year: "08.01.2025; …; On 8 January the police …".)
                let dates = inRussian ? RussianDateRecognizer.dates(in: clause, contextYear: row.date?.year ?? russian.year)
                    : DateRecognizer.dates(in: clause, contextYear: row.date?.year ?? context.year)
                var day: PartialDate? = nil
                var dated = false
                // (Not a date of deaths the act remembers: "laying flowers for the victims of January 2022".)
                if let explicit = dates.first(where: { $0.kind == .explicit && $0.date != nil && !ParagraphReader.datesTheDead($0.tokens, in: clause) }) {
                    day = explicit.date; dated = true
                } else if let relative = dates.first {
                    switch relative.kind {
                    case .sameDay: day = lastDay; dated = true
                    case .relative(let days, let months): day = lastDay.flatMap { DateRecognizer.offset($0, days: days, months: months) }; dated = true
                    default: break
                    }
                }
                var rowDated = false
                if column == .other {
                    // A note's act counts only with its own day; an undated one retells the row ("Detained at home").
                    guard dated else { continue }
                    // (A note may give the day of the outcome's own act: "10 days admin arrest; … The next day the court
                    // ordered 10 days …"; the row's day was its detention's.)
                    types = types.filter { type in TableReader.sideActs.contains(type) || acts.contains { $0.type == type && $0.rowDated } }
                } else if !dated {
                    day = actDates.isEmpty ? row.date : nil
                    rowDated = day != nil
                }
                for type in types {
                    let allowed = ParagraphReader.allowedSanctions(type)
                    var own = sanctions.map(\.sanction).filter { allowed.contains($0.kind) }.uniqued()
                    if type == .warning, own.isEmpty { own = [Sanction(kind: .warning)] }
                    if column == .other, let i = acts.firstIndex(where: { $0.type == type && $0.rowDated }), let day {
                        acts[i].date = day
                        acts[i].rowDated = false
                        acts[i].sanctions = (acts[i].sanctions + own).uniqued()
                    } else if let i = acts.firstIndex(where: { $0.type == type && ($0.date == nil || day == nil || $0.date == day) }) {
                        if acts[i].date == nil { acts[i].date = day }
                        acts[i].sanctions = (acts[i].sanctions + own).uniqued()
                    } else {
                        acts.append((type, day, own, rowDated))
                    }
                }
                if let day, dated { lastDay = day }
            }
        }
        guard !acts.isEmpty else { return [] }
        // One act: the row as read whole, dated by its outcome when no date column gave a day ("Fined 30 MCI, 05.04.2023").
        guard acts.count >= 2 else {
            var incident = row
            if incident.date == nil { incident.date = acts[0].date }
            return [incident]
        }
        return acts.map { act in
            var incident = row
            incident.eventType = ParagraphReader.typeOfFine(act.type, under: row.legalProvisions)
            incident.date = act.date
            incident.sanctions = act.sanctions
            if [.release, .politicalPrisonerRecognized].contains(act.type) { incident.legalProvisions = [] }
            incident.confidence = ParagraphReader.confidence(of: incident)
            return incident
        }
    }

    /// What each column of a header row holds, when at least two of its cells say; and the code its articles are of.
    private static func header(_ cells: [Cell]) -> (columns: [Column], code: LegalCode?)? {
        var code: LegalCode? = nil
        let columns = cells.map { cell -> Column in
            let words = Tokenizer.tokens(cell.scalars, base: 0).filter(\.isWord).map(\.lower)
            if words.contains(where: { headerDates.contains($0) }) { return .date }
            if words.contains(where: { headerCodes.contains($0) || $0 == "administrative" }) || words.contains(where: { headerProvisions.contains($0) }) {
                if words.contains("coao") || words.contains("administrative") || words.contains("коап") { code = .administrative }
                if words.contains("criminal") || words.contains("cc") || words.contains("ук") { code = .criminal }
                if words.contains(where: { headerProvisions.contains($0) }) { return .provision }
            }
            if words.contains(where: { headerProvisions.contains($0) }) { return .provision }
            // ("Ф.И.О. / организация": a column of names, people's or bodies'; a cell without a person's name holds a body's.)
            let namesPeople = words.contains(where: { headerPersons.contains($0) }) || words.joined().contains("фио")
            if words.contains(where: { headerOrganizations.contains($0) }), !namesPeople { return .organization }
            if namesPeople { return .person }
            if words.contains(where: { headerPlaces.contains($0) }) { return .place }
            if words.contains(where: { headerSanctions.contains($0) }) { return .sanction }
            if words.contains(where: { headerEvents.contains($0) }) { return .event }
            if words.isEmpty || words == ["no"] || words == ["n"] || words == ["nr"] || words == ["number"] || words == ["id"] || words == ["п"] { return .number }
            return .other
        }
        // A row of dates or numbers is data, not a header.
        let hasData = cells.contains { cell in cell.scalars.contains { Tokenizer.isDigit($0) } }
        guard !hasData, columns.filter({ $0 != .other && $0 != .number }).count >= 2 else { return nil }
        return (columns, code)
    }

    // Header words, in English and Russian ("ФИО | Город | Дата | Статья КоАП | Решение суда").
    private static let headerDates = WordSet(["date", "dates", "when", "day", "дата", "когда"])
    private static let headerPersons = WordSet(["name", "names", "person", "persons", "who", "detainee", "detainees", "defendant",
                                                "defendants", "victim", "victims", "participant", "participants", "activist",
                                                "journalist", "prisoner", "surname", "фио", "имя", "фамилия", "задержанный",
                                                "задержанные", "участник", "активист", "журналист", "кто"])
    private static let headerOrganizations = WordSet(["organisation", "organization", "outlet", "media", "ngo", "party", "union", "association",
                                                      "организация", "сми", "издание", "партия", "профсоюз"])
    private static let headerPlaces = WordSet(["city", "town", "place", "region", "location", "where", "settlement", "oblast", "village",
                                               "город", "место", "регион", "область", "населенный", "населённый"])
    private static let headerProvisions = WordSet(["article", "articles", "charge", "charges", "provision", "offence", "offense", "basis",
                                                   "статья", "статьи", "обвинение"])
    private static let headerCodes = WordSet(["coao", "cc", "code", "коап", "ук"])
    private static let headerSanctions = WordSet(["sanction", "sanctions", "penalty", "punishment", "sentence", "decision", "outcome",
                                                  "verdict", "measure", "result", "санкция", "наказание", "решение", "приговор", "мера",
                                                  "взыскание", "постановление", "меры", "мер"])
    private static let headerEvents = WordSet(["event", "incident", "type", "act", "action", "happened", "событие", "нарушение",
                                               "произошло", "действие"])

    /// The incident a data row tells, if it tells one: who, when, where, under which article, with what sanction.
    private mutating func row(_ cells: [Cell], line: ArraySlice<Unicode.Scalar>, source: String, context: inout ReadingContext,
                              russian: inout RussianContext, inRussian: Bool) -> ProposedIncident? {
        var persons: [String] = [], organizations: [String] = [], places: [String] = []
        var date: PartialDate? = nil, provisions: [LegalProvisionRef] = [], sanctions: [Sanction] = []
        var eventType: EventType? = nil, termDays: Double? = nil
        // (Under a header with a names' column, the people are that column's: not those a note names, "Founders A and B say …".)
        let namesColumn = columns?.contains(.person) == true
        // A row with a cell of prose ("14.01.2025 | 4.0 | ATT | Police detained D. Seitkali at the square …") tells its act
        // there: a short code in capitals beside it ("ATT", "CRT") is the row's kind of entry, no body.
        let prose = cells.map { columns == nil && TableReader.isProse($0) }
        let described = prose.contains(true)
        /// The day of a paper a prose cell names ("the akimat's letter dated 10.02.2025").
        var papersDay: PartialDate? = nil
        for (index, cell) in cells.enumerated() where !cell.scalars.isEmpty {
            let column = column(index)
            let tokens = Tokenizer.tokens(cell.scalars, base: cell.start)
            let t = tokens[...]
            let text = Tokenizer.string(cell.scalars)
            let all = column == .other
            // A Russian table writes its names in the nominative ("Кенжегулова Сабина Маратовна"): as they are, not declined.
            if column == .person, inRussian, case let written = TableReader.namesAsWritten(t), !written.isEmpty {
                persons += written
            } else if column == .person || (column == .event && !namesColumn)
                        || all && !(namesColumn && !persons.isEmpty) && !(namesColumn && !organizations.isEmpty) {
                // (Under a header with no names' column, "Дата | Событие | Документ", the description's people are the row's.)
                let found = (inRussian ? russian.persons.persons(in: t, feminineHint: false) : context.persons.persons(in: t)).map(\.name)
                if !found.isEmpty { persons += found }
                else if column == .person, TableReader.looksLikeAName(t) {
                    let name = t.map(\.text).joined(separator: " ")
                    if !inRussian { context.persons.remember(name) }
                    persons.append(name)
                }
            }
            // ("ОО «Жария Қоғам»" in the names' column: a body.)
            let code = described && all && tokens.count == 1 && tokens[0].isWord && tokens[0].text.unicodeScalars.allSatisfy { $0.properties.isUppercase }
            // (The prose names its bodies beside its people: "officers searched the office of PF "Adal Qogam"; E. M. present".)
            if prose[index], papersDay == nil { papersDay = TableReader.papersDay(in: t, year: inRussian ? russian.year : context.year, inRussian: inRussian) }
            if !code, column == .organization || (all && (persons.isEmpty || prose[index])) || (column == .person && persons.isEmpty)
                || (column == .event && !namesColumn) {
                // (A body named before, "Public Foundation "Adal Qogam"", is known again in a cell: "fined Adal Qogam 100 MCI".)
                let mentions = inRussian ? RussianOrganizationRecognizer.organizations(in: t)
                    : context.withKnownOrganizations(OrganizationRecognizer.organizations(in: t), in: t)
                if !inRussian { for mention in mentions { context.remember(mention, in: t) } }
                let found = mentions.map(\.name)
                organizations += column == .organization && found.isEmpty && t.first?.isCapitalized == true ? [text] : found
                // ("Adal Qogam (public foundation)" in the names' column: a body, its kind in brackets.)
                if column == .person, found.isEmpty, let body = TableReader.bodyWithItsKind(t) { organizations.append(body) }
            }
            if column == .date || all, date == nil {
                let found = inRussian ? RussianDateRecognizer.dates(in: t, contextYear: russian.year) : DateRecognizer.dates(in: t, contextYear: context.year)
                date = found.first { $0.kind == .explicit && $0.date != nil }?.date
                // ("09.2024": a month the table knows no day of.)
                if date == nil, column == .date { date = TableReader.monthInFigures(t) ?? TableReader.dayWithShortYear(t) }
                // ("same day": the day of the row above.)
                if date == nil, column == .date, found.contains(where: { $0.kind == .sameDay }) { date = lastRowDate }
            }
            // (A description's cell, "Detained in Atyrau … under Article 488", gives the place and the article too.)
            if column == .place || all || column == .event {
                let found = (inRussian ? RussianPlaceRecognizer.places(in: t) : PlaceRecognizer.gazetteerPlaces(in: t, sentence: text, offset: cell.start)).map(\.written)
                places += column == .place && found.isEmpty && t.first?.isCapitalized == true ? [text] : found
            }
            if column == .provision || all || column == .event {
                provisions += provisionsOfCell(t, column: column, context: &context, inRussian: inRussian)
            }
            if column == .sanction || column == .event || all {
                let found = inRussian ? RussianSanctionRecognizer.sanctions(in: t) : SanctionRecognizer.sanctions(in: t)
                sanctions += found.map(\.sanction).filter { s in !sanctions.contains(s) }
                if eventType == nil {
                    // (An event column's own nouns first: "admin arrest" is no detention, "assembly refused" no registration.)
                    // (Only a short cell's: a description, "The SIAC sentenced them … after the akimat refused …", tells its act.)
                    let named = column == .event && t.lazy.filter(\.isWord).count <= TableReader.eventNameWords ? TableReader.eventNoun(in: t) : nil
                    let stated = named == nil ? (inRussian ? RussianEventRecognizer.events(in: t, sanctions: found) : EventRecognizer.events(in: t)) : []
                    eventType = named ?? stated.first?.type ?? (column == .event || column == .sanction ? TableReader.eventNoun(in: t) ?? refusedAgain(t) : nil)
                }
                // ("15 days" under "sanction" beside "admin arrest": the days of the arrest.)
                if column == .sanction, found.isEmpty, let days = TableReader.daysAlone(t) { termDays = days }
            }
        }
        // ("11.02.2025 | ADM | Received the akimat's letter dated 10.02.2025: the notice was not approved": the row's day is
        // when the letter came; the act is of the letter's day.)
        if let papersDay { date = papersDay }
        if let date { lastRowDate = date }
        places = PlaceRecognizer.narrowed(places.uniqued())
        // (A bare "fined" of the event column gives way to the fine the sanction column states.)
        let stated = sanctions.filter { !$0.isBare }
        sanctions.removeAll { s in s.isBare && stated.contains { $0.kind == s.kind } }
        // The sanction tells the act when no cell names it; a fine under the Criminal Code is a sentence.
        // (Or the act a date column's header names: "Date of refusal".)
        let type = (eventType ?? TableReader.eventType(of: sanctions) ?? actDates.min(by: { $0.key < $1.key })?.value)
            .map { ParagraphReader.typeOfFine($0, under: provisions) }
        // A group without names in the names' column ("участники пикета (около 15 человек)") with its place is one act.
        let unnamedGroup = persons.isEmpty && organizations.isEmpty && !places.isEmpty && date != nil
            && cells.indices.contains { column($0) == .person && !cells[$0].scalars.isEmpty }
        if let type, persons.isEmpty, organizations.isEmpty, !namesColumn, ParagraphReader.unnamedStepsOfACase.contains(type) { persons = lastRowPersons }
        guard let type, !persons.isEmpty || !organizations.isEmpty || unnamedGroup else { return nil }
        if !namesColumn, !persons.isEmpty { lastRowPersons = persons }
        if type == .registrationDenied || type == .assemblyRefused { lastRefusal = type }
        if type == .administrativeArrest, !sanctions.contains(where: { $0.kind == .administrativeArrest }), let termDays {
            sanctions.append(Sanction(kind: .administrativeArrest, days: termDays))
        }
        if type == .administrativeArrest, !sanctions.contains(where: { $0.kind == .administrativeArrest }), let termDays {
            sanctions.append(Sanction(kind: .administrativeArrest, days: termDays))
        }
        let allowed = ParagraphReader.allowedSanctions(type)
        sanctions = sanctions.filter { allowed.contains($0.kind) }.uniqued()
        if type == .warning, sanctions.isEmpty { sanctions = [Sanction(kind: .warning)] }
        // The passage is the row from its first cell that is not a running number.
        let told = cells.indices.filter { i in !cells[i].scalars.isEmpty && column(i) != .number }
        guard let firstCell = told.first, let lastCell = told.last else { return nil }
        let from = cells[firstCell].scalars.startIndex, to = cells[lastCell].scalars.endIndex
        let start = cells[firstCell].start, end = start + (to - from)
        let quote = Tokenizer.string(line[from..<to])
        var incident = ProposedIncident(source: source, date: date, eventType: type, persons: persons.uniqued(),
                                        organizations: organizations.uniqued(), locations: places.uniqued(),
                                        legalProvisions: provisions.uniqued(), sanctions: sanctions, quote: quote,
                                        start: start, end: end, confidence: 0)
        incident.confidence = ParagraphReader.confidence(of: incident)
        if let date, date.precision == .day { context.lastDay = date }
        if let date { context.lastDate = date }
        return incident
    }

    /// What the header says the column at `index` holds.
    private func column(_ index: Int) -> Column {
        guard let columns, columns.indices.contains(index) else { return .other }
        return columns[index]
    }

    /// The articles a cell gives: written out ("Article 488 part 6 of the CoAO", "CoAO 488"), or as numbers under an
    /// "Article" column ("488 part 6", "174, 274"), of the code the header or, failing it, the report last named.
    private func provisionsOfCell(_ t: ArraySlice<Token>, column: Column, context: inout ReadingContext, inRussian: Bool) -> [LegalProvisionRef] {
        let written = (inRussian ? RussianProvisionRecognizer.provisions(in: t) : LegalProvisionRecognizer.provisions(in: t)).map(\.0)
        guard written.isEmpty, column == .provision else { return written }
        let named = headerCode ?? context.codeNamedLast()
        var refs: [LegalProvisionRef] = []
        var k = t.startIndex
        while k < t.endIndex {
            guard t[k].isNumber, !t[k].text.contains(".") || t[k].text.hasSuffix(".") else { k += 1; continue }
            var part: String? = nil
            var width = 1
            if k + 2 < t.endIndex, ["part", "paragraph", "p", "ч", "часть"].contains(t[k + 1].lower), t[k + 2].isNumber {
                part = t[k + 2].text
                width = 3
            } else if k + 3 < t.endIndex, ["p", "ч"].contains(t[k + 1].lower), t[k + 2].isMark("."), t[k + 3].isNumber {
                // "488 ч. 6": the part's abbreviation with its full stop.
                part = t[k + 3].text
                width = 4
            } else if k + 3 < t.endIndex, t[k + 1].isMark("("), !t[k + 1].spaceBefore, t[k + 2].isNumber, t[k + 3].isMark(")") {
                // "405(2)": the part in brackets.
                part = t[k + 2].text
                width = 4
            }
            let article = String(t[k].text.prefix { $0.isASCII && $0.isNumber })
            // (Without a code in the header, an article `ArticleCodes` knows is of its own code: "488" under "Article(s)" in a
            // report that named the Criminal Code last.)
            if !article.isEmpty, let code = headerCode ?? ArticleCodes.code(of: article) ?? named {
                refs.append(LegalProvisionRef(code: code, article: article, part: part, text: OrganizationRecognizer.text(of: t)))
            }
            k += width
        }
        return refs
    }

    /// The names of a cell that holds names only, as written: "Кусаинов Ерболат Серикович, Ахметжанов Жандос Аманович".
    private static func namesAsWritten(_ t: ArraySlice<Token>) -> [String] {
        // A surname and initials ("Сатыбалдиева А.", "Кенжеев Н.Б."): the surname as it is, not declined, after its initials.
        let words = t.filter(\.isWord)
        if words.count >= 2, words.count <= 3, words[0].isCapitalized, RussianWords.isCyrillic(words[0]), words[0].text.count > 2,
           words.dropFirst().allSatisfy({ $0.text.count == 1 && $0.isCapitalized }),
           t.allSatisfy({ $0.isWord || $0.isMark(".") }) {
            return [words.dropFirst().map { $0.text + "." }.joined(separator: " ") + " " + words[0].text]
        }
        var names: [String] = [], current: [String] = []
        for token in t {
            if token.isMark(",") {
                guard (2...3).contains(current.count) else { return [] }
                names.append(current.joined(separator: " ")); current = []
            } else if token.isWord, token.isCapitalized, RussianWords.isCyrillic(token) {
                current.append(token.text)
            } else {
                return []
            }
        }
        guard (2...3).contains(current.count) else { return [] }
        return names + [current.joined(separator: " ")]
    }

    /// Whether a cell is written as a name: two to four capitalised words.
    private static func looksLikeAName(_ t: ArraySlice<Token>) -> Bool {
        let words = t.filter(\.isWord)
        return (2...4).contains(words.count) && words.count == t.filter({ !$0.isMark("-") && !$0.isMark(".") }).count
            && words.allSatisfy { $0.isCapitalized && !$0.isAllCaps }
    }

    /// A refusal named by its noun alone ("повторный отказ", "отказ", "refused again"), of the kind the rows above told.
    private func refusedAgain(_ t: ArraySlice<Token>) -> EventType? {
        guard let lastRefusal, t.contains(where: { ["отказ", "refused", "refusal"].contains($0.lower) }) else { return nil }
        return lastRefusal
    }

    /// A month and year written in figures alone, as a date column gives a month it knows no day of: "09.2024", "9.2024".
    /// A date column's day with a year of two figures: "14.02.25".
    static func dayWithShortYear(_ t: ArraySlice<Token>) -> PartialDate? {
        guard t.count == 1, t[t.startIndex].isNumber, case let parts = t[t.startIndex].text.split(separator: ".", omittingEmptySubsequences: false),
              parts.count == 3, parts[0].count <= 2, parts[1].count <= 2, parts[2].count == 2,
              let d = Int(parts[0]), let m = Int(parts[1]), let y = Int(parts[2]) else { return nil }
        return try? PartialDate(year: shortYearCentury + y, month: m, day: d)
    }
    /// The century a two-figure year is of: the reader's reports are of this one.
    static let shortYearCentury = 2000

    static func monthInFigures(_ t: ArraySlice<Token>) -> PartialDate? {
        guard t.count == 1, t[t.startIndex].isNumber, case let parts = t[t.startIndex].text.split(separator: ".", omittingEmptySubsequences: false),
              parts.count == 2, parts[0].count <= 2, parts[1].count == 4, let m = Int(parts[0]), let y = Int(parts[1]),
              (1...12).contains(m), (1991...2100).contains(y) else { return nil }
        return try? PartialDate(year: y, month: m)
    }

    /// The act a sanction is given by: ten days of arrest, a fine, a warning, a prison term.
    static func eventType(of sanctions: [Sanction]) -> EventType? {
        for sanction in sanctions {
            switch sanction.kind {
            case .administrativeArrest: return .administrativeArrest
            case .fine: return .fine
            case .warning: return .warning
            case .imprisonment, .restrictionOfFreedom: return .conviction
            default: continue
            }
        }
        return nil
    }

    /// How many words a cell that names an act may have: "admin arrest", "registration refused", "warning from prosecutor".
    static let eventNameWords = 4
    /// Whether a cell holds a sentence or more, as a log's description does, rather than a value.
    static func isProse(_ cell: Cell) -> Bool {
        var words = 0, inWord = false
        for c in cell.scalars {
            let letter = Tokenizer.isLetter(c)
            if letter, !inWord { words += 1 }
            inWord = letter
        }
        return words >= proseWords
    }
    static let proseWords = 10
    /// The day of a paper a cell names with its day: "the akimat's letter dated 10.02.2025", "решение от 10.02.2025".
    private static func papersDay(in t: ArraySlice<Token>, year: Int?, inRussian: Bool) -> PartialDate? {
        guard let at = t.indices.first(where: { i in
            ["dated", "от"].contains(t[i].lower) && i > t.startIndex && (ParagraphReader.actPapers.contains(t[i - 1]) || russianPapers.contains(t[i - 1]))
        }) else { return nil }
        let rest = t[(at + 1)...]
        let found = inRussian ? RussianDateRecognizer.dates(in: rest, contextYear: year) : DateRecognizer.dates(in: rest, contextYear: year)
        guard let first = found.first, first.tokens.lowerBound == at + 1, first.kind == .explicit, first.date?.precision == .day else { return nil }
        return first.date
    }
    private static let russianPapers = WordSet(["письмо", "письмом", "ответ", "ответом", "решение", "решением", "постановление", "постановлением"])
    /// A number of days alone in a cell: "15 days", "10 суток".
    static func daysAlone(_ t: ArraySlice<Token>) -> Double? {
        let words = t.filter { !$0.isMark(".") }
        guard words.count == 2, let number = words.first, number.isNumber, let value = number.value,
              ["day", "days", "суток", "сутки", "дней"].contains(words[words.startIndex + 1].lower) else { return nil }
        return value
    }
    /// A body's name before its kind in brackets, as a names' column writes one: "Adal Qogam (public foundation)".
    static func bodyWithItsKind(_ t: ArraySlice<Token>) -> String? {
        guard let open = t.firstIndex(where: { $0.isMark("(") }), open > t.startIndex, t[t.startIndex].isCapitalized,
              t[(open + 1)...].contains(where: { OrganizationRecognizer.kindNouns.contains($0) || OrganizationRecognizer.headWords.contains($0) || $0.lower == "ngo" })
        else { return nil }
        return t[..<open].map(\.text).joined(separator: " ")
    }
    /// Nouns an "Event" or "Sanction" column names its act with: "Detention", "Search", "Criminal case", "Release".
    private static func eventNoun(in t: ArraySlice<Token>) -> EventType? {
        let words = t.filter(\.isWord).map(\.lower)
        if words.contains(where: { $0.hasPrefix("административн") }), words.contains(where: { $0.hasPrefix("арест") }) { return .administrativeArrest }
        for word in words { for (stem, type) in russianEventStems where word.hasPrefix(stem) { return type } }
        if words.contains("house"), words.contains("arrest") { return .houseArrest }
        if words.contains("administrative") || words.contains("admin"), words.contains("arrest") || words.contains("detention") { return .administrativeArrest }
        // "registration refused", "assembly refused", "rally rejected".
        if words.contains(where: { ["refused", "refusal", "rejected", "rejection", "denied", "denial"].contains($0) }) {
            if words.contains(where: { $0.hasPrefix("regist") }) { return .registrationDenied }
            if words.contains(where: { ["assembly", "rally", "picket", "meeting", "march", "notification", "protest", "demonstration"].contains($0) }) { return .assemblyRefused }
        }
        // ("pre-trial investigation ongoing" is a case's stage, no custody.)
        if words.contains("pre") || words.contains("pretrial") || words.contains("custody"),
           !words.contains(where: { ["investigation", "investigations", "inquiry"].contains($0) }) { return .pretrialDetention }
        // "Case closed 19.10.2023 for lack of corpus delicti"
        if words.contains(where: { ["closed", "dropped", "terminated", "discontinued"].contains($0) }),
           words.contains(where: { ["case", "charges", "proceedings"].contains($0) }) { return .acquittalOrCaseClosed }
        if words.contains("criminal"), words.contains("case") { return .criminalCaseOpened }
        for word in words { if let type = eventNouns[word] { return type } }
        return nil
    }
    /// Russian nouns of an event column, by stem: "задержание", "штраф", "предупреждение", "обыск", "приговор".
    private static let russianEventStems: [(String, EventType)] = [
        ("задержан", .detention), ("штраф", .fine), ("предупрежд", .warning), ("обыск", .searchOfPremises),
        ("приговор", .conviction), ("осужд", .conviction), ("освобожд", .release), ("нападени", .physicalAttack),
        ("предостережени", .warning), ("приостановл", .organizationSuspended),
    ]
    private static let eventNouns: [String: EventType] = [
        "detention": .detention, "detained": .detention, "arrest": .detention, "arrested": .detention,
        "fine": .fine, "fined": .fine, "warning": .warning, "warned": .warning, "search": .searchOfPremises,
        "conviction": .conviction, "convicted": .conviction, "imprisonment": .conviction, "release": .release,
        "released": .release, "attack": .physicalAttack, "assault": .physicalAttack, "beating": .physicalAttack,
        "charged": .charged, "charge": .charged,
    ]
}
