package org.newstrends.cli;

/** The process exit codes every subcommand returns (DESIGN.md: 0 success, 1 failure while running, 2 bad usage). */
public enum ExitCode {
    /** The command did what it was asked. */
    OK(0),
    /** The command failed while running (unreadable input, write error, job failure). */
    FAILURE(1),
    /** Bad usage or a bad job spec: nothing was run. */
    USAGE(2);

    private final int code;

    ExitCode(int code) { this.code = code; }

    /** The number the process exits with. */
    public int code() { return code; }
}
