package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.netdeck.content.Decks.assertProblem;
import static org.netdeck.content.Decks.edit;
import static org.netdeck.content.Decks.only;
import static org.netdeck.content.Decks.parse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.RunSpec;
import org.netdeck.compute.Setting;
import org.netdeck.problem.Problem;

/** compare: one setting, a list of values; every mistake at its place. The line is 5; values start at column 27. */
class CompareReaderTest {

    private static String withCompare(String compare) {
        return edit("series: Visual Explainer\n", "series: Visual Explainer\ncompare: " + compare + "\n");
    }

    @Test
    void readsLearningRateRunsInOrderWithTheirPositions() {
        FrontMatter front = parse(withCompare("{learning_rate: [0.1, 1, 2.5e-3]}"));
        assertEquals(
                List.of("lr_0_1", "lr_1", "lr_0_0025"),
                front.compare().stream().map(RunSpec::name).toList());
        RunSpec fast = front.compare().get(1);
        assertEquals(Setting.LEARNING_RATE, fast.setting());
        assertEquals(1.0, fast.network().learningRate());
        assertEquals(front.network().weights(), fast.network().weights());
        assertEquals(front.network().iterations(), fast.network().iterations());
        assertEquals(32, front.positions().get("compare.lr_1").column());
        assertEquals(5, front.positions().get("compare.lr_1").line());
    }

    @Test
    void readsIterationRuns() {
        FrontMatter front = parse(withCompare("{iterations: [10, 2000]}"));
        assertEquals(
                List.of(10, 2000),
                front.compare().stream().map(r -> r.network().iterations()).toList());
        assertEquals(0.1, front.compare().get(0).network().learningRate());
        assertEquals(List.of(), parse(Decks.FULL).compare());
    }

    @Test
    void anUnknownSettingSuggestsOne() {
        assertProblem(
                only(withCompare("{learning_rat: [0.1]}")),
                5,
                11,
                "unknown setting 'learning_rat'",
                "did you mean 'learning_rate'",
                "'iterations'");
    }

    @Test
    void oneSettingAtATime() {
        assertProblem(only(withCompare("{learning_rate: [0.1], iterations: [5]}")), 5, 33, "one setting at a time");
    }

    @Test
    void emptyOrNotAListIsAnError() {
        assertProblem(only(withCompare("{learning_rate: []}")), 5, 26, "empty list");
        assertProblem(only(withCompare("{learning_rate: 0.1}")), 5, 26, "should be a list");
        assertProblem(only(withCompare("{}")), 5, 10, "compare is empty");
    }

    @Test
    void everyValueIsCheckedAtItsPlace() {
        assertProblem(only(withCompare("{learning_rate: [0.1, abc]}")), 5, 32, "'abc'", "not a number");
        assertProblem(only(withCompare("{learning_rate: [0.1, -1]}")), 5, 32, "greater than 0");
        assertProblem(only(withCompare("{iterations: [10, 2.5]}")), 5, 28, "not a whole number");
        assertProblem(only(withCompare("{iterations: [10, 200000]}")), 5, 28, "200000");
    }

    @Test
    void duplicatesAreReportedAtTheSecond() {
        assertProblem(only(withCompare("{learning_rate: [0.1, 1, 0.10]}")), 5, 35, "lists 0.1 twice");
    }

    @Test
    void moreRunsThanTheLimitIsAnError() {
        assertProblem(
                only(withCompare("{learning_rate: [1, 2, 3, 4, 5, 6, 7]}")),
                5,
                45,
                "7 values",
                "limit of " + Limits.MAX_COMPARE_RUNS);
    }

    @Test
    void compareOptimizerRunsAreNamedByTheOptimizer() {
        FrontMatter front = parse(withCompare("{optimizer: [sgd, momentum, {name: adam, beta1: 0.8}]}"));
        assertEquals(
                List.of("sgd", "momentum", "adam"),
                front.compare().stream().map(RunSpec::name).toList());
        RunSpec adam = front.compare().get(2);
        assertEquals(Setting.OPTIMIZER, adam.setting());
        assertEquals("adam", adam.value());
        assertEquals(0.8, adam.network().optimizer().beta1());
        assertEquals(front.network().withOptimizer(adam.network().optimizer()), adam.network());
        assertEquals(5, front.positions().get("compare.momentum").line());
        assertEquals(28, front.positions().get("compare.momentum").column());
    }

    @Test
    void compareOptimizerListsEachOnce() {
        Problem p = only(withCompare("{optimizer: [adam, sgd, {name: adam}]}"));
        assertProblem(p, 5, 34, "compare.optimizer lists adam twice (also at line 5)", "list each one once");
    }

    @Test
    void compareUnknownOptimizer() {
        Problem p = only(withCompare("{optimizer: [sgd, nesterow]}"));
        assertProblem(p, 5, 28, "unknown optimizer 'nesterow'", "did you mean 'nesterov'?");
    }

    @Test
    void optimizerIsASettingCompareKnows() {
        Problem p = only(withCompare("{optimiser: [sgd]}"));
        assertProblem(p, 5, 11, "unknown setting 'optimiser' in compare", "did you mean 'optimizer'?");
    }
}
