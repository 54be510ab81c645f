package org.carbonsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code carbonsim completion}: a script that completes every command and its options, for bash and zsh. */
class CompletionCommandTest extends CommandLineTest {
    @ParameterizedTest
    @ValueSource(strings = {"bash", "zsh"})
    void theScriptCompletesEveryCommandAndItsOptions(String shell) {
        assertEquals(0, run("completion", shell), err.toString());
        String script = out.toString();
        assertTrue(
                script.startsWith("#!/usr/bin/env bash"),
                script.lines().findFirst().orElse(""));
        assertTrue(script.contains("complete -F _complete_carbonsim"), "registers the function for carbonsim");
        assertTrue(script.contains("bashcompinit"), "switches zsh to its bash-completion emulation");
        for (String name : CarbonsimCommand.newCommandLine().getSubcommands().keySet()) {
            assertTrue(script.contains(" " + name), shell + ": command " + name + " is completed");
        }
        for (String option : new String[] {"--seed", "--years", "--force", "--runs", "--set", "--no-charts"}) {
            assertTrue(script.contains(option), shell + ": option " + option + " is completed");
        }
    }

    @Test
    void anotherShellIsBadInput() {
        assertEquals(2, run("completion", "fish"));
        assertTrue(err.toString().contains("bash or zsh"), err.toString());
    }
}
