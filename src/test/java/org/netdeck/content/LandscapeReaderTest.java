package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.parse;
import static org.netdeck.testing.DeckTexts.withTopLevel;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.LandscapeSpec;
import org.netdeck.testing.DeckTexts;

/** landscape: two parameters, optional ranges, grid and steps; every mistake at its place. The line is 5; the value starts at column 12. */
class LandscapeReaderTest {

    /** The one problem of the deck with {@code landscape: VALUE}, at line 5, {@code column}, with every phrase. */
    private static void assertLandscapeProblem(String landscape, int column, String... phrases) {
        assertProblem(only(withTopLevel("landscape", landscape)), 5, column, phrases);
    }

    @Test
    void readsEverySetting() {
        FrontMatter front =
                parse(withTopLevel("landscape", "{x: w1, y: b1, range: {x: [-4, 4.5]}, grid: 21, steps: 30}"));
        LandscapeSpec l = front.landscape().orElseThrow();
        assertEquals(Optional.of(new LandscapeSpec.Slice("w1", "b1")), l.slice());
        assertEquals(Optional.of(new LandscapeSpec.Range(-4, 4.5)), l.xRange());
        assertEquals(Optional.empty(), l.yRange());
        assertEquals(21, l.grid());
        assertEquals(30, l.steps());
        assertEquals(5, front.positions().get("landscape").line());
    }

    @Test
    void oneRangeServesBothAxesAndDefaultsFillTheRest() {
        LandscapeSpec l = parse(withTopLevel("landscape", "{x: w1, y: w3, range: [-2, 2]}"))
                .landscape()
                .orElseThrow();
        assertEquals(l.xRange(), l.yRange());
        assertEquals(-2, l.xRange().orElseThrow().lo());
        assertEquals(LandscapeSpec.DEFAULT_GRID, l.grid());
        assertEquals(LandscapeSpec.DEFAULT_STEPS, l.steps());
        assertEquals(Optional.empty(), parse(DeckTexts.FULL).landscape());
    }

    @Test
    void anUnknownWeightSuggestsOne() {
        assertLandscapeProblem(
                "{x: w11, y: w3}", 16, "unknown parameter 'w11' in landscape.x", "did you mean 'w1'", "'b3'");
        assertLandscapeProblem("{x: w1, y: h1}", 23, "'h1' is a neuron", "weights and biases");
    }

    @Test
    void withoutXAndYItIsThePlaneOfThePathsCentredWhereAsked() {
        LandscapeSpec l =
                parse(withTopLevel("landscape", "{steps: 30}")).landscape().orElseThrow();
        assertEquals(Optional.empty(), l.slice());
        assertEquals(LandscapeSpec.Origin.START, l.origin());
        assertEquals(30, l.steps());
        LandscapeSpec end =
                parse(withTopLevel("landscape", "{origin: end}")).landscape().orElseThrow();
        assertEquals(LandscapeSpec.Origin.END, end.origin());
        assertLandscapeProblem("{origin: middle}", 21, "landscape.origin is 'middle'", "start", "end");
        assertLandscapeProblem("{x: w1, y: w3, origin: end}", 27, "remove origin, or x and y");
    }

    @Test
    void theTwoParametersDiffer() {
        assertLandscapeProblem("{x: w1, y: w1}", 20, "the same as landscape.x");
    }

    @Test
    void bothAreRequiredAndUnknownKeysAreNamed() {
        assertLandscapeProblem("{x: w1}", 13, "landscape.x is given without landscape.y", "name both");
        assertLandscapeProblem("{x: w1, y: w3, gird: 5}", 27, "unknown key 'gird'", "did you mean 'grid'");
    }

    @Test
    void theGridIsBoundedByTheLimit() {
        assertLandscapeProblem(
                "{x: w1, y: w3, grid: 500}",
                33,
                "landscape.grid is 500",
                "from 5 to " + Limits.MAX_LANDSCAPE_GRID,
                "(the limit)");
        assertLandscapeProblem("{x: w1, y: w3, grid: 2}", 33, "landscape.grid is 2");
        assertLandscapeProblem("{x: w1, y: w3, grid: 4.5}", 33, "not a whole number");
        assertLandscapeProblem("{x: w1, y: w3, steps: 500}", 34, "landscape.steps is 500", "0 to 200");
    }

    @Test
    void aRangeIsTwoIncreasingNumbers() {
        assertLandscapeProblem(
                "{x: w1, y: w3, range: [4, -4]}", 38, "landscape.range goes from 4 to -4", "lower end first");
        assertLandscapeProblem("{x: w1, y: w3, range: [1, 2, 3]}", 34, "has 3 values");
        assertLandscapeProblem("{x: w1, y: w3, range: {y: [a, 2]}}", 39, "landscape.range.y", "not a number");
        assertLandscapeProblem("{x: w1, y: w3, range: {z: [1, 2]}}", 35, "unknown key 'z'");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        var problems = DeckTexts.problems(withTopLevel("landscape", "{x: w9, y: w8, grid: 0}"));
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.get(0).message().contains("'w9'"));
    }
}
