package org.netdeck.testing;

/**
 * How many random inputs the fuzz and differential tests try: {@value #DEFAULT_RUNS} runs unless
 * {@code -Dnetdeck.fuzz.runs=N} asks for more (or fewer); {@code pom.xml} passes it to both lanes. Each test keeps its
 * fixed seed, so a count always tries the same inputs.
 *
 * <pre>{@code
 * mvn verify -Dnetdeck.fuzz.runs=1000                        # ten times the default, as a stress run
 * mvn test -Dtest=PrecisionTest -Dnetdeck.fuzz.runs=10000    # one test, a hundred times
 * }</pre>
 */
public final class Fuzz {

    /** Runs when the property is not set. */
    public static final int DEFAULT_RUNS = 100;

    private Fuzz() {}

    /** The runs asked for: whole-program inputs (a deck built from random text, say). */
    public static int runs() {
        int runs = Integer.getInteger("netdeck.fuzz.runs", DEFAULT_RUNS);
        if (runs < 1) {
            throw new IllegalArgumentException("netdeck.fuzz.runs is " + runs + "; give a count of 1 or more");
        }
        return runs;
    }

    /**
     * Cheap cases (one number formatted two ways, say): {@code atDefault} at the default runs, scaled in proportion
     * to the runs asked for, and at least 1.
     */
    public static int cases(int atDefault) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (long) atDefault * runs() / DEFAULT_RUNS));
    }
}
