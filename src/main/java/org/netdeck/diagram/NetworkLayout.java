package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.netdeck.compute.Bias;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.content.DiagramStep;

/** Lays out the network steps: shared geometry, then per step the marks and a free spot for every edge label. */
final class NetworkLayout {

    /** Network steps, in teaching order. */
    static final List<DiagramStep> STEPS = Arrays.stream(DiagramStep.values())
            .filter(DiagramStep::drawsNetwork)
            .toList();

    private static final int ATTEMPTS = 14;

    /**
     *
     * private NetworkLayout() {}
     *
     * /** The layout of network step {@code step}, in the geometry shared by all network steps of {@code trace}. */
    static Layout of(Trace trace, DiagramStep step) {
        return all(trace).get(STEPS.indexOf(step));
    }

    /** The layouts of every network step ({@link #STEPS}), in one geometry so neurons keep their places. */
    static List<Layout> all(Trace trace) {
        return layouts(
                trace, STEPS.stream().map(s -> NetworkContent.of(trace, s)).toList(), NetworkGeometry.SLIDE);
    }

    /** The layout of one more network picture ({@code content}, the training figure's panel) in a geometry of its own. */
    static Layout alone(Trace trace, StepContent content) {
        return layouts(trace, List.of(content), NetworkGeometry.PANEL).get(0);
    }

    /**
     * The layouts of {@code contents}, in one geometry that fits all their texts within the figure's box: spread
     * apart (×1.2 a step, then as often as the box says the step that left it halved) until every edge label finds a
     * free spot along its edge; when none within the box does, the largest spread within it, and the labels that find
     * no spot are left out (their values are in the description).
     */
    private static List<Layout> layouts(Trace trace, List<StepContent> contents, NetworkGeometry.Frame box) {
        NetworkSpec spec = trace.network();
        double spread = 1.0;
        double rowSquared = 1.0; // the rows spread by its square root
        TextWidths widths = new TextWidths(); // every text of every step, estimated once
        NetworkGeometry fitted = null;
        double fittedSpread = 0;
        double fittedRowSquared = 0;
        boolean outgrown = false;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            NetworkGeometry geometry = NetworkGeometry.of(
                    spec, contents, spread, Math.sqrt(rowSquared), NetworkGeometry.Room.LABELS, box, widths);
            if (!within(geometry, box)) {
                outgrown = true;
                break;
            }
            fitted = geometry;
            fittedSpread = spread;
            fittedRowSquared = rowSquared;
            List<Layout> layouts = strict(spec, contents, geometry, widths);
            if (layouts != null) {
                return layouts;
            }
            spread *= 1.2;
            // the rows spread too while it is wider than the box: it grows toward the shape of the room it has
            if (geometry.width() * box.height() >= box.width() * geometry.height()) {
                rowSquared *= 1.2;
            }
        }
        if (outgrown && fitted != null) {
            // the last ×1.2 step left the box: the spreads between it and the last one within are tried too (halving
            // the step in proportion), so the network takes all the room the box has before a label is left out
            double low = 0;
            double high = 1;
            for (int i = 0; i < box.refinements(); i++) {
                double t = (low + high) / 2;
                double s = fittedSpread * Math.pow(spread / fittedSpread, t);
                double r = fittedRowSquared * Math.pow(rowSquared / fittedRowSquared, t);
                NetworkGeometry geometry =
                        NetworkGeometry.of(spec, contents, s, Math.sqrt(r), NetworkGeometry.Room.LABELS, box, widths);
                if (!within(geometry, box)) {
                    high = t;
                    continue;
                }
                low = t;
                fitted = geometry;
                List<Layout> layouts = strict(spec, contents, geometry, widths);
                if (layouts != null) {
                    return layouts;
                }
            }
        }
        if (fitted == null) {
            fitted = NetworkGeometry.of(spec, contents, 1, 1, NetworkGeometry.Room.VALUES, box, widths);
            if (!within(fitted, box)) {
                fitted = NetworkGeometry.of(spec, contents, 1, 1, NetworkGeometry.Room.NAMES, box, widths);
            }
        }
        List<Layout> layouts = new ArrayList<>();
        for (StepContent c : contents) {
            layouts.add(build(spec, c, fitted, true, widths));
        }
        return List.copyOf(layouts);
    }

    /** Every step's layout with every edge label in place, or null when some label finds no free spot. */
    private static List<Layout> strict(
            NetworkSpec spec, List<StepContent> contents, NetworkGeometry geometry, TextWidths widths) {
        List<Layout> layouts = new ArrayList<>();
        for (StepContent c : contents) {
            Layout l = build(spec, c, geometry, false, widths);
            if (l == null) {
                return null;
            }
            layouts.add(l);
        }
        return List.copyOf(layouts);
    }

    private static boolean within(NetworkGeometry g, NetworkGeometry.Frame box) {
        return g.width() <= box.width() && g.height() <= box.height();
    }

    /**
     * The marks of one step, or null when an edge label finds no free spot (unless {@code lenient}: then that label is
     * left out). Texts other than the edge labels are kept in order of importance (captions, headers, names, values,
     * side labels, biases), each left out where it would overlap one kept before or a neuron not its own.
     */
    private static Layout build(
            NetworkSpec spec, StepContent c, NetworkGeometry g, boolean lenient, TextWidths widths) {
        // edges first, so neurons and labels paint over them
        List<Line> edges = new ArrayList<>();
        List<Arrow> arrows = new ArrayList<>();
        edges(spec, c, g, edges, arrows);
        List<Circle> neurons = neurons(spec, c, g);
        List<List<Label>> groups = new ArrayList<>();
        List<List<Label>> left = new ArrayList<>(); // the texts that do not fit, for the description
        // the captions (the worked lines of a chain-rule step share one place) have theirs by construction
        List<Label> captions = captions(c, g, left);
        List<Label> headers = headers(spec, g);
        headers.stream().filter(Label::bold).forEach(l -> groups.add(List.of(l)));
        List<List<Label>> values = new ArrayList<>();
        for (Circle circle : neurons) {
            List<Label> inside = neuronLabels(spec, c, g, circle, widths);
            if (!inside.isEmpty()) {
                groups.add(List.of(inside.get(0)));
            }
            if (inside.size() > 1) {
                values.add(inside.subList(1, inside.size()));
            }
        }
        groups.addAll(values);
        groups.addAll(sideLabels(c, g));
        if (g.room() != NetworkGeometry.Room.NAMES) {
            biasLabels(spec, c, g).forEach(l -> groups.add(List.of(l)));
        } else { // no room for values: each neuron's and bias's is in the description
            for (Circle circle : neurons) {
                String value = c.neuronValues().get(circle.name());
                if (value != null) {
                    left.add(insideLabels(
                            circle.name(),
                            NetworkContent.label(spec, circle.name()),
                            circle.center(),
                            value,
                            List.of()));
                }
            }
            biasLabels(spec, c, g).forEach(l -> left.add(List.of(l)));
        }
        headers.stream().filter(l -> !l.bold()).forEach(l -> groups.add(List.of(l)));
        List<Label> fixed = fitting(captions, groups, neurons, g, widths, left);

        List<List<Label>> edgeLabels = edgeLabels(spec, c, g, edges, arrows, neurons, fixed, lenient, widths, left);
        if (edgeLabels == null) {
            return null;
        }
        List<Mark> marks = new ArrayList<>();
        g.group().ifPresent(b -> marks.add(group(b))); // behind everything: the edges run into it
        marks.addAll(edges);
        marks.addAll(arrows);
        marks.addAll(neurons);
        for (List<Label> l : edgeLabels) {
            marks.add(new Backdrop(LabelPlacer.union(l, widths).grow(1), List.of("label-bg")));
            marks.addAll(l);
        }
        marks.addAll(fixed);
        return new Layout(c.step(), g.width(), g.height(), c.title(), described(c.description(), left), marks);
    }

    /**
     * The step's description, then every text the picture leaves out but a neuron's bare name (which the description
     * of the network names already): a value is never only in the picture nor only missing from it. A page lists
     * them under the figure from this sentence ({@code render.DiagramView.unwritten}: keep the two in step).
     */
    static String described(String description, List<List<Label>> left) {
        List<String> texts = new ArrayList<>();
        for (List<Label> group : left) {
            if (group.stream().allMatch(l -> l.classes().contains("neuron-name"))) {
                continue;
            }
            List<String> lines =
                    group.stream().map(l -> RichText.plain(l.text())).toList();
            String joint = lines.size() == 2
                            && !lines.get(1).startsWith("→")
                            && !lines.get(0).endsWith(":")
                    ? " = "
                    : " ";
            texts.add(String.join(joint, lines));
        }
        return texts.isEmpty()
                ? description
                : description + " Not written in the picture (no room at a legible size): " + String.join("; ", texts)
                        + ".";
    }

    /**
     * {@code kept}, then the groups of labels that fit, in the order given: each inside the picture, clear of
     * {@code kept}, of every group kept before it and of every neuron but its owner's; the others into {@code left}.
     */
    private static List<Label> fitting(
            List<Label> keep,
            List<List<Label>> groups,
            List<Circle> neurons,
            NetworkGeometry g,
            TextWidths widths,
            List<List<Label>> left) {
        Box bounds = new Box(0, 0, g.width(), g.height()).grow(0.5);
        List<Box> kept = new ArrayList<>(keep.stream().map(widths::box).toList());
        List<Label> labels = new ArrayList<>(keep);
        for (List<Label> group : groups) {
            List<Box> boxes = group.stream().map(widths::box).toList();
            boolean fits = boxes.stream()
                    .allMatch(b -> b.inside(bounds) && kept.stream().noneMatch(b::overlaps));
            for (int i = 0; fits && i < group.size(); i++) {
                String owner = group.get(i).owner();
                Box b = boxes.get(i);
                fits = neurons.stream()
                        .filter(n -> !n.name().equals(owner))
                        .noneMatch(n -> b.overlaps(n.center(), n.radius() + 1));
            }
            if (fits) {
                kept.addAll(boxes);
                labels.addAll(group);
            } else {
                left.add(group);
            }
        }
        return labels;
    }

    /**
     * A neuron's name and value inside its circle; in a geometry with room for names only, its name inside when it
     * fits there, else beside it (left of an input, right of an output) when there is room, else nothing.
     */
    private static List<Label> neuronLabels(
            NetworkSpec spec, StepContent c, NetworkGeometry g, Circle circle, TextWidths widths) {
        String n = circle.name();
        List<String> state = List.of(state(c, n), "part-" + n);
        String text = NetworkContent.label(spec, n);
        if (g.room() != NetworkGeometry.Room.NAMES) {
            return insideLabels(n, text, circle.center(), c.neuronValues().get(n), state);
        }
        Label inside = insideLabels(n, text, circle.center(), null, state).get(0);
        Box b = widths.box(inside);
        Point p = circle.center();
        double corner = Math.hypot(
                Math.max(Math.abs(b.x() - p.x()), Math.abs(b.right() - p.x())),
                Math.max(Math.abs(b.y() - p.y()), Math.abs(b.bottom() - p.y())));
        if (corner + 2 <= g.radius()) {
            return List.of(inside);
        }
        Map<String, Integer> layerOf = NetworkGeometry.layerIndex(spec);
        int layer = layerOf.get(n);
        if (g.besideName() <= 0 || (layer != 0 && layer != spec.layers().size() - 1)) {
            return List.of();
        }
        List<String> classes = new ArrayList<>(List.of("label", "neuron-name", "beside"));
        classes.addAll(state);
        boolean input = layer == 0;
        double x = input ? p.x() - g.radius() - 4 : p.x() + g.sideX() - 4; // an output's clear of the softmax box
        return List.of(new Label(
                text,
                new Point(x, p.y() + 0.3 * NetworkGeometry.NAME_SIZE),
                input ? Anchor.END : Anchor.START,
                NetworkGeometry.NAME_SIZE,
                true,
                "",
                classes));
    }

    /** The softmax box: a tinted rectangle with cut corners around the output column, outlined. */
    private static Region group(Box b) {
        double c = 4; // the corner cut
        List<Point> ring = List.of(
                new Point(b.x() + c, b.y()),
                new Point(b.right() - c, b.y()),
                new Point(b.right(), b.y() + c),
                new Point(b.right(), b.bottom() - c),
                new Point(b.right() - c, b.bottom()),
                new Point(b.x() + c, b.bottom()),
                new Point(b.x(), b.bottom() - c),
                new Point(b.x(), b.y() + c));
        return new Region(List.of(ring), 1.5, List.of("group", "softmax-group"));
    }

    /** {@code active} or {@code muted}: whether the step emphasises the neuron, weight or bias {@code name}. */
    private static String state(StepContent c, String name) {
        return c.isActive(name) ? "active" : "muted";
    }

    /**
     * One line per weight (thickness grows with |w|, in {@code spec}'s order) into {@code edges}, and an arrow
     * head per active edge of a step with a flow into {@code arrows}, the line shortened to meet it.
     */
    private static void edges(
            NetworkSpec spec, StepContent c, NetworkGeometry g, List<Line> edges, List<Arrow> arrows) {
        double maxAbs =
                c.weights().values().stream().mapToDouble(Math::abs).max().orElse(0.0);
        for (Weight w : spec.weights()) {
            double value = c.weights().get(w.name());
            String sign = value > 0 ? "positive" : value < 0 ? "negative" : "zero";
            String state = state(c, w.name());
            double width = 1.5 + 4.5 * (maxAbs == 0.0 ? 0.0 : Math.abs(value) / maxAbs); // thickness grows with |w|
            String part =
                    "part-" + w.name(); // a fragment's highlight finds the marks of a neuron, weight or bias by it
            List<String> classes =
                    g.isSkip(w) ? List.of("edge", sign, "skip", state, part) : List.of("edge", sign, state, part);
            List<Point> path = g.route(w);
            double arrow = 8 + 1.2 * width;
            boolean arrowed = c.flow() != Flow.NONE && c.isActive(w.name());
            if (arrowed && c.flow() == Flow.FORWARD) {
                Point end = path.get(path.size() - 1);
                Point before = path.get(path.size() - 2);
                arrows.add(new Arrow(end, angle(before, end), arrow, List.of("arrow", "forward", sign, state, part)));
                path = replace(path, path.size() - 1, end.toward(before, 0.8 * arrow / end.distance(before)));
            } else if (arrowed) {
                Point start = path.get(0);
                Point after = path.get(1);
                arrows.add(
                        new Arrow(start, angle(after, start), arrow, List.of("arrow", "backward", sign, state, part)));
                path = replace(path, 0, start.toward(after, 0.8 * arrow / start.distance(after)));
            }
            edges.add(new Line(path, width, value < 0, g.isSkip(w), classes));
        }
    }

    /** A circle per neuron, classed by its layer's role and the step's emphasis. */
    private static List<Circle> neurons(NetworkSpec spec, StepContent c, NetworkGeometry g) {
        Map<String, Integer> layerOf = NetworkGeometry.layerIndex(spec);
        int last = spec.layers().size() - 1;
        List<Circle> neurons = new ArrayList<>();
        for (String n : spec.neurons()) {
            int layer = layerOf.get(n);
            String role = layer == 0 ? "input" : layer == last ? "output" : "hidden";
            neurons.add(
                    new Circle(n, g.centers().get(n), g.radius(), List.of("neuron", role, state(c, n), "part-" + n)));
        }
        return neurons;
    }

    /** Each bias's label, under its neuron. */
    private static List<Label> biasLabels(NetworkSpec spec, StepContent c, NetworkGeometry g) {
        List<Label> labels = new ArrayList<>();
        for (Bias b : spec.biases()) {
            Point p = g.centers().get(b.neuron());
            labels.add(new Label(
                    c.biasLabels().get(b.name()),
                    new Point(p.x(), p.y() + g.radius() + 4 + 0.8 * NetworkGeometry.BIAS_SIZE),
                    Anchor.MIDDLE,
                    NetworkGeometry.BIAS_SIZE,
                    false,
                    "",
                    List.of("label", "bias-label", state(c, b.neuron()), "part-" + b.name())));
        }
        return labels;
    }

    /**
     * The lines beside each neuron that has some (an output's target, loss or gradient), centred on it vertically, after
     * its name when that is written beside it: one group per neuron.
     */
    private static List<List<Label>> sideLabels(StepContent c, NetworkGeometry g) {
        List<List<Label>> groups = new ArrayList<>();
        for (Map.Entry<String, List<String>> side : c.sideLabels().entrySet()) {
            Point p = g.centers().get(side.getKey());
            List<String> lines = side.getValue();
            double x = p.x() + g.sideX() + (g.besideName() > 0 ? g.besideName() + 4 : 0);
            List<Label> labels = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                double y = p.y()
                        + 0.3 * NetworkGeometry.SIDE_SIZE
                        + (i - (lines.size() - 1) / 2.0) * NetworkGeometry.LINE_GAP * NetworkGeometry.SIDE_SIZE;
                labels.add(new Label(
                        lines.get(i),
                        new Point(x, y),
                        Anchor.START,
                        NetworkGeometry.SIDE_SIZE,
                        false,
                        "",
                        List.of("label", "side-label", "active", "part-" + side.getKey())));
            }
            groups.add(labels);
        }
        return groups;
    }

    /** Each layer's header over its column, the first line bold. */
    private static List<Label> headers(NetworkSpec spec, NetworkGeometry g) {
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i < spec.layers().size(); i++) {
            List<String> header = NetworkGeometry.header(spec, i);
            for (int k = 0; k < header.size(); k++) {
                labels.add(new Label(
                        header.get(k),
                        new Point(
                                g.columnX().get(i),
                                g.headerY() + k * NetworkGeometry.LINE_GAP * NetworkGeometry.HEADER_SIZE),
                        Anchor.MIDDLE,
                        NetworkGeometry.HEADER_SIZE,
                        k == 0,
                        "",
                        List.of("label", "layer-label")));
            }
        }
        return labels;
    }

    /** The step's direction line at the top (if any), then its captions and legend wrapped under the network. */
    private static List<Label> captions(StepContent c, NetworkGeometry g, List<List<Label>> left) {
        List<Label> labels = new ArrayList<>();
        if (!c.direction().isEmpty()) {
            labels.add(new Label(
                    c.direction(),
                    new Point(NetworkGeometry.MARGIN, g.directionY()),
                    Anchor.START,
                    NetworkGeometry.HEADER_SIZE,
                    true,
                    "",
                    List.of("label", "direction")));
        }
        int line = 0;
        List<String> captions = c.captions();
        List<String> lit = List.copyOf(c.litCaptions().keySet());
        for (int k = 0; k < captions.size(); k++) {
            String caption = captions.get(k);
            List<String> classes =
                    new ArrayList<>(List.of("label", caption.equals(NetworkContent.LEGEND) ? "legend" : "caption"));
            boolean worked = k == captions.size() - 1 && !lit.isEmpty();
            int at = line;
            if (worked) { // the first weight's worked line: shown until a fragment lights another weight
                classes.addAll(List.of("worked", "part-" + lit.get(0)));
            }
            line = captionLines(caption, line, classes, g, labels, left);
            if (worked) { // then the others in the same place, the deepest last (the stylesheet shows the last lit)
                for (String w : lit.subList(1, lit.size())) {
                    List<String> alt = List.of("label", "caption", "worked", "worked-alt", "part-" + w);
                    captionLines(c.litCaptions().get(w), at, alt, g, labels, left);
                }
            }
        }
        return labels;
    }

    /**
     * {@code caption} wrapped, from caption line {@code line} on, into {@code labels}, a line past the geometry's last
     * into {@code left}; returns the next free line.
     */
    private static int captionLines(
            String caption,
            int line,
            List<String> classes,
            NetworkGeometry g,
            List<Label> labels,
            List<List<Label>> left) {
        for (String text : Wrap.lines(caption, g.captionChars())) {
            List<Label> into = line < g.captionLines() ? labels : new ArrayList<>();
            into.add(new Label(
                    text,
                    new Point(NetworkGeometry.MARGIN, g.captionY() + line++ * NetworkGeometry.CAPTION_GAP),
                    Anchor.START,
                    NetworkGeometry.CAPTION_SIZE,
                    false,
                    "",
                    classes));
            if (into != labels && !classes.contains("worked-alt")) {
                left.add(into);
            }
        }
        return line;
    }

    /**
     * Each weight's label lines at a free spot along its edge (clear of the neurons, the fixed labels, the arrow heads
     * and every other edge), or null when one finds none; with {@code lenient}, a label that finds none is left out.
     */
    private static List<List<Label>> edgeLabels(
            NetworkSpec spec,
            StepContent c,
            NetworkGeometry g,
            List<Line> edges,
            List<Arrow> arrows,
            List<Circle> neurons,
            List<Label> fixed,
            boolean lenient,
            TextWidths widths,
            List<List<Label>> left) {
        Box bounds = new Box(0, 0, g.width(), g.height());
        List<Box> arrowBoxes = arrows.stream().map(a -> box(a.corners())).toList();
        LabelPlacer placer = new LabelPlacer(bounds, neurons, fixed, arrowBoxes, edges, widths);
        List<List<Label>> edgeLabels = new ArrayList<>();
        for (int k = 0; k < spec.weights().size(); k++) {
            Weight w = spec.weights().get(k);
            List<String> classes = List.of("label", "edge-label", state(c, w.name()), "part-" + w.name());
            List<String> lines = c.edgeLabels().get(w.name());
            List<Label> l = placer.place(lines, edges.get(k), NetworkGeometry.EDGE_SIZE, classes);
            if (l == null && !lenient) {
                return null;
            }
            if (l != null) {
                edgeLabels.add(l);
            } else {
                left.add(LabelPlacer.stack(lines, edges.get(k).at(0.5), NetworkGeometry.EDGE_SIZE, classes));
            }
        }
        return edgeLabels;
    }

    /** The neuron's label ({@code text}), and below it the step's value for it (if any), written inside its circle. */
    static List<Label> insideLabels(String neuron, String text, Point center, String value, List<String> state) {
        List<String> nameClasses = new ArrayList<>(List.of("label", "neuron-name"));
        nameClasses.addAll(state);
        if (value == null) {
            return List.of(new Label(
                    text,
                    new Point(center.x(), center.y() + 0.3 * NetworkGeometry.NAME_SIZE),
                    Anchor.MIDDLE,
                    NetworkGeometry.NAME_SIZE,
                    true,
                    neuron,
                    nameClasses));
        }
        List<String> valueClasses = new ArrayList<>(List.of("label", "neuron-value"));
        valueClasses.addAll(state);
        // the name's box over the value's box, 2 apart, the pair centred on the centre
        double name = NetworkGeometry.NAME_SIZE;
        double size = NetworkGeometry.VALUE_SIZE;
        double top = center.y() - (1.05 * name + 2 + 1.05 * size) / 2;
        double nameBaseline = top + 0.8 * name;
        return List.of(
                new Label(text, new Point(center.x(), nameBaseline), Anchor.MIDDLE, name, true, neuron, nameClasses),
                new Label(
                        value,
                        new Point(center.x(), nameBaseline + 0.25 * name + 2 + 0.8 * size),
                        Anchor.MIDDLE,
                        size,
                        false,
                        neuron,
                        valueClasses));
    }

    /** The smallest box around some points. */
    private static Box box(List<Point> points) {
        double x0 = points.stream().mapToDouble(Point::x).min().orElseThrow();
        double y0 = points.stream().mapToDouble(Point::y).min().orElseThrow();
        double x1 = points.stream().mapToDouble(Point::x).max().orElseThrow();
        double y1 = points.stream().mapToDouble(Point::y).max().orElseThrow();
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }

    private static double angle(Point from, Point to) {
        return Math.atan2(to.y() - from.y(), to.x() - from.x());
    }

    private static List<Point> replace(List<Point> path, int index, Point p) {
        List<Point> copy = new ArrayList<>(path);
        copy.set(index, p);
        return copy;
    }
}
