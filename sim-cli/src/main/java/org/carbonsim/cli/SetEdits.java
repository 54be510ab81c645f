package org.carbonsim.cli;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.carbonsim.core.scenario.Scenario;
import org.carbonsim.core.scenario.ScenarioEdit;
import org.carbonsim.core.scenario.ScenarioException;

/**
 * The {@code --set PATH=VALUE} options of {@code run} and {@code montecarlo}: one value each (a
 * number, text, true/false, or a JSON list or object that replaces the whole value), applied to the
 * scenario's JSON before it is loaded, so that a bundled scenario can be run with a setting
 * changed without copying it. Each path may be given once. A calendar path is allowed here, unlike in
 * {@code sweep}: every run of the command simulates the same edited calendar, and {@code run.json}
 * records its years. Immutable.
 */
final class SetEdits {
    /** No {@code --set}: the scenario as its file has it. */
    static final SetEdits NONE = new SetEdits(List.of());

    private final List<SetOption> options;

    private SetEdits(List<SetOption> options) {
        this.options = List.copyOf(options);
    }

    /**
     * Parses the options as given ({@code null} when there are none).
     *
     * @throws UserInputException naming the option for a missing {@code =}, an empty value, a path
     *     given twice, or a path inside the value another one sets (a JSON list or object set whole)
     */
    static SetEdits parse(List<String> sets) {
        if (sets == null) {
            return NONE;
        }
        List<SetOption> options = new ArrayList<>();
        for (String text : sets) {
            SetOption option = SetOption.parse(text, "PATH=VALUE such as market.limitPct=5");
            for (SetOption earlier : options) {
                if (earlier.path().equals(option.path())) {
                    throw option.refused(option.path() + " is already set by --set " + earlier.text());
                }
                // one edit inside the value another replaces whole: which wins would depend on their order
                if (SetOption.within(option.path(), earlier.path())) {
                    throw option.refused(option.path() + " lies within " + earlier.path() + ", which --set "
                            + earlier.text() + " replaces whole; write the value into that one");
                }
                if (SetOption.within(earlier.path(), option.path())) {
                    throw option.refused(option.path() + " holds " + earlier.path() + ", which --set " + earlier.text()
                            + " sets; write that value into this one");
                }
            }
            options.add(option);
        }
        return new SetEdits(options);
    }

    /** The edits in the order given, each value trimmed, a number in plain decimals and JSON compact. */
    List<ScenarioEdit> edits() {
        return options.stream()
                .map(o -> new ScenarioEdit(
                        o.path(), SetOption.plainValue(o.values().trim())))
                .toList();
    }

    /**
     * Loads {@code fileOrName} with the edits. A problem of the file itself is reported as without
     * {@code --set}; one an edit causes is reported after that {@code --set}, and one only the edits
     * together cause after all of them.
     *
     * @throws UserInputException with every problem
     */
    Scenario load(String fileOrName, Charset registerEncoding) {
        if (options.isEmpty()) {
            return ScenarioFiles.load(fileOrName, registerEncoding);
        }
        try {
            return ScenarioFiles.load(fileOrName, edits(), registerEncoding);
        } catch (ScenarioException together) {
            ScenarioFiles.load(fileOrName, registerEncoding);
            List<ScenarioEdit> edits = edits();
            for (int i = 0; i < options.size(); i++) {
                try {
                    ScenarioFiles.load(fileOrName, List.of(edits.get(i)), registerEncoding);
                } catch (ScenarioException alone) {
                    throw options.get(i).refused(oneValueHint(options.get(i)), alone);
                }
            }
            throw new UserInputException(
                    options.stream().map(o -> "--set " + o.text()).collect(Collectors.joining(" ")) + ": together: "
                            + SetOption.problems(together),
                    together);
        }
    }

    /**
     * Before the loader's problems with a value holding a comma: say that sweep takes several. A JSON
     * list or object holds commas of its own.
     */
    private static String oneValueHint(SetOption option) {
        return option.values().contains(",") && !SetOption.isJson(option.values())
                ? "one value each (to run several, use carbonsim sweep): "
                : "";
    }

    /**
     * Refuses a path {@code scenario}'s uncertainty block draws, whose value a Monte Carlo run would
     * draw afresh in every replication instead of using the one set.
     */
    void refuseDrawn(Scenario scenario) {
        options.forEach(o -> o.refuseIfDrawn(scenario, "set"));
    }
}
