package org.netdeck.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The input cannot be built. Carries every {@link Problem} found, in input order; the command line
 * prints them one per line and exits with status 1. Never a programming error: those are other
 * exceptions.
 */
public final class BuildFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public BuildFailure(List<Problem> problems) {
        super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a build failure needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public BuildFailure(SourcePosition where, String message) {
        this(List.of(new Problem(where, message)));
    }

    /** A failure listing {@code problems} in file order: by line, then column (a stable sort keeps ties as found). */
    public static BuildFailure inFileOrder(List<Problem> problems) {
        List<Problem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt((Problem p) -> p.where().line())
                .thenComparingInt(p -> p.where().column()));
        return new BuildFailure(sorted);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** No stack trace: a build failure is a message for a person, not a bug. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
