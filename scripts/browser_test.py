#!/usr/bin/env python3
"""Browser tests for the Kuzet web application, in real headless Chromium.

Scenarios: sign in, search and filter, open an incident, review an imported report, use the
assembly planner, and check that an anonymous visitor cannot reach a confidential record.
Screenshots of the main pages go to --screenshots. Exits non-zero on the first failed check.
"""
import argparse
import json
import os
import re
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.support.ui import Select, WebDriverWait

failures = []


def check(condition, message):
    print(("ok   " if condition else "FAIL ") + message)
    if not condition:
        failures.append(message)


def browser():
    options = webdriver.ChromeOptions()
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1360,1000", "--lang=en-GB"]:
        options.add_argument(flag)
    if os.path.exists("/usr/bin/chromium"):
        options.binary_location = "/usr/bin/chromium"
    service = Service("/usr/bin/chromedriver") if os.path.exists("/usr/bin/chromedriver") else Service()
    return webdriver.Chrome(options=options, service=service)


class Session:
    def __init__(self, base, shots):
        self.base, self.shots, self.driver = base, shots, browser()

    def open(self, path):
        self.driver.get(self.base + path)
        return self.driver

    def shot(self, name):
        # Full-page height so long tables are captured.
        height = self.driver.execute_script("return document.body.scrollHeight")
        self.driver.set_window_size(1360, min(max(height + 40, 800), 4000))
        self.driver.save_screenshot(os.path.join(self.shots, name + ".png"))
        self.driver.set_window_size(1360, 1000)

    def upload(self, path, shot=None):
        """Sends a file through the import form and waits for the answer."""
        d = self.open("/import")
        d.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(os.path.abspath(path))
        if shot:
            self.shot(shot)
        self.follow(d.find_element(By.CSS_SELECTOR, "form.import button[type=submit]"))
        return d

    def text(self):
        # A page still loading after a click can swap its body under us: read again.
        for _ in range(20):
            try:
                return self.driver.find_element(By.TAG_NAME, "body").text
            except StaleElementReferenceException:
                time.sleep(0.1)
        return self.driver.find_element(By.TAG_NAME, "body").text

    def follow(self, element, how="click"):
        """Clicks (or submits) and waits until the browser has left the current page."""
        page = self.driver.find_element(By.TAG_NAME, "html")
        getattr(element, how)()

        def left(_driver):
            # Stale once the next page is in; mid-swap Chromium may instead answer that the node
            # "does not belong to the document", which means the same.
            try:
                page.is_enabled()
                return False
            except WebDriverException:
                return True

        WebDriverWait(self.driver, 15).until(left)
        WebDriverWait(self.driver, 15).until(lambda d: d.execute_script("return document.readyState") == "complete")

    def json(self, path):
        self.open(path)
        return json.loads(self.driver.find_element(By.TAG_NAME, "body").text)

    def sign_in(self, user, password):
        self.open("/login")
        self.driver.find_element(By.ID, "name").send_keys(user)
        self.driver.find_element(By.ID, "password").send_keys(password)
        self.follow(self.driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]"))

    def close(self):
        self.driver.quit()


def fill(form, values):
    """Types each value into the form's field of that name, replacing what it held."""
    for name, value in values:
        field = form.find_element(By.NAME, name)
        field.clear()
        field.send_keys(value)


def write_workbook(path, rows):
    """A minimal Excel workbook: text as inline strings, numbers in the first column as date cells (Excel's serial
    days, built-in format 14), the way Excel itself stores dates."""
    import zipfile
    from xml.sax.saxutils import escape
    def cell(ref, value):
        if isinstance(value, (int, float)):
            return f'<c r="{ref}" s="1"><v>{value}</v></c>'
        return f'<c r="{ref}" t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    sheet_rows = "".join(
        f'<row r="{r + 1}">' + "".join(cell(chr(65 + c) + str(r + 1), v) for c, v in enumerate(row)) + "</row>"
        for r, row in enumerate(rows))
    main = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rels = 'xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", f'<workbook {main} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                                      '<sheets><sheet name="Log" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", f'<Relationships {rels}><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/styles.xml", f'<styleSheet {main}><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs></styleSheet>')
        z.writestr("xl/worksheets/sheet1.xml", f'<worksheet {main}><sheetData>{sheet_rows}</sheetData></worksheet>')


def totp(secret, steps_ahead=0):
    """The six-digit RFC 6238 code an authenticator app shows for a base32 key, `steps_ahead` periods from now."""
    import base64, hashlib, hmac, struct
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    counter = struct.pack(">Q", int(time.time()) // 30 + steps_ahead)
    mac = hmac.new(key, counter, hashlib.sha1).digest()
    offset = mac[-1] & 0x0F
    return "%06d" % ((struct.unpack(">I", mac[offset:offset + 4])[0] & 0x7FFFFFFF) % 1_000_000)


def small_png():
    """A 48×32 PNG with a two-colour band, written without an image library."""
    import struct, zlib
    width, height = 48, 32
    rows = b"".join(b"\x00" + b"".join(bytes((40, 90, 160)) if y < 12 else bytes((230, 225, 210)) for _ in range(width)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b""))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--password", required=True)
    ap.add_argument("--screenshots", required=True)
    ap.add_argument("--report", help="a report to import (text, HTML or PDF)")
    args = ap.parse_args()
    os.makedirs(args.screenshots, exist_ok=True)

    visitor = Session(args.base, args.screenshots)
    visitor.open("/incidents")
    check("Incidents" in visitor.driver.title, "a visitor sees the incident list")
    visitor.shot("01-incidents-anonymous")
    downloads = visitor.driver.find_elements(By.CSS_SELECTOR, "p.downloads a[download]")
    check(len(downloads) == 4, "the incident list offers its downloads (CSV, Excel, GeoJSON, ACLED)")
    feeds = visitor.driver.find_elements(By.CSS_SELECTOR, "p.downloads a[type='application/atom+xml']")
    check(len(feeds) == 1 and "/incidents/feed" in feeds[0].get_attribute("href"), "the incident list offers the Atom feed of its search")
    if downloads:
        with urllib.request.urlopen(downloads[0].get_attribute("href")) as response:
            first_line = response.read().decode("utf-8").split("\r\n")[0]
        check(first_line.startswith("id,date,date_precision,event_type"), "a visitor downloads the list as CSV")
    if feeds:
        with urllib.request.urlopen(feeds[0].get_attribute("href")) as response:
            feed = response.read().decode("utf-8")
        check('<feed xmlns="http://www.w3.org/2005/Atom">' in feed and "<entry>" in feed, "a visitor reads the list's Atom feed")

    admin = Session(args.base, args.screenshots)
    admin.sign_in(args.user, "wrong password here")
    check("wrong" in admin.text(), "a wrong password is refused with a message")
    admin.sign_in(args.user, args.password)
    check("Sign out" in admin.text(), "signing in with the demo administrator works")

    # Search and filter.
    d = admin.open("/incidents")
    total_before = d.find_element(By.CSS_SELECTOR, "h1 .count").text
    admin.shot("02-incidents")
    facet_links = d.find_elements(By.CSS_SELECTOR, ".facets a")
    if facet_links:
        admin.follow(facet_links[0])
        check("Filters:" in admin.text(), "clicking a facet filters the list")
        admin.shot("03-incidents-filtered")
    box = admin.open("/incidents").find_element(By.NAME, "q")
    rows = d.find_elements(By.CSS_SELECTOR, "table.data tbody tr td:nth-child(3) a")
    word = rows[0].text.split()[0] if rows else "fine"
    box.send_keys(word)
    admin.follow(box, "submit")
    count_after = d.find_element(By.CSS_SELECTOR, "h1 .count").text
    check(int(count_after) >= 1, f"searching for '{word}' finds incidents ({count_after} of {total_before})")

    # Open an incident.
    first = d.find_elements(By.CSS_SELECTOR, "table.data tbody tr td:nth-child(3) a")
    check(len(first) > 0, "the search result links to incidents")
    if first:
        admin.follow(first[0])
        check(len(d.find_elements(By.CSS_SELECTOR, "dl.facts")) == 1, "the incident page shows its facts")
        admin.shot("04-incident")

    # The legal check of a demo conviction under three articles of the Criminal Code.
    d = visitor.open("/incidents/inc-002-57")
    check(len(d.find_elements(By.CSS_SELECTOR, "section.legal-check")) == 1, "the incident page has a legal check")
    check(len(d.find_elements(By.CSS_SELECTOR, ".legal-check a[href^='/law/articles/']")) >= 1,
          "the legal check links each article to the law browser")
    check(len(d.find_elements(By.CSS_SELECTOR, ".legal-check .verdict")) >= 1, "each sanction gets a verdict")
    d.execute_script("document.getElementById('legal-check').scrollIntoView()")
    visitor.shot("04b-legal-check")

    # A confidential record: made through the form, then looked for as a visitor.
    d = admin.open("/incidents/new")
    d.find_element(By.NAME, "summary").send_keys("Browser test: confidential record that visitors must not see")
    d.find_element(By.NAME, "date").send_keys("2023-05-01")
    Select(d.find_element(By.NAME, "status")).select_by_value("verified")
    Select(d.find_element(By.NAME, "confidentiality")).select_by_value("confidential")
    admin.follow(d.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]"))
    secret_path = d.current_url.replace(args.base, "")
    check(secret_path.startswith("/incidents/inc-"), "an editor creates a confidential incident")
    for path in [secret_path, "/api/v1" + secret_path]:
        visitor.open(path)
        check("Browser test: confidential" not in visitor.text(), f"a visitor cannot read {path}")
    visitor.open("/incidents?q=confidential+record+visitors")
    check("Browser test: confidential" not in visitor.text(), "a visitor's search does not reveal the confidential record")
    check("Browser test: confidential" in admin.json("/api/v1/search?q=visitors")["incidents"][0]["summary"], "the administrator finds it")

    # Documenting who and what through the form: a place by another spelling, a new person with a role,
    # a sanction, who acted and the right affected; then the person entered again under another spelling,
    # found as a likely duplicate and merged.
    d = admin.open("/incidents/new")
    d.find_element(By.NAME, "summary").send_keys("Browser test: a picketer fined after a rally")
    d.find_element(By.NAME, "date").send_keys("2023-06-02")
    Select(d.find_element(By.NAME, "type")).select_by_value("fine")
    Select(d.find_element(By.NAME, "status")).select_by_value("verified")
    Select(d.find_element(By.NAME, "confidentiality")).select_by_value("public")
    d.find_element(By.NAME, "places").send_keys("Oral")
    d.find_element(By.NAME, "persons").send_keys("Browser Newperson\nBrowser Witnessova (witness)")
    d.find_element(By.NAME, "articles").send_keys("CoAO 488")
    d.find_element(By.NAME, "sanctions").send_keys("fine, 50 MCI")
    d.find_element(By.CSS_SELECTOR, "input[name=perpetrator][value=court]").click()
    d.find_element(By.CSS_SELECTOR, "input[name=right][value=assembly]").click()
    admin.shot("04c-incident-form")
    admin.follow(d.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]"))
    facts = admin.text()
    check("Browser Newperson" in facts and "Browser Witnessova" in facts, "the form links the people it names")
    check("Uralsk" in facts, "a place written in another spelling is the gazetteer's place")
    check("fine, 50 MCI" in facts, "the sanction written in the form is recorded")
    newperson = d.find_elements(By.LINK_TEXT, "Browser Newperson")

    # Evidence: a photo attached for everyone, a note attached restricted; a visitor sees and downloads only the photo.
    picket_path = d.current_url.replace(args.base, "").split("#")[0]
    photo = os.path.join(args.screenshots, "browser-test-photo.png")
    with open(photo, "wb") as f:
        f.write(small_png())
    note = os.path.join(args.screenshots, "browser-test-note.txt")
    with open(note, "w") as f:
        f.write("Browser test: a restricted note about who took the photo\n")
    for path, level, words in [(photo, "public", "Browser test photo of the picket"), (note, "restricted", "Browser test note")]:
        d = admin.open(picket_path)
        form = d.find_element(By.CSS_SELECTOR, "form.attach")
        form.find_element(By.NAME, "file").send_keys(os.path.abspath(path))
        form.find_element(By.NAME, "description").send_keys(words)
        Select(form.find_element(By.NAME, "confidentiality")).select_by_value(level)
        admin.follow(form.find_element(By.CSS_SELECTOR, "button"))
    check("browser-test-photo.png" in admin.text() and "browser-test-note.txt" in admin.text(), "an editor attaches files to an incident")
    d.execute_script("document.getElementById('attachments').scrollIntoView()")
    admin.shot("04d-evidence-files")
    d = visitor.open(picket_path)
    check("browser-test-photo.png" in visitor.text() and "browser-test-note.txt" not in visitor.text(),
          "a visitor sees the public file and not the restricted one")
    links = d.find_elements(By.CSS_SELECTOR, "figure.attachment a[download]")
    if links:
        with urllib.request.urlopen(links[0].get_attribute("href")) as response:
            check(response.read() == small_png(), "a visitor downloads the photo exactly as it was attached")
    images = d.find_elements(By.CSS_SELECTOR, "figure.attachment img")
    check(len(images) == 1 and d.execute_script("return arguments[0].naturalWidth", images[0]) > 0, "the photo is previewed on the page")
    d = admin.open("/persons/new")
    d.find_element(By.NAME, "name").send_keys("Browser Nevperson")
    Select(d.find_element(By.NAME, "confidentiality")).select_by_value("public")
    admin.follow(d.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]"))
    check("Browser Nevperson" in admin.text(), "an editor adds a person")
    if newperson:
        d = admin.open("/incidents?q=picketer+fined+rally")
        admin.follow(d.find_element(By.PARTIAL_LINK_TEXT, "a picketer fined"))
        admin.follow(d.find_element(By.LINK_TEXT, "Browser Newperson"))
        merge = d.find_elements(By.CSS_SELECTOR, "ul.duplicates button")
        check(len(merge) == 1, "the person's page offers the other spelling as a likely duplicate")
        admin.shot("12b-person-duplicates")
        if merge:
            admin.follow(merge[0])
            check("Also written: Browser Nevperson" in admin.text(), "merging keeps the duplicate's spelling on the record kept")
        # The person's case file: what was done to them, with the sanction and its source, to hand over.
        admin.follow(d.find_element(By.LINK_TEXT, "Case file"))
        case = admin.text()
        check("Case file: Browser Newperson" in case and "fine, 50 MCI" in case and "Chronology" in case,
              "the person's case file gathers their incidents and sanctions")
        admin.shot("12c-case-file")
    else:
        check(False, "the incident page links the new person")

    # Import a report and review what it proposes. The demo already holds the seed reports, so the
    # test writes a short report of its own (with a script tag that must stay text).
    report = os.path.join(args.screenshots, "browser-test-report.txt")
    with open(report, "w") as f:
        f.write("Browser test report <script>alert('x')</script>\n\n"
                "On 12 March 2023 police in Almaty detained the activist Daniyar Testbekov at a peaceful picket.\n\n"
                "On 14 March 2023 a court in Almaty fined Daniyar Testbekov 50 MCI under Article 488 of the Code on Administrative Offences.\n")
    d = admin.open("/import")
    if len(d.find_elements(By.CSS_SELECTOR, "input[type=file]")) == 1:
        d = admin.upload(report, shot="05-import")
        WebDriverWait(d, 20).until(lambda drv: "Review queue" in drv.title or "alert" in drv.page_source)
        check("Review queue" in d.title, "importing a report leads to its review queue")
        check(len(d.find_elements(By.CSS_SELECTOR, "script:not([src])")) == 0, "script in an imported report stays text")
    else:
        print("skip import: no report given or no import form")
        admin.open("/review")
    admin.shot("06-review")
    items = d.find_elements(By.CSS_SELECTOR, ".review-item")
    if items:
        check(len(items[0].find_elements(By.TAG_NAME, "mark")) >= 1, "a proposed incident is shown beside its highlighted passage")
        before = len(items)
        admin.follow(items[0].find_element(By.CSS_SELECTOR, "button[value=accept]"))
        WebDriverWait(d, 20).until(lambda drv: len(drv.find_elements(By.CSS_SELECTOR, ".review-item")) < before)
        check(len(d.find_elements(By.CSS_SELECTOR, ".review-item")) < before, "accepting takes the incident out of the queue")
        # Several at once: "Select all shown" (a script's convenience) ticks every box, one button decides them.
        left = len(d.find_elements(By.CSS_SELECTOR, ".review-item"))
        if left:
            select_all = d.find_element(By.CSS_SELECTOR, "label.select-all input")
            check(select_all.is_displayed(), "the queue offers to select every proposal shown")
            select_all.click()
            boxes = d.find_elements(By.CSS_SELECTOR, "input[name=pick]")
            check(all(box.is_selected() for box in boxes), "selecting all ticks each proposal")
            picked = {box.get_attribute("value").split("@")[0] for box in boxes}
            admin.follow(d.find_element(By.CSS_SELECTOR, "form#bulk button[value=accept]"))
            still = {box.get_attribute("value").split("@")[0] for box in d.find_elements(By.CSS_SELECTOR, "input[name=pick]")}
            check("Review queue" in d.title and not (picked & still), "accepting the selected proposals takes them all out of the queue")
    else:
        print("skip review: the queue is empty")

    # A source typed in by hand: a news article with its publisher and address, to cite in incidents.
    d = admin.open("/sources/new")
    fill(d.find_element(By.CSS_SELECTOR, "form.stack.wide"), [("title", "Browser test news article"), ("publisher", "Test News Agency"),
                                                         ("url", "https://example.org/news/1"), ("publishedOn", "2023-03-13"),
                                                         ("text", "Police detained a fictional activist at a picket, the agency wrote.")])
    admin.shot("12d-source-form")
    admin.follow(d.find_element(By.XPATH, "//button[contains(., 'Save')]"))
    check("Test News Agency" in admin.text() and "https://example.org/news/1" in admin.text(),
          "an editor adds a source by hand with its publisher and address")

    # A second report on the same detention, saved as a web page: its proposal is named beside the accepted incident
    # and merged into it, and its source keeps the page as it was received.
    second = os.path.join(args.screenshots, "browser-test-second-report.html")
    second_page = ("<!doctype html><html><head><title>Weekly digest of the browser test</title></head><body>"
                   "<p>Police in Almaty detained activist Daniyar Testbekov on 12 March 2023 during a peaceful picket.</p>"
                   "</body></html>\n")
    with open(second, "w") as f:
        f.write(second_page)
    d = admin.upload(second)
    WebDriverWait(d, 20).until(lambda drv: "Review queue" in drv.title)
    second_source = re.search(r"source=(src-[0-9a-f]+)", d.current_url)
    merges = d.find_elements(By.CSS_SELECTOR, ".review-item .matches button")
    check(len(merges) >= 1 and "Possibly recorded already" in admin.text(),
          "a proposal of an event already recorded names the incident that records it")
    if merges:
        admin.shot("06b-review-duplicate")
        kept = d.find_element(By.CSS_SELECTOR, ".review-item .matches input[name=into]").get_attribute("value")
        admin.follow(merges[0])
        d = admin.open("/incidents/" + kept)
        check(len(d.find_elements(By.CSS_SELECTOR, "figure.passage")) >= 2,
              "merging the second account gives the recorded incident its passage as a further source")
    if second_source:
        d = admin.open("/sources/" + second_source.group(1))
        links = d.find_elements(By.XPATH, "//dd/a[contains(@href, '/original')]")
        check(len(links) == 1 and "browser-test-second-report.html" in links[0].text,
              "the source page names the web page the report was read from")
        with urllib.request.urlopen(args.base + "/sources/" + second_source.group(1) + "/original") as response:
            check(response.read().decode() == second_page and response.headers["Content-Disposition"].startswith("attachment"),
                  "the original web page downloads as a file, byte for byte")
    else:
        check(False, "the upload of a web page leads to its review queue")

    # A report in Russian: read into proposals like an English one, the person written in Cyrillic linked to the
    # record already kept in Latin letters, the place found whatever its case ("в Уральске" is Uralsk).
    russian = os.path.join(args.screenshots, "browser-test-obzor.txt")
    with open(russian, "w") as f:
        f.write("Обзор браузерного теста\n\n"
                "15 марта 2023 года в Уральске полиция задержала активиста Данияра Тестбекова после пикета.\n")
    d = admin.upload(russian)
    WebDriverWait(d, 20).until(lambda drv: "Review queue" in drv.title)
    items = d.find_elements(By.CSS_SELECTOR, ".review-item")
    admin.shot("06d-review-russian")
    check(len(items) == 1 and "Daniyar Testbekov" in items[0].text and "Uralsk" in items[0].text
          and "задержала" in " ".join(m.text for m in items[0].find_elements(By.TAG_NAME, "mark")),
          "a Russian report is read: its proposal names the person already recorded and the place, beside the passage")

    # Incidents kept in a spreadsheet, uploaded as CSV: imported in one go, names linked, the page says what it did.
    sheet = os.path.join(args.screenshots, "browser-test-sheet.csv")
    with open(sheet, "w") as f:
        f.write("Date;Type;People;Place;Sanctions;Summary\n"
                "20.04.2023;fine;Daniyar Testbekov;Almaty;fine, 30 MCI;Activist fined for a social media post\n"
                "21.04.2023;warning;Sheet Testperson;Oral;;Organiser warned before a picket\n")
    d = admin.open("/import")
    d.find_element(By.CSS_SELECTOR, "input[name=check]").click()
    d.find_element(By.CSS_SELECTOR, "input[type=file]").send_keys(os.path.abspath(sheet))
    admin.follow(d.find_element(By.CSS_SELECTOR, "form.import button[type=submit]"))
    check("would import 2 incidents; 1 new person: Sheet Testperson" in admin.text() and "Nothing was saved" in admin.text(),
          "checking a spreadsheet first lists the new people it would add, and saves nothing")
    d = admin.upload(sheet)
    check("Imported 2 incidents" in admin.text(), "a spreadsheet saved as CSV imports its rows as incidents")
    admin.shot("06c-import-spreadsheet")

    # The same kind of log kept in Excel: a workbook whose dates are date cells, as Excel stores them.
    workbook = os.path.join(args.screenshots, "browser-test-log.xlsx")
    write_workbook(workbook, [["Date", "Type", "People", "Place", "Summary"],
                              [45047, "detention", "Workbook Testperson", "Aktobe", "Detained on the way to a picket"]])
    d = admin.upload(workbook)
    check("Imported 1 incident" in admin.text(), "an Excel workbook imports its rows as incidents")
    d = admin.open("/incidents?q=Workbook+Testperson")
    check("2023-05-01" in admin.text(), "a date cell of the workbook becomes the incident's date")
    with urllib.request.urlopen(args.base + "/incidents/export?format=xlsx") as response:
        check(response.read(4) == b"PK\x03\x04", "the incident list downloads as an Excel workbook")

    # The assembly planner.
    d = admin.open("/assembly")
    if d.find_elements(By.CSS_SELECTOR, "form.planner"):
        form = d.find_element(By.CSS_SELECTOR, "form.planner")
        fill(form, [("date", "2026-12-16"), ("filed", "2026-12-01"), ("place", "a square in Almaty"), ("participants", "20"), ("age", "30")])
        admin.follow(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
        WebDriverWait(d, 20).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, ".answer"))
        answer = d.find_element(By.CSS_SELECTOR, ".answer")
        check("File by" in answer.text, "the planner answers in plain language with the filing deadline")
        sources = [td.text for td in answer.find_elements(By.CSS_SELECTOR, "td.sub")]
        check(len(sources) > 0 and all(s.strip() for s in sources), "every rule in the answer names its source")
        admin.shot("07-assembly")
    else:
        check(False, "the assembly planner page has its form")

    # The registration planner, reached from the navigation: a national association in two regions.
    d = admin.open("/incidents")
    admin.follow(d.find_element(By.CSS_SELECTOR, "nav.main-nav a[href='/registration']"))
    form = d.find_element(By.CSS_SELECTOR, "form[action^='/registration#register']")
    Select(form.find_element(By.NAME, "level")).select_by_value("national")
    fill(form, [("regions", "2"), ("members", "40")])
    admin.follow(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    WebDriverWait(d, 20).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, ".answer"))
    answer = d.find_element(By.CSS_SELECTOR, ".answer")
    check("Not as planned" in answer.text and "MCI" in answer.text and "not met" in answer.text,
          "the registration planner says which requirement fails and what the fee is")
    admin.shot("07b-registration")

    # The dashboard: clicking a bar of its charts lists that bar's incidents.
    d = admin.open("/dashboard")
    bars = d.find_elements(By.CSS_SELECTOR, "svg a")
    check(len(bars) > 0 and "persons affected" in admin.text(), "the dashboard shows its measures and linked charts")
    admin.shot("08-dashboard")
    bars = d.find_elements(By.CSS_SELECTOR, "svg a[href*='type=']")
    if bars:
        # An SVG link's href is an SVGAnimatedString to WebDriver; read the attribute's text instead.
        target = d.execute_script("return arguments[0].getAttribute('href')", bars[0])
        admin.open(target)
        WebDriverWait(d, 20).until(lambda drv: "/incidents" in drv.current_url)
        check("Filters:" in admin.text(), "a dashboard bar leads to the incident list filtered by it")

    # Reports: a periodic update for the demo's February-March 2021, then the rating and the tracker.
    d = admin.open("/reports")
    form = d.find_element(By.CSS_SELECTOR, "form.report-form")
    fill(form, [("from", "2021-02-01"), ("to", "2021-03-31")])
    admin.follow(form.find_element(By.CSS_SELECTOR, "button[type=submit]"))
    WebDriverWait(d, 30).until(lambda drv: drv.find_elements(By.CSS_SELECTOR, "article.document"))
    links = d.find_elements(By.CSS_SELECTOR, "article.document a[href*='#chars=']")
    check(len(links) > 0, f"the periodic update links its incidents to their source passages ({len(links)} links)")
    admin.shot("13-report-update")
    d = admin.open("/rating?from=2021-02&to=2021-03")
    check("How the score was computed" in admin.text(), "the rating page shows how its score was computed")
    admin.shot("14-rating")
    d = admin.open("/recommendations")
    check(len(d.find_elements(By.CSS_SELECTOR, "section.card h2")) > 0, "the recommendation tracker lists recommendations")
    admin.shot("15-recommendations")

    # Two-step sign-in: the administrator adds an account; its user switches the app's codes on, signs out, and
    # signs in again with the password and then a code.
    d = admin.open("/users")
    form = d.find_element(By.CSS_SELECTOR, "form.row")
    form.find_element(By.NAME, "name").send_keys("browser-twostep")
    form.find_element(By.NAME, "password").send_keys("browser twostep password")
    admin.follow(form.find_element(By.CSS_SELECTOR, "button"))
    member = Session(args.base, args.screenshots)
    member.sign_in("browser-twostep", "browser twostep password")
    d = member.open("/account")
    member.follow(d.find_element(By.XPATH, "//button[contains(., 'Set up two-step sign-in')]"))
    secret = d.find_element(By.CSS_SELECTOR, "input[name=secret]").get_attribute("value")
    member.shot("16-account-two-step")
    d.find_element(By.NAME, "code").send_keys(totp(secret, 0))
    member.follow(d.find_element(By.XPATH, "//button[contains(., 'Switch on')]"))
    check("Two-step sign-in is on" in member.text(), "a user switches two-step sign-in on with a code from the app")
    codes = [c.text for c in d.find_elements(By.CSS_SELECTOR, "ol.recovery-codes code")]
    check(len(codes) == 10, "switching it on shows ten recovery codes, once")
    member.shot("16b-recovery-codes")
    member.follow(d.find_element(By.XPATH, "//button[contains(., 'Sign out')]"))
    member.sign_in("browser-twostep", "browser twostep password")
    check("second step" in member.text() and "Sign out" not in member.text(), "with two-step sign-in the password alone does not sign in")
    d.find_element(By.NAME, "code").send_keys(totp(secret, 1))
    member.follow(d.find_element(By.CSS_SELECTOR, "form.stack button"))
    check("Sign out" in member.text(), "the code from the app completes the sign-in")
    # Without the phone: a recovery code, once
    member.follow(d.find_element(By.XPATH, "//button[contains(., 'Sign out')]"))
    member.sign_in("browser-twostep", "browser twostep password")
    d.find_element(By.CSS_SELECTOR, "details.recovery summary").click()
    d.find_element(By.NAME, "recovery").send_keys(codes[0] if codes else "none")
    member.follow(d.find_element(By.XPATH, "//button[contains(., 'Sign in with the recovery code')]"))
    check("Sign out" in member.text(), "a recovery code signs in without the phone")
    d = member.open("/account")
    check("9 recovery codes left" in member.text(), "the account page counts the recovery codes left")
    member.close()

    for path, name in [("/law", "09-law"), ("/audit", "10-audit"), ("/users", "11-users")]:
        admin.open(path)
        admin.shot(name)
    admin.open("/persons")
    links = admin.driver.find_elements(By.CSS_SELECTOR, "table.data a")
    if links:
        admin.follow(links[0])
        admin.shot("12-person")

    visitor.close()
    admin.close()
    if failures:
        print(f"{len(failures)} check(s) failed")
        sys.exit(1)
    print("all browser checks passed; screenshots in", args.screenshots)


if __name__ == "__main__":
    main()
