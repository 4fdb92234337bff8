package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Goal;
import org.netdeck.problem.Problem;
import org.netdeck.testing.HeavyNetworkDeck;

/**
 * The training's work is capped over the whole deck (issue 36): each run's examples × steps × 3 passes × 207
 * multiply-adds a pass (the 2-12-12-1 network), 62,100 a step on 100 examples; 450,000,000 fits 7,246 steps in all.
 */
class TrainingWorkTest {

    private static final Path FILE = Path.of("content/heavy/deck.md");
    private static final String THREE_RUNS = "{learning_rate: [0.2, 0.3, 0.4]}";

    private static Optional<Problem> check(int iterations, List<Goal> goals) {
        String text = HeavyNetworkDeck.text(THREE_RUNS, null, iterations, "## S\n\nText.\n");
        DeckFile file = DeckFile.split(FILE, text);
        FrontMatter front = FrontMatterParser.parse(FILE, file);
        Deck deck = new Deck("heavy", FILE, front, new SlideParser().parse(FILE, file.body(), file.bodyLine()));
        return TrainingWork.check(deck, goals);
    }

    @Test
    void fourRunsAtTheLimitPassAndOneStepMoreIsAnErrorAtTheLastCompareRun() {
        // 4 runs × 1,811 steps × 62,100 = 449,852,400; at 1,812 the fourth run takes the sum to 450,100,800
        assertEquals(Optional.empty(), check(1811, List.of()));
        Problem p = check(1812, List.of()).orElseThrow();
        assertEquals(3, p.where().line(), p.toString()); // compare: on the front matter's third line
        assertEquals(
                "compare: {learning_rate: [0.2, 0.3, ".length() + 1, p.where().column(), p.toString());
        assertEquals(
                "the training is too much work: the compare run lr_0_4 takes 1812 steps over 100 examples at 3 passes"
                        + " a step of 207 multiply-adds (the network's weights and neurons), 112525200, and the runs"
                        + " before it 337575600, more than the deck's limit of 450000000 over all 4 runs; give it at"
                        + " most 1810 iterations, or use fewer examples, fewer or shorter runs, or a smaller network",
                p.message());
    }

    @Test
    void aRunThatAStepsToReferenceSearchesCountsItsStepLimit() {
        // 200 iterations each; a searched run may train on to 2,000 steps (200,000 / 100 examples)
        List<Goal> three =
                List.of(new Goal("", "loss", 0.1), new Goal("lr_0_2", "loss", 0.1), new Goal("lr_0_3", "y", 0.9));
        assertEquals(Optional.empty(), check(200, three)); // 3 × 2,000 + 200 = 6,200 steps
        List<Goal> four = List.of(
                new Goal("", "loss", 0.1),
                new Goal("lr_0_2", "loss", 0.1),
                new Goal("lr_0_3", "loss", 0.1),
                new Goal("lr_0_4", "loss", 0.2));
        Problem p = check(200, four).orElseThrow(); // 8,000 steps
        assertEquals(3, p.where().line(), p.toString());
        assertTrue(
                p.message()
                        .startsWith("the training is too much work: the compare run lr_0_4 takes 2000 steps (a"
                                + " steps_to reference searches it up to its step limit, past its 200 iterations)"),
                p.message());
        assertTrue(p.message().contains("give it at most 1246 iterations"), p.message());
        assertTrue(p.message().endsWith("or remove its steps_to references, or a smaller network"), p.message());
    }

    @Test
    void theWorstCaseOfOneRunIsWellUnderTheLimit() {
        // a run's own limit: examples × steps ≤ 200,000, and at most 256 weights and 12 × 24 neurons a pass
        assertTrue(200_000L * LandscapeWork.PASSES_PER_STEP * (256 + 12 * 24) < Limits.MAX_TRAINING_WORK);
        assertEquals(
                124_200_000,
                TrainingWork.of(
                        FrontMatterParser.parse(
                                        FILE, DeckFile.split(FILE, HeavyNetworkDeck.text(THREE_RUNS, null, 2000, "")))
                                .network(),
                        2000));
    }
}
