package org.carbonsim.cli.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The list of the files carbonsim wrote into an output folder, kept in its marker file {@value
 * OutputFolder#MARKER}: the marker's first line says what wrote the folder ({@code carbonsim run
 * output}), a comment line follows, then one line per file as {@code sha256sum} prints it (the SHA-256 in
 * hexadecimal, two spaces, the path inside the folder with {@code /} between names; {@value #ANY} in place
 * of the SHA-256 of {@link #RECORD}).
 *
 * <p>A rerun into the folder replaces only what this list proves to be carbonsim's: a file listed with the
 * SHA-256 it still has. Anything else (a file or folder of the user's, a file carbonsim wrote that was
 * edited since) is the user's and is kept. The list is checked by content, not by modification time,
 * because {@code carbonsim chart} rewrites {@code charts/} and {@code report.html} in a folder long after
 * the run (and updates this list when it does), and a copy of a folder changes its times. A marker of an
 * older carbonsim holds its first line only: {@link #listed} is then false and nothing in the folder is
 * proven carbonsim's. Immutable.
 *
 * @param what the marker's first line
 * @param sha256ByPath each listed file's SHA-256 by its path, in path order
 * @param listed whether the marker lists its files (false for an older carbonsim's marker)
 */
public record OutputManifest(String what, Map<String, String> sha256ByPath, boolean listed) {
    /** The comment line that opens the list, which also tells this marker from an older one. */
    static final String HEADER = "# files carbonsim wrote here (SHA-256, path); a file not listed, or changed since,"
            + " is not carbonsim's and a rerun keeps it";

    /**
     * The record of what made the folder ({@code run.json}, {@code Provenance.FILE}), listed as {@value
     * #ANY} in place of a SHA-256: carbonsim's whatever it holds. It records when and where the command
     * ran, so it differs between two runs of the same scenario and seed; its SHA-256 would make the marker
     * differ too, where every other file is byte-identical. It is carbonsim's bookkeeping, rewritten by
     * every run, and a damaged one is replaced as it always was.
     */
    static final String RECORD = "run.json";

    /** What the list holds in place of a SHA-256 for {@link #RECORD}. */
    static final String ANY = "any";

    private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}|" + ANY + ")  (.+)");

    /** {@code .NAME.new-PID-N} and {@code .NAME.prev-PID-N}: a killed {@code chart}'s hidden folders. */
    private static final Pattern CHART_LEFTOVER = Pattern.compile("\\..+\\.(new|prev)-(\\d+)-\\d+");

    public OutputManifest {
        sha256ByPath = Map.copyOf(sha256ByPath);
    }

    /** The manifest of {@code folder} as written now: every regular file under it but the marker. */
    static OutputManifest of(String what, Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path file : walk(folder)) {
            if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && !isMarker(folder, file)) {
                String path = relative(folder, file);
                files.put(path, path.equals(RECORD) ? ANY : sha256(file));
            }
        }
        return new OutputManifest(what, files, true);
    }

    /**
     * The manifest in {@code folder}'s marker, or {@code null} when it has none.
     *
     * @throws IOException if the marker cannot be read
     */
    public static OutputManifest read(Path folder) throws IOException {
        Path marker = folder.resolve(OutputFolder.MARKER);
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            // the decoder's own words ("Input length = 1") name neither the file nor the problem
            throw new IOException(marker + " is not carbonsim's marker: its bytes are not UTF-8 text", e);
        }
        String what = lines.isEmpty() ? "" : lines.get(0);
        boolean listed = lines.size() > 1 && lines.get(1).equals(HEADER);
        Map<String, String> files = new TreeMap<>();
        if (listed) {
            for (String line : lines.subList(2, lines.size())) {
                Matcher m = LINE.matcher(line);
                if (m.matches()) {
                    files.put(m.group(2), m.group(1));
                }
            }
        }
        return new OutputManifest(what, files, listed);
    }

    /** The marker's text: the first line, the header and the list. */
    String text() {
        StringBuilder text = new StringBuilder(what).append('\n').append(HEADER).append('\n');
        new TreeMap<>(sha256ByPath)
                .forEach((path, sha256) ->
                        text.append(sha256).append("  ").append(path).append('\n'));
        return text.toString();
    }

    /** Writes this manifest as {@code folder}'s marker. */
    public void writeInto(Path folder) throws IOException {
        Files.writeString(folder.resolve(OutputFolder.MARKER), text(), StandardCharsets.UTF_8);
    }

    /**
     * This manifest with {@code folder}'s files under {@code paths} (a file or folder each, as {@code
     * charts} and {@code report.html}, those of them it holds; the others keep their entries) listed as
     * they are now: a file is listed when it is in {@code
     * written} (carbonsim has just written it) or this manifest lists it with the SHA-256 it has (a chart
     * not drawn again); any other file there is the user's and is not listed. {@code carbonsim chart}
     * lists what it redraws so that a rerun recognises it.
     */
    public OutputManifest relisted(Path folder, List<String> paths, List<Path> written) throws IOException {
        List<String> present = paths.stream()
                .filter(p -> Files.exists(folder.resolve(p), LinkOption.NOFOLLOW_LINKS))
                .toList();
        Map<String, String> files = new TreeMap<>();
        sha256ByPath.forEach((path, sha256) -> {
            if (present.stream().noneMatch(p -> path.equals(p) || path.startsWith(p + "/"))) {
                files.put(path, sha256);
            }
        });
        List<Path> fresh =
                written.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        for (String p : present) {
            for (Path file : walk(folder.resolve(p))) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String path = relative(folder, file);
                String sha256 = sha256(file);
                if (fresh.contains(file.toAbsolutePath().normalize()) || sha256.equals(sha256ByPath.get(path))) {
                    files.put(path, sha256);
                }
            }
        }
        return new OutputManifest(what, files, true);
    }

    /**
     * The listed files of {@code folder} that are no longer as carbonsim wrote them (edited, replaced by
     * a folder or a link), in path order; a listed file since deleted is not among them, since there is
     * nothing of it to lose.
     */
    public List<String> changed(Path folder) throws IOException {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(sha256ByPath).entrySet()) {
            Path file = folder.resolve(e.getKey());
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || !matches(file, e.getValue())) {
                changed.add(e.getKey());
            }
        }
        return changed;
    }

    /**
     * What of {@code folder} stands where carbonsim wrote a folder of the files this manifest lists, and is
     * no folder now: a symbolic link (a {@code charts/} moved to another disk and linked back) or a file,
     * by its path inside it, in path order. A rerun writes that folder again inside the output folder, and
     * never through a link that may lead out of it, so such an entry is in the way of the results; and the
     * files listed under a link are read through it, in a folder that is the user's, so they prove nothing.
     */
    public List<String> displacedFolders(Path folder) {
        Set<String> displaced = new TreeSet<>();
        for (String path : sha256ByPath.keySet()) {
            for (int slash = path.indexOf('/'); slash > 0; slash = path.indexOf('/', slash + 1)) {
                Path above = folder.resolve(path.substring(0, slash));
                if (Files.exists(above, LinkOption.NOFOLLOW_LINKS)
                        && !Files.isDirectory(above, LinkOption.NOFOLLOW_LINKS)) {
                    displaced.add(path.substring(0, slash));
                    break;
                }
            }
        }
        return List.copyOf(displaced);
    }

    /**
     * What of {@code folder} is not proven carbonsim's, so that a rerun keeps it: each file, link or empty
     * folder under it (by its path inside the folder) that this manifest does not list with the SHA-256 it
     * has. The marker, the lock file {@code chart} may leave inside the folder and the hidden folders of a
     * killed {@code chart} are carbonsim's; with an older marker ({@link #listed} false) everything else
     * is kept.
     */
    public List<String> kept(Path folder) throws IOException {
        List<String> kept = new ArrayList<>();
        for (Path p : walk(folder)) {
            if (p.equals(folder) || isMarker(folder, p) || isCarbonsimLeftover(folder, p)) {
                continue;
            }
            String path = relative(folder, p);
            if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                if (isEmpty(p)) {
                    kept.add(path);
                }
                continue;
            }
            String listedSha256 = sha256ByPath.get(path);
            if (listedSha256 == null
                    || !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                    || !matches(p, listedSha256)) {
                kept.add(path);
            }
        }
        return kept;
    }

    /** Whether the regular file {@code file} has the listed SHA-256 {@code listed} (any, for {@link #ANY}). */
    private static boolean matches(Path file, String listed) throws IOException {
        return listed.equals(ANY) || sha256(file).equals(listed);
    }

    private static boolean isMarker(Path folder, Path p) {
        return p.getParent() != null
                && p.getParent().equals(folder)
                && p.getFileName().toString().equals(OutputFolder.MARKER);
    }

    /** The inside lock file of {@code chart}, or under a killed {@code chart}'s hidden folder. */
    private static boolean isCarbonsimLeftover(Path folder, Path p) throws IOException {
        Path top = folder.resolve(folder.relativize(p).getName(0));
        String name = top.getFileName().toString();
        if (name.equals(FolderLock.SUFFIX)) {
            return true;
        }
        Matcher m = CHART_LEFTOVER.matcher(name);
        return m.matches()
                && Files.isDirectory(top, LinkOption.NOFOLLOW_LINKS)
                && OutputFolder.isStale(top, m.group(2));
    }

    /** Everything under {@code folder}, itself first, in path order, links not followed. */
    private static List<Path> walk(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** {@code p}'s path inside {@code folder} with {@code /} between names, as the list has it. */
    static String relative(Path folder, Path p) {
        Path r = folder.relativize(p);
        List<String> names = new ArrayList<>();
        r.forEach(n -> names.add(n.toString()));
        return String.join("/", names);
    }

    /** The SHA-256 of {@code file}'s bytes in hexadecimal. */
    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
