package org.netdeck.site;

import java.util.List;
import java.util.Objects;
import org.netdeck.problem.Warning;

/**
 * What building one deck took, for progress output: {@code [3/12] backprop: 7 slides (12 ms)}.
 *
 * @param number this deck's place in the build, from 1
 * @param total how many decks the build has
 * @param work how much had to be done again; less than {@link Work#FULL} when a rebuild could reuse a result
 * @param nanos wall time spent on this deck
 * @param warnings what in the deck builds but misleads (printed every build, like problems; the build succeeds)
 */
public record DeckReport(
        int number, int total, String slug, int slides, Work work, long nanos, List<Warning> warnings) {

    /** A report without warnings. */
    public DeckReport(int number, int total, String slug, int slides, Work work, long nanos) {
        this(number, total, slug, slides, work, nanos, List.of());
    }

    /** How much of a deck was made again, from everything to nothing. */
    public enum Work {
        /** Parsed, computed, drawn and rendered. */
        FULL,
        /** The network is unchanged: its trace and diagrams were reused, the text and page made again. */
        TEXT,
        /** The deck is unchanged: only its page was rendered again (new templates or site settings). */
        PAGE,
        /** Nothing changed: every file was reused. */
        NONE
    }

    public DeckReport {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(work, "work");
        warnings = List.copyOf(warnings);
        if (number < 1 || number > total) {
            throw new IllegalArgumentException("deck " + number + " of " + total);
        }
    }
}
