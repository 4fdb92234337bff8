package org.netdeck.compute;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.netdeck.testing.DefaultDeck;

class LabelsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "x1      | x_1",
                "w3      | w_3",
                "h12     | h_{12}",
                "h_2     | h_2",
                "b1      | b_1",
                "x       | x",
                "W       | W",
                "yhat    | \\hat{y}",
                "xhat    | \\hat{x}",
                "yhat2   | \\hat{y}_2",
                "y_hat   | \\hat{y}",
                "xbar1   | \\bar{x}_1",
                "vtilde  | \\tilde{v}",
                "sigma   | \\sigma",
                "delta   | \\delta",
                "alpha   | \\alpha",
                "Delta3  | \\Delta_3",
                "out     | \\mathrm{out}",
                "out1    | \\mathrm{out}_1",
                "out_a   | \\mathrm{out\\_a}",
                "hat     | \\mathrm{hat}",
                "that    | \\hat{t}",
                "thetahat| \\hat{\\theta}",
                "outhat  | \\mathrm{outhat}",
                "_1      | \\mathrm{\\_1}",
                "x2y     | \\mathrm{x2y}",
                "sigmahat| \\hat{\\sigma}",
            })
    void derivesTheDefaultLabelFromTheName(String name, String tex) {
        assertEquals(tex, Labels.of(name));
    }

    @Test
    void recordsCarryLabelsDefaultedOrGiven() {
        Layer out = new Layer("output", List.of("yhat", "o2"), Activation.SIGMOID, "\\text{out}", Map.of("o2", "o'"));
        assertEquals(Map.of("yhat", "\\hat{y}", "o2", "o'"), out.neuronLabels());
        assertEquals(List.of("yhat", "o2"), List.copyOf(out.neuronLabels().keySet()));
        assertEquals("\\text{hidden\\_1}", new Layer("hidden_1", List.of("h"), Activation.SIGMOID).label());
        assertEquals("w_1", new Weight("w1", "x1", "h1", 0.5).label());
        assertEquals("\\beta", new Bias("b1", "h1", 0.5, true, "\\beta").label());
        NetworkSpec spec = DefaultDeck.network();
        assertEquals("\\hat{y}", spec.label("yhat").orElseThrow());
        assertEquals("w_3", spec.label("w3").orElseThrow());
        assertEquals(
                List.of("x1", "x2", "h1", "h2", "yhat", "w1", "w2", "w3", "w4"),
                List.copyOf(spec.labels().keySet()));
    }
}
