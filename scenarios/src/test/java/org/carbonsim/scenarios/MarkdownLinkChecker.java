package org.carbonsim.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds dead relative links in Markdown files: a {@code [text](target)} whose file does not exist, or
 * whose {@code #anchor} names no heading of the target file. Anchors follow GitHub's rules (lowercase;
 * everything but letters, digits, spaces, hyphens and underscores dropped; spaces become hyphens; a
 * repeated heading gets {@code -1}, {@code -2}, ...), so a link that works here works on GitHub.
 * Links with a scheme ({@code http:}, {@code https:}, {@code mailto:}) are not followed. Code blocks and
 * code spans are skipped: a link shown as an example is not a link.
 */
final class MarkdownLinkChecker {
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\(([^)\\s]*)(?:\\s+\"[^\"]*\")?\\)");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`]*`");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:name|id)=\"([^\"]+)\"");

    private final Map<Path, Set<String>> anchorsByFile = new HashMap<>();

    private MarkdownLinkChecker() {}

    /** Every Markdown file under {@code root}, skipping build output, VCS and hidden folders. */
    static List<Path> markdownFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".md"))
                    .filter(p -> Files.isRegularFile(p))
                    .filter(p -> {
                        for (Path part : root.relativize(p)) {
                            String name = part.toString();
                            if (name.equals("target") || name.equals("node_modules") || name.startsWith(".")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The dead links of {@code files}, one line each: the linking file (relative to root), line and target. */
    static List<String> deadLinks(Path root, List<Path> files) {
        MarkdownLinkChecker checker = new MarkdownLinkChecker();
        List<String> dead = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = read(file);
            boolean fenced = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                    fenced = !fenced;
                    continue;
                }
                if (fenced) {
                    continue;
                }
                Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
                while (link.find()) {
                    String problem = checker.problem(file, link.group(2));
                    if (problem != null) {
                        dead.add(root.relativize(file) + ":" + (i + 1) + ": (" + link.group(2) + ") " + problem);
                    }
                }
            }
        }
        return dead;
    }

    /** Why {@code target}, linked from {@code file}, is dead; null when it is alive or not relative. */
    private String problem(Path file, String target) {
        if (target.isEmpty()) {
            return "empty link target";
        }
        if (SCHEME.matcher(target).find() || target.startsWith("//")) {
            return null;
        }
        int hash = target.indexOf('#');
        String pathPart = hash < 0 ? target : target.substring(0, hash);
        String anchor = hash < 0 ? null : target.substring(hash + 1);
        Path resolved = pathPart.isEmpty()
                ? file
                : file.toAbsolutePath().getParent().resolve(pathPart).normalize();
        if (!Files.exists(resolved)) {
            return "no such file " + resolved;
        }
        if (anchor == null) {
            return null;
        }
        if (!resolved.getFileName().toString().endsWith(".md")) {
            return "anchor #" + anchor + " on a file that is not Markdown";
        }
        Set<String> anchors = anchorsByFile.computeIfAbsent(resolved, MarkdownLinkChecker::anchors);
        return anchors.contains(anchor) ? null : "no heading makes anchor #" + anchor + " in " + resolved;
    }

    /** The anchors GitHub generates for the headings of a Markdown file, plus explicit HTML anchors. */
    static Set<String> anchors(Path file) {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean fenced = false;
        for (String line : read(file)) {
            if (line.strip().startsWith("```") || line.strip().startsWith("~~~")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            Matcher html = HTML_ANCHOR.matcher(line);
            while (html.find()) {
                anchors.add(html.group(1));
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                String slug = slug(heading.group(1));
                int count = seen.merge(slug, 1, Integer::sum);
                anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
            }
        }
        return anchors;
    }

    /** GitHub's anchor for a heading's text: links reduced to their text, then the rules above. */
    static String slug(String heading) {
        String text = LINK.matcher(heading).replaceAll("$1").toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        text.codePoints().forEach(c -> {
            if (c == ' ') {
                slug.append('-');
            } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                slug.appendCodePoint(c);
            }
        });
        return slug.toString();
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
