package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;

/** Checkpoints, compare runs and steps_to, each against separate engine runs. */
class RunsTest {

    private static NetworkSpec withIterations(NetworkSpec spec, int iterations) {
        return Setting.ITERATIONS.apply(spec, iterations);
    }

    @Test
    void selectionKeepsBothEndsIncreasingAndAtMostTheLimit() {
        Trace t = Backprop.compute(withIterations(DefaultDeck.network(), 5000));
        List<Integer> at =
                t.training().checkpoints().stream().map(Checkpoint::iteration).toList();
        assertTrue(at.size() <= Checkpoints.MAX && at.size() > Checkpoints.MAX / 2, "count " + at.size());
        assertEquals(0, at.get(0));
        assertEquals(5000, at.get(at.size() - 1));
        for (int i = 1; i < at.size(); i++) {
            assertTrue(at.get(i) > at.get(i - 1), "strictly increasing at " + i + ": " + at);
        }
    }

    @Test
    void aShortRunKeepsEveryIteration() {
        Trace t = Backprop.compute(withIterations(DefaultDeck.network(), 7));
        assertEquals(
                List.of(0, 1, 2, 3, 4, 5, 6, 7),
                t.training().checkpoints().stream().map(Checkpoint::iteration).toList());
        Trace none = Backprop.compute(withIterations(DefaultDeck.network(), 0));
        assertEquals(
                List.of(0),
                none.training().checkpoints().stream()
                        .map(Checkpoint::iteration)
                        .toList());
    }

    @Test
    void checkpointsCrowdWhereTheCurveBends() {
        // a loss that falls steeply for 100 iterations, then stays flat for 9900
        List<Double> loss = new ArrayList<>();
        for (int i = 0; i <= 10_000; i++) {
            loss.add(i < 100 ? 1.0 - i / 100.0 : 0.0);
        }
        List<Integer> at = Checkpoints.select(loss);
        long steep = at.stream().filter(i -> i <= 100).count();
        // the steep part is 1 % of the iterations but about half of the curve's length (1 up, 1 across)
        assertTrue(steep > 80 && steep < 120, "steep part holds " + steep + " of " + at.size());
        int steepGap = at.get(10) - at.get(9);
        int flatGap = at.get(at.size() - 2) - at.get(at.size() - 3);
        assertTrue(steepGap * 20 < flatGap, steepGap + " vs " + flatGap);
    }

    @Test
    void eachCheckpointEqualsASeparateRunOfThatManyIterations() {
        NetworkSpec spec = withIterations(
                TestNetworks.random(7, Activation.TANH, Activation.SIGMOID, LossKind.SQUARED_ERROR), 900);
        Trace t = Backprop.compute(spec);
        List<Checkpoint> cps = t.training().checkpoints();
        for (Checkpoint c : List.of(
                cps.get(0), cps.get(1), cps.get(cps.size() / 3), cps.get(cps.size() - 2), cps.get(cps.size() - 1))) {
            Training separate =
                    Backprop.compute(withIterations(spec, c.iteration())).training();
            assertEquals(separate.params(), c.params(), "params at " + c.iteration());
            assertEquals(separate.forward(), c.forward(), "forward at " + c.iteration());
            assertEquals(t.training().loss().get(c.iteration()), c.loss());
        }
    }

    @Test
    void compareRunsEqualSeparateEngineRuns() {
        NetworkSpec base = DefaultDeck.network();
        List<RunSpec> runs =
                List.of(RunSpec.of(base, Setting.LEARNING_RATE, 0.5), RunSpec.of(base, Setting.ITERATIONS, 30));
        Trace t = Backprop.compute(base, runs, List.of());
        assertEquals(
                List.of("lr_0_5", "iterations_30"),
                t.runs().stream().map(Run::name).toList());
        Trace lr = Backprop.compute(new NetworkSpec(
                base.layers(),
                base.weights(),
                base.biases(),
                base.loss(),
                0.5,
                base.inputs(),
                base.targets(),
                base.iterations()));
        assertEquals(lr, t.run("lr_0_5").orElseThrow().trace());
        assertEquals(31, t.run("iterations_30").orElseThrow().training().loss().size());
        assertEquals(
                Backprop.compute(withIterations(base, 30)),
                t.run("iterations_30").orElseThrow().trace());
        // the deck's own run is unchanged by compare runs
        assertEquals(Backprop.compute(base).training(), t.training());
    }

    @Test
    void aNamedRunWithTwoSettingsEqualsASeparateEngineRunWithBoth() {
        NetworkSpec base = DefaultDeck.network();
        NetworkSpec both = base.withOptimizer(
                        Optimizer.defaults(OptimizerKind.ADAM).with(Optimizer.BETA1, 0.8))
                .withLearningRate(0.02);
        RunSpec run = new RunSpec("quick", List.of(Setting.OPTIMIZER, Setting.LEARNING_RATE), both);
        Trace t = Backprop.compute(base, List.of(run), List.of(new Goal("quick", Goal.LOSS, 0.01)));
        assertEquals(Backprop.compute(both), t.run("quick").orElseThrow().trace());
        assertEquals(
                Backprop.stepsTo(both, new Goal("", Goal.LOSS, 0.01)),
                t.stepsTo(new Goal("quick", Goal.LOSS, 0.01)).orElseThrow().steps());
        assertEquals("adam (beta1 = 0.8)", Setting.OPTIMIZER.legend(both));
        assertEquals("α = 0.02", Setting.LEARNING_RATE.legend(both));
        assertThrows(IllegalStateException.class, run::setting, "two settings: no single one");
        assertThrows(IllegalArgumentException.class, () -> new RunSpec("none", List.of(), base));
    }

    @Test
    void runNamesAreIdentifiers() {
        assertEquals("lr_0_1", Setting.LEARNING_RATE.runName(0.1));
        assertEquals("lr_1", Setting.LEARNING_RATE.runName(1.0));
        assertEquals("lr_0_0025", Setting.LEARNING_RATE.runName(2.5e-3));
        assertEquals("lr_100", Setting.LEARNING_RATE.runName(1e2));
        assertEquals("iterations_500", Setting.ITERATIONS.runName(500));
    }

    /** The steps a plain loop of single engine steps takes: each iteration count computed afresh. */
    private static int directSteps(NetworkSpec spec, String neuron, double value) {
        for (int n = 0; ; n++) {
            Trace t = Backprop.compute(withIterations(spec, n));
            if (t.training().forward().a().get(neuron) >= value) {
                return n;
            }
        }
    }

    @Test
    void stepsToMatchesADirectLoop() {
        NetworkSpec base = withIterations(DefaultDeck.network(), 10);
        double start = Backprop.compute(base).forward().a().get("yhat");
        double value = start + 0.05;
        OptionalInt steps = Backprop.stepsTo(base, new Goal("", "yhat", value));
        assertEquals(directSteps(base, "yhat", value), steps.orElseThrow());
        assertTrue(steps.getAsInt() > 10, "searches beyond iterations: " + steps);
        // the same in the training curve: the loss goal
        Trace t = Backprop.compute(withIterations(base, 200));
        double target = t.training().loss().get(150);
        int first = 0;
        while (t.training().loss().get(first) > target) {
            first++;
        }
        assertEquals(
                first, Backprop.stepsTo(base, new Goal("", Goal.LOSS, target)).orElseThrow());
        assertEquals(0, Backprop.stepsTo(base, new Goal("", "yhat", start)).orElseThrow());
    }

    @Test
    void goalsAnsweredAlongTheRunEqualASearchOfTheirOwnAndLeaveTheRunAsItWas() {
        // within the run's iterations, past them, at the start and never: each as a search of its own finds it
        NetworkSpec base = withIterations(DefaultDeck.network(), 10);
        double start = Backprop.compute(base).forward().a().get("yhat");
        List<Double> curve =
                Backprop.compute(withIterations(base, 300)).training().loss();
        int first = 0;
        while (curve.get(first) > curve.get(250)) {
            first++;
        }
        List<Goal> goals = List.of(
                new Goal("", "yhat", start),
                new Goal("", "yhat", start + 0.001),
                new Goal("", "yhat", start + 0.05),
                new Goal("", Goal.LOSS, curve.get(250)),
                new Goal("", "yhat", 1.5));
        Trace t = Backprop.compute(base, List.of(), goals);
        List<OptionalInt> alone =
                goals.stream().map(g -> Backprop.stepsTo(base, g)).toList();
        assertEquals(
                alone,
                goals.stream().map(g -> t.stepsTo(g).orElseThrow().steps()).toList());
        assertEquals(0, alone.get(0).orElseThrow());
        assertTrue(alone.get(1).orElseThrow() <= 10, "within the iterations: " + alone.get(1));
        assertTrue(alone.get(2).orElseThrow() > 10, "past the iterations: " + alone.get(2));
        assertEquals(first, alone.get(3).orElseThrow(), "where the loss curve first falls to it");
        assertFalse(alone.get(4).isPresent());
        assertEquals(Backprop.compute(base).training(), t.training()); // the search does not change the run
    }

    @Test
    void anUnreachableGoalIsEmptyAndTraceAnswersPerRun() {
        NetworkSpec base = DefaultDeck.network();
        assertFalse(Backprop.stepsTo(base, new Goal("", "yhat", 1.5)).isPresent(), "a sigmoid never reaches 1.5");
        List<RunSpec> runs = List.of(RunSpec.of(base, Setting.LEARNING_RATE, 1));
        Goal own = new Goal("", "yhat", 0.8);
        Goal fast = new Goal("lr_1", "yhat", 0.8);
        Trace t =
                Backprop.compute(base, runs, List.of(own, fast, new Goal("nope", "yhat", 0.8), new Goal("", "x1", 1)));
        assertEquals(2, t.stepsTo().size(), "unknown runs and input neurons are left unanswered");
        int slow = t.stepsTo(own).orElseThrow().steps().orElseThrow();
        int quick = t.stepsTo(fast).orElseThrow().steps().orElseThrow();
        assertEquals(Backprop.stepsTo(runs.get(0).network(), fast).orElseThrow(), quick);
        assertTrue(quick < slow, quick + " < " + slow);
        assertThrows(IllegalArgumentException.class, () -> Backprop.stepsTo(base, new Goal("", "x1", 1)));
    }

    @Test
    void aDivergingCompareRunIsNamed() {
        NetworkSpec base = TestNetworks.random(3, Activation.LINEAR, Activation.LINEAR, LossKind.SQUARED_ERROR);
        Divergence d = assertThrows(
                Divergence.class,
                () -> Backprop.compute(base, List.of(RunSpec.of(base, Setting.LEARNING_RATE, 1e300)), List.of()));
        assertTrue(d.run().orElseThrow().startsWith("lr_1000000000"));
    }

    @Test
    void runsComputedSideBySideNameTheFirstThatDivergesInDeckOrder() {
        NetworkSpec base = TestNetworks.random(3, Activation.LINEAR, Activation.LINEAR, LossKind.SQUARED_ERROR);
        // the third run diverges sooner (a larger step), yet the first in the deck's order to diverge is named, every
        // time
        List<RunSpec> runs = List.of(
                RunSpec.of(base, Setting.LEARNING_RATE, 0.01),
                RunSpec.of(base, Setting.LEARNING_RATE, 1e200),
                RunSpec.of(base, Setting.LEARNING_RATE, 1e300));
        for (int i = 0; i < 20; i++) {
            Divergence d = assertThrows(Divergence.class, () -> Backprop.compute(base, runs, List.of()));
            assertEquals(runs.get(1).name(), d.run().orElseThrow());
        }
        // and runs that settle give what separate engine runs give, in order
        Trace t = Backprop.compute(base, runs.subList(0, 1), List.of());
        assertEquals(
                new TrainingRun(runs.get(0).network())
                        .trace(TrainingRun.HISTORY_LIMIT)
                        .loss(),
                t.runs().get(0).trace().loss());
    }
}
