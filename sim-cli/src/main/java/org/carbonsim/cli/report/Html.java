package org.carbonsim.cli.report;

import java.util.ArrayList;
import java.util.List;
import org.carbonsim.cli.text.Lang;
import org.carbonsim.cli.text.Text;

/**
 * Builds the page: escaping, the head with its inline style and script, bilingual text, tables,
 * charts and the glossary. Every phrase is written in both languages ({@code <span class="en">} and
 * {@code <span class="zh">}); the page's {@code data-lang} shows one, and the button at its top switches
 * without a reload or a network request. Not thread-safe.
 */
final class Html {
    private static final String STYLE =
            """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
                   "WenQuanYi Zen Hei", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                   color: #222222; margin: 0 auto; max-width: 1100px; padding: 16px 24px; line-height: 1.4; }
            html[data-lang="en"] .zh, html[data-lang="zh"] .en { display: none !important; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; overflow-wrap: anywhere; }
            h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 2px solid #0072b2; padding-bottom: 2px; }
            .meta { color: #555555; }
            .description { max-width: 60em; overflow-wrap: anywhere; }
            .lang-toggle { float: right; margin: 4px 0 8px 16px; padding: 4px 12px; font: inherit; cursor: pointer;
                           border: 1px solid #0072b2; background: #ffffff; color: #0072b2; border-radius: 4px; }
            table { border-collapse: collapse; margin: 8px 0; font-size: 0.9em; }
            th, td { padding: 3px 8px; border-bottom: 1px solid #dddddd; text-align: left; white-space: nowrap; }
            th { background: #f2f5f8; position: sticky; top: 0; white-space: normal; vertical-align: bottom;
                 max-width: 9em; word-break: keep-all; }
            th span[title] { text-decoration: underline dotted #999999; cursor: help; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            table.sortable th { cursor: pointer; user-select: none; }
            table.sortable th.asc::after { content: " \\25B2"; font-size: 0.7em; }
            table.sortable th.desc::after { content: " \\25BC"; font-size: 0.7em; }
            .scroll { max-height: 480px; overflow: auto; border: 1px solid #dddddd; display: inline-block; max-width: 100%; }
            figure { margin: 16px 0; max-width: 100%; }
            figure svg { width: 100%; height: auto; max-width: 800px; display: block; }
            figcaption { color: #555555; font-size: 0.9em; }
            dl.params { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; }
            dl.params dt { color: #555555; } dl.params dd { margin: 0; overflow-wrap: anywhere; }
            dl.glossary dt { font-weight: bold; margin-top: 6px; } dl.glossary dd { margin: 0 0 0 1.5em; max-width: 60em; }
            footer { margin-top: 2em; color: #777777; font-size: 0.85em; overflow-wrap: anywhere; }
            """;

    /**
     * Sorts a table by the clicked header (by each cell's data-v, the number in the file, when it has
     * one; numbers as numbers, text as text; a second click reverses) and switches the language.
     */
    private static final String SCRIPT =
            """
            document.querySelectorAll("table.sortable").forEach(function (table) {
              table.querySelectorAll("th").forEach(function (th, col) {
                th.addEventListener("click", function () {
                  var asc = !th.classList.contains("asc");
                  table.querySelectorAll("th").forEach(function (h) { h.classList.remove("asc", "desc"); });
                  th.classList.add(asc ? "asc" : "desc");
                  var body = table.tBodies[0];
                  var rows = Array.prototype.slice.call(body.rows);
                  var key = function (cell) {
                    return cell.hasAttribute("data-v") ? cell.getAttribute("data-v") : cell.textContent;
                  };
                  rows.sort(function (a, b) {
                    var x = key(a.cells[col]), y = key(b.cells[col]);
                    var nx = parseFloat(x), ny = parseFloat(y);
                    var c = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
                    return asc ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            });
            document.querySelectorAll(".lang-toggle").forEach(function (button) {
              button.addEventListener("click", function () {
                var root = document.documentElement;
                var lang = root.getAttribute("data-lang") === "zh" ? "en" : "zh";
                root.setAttribute("data-lang", lang);
                root.setAttribute("lang", lang === "zh" ? "zh-CN" : "en");
              });
            });
            """;

    /**
     * A table column.
     *
     * @param heading its heading
     * @param tooltip what it holds, shown on hover; empty for none
     * @param numeric whether its cells are right-aligned numbers
     */
    record Column(Text heading, Text tooltip, boolean numeric) {}

    /**
     * A table cell.
     *
     * @param text what it shows
     * @param sortValue what it sorts by (the number in the file), or null to sort by its text
     */
    record Cell(Text text, String sortValue) {
        static Cell of(String text) {
            return new Cell(Text.same(text), null);
        }
    }

    private final StringBuilder out = new StringBuilder();

    /** Escapes {@code text} for an element's content or an attribute's value. */
    static String escape(String text) {
        StringBuilder s = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        s.append(' ');
                    } else {
                        s.append(c);
                    }
                }
            }
        }
        return s.toString();
    }

    /** {@code text} as markup: plain when both languages read the same, else a span per language. */
    static String text(Text text) {
        return text(text, Text.same(""));
    }

    /** As {@link #text(Text)}, each language with its tooltip when {@code tooltip} is not empty. */
    static String text(Text text, Text tooltip) {
        boolean tip = !tooltip.en().isEmpty();
        if (text.isSame() && (!tip || tooltip.isSame())) {
            return tip
                    ? "<span title=\"" + escape(tooltip.en()) + "\">" + escape(text.en()) + "</span>"
                    : escape(text.en());
        }
        StringBuilder s = new StringBuilder();
        for (Lang lang : Lang.values()) {
            s.append("<span class=\"")
                    .append(lang.code())
                    .append("\" lang=\"")
                    .append(lang.code())
                    .append('"');
            if (tip) {
                s.append(" title=\"").append(escape(tooltip.in(lang))).append('"');
            }
            s.append('>').append(escape(text.in(lang))).append("</span>");
        }
        return s.toString();
    }

    /** The head and the language button; {@code lang} is the language the page opens in. */
    Html begin(Text title, Lang lang) {
        out.append("<!DOCTYPE html>\n<html lang=\"")
                .append(lang == Lang.ZH ? "zh-CN" : "en")
                .append("\" data-lang=\"")
                .append(lang.code())
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.append("<meta name=\"generator\" content=\"carbonsim\"/>\n");
        out.append("<title>").append(escape(title.in(lang))).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        out.append("<button type=\"button\" class=\"lang-toggle\" id=\"lang-toggle\">")
                .append(text(Text.of("中文", "English"), Text.of("显示中文", "Show English")))
                .append("</button>\n");
        return this;
    }

    /** The head in English, for pages that are not translated yet. */
    Html begin(String title) {
        return begin(Text.same(title), Lang.EN);
    }

    Html raw(String html) {
        out.append(html);
        return this;
    }

    Html element(String tag, Text text) {
        out.append('<')
                .append(tag)
                .append('>')
                .append(text(text))
                .append("</")
                .append(tag)
                .append(">\n");
        return this;
    }

    Html element(String tag, String text) {
        return element(tag, Text.same(text));
    }

    Html paragraph(String cssClass, Text text) {
        out.append("<p class=\"")
                .append(cssClass)
                .append("\">")
                .append(text(text))
                .append("</p>\n");
        return this;
    }

    Html paragraph(String cssClass, String text) {
        return paragraph(cssClass, Text.same(text));
    }

    /** Name-value pairs that read the same in both languages. */
    Html params(List<String[]> pairs) {
        List<Text[]> texts = new ArrayList<>();
        for (String[] p : pairs) {
            texts.add(new Text[] {Text.same(p[0]), Text.same(p[1])});
        }
        return paramsOf(texts);
    }

    /** Name-value pairs, each in both languages, with the name's tooltip as a third element if any. */
    Html paramsOf(List<Text[]> pairs) {
        out.append("<dl class=\"params\">\n");
        for (Text[] p : pairs) {
            out.append("<dt>")
                    .append(text(p[0], p.length > 2 ? p[2] : Text.same("")))
                    .append("</dt><dd>")
                    .append(text(p[1]))
                    .append("</dd>\n");
        }
        out.append("</dl>\n");
        return this;
    }

    /** A table whose headings are looked up in the {@link Glossary} for their tooltips. */
    Html table(String id, boolean sortable, List<String> header, List<List<String>> rows) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i);
            Text tooltip = Glossary.find(h).map(Glossary.Entry::definition).orElse(Text.same(""));
            columns.add(new Column(
                    Text.same(h),
                    tooltip,
                    !rows.isEmpty() && isNumber(rows.get(0).get(i))));
        }
        List<List<Cell>> cells = new ArrayList<>();
        for (List<String> row : rows) {
            cells.add(row.stream().map(Cell::of).toList());
        }
        return tableOf(id, sortable, columns, cells);
    }

    /** A table of {@code columns}. */
    Html tableOf(String id, boolean sortable, List<Column> columns, List<List<Cell>> rows) {
        out.append("<div class=\"scroll\"><table id=\"").append(id).append('"');
        if (sortable) {
            out.append(" class=\"sortable\"");
        }
        out.append(">\n<thead><tr>");
        for (Column column : columns) {
            out.append(column.numeric() ? "<th class=\"n\">" : "<th>")
                    .append(text(column.heading(), column.tooltip()))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<Cell> row : rows) {
            out.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                Cell cell = row.get(i);
                boolean numeric = i < columns.size()
                        ? columns.get(i).numeric()
                        : isNumber(cell.text().en());
                out.append(numeric ? "<td class=\"n\"" : "<td");
                if (cell.sortValue() != null) {
                    out.append(" data-v=\"").append(escape(cell.sortValue())).append('"');
                }
                out.append('>').append(text(cell.text())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n");
        return this;
    }

    /** The charts as drawn in one language, shown in both. */
    Html charts(List<ReportChart> charts) {
        for (ReportChart chart : charts) {
            figure(chart, null);
        }
        return this;
    }

    /**
     * The charts drawn in each language: {@code en.get(i)} and {@code zh.get(i)} are one chart, of
     * which the page shows the one in its language.
     */
    Html charts(List<ReportChart> en, List<ReportChart> zh) {
        for (int i = 0; i < en.size(); i++) {
            figure(en.get(i), Lang.EN);
            if (i < zh.size()) {
                figure(zh.get(i), Lang.ZH);
            }
        }
        return this;
    }

    /**
     * A chart: the SVG, and its title and axis labels also as the figure's data attributes and caption,
     * so a reader without the image, a screen reader or a test finds them.
     */
    private void figure(ReportChart chart, Lang lang) {
        String suffix = lang == null ? "" : "-" + lang.code();
        out.append("<figure id=\"chart-")
                .append(escape(chart.name()))
                .append(suffix)
                .append('"');
        if (lang != null) {
            out.append(" class=\"")
                    .append(lang.code())
                    .append("\" lang=\"")
                    .append(lang.code())
                    .append('"');
        }
        out.append(" data-title=\"")
                .append(escape(chart.title()))
                .append("\" data-x-label=\"")
                .append(escape(chart.xLabel()))
                .append("\" data-y-label=\"")
                .append(escape(chart.yLabel()))
                .append('"');
        if (!chart.y2Label().isEmpty()) {
            out.append(" data-y2-label=\"").append(escape(chart.y2Label())).append('"');
        }
        out.append(" role=\"img\" aria-label=\"").append(escape(chart.title())).append("\">\n");
        out.append(chart.svg()).append('\n');
        out.append("<figcaption>").append(escape(chart.title()));
        if (!chart.xLabel().isEmpty() || !chart.yLabel().isEmpty()) {
            out.append(" — ")
                    .append(escape(chart.yLabel()))
                    .append(chart.y2Label().isEmpty() ? "" : ", " + escape(chart.y2Label()))
                    .append(lang == Lang.ZH ? " 对 " : " against ")
                    .append(escape(chart.xLabel()));
        }
        out.append(" (charts/").append(escape(chart.name())).append(".png, .svg)</figcaption>\n</figure>\n");
    }

    /** The glossary: each entry's term and definition. */
    Html glossary(List<Glossary.Entry> entries) {
        out.append("<dl class=\"glossary\" id=\"glossary\">\n");
        for (Glossary.Entry e : entries) {
            out.append("<dt>")
                    .append(text(e.term()))
                    .append("</dt><dd>")
                    .append(text(e.definition()))
                    .append("</dd>\n");
        }
        out.append("</dl>\n");
        return this;
    }

    String end(Text footer) {
        out.append("<footer>").append(text(footer)).append("</footer>\n");
        out.append("<script>//<![CDATA[\n").append(SCRIPT).append("//]]></script>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    String end(String footer) {
        return end(Text.same(footer));
    }

    static boolean isNumber(String text) {
        return Figures.isNumber(text);
    }
}
