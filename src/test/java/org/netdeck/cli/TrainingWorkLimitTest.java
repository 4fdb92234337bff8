package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.content.Limits;
import org.netdeck.testing.Cli;
import org.netdeck.testing.HeavyNetworkDeck;

/** The training's work is capped over the deck (issue 36): the build refuses at the run going over, before training. */
class TrainingWorkLimitTest {

    @TempDir
    Path tmp;

    private Cli.Run build(String text) throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("heavy"));
        Files.writeString(content.resolve("heavy/deck.md"), text);
        return Cli.build(content, tmp.resolve("site"));
    }

    @Test
    void runsOverTheWorkLimitAreAnErrorAtTheCompareRunThatGoesOver() throws Exception {
        String text = HeavyNetworkDeck.text("{learning_rate: [0.2, 0.3, 0.4]}", null, 2000, "## A\n\nText.\n");
        Cli.Run r = build(text);
        assertEquals(1, r.status(), r.err());
        // 124,200,000 a run: three fit, the fourth (lr_0_4) takes the sum to 496,800,000
        assertTrue(
                r.err()
                        .contains("heavy/deck.md:3:" + ("compare: {learning_rate: [0.2, 0.3, ".length() + 1)
                                + ": error: the training is too much work: the compare run lr_0_4 takes 2000 steps"),
                r.err());
        assertTrue(r.err().contains("more than the deck's limit of " + Limits.MAX_TRAINING_WORK), r.err());
        assertTrue(r.err().contains("give it at most 1246 iterations"), r.err());
    }

    @Test
    void stepsToReferencesCountTheirRunsSearch() throws Exception {
        String body = "## A\n\n{{ steps_to.loss(0.3) }}, {{ runs.lr_0_2.steps_to.loss(0.3) }},"
                + " {{ runs.lr_0_3.steps_to.loss(0.3) }}, {{ runs.lr_0_4.steps_to.loss(0.3) }}\n";
        Cli.Run r = build(HeavyNetworkDeck.text("{learning_rate: [0.2, 0.3, 0.4]}", null, 200, body));
        assertEquals(1, r.status(), r.err());
        assertTrue(
                r.err()
                        .contains("error: the training is too much work: the compare run lr_0_4 takes 2000 steps (a"
                                + " steps_to reference searches it up to its step limit, past its 200 iterations)"),
                r.err());
        assertTrue(r.err().contains("or remove its steps_to references"), r.err());
    }
}
