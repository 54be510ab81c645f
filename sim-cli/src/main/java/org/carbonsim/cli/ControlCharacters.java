package org.carbonsim.cli;

/**
 * Finds a control character (a line break, a carriage return, an escape...) in a file name given on
 * the command line. No file a user means to name has one: a carriage return at the end comes from a
 * script saved with Windows line ends, and echoed in a message it sends the terminal's cursor back
 * over the line, so the message would no longer say where the problem is. Stateless.
 */
final class ControlCharacters {
    private ControlCharacters() {}

    /**
     * Why {@code name} cannot be a file name the user meant, in words that follow the name ("has a
     * carriage return at character 4..."), or {@code null} when it has no control character.
     */
    static String problem(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                String what =
                        switch (c) {
                            case '\r' -> "a carriage return";
                            case '\n' -> "a line break";
                            case '\t' -> "a tab";
                            default -> String.format("the control character U+%04X", (int) c);
                        };
                return "has " + what + " at character " + (i + 1)
                        + (c == '\r' ? " (is the script saved with Windows line ends?)" : "")
                        + "; give the name without it";
            }
        }
        return null;
    }

    /** {@code name} on one line: each control character written as a Java escape such as \r. */
    static String printable(String name) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            switch (c) {
                case '\r' -> text.append("\\r");
                case '\n' -> text.append("\\n");
                case '\t' -> text.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        text.append(String.format("\\u%04x", (int) c));
                    } else {
                        text.append(c);
                    }
                }
            }
        }
        return text.toString();
    }
}
