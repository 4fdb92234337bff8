package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.parse;
import static org.netdeck.testing.DeckTexts.withTopLevel;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.OptimizerKind;
import org.netdeck.compute.RunSpec;
import org.netdeck.compute.Setting;
import org.netdeck.problem.Problem;
import org.netdeck.testing.DeckTexts;

/** compare: one setting, a list of values; every mistake at its place. The line is 5; values start at column 27. */
class CompareReaderTest {

    @Test
    void readsLearningRateRunsInOrderWithTheirPositions() {
        FrontMatter front = parse(withTopLevel("compare", "{learning_rate: [0.1, 1, 2.5e-3]}"));
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
        FrontMatter front = parse(withTopLevel("compare", "{iterations: [10, 2000]}"));
        assertEquals(
                List.of(10, 2000),
                front.compare().stream().map(r -> r.network().iterations()).toList());
        assertEquals(0.1, front.compare().get(0).network().learningRate());
        assertEquals(List.of(), parse(DeckTexts.FULL).compare());
    }

    @Test
    void anUnknownSettingSuggestsOne() {
        assertProblem(
                only(withTopLevel("compare", "{learning_rat: [0.1]}")),
                5,
                11,
                "unknown setting 'learning_rat'",
                "did you mean 'learning_rate'",
                "'iterations'");
    }

    @Test
    void oneSettingAtATime() {
        assertProblem(
                only(withTopLevel("compare", "{learning_rate: [0.1], iterations: [5]}")),
                5,
                33,
                "one setting at a time");
    }

    @Test
    void emptyOrNotAListIsAnError() {
        assertProblem(only(withTopLevel("compare", "{learning_rate: []}")), 5, 26, "empty list");
        assertProblem(only(withTopLevel("compare", "{learning_rate: 0.1}")), 5, 26, "should be a list");
        assertProblem(only(withTopLevel("compare", "{}")), 5, 10, "compare is empty");
    }

    @Test
    void everyValueIsCheckedAtItsPlace() {
        assertProblem(only(withTopLevel("compare", "{learning_rate: [0.1, abc]}")), 5, 32, "'abc'", "not a number");
        assertProblem(only(withTopLevel("compare", "{learning_rate: [0.1, -1]}")), 5, 32, "greater than 0");
        assertProblem(only(withTopLevel("compare", "{iterations: [10, 2.5]}")), 5, 28, "not a whole number");
        assertProblem(only(withTopLevel("compare", "{iterations: [10, 200000]}")), 5, 28, "200000");
    }

    @Test
    void duplicatesAreReportedAtTheSecond() {
        assertProblem(only(withTopLevel("compare", "{learning_rate: [0.1, 1, 0.10]}")), 5, 35, "lists 0.1 twice");
    }

    @Test
    void moreRunsThanTheLimitIsAnError() {
        assertProblem(
                only(withTopLevel("compare", "{learning_rate: [1, 2, 3, 4, 5, 6, 7]}")),
                5,
                45,
                "7 values",
                "limit of " + Limits.MAX_COMPARE_RUNS);
    }

    @Test
    void compareOptimizerRunsAreNamedByTheOptimizer() {
        FrontMatter front = parse(withTopLevel("compare", "{optimizer: [sgd, momentum, {name: adam, beta1: 0.8}]}"));
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
        Problem p = only(withTopLevel("compare", "{optimizer: [adam, sgd, {name: adam}]}"));
        assertProblem(p, 5, 34, "compare.optimizer lists adam twice (also at line 5)", "list each one once");
    }

    @Test
    void compareUnknownOptimizer() {
        Problem p = only(withTopLevel("compare", "{optimizer: [sgd, nesterow]}"));
        assertProblem(p, 5, 28, "unknown optimizer 'nesterow'", "did you mean 'nesterov'?");
    }

    @Test
    void optimizerIsASettingCompareKnows() {
        Problem p = only(withTopLevel("compare", "{optimiser: [sgd]}"));
        assertProblem(p, 5, 11, "unknown setting 'optimiser' in compare", "did you mean 'optimizer'?");
    }

    // ---- the list of named runs: compare: [{name: small_lr, learning_rate: 0.05}, ...] ----

    /** The problem of the deck with {@code compare: LIST}, which must be at the first {@code token} in the list. */
    private static void assertNamedProblem(String list, String token, String... phrases) {
        assertProblem(only(withTopLevel("compare", list)), 5, "compare: ".length() + list.indexOf(token) + 1, phrases);
    }

    @Test
    void namedRunsEachSetTheirOwnSettings() {
        FrontMatter front = parse(withTopLevel(
                "compare",
                "[{name: small_lr, learning_rate: 0.05}, {name: quick, optimizer: adam, learning_rate: 0.01}]"));
        assertEquals(
                List.of("small_lr", "quick"),
                front.compare().stream().map(RunSpec::name).toList());
        RunSpec quick = front.compare().get(1);
        assertEquals(List.of(Setting.LEARNING_RATE, Setting.OPTIMIZER), quick.settings());
        assertEquals(
                front.network()
                        .withOptimizer(Optimizer.defaults(OptimizerKind.ADAM))
                        .withLearningRate(0.01),
                quick.network());
        assertEquals(
                front.network().withLearningRate(0.05), front.compare().get(0).network());
        assertEquals(5, front.positions().get("compare.quick").line());
        assertEquals(50, front.positions().get("compare.quick").column());
    }

    @Test
    void aNamedRunNeedsAGoodNameOfItsOwn() {
        assertNamedProblem("[{learning_rate: 1}]", "{", "compare.0 has no 'name'", "name: small_lr");
        assertNamedProblem("[{name: 2fast, learning_rate: 1}]", "2fast", "'2fast' is not a valid run name");
        assertNamedProblem("[{name: deck, learning_rate: 1}]", "deck", "'deck' names the deck's own run");
        assertNamedProblem(
                "[{name: " + "r".repeat(Limits.MAX_RUN_NAME + 1) + ", learning_rate: 1}]",
                "rrr",
                "longer than " + Limits.MAX_RUN_NAME + " characters");
        assertNamedProblem(
                "[{name: fast, learning_rate: 1}, {name: Fast, learning_rate: 2}]",
                "Fast",
                "two runs named 'Fast' (the other at line 5",
                "give each run its own name");
    }

    @Test
    void aNamedRunDiffersFromTheDeckAndFromTheOtherRuns() {
        assertNamedProblem("[{name: idle}]", "{", "compare run 'idle' sets nothing but its name", "'learning_rate'");
        assertNamedProblem(
                "[{name: same, learning_rate: 0.1, optimizer: sgd}]", "{", "compare run 'same' differs in nothing");
        assertNamedProblem(
                "[{name: a, learning_rate: 1}, {name: b, learning_rate: 1.0}]",
                "{name: b",
                "compare run 'b' trains the same network as run 'a' (line 5)");
    }

    @Test
    void aNamedRunsSettingsAreCheckedAtTheirPlace() {
        assertNamedProblem(
                "[{name: a, learning_rat: 1}]",
                "learning_rat",
                "unknown key 'learning_rat' in compare.0",
                "did you mean 'learning_rate'?");
        assertNamedProblem(
                "[{name: a, learning_rate: -1}]", "-1", "compare.0.learning_rate is -1, but a learning rate");
        assertNamedProblem("[{name: a, iterations: 2.5}]", "2.5", "not a whole number");
        assertNamedProblem("[{name: a, optimizer: adma}]", "adma", "unknown optimizer 'adma'", "did you mean 'adam'?");
        assertNamedProblem("[]", "[", "compare is an empty list");
    }

    @Test
    void atMostSixNamedRuns() {
        StringBuilder list = new StringBuilder("[");
        for (int k = 1; k <= Limits.MAX_COMPARE_RUNS + 1; k++) {
            list.append(k > 1 ? ", " : "")
                    .append("{name: r")
                    .append(k)
                    .append(", learning_rate: ")
                    .append(k)
                    .append('}');
        }
        String runs = list.append(']').toString();
        assertNamedProblem(runs, "{name: r7", "compare lists 7 runs", "limit of " + Limits.MAX_COMPARE_RUNS);
    }
}
