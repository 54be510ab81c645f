package org.carbonsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.carbonsim.cli.files.ChartFiles;
import org.carbonsim.cli.format.OutputEntries;
import org.carbonsim.cli.format.OutputFolder;
import org.carbonsim.cli.format.OutputManifest;
import org.carbonsim.cli.text.Lang;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code carbonsim chart DIR}: re-renders the charts and {@code report.html} of an existing output
 * folder of {@code carbonsim run}, {@code montecarlo} or {@code compare} (a sweep folder: its charts),
 * from its files alone.
 *
 * <p>The charts and the report are replaced together through {@link OutputEntries}: drawn into a hidden
 * folder inside {@code DIR} and swapped in only when all are written, so that a full disk or a refused
 * permission leaves the previous ones byte for byte. The folder's lock is held meanwhile, so a second
 * command writing the same folder stops at once.
 */
@Command(
        name = "chart",
        mixinStandardHelpOptions = true,
        description = {
            "Re-render the charts (charts/*.png, charts/*.svg) and report.html of a run, montecarlo or compare"
                    + " output folder, or the charts of a sweep, calibrate or sensitivity folder, from its CSV and"
                    + " JSON files.",
            "A run folder holds summary.json, a montecarlo folder montecarlo.json, a sweep folder sweep.json,"
                    + " a compare folder compare.json, a calibrate folder calibration.json and a sensitivity folder"
                    + " sensitivity.json.",
            "Only the columns and fields the charts and the report use are read: a missing file or column, or a"
                    + " value that cannot be read, is reported as file:line:column with exit code 2; other columns"
                    + " may be edited, renamed or added. A file of a run folder that is drawn without (events.csv,"
                    + " and mrv.csv or cbam.csv when summary.json has their figures) is a warning when missing."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  carbonsim chart out/hubei-pilot",
            "      redraw the five charts of a run and its report.html",
            "  carbonsim chart out/classroom-two-firms-montecarlo --format svg",
            "      redraw the fan charts as SVG only"
        })
final class ChartCommand implements Callable<Integer> {
    /** The kinds of folder {@link ChartFiles#write} names, in Chinese. */
    private static final Map<String, String> KIND_ZH = Map.of(
            "run", "模拟运行",
            "montecarlo", "蒙特卡洛",
            "sweep", "参数扫描",
            "compare", "政策比较",
            "calibration", "校准",
            "sensitivity", "敏感性分析");

    @Parameters(
            index = "0",
            paramLabel = "DIR",
            description = "Output folder of carbonsim run, montecarlo, sweep, compare, calibrate or sensitivity.")
    Path dir;

    @Option(
            names = "--format",
            paramLabel = "FMT",
            defaultValue = "both",
            description = "Image files to write: png, svg or both (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--quiet", description = "Print nothing on success but warnings, on stderr.")
    boolean quiet;

    @CommandLine.Mixin
    LangOption lang = new LangOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ChartFiles.Format f = ChartFiles.Format.parse(format);
        Lang language = lang.get();
        if (!Files.exists(dir)) {
            throw new UserInputException(dir + ": no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new UserInputException(dir + ": not a folder");
        }
        ChartFiles.requireOutputFolder(dir);
        OutputFolder.requireMarkerFileToRedraw(dir);
        if (OutputFolder.isReadOnly(OutputFolder.target(dir))) {
            // as a rerun refuses it: root, whom the system lets write anywhere, drew into it
            throw new UserInputException(dir + ": the folder is read-only, so it is kept as it is and nothing was"
                    + " drawn; make it writable (chmod u+w " + dir + ") to redraw its charts");
        }
        List<ChartFiles.Written> written = new ArrayList<>(1);
        List<String> kept = new ArrayList<>();
        try {
            OutputEntries.replace(dir, ChartFiles.CHARTS, staged -> {
                keepOtherFiles(dir.resolve(ChartFiles.CHARTS), staged.resolve(ChartFiles.CHARTS));
                written.add(ChartFiles.write(
                        dir, staged, f, language, spec.commandLine().getErr()));
                kept.addAll(relist(dir, staged, written.get(0)));
            });
        } catch (IOException | UncheckedIOException e) {
            throw OutputFolder.cannotWrite(
                    dir + ": cannot write the charts",
                    e,
                    "the previous charts and report are unchanged and the folder's data files untouched");
        }
        if (!quiet) {
            spec.commandLine().getOut().println(summary(written.get(0), dir, language));
            spec.commandLine().getOut().flush();
        }
        new OutputFolder.Written(dir, kept).reportKept(spec.commandLine().getErr(), quiet);
        return ExitCodes.OK;
    }

    /**
     * Copies the folder's {@code charts} into the {@code staged} one that replaces it, so that the files
     * not drawn again (the PNG files when only SVG is asked for, a file of the user's) are kept; the charts drawn then overwrite their copies. A file where the folder belongs is the user's
     * and is refused rather than replaced.
     */
    private static void keepOtherFiles(Path charts, Path staged) throws IOException {
        if (!Files.exists(charts, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(charts)) {
            throw new FileAlreadyExistsException(charts.toString());
        }
        // a link to the charts folder stays: OutputEntries puts the new charts into the folder it leads to
        OutputFolder.copyTree(charts.toRealPath(), staged);
    }

    /**
     * Writes into {@code staged} the folder's marker listing the charts and report just drawn as
     * carbonsim's ({@link OutputManifest#relisted}), so that it replaces them with the charts and report:
     * a rerun into the folder then recognises them as its own and replaces them, where it keeps a file of
     * the user's. A marker of an older carbonsim, which lists nothing, or a folder without one is left
     * as it is. Returns the files of the user's kept in {@code charts/} (as {@code run} names those it
     * keeps, {@link OutputFolder.Written#keptNotice}): those neither drawn now nor listed by the marker as
     * carbonsim's (with a marker that lists nothing, every file not drawn now, as a rerun keeps them).
     */
    private static List<String> relist(Path dir, Path staged, ChartFiles.Written written) throws IOException {
        OutputManifest manifest = OutputManifest.read(OutputFolder.target(dir));
        List<String> replaced = List.of(ChartFiles.CHARTS, ChartFiles.REPORT);
        if (manifest == null || !manifest.listed()) {
            return OutputFolder.ofTheUsers(
                    staged,
                    new OutputManifest("", Map.of(), true)
                            .relisted(staged, replaced, written.files())
                            .kept(staged));
        }
        OutputManifest relisted = manifest.relisted(staged, replaced, written.files());
        relisted.writeInto(staged);
        return OutputFolder.ofTheUsers(staged, relisted.kept(staged));
    }

    /** The line printed after a re-render: the kind of folder, how many files, and where, in {@code lang}. */
    static String summary(ChartFiles.Written written, Path dir, Lang lang) {
        String kind = lang == Lang.EN ? written.kind() : KIND_ZH.getOrDefault(written.kind(), written.kind());
        String where = Files.exists(dir.resolve(ChartFiles.REPORT))
                ? dir.resolve(ChartFiles.CHARTS) + lang.pick(" and ", " 和 ") + dir.resolve(ChartFiles.REPORT)
                : dir.resolve(ChartFiles.CHARTS).toString();
        return String.format(
                Locale.ROOT,
                lang.pick("%s folder: %d file(s) -> %s", "%s输出文件夹：%d 个文件 -> %s"),
                kind,
                written.files().size(),
                where);
    }
}
