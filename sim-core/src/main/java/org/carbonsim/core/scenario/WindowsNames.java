package org.carbonsim.core.scenario;

import java.util.Locale;
import java.util.Set;

/**
 * The names no folder or file can have on Windows, which a scenario's name (the default output
 * folder is {@code out/NAME}), an {@code --out} folder and an {@code --out} file must avoid so that
 * an output made on one system opens on another: the device names {@code CON}, {@code PRN}, {@code
 * AUX}, {@code NUL}, {@code COM0} to {@code COM9} and {@code LPT0} to {@code LPT9} (and {@code
 * COM¹} to {@code COM³}, {@code LPT¹} to {@code LPT³}) in any case and with any extension ({@code
 * nul.txt}, {@code Con.tar.gz}), as Microsoft's "Naming Files, Paths, and Namespaces" lists them,
 * and a name ending in a dot or a space, which Windows drops. Stateless.
 */
public final class WindowsNames {
    private static final Set<String> DEVICES = Set.of(
            "CON",
            "PRN",
            "AUX",
            "NUL",
            "COM0",
            "COM1",
            "COM2",
            "COM3",
            "COM4",
            "COM5",
            "COM6",
            "COM7",
            "COM8",
            "COM9",
            "COM\u00b9",
            "COM\u00b2",
            "COM\u00b3",
            "LPT0",
            "LPT1",
            "LPT2",
            "LPT3",
            "LPT4",
            "LPT5",
            "LPT6",
            "LPT7",
            "LPT8",
            "LPT9",
            "LPT\u00b9",
            "LPT\u00b2",
            "LPT\u00b3");

    private WindowsNames() {}

    /**
     * Why {@code name} cannot be a folder's name on Windows, as words that follow "it" ("is a name
     * Windows keeps for a device ..."), or {@code null} when it can.
     */
    public static String problem(String name) {
        return problem(name, "folder");
    }

    /**
     * As {@link #problem(String)}, for a name of a {@code kind} ("folder", "file"), which the words
     * name: Windows drops a last dot or space from a file's name as from a folder's.
     */
    public static String problem(String name, String kind) {
        int dot = name.indexOf('.');
        String base = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        if (DEVICES.contains(base.toUpperCase(Locale.ROOT))) {
            return "is a name Windows keeps for a device (CON, PRN, AUX, NUL, COM0 to COM9, LPT0 to LPT9, in any"
                    + " case and with any extension)";
        }
        if (name.endsWith(".") || name.endsWith(" ")) {
            return "ends in a dot or a space, which Windows drops from a " + kind + "'s name";
        }
        return null;
    }
}
