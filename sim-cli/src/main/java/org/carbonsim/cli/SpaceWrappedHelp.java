package org.carbonsim.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.carbonsim.cli.format.LineBreaks;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Layout;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * A command's help whose prose breaks only where {@link LineBreaks} allows: picocli wraps with Java's
 * line breaker, which breaks after a dot or a slash, so an option's description printed {@code report.}
 * above {@code html} and a synopsis {@code [--out=FILE.} above {@code csv]}. Each text (the synopsis,
 * the description, the options' and parameters' descriptions, the list of commands) is cut here into
 * lines that fit their column, so picocli's table never wraps them again; wide Chinese characters count
 * two columns, as a terminal shows them, and the Chinese synopsis heading is measured so too.
 */
final class SpaceWrappedHelp extends Help {
    /** Picocli's indent of a wrapped line in a table cell, kept for the lines cut here. */
    private static final String CONTINUATION = "  ";

    SpaceWrappedHelp(CommandSpec spec, ColorScheme colorScheme) {
        super(spec, colorScheme);
    }

    private int width() {
        return commandSpec().usageMessage().width();
    }

    @Override
    protected String insertSynopsisCommandName(int synopsisHeadingLength, Text details) {
        UsageMessageSpec usage = commandSpec().usageMessage();
        String heading = synopsisHeading();
        int headingColumns = LineBreaks.columns(heading.substring(heading.lastIndexOf('\n') + 1));
        String name = commandSpec().qualifiedName();
        int indent = headingColumns + name.length() + 1;
        if (indent > usage.synopsisAutoIndentThreshold() * width()) {
            indent = Math.min(usage.synopsisIndent() < 0 ? indent : usage.synopsisIndent(), (int) (0.9 * width()));
        }
        Text line = colorScheme().commandText(name).concat(details);
        StringBuilder out = new StringBuilder();
        List<LineBreaks.Line> lines = LineBreaks.lines(line.plainString(), width() - headingColumns, width() - indent);
        for (int i = 0; i < lines.size(); i++) {
            LineBreaks.Line piece = lines.get(i);
            out.append(i == 0 ? "" : " ".repeat(indent))
                    .append(line.substring(piece.start(), piece.end()))
                    .append(System.lineSeparator());
        }
        return out.toString();
    }

    @Override
    public String description(Object... params) {
        return paragraphs(commandSpec().usageMessage().description(), params);
    }

    @Override
    public String header(Object... params) {
        return paragraphs(commandSpec().usageMessage().header(), params);
    }

    /** Each of {@code formats} formatted with {@code params}, in lines as wide as the help. */
    private String paragraphs(String[] formats, Object... params) {
        StringBuilder out = new StringBuilder();
        for (String format : formats) {
            for (Text paragraph : colorScheme()
                    .text(String.format(Locale.ROOT, format, params))
                    .splitLines()) {
                for (LineBreaks.Line piece : LineBreaks.lines(paragraph.plainString(), width(), width())) {
                    out.append(paragraph.substring(piece.start(), piece.end())).append(System.lineSeparator());
                }
            }
        }
        return out.toString();
    }

    @Override
    public Layout createDefaultLayout(
            List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme colorScheme) {
        Layout layout = super.createDefaultLayout(options, positionals, colorScheme);
        return new Layout(colorScheme, layout.textTable(), layout.optionRenderer(), layout.parameterRenderer()) {
            @Override
            public void layout(ArgSpec arg, Text[][] rows) {
                for (Text[] row : rows) {
                    addWrapped(table, row);
                }
            }
        };
    }

    @Override
    public String commandList(Map<String, Help> subcommands) {
        if (subcommands.isEmpty()) {
            return "";
        }
        int nameWidth = Math.min(
                subcommands.keySet().stream().mapToInt(String::length).max().orElse(0), width() / 2);
        TextTable table = TextTable.forColumns(
                colorScheme(),
                new Column(nameWidth + 2, 2, Column.Overflow.SPAN),
                new Column(width() - (nameWidth + 2), 2, Column.Overflow.WRAP));
        for (Help help : subcommands.values()) {
            UsageMessageSpec usage = help.commandSpec().usageMessage();
            String summary = usage.header().length > 0
                    ? usage.header()[0]
                    : usage.description().length > 0 ? usage.description()[0] : "";
            Text[] lines =
                    colorScheme().text(String.format(Locale.ROOT, summary)).splitLines();
            for (int i = 0; i < lines.length; i++) {
                addWrapped(table, new Text[] {
                    i == 0 ? help.commandNamesText(", ") : colorScheme().text(""), lines[i]
                });
            }
        }
        return table.toString();
    }

    /**
     * Adds {@code row} to {@code table} with its last cell cut into lines that fit its column, the lines
     * after the first indented as picocli indents a wrapped line, on rows of their own.
     */
    private void addWrapped(TextTable table, Text[] row) {
        Column column = table.columns()[row.length - 1];
        int room = column.width - column.indent;
        Text text = row[row.length - 1];
        List<LineBreaks.Line> lines = LineBreaks.lines(text.plainString(), room, room - CONTINUATION.length());
        for (int i = 0; i < lines.size(); i++) {
            LineBreaks.Line piece = lines.get(i);
            Text[] cells = i == 0 ? row.clone() : emptyRow(row.length);
            cells[row.length - 1] = i == 0
                    ? text.substring(piece.start(), piece.end())
                    : colorScheme().text(CONTINUATION).concat(text.substring(piece.start(), piece.end()));
            table.addRowValues(cells);
        }
    }

    private Text[] emptyRow(int length) {
        Text[] cells = new Text[length];
        Arrays.fill(cells, colorScheme().text(""));
        return cells;
    }
}
