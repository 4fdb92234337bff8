package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netdeck.problem.Problem;
import org.netdeck.testing.HeavyNetworkDeck;

/**
 * The landscapes' work is capped (issue 36): grid points plus three passes per path step, for each landscape of a
 * different set of runs, times 100 examples × 207 multiply-adds a pass; 200,000,000 fits 9,661 passes.
 */
class LandscapeWorkTest {

    private static final Path FILE = Path.of("content/heavy/deck.md");

    private static Optional<Problem> check(String landscape, String body) {
        String text = HeavyNetworkDeck.text(landscape, body);
        DeckFile file = DeckFile.split(FILE, text);
        FrontMatter front = FrontMatterParser.parse(FILE, file);
        return LandscapeWork.check(
                new Deck("heavy", FILE, front, new SlideParser().parse(FILE, file.body(), file.bodyLine())));
    }

    private static String slides(String... sets) {
        StringBuilder b = new StringBuilder();
        for (String set : sets) {
            b.append("## S\n\n<!-- diagram: landscape runs: ").append(set).append(" -->\n\n");
        }
        return b.toString();
    }

    @Test
    void oneLandscapeAtTheLimitPassesAndOnePointMoreIsAnErrorAtTheFrontMattersLandscape() {
        // 98² + 3 × 1 run × 1 step = 9,607 passes × 20,700 = 198,864,900
        assertEquals(Optional.empty(), check("{grid: 98, steps: 0}", slides("deck")));
        Problem p = check("{grid: 99, steps: 0}", slides("deck")).orElseThrow();
        assertEquals(HeavyNetworkDeck.landscapeLine(), p.where().line(), p.toString());
        assertEquals("landscape: ".length() + 1, p.where().column(), p.toString()); // at its value
        assertEquals(
                "the landscapes are too much work: 1 landscape, each a 99 × 99 grid and up to 1 run's path of 0"
                        + " steps, over 100 examples at 207 multiply-adds a pass (the network's weights and neurons),"
                        + " come to 202942800, more than the limit of 200000000; give landscape a smaller grid (at most"
                        + " 98 points per side here) or fewer steps, or use fewer examples, or a smaller network",
                p.message());
    }

    @Test
    void theDirectiveOfTheLandscapeThatGoesOverIsTheError() {
        // each plane 50² + 3 = 2,503 passes: three fit (7,509), the fourth (10,012) goes over
        assertEquals(Optional.empty(), check("{grid: 50, steps: 0}", slides("deck", "lr_0_2", "lr_0_3")));
        String body = slides("deck", "lr_0_2", "deck", "lr_0_3", "lr_0_4");
        Problem p = check("{grid: 50, steps: 0}", body).orElseThrow();
        String text = HeavyNetworkDeck.text("{grid: 50, steps: 0}", body);
        int line = text.lines().toList().indexOf("<!-- diagram: landscape runs: lr_0_4 -->") + 1;
        assertEquals(line, p.where().line(), p.toString());
        assertEquals("<!-- diagram: landscape runs: ".length() + 1, p.where().column(), p.toString());
        assertTrue(
                p.message()
                        .startsWith("the landscapes are too much work: 4 landscapes of different sets of runs,"
                                + " each a 50 × 50 grid"),
                p.message());
        assertTrue(p.message().contains("come to 207248400, more than the limit of 200000000"), p.message());
        assertTrue(p.message().contains("(at most 49 points per side here)"), p.message());
        assertTrue(p.message().endsWith("or draw one of the sets of runs already drawn"), p.message());
    }

    @Test
    void pathsCountThreePassesAStepForEachDrawnRun() {
        // every run drawn (4) over 200 steps: 3 × 4 × 201 = 2,412 passes, leaving 85² = 7,225 for the grid
        assertEquals(Optional.empty(), check("{grid: 85, steps: 200}", "## S\n\n<!-- diagram: landscape -->\n"));
        assertTrue(check("{grid: 86, steps: 200}", "## S\n\n<!-- diagram: landscape -->\n")
                .isPresent());
    }

    @Test
    void aDeckWithoutLandscapesIsNoWork() {
        assertEquals(Optional.empty(), check("{grid: 101, steps: 200}", "## S\n\nText.\n"));
    }
}
