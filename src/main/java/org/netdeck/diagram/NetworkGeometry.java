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
 * move apart by {@code columnSpread}, the rows by {@code rowSpread}, never past {@link #MAX_WIDTH} ×
 * {@link #MAX_HEIGHT} (so the stage draws every text at {@link #MIN_PX} px or more). {@code besideName}: the width of
 * the names written beside the input and output neurons; {@code captionLines}: how many caption lines are written (the
 * rest are left out, for the description) (0: every name inside its circle); {@code room}: what it
 * makes room for. A softmax output layer gets {@code group}, the box drawn around its column (its header, its
 * neurons and their biases: computed together); {@code sideX} is how far right of an output's centre what is written
 * beside it starts (clear of that box).
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
        int captionLines,
        Map<String, Integer> lanes,
        double besideName,
        Room room,
        Optional<Box> group,
        double sideX) {

    /**
     * How much a geometry makes room for: every text with room along the edges for their labels ({@code LABELS}), the
     * neurons' values and the biases' labels without that room ({@code VALUES}), or only the neurons' names, where they
     * fit ({@code NAMES}: a network too large to write more at a legible size).
     */
    enum Room {
        LABELS,
        VALUES,
        NAMES
    }

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
     * The width in canvas px at which the stage draws a network step, in the ordinary figure column (1.15fr of the
     * 1152 px between the canvas's paddings, less the gap and the figure's padding: about 568 px wide, up to 540 px
     * tall, less when a slide's text is set smaller): every size below is chosen so that a diagram within {@link
     * #MAX_WIDTH} × {@link #MAX_HEIGHT} draws its smallest text at {@link #MIN_PX} px or more on the stage at
     * 1366×768. A slide whose text leaves room draws a large network wider still (deck.js, chooseFigures).
     */
    static final double STAGE_WIDTH = 568;

    static final double STAGE_HEIGHT = 470;
    /**
     * The canvas's scale on the stage at 1366×768: the 1280×720 canvas fitted into the deck's box above the toolbar
     * (705.6 px tall, less a 12 px margin above and below) is drawn at 0.9467 (LegibilityTest checks it).
     */
    static final double STAGE_SCALE = 0.946;
    /** The smallest rendered size of any text of a network step on the stage at 1366×768, in CSS px (11 and a margin). */
    static final double MIN_PX = 11.2;
    /** The smallest font size a network step writes, in viewBox units. */
    static final double SMALLEST_SIZE = Math.min(VALUE_SIZE, BIAS_SIZE);
    /**
     * The largest viewBox a network step has: wider or taller would draw its text under {@link #MIN_PX} in the
     * ordinary figure column.
     */
    static final double MAX_WIDTH = Math.floor(STAGE_WIDTH * STAGE_SCALE * SMALLEST_SIZE / MIN_PX);

    static final double MAX_HEIGHT = Math.floor(STAGE_HEIGHT * STAGE_SCALE * SMALLEST_SIZE / MIN_PX);

    /**
     * The training figure's network panel: beside the loss plot, about 540 × 300 CSS px on the stage at 1366×768 (520
     * px wide on a slide set at 0.86 of its type), so a viewBox within 704 × 391 units ({@link #PANEL_MIN_PX}).
     */
    static final double PANEL_WIDTH = 540;

    static final double PANEL_HEIGHT = 300;
    /** The panel's text size on the stage that sets its box, in CSS px: 11 and a margin for a smaller panel. */
    static final double PANEL_MIN_PX = 11.5;

    /**
     * The largest viewBox of a picture: a slide's network step ({@link #SLIDE}) or the training panel's; {@code
     * refinements}: how often the layout halves the spread between the last within it and the first outside it before
     * it leaves a label out. A slide's box is the stage's figure column as drawn at 1366×768, so its network may take
     * all of it; the panel's is a measured size with a margin (at a smaller type it is drawn narrower), so its network
     * keeps to the coarser steps.
     */
    record Frame(double width, double height, int refinements) {}

    static final Frame SLIDE = new Frame(MAX_WIDTH, MAX_HEIGHT, 6);

    static final Frame PANEL = new Frame(
            Math.floor(PANEL_WIDTH * SMALLEST_SIZE / PANEL_MIN_PX),
            Math.floor(PANEL_HEIGHT * SMALLEST_SIZE / PANEL_MIN_PX),
            0);

    /** The most caption lines a compact network writes (the rest are in its description). */
    static final int COMPACT_CAPTIONS = 4;

    /** The farthest apart a compact network's columns are. */
    static final double COMPACT_GAP = 320;

    /**
     * The geometry for {@code spec} that fits the texts of all {@code contents}, its columns spread apart by a factor
     * {@code columnSpread} ≥ 1 and its rows by {@code rowSpread} ≥ 1, with the room {@code room} asks for, within
     * {@code box} when it is compact (else the caller keeps to it). A
     * {@link Room#NAMES} geometry is for a network too large to draw every text legibly: its neurons hold no values,
     * its biases have no labels, and its rows and columns close up until it fits {@code box}; a neuron's name is written inside it when it fits there, else beside it for the input and
     * output layers.
     */
    static NetworkGeometry of(
            NetworkSpec spec,
            List<StepContent> contents,
            double columnSpread,
            double rowSpread,
            Room room,
            Frame box,
            TextWidths widths) {
        boolean compact = room == Room.NAMES;
        TextSizes t = TextSizes.of(spec, contents, widths, room);
        boolean biases = !compact && !spec.biases().isEmpty();
        double sideText = t.sideText();
        double biasText = biases ? t.biasText() : 0;
        double headerText = t.headerText();
        int rows =
                spec.layers().stream().mapToInt(l -> l.neurons().size()).max().orElse(1);
        int columns = spec.layers().size();
        double radius = t.radius();
        // with room for every label the bias labels set the columns apart too; else they are written where they fit
        double colGap = Math.max(
                        Math.max(2 * radius + (room == Room.LABELS ? t.edgeText() : 0) + 30, headerText + 16),
                        room == Room.LABELS ? biasText + 16 : 0)
                * columnSpread;
        double rowGap = (2 * radius
                        + (room == Room.LABELS
                                ? Math.max(18, t.edgeLines() * LINE_GAP * EDGE_SIZE - 8)
                                : compact ? 0.6 * radius : 18)
                        + (biases ? BIAS_SIZE + 6 : 0))
                * rowSpread;
        double besideName = 0;
        int boxChars = (int) Math.floor((box.width() - 2 * MARGIN) / (Label.CHAR_WIDTH * CAPTION_SIZE));
        // a compact network's captions wrap at the box's width, and take at most COMPACT_CAPTIONS lines
        CaptionRoom wrap =
                compact ? new CaptionRoom(boxChars, COMPACT_CAPTIONS) : new CaptionRoom(0, Integer.MAX_VALUE);
        // every pass places the same network with the same texts; only these five sizes change between passes
        Placing at = (r, cols, rowsGap, beside, w) ->
                place(spec, contents, r, cols, rowsGap, beside, room, w, sideText, biasText, headerText, widths);
        NetworkGeometry g = at.place(radius, colGap, rowGap, besideName, wrap);
        if (compact) {
            // the neurons fill the box: the rows share its height, the columns its width (up to COMPACT_GAP apart)
            double other = g.height - (rows - 1) * rowGap - 2 * radius;
            if (rows > 1) {
                radius = Math.min(radius, Math.max(4, (box.height() - other) / (2 + 2.6 * (rows - 1))));
                rowGap = Math.max(2.6 * radius, (box.height() - other - 2 * radius) / (rows - 1));
            }
            if (columns > 1) {
                // the network's own width (the captions wrap to whatever it is) but the gaps between its columns
                double across = extent(g, besideName, sideText, headerText, biasText) - (columns - 1) * colGap;
                colGap = Math.min(COMPACT_GAP, (box.width() - across) / (columns - 1));
                radius = Math.max(4, Math.min(radius, (colGap - 12) / 2));
            }
            g = at.place(radius, colGap, rowGap, besideName, wrap);
            radius = Math.max(2, Math.min(radius, clearance(spec, g) - 2)); // no edge through a neuron
            if (t.nameRadius() > radius) { // names too large for their circles: the outer layers' beside them
                besideName = t.outerNames() + 6;
                double across =
                        extent(g, besideName, sideText, headerText, biasText) - (columns - 1) * colGap + 2 * besideName;
                if (columns > 1 && across + (columns - 1) * colGap > box.width()) {
                    colGap = Math.max(2 * radius + 12, (box.width() - across) / (columns - 1));
                }
            }
            g = at.place(radius, colGap, rowGap, besideName, wrap);
        }
        if (room == Room.VALUES && g.height > box.height() && rows > 1) {
            // the rows close up as far as the bias labels under the neurons allow
            double least = 2 * radius + (biases ? BIAS_SIZE + 10 : 12);
            rowGap = Math.max(least, rowGap - (g.height - box.height()) / (rows - 1));
            g = at.place(radius, colGap, rowGap, besideName, wrap);
        }
        for (int round = 0; round < 3 && g.height > box.height(); round++) {
            // the captions wrap at the widest line the box allows, then as many lines as fit are written
            int lines = g.captionLines - (int) Math.ceil((g.height - box.height()) / CAPTION_GAP);
            wrap = new CaptionRoom(boxChars, wrap.chars() == boxChars ? Math.max(1, lines) : wrap.lines());
            g = at.place(radius, colGap, rowGap, besideName, wrap);
        }
        return g;
    }

    /** One placement pass of {@link #of}: the sizes a pass changes, the rest fixed by the network and its texts. */
    @FunctionalInterface
    private interface Placing {
        NetworkGeometry place(double radius, double colGap, double rowGap, double besideName, CaptionRoom wrap);
    }

    /**
     * The least distance from the centre of a neuron to an edge between neighbouring layers that it does not end, over
     * the neurons of the edge's two columns: a radius under it keeps every edge clear of every other neuron.
     */
    private static double clearance(NetworkSpec spec, NetworkGeometry g) {
        Map<String, Integer> layerOf = layerIndex(spec);
        double least = Double.POSITIVE_INFINITY;
        for (Weight w : spec.weights()) {
            if (g.isSkip(w)) {
                continue;
            }
            Point a = g.centers().get(w.from());
            Point b = g.centers().get(w.to());
            for (int layer : List.of(layerOf.get(w.from()), layerOf.get(w.to()))) {
                for (String n : spec.layers().get(layer).neurons()) {
                    if (!n.equals(w.from()) && !n.equals(w.to())) {
                        least = Math.min(least, distance(g.centers().get(n), a, b));
                    }
                }
            }
        }
        return least;
    }

    /** The width of the network of {@code g} alone, without its captions (as {@code place} reckons it). */
    private static double extent(
            NetworkGeometry g, double besideName, double sideText, double headerText, double biasText) {
        double lastX = g.columnX().get(g.columnX().size() - 1);
        return lastX
                + Math.max(
                        g.radius() + besideName + (sideText > 0 ? 8 + sideText : 0), Math.max(headerText, biasText) / 2)
                + MARGIN;
    }

    /** The distance from {@code p} to the segment from {@code a} to {@code b}. */
    private static double distance(Point p, Point a, Point b) {
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double len = dx * dx + dy * dy;
        double t = len == 0 ? 0 : Math.max(0, Math.min(1, ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len));
        return Math.hypot(p.x() - a.x() - t * dx, p.y() - a.y() - t * dy);
    }

    /** Captions wrap at no fewer than {@code chars} characters, and at most {@code lines} lines are written. */
    private record CaptionRoom(int chars, int lines) {}

    /** The geometry with these sizes: neurons centred in their columns, headers over them, captions under them. */
    private static NetworkGeometry place(
            NetworkSpec spec,
            List<StepContent> contents,
            double radius,
            double colGap,
            double rowGap,
            double besideName,
            Room room,
            CaptionRoom wrap,
            double sideText,
            double biasText,
            double headerText,
            TextWidths widths) {
        boolean biases = room != Room.NAMES && !spec.biases().isEmpty();
        int rows =
                spec.layers().stream().mapToInt(l -> l.neurons().size()).max().orElse(1);
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
        double left = MARGIN + Math.max(radius + besideName, Math.max(headerText, biasText) / 2);
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
        Optional<Box> group = softmaxBox(spec, centers, lastX, headerY, radius, biasText, biases, widths);
        double sideX = group.map(b -> b.right() - lastX).orElse(radius) + 8;
        double width = lastX
                + Math.max(
                        sideX - 8 + besideName + (sideText > 0 ? 8 + sideText : 0), Math.max(headerText, biasText) / 2)
                + MARGIN;

        // captions wrap to the network's width (never narrower than MIN_CAPTION_CHARS), the widest line widens it
        int captionChars = Math.max(Math.max(MIN_CAPTION_CHARS, wrap.chars()), (int)
                Math.floor((width - 2 * MARGIN) / (Label.CHAR_WIDTH * CAPTION_SIZE)));
        int captions = 0;
        for (StepContent c : contents) {
            List<String> lines = captionLines(c, captionChars);
            captions = Math.max(captions, lines.size());
            width = Math.max(width, 2 * MARGIN + widths.widest(lines, CAPTION_SIZE));
        }
        captions = Math.min(captions, wrap.lines());
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
                captions,
                lanes,
                besideName > 0 ? besideName - 6 : 0,
                room,
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
            boolean biases,
            TextWidths widths) {
        if (!spec.outputLayer().softmax()) {
            return Optional.empty();
        }
        double half = Math.max(
                        Math.max(
                                radius, widths.widest(header(spec, spec.layers().size() - 1), HEADER_SIZE) / 2),
                        biasText / 2)
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
            double radius,
            double nameRadius,
            double outerNames,
            double edgeText,
            double edgeLines,
            double sideText,
            double biasText,
            double headerText) {

        /** The sizes of every step's texts; {@code compact}: the radius holds the names alone (no values). */
        static TextSizes of(NetworkSpec spec, List<StepContent> contents, TextWidths widths, Room room) {
            boolean compact = room == Room.NAMES;
            boolean full = room == Room.LABELS;
            double nameRadius = 0;
            double outerNames = 0;
            int last = spec.layers().size() - 1;
            for (int i = 0; i <= last; i += Math.max(1, last)) {
                for (String n : spec.layers().get(i).neurons()) {
                    outerNames = Math.max(outerNames, widths.of(NetworkContent.label(spec, n), NAME_SIZE));
                }
            }
            for (String n : spec.neurons()) {
                Box b = widths.box(
                        NetworkLayout.insideLabels(n, NetworkContent.label(spec, n), new Point(0, 0), null, List.of())
                                .get(0));
                nameRadius = Math.max(nameRadius, corner(b) + 3);
            }
            double radius = compact ? Math.max(12, nameRadius) : 24;
            double edgeText = 0;
            double edgeLines = 1;
            double sideText = 0;
            double biasText = 0;
            for (StepContent c : contents) {
                for (String n : compact ? List.<String>of() : spec.neurons()) {
                    for (Label l : NetworkLayout.insideLabels(
                            n,
                            NetworkContent.label(spec, n),
                            new Point(0, 0),
                            c.neuronValues().get(n),
                            List.of())) {
                        // the circle holds the corners of its text
                        radius = Math.max(radius, corner(widths.box(l)) + 3);
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
                List<String> h = header(spec, i);
                // without room for every label, second header lines are written where they fit, first lines always
                headerText = Math.max(headerText, widths.widest(full ? h : h.subList(0, 1), HEADER_SIZE));
            }
            return new TextSizes(radius, nameRadius, outerNames, edgeText, edgeLines, sideText, biasText, headerText);
        }

        /** The distance from the origin to the farthest corner of {@code b}. */
        private static double corner(Box b) {
            double dx = Math.max(Math.abs(b.x()), Math.abs(b.right()));
            double dy = Math.max(Math.abs(b.y()), Math.abs(b.bottom()));
            return Math.hypot(dx, dy);
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
