package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Checkpoint;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.content.DiagramStep;

/**
 * The training step as two panels side by side: the network after training ({@code network}: weights as line widths
 * and values, activations, the prediction) and the loss plot ({@code plot}, {@link TrainingLayout}). A page may show
 * the panels apart and move both through the stored checkpoints; the static picture is the last checkpoint.
 *
 * <p>For that page script, every text that changes carries the class {@code value} and its part ({@code part-w1},
 * {@code neuron-value part-h1}, {@code bias-label part-b1}, {@code checkpoint-caption}), and is laid out with the widest
 * text it takes at any checkpoint, so no value ever runs into another. The root's data attributes add to the plot's
 * scales: {@code data-stroke="MIN SPAN MAX"} (an edge is {@code MIN + SPAN·|w|/MAX} wide, MAX the largest |w| of any
 * checkpoint), {@code data-param-decimals}, {@code data-value-decimals} and {@code data-loss-digits} (the
 * {@link Precision} policy for parameters after training, activations and the loss).
 */
final class TrainingFigure {

    /** Room between the network panel and the plot. */
    static final double GAP = 24;

    static final double MIN_STROKE = 1.5;
    static final double STROKE_SPAN = 4.5;

    private TrainingFigure() {}

    /** The training diagram: the plot alone when the run kept no checkpoints, else the network beside the plot. */
    static Layout of(Trace trace) {
        return of(trace, run -> true);
    }

    /** The training diagram whose plot draws the runs {@code draws} accepts, and the deck's own run. */
    static Layout of(Trace trace, Predicate<String> draws) {
        return of(trace, draws, "");
    }

    /**
     * The training diagram whose plot draws the runs {@code draws} accepts and the deck's own run, its network panel
     * (and a page's scrubber, told by the root's {@code data-run}) replaying the compare run {@code replay}, or the
     * deck's own run when it is "". The title says which run a compare run's panel replays.
     */
    static Layout of(Trace deck, Predicate<String> draws, String replay) {
        Layout plot = TrainingLayout.of(deck, draws);
        Trace trace = replay.isEmpty()
                ? deck
                : deck.run(replay)
                        .orElseThrow(() -> new IllegalArgumentException("no compare run " + replay))
                        .trace();
        List<Checkpoint> cps = trace.training().checkpoints();
        if (cps.isEmpty()) {
            return plot;
        }
        // a panel replaying a compare run names it in its caption (the deck's own run is the legend's "this deck")
        Layout net = network(trace, replay.isEmpty() ? "" : replay + " run");
        double height = Math.max(net.height(), plot.height());
        double netY = (height - net.height()) / 2;
        double plotX = net.width() + GAP;
        double plotY = (height - plot.height()) / 2;
        List<Mark> marks = new ArrayList<>();
        net.marks().forEach(m -> marks.add(m.moved(0, netY)));
        plot.marks().forEach(m -> marks.add(m.moved(plotX, plotY)));
        int split = net.marks().size();
        List<Layout.Panel> panels = List.of(
                new Layout.Panel("network", new Box(0, netY, net.width(), net.height()), 0, split),
                new Layout.Panel("plot", new Box(plotX, plotY, plot.width(), plot.height()), split, marks.size()));
        Map<String, String> data = new LinkedHashMap<>(plot.data());
        for (String k : List.of("px0", "px1")) {
            data.put(k, TrainingLayout.svg(Double.parseDouble(data.get(k)) + plotX));
        }
        for (String k : List.of("py0", "py1")) {
            data.put(k, TrainingLayout.svg(Double.parseDouble(data.get(k)) + plotY));
        }
        data.put(
                "stroke",
                Numbers.data(MIN_STROKE) + " " + Numbers.data(STROKE_SPAN) + " "
                        + java.math.BigDecimal.valueOf(maxAbs(trace)).toPlainString());
        data.put("param-decimals", String.valueOf(Precision.UPDATED.decimals().orElseThrow()));
        data.put("value-decimals", String.valueOf(Precision.VALUE.decimals().orElseThrow()));
        data.put("loss-digits", String.valueOf(Precision.LOSS.significant().orElseThrow()));
        if (!replay.isEmpty()) {
            data.put("run", replay);
        }
        String whose = replay.isEmpty() ? "the network" : "the " + replay + " run's network";
        return new Layout(
                DiagramStep.TRAINING,
                plotX + plot.width(),
                height,
                plot.title() + ", and " + whose + " after training",
                plot.description() + " " + (replay.isEmpty() ? "" : "The " + replay + " run. ") + net.description(),
                marks,
                data,
                panels);
    }

    /** The largest |w| of any weight at any checkpoint (the widest edge; 1 when every weight is 0). */
    private static double maxAbs(Trace trace) {
        double max = 0;
        for (Checkpoint c : trace.training().checkpoints()) {
            for (Weight w : trace.network().weights()) {
                max = Math.max(max, Math.abs(c.params().get(w.name())));
            }
        }
        return max == 0 ? 1 : max;
    }

    /** The network panel at the last checkpoint, laid out (in a geometry of its own) for the widest texts. */
    static Layout network(Trace trace) {
        return network(trace, "");
    }

    /** The network panel, its caption naming the run it replays ({@code run}; none when ""). */
    static Layout network(Trace trace, String run) {
        NetworkSpec spec = trace.network();
        List<Checkpoint> cps = trace.training().checkpoints();
        Checkpoint end = cps.get(cps.size() - 1);
        List<String> inputs = spec.inputLayer().neurons();

        // the widest text each value takes over the run: what the layout makes room for
        Map<String, String> neurons = new LinkedHashMap<>();
        for (String n : spec.neurons()) {
            neurons.put(n, widest(cps, c -> Numbers.value(c.forward().a().get(n)), NetworkGeometry.VALUE_SIZE));
        }
        Map<String, List<String>> edges = new LinkedHashMap<>();
        spec.weights()
                .forEach(w -> edges.put(
                        w.name(),
                        List.of(
                                NetworkContent.label(spec, w.name()),
                                widest(cps, c -> param(c, w.name()), NetworkGeometry.EDGE_SIZE))));
        Map<String, String> biases = new LinkedHashMap<>();
        spec.biases()
                .forEach(b -> biases.put(
                        b.name(), biasText(spec, b, widest(cps, c -> param(c, b.name()), NetworkGeometry.BIAS_SIZE))));
        String caption = widest(cps, c -> caption(run, c), NetworkGeometry.CAPTION_SIZE);
        List<String> everything = new ArrayList<>(spec.neurons());
        spec.weights().forEach(w -> everything.add(w.name()));
        Map<String, Double> weights = new LinkedHashMap<>();
        spec.weights().forEach(w -> weights.put(w.name(), end.params().get(w.name())));
        StepContent content = StepContent.of(DiagramStep.TRAINING, "Network after training")
                .neuronValues(neurons)
                .edgeLabels(edges)
                .biasLabels(biases)
                .captions(List.of(caption, NetworkContent.LEGEND))
                .weights(weights)
                .active(everything)
                .build();
        Layout widest = NetworkLayout.alone(trace, content);

        // the same places, with the last checkpoint's texts and edge widths
        double max = maxAbs(trace);
        List<Mark> marks = new ArrayList<>();
        Map<String, Integer> edgeLine = new LinkedHashMap<>();
        for (Mark m : widest.marks()) {
            String part = part(m.classes());
            if (m instanceof Line l && l.classes().contains("edge")) {
                double w = end.params().get(part);
                List<String> classes = new ArrayList<>(l.classes());
                classes.replaceAll(c -> c.equals("positive") || c.equals("negative") || c.equals("zero") ? sign(w) : c);
                marks.add(new Line(
                        l.points(), MIN_STROKE + STROKE_SPAN * Math.abs(w) / max, w < 0, l.rounded(), classes));
            } else if (m instanceof Label l && l.classes().contains("edge-label")) {
                int line = edgeLine.merge(part, 1, Integer::sum);
                marks.add(line == 2 ? l.withText(param(end, part), List.of("value")) : l);
            } else if (m instanceof Label l && l.classes().contains("neuron-value") && !inputs.contains(l.owner())) {
                marks.add(l.withText(Numbers.value(end.forward().a().get(l.owner())), List.of("value")));
            } else if (m instanceof Label l && l.classes().contains("bias-label")) {
                Bias b = spec.biases().stream()
                        .filter(x -> x.name().equals(part))
                        .findFirst()
                        .orElseThrow();
                marks.add(l.withText(biasText(spec, b, param(end, part)), List.of("value")));
            } else if (m instanceof Label l
                    && l.text().equals(caption)
                    && l.classes().contains("caption")) {
                marks.add(l.withText(caption(run, end), List.of("value", "checkpoint-caption")));
            } else {
                marks.add(m);
            }
        }
        String desc = "The network after " + Precision.count(end.iteration())
                + (end.iteration() == 1 ? " step" : " steps")
                + ": weights "
                + String.join(
                        ", ",
                        spec.weights().stream()
                                .map(w -> w.name() + " = " + param(end, w.name()))
                                .toList())
                + (spec.biases().isEmpty()
                        ? ""
                        : ", biases "
                                + String.join(
                                        ", ",
                                        spec.biases().stream()
                                                .map(b -> b.name() + " = " + param(end, b.name()))
                                                .toList()))
                + "; activations "
                + String.join(
                        ", ",
                        spec.neurons().stream()
                                .filter(n -> !inputs.contains(n))
                                .map(n -> n + " = "
                                        + Numbers.value(end.forward().a().get(n)))
                                .toList())
                + ".";
        return new Layout(DiagramStep.TRAINING, widest.width(), widest.height(), content.title(), desc, marks);
    }

    /** The caption under the network: which checkpoint it shows and its loss. */
    static String caption(Checkpoint c) {
        return caption("", c);
    }

    /**
     * The caption under the network: which run ({@code run}, none when "") and checkpoint it shows, and its loss; the
     * page's scrubber rewrites what follows the run's name.
     */
    static String caption(String run, Checkpoint c) {
        return (run.isEmpty() ? "" : run + ", ") + "iteration " + Precision.count(c.iteration()) + ": loss L = "
                + Numbers.of(c.loss(), Precision.LOSS);
    }

    private static String param(Checkpoint c, String name) {
        return Numbers.of(c.params().get(name), Precision.UPDATED);
    }

    private static String biasText(NetworkSpec spec, Bias b, String value) {
        return NetworkContent.label(spec, b.name()) + " = " + value;
    }

    private static String sign(double w) {
        return w > 0 ? "positive" : w < 0 ? "negative" : "zero";
    }

    /** The name in a mark's {@code part-NAME} class, or "". */
    private static String part(List<String> classes) {
        return classes.stream()
                .filter(c -> c.startsWith("part-"))
                .map(c -> c.substring(5))
                .findFirst()
                .orElse("");
    }

    /** The widest of the texts {@code text} gives for the checkpoints, at font size {@code size}. */
    private static String widest(List<Checkpoint> cps, Function<Checkpoint, String> text, double size) {
        return cps.stream()
                .map(text)
                .max(Comparator.comparingDouble(s -> Label.width(s, size)))
                .orElseThrow();
    }
}
