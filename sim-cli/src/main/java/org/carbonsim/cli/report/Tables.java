package org.carbonsim.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.carbonsim.cli.chart.CsvTable;
import org.carbonsim.cli.text.Text;

/**
 * Turns a folder's CSV rows into a report table: headings and tooltips from the {@link Glossary} (the
 * tooltip also names the file's column, so a reader can find it in the CSV), numbers written by
 * {@link Figures} per column, and the entries used remembered for the page's glossary. A section of
 * the report (run, Monte Carlo, a comparison) builds its tables through one instance. Not thread-safe.
 */
final class Tables {
    /** A table ready for {@link Html#tableOf}. */
    record Built(List<Html.Column> columns, List<List<Html.Cell>> rows) {}

    private final Set<Glossary.Entry> used = new LinkedHashSet<>();

    /** The glossary entries of every table and figure built so far, in first-use order. */
    List<Glossary.Entry> used() {
        return List.copyOf(used);
    }

    /** Marks {@code entry} as shown. */
    void use(Glossary.Entry entry) {
        used.add(entry);
    }

    /**
     * {@code rows} of {@code table}; {@code replace} gives, per column, the text to show instead of the
     * file's (a sector's name instead of its id).
     */
    Built csv(CsvTable table, List<CsvTable.Row> rows, Map<String, Function<CsvTable.Row, String>> replace) {
        List<String> header = table.header();
        List<Html.Column> columns = new ArrayList<>();
        List<Figures> figures = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i);
            Optional<Glossary.Entry> entry = Glossary.find(column);
            List<String> values = new ArrayList<>();
            for (CsvTable.Row row : rows) {
                values.add(row.fields().get(i));
            }
            Quantity quantity = entry.map(Glossary.Entry::kind).orElse(guess(values));
            Figures f = Figures.of(quantity, values);
            figures.add(f);
            Text file = Text.of(" (" + table.file() + ": " + column + ")", "（" + table.file() + "：" + column + "）");
            if (entry.isPresent()) {
                use(entry.get());
                columns.add(new Html.Column(
                        f.heading(entry.get().term()), entry.get().definition().append(file), numeric(quantity)));
            } else {
                columns.add(new Html.Column(Text.same(column), file, numeric(quantity)));
            }
        }
        List<List<Html.Cell>> cells = new ArrayList<>();
        for (CsvTable.Row row : rows) {
            List<Html.Cell> cellRow = new ArrayList<>();
            for (int i = 0; i < header.size(); i++) {
                String raw = row.fields().get(i);
                Function<CsvTable.Row, String> r = replace.get(header.get(i));
                if (r != null) {
                    cellRow.add(new Html.Cell(Text.same(r.apply(row)), raw));
                } else if (numeric(figures.get(i).quantity())) {
                    cellRow.add(new Html.Cell(Text.same(figures.get(i).format(raw)), raw));
                } else {
                    cellRow.add(Html.Cell.of(raw));
                }
            }
            cells.add(cellRow);
        }
        return new Built(columns, cells);
    }

    private static Quantity guess(List<String> values) {
        return !values.isEmpty() && Figures.isNumber(values.get(0)) ? Quantity.RATIO : Quantity.TEXT;
    }

    private static boolean numeric(Quantity q) {
        return q != Quantity.TEXT && q != Quantity.YEAR;
    }
}
