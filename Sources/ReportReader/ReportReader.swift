import CivicModel
import Gazetteer

/// Reads reports into proposed incidents: one per act and date, with the persons, organisations,
/// places, legal provisions and sanctions the text gives, and the passage each came from.
///
/// The text is read paragraph by paragraph; only a small running context (the report's year, the
/// last date, the people and organisations just named) crosses paragraphs, so memory does not grow
/// with the size of the input.
public struct ReportReader: Sendable {
    public init() {}

    /// Every incident the document states, in order of their passages.
    public func read(_ document: ReportDocument) -> [ProposedIncident] {
        var session = Session(source: document.name)
        var out: [ProposedIncident] = []
        let scalars = ScalarDecoder.scalars(of: document.text)
        session.signer = Signature.signer(of: scalars[...])
        out += session.feed(lines: scalars[...], at: 0)
        out += session.finish()
        return out
    }

    /// Reading state for one document, fed a line at a time.
    public struct Session {
        public let source: String
        /// Whose "я" and "меня" a first-person text means when it is signed at its foot (`Signature`), given before reading.
        public var signer: String? {
            didSet { russianContext.narrator = signer }
        }
        private var buffer: [Unicode.Scalar] = []
        private var bufferStart = 0
        private var context = ReadingContext()
        private var russianContext = RussianContext()
        /// The length of the last line with words, and whether a blank line has come since.
        private var lastLineLength = Int.max
        private var sawBlankLine = false
        /// Whether that line opened with Markdown heading or link marks ("# …", "[…](…)").
        private var lastLineWasMarkup = false
        private var lastLineInCapitals = false
        /// Whether the last line was in capitals and opened its paragraph: a headline, when text follows it directly.
        private var lastLineAloneInCapitals = false
        /// Whether the last line was a headline in Markdown bold ("**Суд арестовал пикетчицу**") that opened its paragraph.
        private var lastLineAloneInBold = false
        /// Whether the last line was a numbered post's day ("Update #4 · 16 Apr 2026") that opened its paragraph: the text
        /// below it, with no blank line between, is that post's.
        private var lastLineIsAPostsDay = false
        /// Whether the last line was a post's or an item's day on a line of its own ("24.02.2025 | Алматы"), and whether the
        /// line after it was the item's headline ("Төлеуову оштрафовали за одиночный пикет") with the item's text below.
        private var lastLineWasAStamp = false, lastLineIsAnItemsHeadline = false, lastLineIsAPressItemsHeadline = false
        /// The day of the last stamp.
        private var stampDay: PartialDate?
        /// Whether a line is a numbered post's label and its day alone: "Update #4 · 16 Apr 2026", "Entry 3 — 2 May 2025".
        static func isAPostsDay(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            guard line.count <= postsDayLength, line.first(where: { !isWhitespace($0) })?.properties.isUppercase == true,
                  line.contains(where: Tokenizer.isDigit) else { return false }
            let tokens = Tokenizer.tokens(line, base: 0)[...]
            let day = ParagraphReader.droppingADaysNumber(tokens)
            return day.count < tokens.count && day.contains(where: \.isNumber)
                && day.allSatisfy { $0.kind == .punctuation || $0.isNumber || DateRecognizer.month(of: $0) != nil || DateRecognizer.isWeekday($0) }
        }
        static let postsDayLength = 40
        /// Whether a line is a press review's item heading, the outlet in quotes and its headline in quotes: "«Жайык Инфо»:
        /// «Пикет закончился арестом»", "“Steppe Daily”: “Activist fined”". The item's text below tells what the headline does.
        static func isAPressItemsHeadline(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            let trimmed = line.drop { isWhitespace($0) }
            guard let first = trimmed.first, openingQuotes.contains(first), trimmed.count <= headingLength,
                  let end = trimmed.lastIndex(where: { !isWhitespace($0) }), closingQuotes.contains(trimmed[end]) else { return false }
            // The outlet's closing quote, a colon and the headline's opening quote.
            var i = trimmed.startIndex + 1
            while i + 2 < end {
                if closingQuotes.contains(trimmed[i]), trimmed[i + 1] == ":" {
                    var k = i + 2
                    while k < end, isWhitespace(trimmed[k]) { k += 1 }
                    return k < end && openingQuotes.contains(trimmed[k]) && k > i + 2
                }
                i += 1
            }
            return false
        }
        static let openingQuotes = Set("«“\"".unicodeScalars)
        private static let closingQuotes = Set("»”\"".unicodeScalars)
        /// Whether a line is wholly in Markdown bold: "**…**".
        static func inBold(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            let trimmed = line.drop { isWhitespace($0) }
            guard let end = trimmed.lastIndex(where: { !isWhitespace($0) }), end - trimmed.startIndex >= 5 else { return false }
            return trimmed.starts(with: "**".unicodeScalars) && trimmed[(end - 1)...end].elementsEqual("**".unicodeScalars)
        }
        /// How many capital letters a line needs to be a headline ("IN NUMBERS").
        static let headlineLetters = 6
        /// The page furniture inside the paragraph in the buffer, which its reader skips.
        private var skipped: [Range<Int>] = []
        /// The table whose rows are being read, if the last line with words was one of its rows.
        private var table: TableReader?
        /// The incidents of the paragraph read last, held back until the next is read, which may tell them again with more
        /// detail; that paragraph's text and the blank lines after it, for their passages to grow.
        private var pending: [ProposedIncident] = []
        private var previous: [Unicode.Scalar] = []
        private var previousStart = 0
        private var gap: [Unicode.Scalar] = []
        /// The incidents read last, held a while longer for a fuller telling of the same act to replace a summary of it.
        private var recent = Retellings()
        /// The language of the paragraph read last: a paragraph in the other one right after it may be its translation.
        private var previousScript: RussianWords.Script?
        /// Whether an incident read so far names someone by an initial alone ("гражданин С."), for a later paragraph to name.
        private var initialsToName = false
        /// The letters of those initials: a paragraph that tells no act is looked at for who they are only when it writes one.
        private var initialLetters: Set<Unicode.Scalar> = []
        /// How many initials' letters are remembered (an alphabet's worth).
        static let initialLettersLimit = 40
        /// Whether the paragraph after a news item's dateline may be the item's headline.
        private var headlineMayFollow = false
        /// Whether the paragraph just read was a table of contents' heading alone, its list to come.
        private var contentsFollow = false
        /// Whether the last line was a fact check's claim ("CLAIM 2: "…""), a paragraph of its own.
        private var lastLineWasAClaim = false
        /// How many ">" marks opened the last line of text: a mail's quoted message, or a message quoted in it.
        private var lastQuoteDepth = 0
        /// The day a news feed was updated, which its items' "Today, 10:42" counts from.
        private var feedDay: PartialDate?
        /// Whether the top of the text has been looked at for its first year (`YearAhead`).
        private var lookedAhead = false
        /// Whether a paragraph has been read yet.
        private var readAny = false
        /// How many posts a thread numbers "1/12 … 12/12", when its first line is "1/N": its numbers are no days.
        private var threadLength: Int?
        /// A paragraph longer than this is read in parts, so that memory stays bounded.
        private let paragraphLimit = 200_000

        public init(source: String) { self.source = source }

        /// Adds a line (with its line break, if any) starting at the given scalar offset; returns the
        /// incidents of any paragraph the line completes.
        public mutating func feed<S: Sequence<Unicode.Scalar>>(line: S, at offset: Int) -> [ProposedIncident] {
            let out = feed(line: ArraySlice(line), at: offset)
            return withoutLoneNames(out)
        }

        /// Adds a block of whole lines (the last may lack its line break) starting at the given scalar offset, with the page
        /// furniture (`PageFurniture`) the block's own lines show; returns the incidents of the paragraphs it completes.
        public mutating func feed(lines block: ArraySlice<Unicode.Scalar>, at offset: Int) -> [ProposedIncident] {
            var out: [ProposedIncident] = []
            if !lookedAhead {
                lookedAhead = true
                let top = YearAhead.top(of: block)
                russianContext.yearAhead = YearAhead.firstYear(in: top)
                context.slashesMonthFirst = SlashedDates.monthFirst(in: top)
            }
            var furniture = PageFurniture.lineStarts(in: block)[...]
            var lineStart = block.startIndex
            func feedLine(upTo end: Int) {
                // (Furniture starts come in order: the next one is the only one to look at.)
                while let next = furniture.first, next < lineStart { furniture.removeFirst() }
                out += feed(line: block[lineStart..<end], at: offset + lineStart - block.startIndex, furniture: furniture.first == lineStart)
            }
            for i in block.indices where block[i] == "\n" {
                feedLine(upTo: i + 1)
                lineStart = i + 1
            }
            if lineStart < block.endIndex { feedLine(upTo: block.endIndex) }
            return withoutLoneNames(out)
        }

        /// Adds a line given as scalars; see `feed(line:at:)`. A line of page furniture (`PageFurniture`) is skipped
        /// inside a paragraph, which reads on across it, and is a blank line between paragraphs.
        public mutating func feed(line scalars: ArraySlice<Unicode.Scalar>, at offset: Int, furniture: Bool = false) -> [ProposedIncident] {
            if furniture {
                if buffer.isEmpty {
                    bufferStart = offset + scalars.count
                    if gap.count < Session.gapLimit { gap += scalars }
                    sawBlankLine = true
                } else {
                    skipped.append(offset..<(offset + scalars.count))
                    buffer += scalars
                }
                return []
            }
            if Session.isImprint(scalars) || Session.isCitation(scalars) { return feed(line: scalars, at: offset, furniture: true) }
            // A feed's entry headed by its hour and a label ("08:52 · СРОЧНО", "11:15 | Aktobe", "09:40 · Updated"): a new entry, as
            // under an hour alone; the label only files it and is not read.
            if let label = Session.labelAfterAnHour(scalars) {
                let before = feed(line: scalars[..<label], at: offset)
                return before + feed(line: scalars[label...], at: offset + label - scalars.startIndex, furniture: true)
            }
            // A thread's post number alone on its line, "10/12": the post ends there, and the number is no 10 December.
            if let post = Session.postNumber(scalars) {
                if !readAny, buffer.isEmpty, post.number == 1 { threadLength = post.total }
                if post.total == threadLength { return feed(line: scalars, at: offset, furniture: true) }
            }
            var out: [ProposedIncident] = []
            let first = scalars.first { !Session.isWhitespace($0) }
            // The text's first line naming one body in «…» ("Тема: «Жаңа Қадам» | Еженедельная рассылка №46"): the body the
            // text speaks for, whose "наше движение" it is.
            if !readAny, first != nil, russianContext.ownBody == nil, scalars.contains("«"),
               case let names = RussianParagraphReader.quotedNames(in: Tokenizer.tokens(scalars, base: offset)[...]), names.count == 1 {
                russianContext.ownBody = names[0]
            }
            if let first, first == "[" || Tokenizer.isDigit(first), let message = ChatExport.message(scalars),
               let day = Session.stamp(message.stamp, year: russianContext.year ?? context.year) {
                out = flush()
                takeDay(day)
                // (The message's acts that give no day of their own are of its day, and its "this morning", "сегодня" is that day.)
                russianContext.headingDay = day
                russianContext.entryToday = day
                context.headingDate = day
                context.headingToday = day
                lineWasNoText(blankAfter: true)
                // (The sender named in full, "Бауыржан Кенжебеков: меня сегодня вызвали …", is whom the message's "меня" means.)
                let sender = Tokenizer.tokens(message.sender, base: 0)
                if let named = russianContext.persons.persons(in: sender[...], feminineHint: false).first, named.tokens.lowerBound == sender.startIndex,
                   named.name.contains(" ") {
                    russianContext.turnSpeaker = named.name
                }
                let before = settled(out)
                return before + feed(line: scalars[message.text...], at: offset + message.text - scalars.startIndex)
            }
            // A group chat's message header, its sender and time alone on a line ("Aidana_Oral [08:47]"): the message below is a
            // paragraph of its own, of the day the chat's separator gave, not of a day the message before told; the sender is who
            // tells, not whom an act befell.
            if first != nil, ChatExport.isSenderLine(scalars) {
                out = flush()
                if let day = russianContext.entryToday { russianContext.headingDay = day; russianContext.lastDay = day }
                if let day = context.headingDate { context.lastDay = day; context.lastDate = day }
                lineWasNoText(blankAfter: true)
                return settled(out)
            }
            // A transcript's speaker label ("ГОСТЬ (Нурланов): …"): the turn is a paragraph of its own, read from after the label.
            if let first, first.properties.isUppercase, let text = SpeakerLabel.textStart(scalars) {
                if SpeakerLabel.isCaption(scalars) { return feed(line: scalars, at: offset, furniture: true) }
                out = flush()
                // (A party named in the label, "ПОДСУДИМЫЙ ТЛЕУБАЕВ:", is whom the turn's "меня" means.)
                russianContext.turnSpeaker = SpeakerLabel.speaker(scalars).flatMap { russianContext.persons.knownName(surname: $0) }
                sawBlankLine = true
                let before = settled(out)
                return before + feed(line: scalars[text...], at: offset + text - scalars.startIndex)
            }
            // A note at the foot ("³⁴ Letter of the akimat of 29 April 2024.") dates the acts marked with it above.
            // (The text above it has been read by then: a blank line or a rule sets the notes off.)
            // (The note is read as text too: it may tell an act of its own, "⁴ She was detained again on 8 March 2024.")
            if let first, first == "[" || first.value > 127, let note = Footnotes.note(scalars) {
                let noteTokens = Tokenizer.tokens(note.text, base: 0)
                if let day = Footnotes.day(of: noteTokens) {
                    // (The last paragraph's acts wait in `pending`; those before, in `recent`.)
                    for i in pending.indices { Footnotes.date(&pending[i], marked: note.mark, with: day) }
                    recent.update { Footnotes.date(&$0, marked: note.mark, with: day) }
                }
                // ("[12] Постановление о начале досудебного расследования от 12.02.2024.": a paper cited, no act told.)
                if Footnotes.cites(noteTokens) { return feed(line: scalars, at: offset, furniture: true) }
            }
            // A rule drawn across the text ("------", "======") right below a line, as plain-text mail and annexes set off their
            // sections, ends the paragraph: a blank line. (Standing alone, as a Markdown file's "---", it is read as before.)
            let rule = first != nil && !buffer.isEmpty && !sawBlankLine && Session.isRule(scalars)
            // (A quoted line with nothing after its marks, ">", parts a mail's quoted paragraphs as a blank line does.)
            let quoteDepth = first == ">" ? Session.quoteDepth(scalars) : 0
            let blank = first == nil || rule || (quoteDepth > 0 && scalars.allSatisfy { $0 == ">" || Session.isWhitespace($0) })
            // A news item's dateline under its headline ("Today, 10:42", "URALSK, 15 March."): the item below it is of that day;
            // the headline above only announces what the item tells, and is not read.
            var dateline: PartialDate? = nil, headlined = false
            // ("AKTOBE, 22 APRIL | FOLLOW-UP: Blogger gets …": an alert's dateline before its headline, on one line.)
            let datelinePart = NewsItemDateline.beforeAHeadline(scalars) ?? scalars
            if !blank, datelinePart.count <= NewsItemDateline.maximumLength,
               case let today = feedDay ?? context.publicationDay ?? russianContext.publicationDay,
               let day = NewsItemDateline.day(of: datelinePart, year: today?.year ?? russianContext.year ?? context.year, today: today,
                                              underAHeadline: !sawBlankLine && NewsItemDateline.isHeadline(buffer)) {
                if feedDay == nil { feedDay = context.publicationDay ?? russianContext.publicationDay }
                if NewsItemDateline.isHeadline(buffer) {
                    buffer.removeAll(keepingCapacity: true)
                    skipped.removeAll()
                    headlined = true
                }
                dateline = day
                headlineMayFollow = true
            }
            // A post's stamp on a line of its own ("5 марта, 20:15", "March 5, 2025, 20:15"): the post below it is of that day,
            // and the post above it ends there.
            // (Not a table's row that opens with its day: "14.04.2025 | A | Kyzylorda | 405(2) | fine of 500 MCI".)
            // (So is a record's header line in a register or a changelog, "+ KZ-2026-0141 | Almaty | 11 Feb 2026 | detention", above
            // the lines that tell the record: they tell of that day.)
            let recordDay = blank ? nil : Session.recordHeader(scalars)
            if !blank, let day = dateline ?? Session.stamp(scalars, year: russianContext.year ?? context.year) ?? Session.digestHeader(scalars)
                ?? Session.releaseHeader(scalars) ?? recordDay, dateline != nil || recordDay != nil || table == nil || TableReader.cells(of: scalars, at: offset) == nil {
                out = flush()
                readAny = true
                // (A record's day is not when the text came out: the records of a register span years.)
                if recordDay == nil {
                    takeDay(day)
                } else {
                    context.lastDay = day
                    russianContext.lastDay = day
                    context.headingDate = day
                    context.headingIsARecord = true
                    context.headingToday = day
                }
                // (An item under its headline and day, "Streamer jailed after rally\n4 January 2025\nAlmaty\nPolice detained …",
                // is of that day where it gives none.)
                if headlined { context.headingDate = day }
                // (A record's lines below its header are its text, however short the first: no headline.)
                lastLineWasAStamp = recordDay == nil
                stampDay = day
                // (A new post: the day of the item before is not its own.)
                russianContext.headingDay = nil
                lineWasNoText(blankAfter: false)
                return settled(out)
            }
            // A ruling's header, its day and its town set apart ("17 марта 2026 года      город Алматы"), no table's row: it dates
            // the decisions below it (`RussianParagraphReader.rulingHeader`).
            // (Only a short line opening with a figure and holding a run of spaces is tokenized for it.)
            if !blank, scalars.count <= Session.rulingHeaderLength, let first, Tokenizer.isDigit(first) || first == "г", Session.holdsAGap(scalars),
               let header = RussianParagraphReader.rulingHeader(Tokenizer.tokens(scalars, base: offset)[...]) {
                out = flush()
                russianContext.takeRulingHeader(header)
                if russianContext.publicationDay == nil { russianContext.publicationDay = header.day }
                russianContext.year = header.day.year
                lineWasNoText(blankAfter: false)
                return recent.settle(out)
            }
            // A table's row ends the paragraph before it and is read on its own (in English or Russian).
            let semicolons = blank ? nil : TableReader.semicolonCells(of: scalars, at: offset, continuing: table?.bySemicolons == true)
            let commas = blank || semicolons != nil ? nil : TableReader.commaCells(of: scalars, at: offset, continuing: table?.byCommas == true)
            // (Not a news item's byline set apart by bars, its day and hour first, where no table has begun: "14.03.2025, 09:52 |
            // Уральск | Author | 4 518 просмотров".)
            if !blank, let cells = semicolons ?? commas ?? TableReader.cells(of: scalars, at: offset), case let script = Session.script(ofRow: scalars), script != .kazakh,
               table != nil || cells.first.map({ Session.stamp($0.scalars, year: nil) == nil }) ?? true {
                out = flush() + release()
                if table == nil { table = TableReader() }
                if semicolons != nil { table!.bySemicolons = true }
                if commas != nil { table!.byCommas = true }
                out += table!.read(cells, line: scalars, source: source, context: &context, russian: &russianContext, inRussian: script == .russian)
                lineWasNoText(blankAfter: false)
                return recent.settle(out)
            }
            if !blank { table = nil }
            let bullet = first.map { Session.isBullet($0, in: scalars) } ?? false
            // A short line standing alone before a capitalised line is a heading, not the start of a sentence.
            // (A line in capitals is a heading at any length: "FURTHER INFORMATION ON UA 44/26: … RELEASED, TWO REMAIN …".)
            // (So is one before a day set off by dashes or brackets, "——— 17 March 2025 ———", as a channel's export parts its days.)
            let afterHeading = sawBlankLine && (lastLineLength < Session.headingLength || lastLineWasMarkup || lastLineInCapitals)
                && (first.map { $0.properties.isUppercase || "[#*".unicodeScalars.contains($0) || Tokenizer.isDigit($0) || Session.openingQuotes.contains($0) } ?? false
                    || Session.opensWithASetOffDay(scalars))
            // The text's first line, alone before a blank line, is its title even when long and without a full stop.
            let afterTitle = !blank && !readAny && sawBlankLine && (first?.properties.isUppercase ?? false)
                && !(buffer.lastIndex { !Session.isWhitespace($0) }.map { buffer[..<$0].contains("\n") } ?? true)
            // A headline in capitals on the line just above its text, with no blank line between ("KOSTANAY ACTIVIST JAILED
            // FOR 10 DAYS\nOn Monday, …"), is a paragraph of its own.
            let belowAHeadline = !blank && (lastLineAloneInBold || lastLineIsAPostsDay || lastLineIsAnItemsHeadline || lastLineIsAPressItemsHeadline
                || (lastLineAloneInCapitals && (first.map { $0.properties.isUppercase || Tokenizer.isDigit($0) || Session.openingQuotes.contains($0) } ?? false)))
            // A live text's entry opens with its time alone on a line ("09:40"): a new entry, whatever came before.
            let clockLine = !blank && Session.isClockLine(scalars)
            // A wire's date line under its deck ("Friday, Nov. 14, 2025 | Wire desk | 8 min read"): the deck above, one line
            // summing up several stories between semicolons without a full stop, is not read; the stories tell it.
            if !blank, sawBlankLine, context.publicationDay == nil, context.sentenceNumber <= ParagraphReader.publicationReach,
               scalars.contains(where: { ParagraphReader.datelineSeparators.contains($0) }), let end = buffer.lastIndex(where: { !Session.isWhitespace($0) }),
               buffer[..<end].firstIndex(of: "\n") == nil, !endsSentence(buffer), scalars.count <= Session.headingLength,
               buffer.contains(";"), ParagraphReader.publicationDay(Tokenizer.tokens(scalars, base: 0)[...]) != nil {
                buffer.removeAll(keepingCapacity: true)
                skipped.removeAll()
            }
            // A fact check's claim is a paragraph of its own, however it ends: what was said, not what happened.
            let claim = !blank && Session.opensAClaim(scalars)
            let afterClaim = !blank && lastLineWasAClaim
            if !blank { lastLineWasAClaim = claim }
            // A line quoted more or less deeply than the one before ("> Confirmed." under ">> 3. Aktobe, 3 Feb: …") is another
            // writer's: a paragraph of its own.
            let quoteChanged = !blank && quoteDepth != lastQuoteDepth
            if !blank { lastQuoteDepth = quoteDepth }
            if !buffer.isEmpty, (blank && endsSentence(buffer)) || bullet || clockLine || afterHeading || afterTitle || belowAHeadline || claim || afterClaim || quoteChanged
                || buffer.count > paragraphLimit {
                out = flush()
            }
            // (A rule below a blank line ends what came before it, which may not have ended its sentence: "Read more: https://…".)
            if !blank, sawBlankLine, !buffer.isEmpty, Session.isRule(scalars) { out = flush() }
            // (A rule right above a line, "-----\n6. ZHANAOZEN: …", sets it off from what came before and is no part of it.)
            if !blank, !buffer.isEmpty, Session.isRule(buffer[...]) {
                buffer.removeAll(keepingCapacity: true)
                skipped.removeAll()
            }
            if buffer.isEmpty { bufferStart = offset }
            // (A rule's marks are skipped as page furniture is: its line keeps its place in the text, not in the words.)
            if rule, !buffer.isEmpty { skipped.append(offset..<(offset + scalars.count)) }
            if !(buffer.isEmpty && blank) { buffer += scalars } else {
                bufferStart = offset + scalars.count
                if gap.count < Session.gapLimit { gap += scalars }
            }
            let opensParagraph = !blank && buffer.count == scalars.count
            lastLineAloneInCapitals = opensParagraph && Session.inCapitals(scalars, letters: Session.headlineLetters)
            lastLineAloneInBold = opensParagraph && Session.inBold(scalars)
            lastLineIsAPostsDay = opensParagraph && Session.isAPostsDay(scalars)
            lastLineIsAPressItemsHeadline = opensParagraph && Session.isAPressItemsHeadline(scalars)
            // A headline on the line below an item's day, the item's text on the lines below it ("24.02.2025 | Алматы\nТөлеуову
            // оштрафовали за одиночный пикет\nСуд признал …"): a paragraph of its own, not read, and the item's undated acts
            // are of that day.
            lastLineIsAnItemsHeadline = false
            // (A headline is short and holds no sentence's stop: "Всех отпустили к вечеру, последних — около девяти. На троих …"
            // under a post's stamp is the post.)
            if !blank, lastLineWasAStamp, opensParagraph, let day = stampDay, scalars.count <= Session.headingLength,
               NewsItemDateline.isHeadline(Array(scalars)), !Session.holdsAStop(scalars) {
                lastLineIsAnItemsHeadline = true
                headlineMayFollow = true
                context.headingDate = day
                russianContext.headingDay = day
            }
            if !blank { lastLineWasAStamp = false }
            if blank {
                sawBlankLine = true
            } else {
                sawBlankLine = false
                lastLineLength = scalars.count
                lastLineWasMarkup = first.map { "[#".unicodeScalars.contains($0) } ?? false
                // (Only a long line needs it: a short one is a heading candidate anyway.)
                lastLineInCapitals = scalars.count >= Session.headingLength && Session.inCapitals(scalars)
            }
            return settled(out)
        }

        /// Reads what is left at the end of the document.
        public mutating func finish() -> [ProposedIncident] {
            // (Read to the end first: the names the last paragraphs wrote alone are among those left out.)
            let out = recent.settle(flush() + release()) + recent.drain()
            return withoutLoneNames(out)
        }

        /// Gives the incidents held back (the last paragraph's and those in `recent`) the full names the text has since given
        /// people it named by an initial or by the given name alone.
        private mutating func renameHeld(_ aliases: [String: String]) {
            guard !aliases.isEmpty else { return }
            pending = pending.map { $0.renamed(aliases) }
            recent.update { $0 = $0.renamed(aliases) }
        }

        /// The incidents leaving the reader less the given names written alone that never turned out to be anyone named in
        /// full: "Ерлан" by itself would be linked to whichever Ерлан an archive holds.
        private func withoutLoneNames(_ out: [ProposedIncident]) -> [ProposedIncident] {
            let lone = russianContext.persons.loneGivenNames
            guard !lone.isEmpty, !out.isEmpty else { return out }
            return out.map { incident in
                guard incident.persons.contains(where: lone.contains) else { return incident }
                var copy = incident
                copy.persons.removeAll(where: lone.contains)
                for name in lone { copy.occupations.removeValue(forKey: name) }
                return copy
            }
        }

        /// Hands over the incidents held back.
        private mutating func release() -> [ProposedIncident] {
            defer { pending.removeAll(); previous.removeAll(keepingCapacity: true); gap.removeAll() }
            return pending
        }

        /// Whether a line opens with a bullet: "•", a symbol such as "🔴" or "▶", or a Markdown "- " or "* ".
        static func isBullet(_ first: Unicode.Scalar, in line: ArraySlice<Unicode.Scalar>) -> Bool {
            if "•●▪◦■".unicodeScalars.contains(first) { return true }
            if first.value >= 0x2190, first.properties.generalCategory == .otherSymbol { return true }
            if first == "[" || Tokenizer.isDigit(first) { return opensWithATimestamp(line) || opensAThreadsPost(line) }
            guard "-*–—".unicodeScalars.contains(first), let at = line.firstIndex(of: first), at + 1 < line.endIndex else { return false }
            // (In Russian an em dash opens a turn of speech, not an entry: "— Вас задерживали?")
            if first == "—", RussianWords.script(of: line) != .latin { return false }
            return line[at + 1] == " "
        }

        /// How many ">" marks open a line, spaces between them allowed ("> > text" and ">> text" are both 2).
        static func quoteDepth(_ line: ArraySlice<Unicode.Scalar>) -> Int {
            var depth = 0
            for c in line {
                if c == ">" { depth += 1 } else if !isWhitespace(c) { break }
            }
            return depth
        }

        /// Whether a line opens with dashes or a bracket before a day's number: "——— 17 марта 2025 ———", "(17 March 2025)".
        static func opensWithASetOffDay(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            guard let at = line.firstIndex(where: { !isWhitespace($0) && !"-–—=~(".unicodeScalars.contains($0) }), at > line.startIndex,
                  !isWhitespace(line[line.startIndex]) else { return false }
            return Tokenizer.isDigit(line[at])
        }

        /// Whether a line opens with a fact check's label for a claim: "CLAIM 2:", "Claim:".
        static func opensAClaim(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            var i = line.startIndex
            while i < line.endIndex, isWhitespace(line[i]) { i += 1 }
            // (Compared letter by letter, without a string: this runs on every line.)
            let word = line[i...].prefix { Tokenizer.isLetter($0) }
            guard word.count == 5, word.first == "C", zip(word, "claim".unicodeScalars).allSatisfy({ $0.value | 0x20 == $1.value }) else { return false }
            i += word.count
            while i < line.endIndex, line[i] == " " || Tokenizer.isDigit(line[i]) { i += 1 }
            return i < line.endIndex && line[i] == ":"
        }

        /// The language a table's row is written in, not counting the names it quotes: a Russian table of Kazakh bodies
        /// ("ОФ «Құқық пен Қоғам» | Карагандинская обл. | приостановление") is read as Russian.
        static func script(ofRow line: ArraySlice<Unicode.Scalar>) -> RussianWords.Script {
            guard line.contains("«") else { return RussianWords.script(of: line) }
            var outside: [Unicode.Scalar] = []
            var depth = 0
            for c in line {
                if c == "«" { depth += 1 } else if c == "»" { depth = max(0, depth - 1) } else if depth == 0 { outside.append(c) }
            }
            return RussianWords.script(of: outside[...])
        }

        /// Whether a line is an entry of a list of references, as encyclopaedias and reports cite news: "4. ↑ Активисту
        /// вынесли предостережение // Батыс Хабар. — 2021. (Дата обращения: 12 апреля 2025)". Its headline is a source's
        /// title, told where the act is told in full. So is "8. ^ "Activist placed under house arrest in Oral"".
        static func isCitation(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            if line.prefix(12).contains("↑") { return true }
            // A forum's quoted reply, "> dana_k wrote: Yerlan was arrested at home": an earlier post's words, told there.
            if line.first == ">", let colon = line.prefix(replyLabelLength).firstIndex(of: ":"),
               case let label = String(String.UnicodeScalarView(line[line.startIndex..<colon])).lowercased(),
               replyVerbs.contains(where: { label.hasSuffix(" " + $0) }) { return true }
            // A cable's references to earlier cables, "REF: A) ASTANA 0211 B) 24 ASTANA 1987": numbers, no days.
            if line.first == "R", let colon = line.prefix(referenceLabelLength).firstIndex(of: ":"),
               referenceLabels.contains(String(String.UnicodeScalarView(line[line.startIndex..<colon]))) { return true }
            // An encyclopaedia's back-link caret after the entry's number: "8. ^ "Activist placed under house arrest in Oral"".
            if let caret = line.prefix(12).firstIndex(of: "^"), caret > line.startIndex,
               line[line.startIndex..<caret].allSatisfy({ Tokenizer.isDigit($0) || $0 == "." || $0 == " " }),
               line[line.startIndex..<caret].contains(where: Tokenizer.isDigit) { return true }
            guard line.contains("("), line.contains(":") else { return false }
            let text = String(String.UnicodeScalarView(line))
            return citationMarks.contains { text.contains($0) }
        }
        private static let citationMarks = ["Дата обращения:", "дата обращения:"]
        private static let referenceLabels: Set<String> = ["REF", "REFS"]
        private static let referenceLabelLength = 5

        /// The number a thread's post has on a line of its own, "3/12": the post and the thread's length.
        /// (Read from the scalars, without a string: every line is asked.)
        static func postNumber(_ line: ArraySlice<Unicode.Scalar>) -> (number: Int, total: Int)? {
            guard let first = line.firstIndex(where: { !isWhitespace($0) }), let last = line.lastIndex(where: { !isWhitespace($0) }),
                  last - first <= 4, let slash = line[first...last].firstIndex(of: "/") else { return nil }
            func value(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
                guard (1...2).contains(digits.count), digits.allSatisfy(Tokenizer.isDigit) else { return nil }
                return digits.reduce(0) { $0 * 10 + Int($1.value - 48) }
            }
            guard let number = value(line[first..<slash]), let total = value(line[(slash + 1)...last]), number >= 1, number <= total else { return nil }
            return (number, total)
        }

        /// Whether a line is a publisher's imprint, the town and year a report came out ("Almaty, 2025", "Алматы, 2025 г."):
        /// it tells neither where nor when anything happened, and is passed over as page furniture.
        static func isImprint(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            guard line.count <= imprintLength, line.contains(",") else { return false }
            let t = Tokenizer.tokens(line, base: 0)
            guard let comma = t.firstIndex(where: { $0.isMark(",") }), comma > 0, comma + 1 < t.count,
                  t[..<comma].allSatisfy({ $0.isWord && $0.isCapitalized || $0.isMark("-") }),
                  t[comma + 1].isNumber, t[comma + 1].text.count == 4, let year = Int(t[comma + 1].text), (1900...2099).contains(year),
                  t[(comma + 2)...].allSatisfy({ imprintYearWords.contains($0.lower) || $0.isMark(".") }) else { return false }
            let town = t[..<comma].map(\.text).joined(separator: t[..<comma].count > 1 && t[1].isMark("-") ? "" : " ")
            return Gazetteer.kazakhstan.place(named: town) != nil
        }
        private static let imprintLength = 40
        private static let imprintYearWords: Set<String> = ["г", "год", "года"]

        /// Whether a line is a rule drawn with one repeated mark: "-----", "=====", "_____", "─────" (three or more).
        static func isRule(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            guard let mark = line.first(where: { !isWhitespace($0) }), "-=_~─━═*".unicodeScalars.contains(mark) else { return false }
            var count = 0
            for c in line where !isWhitespace(c) {
                guard c == mark else { return false }
                count += 1
            }
            return count >= 3
        }

        /// Whether a line opens with a thread's post number, "6/14 Mon: …" (the sixth of fourteen).
        static func opensAThreadsPost(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            var i = line.startIndex
            while i < line.endIndex, isWhitespace(line[i]) { i += 1 }
            let first = line[i...].prefix { Tokenizer.isDigit($0) }
            i += first.count
            guard (1...2).contains(first.count), i < line.endIndex, line[i] == "/" else { return false }
            i += 1
            let second = line[i...].prefix { Tokenizer.isDigit($0) }
            i += second.count
            guard (1...2).contains(second.count), let n = Int(String(String.UnicodeScalarView(first))),
                  let of = Int(String(String.UnicodeScalarView(second))), n >= 1, n <= of, i < line.endIndex, line[i] == " " else { return false }
            return true
        }

        /// Whether a line opens with a time stamp and goes on: a show's chapter ("[22:20] Two days later …", "1:04:12 The
        /// verdict"), a live text's entry ("09:40 Police arrive").
        static func opensWithATimestamp(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            var i = line.startIndex
            while i < line.endIndex, isWhitespace(line[i]) { i += 1 }
            let bracketed = i < line.endIndex && line[i] == "["
            if bracketed { i += 1 }
            var groups = 0
            while groups < 3 {
                let digits = line[i...].prefix { Tokenizer.isDigit($0) }.count
                guard digits >= 1, digits <= 2, groups == 0 || digits == 2 else { return false }
                i += digits
                groups += 1
                guard i < line.endIndex, line[i] == ":" else { break }
                i += 1
            }
            guard groups >= 2 else { return false }
            if bracketed {
                guard i < line.endIndex, line[i] == "]" else { return false }
                i += 1
            }
            // Text after it on the same line.
            guard i < line.endIndex, isWhitespace(line[i]), line[i] != "\n" else { return false }
            return line[i...].contains { !isWhitespace($0) }
        }

        /// The day a paragraph of figures alone gives ("05.05.2025", "12.05.2025, 14:30"), if it gives one with its year.
        static func dateLine(_ scalars: [Unicode.Scalar]) -> PartialDate? {
            guard scalars.count <= Session.placeAndDateLength, scalars.contains(".") else { return nil }
            let lettered = scalars.contains(where: { $0.properties.isAlphabetic })
            guard lettered || scalars.count <= 40 else { return nil }
            let tokens = Tokenizer.tokens(scalars[...], base: 0)
            let dates = RussianDateRecognizer.dates(in: tokens[...], contextYear: nil)
            guard dates.count == 1, dates[0].kind == .explicit, !dates[0].yearInferred, let day = dates[0].date, day.precision == .day else { return nil }
            // (Or an official paper's head, its town and its day with the hour: "г. Уральск      14.03.2025 г., 13 ч. 40 мин.")
            if lettered {
                guard tokens.first?.lower == "г", tokens.count > 2, tokens[1].isMark("."), !RussianPlaceRecognizer.places(in: tokens[...2]).isEmpty,
                      tokens[3...].indices.allSatisfy({ k in dates[0].tokens.contains(k) || !tokens[k].isWord || Session.clockWords.contains(tokens[k].lower) })
                else { return nil }
            }
            return day
        }
        /// How long a paper's head of town and day may be ("г. Уральск", spaces, "14.03.2025 г., 13 ч. 40 мин.").
        static let placeAndDateLength = 90
        /// The words of a day's hour in a paper's head: "г.", "13 ч. 40 мин.".
        static let clockWords: Set<String> = ["г", "ч", "час", "мин"]

        /// The day of a post's stamp: a line of a date with its day and a clock time, and nothing else ("3 марта, 19:47",
        /// "3 марта 2025, 09:12", "12 March 2025, 14:05"). A year it lacks is the one being told.
        static func stamp(_ line: ArraySlice<Unicode.Scalar>, year: Int?) -> PartialDate? {
            guard line.count <= postHeaderLength, line.contains(":") else { return nil }
            // (A line longer than a stamp is only looked at when it ends on its hour, as a post's header does: most lines a
            // PDF wraps are that long.)
            if line.count > stampLength, !Session.endsOnAnHour(line) { return nil }
            let tokens = Tokenizer.tokens(line, base: 0)
            guard let clock = tokens.indices.first(where: { k in
                k + 2 < tokens.count && tokens[k].isNumber && tokens[k].text.count <= 2 && tokens[k + 1].isMark(":")
                    && tokens[k + 2].isNumber && tokens[k + 2].text.count == 2
            }), tokens[(clock + 3)...].allSatisfy({ $0.kind == .punctuation }) else { return nil }
            var date = tokens[..<clock]
            // A forum post's header, its number and its author before the word that gives its day: "#2  steppe_fox  |  Posted
            // 07.02.2026, 11:52".
            if let posted = date.lastIndex(where: { Session.postedWords.contains($0.lower) }) {
                date = date[(posted + 1)...]
            } else if line.count > stampLength {
                return nil
            }
            // (In figures, the day needs its year: "[01.04.2025 10:15]", as a channel's export stamps each post.)
            let inFigures = !date.contains(where: \.isWord)
            let russian = RussianWords.script(of: line) == .russian
            // (Slashes too, as Android exports stamp a message: "12/03/2025, 10:58 - Birge Alerts: …".)
            let found: [DateMention]
            if inFigures {
                let dotted = RussianDateRecognizer.dates(in: date, contextYear: nil)
                found = dotted.isEmpty ? DateRecognizer.dates(in: date, contextYear: nil) : dotted
            } else {
                found = russian ? RussianDateRecognizer.dates(in: date, contextYear: year) : DateRecognizer.dates(in: date, contextYear: year)
            }
            guard found.count == 1, found[0].kind == .explicit, let day = found[0].date, day.precision == .day, !(inFigures && found[0].yearInferred),
                  date.indices.allSatisfy({ !date[$0].isWord || found[0].tokens.contains($0) || Session.yearWords.contains(date[$0].lower) })
            else { return nil }
            return day
        }
        private static let yearWords: Set<String> = ["года", "год", "г"]
        /// Whether a line ends on an hour in figures, "11:52", spaces after it aside.
        static func endsOnAnHour(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            var end = line.endIndex
            while end > line.startIndex, isWhitespace(line[end - 1]) { end -= 1 }
            guard end - line.startIndex >= 5 else { return false }
            let tail = line[(end - 5)..<end]
            return tail[tail.startIndex + 2] == ":" && [0, 1, 3, 4].allSatisfy { Tokenizer.isDigit(tail[tail.startIndex + $0]) }
        }
        /// How far into a quoted reply its label's colon stands, and the verbs that end the label ("> dana_k wrote:").
        private static let replyLabelLength = 48
        private static let replyVerbs = ["wrote", "said", "написал", "написала", "пишет"]
        /// The longest line a post's stamp may be, and one that names its author first.
        private static let stampLength = 48, postHeaderLength = 80
        /// Words a forum post's header gives its day after.
        private static let postedWords: Set<String> = ["posted", "опубликовано", "написано", "отправлено"]

        /// The day of a numbered digest's header on a line of its own ("📌 Дайджест №45, 12 марта 2024", "Digest No. 14, 3 May
        /// 2025"): a short line with a number sign and one day with its year.
        static func digestHeader(_ line: ArraySlice<Unicode.Scalar>) -> PartialDate? {
            guard line.count <= 60, line.contains("№") || Session.containsNo(line) else { return nil }
            let tokens = Tokenizer.tokens(line, base: 0)
            // (Not a letter's line on the request it answers, "На вх. № ЗТ-2026-00514 от 02.02.2026 г.": not the day it was written.)
            guard tokens.filter(\.isWord).count <= 6, !RussianParagraphReader.isAnIncomingNumber(tokens[...]) else { return nil }
            let russian = RussianWords.script(of: line) == .russian
            let found = (russian ? RussianDateRecognizer.dates(in: tokens[...], contextYear: nil) : DateRecognizer.dates(in: tokens[...], contextYear: nil))
                .filter { $0.kind == .explicit && !$0.yearInferred && $0.date?.precision == .day }
            guard found.count == 1, let day = found[0].date, RussianEventRecognizer.events(in: tokens[...], sanctions: []).isEmpty,
                  EventRecognizer.events(in: tokens[...]).isEmpty else { return nil }
            return day
        }
        /// The day a press release's header line opens with, before the name of who issued it ("16.01.2025 | Пресс-служба
        /// прокуратуры", "3 March 2025 | Press office"): a day with its year first, then a bar or a middle dot, and no act.
        static func releaseHeader(_ line: ArraySlice<Unicode.Scalar>) -> PartialDate? {
            guard line.count <= releaseHeaderLength, let first = line.first(where: { !isWhitespace($0) }), Tokenizer.isDigit(first),
                  line.contains(where: { ParagraphReader.datelineSeparators.contains($0) }) else { return nil }
            let tokens = Tokenizer.tokens(line, base: 0)
            let russian = RussianWords.script(of: line) == .russian
            let found = russian ? RussianDateRecognizer.dates(in: tokens[...], contextYear: nil) : DateRecognizer.dates(in: tokens[...], contextYear: nil)
            guard let date = found.first, date.kind == .explicit, !date.yearInferred, let day = date.date, day.precision == .day,
                  date.tokens.lowerBound == 0, date.tokens.upperBound + 1 < tokens.count,
                  ParagraphReader.datelineSeparators.contains(tokens[date.tokens.upperBound + 1].first),
                  RussianEventRecognizer.events(in: tokens[...], sanctions: []).isEmpty, EventRecognizer.events(in: tokens[...]).isEmpty
            else { return nil }
            return day
        }
        private static let releaseHeaderLength = 100

        /// The day of a record's header in a register or a changelog: a line of three or more short cells between bars, led
        /// by a bullet or a record's number, one cell a day with its year ("+ KZ-2026-0141 | Almaty | 11 Feb 2026 | detention",
        /// "* 117 | Oral | 03.03.2025 | fine").
        static func recordHeader(_ line: ArraySlice<Unicode.Scalar>) -> PartialDate? {
            guard line.count <= releaseHeaderLength, line.contains("|") else { return nil }
            var cells = line.split(separator: "|").map { $0.filter { !isWhitespace($0) || $0 == " " } }
            guard cells.count >= recordCells, var first = cells.first?.drop(while: { $0 == " " }) else { return nil }
            if let mark = first.first, recordBullets.contains(mark), first.dropFirst().first == " " {
                first = first.dropFirst(2)
            } else {
                // (A record's number: letters and figures in one word, "KZ-2026-0141". Not a day: "14.04.2025 | A | Kyzylorda |
                // 405(2) | fine of 500 MCI" is a table's row, its act in its cells.)
                let number = first.split(separator: " ")
                guard number.count == 1, first.contains(where: Tokenizer.isDigit), first.contains(where: { $0.properties.isAlphabetic }) else { return nil }
            }
            cells[0] = Array(first)
            guard cells.allSatisfy({ $0.split(separator: " ").count <= recordCellWords }) else { return nil }
            let days = cells.compactMap { cell -> PartialDate? in
                let tokens = Tokenizer.tokens(cell[...], base: 0)
                let russian = RussianWords.script(of: cell[...]) == .russian
                let found = russian ? RussianDateRecognizer.dates(in: tokens[...], contextYear: nil) : DateRecognizer.dates(in: tokens[...], contextYear: nil)
                guard found.count == 1, found[0].kind == .explicit, !found[0].yearInferred, let day = found[0].date, day.precision == .day,
                      tokens.indices.allSatisfy({ found[0].tokens.contains($0) || !tokens[$0].isWord }) else { return nil }
                return day
            }
            return days.count == 1 ? days[0] : nil
        }
        private static let recordCells = 3, recordCellWords = 5
        private static let recordBullets: Set<Unicode.Scalar> = ["+", "*", "-", "•", "~"]

        /// Whether a line holds "No." as a number sign.
        private static func containsNo(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            line.indices.dropLast(2).contains { line[$0] == "N" && line[$0 + 1] == "o" && line[$0 + 2] == "." }
        }

        /// Whether a line holds a clock time and nothing else: "09:40", "14:35".
        static func isClockLine(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            // (Most lines are long: they are passed over without a look at their scalars.)
            guard line.count <= 12 else { return false }
            let trimmed = line.filter { !isWhitespace($0) }
            guard trimmed.count == 4 || trimmed.count == 5, let colon = trimmed.firstIndex(of: ":") else { return false }
            let hours = trimmed[..<colon], minutes = trimmed[(colon + 1)...]
            return !hours.isEmpty && hours.count <= 2 && minutes.count == 2 && (hours + minutes).allSatisfy(Tokenizer.isDigit)
        }

        /// Where the label of a line that holds an hour, a separator and a short label (and nothing else) begins: at the
        /// separator of "08:52 · СРОЧНО", "11:15 | Aktobe", "09:40 • Updated". A label is a few words without a sentence's marks.
        static func labelAfterAnHour(_ line: ArraySlice<Unicode.Scalar>) -> Int? {
            guard line.count <= labelledHourLength, let start = line.firstIndex(where: { !isWhitespace($0) }), Tokenizer.isDigit(line[start]),
                  let separator = line.firstIndex(where: { ParagraphReader.datelineSeparators.contains($0) }), separator > start,
                  isClockLine(line[start..<separator]) else { return nil }
            let label = line[(separator + 1)...].filter { !isWhitespace($0) || $0 == " " }
            let words = label.split(separator: " ")
            guard !words.isEmpty, words.count <= labelWords, label.contains(where: { $0.properties.isAlphabetic }),
                  !label.contains(where: { ".!?,;:«»\"()".unicodeScalars.contains($0) }) else { return nil }
            return separator
        }
        /// How long a line of an hour and its label may be, and how many words the label may hold.
        static let labelledHourLength = 40, labelWords = 3

        /// How many blank scalars between two paragraphs are kept for a passage to span them.
        static let gapLimit = 4_096
        /// The longest line (in scalars) that may be a ruling's header of its day and town, set apart by spaces.
        static let rulingHeaderLength = 160
        /// Whether a line holds a run of spaces as wide as a ruling header's gap (`RussianParagraphReader.headerGap`).
        static func holdsAGap(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
            var run = 0
            for c in scalars {
                run = c == " " ? run + 1 : 0
                if run >= RussianParagraphReader.headerGap { return true }
            }
            return false
        }
        /// How long a line standing alone may be to read as a heading.
        static let headingLength = 80
        /// The longest paragraph that may be an update's heading with its hour ("UPD 17:45"), and the letters it opens with.
        static let updateHeadingLength = 32
        static let updateInitials: Set<Unicode.Scalar> = ["U", "u", "О", "о", "Д", "д", "А", "а"]
        /// How long an item's source in brackets after its last sentence may be: "(Көкжиек.kz)", "(Reuters, Tengrinews)".
        static let sourceTagLength = 40

        /// Whether a line's letters are all capitals (at least `letters` of them, ten unless said).
        static func inCapitals(_ scalars: ArraySlice<Unicode.Scalar>, letters minimum: Int = 10) -> Bool {
            var letters = 0
            for c in scalars {
                if c.value < 128 {
                    if c.value >= 97 && c.value <= 122 { return false }
                    if c.value >= 65 && c.value <= 90 { letters += 1 }
                } else if c.properties.isLowercase {
                    return false
                } else if c.properties.isAlphabetic {
                    letters += 1
                }
            }
            return letters >= minimum
        }

        /// Whether a line holds a sentence's stop before a space: "… около девяти. На троих …".
        static func holdsAStop(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
            zip(line, line.dropFirst()).contains { ".!?".unicodeScalars.contains($0) && $1 == " " }
        }

        private func endsSentence(_ scalars: [Unicode.Scalar]) -> Bool {
            guard var i = scalars.lastIndex(where: { !Session.isWhitespace($0) }) else { return true }
            // A footnote's mark after the stop ("… seized.[4]") ends the sentence it follows; so do several, and an editor's
            // note in brackets as an encyclopedia prints it ("… fined.[8][citation needed]").
            while scalars[i] == "]", let open = Footnotes.glued(before: i, in: scalars) { i = open - 1 }
            // So does Markdown's emphasis closing after it ("… Almaty, February 2026.*", "… released.**").
            while i > 0, scalars[i] == "*" || scalars[i] == "_" { i -= 1 }
            // So do a post's emoji after its stop ("… В снег. 🙃").
            while i > 0, scalars[i].value > 0x2000, scalars[i].properties.isEmoji || scalars[i].value == 0xFE0F { i -= 1 }
            while i > 0, Session.isWhitespace(scalars[i]) { i -= 1 }
            // A post's tags close it, "… фигуранты. #Казахстан #KZ", with or without a stop before them.
            if let hash = scalars[max(0, i - Session.tagLength)...i].lastIndex(of: "#"), hash == 0 || Session.isWhitespace(scalars[hash - 1]),
               hash < i, scalars[(hash + 1)...i].allSatisfy({ $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" }) {
                return true
            }
            // So does an item's source in brackets after its last sentence ("… 28 марта. (Көкжиек.kz)", "… square. (Reuters)"),
            // when the bracket holds no full stop of its own before its close.
            // (Looked for among the last scalars only: a paragraph may be long.)
            // (Or in square brackets: "… they will appeal. [Qogham Watch, Dala Times]".)
            if scalars[i] == ")" || scalars[i] == "]", let open = scalars[max(0, i - Session.sourceTagLength)..<i].lastIndex(of: scalars[i] == ")" ? "(" : "["), open > 0 {
                var j = open - 1
                while j > 0, Session.isWhitespace(scalars[j]) { j -= 1 }
                if j < open - 1, ".!?”\"»".unicodeScalars.contains(scalars[j]) { return true }
            }
            return ".!?”\"»".unicodeScalars.contains(scalars[i])
        }

        /// How long a post's tag may be, "#свободуАйгерим".
        static let tagLength = 40

        /// Unicode white space, with ASCII decided without a property lookup.
        @inline(__always) static func isWhitespace(_ c: Unicode.Scalar) -> Bool {
            c.value < 128 ? (c.value == 32 || (c.value >= 9 && c.value <= 13)) : c.properties.isWhitespace
        }

        /// A post's or a message's day: the day written on, told last and of the year being told, in both languages.
        private mutating func takeDay(_ day: PartialDate) {
            russianContext.publicationDay = day
            russianContext.year = day.year
            russianContext.lastDay = day
            context.publicationDay = day
            context.year = day.year
            context.lastDay = day
        }

        /// After a line read on its own (a message's header, a post's stamp, a table's row): nothing of it makes the next
        /// line a heading's text; `blankAfter` when the next line opens a paragraph as after a blank line.
        private mutating func lineWasNoText(blankAfter: Bool) {
            sawBlankLine = blankAfter
            lastLineLength = Int.max
            lastLineWasMarkup = false
            lastLineInCapitals = false
        }

        /// The incidents of the paragraphs a line ended, settled with those read just before (`Retellings`).
        private mutating func settled(_ out: [ProposedIncident]) -> [ProposedIncident] {
            out.isEmpty && recent.isEmpty ? out : recent.settle(out)
        }

        /// Reads the paragraph in the buffer; returns the incidents of the paragraph before it, with what this one told again
        /// of them.
        private mutating func flush() -> [ProposedIncident] {
            defer { buffer.removeAll(keepingCapacity: true); skipped.removeAll() }
            guard !buffer.isEmpty else { return [] }
            // A forwarded message's header, "Переслано из «Ақтөбе Тілші» (04.03.2025)" (in any script): who "мы" below is, and
            // the message's day.
            if buffer.count <= Session.headingLength, let first = buffer.first(where: { !Session.isWhitespace($0) }), first == "П" || first == "п",
               let forward = RussianParagraphReader.forward(Tokenizer.tokens(buffer[...], base: 0)[...]) {
                if let channel = forward.channel { russianContext.recentOrganizations = (russianContext.sentenceNumber, [channel]) }
                if let day = forward.day {
                    russianContext.publicationDay = day
                    russianContext.lastDay = day
                }
                headlineMayFollow = false
                return []
            }
            // The headline just below an item's dateline ("05.02.2024\nVerdict in the case of …"): the item tells it.
            if headlineMayFollow {
                headlineMayFollow = false
                if NewsItemDateline.isHeadline(buffer) { return [] }
            }
            // A press review's item heading ("«Outlet»: «Headline»"): its text below tells it.
            if Session.isAPressItemsHeadline(buffer[...]) { return [] }
            readAny = true
            // A table of contents lists in headline words what the text tells below.
            let contents = TableOfContents.opens(buffer), listFollows = contentsFollow
            contentsFollow = contents && TableOfContents.isOneLine(buffer)
            if contentsFollow || (listFollows || contents) && TableOfContents.isList(buffer, dropping: listFollows ? 0 : 1) { return [] }
            // A line of a date alone in figures ("05.05.2025", "12.05.2025 14:30"), as a channel heads each post: the day
            // its "today" and "yesterday" count from, in either language.
            if let day = Session.dateLine(buffer) {
                russianContext.publicationDay = day
                russianContext.year = day.year
                // (A paper's head, "г. Уральск   14.03.2025 г.": the acts it records are of that day.)
                if buffer.contains(where: { $0.properties.isAlphabetic }) {
                    russianContext.headingDay = day
                    russianContext.lastDay = day
                }
                context.publicationDay = day
                context.year = day.year
            }
            // An update headed by its hour alone ("UPD 17:45", "Обновление, 19:30"), in either language: what it tells is of the
            // day the text came out.
            if buffer.count <= Session.updateHeadingLength, let first = buffer.first(where: { !Session.isWhitespace($0) }),
               Session.updateInitials.contains(first), ParagraphReader.headsAnUpdateOfTheDay(Tokenizer.tokens(buffer[...], base: 0)[...]) {
                if let day = russianContext.publicationDay {
                    russianContext.headingDay = day
                    russianContext.lastDay = day
                    russianContext.entryToday = day
                }
                if let day = context.publicationDay {
                    context.sectionDay = day
                    context.entryDay = day
                    context.headingToday = day
                }
                return []
            }
            var fresh: [ProposedIncident]
            let script = RussianWords.script(of: buffer[...])
            defer { previousScript = script }
            switch script {
            case .latin:
                var paragraph = ParagraphReader(source: source, scalars: buffer, start: bufferStart, skipped: skipped)
                fresh = paragraph.read(context: &context)
            case .russian:
                var paragraph = RussianParagraphReader(source: source, scalars: buffer, start: bufferStart, skipped: skipped)
                fresh = paragraph.read(context: &russianContext)
            case .kazakh:
                // Kazakh is not read: its paragraphs are left for coding by hand.
                fresh = []
            }
            for i in fresh.indices { fresh[i].legalProvisions = ProposedIncident.withoutBareRepeats(fresh[i].legalProvisions) }
            // A bilingual text gives each paragraph again in the other language: the acts of the one just before, of the same
            // kind and day, are told once.
            if let previousScript, previousScript != script, !pending.isEmpty {
                fresh.removeAll { incident in
                    incident.date != nil && pending.contains { $0.eventType == incident.eventType && $0.date == incident.date }
                }
            }
            // "Полиция пишет о «гражданах С., Н. и Ж.» … задержаны Бауыржан Сейтказиев, …": the acts told of the initials
            // before get the names.
            if initialsToName, !fresh.isEmpty || NamedInitials.writesAnInitial(of: initialLetters, in: buffer[...]) {
                let aliases = NamedInitials.aliases(fresh: fresh, earlier: recent.incidents + pending, paragraph: Tokenizer.string(buffer[...]))
                renameHeld(aliases)
            }
            // "Сегодня Ерлана забрали … Ерлана Сагинбаева признали политзаключённым": a given name written alone was the person
            // the text names in full later.
            if !russianContext.persons.loneGivenNames.isEmpty {
                var aliases: [String: String] = [:]
                for given in russianContext.persons.loneGivenNames {
                    if let full = russianContext.persons.fullName(ofLone: given) { aliases[given] = full }
                }
                if !aliases.isEmpty {
                    fresh = fresh.map { $0.renamed(aliases) }
                    renameHeld(aliases)
                    for given in aliases.keys { russianContext.persons.forget(lone: given) }
                }
            }
            for name in fresh.lazy.flatMap(\.persons) where NamedInitials.isInitial(name) {
                initialsToName = true
                if let letter = name.unicodeScalars.first, initialLetters.count < Session.initialLettersLimit { initialLetters.insert(letter) }
            }
            if !pending.isEmpty, previousStart + previous.count + gap.count == bufferStart {
                // The text from the paragraph before to the end of this one, for the passages that grow into it.
                lazy var text = previous + gap + buffer
                for retold in context.retold {
                    guard let i = pending.lastIndex(where: { $0.eventType == retold.eventType && Set($0.persons) == Set(retold.persons) }) else { continue }
                    pending[i].merge(retold, scalars: text, base: previousStart)
                    pending[i].confidence = ParagraphReader.confidence(of: pending[i])
                }
                // A news story's lead counts the people ("Two activists … were fined on Wednesday"); the paragraph after it
                // names them for the same act, without the day: one act.
                if let first = fresh.first, first.date == nil, !first.persons.isEmpty,
                   let i = pending.indices.first(where: { pending[$0].eventType == first.eventType && pending[$0].persons.isEmpty && pending[$0].date != nil
                       && ParagraphReader.headcount(pending[$0].quote) == first.persons.count }) {
                    pending[i].merge(first, scalars: text, base: previousStart)
                    pending[i].confidence = ParagraphReader.confidence(of: pending[i])
                    fresh.removeFirst()
                }
            }
            context.retold.removeAll()
            let out = pending
            pending = fresh
            swap(&previous, &buffer)
            previousStart = bufferStart
            gap.removeAll(keepingCapacity: true)
            return out
        }
    }
}
