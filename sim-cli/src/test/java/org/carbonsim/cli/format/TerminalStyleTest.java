package org.carbonsim.cli.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TerminalStyleTest {
    @Test
    void plainStyleLeavesTextAlone() {
        TerminalStyle plain = TerminalStyle.PLAIN;
        assertEquals("year", plain.header("year"));
        assertEquals("bad", plain.problem("bad"));
        assertEquals("hm", plain.warning("hm"));
        assertEquals("ok", plain.ok("ok"));
    }

    @Test
    void ansiStyleWrapsTextInEscapesThatResetAfterwards() {
        TerminalStyle ansi = new TerminalStyle(true);
        assertEquals("\u001B[1myear\u001B[0m", ansi.header("year"));
        assertEquals("\u001B[31mbad\u001B[0m", ansi.problem("bad"));
        assertEquals("\u001B[33mhm\u001B[0m", ansi.warning("hm"));
        assertEquals("\u001B[32mok\u001B[0m", ansi.ok("ok"));
    }

    @Test
    void testsRunWithoutATerminalSoStdoutIsPlain() {
        assertFalse(TerminalStyle.forStdout().isAnsi());
    }
}
