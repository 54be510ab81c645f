package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReplayCommandTest extends CommandLineTest {
    private static final String HEADER = "seq,action,order_id,side,type,price,quantity\n";

    @TempDir
    Path dir;

    private Path orders(String body) throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, HEADER + body, StandardCharsets.UTF_8);
        return file;
    }

    private String summary() {
        return err.toString()
                .lines()
                .filter(line -> line.startsWith("replay "))
                .findFirst()
                .orElse("")
                .replaceAll(", [0-9]+ orders/s$", "");
    }

    /** The located problems printed on stderr, one per line. */
    private List<String> problems() {
        return err.toString()
                .lines()
                .filter(line -> line.startsWith("carbonsim: "))
                .toList();
    }

    @Test
    void textbookLogProducesKnownTrades() throws IOException {
        Path file = orders(String.join(
                "\n",
                "1,NEW,a1,SELL,LIMIT,30.10,100",
                "2,NEW,a2,SELL,LIMIT,30.00,50",
                "3,NEW,b1,BUY,LIMIT,29.90,80",
                "4,NEW,b2,BUY,LIMIT,30.10,120",
                "5,NEW,m1,SELL,MARKET,,100",
                "6,CANCEL,a1,,,,",
                "7,NEW,a2,BUY,LIMIT,30.00,10",
                "8,NEW,s9,SELL,LIMIT,29.95,4",
                ""));
        int exit = run("replay", file.toString());
        assertEquals(
                List.of(
                        0,
                        "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n"
                                + "4,b2,a2,30.00,50\n"
                                + "4,b2,a1,30.10,70\n"
                                + "5,b1,m1,29.90,80\n"
                                + "8,a2,s9,30.00,4\n",
                        "replay " + file + ": 8 orders, 4 trades, 204 t, 0 rejected, 0 ignored, 0 malformed"),
                List.of(exit, out.toString(), summary()));
    }

    @Test
    void anOutFileThatIsTheOrderLogIsRefusedAndTheLogKept() throws IOException {
        Path file = orders("1,NEW,a1,SELL,LIMIT,30.10,100\n");
        String before = Files.readString(file);

        assertEquals(2, run("replay", file.toString(), "--out", file.toString()));
        assertEquals(
                List.of("carbonsim: --out " + file + ": is the input " + file
                        + ", which writing it would replace; give another file name"),
                problems());
        assertEquals(before, Files.readString(file));
    }

    /**
     * The --out file is written beside it and renamed into place, which would replace a named pipe or a
     * device (as root, /dev/null itself) with a regular file: such a path is refused before the replay.
     */
    @Test
    void anOutPathThatIsAPipeIsRefusedAndKept() throws Exception {
        Path file = orders("1,NEW,a1,SELL,LIMIT,30.10,100\n");
        Path pipe = dir.resolve("trades.csv");
        Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor() == 0 && Files.exists(pipe), "no mkfifo on this system");

        assertEquals(2, run("replay", file.toString(), "--out", pipe.toString()));
        assertEquals(
                List.of("carbonsim: --out " + pipe + ": is a pipe or a device, not a file, which writing would"
                        + " replace; give a file name"),
                problems());
        assertTrue(Files.exists(pipe) && !Files.isRegularFile(pipe), "the pipe is still there");
    }

    /**
     * A file the user had at the --out path is kept unless it is a trade list replay wrote (which is
     * replaced, so a replay can be run again) or --force says to replace it.
     */
    @Test
    void anOutFileThatIsNotATradeListIsKeptUnlessForced() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,30.00,5\n2,NEW,b,BUY,MARKET,,3\n");
        Path notes = dir.resolve("notes.csv");
        Files.writeString(notes, "my,own,table\n1,2,3\n");

        assertEquals(2, run("replay", file.toString(), "--out", notes.toString()));
        assertEquals(
                List.of("carbonsim: --out " + notes + ": the file exists and is not a trade list or depth ladder this"
                        + " command writes (its first line is neither"
                        + " 'seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t' nor a --book ladder's"
                        + " 'seq 1: ...'); give another file name, or add --force to replace it"),
                problems());
        assertEquals("my,own,table\n1,2,3\n", Files.readString(notes));

        assertEquals(0, run("replay", file.toString(), "--out", notes.toString(), "--force"));
        assertEquals(0, run("replay", file.toString(), "--out", notes.toString()));
        assertEquals(
                "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n2,b,a,30.00,3\n", Files.readString(notes));
    }

    /**
     * A trade list the user made read-only ({@code chmod a-w}) to keep it was replaced, also with {@code
     * --force} and for every user, since the file is renamed into place; it is kept as it is and refused
     * before the replay, as a read-only output folder is. A file replaced keeps its permissions, and a new
     * one gets the umask's ({@code -rw-------} before, from the system's temporary file).
     */
    @Test
    void aReadOnlyOutFileIsKeptAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,30.00,5\n2,NEW,b,BUY,MARKET,,3\n");
        Path trades = dir.resolve("trades.csv");
        assertEquals(0, run("replay", file.toString(), "--out", trades.toString()), err.toString());
        Assumptions.assumeTrue(Files.getFileStore(trades).supportsFileAttributeView("posix"), "POSIX permissions only");
        Path probe = Files.createFile(dir.resolve("probe"));
        assertEquals(
                Files.getPosixFilePermissions(probe),
                Files.getPosixFilePermissions(trades),
                "a new --out file has the permissions of any new file");
        Files.setPosixFilePermissions(trades, PosixFilePermissions.fromString("rw-rw-r--"));
        assertEquals(0, run("replay", file.toString(), "--out", trades.toString()), err.toString());
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(trades)));

        Files.writeString(trades, "mine, kept\n");
        Files.setPosixFilePermissions(trades, PosixFilePermissions.fromString("r--r--r--"));
        for (String force : List.of("--book", "--force")) {
            err.getBuffer().setLength(0);
            assertEquals(2, run("replay", file.toString(), force, "--out", trades.toString()), force);
            assertEquals(
                    List.of("carbonsim: --out " + trades + ": the file is read-only, so it is kept as it is and nothing"
                            + " was run, even with --force; make it writable (chmod u+w " + trades + ") to replace it,"
                            + " or give another file name"),
                    problems(),
                    force);
            assertEquals("mine, kept\n", Files.readString(trades), force);
            assertEquals("r--r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(trades)), force);
        }
    }

    /**
     * {@code replay --book --out FILE} run a second time replaces the ladder it wrote the first time, in
     * either language; before, the second run was refused as if the ladder were the user's own file,
     * since only the trades CSV's header was recognised. A file of the user's is still kept.
     */
    @Test
    void aBookLadderWrittenToOutIsReplacedWhenTheReplayRunsAgain() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,30.00,5\n2,NEW,b,BUY,MARKET,,3\n");
        Path ladder = dir.resolve("book.txt");
        assertEquals(0, run("replay", file.toString(), "--book", "--lang", "en", "--out", ladder.toString()));
        String english = Files.readString(ladder);
        assertTrue(english.startsWith("seq 1: NEW a SELL LIMIT 30.00 5\n"), english);
        assertEquals(
                0,
                run("replay", file.toString(), "--book", "--lang", "en", "--out", ladder.toString()),
                err.toString());
        assertEquals(english, Files.readString(ladder));
        assertEquals(
                0,
                run("replay", file.toString(), "--book", "--lang", "zh", "--out", ladder.toString()),
                err.toString());
        assertTrue(Files.readString(ladder).startsWith("序号 1: NEW a SELL LIMIT 30.00 5\n"), Files.readString(ladder));
        assertEquals(
                0,
                run("replay", file.toString(), "--book", "--lang", "en", "--out", ladder.toString()),
                err.toString());
        assertEquals(english, Files.readString(ladder));

        Files.writeString(ladder, "sequence notes: mine\n");
        assertEquals(2, run("replay", file.toString(), "--book", "--out", ladder.toString()));
        assertEquals("sequence notes: mine\n", Files.readString(ladder));
    }

    @Test
    void outWritesFileAndLeavesNoTemporaryFile() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,30.00,5\n2,NEW,b,BUY,MARKET,,3\n");
        Path trades = dir.resolve("trades.csv");
        int exit = run("replay", file.toString(), "--out", trades.toString());
        List<Path> left;
        try (Stream<Path> files = Files.list(dir)) {
            left = files.map(Path::getFileName).sorted().toList();
        }
        assertEquals(
                List.of(
                        0,
                        "",
                        "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n2,b,a,30.00,3\n",
                        List.of(Path.of("orders.csv"), Path.of("trades.csv"))),
                List.of(exit, out.toString(), Files.readString(trades), left));
    }

    /**
     * An --out that is a symbolic link to a trade list kept elsewhere: the rename into place replaced
     * the link with a file and left the list it led to stale. The list is now written and the link
     * kept; a link to nothing was replaced by a file too, and is now refused and kept.
     */
    @Test
    void aLinkedOutFileIsWrittenThroughAndTheLinkKept() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,30.00,5\n2,NEW,b,BUY,MARKET,,3\n");
        Path kept = Files.createDirectories(dir.resolve("elsewhere")).resolve("trades.csv");
        Files.writeString(kept, "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n");
        Path link = Files.createSymbolicLink(dir.resolve("trades.csv"), kept);
        assertEquals(0, run("replay", file.toString(), "--out", link.toString()), err.toString());
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals(
                "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n2,b,a,30.00,3\n", Files.readString(kept));

        Path dangling = Files.createSymbolicLink(dir.resolve("lost.csv"), dir.resolve("gone/trades.csv"));
        err.getBuffer().setLength(0);
        assertEquals(2, run("replay", file.toString(), "--out", dangling.toString()));
        assertEquals(
                "carbonsim: --out " + dangling + ": is a symbolic link to " + dir.resolve("gone/trades.csv")
                        + ", which does not exist; remove the link or give another file name\n",
                err.toString());
        assertTrue(Files.isSymbolicLink(dangling), "the link is kept");
    }

    @Test
    void cancelOfUnknownOrFinishedOrderIsIgnoredAndCounted() throws IOException {
        Path file = orders(String.join(
                "\n",
                "1,CANCEL,nobody,,,,",
                "2,NEW,a,SELL,LIMIT,30.00,5",
                "3,NEW,b,BUY,LIMIT,30.00,5",
                "4,CANCEL,a,,,,",
                "5,CANCEL,b,,,,",
                ""));
        int exit = run("replay", file.toString());
        assertEquals(
                List.of(0, "replay " + file + ": 5 orders, 1 trade, 5 t, 0 rejected, 3 ignored, 0 malformed"),
                List.of(exit, summary()));
    }

    @Test
    void newReusingLiveIdIsIgnored() throws IOException {
        Path file = orders(String.join(
                "\n", "1,NEW,a,SELL,LIMIT,30.00,5", "2,NEW,a,SELL,LIMIT,29.00,5", "3,NEW,b,BUY,MARKET,,9", ""));
        int exit = run("replay", file.toString());
        assertEquals(
                List.of(
                        0,
                        "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n3,b,a,30.00,5\n",
                        "replay " + file + ": 3 orders, 1 trade, 5 t, 0 rejected, 1 ignored, 0 malformed"),
                List.of(exit, out.toString(), summary()));
    }

    @Test
    void malformedLineIsReportedWithLineNumberAndSkippedAndTheExitIsTwo() throws IOException {
        Path file = orders(String.join(
                "\n",
                "1,NEW,a,SELL,LIMIT,30.00,5",
                "2,NEW,b,BUY,LIMIT,30.005,5",
                "3,NEW,c,BUY,LIMIT,30.00,-1",
                "4,NEW,d,HOLD,LIMIT,30.00,1",
                "5,NEW,e,BUY,LIMIT,30.00",
                ""));
        int exit = run("replay", file.toString());
        List<String> problems = problems();
        assertEquals(
                List.of(
                        2,
                        List.of(
                                "carbonsim: " + file
                                        + ":3:6: price must be a positive number of yuan on the 0.01 yuan tick grid,"
                                        + " got '30.005'; line skipped",
                                "carbonsim: " + file
                                        + ":4:7: quantity must be a whole number of tonnes in 1..1000000000000000,"
                                        + " got '-1'; line skipped",
                                "carbonsim: " + file + ":5:4: side must be BUY or SELL, got 'HOLD'; line skipped",
                                "carbonsim: " + file
                                        + ":6:1: expected 7 fields (seq,action,order_id,side,type,price,quantity), got 6;"
                                        + " line skipped"),
                        "replay " + file + ": 1 order, 0 trades, 0 t, 0 rejected, 0 ignored, 4 malformed"),
                List.of(exit, problems, summary()));
    }

    /**
     * A replay with a malformed line exits 2, and its --out file would hold the trades of a log without
     * that line: nothing is written where a complete trade list is looked for. A trade list already
     * there is left as it was, and no temporary file is left beside it.
     */
    @Test
    void aReplayThatExitsTwoWritesNoOutFileAndKeepsTheOneThere() throws IOException {
        Path bad = orders("1,NEW,a,SELL,LIMIT,30.00,5\n2,NEW,b,BUY,MARKET,,3\n3,NEW,c,BUY,LIMIT,30.005,5\n");
        Path trades = dir.resolve("trades.csv");
        assertEquals(2, run("replay", bad.toString(), "--out", trades.toString()));
        assertEquals(
                List.of(
                        false,
                        "carbonsim: --out " + trades + ": not written, since 1 line was malformed (the trades would be"
                                + " those of another log); no file was made"),
                List.of(Files.exists(trades), problems().get(problems().size() - 1)));

        String earlier = "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n9,x,y,31.00,1\n";
        Files.writeString(trades, earlier);
        err.getBuffer().setLength(0);
        assertEquals(2, run("replay", bad.toString(), "--out", trades.toString(), "--book"));
        assertTrue(problems().get(problems().size() - 1).endsWith("the file is as it was"), err.toString());
        List<Path> left;
        try (Stream<Path> files = Files.list(dir)) {
            left = files.map(Path::getFileName).sorted().toList();
        }
        assertEquals(
                List.of(earlier, List.of(Path.of("orders.csv"), Path.of("trades.csv"))),
                List.of(Files.readString(trades), left));
    }

    /**
     * An --out file named as a Windows device ({@code CON}, {@code nul.csv}, {@code Lpt1.txt}) or ending
     * in a dot is refused before anything is read, as an output folder of that name is.
     */
    @ParameterizedTest
    @ValueSource(strings = {"CON", "nul.csv", "Lpt1.txt", "com1", "trades."})
    void aWindowsDeviceNameAsTheOutFileIsRefused(String name) throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,30.00,5\n2,NEW,b,BUY,MARKET,,3\n");
        Path trades = dir.resolve(name);
        assertEquals(2, run("replay", file.toString(), "--out", trades.toString()));
        String why = name.endsWith(".")
                ? "ends in a dot or a space, which Windows drops from a file's name"
                : "is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM0 to COM9, LPT0 to LPT9, in any case"
                        + " and with any extension)";
        assertEquals(
                List.of("carbonsim: --out " + trades + ": \"" + name + "\" cannot be a file's name on Windows: it "
                        + why + "; choose another --out"),
                List.of(err.toString().strip()));
        assertFalse(Files.exists(trades));
    }

    /** A price or quantity written with full-width digits is a malformed line, not the number Java would read. */
    @Test
    void fullWidthDigitsInAPriceOrQuantityAreMalformed() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,３０.00,5\n2,NEW,b,SELL,LIMIT,30.00,５\n3,NEW,c,BUY,MARKET,,3\n");
        int exit = run("replay", file.toString());
        assertEquals(
                List.of(
                        2,
                        List.of(
                                "carbonsim: " + file + ":2:6: price must be a positive number of yuan on the 0.01 yuan"
                                        + " tick grid, got '３０.00' (only ASCII digits 0-9 are read as a number); line"
                                        + " skipped",
                                "carbonsim: " + file + ":3:7: quantity must be a whole number of tonnes in"
                                        + " 1..1000000000000000, got '５' (only ASCII digits 0-9 are read as a number);"
                                        + " line skipped"),
                        "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n"),
                List.of(exit, problems(), out.toString()));
    }

    /**
     * A price with a huge exponent is a malformed line reported at once: dividing 1e999999 by the
     * tick took BigDecimal minutes, so a replay of a one-line log seemed to hang.
     */
    @ParameterizedTest
    @ValueSource(strings = {"1e999999", "1e-999999", "-1e999999999", "3E+19"})
    void aPriceWithAHugeExponentIsAMalformedLineAtOnce(String price) throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT," + price + ",5\n");
        int exit = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> run("replay", file.toString()));
        assertEquals(
                List.of(
                        2,
                        List.of("carbonsim: " + file + ":2:6: price must be a positive number of yuan on the 0.01 yuan"
                                + " tick grid, got '" + price + "'; line skipped")),
                List.of(exit, problems()));
    }

    @Test
    void bandRejectsPricesOutsideLimits() throws IOException {
        Path file = orders(String.join(
                "\n",
                "1,NEW,a,SELL,LIMIT,33.01,5",
                "2,NEW,b,SELL,LIMIT,33.00,5",
                "3,NEW,c,BUY,LIMIT,26.99,5",
                "4,NEW,d,BUY,MARKET,,7",
                ""));
        int exit = run("replay", file.toString(), "--reference-price", "30.00", "--limit-pct", "10");
        assertEquals(
                List.of(
                        0,
                        "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n4,d,b,33.00,5\n",
                        "replay " + file + ": 4 orders, 1 trade, 5 t, 2 rejected, 0 ignored, 0 malformed"),
                List.of(exit, out.toString(), summary()));
    }

    @Test
    void coarserTickChangesDecimalsAndGrid() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,30.1,5\n2,NEW,b,BUY,LIMIT,30.15,5\n3,NEW,c,BUY,MARKET,,5\n");
        int exit = run("replay", file.toString(), "--tick", "0.1");
        assertEquals(
                List.of(2, "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n3,c,a,30.1,5\n"),
                List.of(exit, out.toString()));
        assertTrue(err.toString().contains(":3:6: price must be a positive number of yuan on the 0.1 yuan tick grid"));
    }

    /**
     * An order log has no comments: a seq may be any text, so a line starting with # is an order ("#2"
     * trades as it did), and one that is not a valid order says that comments are not allowed, where
     * before it said only "expected 7 fields".
     */
    @Test
    void aLineStartingWithHashIsAnOrderAndOneThatFailsSaysCommentsAreNotAllowed() throws IOException {
        Path file = orders(String.join(
                "\n",
                "# exported from the exchange, day 1",
                "1,NEW,a,BUY,LIMIT,30.00,10",
                "#2,NEW,b,SELL,LIMIT,30.00,10",
                "#3,NEW,c,SELL,LIMIT,30.005,10",
                ""));
        int exit = run("replay", file.toString());
        assertEquals(
                List.of(
                        2,
                        List.of(
                                "carbonsim: " + file + ":2:1: comments are not allowed in an order log (a line starting"
                                        + " with # is read as an order): expected 7 fields"
                                        + " (seq,action,order_id,side,type,price,quantity), got 2; line skipped",
                                "carbonsim: " + file + ":5:6: comments are not allowed in an order log (a line starting"
                                        + " with # is read as an order): price must be a positive number of yuan on the"
                                        + " 0.01 yuan tick grid, got '30.005'; line skipped"),
                        "seq,buy_order_id,sell_order_id,price_cny_per_t,quantity_t\n#2,a,b,30.00,10\n"),
                List.of(exit, problems(), out.toString()));

        Files.writeString(file, "# orders of 4 December\n" + HEADER + "1,NEW,a,BUY,LIMIT,30.00,10\n");
        err.getBuffer().setLength(0);
        assertEquals(2, run("replay", file.toString()));
        assertEquals(
                "carbonsim: " + file + ":1:1: comments are not allowed in an order log: expected the header '"
                        + HEADER.strip() + "', got '# orders of 4 December'",
                err.toString().strip());
    }

    @Test
    void wrongHeaderExitsTwo() throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, "seq,action,id\n1,NEW,a\n");
        int exit = run("replay", file.toString());
        assertEquals(
                List.of(
                        2,
                        "carbonsim: " + file + ":1:1: expected the header '" + HEADER.strip()
                                + "', got 'seq,action,id'"),
                List.of(exit, err.toString().strip()));
    }

    @Test
    void missingFileExitsTwoWithoutStackTrace() {
        Path file = dir.resolve("absent.csv");
        int exit = run("replay", file.toString(), "--out", dir.resolve("t.csv").toString());
        assertEquals(
                List.of(2, true, false, false),
                List.of(
                        exit,
                        err.toString().startsWith("carbonsim: " + file + ": file not found"),
                        err.toString().contains("\tat "),
                        Files.exists(dir.resolve("t.csv"))));
    }

    @Test
    void halfGivenBandExitsTwo() throws IOException {
        Path file = orders("");
        assertEquals(2, run("replay", file.toString(), "--limit-pct", "10"));
    }

    @Test
    void anOutputInAMissingFolderExitsTwoBeforeReading() throws IOException {
        Path file = orders("1,NEW,a,BUY,LIMIT,30.00,10\n");
        Path trades = dir.resolve("missing").resolve("trades.csv");
        assertEquals(2, run("replay", file.toString(), "--out", trades.toString()));
        assertEquals(
                "carbonsim: --out " + trades + ": folder " + trades.getParent() + " does not exist\n", err.toString());
    }

    @Test
    void aFolderGivenAsTheOrderLogExitsTwo() {
        assertEquals(2, run("replay", dir.toString()));
        assertEquals("carbonsim: " + dir + ": is a folder, not an order log\n", err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"30.005", "0", "-5", "99999999999999999999"})
    void aReferencePriceOffTheGridOrOutOfRangeExitsTwo(String price) throws IOException {
        Path file = orders("");
        assertEquals(2, run("replay", file.toString(), "--reference-price", price, "--limit-pct", "10"));
        assertTrue(
                err.toString().startsWith("carbonsim: --reference-price must be a positive multiple"), err.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "100", "10.001", "-1"})
    void aBandOutsideZeroToHundredExitsTwo(String pct) throws IOException {
        Path file = orders("");
        assertEquals(2, run("replay", file.toString(), "--reference-price", "30", "--limit-pct", pct));
        assertTrue(err.toString().startsWith("carbonsim: --limit-pct must be above 0"), err.toString());
    }

    @Test
    void quotedFieldsCrLfAndAByteOrderMarkAreRead() throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(
                file,
                "\uFEFF" + HEADER.replace("\n", "\r\n")
                        + "1,NEW,\"a,1\",SELL,LIMIT,\"30.00\",5\r\n2,NEW,b,BUY,MARKET,,5\r\n");
        int exit = run("replay", file.toString());
        assertEquals(
                List.of(0, ReplayCommand.OUTPUT_HEADER + "\n2,b,\"a,1\",30.00,5\n"), List.of(exit, out.toString()));
    }

    @Test
    void gbkLogIsReadWithEncodingAndRefusedWithALocationWithout() throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.write(
                file,
                (HEADER + "1,NEW,卖方,SELL,LIMIT,30.00,5\n2,NEW,买方,BUY,MARKET,,5\n").getBytes(Charset.forName("GBK")));
        assertEquals(
                List.of(0, ReplayCommand.OUTPUT_HEADER + "\n2,买方,卖方,30.00,5\n"),
                List.of(run("replay", file.toString(), "--encoding", "GBK"), out.toString()));
        err.getBuffer().setLength(0);
        assertEquals(2, run("replay", file.toString()));
        assertEquals(
                "carbonsim: " + file + ":2:7: bytes not valid in UTF-8 (0xC2 at byte offset 51): save the file as"
                        + " UTF-8 or declare its encoding, e.g. --encoding GBK",
                err.toString().strip());
    }

    @Test
    void anUnterminatedQuoteExitsTwoWithItsLocation() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,30.00,5\n2,NEW,\"b,BUY,MARKET,,5\n");
        assertEquals(2, run("replay", file.toString()));
        assertEquals(
                "carbonsim: " + file + ":3:7: a quoted field that starts here is never closed (unterminated quote)",
                err.toString().strip());
    }

    @Test
    void aQuantityNearTwoToTheSixtyTwoIsALocatedProblem() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,30.00,4611686018427387904\n");
        assertEquals(2, run("replay", file.toString()));
        assertTrue(
                err.toString()
                        .contains(file + ":2:7: quantity must be a whole number of tonnes in 1..1000000000000000,"
                                + " got '4611686018427387904'; line skipped"),
                err.toString());
    }

    @Test
    void aTradeWhoseValueOverflowsStopsWithExitTwoAndItsLine() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,9000.00,1000000000000000\n2,NEW,b,BUY,MARKET,,1000000000000000\n");
        assertEquals(2, run("replay", file.toString()));
        assertEquals(
                "carbonsim: " + file + ":3:7: the day's traded tonnes or value (tonnes x price) would overflow a"
                        + " 64-bit count with this order of 1000000000000000 t; replay stopped",
                err.toString().strip());
    }

    @Test
    void iocTradesWhatItCanAndFokTradesAllOrNothing() throws IOException {
        Path file = orders(String.join(
                "\n",
                "1,NEW,a1,SELL,LIMIT,30.00,50",
                "2,NEW,a2,SELL,LIMIT,30.10,50",
                "3,NEW,i,BUY,IOC,30.00,80",
                "4,NEW,f,BUY,FOK,30.10,60",
                "5,NEW,g,BUY,FOK,30.10,50",
                "6,NEW,h,SELL,IOC,29.00,10",
                ""));
        int exit = run("replay", file.toString());
        // i takes a1's 50 t at 30.00 and cancels 30 t; f needs 60 t but 50 t rest at or below 30.10, so it is
        // killed; g fits exactly; h meets no bid.
        assertEquals(
                List.of(
                        0,
                        ReplayCommand.OUTPUT_HEADER + "\n3,i,a1,30.00,50\n5,g,a2,30.10,50\n",
                        "replay " + file + ": 6 orders, 2 trades, 100 t, 1 rejected, 0 ignored, 0 malformed"),
                List.of(exit, out.toString(), summary()));
    }

    @Test
    void aCallPhaseUncrossesAtThePriceOfMostVolumeNearestTheReference() throws IOException {
        Path file = orders(String.join(
                "\n",
                "1,CALL,,,,,",
                "2,NEW,b1,BUY,LIMIT,30.40,200",
                "3,NEW,b2,BUY,LIMIT,30.20,300",
                "4,NEW,s1,SELL,LIMIT,29.80,250",
                "5,NEW,s2,SELL,LIMIT,30.10,200",
                "6,NEW,m,BUY,MARKET,,100",
                "7,UNCROSS,,,,,",
                "8,NEW,s3,SELL,MARKET,,60",
                ""));
        int exit = run("replay", file.toString(), "--reference-price", "30.00", "--limit-pct", "10");
        // 450 t trade at every price from 30.10 to 30.20 with 50 t of demand left over: the nearest to the
        // reference 30.00 wins. The market order is refused in the call phase; after it b2's last 50 t rest.
        assertEquals(
                List.of(
                        0,
                        ReplayCommand.OUTPUT_HEADER
                                + "\n7,b1,s1,30.10,200\n7,b2,s1,30.10,50\n7,b2,s2,30.10,200\n8,b2,s3,30.20,50\n",
                        "replay " + file + ": 8 orders, 4 trades, 500 t, 1 rejected, 0 ignored, 0 malformed"),
                List.of(exit, out.toString(), summary()));
    }

    @Test
    void badCallAuctionAndOrderTypeLinesAreLocatedAndExitTwo() throws IOException {
        Path file = orders(String.join(
                "\n",
                "1,UNCROSS,,,,,",
                "2,CALL,x,,,,",
                "3,NEW,a,BUY,IOC,,5",
                "4,NEW,b,BUY,STOP,30.00,5",
                "5,CALL,,,,,",
                "6,CALL,,,,,",
                "7,NEW,c,SELL,FOK,30.00,5",
                ""));
        int exit = run("replay", file.toString());
        List<String> problems = problems().stream()
                .map(line -> line.replace(file.toString(), "F"))
                .toList();
        assertEquals(
                List.of(
                        2,
                        List.of(
                                "carbonsim: F:2:2: UNCROSS without an open call phase (a CALL line before it); line"
                                        + " skipped",
                                "carbonsim: F:3:3: order_id must be empty for CALL, got 'x'; line skipped",
                                "carbonsim: F:4:6: an IOC order needs a price; line skipped",
                                "carbonsim: F:5:5: type must be LIMIT, MARKET, IOC or FOK, got 'STOP'; line skipped",
                                "carbonsim: F:7:2: CALL while the call phase opened on line 6 is still open; line"
                                        + " skipped",
                                "carbonsim: F:6:2: the call phase opened here is never uncrossed (no UNCROSS line"
                                        + " follows); its orders did not trade"),
                        "replay " + file + ": 2 orders, 0 trades, 0 t, 1 rejected, 0 ignored, 6 malformed"),
                List.of(exit, problems, summary()));
    }

    @Test
    void aCancelWithAQuantityOrPriceIsMalformedNotAWholeCancel() throws IOException {
        // a CANCEL cancels all that rests of its order; one written with a quantity reads as a partial
        // cancel, and replaying it as a whole cancel would drop the rest of the order without a word
        Path file = orders(String.join(
                "\n",
                "1,NEW,s1,SELL,LIMIT,30.00,500",
                "2,CANCEL,s1,,,,100",
                "3,CANCEL,s1,SELL,,,",
                "4,NEW,b1,BUY,LIMIT,30.00,400",
                ""));
        Path outFile = dir.resolve("trades.csv");
        int exit = run("replay", file.toString(), "--out", outFile.toString());
        List<String> problems = problems().stream()
                .map(line -> line.replace(file.toString(), "F"))
                .filter(line -> line.startsWith("carbonsim: F:"))
                .toList();
        assertEquals(
                List.of(
                        2,
                        List.of(
                                "carbonsim: F:3:7: quantity must be empty for CANCEL (it cancels all that rests of the"
                                        + " order), got '100'; line skipped",
                                "carbonsim: F:4:4: side must be empty for CANCEL (it cancels all that rests of the"
                                        + " order), got 'SELL'; line skipped"),
                        false),
                List.of(exit, problems, Files.exists(outFile)));
    }

    @Test
    void bookPrintsTheLadderAfterEachOrderInEitherLanguage() throws IOException {
        Path file = orders("1,NEW,a,SELL,LIMIT,30.10,50\n2,NEW,b,BUY,LIMIT,29.90,20\n3,NEW,c,BUY,MARKET,,30\n");
        int exit = run("replay", file.toString(), "--book", "--lang", "en");
        String english = out.toString();
        out.getBuffer().setLength(0);
        run("replay", file.toString(), "--book", "--lang", "zh");
        assertEquals(
                List.of(
                        0,
                        String.join(
                                "\n",
                                "seq 1: NEW a SELL LIMIT 30.10 50",
                                "  rests: 50 t",
                                "  orders  bid t  price  ask t  orders",
                                "                 30.10     50       1",
                                "  best bid n/a | best ask 30.10 | spread n/a",
                                "",
                                "seq 2: NEW b BUY LIMIT 29.90 20",
                                "  rests: 20 t",
                                "  orders  bid t  price  ask t  orders",
                                "                 30.10     50       1",
                                "       1     20  29.90",
                                "  best bid 29.90 | best ask 30.10 | spread 0.20",
                                "",
                                "seq 3: NEW c BUY MARKET 30",
                                "  trade: c buys 30 t from a at 30.10",
                                "  filled in full",
                                "  orders  bid t  price  ask t  orders",
                                "                 30.10     20       1",
                                "       1     20  29.90",
                                "  best bid 29.90 | best ask 30.10 | spread 0.20",
                                "",
                                ""),
                        List.of(
                                "序号 3: NEW c BUY MARKET 30",
                                "  成交: c 向 a 买入 30 吨, 价格 30.10",
                                "  全部成交",
                                "  买单数  买量(吨)   价格  卖量(吨)  卖单数")),
                List.of(exit, english, out.toString().lines().skip(13).limit(4).toList()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"--tick=abc", "--tick=1e400", "--reference-price=3O.00", "--encoding=KLINGON"})
    void aBadOptionValueNamesTheOptionAndTheExpectedFormNotAJavaException(String option) throws IOException {
        Path file = orders("");
        assertEquals(2, run("replay", file.toString(), option, "--limit-pct", "10"));
        String name = option.substring(0, option.indexOf('='));
        assertTrue(
                err.toString().startsWith("carbonsim: Invalid value for option '" + name + "': expected "),
                err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    /** A tick that is not a positive whole number of fen, or is more fen than a long holds, names the option. */
    @ParameterizedTest
    @ValueSource(strings = {"0", "0.001", "-1", "99999999999999999", "92233720368547758.08"})
    void aTickOffTheFenGridOrTooLargeIsRefusedNamingTheOption(String tick) throws IOException {
        Path file = orders("1,NEW,a1,SELL,LIMIT,30.10,100\n");
        assertEquals(2, run("replay", file.toString(), "--tick", tick), err.toString());
        assertTrue(err.toString().startsWith("carbonsim: --tick must be "), err.toString());
        assertTrue(err.toString().contains("got " + tick), err.toString());
        assertEquals("", out.toString());
    }
}
