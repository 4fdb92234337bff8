package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.serve.Rebuild;
import org.netdeck.site.DeckReport;
import org.netdeck.site.DeckReport.Work;

class ProgressTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private Progress progress(Progress.Level level) {
        return new Progress(level, new PrintWriter(out), new PrintWriter(err));
    }

    private static DeckReport deck(Work work) {
        return new DeckReport(3, 12, "backprop", 7, work, 12_400_000);
    }

    @Test
    void oneLinePerDeckBuilt() {
        Progress p = progress(Progress.Level.NORMAL);
        p.deckBuilt(deck(Work.FULL));
        p.deckBuilt(deck(Work.TEXT));
        p.deckBuilt(deck(Work.NONE)); // reused decks are news only in verbose mode
        p.deckBuilt(new DeckReport(1, 1, "one", 1, Work.FULL, 0));
        assertEquals(
                List.of(
                        "[3/12] backprop: 7 slides (12 ms)",
                        "[3/12] backprop: 7 slides (12 ms; network unchanged, its trace and diagrams reused)",
                        "[1/1] one: 1 slide (0 ms)"),
                out.toString().lines().toList());
    }

    @Test
    void verboseSaysWhatWasDoneAndQuietSaysNothing() {
        Progress v = progress(Progress.Level.VERBOSE);
        v.deckBuilt(deck(Work.FULL));
        v.deckBuilt(deck(Work.NONE));
        v.deckBuilt(deck(Work.PAGE));
        Progress q = progress(Progress.Level.QUIET);
        q.deckBuilt(deck(Work.FULL));
        q.rebuilt(new Rebuild(Set.of(), Rebuild.Outcome.RELOAD, List.of(), 1, 5_000_000));
        assertEquals(
                List.of(
                        "[3/12] backprop: 7 slides (12 ms; parsed, computed, drawn, rendered)",
                        "[3/12] backprop: 7 slides (12 ms; unchanged)",
                        "[3/12] backprop: 7 slides (12 ms; unchanged, page rendered again)"),
                out.toString().lines().toList());
    }

    @Test
    void rebuildsSayWhatChangedAndProblemsGoToTheErrorStream() {
        Progress p = progress(Progress.Level.NORMAL);
        Path deck = Path.of("content/backprop/deck.md").toAbsolutePath();
        p.rebuilt(new Rebuild(Set.of(), Rebuild.Outcome.RELOAD, List.of(), 1, 310_000_000));
        p.rebuilt(new Rebuild(Set.of(deck), Rebuild.Outcome.RELOAD, List.of(), 2, 9_000_000));
        p.rebuilt(new Rebuild(Set.of(deck), Rebuild.Outcome.UNCHANGED, List.of(), 2, 1_000_000));
        Problem problem = new Problem(new SourcePosition(Path.of("content/backprop/deck.md"), 16, 18), "not a number");
        p.rebuilt(new Rebuild(Set.of(deck), Rebuild.Outcome.FAILED, List.of(problem), 2, 3_000_000));
        assertEquals(
                List.of("Built in 310 ms", "Reloaded after content/backprop/deck.md changed (9 ms)"),
                out.toString().lines().toList());
        assertEquals(
                List.of(
                        "content/backprop/deck.md:16:18: error: not a number",
                        "netdeck: build failed with 1 error; still serving the last good version (the browser shows the problem too)"),
                err.toString().lines().toList());
    }
}
