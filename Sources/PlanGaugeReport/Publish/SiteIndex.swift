import Foundation
import PlanGaugeAnalytics
import PlanGaugeModel

/// The site's own pages: the root `index.html` and `index.md` listing every published period,
/// newest first, with its headline figures and statuses, and `latest/`, a page that sends the
/// reader on to the newest period. A pure function of the periods: the same list gives the same
/// bytes, and every link is relative, so the site can be moved or served from anywhere.
public struct SiteIndex: Sendable, Equatable {
    /// `index.html` and `index.md`, for the site folder.
    public var root: [String: Data]
    /// `index.html` and `index.md` for the `latest/` folder; nil when no period is published.
    public var latest: [String: Data]?

    /// The folder holding the redirect to the newest period.
    public static let latestFolder = "latest"

    /// The index in the language of the newest period's pages.
    public static func build(_ periods: [SitePeriod]) -> SiteIndex {
        let ordered = newestFirst(periods)
        let l = L10n(lang: ordered.first?.language ?? .zh)
        var root: [String: Data] = [:]
        root["index.html"] = Data(html(ordered, l).utf8)
        root["index.md"] = Data(markdown(ordered, l).utf8)
        let latest = ordered.first.map { newest -> [String: Data] in
            ["index.html": Data(latestHTML(newest, l).utf8), "index.md": Data(latestMarkdown(newest, l).utf8)]
        }
        return SiteIndex(root: root, latest: latest)
    }

    /// Newest period first; folders without a known period last, by name.
    static func newestFirst(_ periods: [SitePeriod]) -> [SitePeriod] {
        periods.sorted { a, b in
            switch (a.period, b.period) {
            case let (x?, y?) where x != y: return x > y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.folder > b.folder
            }
        }
    }

    // MARK: - Cells, shared by both formats

    static func label(_ p: SitePeriod, _ l: L10n) -> String {
        p.period.map { l.lang == .zh ? $0.chineseLabel : $0.description } ?? p.folder
    }

    static func scale(_ p: SitePeriod, _ l: L10n) -> String {
        guard let v = p.scaleYearToDate else { return "—" }
        let when = p.scalePeriod.map { SharedText(l: l).yearToDate($0) + " " } ?? ""
        return when + l.money(yi: v)
    }

    static func assessment(_ p: SitePeriod, _ l: L10n) -> String {
        (l.lang == .zh ? p.assessment : p.assessmentEnglish ?? p.assessment) ?? "—"
    }

    static func growth(_ p: SitePeriod) -> String {
        p.scaleGrowth.map { ($0 >= 0 ? "+" : "") + NumberFormat.percent($0) } ?? "—"
    }

    static func reporters(_ p: SitePeriod, _ l: L10n) -> String {
        p.reporters.map(SiteIndexText(l: l).reporters) ?? "—"
    }

    /// The statuses in the order of the scale, best first, with their counts.
    static func statuses(_ p: SitePeriod) -> [(status: ProgressStatus, count: Int)] {
        ProgressStatus.allCases.compactMap { s in p.statusCounts[s].flatMap { $0 > 0 ? (s, $0) : nil } }
    }

    /// The period's files the index links to, with their names: the page, the policy page when
    /// there is one, the summary and the indicator table. `page` is `html` or `md`.
    static func links(_ p: SitePeriod, page: String, _ l: L10n) -> [(title: String, path: String)] {
        let text = SiteIndexText(l: l)
        let has = { (f: String) in
            p.files.isEmpty ? f != "policy.html" && f != "data/indicators.csv" : p.files.contains(f)
        }
        var out: [(String, String)] = []
        if has("index.html") {
            out.append((p.parkName == nil ? text.cityPage : text.parkPage, "index.\(page)"))
        }
        if has("policy.html") { out.append((text.policyFunds, "policy.\(page)")) }
        out.append(("summary.json", "summary.json"))
        if has("data/indicators.csv") { out.append((text.indicatorsCSV, "data/indicators.csv")) }
        return out.map { (title: $0.0, path: href(p.folder, $0.1)) }
    }

    /// A relative link into a period folder, each path segment percent-encoded.
    static func href(_ folder: String, _ file: String) -> String {
        ([folder] + file.split(separator: "/").map(String.init))
            .map {
                $0.addingPercentEncoding(
                    withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? $0
            }
            .joined(separator: "/")
    }

    // MARK: - index.html

    static func html(_ periods: [SitePeriod], _ l: L10n) -> String {
        let text = SiteIndexText(l: l)
        var h = head(title: text.title, extra: "", l)
        h += "<header>\n<h1>\(HTML.escape(text.title))</h1>\n<ul class=\"meta\">"
        for m in meta(periods, l) { h += "<li>\(HTML.escape(m))</li>" }
        h += "</ul>\n"
        if !periods.isEmpty {
            let latest = text.latest(HTML.escape(label(periods[0], l)))
            h += "<nav class=\"links\"><a href=\"\(latestFolder)/index.html\">\(latest)</a></nav>\n"
        }
        h += "</header>\n<main>\n<section id=\"periods\">\n<h2>\(text.publishedPeriods)</h2>\n"
        if periods.isEmpty {
            h += "<p class=\"note\">\(text.noneYet)</p>\n"
        } else {
            h += "<p class=\"note\">\(note(periods, l))</p>\n<table>\n<thead><tr>"
            for (i, c) in text.columns.enumerated() {
                h += "<th\(i == 2 || i == 3 || i == 4 ? " class=\"num\"" : "") scope=\"col\">\(HTML.escape(c))</th>"
            }
            h += "</tr></thead>\n<tbody>\n"
            for p in periods { h += row(p, l) }
            h += "</tbody>\n</table>\n"
        }
        h += "</section>\n</main>\n<footer>\(HTML.escape(text.footer))</footer>\n</body>\n</html>\n"
        return h
    }

    static func row(_ p: SitePeriod, _ l: L10n) -> String {
        let text = SiteIndexText(l: l)
        var h =
            "<tr><td class=\"nowrap\"><a href=\"\(HTML.escape(href(p.folder, "index.html")))\">\(HTML.escape(label(p, l)))</a></td>"
        h += "<td>\(HTML.escape(assessment(p, l)))</td>"
        h += "<td class=\"num\">\(HTML.escape(scale(p, l)))</td><td class=\"num\">\(HTML.escape(growth(p)))</td>"
        h += "<td class=\"num\">\(HTML.escape(reporters(p, l)))</td><td>"
        h += statuses(p).map { s in
            "<span class=\"status \(Tone(s.status).rawValue)\">\(HTML.escape(text.status(s.status))) \(s.count)</span>"
        }
        .joined(separator: " · ")
        h +=
            "</td><td>"
            + links(p, page: "html", l).map { "<a href=\"\(HTML.escape($0.path))\">\(HTML.escape($0.title))</a>" }
            .joined(separator: " · ")
        return h + "</td></tr>\n"
    }

    /// The note over the table; a site of a park's own reports counts its park plan's statuses.
    static func note(_ periods: [SitePeriod], _ l: L10n) -> String {
        SiteIndexText(l: l).note(parkReports: periods.contains { $0.parkName != nil })
    }

    static func meta(_ periods: [SitePeriod], _ l: L10n) -> [String] {
        let text = SiteIndexText(l: l)
        guard let newest = periods.first else { return [text.noPeriods] }
        var m = [text.periods(periods.count, latest: label(newest, l))]
        let plan = l.lang == .zh ? newest.planTitle : newest.planTitleEnglish ?? newest.planTitle
        if let plan { m.append(text.plan(plan)) }
        return m
    }

    /// The document's start: the same stylesheet as the pages, no script, no external resource.
    static func head(title: String, extra: String, _ l: L10n) -> String {
        let language = SiteIndexText(l: l).htmlLanguage
        return "<!DOCTYPE html>\n<html lang=\"\(language)\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
            + "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
            + "<meta name=\"generator\" content=\"PlanGauge\"/>\n" + extra
            + "<title>\(HTML.escape(title))</title>\n<style>\n\(Stylesheet.css)\n</style>\n</head>\n<body>\n"
    }

    // MARK: - index.md

    static func markdown(_ periods: [SitePeriod], _ l: L10n) -> String {
        let text = SiteIndexText(l: l)
        var m = "# \(MarkdownRenderer.inline(text.title))\n\n"
        for line in meta(periods, l) { m += "- \(MarkdownRenderer.inline(line))\n" }
        if let newest = periods.first {
            m +=
                "\n[\(text.latest(MarkdownRenderer.inline(label(newest, l))))](\(latestFolder)/index.md)\n"
        }
        m += "\n## \(text.publishedPeriods)\n\n"
        if periods.isEmpty {
            m += text.noneYet + "\n"
        } else {
            m += "_\(note(periods, l))_\n\n"
            m += "| " + text.columns.joined(separator: " | ") + " |\n"
            m += "| --- | --- | ---: | ---: | ---: | --- | --- |\n"
            for p in periods {
                let cells = [
                    "[\(MarkdownRenderer.cell(label(p, l)))](\(href(p.folder, "index.md")))",
                    MarkdownRenderer.cell(assessment(p, l)), MarkdownRenderer.cell(scale(p, l)),
                    MarkdownRenderer.cell(growth(p)),
                    MarkdownRenderer.cell(reporters(p, l)),
                    MarkdownRenderer.cell(
                        statuses(p).map { "\(text.status($0.status)) \($0.count)" }.joined(separator: " · ")),
                    links(p, page: "md", l).map { "[\(MarkdownRenderer.cell($0.title))](\($0.path))" }.joined(
                        separator: " · ")
                ]
                m += "| " + cells.joined(separator: " | ") + " |\n"
            }
        }
        return m + "\n---\n\n\(text.footer)\n"
    }

    // MARK: - latest/

    static func latestHTML(_ newest: SitePeriod, _ l: L10n) -> String {
        let text = SiteIndexText(l: l)
        let target = "../" + href(newest.folder, "index.html")
        let title = text.latest(label(newest, l))
        var h = head(
            title: title, extra: "<meta http-equiv=\"refresh\" content=\"0; url=\(HTML.escape(target))\"/>\n", l)
        h += "<header>\n<h1>\(HTML.escape(title))</h1>\n</header>\n<main>\n"
        let open = HTML.escape(text.open(label(newest, l)))
        h +=
            "<p><a href=\"\(HTML.escape(target))\">\(open)</a> · <a href=\"../index.html\">\(text.allPeriods)</a></p>\n"
        h += "</main>\n<footer>\(HTML.escape(text.footer))</footer>\n</body>\n</html>\n"
        return h
    }

    static func latestMarkdown(_ newest: SitePeriod, _ l: L10n) -> String {
        let text = SiteIndexText(l: l)
        let open = MarkdownRenderer.inline(text.open(label(newest, l)))
        return "# \(text.latest(MarkdownRenderer.inline(label(newest, l))))\n\n"
            + "[\(open)](../\(href(newest.folder, "index.md"))) · [\(text.allPeriods)](../index.md)\n"
    }
}
