package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Activation;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Example;
import org.netdeck.compute.Layer;
import org.netdeck.compute.LossKind;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Optimizer;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.content.DiagramStep;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.TestNetworks;

/**
 * The network steps of a softmax classifier: the outputs in one box (they are computed together), their z turned into
 * probabilities that add up to 1, the loss of the true class, δ = ŷ − y per class and why. Every number is checked
 * against values computed here from the trace's activations and targets, not read back from the captions' code.
 */
class SoftmaxDiagramsTest {

    private static final List<String> OUTPUTS = List.of("y1", "y2", "y3");

    private static Trace trace() {
        return Backprop.compute(TestNetworks.softmax(TestNetworks.threeClasses(), 6, Optimizer.SGD, 10));
    }

    @Test
    void everyStepDrawsOneBoxAroundTheOutputsTheirHeaderAndBiasesAndNothingElse() {
        Trace trace = trace();
        List<Layout> layouts = NetworkLayout.all(trace);
        for (Layout l : layouts) {
            List<Region> groups = l.marks().stream()
                    .filter(Region.class::isInstance)
                    .map(Region.class::cast)
                    .toList();
            assertEquals(1, groups.size(), l.step() + ": one softmax box");
            assertEquals(List.of("group", "softmax-group"), groups.get(0).classes());
            assertTrue(l.marks().get(0) instanceof Region, l.step() + ": the box is drawn first, behind the edges");
            Box box = bounds(groups.get(0).rings().get(0));
            for (Circle c : l.circles()) {
                Box disc = new Box(
                        c.center().x() - c.radius(), c.center().y() - c.radius(), 2 * c.radius(), 2 * c.radius());
                boolean output = OUTPUTS.contains(c.name());
                assertEquals(output, disc.inside(box), l.step() + ": " + c.name() + " inside the box: " + output);
            }
            for (Label label : l.labels()) {
                Box b = label.box();
                if (label.classes().contains("side-label")) {
                    assertTrue(b.x() > box.right(), l.step() + ": " + label.text() + " starts right of the box");
                } else if (List.of("part-b4", "part-b5", "part-b6").stream().anyMatch(label.classes()::contains)
                        || label.classes().contains("layer-label") && label.at().x() > box.x()) {
                    assertTrue(b.inside(box), l.step() + ": " + label.text() + " inside the box");
                }
            }
            assertTrue(box.inside(l.bounds()), l.step() + ": the box is on the figure");
        }
        // a network without softmax draws no box
        for (Layout l : NetworkLayout.all(DefaultDeck.trace())) {
            assertTrue(
                    l.marks().stream().noneMatch(Region.class::isInstance),
                    l.step().id());
        }
    }

    @Test
    void theForwardPassShowsEachOutputsZAndTheProbabilitiesAddingUpToOne() {
        Trace trace = trace();
        StepContent forward = NetworkContent.of(trace, DiagramStep.FORWARD);
        double sum = 0;
        List<String> shown = new ArrayList<>();
        for (String o : OUTPUTS) {
            double z = trace.forward().z().get(o);
            assertEquals(
                    List.of("z = " + Numbers.value(z)), forward.sideLabels().get(o));
            // the probability from the z alone: e^z / Σ e^z
            double p = Math.exp(z)
                    / OUTPUTS.stream()
                            .mapToDouble(k -> Math.exp(trace.forward().z().get(k)))
                            .sum();
            assertEquals(p, trace.forward().a().get(o), 1e-12);
            assertEquals(Numbers.value(p), forward.neuronValues().get(o));
            shown.add(Numbers.value(p));
            sum += p;
        }
        assertEquals(1.0, sum, 1e-12);
        String caption = RichText.plain(forward.captions().get(1));
        assertTrue(caption.contains("add up to 1: " + String.join(" + ", shown) + " = 1"), caption);
        assertTrue(
                caption.startsWith(
                        "the softmax box turns the outputs' z into probabilities together, ŷi = ezi / Σj ezj"),
                caption);
        assertTrue(
                forward.captions().get(0).contains("in the hidden layers"),
                forward.captions().get(0));
    }

    @Test
    void roundedProbabilitiesThatDoNotAddUpToOneSaySo() {
        assertEquals("0.342 + 0.227 + 0.431 = 1", SoftmaxText.sum(List.of(0.3421, 0.2269, 0.431)));
        assertEquals("0.333 + 0.333 + 0.333 = 1 (each rounded)", SoftmaxText.sum(List.of(1 / 3.0, 1 / 3.0, 1 / 3.0)));
        assertEquals("the 7 add up to 1", SoftmaxText.sum(List.of(0.1, 0.1, 0.1, 0.1, 0.1, 0.2, 0.3)));
        assertEquals(1, SoftmaxText.trueClass(List.of(0.0, 1.0, 0.0)));
        assertEquals(-1, SoftmaxText.trueClass(List.of(0.2, 0.8, 0.0)), "a soft target has no one true class");
        assertEquals(-1, SoftmaxText.trueClass(List.of(1.0, 1.0)));
    }

    @Test
    void theLossIsMinusLnOfTheTrueClassAndOnlyItIsLit() {
        Trace trace = trace();
        StepContent loss = NetworkContent.of(trace, DiagramStep.LOSS);
        double p = trace.forward().a().get("y1"); // the first example's class is 1
        // the first example alone, computed by the engine on a one-example data set
        Example first = trace.network().data().get(0);
        NetworkSpec alone = TestNetworks.softmax(List.of(first), 1, Optimizer.SGD, 0);
        double own = Backprop.compute(alone).loss();
        assertEquals(-Math.log(p), own, 1e-12);
        assertEquals(List.of("y1"), List.copyOf(loss.active()));
        assertEquals("Loss: −ln ŷ of the true class", loss.title());
        List<String> captions = loss.captions().stream().map(RichText::plain).toList();
        assertTrue(captions.get(0).endsWith("−ln ŷ of the true class"), captions.get(0));
        assertEquals(
                "example 1 of 6, true class y1: −ln y1 = −ln " + Numbers.value(p) + " = "
                        + Numbers.of(own, Precision.LOSS),
                captions.get(1));
        assertEquals(
                "L = mean of the 6 examples' losses = " + Numbers.of(trace.loss(), Precision.LOSS), captions.get(2));
        assertEquals(3, loss.sideLabels().get("y1").size(), "the true class also shows its −ln ŷ");
        assertEquals(2, loss.sideLabels().get("y2").size());
    }

    @Test
    void theOutputGradientIsYhatMinusYPerClassAsTheJacobianGivesIt() {
        Trace trace = trace();
        StepContent gradient = NetworkContent.of(trace, DiagramStep.OUTPUT_GRADIENT);
        Map<String, Double> target = trace.network().targets();
        // δ_j = Σ_i (−y_i/ŷ_i) ∂ŷ_i/∂z_j with ∂ŷ_i/∂z_j = ŷ_i(δ_ij − ŷ_j): the Jacobian-vector product, by hand
        for (int j = 0; j < 3; j++) {
            String o = OUTPUTS.get(j);
            double a = trace.forward().a().get(o);
            double jvp = 0;
            for (int i = 0; i < 3; i++) {
                double ai = trace.forward().a().get(OUTPUTS.get(i));
                jvp += -target.get(OUTPUTS.get(i)) / ai * ai * ((i == j ? 1 : 0) - a);
            }
            assertEquals(a - target.get(o), jvp, 1e-12);
            assertEquals(jvp, trace.deltas().get(o), 1e-12);
            String delta = Numbers.of(jvp, Precision.GRADIENT);
            assertEquals("= " + delta, gradient.sideLabels().get(o).get(1));
            assertEquals(
                    "y" + (j + 1) + " − yy" + (j + 1) + " = " + Numbers.value(a) + " − " + Numbers.exact(target.get(o))
                            + " = " + delta,
                    RichText.plain(gradient.captions().get(2 + j)));
        }
        assertEquals("Output gradient: ŷ − y", gradient.title());
        String why = RichText.plain(gradient.captions().get(1));
        assertTrue(why.startsWith("through the Jacobian"), why);
        assertTrue(why.contains("= ŷj − yj, as the targets add up to 1"), why);
        StepContent chain = NetworkContent.of(trace, DiagramStep.CHAIN_RULE);
        assertTrue(
                chain.captions()
                        .get(0)
                        .startsWith("δ = ∂L/∂z: ŷ − y at the softmax outputs, ∂L/∂a · f′(z) in each"
                                + " hidden neuron, for example 1 of 6"),
                chain.captions().get(0));
    }

    @Test
    void eightClassesStayOneBoxWithTheirNumbersBesideThemAndShortCaptions() {
        List<String> inputs = List.of("x1", "x2");
        List<String> classes = new ArrayList<>();
        List<Weight> weights = new ArrayList<>();
        Map<String, Double> targets = new java.util.LinkedHashMap<>();
        for (int k = 1; k <= 8; k++) {
            String o = "c" + k;
            classes.add(o);
            targets.put(o, k == 5 ? 1.0 : 0.0);
            for (String x : inputs) {
                weights.add(new Weight("w" + (weights.size() + 1), x, o, 0.1 * ((weights.size() % 7) - 3)));
            }
        }
        NetworkSpec spec = new NetworkSpec(
                List.of(new Layer("input", inputs, Activation.LINEAR), Layer.softmax("output", classes)),
                weights,
                List.of(),
                LossKind.CATEGORICAL_CROSS_ENTROPY,
                0.1,
                Map.of("x1", 0.5, "x2", -0.3),
                targets,
                0);
        Trace trace = Backprop.compute(spec);
        StepContent forward = NetworkContent.of(trace, DiagramStep.FORWARD);
        assertTrue(
                forward.captions().get(1).endsWith("they add up to 1: the 8 add up to 1"),
                forward.captions().get(1));
        StepContent loss = NetworkContent.of(trace, DiagramStep.LOSS);
        assertEquals(List.of("c5"), List.copyOf(loss.active()), "the true class, the fifth");
        StepContent gradient = NetworkContent.of(trace, DiagramStep.OUTPUT_GRADIENT);
        assertEquals(3, gradient.captions().size(), "no line per class: " + gradient.captions());
        for (String o : classes) {
            double delta = trace.forward().a().get(o) - targets.get(o);
            assertEquals(
                    "= " + Numbers.of(delta, Precision.GRADIENT),
                    gradient.sideLabels().get(o).get(1),
                    o);
        }
        for (Layout l : NetworkLayout.all(trace)) {
            long boxes = l.marks().stream().filter(Region.class::isInstance).count();
            assertEquals(1, boxes, l.step().id());
        }
    }

    private static Box bounds(List<Point> ring) {
        double x0 = ring.stream().mapToDouble(Point::x).min().orElseThrow();
        double y0 = ring.stream().mapToDouble(Point::y).min().orElseThrow();
        double x1 = ring.stream().mapToDouble(Point::x).max().orElseThrow();
        double y1 = ring.stream().mapToDouble(Point::y).max().orElseThrow();
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
