package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.netdeck.compute.Layer;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Values;
import org.netdeck.compute.Weight;

/**
 * Where the neurons of a network sit, shared by every network step so a slide change never moves them.
 * Layers are columns left to right; skip connections (a weight that jumps a layer) run in lanes above
 * the neurons. Sizes come from the longest texts of all steps, then grow when labels do not fit: the columns
 * move apart by {@code columnSpread}, the rows by {@code rowSpread}. A softmax output layer gets {@code group}, the
 * box drawn around its column (its header, its neurons and their biases: computed together);
 * {@code sideX} is how far right of an output's centre the lines beside it start (clear of that box).
 */
record NetworkGeometry(
        double radius,
        double width,
        double height,
        Map<String, Point> centers,
        List<Double> columnX,
        double directionY,
        double headerY,
        double laneTop,
        double captionY,
        int captionChars,
        Map<String, Integer> lanes,
        Optional<Box> group,
        double sideX) {

    // Sizes are in viewBox units, chosen against the width the texts give: a deck shows a diagram about 600 px wide,
    // so the text stays about 0.025 of the width (15 px and more on screen).
    static final double MARGIN = 12;
    static final double NAME_SIZE = 17;
    static final double VALUE_SIZE = 15;
    static final double EDGE_SIZE = 16;
    static final double SIDE_SIZE = 16;
    static final double BIAS_SIZE = 15;
    static final double HEADER_SIZE = 16;
    static final double CAPTION_SIZE = 16;
    /** Baseline to baseline within a stacked label (edge, side, header). */
    static final double LINE_GAP = 1.2;

    static final double CAPTION_GAP = 1.3 * CAPTION_SIZE;
    static final double LANE_GAP = 28;
    /** Captions wrap at no fewer characters than this, however narrow the network. */
    static final int MIN_CAPTION_CHARS = 36;
    /** The softmax box's margin around what it holds. */
    static final double GROUP_PAD = 6;

    NetworkGeometry {
        centers = Values.ordered(centers);
        columnX = List.copyOf(columnX);
        lanes = Values.ordered(lanes);
    }

    /**
     * The geometry for {@code spec} that fits the texts of all {@code contents}, its columns spread apart by a factor
     * {@code columnSpread} ≥ 1 and its rows by {@code rowSpread} ≥ 1.
     */
    static NetworkGeometry of(
            NetworkSpec spec, List<StepContent> contents, double columnSpread, double rowSpread, TextWidths widths) {
        TextSizes t = TextSizes.of(spec, contents, widths);
        double radius = t.radius();
        double sideText = t.sideText();
        double biasText = t.biasText();
        double headerText = t.headerText();
        boolean biases = !spec.biases().isEmpty();
        int rows =
                spec.layers().stream().mapToInt(l -> l.neurons().size()).max().orElse(1);
        double colGap =
                Math.max(Math.max(2 * radius + t.edgeText() + 30, headerText + 16), biasText + 16) * columnSpread;
        double rowGap =
                (2 * radius + Math.max(18, t.edgeLines() * LINE_GAP * EDGE_SIZE - 8) + (biases ? BIAS_SIZE + 6 : 0))
                        * rowSpread;

        Map<String, Integer> lanes = skipLanes(spec);
        double y = MARGIN;
        double directionY = y + 0.8 * HEADER_SIZE;
        boolean direction = contents.stream().anyMatch(c -> !c.direction().isEmpty());
        y += direction ? 1.5 * HEADER_SIZE : 0;
        double headerY = y + 0.8 * HEADER_SIZE;
        y += 2 * LINE_GAP * HEADER_SIZE + 2;
        double laneTop = y + 8;
        y += lanes.size() * LANE_GAP + 4;
        double top = y + radius;
        double left = MARGIN + Math.max(radius, Math.max(headerText, biasText) / 2);
        List<Double> columnX = new ArrayList<>();
        Map<String, Point> centers = new LinkedHashMap<>();
        for (int i = 0; i < spec.layers().size(); i++) {
            double x = left + i * colGap;
            columnX.add(x);
            List<String> neurons = spec.layers().get(i).neurons();
            double offset = (rows - neurons.size()) / 2.0 * rowGap; // centre short columns
            for (int k = 0; k < neurons.size(); k++) {
                centers.put(neurons.get(k), new Point(x, top + offset + k * rowGap));
            }
        }
        double lastX = columnX.get(columnX.size() - 1);
        Optional<Box> group = softmaxBox(spec, centers, lastX, headerY, radius, biasText, biases);
        double sideX = group.map(b -> b.right() - lastX).orElse(radius) + 8;
        double width = lastX
                + Math.max(sideX - 8 + (sideText > 0 ? 8 + sideText : 0), Math.max(headerText, biasText) / 2)
                + MARGIN;

        // captions wrap to the network's width (never narrower than MIN_CAPTION_CHARS), the widest line widens it
        int captionChars =
                Math.max(MIN_CAPTION_CHARS, (int) Math.floor((width - 2 * MARGIN) / (Label.CHAR_WIDTH * CAPTION_SIZE)));
        int captions = 0;
        for (StepContent c : contents) {
            List<String> lines = captionLines(c, captionChars);
            captions = Math.max(captions, lines.size());
            width = Math.max(width, 2 * MARGIN + widths.widest(lines, CAPTION_SIZE));
        }
        double bottom = top + (rows - 1) * rowGap + radius + (biases ? BIAS_SIZE + 6 : 0);
        double captionY = bottom + 8 + 0.8 * CAPTION_SIZE;
        double height = captionY + (captions - 1) * CAPTION_GAP + 0.25 * CAPTION_SIZE + MARGIN;
        return new NetworkGeometry(
                radius,
                width,
                height,
                centers,
                columnX,
                directionY,
                headerY,
                laneTop,
                captionY,
                captionChars,
                lanes,
                group,
                sideX);
    }

    /**
     * With a softmax output layer, the box around its column at {@code x}: from the top of its header (which names
     * the activation, {@code softmax}) to under its last neuron's bias, as wide as the widest of the neurons, the
     * header and the biases, {@link #GROUP_PAD} around; empty otherwise.
     */
    private static Optional<Box> softmaxBox(
            NetworkSpec spec,
            Map<String, Point> centers,
            double x,
            double headerY,
            double radius,
            double biasText,
            boolean biases) {
        if (!spec.outputLayer().softmax()) {
            return Optional.empty();
        }
        double half = Math.max(
                        Math.max(radius, widest(header(spec, spec.layers().size() - 1), HEADER_SIZE) / 2), biasText / 2)
                + GROUP_PAD;
        double top = headerY - 0.8 * HEADER_SIZE - GROUP_PAD;
        double last = spec.outputLayer().neurons().stream()
                .mapToDouble(n -> centers.get(n).y())
                .max()
                .orElseThrow();
        double bottom = last + radius + (biases ? BIAS_SIZE + 6 : 0) + GROUP_PAD;
        return Optional.of(new Box(x - half, top, 2 * half, bottom - top));
    }

    /** The widest texts of every step and the radius that holds every neuron's text: what the sizes grow from. */
    private record TextSizes(
            double radius, double edgeText, double edgeLines, double sideText, double biasText, double headerText) {

        static TextSizes of(NetworkSpec spec, List<StepContent> contents, TextWidths widths) {
            double radius = 24;
            double edgeText = 0;
            double edgeLines = 1;
            double sideText = 0;
            double biasText = 0;
            for (StepContent c : contents) {
                for (String n : spec.neurons()) {
                    for (Label l : NetworkLayout.insideLabels(
                            n,
                            NetworkContent.label(spec, n),
                            new Point(0, 0),
                            c.neuronValues().get(n),
                            List.of())) {
                        Box b = widths.box(l);
                        double dx = Math.max(Math.abs(b.x()), Math.abs(b.right()));
                        double dy = Math.max(Math.abs(b.y()), Math.abs(b.bottom()));
                        radius = Math.max(radius, Math.hypot(dx, dy) + 3); // the circle holds the corners of its text
                    }
                }
                for (List<String> lines : c.edgeLabels().values()) {
                    edgeText = Math.max(edgeText, widths.widest(lines, EDGE_SIZE));
                    edgeLines = Math.max(edgeLines, lines.size());
                }
                for (List<String> lines : c.sideLabels().values()) {
                    sideText = Math.max(sideText, widths.widest(lines, SIDE_SIZE));
                }
                biasText = Math.max(biasText, widths.widest(c.biasLabels().values(), BIAS_SIZE));
            }
            double headerText = 0;
            for (int i = 0; i < spec.layers().size(); i++) {
                headerText = Math.max(headerText, widths.widest(header(spec, i), HEADER_SIZE));
            }
            return new TextSizes(radius, edgeText, edgeLines, sideText, biasText, headerText);
        }
    }

    /** Skip connections (weights that jump a layer), each with its lane above the neurons, in weight order. */
    private static Map<String, Integer> skipLanes(NetworkSpec spec) {
        Map<String, Integer> lanes = new LinkedHashMap<>();
        Map<String, Integer> layerOf = layerIndex(spec);
        for (Weight w : spec.weights()) {
            if (layerOf.get(w.to()) - layerOf.get(w.from()) > 1) {
                lanes.put(w.name(), lanes.size());
            }
        }
        return lanes;
    }

    /** The captions of a step as drawn: each wrapped to {@code chars} characters. */
    static List<String> captionLines(StepContent c, int chars) {
        List<String> captions = c.captions();
        if (c.litCaptions().isEmpty() || captions.isEmpty()) {
            return captions.stream().flatMap(s -> Wrap.lines(s, chars).stream()).toList();
        }
        // a fragment's worked line stands in for the last caption: as many lines as the longest, each the widest
        List<String> lines = new ArrayList<>(captions.subList(0, captions.size() - 1).stream()
                .flatMap(s -> Wrap.lines(s, chars).stream())
                .toList());
        List<String> last = new ArrayList<>();
        List<String> all = new ArrayList<>(List.of(captions.get(captions.size() - 1)));
        all.addAll(c.litCaptions().values());
        for (String caption : all) {
            List<String> wrapped = Wrap.lines(caption, chars);
            for (int i = 0; i < wrapped.size(); i++) {
                if (i == last.size()) {
                    last.add(wrapped.get(i));
                } else if (Label.width(wrapped.get(i), CAPTION_SIZE) > Label.width(last.get(i), CAPTION_SIZE)) {
                    last.set(i, wrapped.get(i));
                }
            }
        }
        lines.addAll(last);
        return lines;
    }

    /** The estimated width of the widest of {@code texts} at font size {@code size} (0 for none). */
    static double widest(Collection<String> texts, double size) {
        return texts.stream().mapToDouble(s -> Label.width(s, size)).max().orElse(0.0);
    }

    /** The path of a weight's edge from the rim of its source to the rim of its target. */
    List<Point> route(Weight w) {
        Point from = centers.get(w.from());
        Point to = centers.get(w.to());
        Integer lane = lanes.get(w.name());
        if (lane == null) { // neighbouring layers: a straight line between the rims
            double d = from.distance(to);
            return List.of(from.toward(to, radius / d), to.toward(from, radius / d));
        }
        // a skip connection: out to the right, up into its lane above every neuron, across, down, in from the left
        double laneY = laneTop + lane * LANE_GAP;
        double out = from.x() + radius + 10 + 6 * (lane % 4);
        double in = to.x() - radius - 10 - 6 * (lane % 4);
        return List.of(
                new Point(from.x() + radius, from.y()),
                new Point(out, from.y()),
                new Point(out, laneY),
                new Point(in, laneY),
                new Point(in, to.y()),
                new Point(to.x() - radius, to.y()));
    }

    boolean isSkip(Weight w) {
        return lanes.containsKey(w.name());
    }

    /** {@code Input}, {@code Hidden} (numbered when there are several), {@code Output}. */
    static String role(NetworkSpec spec, int layer) {
        int last = spec.layers().size() - 1;
        if (layer == 0) {
            return "Input";
        }
        if (layer == last) {
            return "Output";
        }
        return last == 2 ? "Hidden" : "Hidden " + layer;
    }

    /** The header of a layer's column: its role, then its name (when it says more) and activation. */
    static List<String> header(NetworkSpec spec, int layer) {
        Layer l = spec.layers().get(layer);
        String role = role(spec, layer);
        boolean sameName = role.toLowerCase(Locale.ROOT).startsWith(l.name().toLowerCase(Locale.ROOT));
        String second =
                layer == 0 ? (sameName ? "" : l.name()) : (sameName ? "" : l.name() + " · ") + l.activationName();
        return second.isEmpty() ? List.of(role) : List.of(role, second);
    }

    static Map<String, Integer> layerIndex(NetworkSpec spec) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < spec.layers().size(); i++) {
            for (String n : spec.layers().get(i).neurons()) {
                m.put(n, i);
            }
        }
        return m;
    }
}
