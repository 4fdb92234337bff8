package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.netdeck.compute.Layer;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Weight;

/**
 * Where the neurons of a network sit, shared by every network step so a slide change never moves them.
 * Layers are columns left to right; skip connections (a weight that jumps a layer) run in lanes above
 * the neurons. Sizes come from the longest texts of all steps, then grow by {@code spread} when labels
 * do not fit.
 */
record NetworkGeometry(
        double radius,
        double colGap,
        double rowGap,
        double width,
        double height,
        Map<String, Point> centers,
        List<Double> columnX,
        double directionY,
        double headerY,
        double laneTop,
        double captionY,
        Map<String, Integer> lanes) {

    static final double MARGIN = 16;
    static final double NAME_SIZE = 13;
    static final double VALUE_SIZE = 11;
    static final double EDGE_SIZE = 11;
    static final double SIDE_SIZE = 12;
    static final double BIAS_SIZE = 11;
    static final double HEADER_SIZE = 13;
    static final double CAPTION_SIZE = 13;
    static final double LANE_GAP = 24;
    static final double CAPTION_GAP = 19;

    NetworkGeometry {
        centers = org.netdeck.compute.Values.ordered(centers);
        columnX = List.copyOf(columnX);
        lanes = org.netdeck.compute.Values.ordered(lanes);
    }

    /** The geometry for {@code spec} that fits the texts of all {@code contents}, spread by a factor ≥ 1. */
    static NetworkGeometry of(NetworkSpec spec, List<StepContent> contents, double spread) {
        double radius = 24;
        double edgeText = 0;
        double sideText = 0;
        double biasText = 0;
        int captions = 0;
        double captionText = 0;
        for (StepContent c : contents) {
            for (String n : spec.neurons()) {
                for (Label l : NetworkLayout.insideLabels(n, new Point(0, 0), c.neuronValues().get(n), List.of())) {
                    Box b = l.box();
                    double dx = Math.max(Math.abs(b.x()), Math.abs(b.right()));
                    double dy = Math.max(Math.abs(b.y()), Math.abs(b.bottom()));
                    radius = Math.max(radius, Math.hypot(dx, dy) + 3);  // the circle holds the corners of its text
                }
            }
            for (String s : c.edgeLabels().values()) {
                edgeText = Math.max(edgeText, Label.width(s, EDGE_SIZE));
            }
            for (List<String> lines : c.sideLabels().values()) {
                for (String s : lines) {
                    sideText = Math.max(sideText, Label.width(s, SIDE_SIZE));
                }
            }
            for (String s : c.biasLabels().values()) {
                biasText = Math.max(biasText, Label.width(s, BIAS_SIZE));
            }
            for (String s : c.captions()) {
                captionText = Math.max(captionText, Label.width(s, CAPTION_SIZE));
            }
            captions = Math.max(captions, c.captions().size());
        }
        double headerText = 0;
        for (int i = 0; i < spec.layers().size(); i++) {
            for (String s : header(spec, i)) {
                headerText = Math.max(headerText, Label.width(s, HEADER_SIZE));
            }
        }
        boolean biases = !spec.biases().isEmpty();
        int rows = spec.layers().stream().mapToInt(l -> l.neurons().size()).max().orElse(1);
        double colGap = Math.max(Math.max(2 * radius + edgeText + 36, headerText + 24), biasText + 24) * spread;
        double rowGap = (2 * radius + 18 + (biases ? 16 : 0)) * Math.sqrt(spread);

        Map<String, Integer> lanes = new LinkedHashMap<>();
        Map<String, Integer> layerOf = layerIndex(spec);
        for (Weight w : spec.weights()) {
            if (layerOf.get(w.to()) - layerOf.get(w.from()) > 1) {
                lanes.put(w.name(), lanes.size());
            }
        }
        double y = MARGIN;
        double directionY = y + 12;
        boolean direction = contents.stream().anyMatch(c -> !c.direction().isEmpty());
        y += direction ? 24 : 0;
        double headerY = y + HEADER_SIZE;
        y += 2 * (HEADER_SIZE + 4) + 6;
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
            double offset = (rows - neurons.size()) / 2.0 * rowGap;  // centre short columns
            for (int k = 0; k < neurons.size(); k++) {
                centers.put(neurons.get(k), new Point(x, top + offset + k * rowGap));
            }
        }
        double bottom = top + (rows - 1) * rowGap + radius + (biases ? BIAS_SIZE + 10 : 0);
        double captionY = bottom + 12 + CAPTION_SIZE;
        double height = captionY + (captions - 1) * CAPTION_GAP + 12;
        double lastX = columnX.get(columnX.size() - 1);
        double width = Math.max(lastX + Math.max(radius + (sideText > 0 ? 10 + sideText : 0), Math.max(headerText, biasText) / 2),
                MARGIN + captionText) + MARGIN;
        return new NetworkGeometry(radius, colGap, rowGap, width, height, centers, columnX, directionY, headerY, laneTop,
                captionY, lanes);
    }

    /** The path of a weight's edge from the rim of its source to the rim of its target. */
    List<Point> route(Weight w) {
        Point from = centers.get(w.from());
        Point to = centers.get(w.to());
        Integer lane = lanes.get(w.name());
        if (lane == null) {  // neighbouring layers: a straight line between the rims
            double d = from.distance(to);
            return List.of(from.toward(to, radius / d), to.toward(from, radius / d));
        }
        // a skip connection: out to the right, up into its lane above every neuron, across, down, in from the left
        double laneY = laneTop + lane * LANE_GAP;
        double out = from.x() + radius + 10 + 6 * (lane % 4);
        double in = to.x() - radius - 10 - 6 * (lane % 4);
        return List.of(new Point(from.x() + radius, from.y()), new Point(out, from.y()), new Point(out, laneY),
                new Point(in, laneY), new Point(in, to.y()), new Point(to.x() - radius, to.y()));
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
        boolean sameName = role.toLowerCase(java.util.Locale.ROOT).startsWith(l.name().toLowerCase(java.util.Locale.ROOT));
        String second = layer == 0 ? (sameName ? "" : l.name()) : (sameName ? "" : l.name() + " · ") + l.activation().id();
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
