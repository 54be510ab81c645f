package org.carbonsim.core.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The folder names Windows cannot open: its device names, in any case and with any extension, and a trailing dot or space. */
class WindowsNamesTest {
    private static final String DEVICE = "is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM0 to COM9,"
            + " LPT0 to LPT9, in any case and with any extension)";

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CON",
                "con",
                "Prn",
                "aux",
                "NUL",
                "nul.txt",
                "CON.tar.gz",
                "COM0",
                "com1",
                "COM9",
                "LPT1",
                "lpt9.csv",
                "COM\u00b9",
                "LPT\u00b3",
                "CON .txt"
            })
    void aDeviceNameIsRefusedInAnyCaseWithOrWithoutAnExtension(String name) {
        assertEquals(DEVICE, WindowsNames.problem(name), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hubei.", "run ", "."})
    void aNameEndingInADotOrASpaceIsRefused(String name) {
        assertEquals("ends in a dot or a space, which Windows drops from a folder's name", WindowsNames.problem(name));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "CONSOLE",
                "COM10",
                "COM",
                "LPT",
                "con-sweep",
                "aux_run",
                "nul2",
                "hubei-pilot",
                "x.con",
                "my.aux.d",
                "classroom-two-firms-montecarlo",
                ".hidden"
            })
    void otherNamesAreAccepted(String name) {
        assertNull(WindowsNames.problem(name), name);
    }

    @Test
    void aDerivedOutputFolderOfAnAcceptedNameIsAccepted() {
        // the commands name their default folders out/NAME, out/NAME-sweep, out/NAME-montecarlo, ...
        for (String suffix : new String[] {"", "-sweep", "-montecarlo", "-sensitivity", "-calibrate", "-classroom"}) {
            assertNull(WindowsNames.problem("hubei-pilot" + suffix));
        }
    }
}
