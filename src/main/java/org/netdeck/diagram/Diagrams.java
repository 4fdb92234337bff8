package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.netdeck.compute.Landscape;
import org.netdeck.compute.Trace;
import org.netdeck.content.DiagramChoice;
import org.netdeck.content.DiagramStep;

/**
 * Draws the diagrams of a computation, one SVG per {@link DiagramStep}.
 *
 * <pre>{@code Diagram forward = Diagrams.drawAll(trace).get(1);  forward.inline();  // <svg ...>...</svg>}</pre>
 *
 * <p>The same trace always gives byte-identical text. Network steps share one geometry, so neurons keep their
 * places from slide to slide. Every element carries CSS classes for the deck's stylesheet:
 * {@code netdeck-diagram step-<id>} on the root; {@code neuron input|hidden|output};
 * {@code edge positive|negative|zero}
 * (plus {@code skip}); {@code arrow forward|backward}; {@code label} with one of {@code neuron-name neuron-value
 * edge-label bias-label side-label layer-label direction caption legend tick-label axis-label point-label}; the plot's
 * {@code axis tick grid curve point first|last}; the landscape's {@code band band-K contour key landscape-path
 * start end ring lowest}; and {@code active} or {@code muted} for what the step emphasises.
 */
public final class Diagrams {

    private Diagrams() {}

    /** The diagrams of every step but the landscape, in teaching order. */
    public static List<Diagram> drawAll(Trace trace) {
        return drawAll(trace, Optional.empty());
    }

    /** The diagrams of every step, in teaching order; the landscape only when {@code landscape} is given. */
    public static List<Diagram> drawAll(Trace trace, Optional<Landscape> landscape) {
        return drawAllShared(trace, landscape.map(LandscapeBands::of));
    }

    /**
     * The diagrams of every step, in teaching order; the landscape (every run's path) only when {@code landscape} is
     * given, its bands taken from it.
     */
    public static List<Diagram> drawAllShared(Trace trace, Optional<LandscapeBands> landscape) {
        List<Layout> network = NetworkLayout.all(trace); // one shared geometry
        List<Layout> layouts = new ArrayList<>();
        for (DiagramStep step : DiagramStep.values()) {
            layout(trace, step, s -> network.get(NetworkLayout.STEPS.indexOf(s)), run -> true, landscape)
                    .ifPresent(layouts::add);
        }
        return layouts.stream()
                .map(l -> SvgWriter.write(DiagramRefs.explained(trace, l, "")))
                .toList();
    }

    /**
     * The diagram {@code choice} asks for, named by it: a step's default diagram ({@link #drawAll} draws those too), or
     * the training or landscape step drawing some of the runs. {@code landscape} is the landscape step's (computed
     * with the chosen runs' paths, see {@link Landscape#compute(Trace, org.netdeck.compute.LandscapeSpec,
     * java.util.function.Predicate)}).
     */
    public static Diagram draw(Trace trace, DiagramChoice choice, Optional<Landscape> landscape) {
        return drawShared(trace, choice, landscape.map(LandscapeBands::of));
    }

    /**
     * The diagram {@code choice} asks for, as {@link #draw}; a landscape diagram draws the paths of the runs
     * {@code choice} chooses over the bands of {@code landscape} (computed once for the deck, with every run's path).
     */
    public static Diagram drawShared(Trace trace, DiagramChoice choice, Optional<LandscapeBands> landscape) {
        Layout layout = choice.step() == DiagramStep.TRAINING
                ? TrainingFigure.of(trace, choice::draws, choice.replay())
                : layout(trace, choice.step(), s -> NetworkLayout.of(trace, s), choice::draws, landscape)
                        .orElseThrow(() -> new IllegalArgumentException("the landscape step needs its Landscape"));
        return SvgWriter.write(DiagramRefs.explained(trace, layout, choice.replay()), choice.id());
    }

    /** The layout of one step but the landscape, before it is written as SVG (its value labels explained). */
    public static Layout layout(Trace trace, DiagramStep step) {
        return DiagramRefs.explained(
                trace,
                layout(trace, step, s -> NetworkLayout.of(trace, s), run -> true, Optional.empty())
                        .orElseThrow(() -> new IllegalArgumentException("the landscape step needs its Landscape")),
                "");
    }

    /**
     * The layout of {@code step} drawing the runs {@code runs} accepts, a network step's taken from {@code network};
     * empty for the landscape without its {@code landscape}. The one place that knows each step's layout class: a new
     * step adds its case here.
     */
    private static Optional<Layout> layout(
            Trace trace,
            DiagramStep step,
            Function<DiagramStep, Layout> network,
            Predicate<String> runs,
            Optional<LandscapeBands> landscape) {
        return switch (step) {
            case ARCHITECTURE, FORWARD, LOSS, OUTPUT_GRADIENT, CHAIN_RULE, UPDATE -> Optional.of(network.apply(step));
            case LAYERS -> Optional.of(LayersLayout.of(trace));
            case TRAINING -> Optional.of(TrainingFigure.of(trace, runs));
            case LANDSCAPE ->
                landscape.map(b -> LandscapeLayout.of(trace, b.landscape().drawing(runs), b));
        };
    }

    /** The landscape step's layout, before it is written as SVG. */
    public static Layout layout(Trace trace, Landscape landscape) {
        return LandscapeLayout.of(trace, landscape);
    }

    /** The landscape step's layout drawing the paths of the runs {@code runs} accepts over the shared bands. */
    public static Layout layout(Trace trace, LandscapeBands landscape, Predicate<String> runs) {
        return LandscapeLayout.of(trace, landscape.landscape().drawing(runs), landscape);
    }
}
