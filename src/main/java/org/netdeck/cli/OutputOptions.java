package org.netdeck.cli;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/**
 * {@code -q/--quiet} and {@code -v/--verbose}, shared by {@code build} and {@code serve} (a picocli mixin). They
 * form an exclusive group: giving both is a usage error picocli reports itself (exit status 2).
 */
final class OutputOptions {

    /** Null when neither option is given. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    /** At most one of these. */
    static final class Choice {
        @Option(
                names = {"-q", "--quiet"},
                required = true,
                description = "Print nothing but errors (and, for serve, the address).")
        boolean quiet;

        @Option(
                names = {"-v", "--verbose"},
                required = true,
                description = "Say more about each deck: what was computed, drawn and rendered, or reused; "
                        + "serve also prints saves that changed nothing.")
        boolean verbose;
    }

    /** How much to print. */
    Progress.Level level() {
        if (choice == null) {
            return Progress.Level.NORMAL;
        }
        return choice.quiet ? Progress.Level.QUIET : Progress.Level.VERBOSE;
    }
}
