package org.carbonsim.cli;

/**
 * A problem with what the user gave (a file, an option value) whose message already says where the
 * problem is. Reported without a stack trace and exit code 2.
 */
public final class UserInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UserInputException(String message) {
        super(message);
    }

    public UserInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
