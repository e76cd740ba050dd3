package org.newstrends.cli;

/** The {@code newstrends} command line: {@code main} only executes it. */
public final class Main {
    private Main() { }

    public static void main(String[] args) {
        System.exit(NewstrendsCommand.execute(args));
    }
}
