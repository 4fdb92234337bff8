package org.netdeck.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.netdeck.testing.DeckTexts.assertProblem;
import static org.netdeck.testing.DeckTexts.only;
import static org.netdeck.testing.DeckTexts.parse;
import static org.netdeck.testing.DeckTexts.withNetworkKey;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.OptimizerKind;
import org.netdeck.problem.Problem;
import org.netdeck.testing.DeckTexts;

/** network.optimizer (on line 21, its value from column 14); compare: {optimizer: [...]} is in CompareReaderTest. */
class OptimizerReaderTest {

    @Test
    void withoutOptimizerTheRunIsPlainSgd() {
        assertEquals(Optimizer.SGD, parse(DeckTexts.FULL).network().optimizer());
    }

    @Test
    void aNameAloneTakesPyTorchsDefaults() {
        for (OptimizerKind kind : OptimizerKind.values()) {
            NetworkSpec n = parse(withNetworkKey("optimizer", kind.id())).network();
            assertEquals(Optimizer.defaults(kind), n.optimizer());
            assertEquals(0.1, n.learningRate(), "the learning rate stays the network's");
        }
        Optimizer adam = Optimizer.defaults(OptimizerKind.ADAM);
        assertEquals(0.9, adam.beta1());
        assertEquals(0.999, adam.beta2());
        assertEquals(1e-8, adam.eps());
        assertEquals(0.99, Optimizer.defaults(OptimizerKind.RMSPROP).alpha());
        assertFalse(Optimizer.defaults(OptimizerKind.RMSPROP).centered());
        assertEquals(0.9, Optimizer.defaults(OptimizerKind.MOMENTUM).momentum());
        assertEquals(0.0, Optimizer.defaults(OptimizerKind.SGD).momentum());
    }

    @Test
    void aMappingSetsHyperParametersAndKeepsTheRestAtDefaults() {
        Optimizer o = parse(withNetworkKey("optimizer", "{name: adam, beta1: 0.8, weight_decay: 1e-4}"))
                .network()
                .optimizer();
        assertEquals(OptimizerKind.ADAM, o.kind());
        assertEquals(0.8, o.beta1());
        assertEquals(0.999, o.beta2());
        assertEquals(1e-4, o.weightDecay());
        Optimizer r = parse(withNetworkKey("optimizer", "{name: rmsprop, centered: true, momentum: 0.5}"))
                .network()
                .optimizer();
        assertEquals(true, r.centered());
        assertEquals(0.5, r.momentum());
    }

    @Test
    void unknownOptimizerSuggestsTheClosest() {
        Problem p = only(withNetworkKey("optimizer", "adma"));
        assertProblem(p, 21, 14, "unknown optimizer 'adma'", "did you mean 'adam'?");
        Problem far = only(withNetworkKey("optimizer", "{name: lbfgs}"));
        assertProblem(far, 21, 21, "unknown optimizer 'lbfgs'", "'sgd', 'momentum', 'nesterov', 'rmsprop', 'adam'");
    }

    @Test
    void aMappingNeedsAName() {
        Problem p = only(withNetworkKey("optimizer", "{beta1: 0.8}"));
        assertProblem(p, 21, 14, "network.optimizer has no 'name'", "name: adam");
    }

    @Test
    void aHyperParameterOfAnotherOptimizerIsNamed() {
        Problem p = only(withNetworkKey("optimizer", "{name: adam, momentum: 0.9}"));
        assertProblem(p, 21, 27, "adam has no hyper-parameter 'momentum'", "'beta1', 'beta2', 'eps', 'weight_decay'");
        Problem sgd = only(withNetworkKey("optimizer", "{name: sgd, momentum: 0.9}"));
        assertProblem(sgd, 21, 26, "sgd has no hyper-parameter 'momentum'", "write 'name: momentum'");
    }

    @Test
    void aMisspeltHyperParameterSuggestsTheClosest() {
        Problem p = only(withNetworkKey("optimizer", "{name: adam, beta_1: 0.8}"));
        assertProblem(p, 21, 27, "unknown key 'beta_1' in network.optimizer", "did you mean 'beta1'?");
    }

    @Test
    void outOfRangeHyperParametersAreRefusedAtTheirValue() {
        record Case(String optimizer, int column, String phrase) {}
        for (Case c : List.of(
                new Case("{name: adam, beta1: 1}", 34, "network.optimizer.beta1 is 1, but beta1 is the decay"),
                new Case("{name: adam, beta2: -0.1}", 34, "network.optimizer.beta2 is -0.1"),
                new Case("{name: adam, eps: 0}", 32, "eps keeps the step finite"),
                new Case("{name: rmsprop, eps: -1e-8}", 35, "must be greater than 0"),
                new Case("{name: rmsprop, alpha: 1.5}", 37, "alpha is the decay"),
                new Case("{name: momentum, momentum: 0}", 41, "above 0 and below 1"),
                new Case("{name: nesterov, momentum: 1}", 41, "above 0 and below 1"),
                new Case("{name: rmsprop, momentum: -0.5}", 40, "from 0 (none)"),
                new Case("{name: momentum, dampening: 2}", 42, "from 0 to 1"),
                new Case("{name: sgd, weight_decay: -1}", 40, "0 (none) or more"))) {
            Problem p = only(withNetworkKey("optimizer", c.optimizer()));
            assertProblem(p, 21, c.column(), c.phrase());
        }
    }

    @Test
    void notANumberOrNotABoolean() {
        assertProblem(
                only(withNetworkKey("optimizer", "{name: adam, eps: small}")),
                21,
                32,
                "is 'small', which is not a number");
        assertProblem(only(withNetworkKey("optimizer", "{name: rmsprop, centered: 1}")), 21, 40, "write true or false");
    }
}
