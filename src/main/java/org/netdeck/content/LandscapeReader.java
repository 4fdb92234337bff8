package org.netdeck.content;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.netdeck.compute.LandscapeSpec;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.problem.DidYouMean;
import org.netdeck.problem.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the front matter's {@code landscape} section, what the {@code landscape} diagram draws:
 * {@code landscape: {origin: start, range: [-4, 4], grid: 41, steps: 50}}, the plane of the drawn runs' paths
 * ({@code origin} {@code start} or {@code end}), or with {@code x: w1, y: w3} a slice over two different weights or
 * biases; {@code range} is {@code [lo, hi]} for both axes or {@code {x: [lo, hi], y: [lo, hi]}}
 * (either may be left out: fitted to the paths); {@code grid} is the points per side (5 to
 * {@link Limits#MAX_LANDSCAPE_GRID}); {@code steps} the training steps of each path (0 to
 * {@link LandscapeSpec#MAX_STEPS}).
 */
final class LandscapeReader {

    static final List<String> KEYS = List.of("x", "y", "origin", "range", "grid", "steps");
    static final String EXAMPLE = "landscape: {steps: 50}";

    private final NodeReader r;

    LandscapeReader(NodeReader reader) {
        this.r = reader;
    }

    /** The landscape asked for; empty when something was reported ({@code network} is empty when it was invalid). */
    Optional<LandscapeSpec> read(Node node, SourcePosition key, Optional<NetworkSpec> network) {
        Optional<NodeReader.Fields> fields = r.fields(node, "landscape", key, KEYS);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        NodeReader.Fields f = fields.get();
        List<String> params = network.map(n -> List.copyOf(n.params().keySet())).orElse(List.of());
        Optional<Node> xn = f.optional("x");
        Optional<Node> yn = f.optional("y");
        boolean slice = xn.isPresent() || yn.isPresent();
        if (xn.isPresent() != yn.isPresent()) {
            r.report(
                    f.keyAt(xn.isPresent() ? "x" : "y"),
                    "landscape." + (xn.isPresent() ? "x" : "y") + " is given without landscape."
                            + (xn.isPresent() ? "y" : "x")
                            + "; a slice is drawn over two parameters, so name both (x: w1, y: w3), or neither for"
                            + " the plane of the runs' paths");
            return Optional.empty();
        }
        Optional<String> x = xn.flatMap(n -> parameter(n, "landscape.x", params, network));
        Optional<String> y = yn.flatMap(n -> parameter(n, "landscape.y", params, network));
        if (x.isPresent() && y.isPresent() && x.get().equals(y.get())) {
            r.report(
                    f.keyAt("y"),
                    "landscape.y is '" + y.get() + "', the same as landscape.x; the landscape is drawn over two"
                            + " different parameters, so name another weight or bias here");
            y = Optional.empty();
        }
        Optional<LandscapeSpec.Range> xRange = Optional.empty();
        Optional<LandscapeSpec.Range> yRange = Optional.empty();
        boolean ok = true;
        Optional<Node> range = f.optional("range");
        if (range.isPresent()) {
            if (range.get() instanceof SequenceNode) {
                xRange = range(range.get(), "landscape.range");
                yRange = xRange;
                ok = xRange.isPresent();
            } else {
                Optional<NodeReader.Fields> axes =
                        r.fields(range.get(), "landscape.range", r.at(range.get()), List.of("x", "y"));
                if (axes.isPresent()) {
                    Optional<Node> rx = axes.get().optional("x");
                    Optional<Node> ry = axes.get().optional("y");
                    xRange = rx.flatMap(n -> range(n, "landscape.range.x"));
                    yRange = ry.flatMap(n -> range(n, "landscape.range.y"));
                    ok = rx.isPresent() == xRange.isPresent() && ry.isPresent() == yRange.isPresent();
                } else {
                    ok = false;
                }
            }
        }
        int grid = f.optional("grid")
                .map(n -> whole(n, "landscape.grid", MIN_GRID, Limits.MAX_LANDSCAPE_GRID, "points per side"))
                .orElse(LandscapeSpec.DEFAULT_GRID);
        int steps = f.optional("steps")
                .map(n -> whole(n, "landscape.steps", 0, LandscapeSpec.MAX_STEPS, "training steps"))
                .orElse(LandscapeSpec.DEFAULT_STEPS);
        Optional<LandscapeSpec.Origin> origin = f.optional("origin").flatMap(this::origin);
        if (f.optional("origin").isPresent() && origin.isEmpty()) {
            return Optional.empty();
        }
        if (origin.isPresent() && slice) {
            r.report(
                    f.keyAt("origin"),
                    "landscape.origin centres the plane of the runs' paths, but x and y ask for a slice over two"
                            + " parameters; remove origin, or x and y");
            return Optional.empty();
        }
        if (!slice && network.isPresent() && params.size() < 2) {
            r.report(
                    key,
                    "the landscape is drawn over a plane of parameters, and this network has only " + params.size()
                            + "; add a weight or bias, or remove 'landscape:'");
            return Optional.empty();
        }
        if ((slice && (x.isEmpty() || y.isEmpty())) || !ok || grid < 0 || steps < 0) {
            return Optional.empty();
        }
        return Optional.of(new LandscapeSpec(
                slice ? Optional.of(new LandscapeSpec.Slice(x.get(), y.get())) : Optional.empty(),
                origin.orElse(LandscapeSpec.Origin.START),
                xRange,
                yRange,
                grid,
                steps));
    }

    /** {@code start} or {@code end}, or empty after reporting why not. */
    private Optional<LandscapeSpec.Origin> origin(Node node) {
        Optional<String> text = r.text(node, "landscape.origin").map(String::strip);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (LandscapeSpec.Origin o : LandscapeSpec.Origin.values()) {
            if (o.id().equals(text.get())) {
                return Optional.of(o);
            }
        }
        r.report(
                node,
                "landscape.origin is '" + Limits.shorten(text.get()) + "'; write start (the runs' start) or end (the"
                        + " first drawn run's last drawn point)");
        return Optional.empty();
    }

    /** The fewest grid points per side: fewer would not show a shape. */
    static final int MIN_GRID = 5;

    /** A weight or bias of the network, or empty after reporting why not (with a "did you mean"). */
    private Optional<String> parameter(Node node, String path, List<String> params, Optional<NetworkSpec> network) {
        Optional<String> name = r.text(node, path).map(String::strip);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        if (name.get().isEmpty()) {
            r.report(node, path + " has no value; name a weight or bias, like w1");
            return Optional.empty();
        }
        if (network.isEmpty()) {
            return Optional.empty(); // the network's own problems are reported; nothing to check against
        }
        if (!params.contains(name.get())) {
            boolean neuron = network.get().neurons().contains(name.get());
            r.report(
                    node,
                    "unknown parameter '" + Limits.shorten(name.get()) + "' in " + path
                            + (neuron
                                    ? " ('" + name.get()
                                            + "' is a neuron; the landscape is drawn over weights and biases)"
                                    : "")
                            + DidYouMean.hint(name.get(), params, "the weights and biases are " + Names.list(params)));
            return Optional.empty();
        }
        return name;
    }

    /** {@code [lo, hi]} with lo below hi, or empty after reporting why not. */
    private Optional<LandscapeSpec.Range> range(Node node, String path) {
        Optional<List<Node>> items = r.list(node, path, "[-4, 4]");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().size() != 2) {
            r.report(
                    node,
                    path + " has " + items.get().size()
                            + " values; write two, the lowest and the highest, like [-4, 4]");
            return Optional.empty();
        }
        List<Double> ends = new ArrayList<>();
        for (Node item : items.get()) {
            OptionalDouble v = r.number(item, path);
            if (v.isEmpty()) {
                return Optional.empty();
            }
            ends.add(v.getAsDouble());
        }
        if (!(ends.get(0) < ends.get(1))) {
            r.report(
                    items.get().get(1),
                    path + " goes from " + r.text(items.get().get(0), path).orElseThrow() + " to "
                            + r.text(items.get().get(1), path).orElseThrow()
                            + "; write the lower end first and make the range wider than one point, like [-4, 4]");
            return Optional.empty();
        }
        for (int i = 0; i < 2; i++) {
            if (Math.abs(ends.get(i)) > Limits.MAX_LANDSCAPE_RANGE) {
                r.report(
                        items.get().get(i),
                        path + " reaches " + r.text(items.get().get(i), path).orElseThrow() + ", beyond ±"
                                + (long) Limits.MAX_LANDSCAPE_RANGE
                                + " (the limit); a weight's landscape is drawn near its value, like [-4, 4]");
                return Optional.empty();
            }
        }
        if (ends.get(1) - ends.get(0) < Limits.MIN_LANDSCAPE_WIDTH) {
            r.report(
                    items.get().get(1),
                    path + " goes from " + r.text(items.get().get(0), path).orElseThrow() + " to "
                            + r.text(items.get().get(1), path).orElseThrow()
                            + ", narrower than 0.000001 (the limit), too narrow to draw; widen it, like [-4, 4]");
            return Optional.empty();
        }
        return Optional.of(new LandscapeSpec.Range(ends.get(0), ends.get(1)));
    }

    /** A whole number from {@code min} to {@code max}, or -1 after reporting why not. */
    private int whole(Node node, String path, int min, int max, String what) {
        String expected = "a whole number of " + what + " from " + min + " to " + max;
        BigInteger n = r.integer(node, path, expected);
        if (n == null) {
            return -1;
        }
        if (n.compareTo(BigInteger.valueOf(min)) < 0 || n.compareTo(BigInteger.valueOf(max)) > 0) {
            r.report(
                    node,
                    path + " is " + Limits.shorten(n.toString()) + ", out of range; write " + expected
                            + (n.compareTo(BigInteger.valueOf(max)) > 0 ? " (the limit)" : ""));
            return -1;
        }
        return n.intValue();
    }
}
