package org.carbonsim.cli.report;

import java.util.List;

/** Builds the page: escaping, the head with its inline style and script, tables. */
final class Html {
    private static final String STYLE =
            """
            body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
                   "WenQuanYi Zen Hei", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
                   color: #222222; margin: 0 auto; max-width: 1100px; padding: 16px 24px; line-height: 1.4; }
            h1 { font-size: 1.6em; margin-bottom: 0.2em; }
            h2 { font-size: 1.25em; margin-top: 1.6em; border-bottom: 2px solid #0072b2; padding-bottom: 2px; }
            .meta { color: #555555; }
            table { border-collapse: collapse; margin: 8px 0; font-size: 0.9em; }
            th, td { padding: 3px 8px; border-bottom: 1px solid #dddddd; text-align: left; white-space: nowrap; }
            th { background: #f2f5f8; position: sticky; top: 0; white-space: normal; vertical-align: bottom;
                 max-width: 9em; }
            td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
            table.sortable th { cursor: pointer; user-select: none; }
            table.sortable th.asc::after { content: " \\25B2"; font-size: 0.7em; }
            table.sortable th.desc::after { content: " \\25BC"; font-size: 0.7em; }
            .scroll { max-height: 480px; overflow: auto; border: 1px solid #dddddd; display: inline-block; max-width: 100%; }
            figure { margin: 16px 0; }
            figure svg { width: 100%; height: auto; max-width: 800px; display: block; }
            figcaption { color: #555555; font-size: 0.9em; }
            dl.params { display: grid; grid-template-columns: max-content auto; gap: 2px 16px; }
            dl.params dt { color: #555555; } dl.params dd { margin: 0; }
            footer { margin-top: 2em; color: #777777; font-size: 0.85em; }
            """;

    /** Sorts a table by the clicked header: numbers as numbers, text as text; a second click reverses. */
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
                  rows.sort(function (a, b) {
                    var x = a.cells[col].textContent, y = b.cells[col].textContent;
                    var nx = parseFloat(x), ny = parseFloat(y);
                    var c = (isNaN(nx) || isNaN(ny)) ? x.localeCompare(y) : nx - ny;
                    return asc ? c : -c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
            });
            """;

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

    Html begin(String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
        out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
        out.append("<meta name=\"generator\" content=\"carbonsim\"/>\n");
        out.append("<title>").append(escape(title)).append("</title>\n");
        out.append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        return this;
    }

    Html raw(String html) {
        out.append(html);
        return this;
    }

    Html element(String tag, String text) {
        out.append('<')
                .append(tag)
                .append('>')
                .append(escape(text))
                .append("</")
                .append(tag)
                .append(">\n");
        return this;
    }

    Html paragraph(String cssClass, String text) {
        out.append("<p class=\"")
                .append(cssClass)
                .append("\">")
                .append(escape(text))
                .append("</p>\n");
        return this;
    }

    Html params(List<String[]> pairs) {
        out.append("<dl class=\"params\">\n");
        for (String[] p : pairs) {
            out.append("<dt>")
                    .append(escape(p[0]))
                    .append("</dt><dd>")
                    .append(escape(p[1]))
                    .append("</dd>\n");
        }
        out.append("</dl>\n");
        return this;
    }

    /** A table; cells that look like numbers are right-aligned. */
    Html table(String id, boolean sortable, List<String> header, List<List<String>> rows) {
        out.append("<div class=\"scroll\"><table id=\"").append(id).append('"');
        if (sortable) {
            out.append(" class=\"sortable\"");
        }
        out.append(">\n<thead><tr>");
        for (int i = 0; i < header.size(); i++) {
            boolean numeric = !rows.isEmpty() && isNumber(rows.get(0).get(i));
            out.append(numeric ? "<th class=\"n\">" : "<th>")
                    .append(escape(header.get(i)))
                    .append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            out.append("<tr>");
            for (String cell : row) {
                out.append(isNumber(cell) ? "<td class=\"n\">" : "<td>")
                        .append(escape(cell))
                        .append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div>\n");
        return this;
    }

    Html charts(List<ReportChart> charts) {
        for (ReportChart chart : charts) {
            out.append("<figure id=\"chart-").append(escape(chart.name())).append("\">\n");
            out.append(chart.svg()).append('\n');
            out.append("<figcaption>")
                    .append(escape(chart.title()))
                    .append(" (charts/")
                    .append(escape(chart.name()))
                    .append(".png, .svg)</figcaption>\n</figure>\n");
        }
        return this;
    }

    String end(String footer) {
        out.append("<footer>").append(escape(footer)).append("</footer>\n");
        out.append("<script>//<![CDATA[\n").append(SCRIPT).append("//]]></script>\n");
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    static boolean isNumber(String text) {
        if (text.isEmpty()) {
            return false;
        }
        try {
            Double.parseDouble(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
