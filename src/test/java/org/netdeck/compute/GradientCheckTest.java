package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.netdeck.testing.TestNetworks;

/** Every analytic gradient agrees with a central difference, for every activation × loss. */
class GradientCheckTest {

    private static final double H = 1e-6;
    private static final double RELATIVE = 1e-6;

    static Stream<Arguments> cases() {
        List<Arguments> all = new ArrayList<>();
        for (Activation hidden : Activation.values()) {
            for (LossKind loss : LossKind.values()) {
                // cross-entropy needs outputs in (0, 1): its output layer is sigmoid
                Activation output = loss == LossKind.BINARY_CROSS_ENTROPY ? Activation.SIGMOID : hidden;
                all.add(Arguments.of(hidden, output, loss));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} hidden, {1} output, {2}")
    @MethodSource("cases")
    void analyticGradientsMatchCentralDifferences(Activation hidden, Activation output, LossKind loss) {
        int checked = 0;
        for (long seed = 1; checked < 12; seed++) {
            NetworkSpec spec =
                    TestNetworks.random(seed * 7919 + hidden.ordinal() * 31 + loss.ordinal(), hidden, output, loss);
            Trace trace = Backprop.compute(spec);
            if (nearAKink(spec, trace)) {
                continue; // ReLU has no derivative at z = 0: a difference straddling it proves nothing
            }
            for (Map.Entry<String, Double> p : spec.params().entrySet()) {
                double plus = Backprop.compute(TestNetworks.withParam(spec, p.getKey(), p.getValue() + H))
                        .loss();
                double minus = Backprop.compute(TestNetworks.withParam(spec, p.getKey(), p.getValue() - H))
                        .loss();
                double numeric = (plus - minus) / (2 * H);
                double analytic = trace.gradients().get(p.getKey());
                assertEquals(
                        numeric, analytic, RELATIVE * Math.abs(numeric) + 1e-9, "seed " + seed + ", ∂L/∂" + p.getKey());
            }
            checked++;
        }
        assertTrue(checked == 12);
    }

    private static boolean nearAKink(NetworkSpec spec, Trace trace) {
        return spec.layers().stream()
                .skip(1)
                .filter(l -> l.activation() == Activation.RELU)
                .flatMap(l -> l.neurons().stream())
                .anyMatch(n -> Math.abs(trace.forward().z().get(n)) < 1e-3);
    }
}
