package org.carbonsim.core.scenario;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A scenario file that cannot be loaded, with every problem found in it (up to a limit; the last
 * entry then says how many more there were). The message lists the problems one per line, JSON paths
 * prefixed by the source name and, when known, the line and column they start at.
 */
public final class ScenarioException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Name of the file (or resource) the problems were found in. */
    private final String source;

    /** The problems, at least one. */
    private final List<Problem> problems;

    public ScenarioException(String source, List<Problem> problems) {
        super(format(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ScenarioException needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** Name of the file (or resource) the problems were found in. */
    public String source() {
        return source;
    }

    /** The same problems as found in {@code otherSource}: the file a user named, say, for a scenario's name. */
    public ScenarioException withSource(String otherSource) {
        return new ScenarioException(otherSource, problems);
    }

    /** The problems, in the order found; never empty. */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * The problems one per line, each as {@code source: location: message}, or {@code
     * source:line:column: location: message} when a JSON path's place in the file is known, except
     * that a location which already names a file ({@code file.csv:3:2}) is not prefixed again.
     */
    public List<String> lines() {
        return problems.stream().map(p -> line(source, p)).toList();
    }

    private static String line(String source, Problem problem) {
        if (!problem.location().startsWith("$")) {
            return problem.toString();
        }
        return problem.line() == 0
                ? source + ": " + problem
                : source + ":" + problem.line() + ":" + problem.column() + ": " + problem;
    }

    private static String format(String source, List<Problem> problems) {
        return problems.stream().map(p -> line(source, p)).collect(Collectors.joining("\n"));
    }
}
