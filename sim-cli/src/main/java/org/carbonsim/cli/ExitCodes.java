package org.carbonsim.cli;

/** The process exit codes every command uses. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** An unexpected failure: a defect or an I/O error the user could not foresee. */
    public static final int FAILURE = 1;
    /** Bad usage or bad input: the message says where the problem is. */
    public static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
