package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.Cli;
import org.netdeck.testing.OneDeck;
import org.netdeck.testing.OscillatingDeck;

/**
 * Issue 30: a reference to the last value of a run that never settles ({@link OscillatingDeck}) is a warning at the
 * reference, printed like a problem; the build succeeds.
 */
class RunWarningTest {

    @TempDir
    Path tmp;

    static final String DECK = OscillatingDeck.withText("""
            It ends at {{ trained.loss }}; over its last {{ tail.steps }} steps it ranges
            from {{ tail.min }} to {{ tail.max }}, mean {{ tail.mean }}, and $L = {{ trained.loss }}$.
            """);

    @Test
    void aLastValueOfAnOscillatingRunWarnsAtEachReferenceAndTheBuildSucceeds() throws Exception {
        Path content = OneDeck.write(tmp.resolve("content"), DECK);
        Cli.Run r = Cli.build(content, tmp.resolve("site"));
        assertEquals(0, r.status(), r.err());
        String file = content.resolve("one/deck.md").toString();
        // line 20: "It ends at {{ trained.loss }}" (column 12); line 21's formula "$L = {{ trained.loss }}$" (column
        // 71)
        assertTrue(
                r.err()
                        .contains(
                                file + ":20:12: warning: 'trained.loss' is the last value of the deck's run, whose"
                                        + " loss is oscillating (over steps 180 to 200 it ranges from 0.799 to 1.02, mean 0.906)"),
                r.err());
        assertTrue(r.err().contains(file + ":21:71: warning: 'trained.loss'"), r.err());
        assertTrue(r.err().contains("write {{ tail.mean }} or {{ tail.min }} to {{ tail.max }} instead"), r.err());
        assertEquals(2, r.err().lines().filter(l -> l.contains(": warning: ")).count(), r.err());
        assertFalse(r.err().contains("error"), r.err());
        String page = Files.readString(tmp.resolve("site/one/index.html"));
        assertTrue(
                page.contains("over its last <data value=\"20\" data-ref=\"tail.steps\" data-formula=\"20\">20</data>"
                        + " steps"),
                page);
        assertTrue(page.contains("from <data value=\"0.7985"), page);
    }

    @Test
    void aSettledRunsLastValueDoesNotWarn() throws Exception {
        Path content = OneDeck.write(tmp.resolve("content"), DECK.replace("learning_rate: 12", "learning_rate: 1"));
        Cli.Run r = Cli.build(content, tmp.resolve("site"));
        assertEquals(0, r.status(), r.err());
        assertFalse(r.err().contains("warning"), r.err());
    }
}
