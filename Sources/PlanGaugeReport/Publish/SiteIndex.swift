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

    public static func build(_ periods: [SitePeriod]) -> SiteIndex {
        let ordered = newestFirst(periods)
        var root: [String: Data] = [:]
        root["index.html"] = Data(html(ordered).utf8)
        root["index.md"] = Data(markdown(ordered).utf8)
        let latest = ordered.first.map { newest -> [String: Data] in
            ["index.html": Data(latestHTML(newest).utf8), "index.md": Data(latestMarkdown(newest).utf8)]
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

    static let title = "产业目标监测 · 已发布报告"
    static let footer = "由 PlanGauge 产业目标监测生成"

    // MARK: - Cells, shared by both formats

    static func label(_ p: SitePeriod) -> String { p.period?.chineseLabel ?? p.folder }

    static func scale(_ p: SitePeriod) -> String {
        guard let v = p.scaleYearToDate else { return "—" }
        let when = p.scalePeriod.map { YearToDate.label($0) + " " } ?? ""
        return when + NumberFormat.fixed(v, places: 2) + "亿元"
    }

    static func growth(_ p: SitePeriod) -> String {
        p.scaleGrowth.map { ($0 >= 0 ? "+" : "") + NumberFormat.percent($0) } ?? "—"
    }

    static func reporters(_ p: SitePeriod) -> String { p.reporters.map { "\($0)家" } ?? "—" }

    /// The statuses in the order of the scale, best first, with their counts.
    static func statuses(_ p: SitePeriod) -> [(status: ProgressStatus, count: Int)] {
        ProgressStatus.allCases.compactMap { s in p.statusCounts[s].flatMap { $0 > 0 ? (s, $0) : nil } }
    }

    /// The period's files the index links to, with their names: the page, the policy page when
    /// there is one, the summary and the indicator table. `page` is `html` or `md`.
    static func links(_ p: SitePeriod, page: String) -> [(title: String, path: String)] {
        let has = { (f: String) in p.files.isEmpty ? f != "policy.html" && f != "data/indicators.csv" : p.files.contains(f) }
        var out: [(String, String)] = []
        if has("index.html") { out.append((p.parkName == nil ? "城市页面" : "园区页面", "index.\(page)")) }
        if has("policy.html") { out.append(("政策兑现", "policy.\(page)")) }
        out.append(("summary.json", "summary.json"))
        if has("data/indicators.csv") { out.append(("指标表 CSV", "data/indicators.csv")) }
        return out.map { (title: $0.0, path: href(p.folder, $0.1)) }
    }

    /// A relative link into a period folder, each path segment percent-encoded.
    static func href(_ folder: String, _ file: String) -> String {
        ([folder] + file.split(separator: "/").map(String.init))
            .map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#"))) ?? $0 }
            .joined(separator: "/")
    }

    static let columns = ["数据期", "目标评估", "产业规模（年初至今）", "同比", "报送企业", "指标状态", "文件"]

    // MARK: - index.html

    static func html(_ periods: [SitePeriod]) -> String {
        var h = head(title: title, extra: "")
        h += "<header>\n<h1>\(HTML.escape(title))</h1>\n<ul class=\"meta\">"
        for m in meta(periods) { h += "<li>\(HTML.escape(m))</li>" }
        h += "</ul>\n"
        if !periods.isEmpty {
            h += "<nav class=\"links\"><a href=\"\(latestFolder)/index.html\">最新一期：\(HTML.escape(label(periods[0])))</a></nav>\n"
        }
        h += "</header>\n<main>\n<section id=\"periods\">\n<h2>已发布的数据期</h2>\n"
        if periods.isEmpty {
            h += "<p class=\"note\">尚无已发布的数据期。</p>\n"
        } else {
            h += "<p class=\"note\">\(note(periods))</p>\n<table>\n<thead><tr>"
            for (i, c) in columns.enumerated() {
                h += "<th\(i == 2 || i == 3 || i == 4 ? " class=\"num\"" : "") scope=\"col\">\(HTML.escape(c))</th>"
            }
            h += "</tr></thead>\n<tbody>\n"
            for p in periods { h += row(p) }
            h += "</tbody>\n</table>\n"
        }
        h += "</section>\n</main>\n<footer>\(HTML.escape(footer))</footer>\n</body>\n</html>\n"
        return h
    }

    static func row(_ p: SitePeriod) -> String {
        var h = "<tr><td class=\"nowrap\"><a href=\"\(HTML.escape(href(p.folder, "index.html")))\">\(HTML.escape(label(p)))</a></td>"
        h += "<td>\(HTML.escape(p.assessment ?? "—"))</td>"
        h += "<td class=\"num\">\(HTML.escape(scale(p)))</td><td class=\"num\">\(HTML.escape(growth(p)))</td>"
        h += "<td class=\"num\">\(HTML.escape(reporters(p)))</td><td>"
        h += statuses(p).map { "<span class=\"status \(Tone($0.status).rawValue)\">\(HTML.escape($0.status.chineseLabel)) \($0.count)</span>" }
            .joined(separator: " · ")
        h += "</td><td>" + links(p, page: "html").map { "<a href=\"\(HTML.escape($0.path))\">\(HTML.escape($0.title))</a>" }
            .joined(separator: " · ")
        return h + "</td></tr>\n"
    }

    /// The note over the table; a site of a park's own reports counts its park plan's statuses.
    static func note(_ periods: [SitePeriod]) -> String {
        periods.contains { $0.parkName != nil } ? "最新在前。指标状态为该期所评估计划（城市或园区）各指标的评估结果（个数）。"
            : "最新在前。指标状态为城市行动计划各指标的评估结果（个数）。"
    }

    static func meta(_ periods: [SitePeriod]) -> [String] {
        guard let newest = periods.first else { return ["共 0 期"] }
        var m = ["共 \(periods.count) 期，最新：\(label(newest))"]
        if let plan = newest.planTitle { m.append("计划：" + plan) }
        return m
    }

    /// The document's start: the same stylesheet as the pages, no script, no external resource.
    static func head(title: String, extra: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"zh-CN\" xmlns=\"http://www.w3.org/1999/xhtml\">\n<head>\n"
            + "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
            + "<meta name=\"generator\" content=\"PlanGauge\"/>\n" + extra
            + "<title>\(HTML.escape(title))</title>\n<style>\n\(Stylesheet.css)\n</style>\n</head>\n<body>\n"
    }

    // MARK: - index.md

    static func markdown(_ periods: [SitePeriod]) -> String {
        var m = "# \(MarkdownRenderer.inline(title))\n\n"
        for line in meta(periods) { m += "- \(MarkdownRenderer.inline(line))\n" }
        if let newest = periods.first {
            m += "\n[最新一期：\(MarkdownRenderer.inline(label(newest)))](\(latestFolder)/index.md)\n"
        }
        m += "\n## 已发布的数据期\n\n"
        if periods.isEmpty {
            m += "尚无已发布的数据期。\n"
        } else {
            m += "_\(note(periods))_\n\n"
            m += "| " + columns.joined(separator: " | ") + " |\n"
            m += "| --- | --- | ---: | ---: | ---: | --- | --- |\n"
            for p in periods {
                let cells = [
                    "[\(MarkdownRenderer.cell(label(p)))](\(href(p.folder, "index.md")))",
                    MarkdownRenderer.cell(p.assessment ?? "—"), MarkdownRenderer.cell(scale(p)), MarkdownRenderer.cell(growth(p)),
                    MarkdownRenderer.cell(reporters(p)),
                    MarkdownRenderer.cell(statuses(p).map { "\($0.status.chineseLabel) \($0.count)" }.joined(separator: " · ")),
                    links(p, page: "md").map { "[\(MarkdownRenderer.cell($0.title))](\($0.path))" }.joined(separator: " · "),
                ]
                m += "| " + cells.joined(separator: " | ") + " |\n"
            }
        }
        return m + "\n---\n\n\(footer)\n"
    }

    // MARK: - latest/

    static func latestHTML(_ newest: SitePeriod) -> String {
        let target = "../" + href(newest.folder, "index.html")
        let title = "最新一期：" + label(newest)
        var h = head(title: title, extra: "<meta http-equiv=\"refresh\" content=\"0; url=\(HTML.escape(target))\"/>\n")
        h += "<header>\n<h1>\(HTML.escape(title))</h1>\n</header>\n<main>\n"
        h += "<p><a href=\"\(HTML.escape(target))\">打开\(HTML.escape(label(newest)))的报告</a> · <a href=\"../index.html\">全部期次</a></p>\n"
        h += "</main>\n<footer>\(HTML.escape(footer))</footer>\n</body>\n</html>\n"
        return h
    }

    static func latestMarkdown(_ newest: SitePeriod) -> String {
        "# 最新一期：\(MarkdownRenderer.inline(label(newest)))\n\n"
            + "[打开\(MarkdownRenderer.inline(label(newest)))的报告](../\(href(newest.folder, "index.md"))) · [全部期次](../index.md)\n"
    }
}
