package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.content.DiagramStep;

/**
 * The {@code layers} step: the network as its matrices. Each layer is a column vector of its activations (one cell a
 * neuron, in the layer's order, labelled on the left); between two layers the weight matrix W of the later one, a grid
 * with a row per neuron of that layer (the neuron a weight goes to) and a column per neuron of the layer before (the
 * neuron it comes from), and its bias vector b when it has biases. Every cell carries its value. A weight cell is
 * shaded by sign ({@code positive} / {@code negative}, negatives also with a dashed outline and the minus sign) and by
 * size ({@code size-0} to {@code size-3}: |w| in quarters of the largest |w|), explained by a key; a pair of neurons
 * without a weight is a blank cell with a dot ({@code none}). Cells carry {@code part-NAME} (the weight, bias or
 * neuron), so a fragment's highlight lights them.
 *
 * <p>Blocks are placed left to right in reading order and wrap to a new row past {@link #ROW_WIDTH} (or the widest
 * block; a bias vector stays beside its matrix), so a network keeps a shape that fits beside a slide's text; the cell size is fixed, so a large network is drawn small
 * on its slide and keeps its text size in the enlarged view, as the network steps do.
 */
final class LayersLayout {

    static final double MARGIN = 14;
    static final double VALUE_SIZE = 15;
    static final double NAME_SIZE = 15;
    static final double HEADER_SIZE = 15;
    static final double KEY_SIZE = 15;
    static final double CELL_HEIGHT = 24;
    static final double CELL_PAD = 10;
    static final double GAP = 34;
    static final double ROW_GAP = 30;
    static final double ROW_WIDTH = 640;
    private static final double BRACKET = 5;

    private LayersLayout() {}

    /** One block: its marks drawn at origin (0, 0), its size; {@code joined}: no arrow before it, no row break. */
    private record Block(List<Mark> marks, double width, double height, boolean joined) {
        Block(List<Mark> marks, double width, double height) {
            this(marks, width, height, false);
        }
    }

    static Layout of(Trace trace) {
        NetworkSpec spec = trace.network();
        List<Block> blocks = new ArrayList<>();
        double largest = 0.0;
        for (Weight w : spec.weights()) {
            largest = Math.max(largest, Math.abs(w.value()));
        }
        boolean anyMissing = false;
        StringBuilder desc = new StringBuilder("The network as matrices, read left to right: each layer a column vector"
                + " of its activations; between two layers the weight matrix W of the later layer, a row per neuron"
                + " of that layer and a column per neuron of the layer before, then its bias vector b.");
        List<Layer> layers = spec.layers();
        for (int l = 0; l < layers.size(); l++) {
            Layer layer = layers.get(l);
            if (l > 0) {
                Layer previous = layers.get(l - 1);
                double[][] m =
                        new double[layer.neurons().size()][previous.neurons().size()];
                String[][] names = new String[m.length][m[0].length];
                for (Weight w : spec.weights()) {
                    int i = layer.neurons().indexOf(w.to());
                    int j = previous.neurons().indexOf(w.from());
                    if (i >= 0 && j >= 0) { // two weights between one pair of neurons act as their sum
                        m[i][j] += w.value();
                        names[i][j] = names[i][j] == null ? w.name() : names[i][j] + " " + w.name();
                    }
                }
                anyMissing |= missing(names);
                blocks.add(matrix(spec, layer, previous, m, names, largest));
                desc.append(' ').append(matrixInWords(spec, layer, previous, m, names));
                Optional<Block> bias = biases(spec, layer);
                if (bias.isPresent()) {
                    Block b = bias.get();
                    blocks.add(new Block(b.marks(), b.width(), b.height(), true));
                    desc.append(" b of ")
                            .append(layer.name())
                            .append(": ")
                            .append(String.join(
                                    ", ",
                                    layer.neurons().stream()
                                            .map(n -> Numbers.value(bias(spec, n)
                                                    .map(Bias::value)
                                                    .orElse(0.0)))
                                            .toList()))
                            .append('.');
                }
            }
            blocks.add(vector(spec, trace, layer, l));
            desc.append(" Layer ")
                    .append(layer.name())
                    .append(l == 0 ? ", the inputs" : "")
                    .append(", a = ")
                    .append(String.join(
                            ", ",
                            layer.neurons().stream()
                                    .map(n -> n + " "
                                            + Numbers.value(trace.forward().a().get(n)))
                                    .toList()))
                    .append('.');
        }
        // place the blocks in rows, each block centred on its row's middle
        double widest = blocks.stream().mapToDouble(Block::width).max().orElse(0);
        double rowWidth = Math.max(ROW_WIDTH, widest);
        List<List<Block>> rows = new ArrayList<>();
        List<Block> row = new ArrayList<>();
        double x = 0;
        for (int k = 0; k < blocks.size(); k++) {
            Block b = blocks.get(k);
            double unit = b.width()
                    + (k + 1 < blocks.size() && blocks.get(k + 1).joined()
                            ? GAP + blocks.get(k + 1).width()
                            : 0);
            if (!row.isEmpty() && !b.joined() && x + GAP + unit > rowWidth) {
                rows.add(row);
                row = new ArrayList<>();
                x = 0;
            }
            x += (row.isEmpty() ? 0 : b.joined() ? GAP / 3 : GAP) + b.width();
            row.add(b);
        }
        rows.add(row);
        List<Mark> marks = new ArrayList<>();
        double y = MARGIN;
        double width = 0;
        for (int ri = 0; ri < rows.size(); ri++) {
            List<Block> r = rows.get(ri);
            double height = r.stream().mapToDouble(Block::height).max().orElse(0);
            double bx = MARGIN;
            for (int k = 0; k < r.size(); k++) {
                Block b = r.get(k);
                if (k > 0
                        || ri > 0) { // an arrow before each block but a bias vector (a row's first continues the last)
                    if (!b.joined()) {
                        marks.add(new Label(
                                "→",
                                new Point(bx + GAP / 2, y + height / 2 + 0.35 * HEADER_SIZE),
                                Anchor.MIDDLE,
                                HEADER_SIZE,
                                false,
                                "",
                                List.of("label", "direction")));
                    }
                    bx += b.joined() ? GAP / 3 : GAP;
                }
                double by = y + (height - b.height()) / 2;
                for (Mark mk : b.marks()) {
                    marks.add(mk.moved(bx, by));
                }
                bx += b.width();
            }
            width = Math.max(width, bx + MARGIN);
            y += height + ROW_GAP;
        }
        // the key: sign by shade, outline and minus sign; size by depth; a blank cell for no weight
        y += 0.2 * ROW_GAP;
        double kx = MARGIN;
        double keyWidth = 60;
        kx = keyCell(marks, kx, y, "0.50", List.of("cell", "positive", "size-1"), false, keyWidth);
        kx = keyText(marks, kx, y, "positive");
        kx = keyCell(marks, kx, y, "−0.50", List.of("cell", "negative", "size-1"), true, keyWidth);
        kx = keyText(marks, kx, y, "negative (dashed)");
        for (int s = 0; s <= 3; s++) {
            kx = keyCell(marks, kx - (s == 0 ? 0 : 6), y, "", List.of("cell", "positive", "size-" + s), false, 24);
        }
        kx = keyText(marks, kx, y, "deeper: larger |w|");
        if (anyMissing) {
            kx = keyCell(marks, kx, y, "·", List.of("cell", "none"), false, 30);
            kx = keyText(marks, kx, y, "no weight");
        }
        width = Math.max(width, kx + MARGIN);
        y += CELL_HEIGHT + 10;
        List<String> skips = new ArrayList<>();
        for (Weight w : spec.weights()) {
            int to = layerOf(spec, w.to());
            if (layerOf(spec, w.from()) != to - 1) {
                skips.add(w.name() + " (" + w.from() + " → " + w.to() + ") " + Numbers.value(w.value()));
            }
        }
        if (!skips.isEmpty()) { // a weight that skips a layer has no cell in any grid: named under the key
            String note = "skipping a layer, not in the grids: " + String.join(", ", skips);
            marks.add(new Label(
                    note,
                    new Point(MARGIN, y + 0.8 * KEY_SIZE),
                    Anchor.START,
                    KEY_SIZE,
                    false,
                    "",
                    List.of("label", "caption")));
            width = Math.max(width, MARGIN + Label.width(note, KEY_SIZE) + MARGIN);
            y += 1.4 * KEY_SIZE;
            desc.append(" Weights that skip a layer, in no grid: ")
                    .append(String.join(", ", skips))
                    .append('.');
        }
        String caption = "row: the neuron a weight goes to · column: the neuron it comes from";
        marks.add(new Label(
                caption,
                new Point(MARGIN, y + 0.8 * KEY_SIZE),
                Anchor.START,
                KEY_SIZE,
                false,
                "",
                List.of("label", "caption")));
        width = Math.max(width, MARGIN + Label.width(caption, KEY_SIZE) + MARGIN);
        double height = y + 1.05 * KEY_SIZE + MARGIN;
        desc.append(" Shading: blue for a positive weight, orange with a dashed outline for a negative one, deeper for"
                + " a larger size" + (anyMissing ? "; a dot where two neurons have no weight between them" : "") + ".");
        return new Layout(DiagramStep.LAYERS, width, height, "The network as matrices", desc.toString(), marks);
    }

    private static boolean missing(String[][] names) {
        for (String[] row : names) {
            for (String n : row) {
                if (n == null) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double keyCell(
            List<Mark> marks, double x, double y, String text, List<String> classes, boolean dashed, double w) {
        cell(marks, x, y, w, text, classes, dashed);
        return x + w + 6;
    }

    private static double keyText(List<Mark> marks, double x, double y, String text) {
        marks.add(new Label(
                text,
                new Point(x, y + CELL_HEIGHT / 2 + 0.35 * KEY_SIZE),
                Anchor.START,
                KEY_SIZE,
                false,
                "",
                List.of("label", "legend")));
        return x + Label.width(text, KEY_SIZE) + 18;
    }

    /** One cell at (x, y): its shade, its outline (dashed for a negative value) and its text, centred. */
    private static void cell(
            List<Mark> marks, double x, double y, double w, String text, List<String> classes, boolean dashed) {
        List<Point> ring = List.of(
                new Point(x, y), new Point(x + w, y), new Point(x + w, y + CELL_HEIGHT), new Point(x, y + CELL_HEIGHT));
        marks.add(new Region(List.of(ring), 0, classes));
        List<Point> outline = new ArrayList<>(ring);
        outline.add(ring.get(0));
        List<String> border = new ArrayList<>(List.of("cell-border"));
        classes.stream().filter(c -> c.startsWith("part-")).forEach(border::add);
        marks.add(new Line(outline, 1, dashed, false, border));
        if (!text.isEmpty()) {
            List<String> label = new ArrayList<>(List.of("label", "cell-value"));
            classes.stream().filter(c -> c.startsWith("part-")).forEach(label::add);
            marks.add(new Label(
                    text,
                    new Point(x + w / 2, y + CELL_HEIGHT / 2 + 0.35 * VALUE_SIZE),
                    Anchor.MIDDLE,
                    VALUE_SIZE,
                    false,
                    "",
                    label));
        }
    }

    /** A weight matrix: header, column labels (the neurons of the layer before), row labels, cells, brackets. */
    private static Block matrix(
            NetworkSpec spec, Layer layer, Layer previous, double[][] m, String[][] names, double largest) {
        List<Mark> marks = new ArrayList<>();
        double cellW = CELL_PAD;
        for (double[] row : m) {
            for (double v : row) {
                cellW = Math.max(cellW, Label.width(Numbers.value(v), VALUE_SIZE) + CELL_PAD);
            }
        }
        double rowLabelW = namesWidth(spec, layer);
        double headerH = 1.3 * HEADER_SIZE;
        double columnsH = 1.4 * NAME_SIZE;
        double gridX = rowLabelW + BRACKET + 2;
        double gridY = headerH + columnsH;
        String header = "W of " + layer.name() + " (" + m.length + "×" + m[0].length + ")";
        double gridW = m[0].length * cellW;
        marks.add(layerHeader(header, gridX + gridW / 2));
        for (int j = 0; j < m[0].length; j++) {
            String n = previous.neurons().get(j);
            marks.add(new Label(
                    NetworkContent.label(spec, n),
                    new Point(gridX + (j + 0.5) * cellW, headerH + 0.95 * NAME_SIZE),
                    Anchor.MIDDLE,
                    NAME_SIZE,
                    false,
                    "",
                    List.of("label", "neuron-name", "part-" + n)));
        }
        for (int i = 0; i < m.length; i++) {
            String n = layer.neurons().get(i);
            double cy = gridY + i * CELL_HEIGHT;
            marks.add(rowName(spec, n, rowLabelW - 4, cy));
            for (int j = 0; j < m[0].length; j++) {
                double cx = gridX + j * cellW;
                if (names[i][j] == null) {
                    cell(marks, cx, cy, cellW, "·", List.of("cell", "none"), false);
                } else {
                    double v = m[i][j];
                    cell(
                            marks,
                            cx,
                            cy,
                            cellW,
                            Numbers.value(v),
                            parts(List.of("cell", sign(v), "size-" + size(v, largest)), names[i][j]),
                            v < 0);
                }
            }
        }
        double gridH = m.length * CELL_HEIGHT;
        brackets(marks, gridX, gridY, gridW, gridH);
        double width = gridX + gridW + BRACKET + 2;
        width = Math.max(width, gridX + gridW / 2 + Label.width(header, HEADER_SIZE) / 2);
        return new Block(marks, width, gridY + gridH);
    }

    /** The bias vector of {@code layer}, if any of its neurons has a bias; 0 where one has none. */
    private static Optional<Block> biases(NetworkSpec spec, Layer layer) {
        if (layer.neurons().stream().noneMatch(n -> bias(spec, n).isPresent())) {
            return Optional.empty();
        }
        List<Mark> marks = new ArrayList<>();
        double cellW = CELL_PAD;
        for (String n : layer.neurons()) {
            cellW = Math.max(
                    cellW,
                    Label.width(Numbers.value(bias(spec, n).map(Bias::value).orElse(0.0)), VALUE_SIZE) + CELL_PAD);
        }
        double headerH = 1.3 * HEADER_SIZE;
        double gridY = headerH + 1.4 * NAME_SIZE;
        double gridX = BRACKET + 2;
        marks.add(layerHeader("+ b", gridX + cellW / 2));
        for (int i = 0; i < layer.neurons().size(); i++) {
            Optional<Bias> b = bias(spec, layer.neurons().get(i));
            double cy = gridY + i * CELL_HEIGHT;
            if (b.isEmpty()) {
                cell(marks, gridX, cy, cellW, Numbers.value(0.0), List.of("cell", "zero", "size-0"), false);
            } else {
                double v = b.get().value();
                cell(
                        marks,
                        gridX,
                        cy,
                        cellW,
                        Numbers.value(v),
                        List.of(
                                "cell",
                                "bias",
                                sign(v),
                                "size-1",
                                "part-" + b.get().name()),
                        v < 0);
            }
        }
        double gridH = layer.neurons().size() * CELL_HEIGHT;
        brackets(marks, gridX, gridY, cellW, gridH);
        return Optional.of(new Block(marks, gridX + cellW + BRACKET + 2, gridY + gridH));
    }

    /** A layer's activations as a column vector, the neuron names on the left. */
    private static Block vector(NetworkSpec spec, Trace trace, Layer layer, int index) {
        List<Mark> marks = new ArrayList<>();
        double cellW = CELL_PAD;
        for (String n : layer.neurons()) {
            cellW = Math.max(
                    cellW, Label.width(Numbers.value(trace.forward().a().get(n)), VALUE_SIZE) + CELL_PAD);
        }
        double labelW = namesWidth(spec, layer);
        double headerH = 1.3 * HEADER_SIZE;
        double gridY = headerH + 1.4 * NAME_SIZE;
        double gridX = labelW + BRACKET + 2;
        String header = layer.name();
        String sub = index == 0 ? "a: the inputs" : "a: " + layer.activationName();
        String role = index == 0 ? "input" : index == spec.layers().size() - 1 ? "output" : "hidden";
        marks.add(layerHeader(header, gridX + cellW / 2));
        marks.add(new Label(
                sub,
                new Point(gridX + cellW / 2, headerH + 0.95 * NAME_SIZE),
                Anchor.MIDDLE,
                NAME_SIZE,
                false,
                "",
                List.of("label", "legend")));
        for (int i = 0; i < layer.neurons().size(); i++) {
            String n = layer.neurons().get(i);
            double cy = gridY + i * CELL_HEIGHT;
            marks.add(rowName(spec, n, labelW - 4, cy));
            cell(
                    marks,
                    gridX,
                    cy,
                    cellW,
                    Numbers.value(trace.forward().a().get(n)),
                    List.of("cell", "activation", role, "part-" + n),
                    false);
        }
        double gridH = layer.neurons().size() * CELL_HEIGHT;
        brackets(marks, gridX, gridY, cellW, gridH);
        double width = Math.max(
                gridX + cellW + BRACKET + 2,
                gridX + cellW / 2 + Math.max(Label.width(header, HEADER_SIZE), Label.width(sub, NAME_SIZE)) / 2);
        double left = Math.min(
                0, gridX + cellW / 2 - Math.max(Label.width(header, HEADER_SIZE), Label.width(sub, NAME_SIZE)) / 2);
        List<Mark> shifted = new ArrayList<>();
        for (Mark mk : marks) {
            shifted.add(mk.moved(-left, 0));
        }
        return new Block(shifted, width - left, gridY + gridH);
    }

    /** Square brackets around a grid, as a matrix is written. */
    /** A block's bold header, centred on {@code x}. */
    private static Label layerHeader(String text, double x) {
        return new Label(
                text,
                new Point(x, 0.8 * HEADER_SIZE),
                Anchor.MIDDLE,
                HEADER_SIZE,
                true,
                "",
                List.of("label", "layer-label"));
    }

    /** Neuron {@code n}'s name on the left of its row at {@code cy}, ending at {@code right}. */
    private static Label rowName(NetworkSpec spec, String n, double right, double cy) {
        return new Label(
                NetworkContent.label(spec, n),
                new Point(right, cy + CELL_HEIGHT / 2 + 0.35 * NAME_SIZE),
                Anchor.END,
                NAME_SIZE,
                false,
                "",
                List.of("label", "neuron-name", "part-" + n));
    }

    /** The width of the column of {@code layer}'s neuron names left of its rows. */
    private static double namesWidth(NetworkSpec spec, Layer layer) {
        return layer.neurons().stream()
                        .mapToDouble(n -> Label.width(NetworkContent.label(spec, n), NAME_SIZE))
                        .max()
                        .orElse(0)
                + 8;
    }

    private static void brackets(List<Mark> marks, double x, double y, double w, double h) {
        double top = y - 2;
        double bottom = y + h + 2;
        marks.add(new Line(
                List.of(
                        new Point(x - 2 + BRACKET, top),
                        new Point(x - 2, top),
                        new Point(x - 2, bottom),
                        new Point(x - 2 + BRACKET, bottom)),
                1.6,
                false,
                false,
                List.of("bracket")));
        marks.add(new Line(
                List.of(
                        new Point(x + w + 2 - BRACKET, top),
                        new Point(x + w + 2, top),
                        new Point(x + w + 2, bottom),
                        new Point(x + w + 2 - BRACKET, bottom)),
                1.6,
                false,
                false,
                List.of("bracket")));
    }

    /** {@code classes} and a {@code part-NAME} for each of the space-separated {@code names}. */
    private static List<String> parts(List<String> classes, String names) {
        List<String> all = new ArrayList<>(classes);
        for (String n : names.split(" ")) {
            all.add("part-" + n);
        }
        return all;
    }

    private static String sign(double v) {
        return v > 0 ? "positive" : v < 0 ? "negative" : "zero";
    }

    /** |v| in quarters of the largest |w|: 0 (smallest) to 3. */
    static int size(double v, double largest) {
        return largest == 0 ? 0 : Math.min(3, (int) (4 * Math.abs(v) / largest));
    }

    private static int layerOf(NetworkSpec spec, String neuron) {
        for (int l = 0; l < spec.layers().size(); l++) {
            if (spec.layers().get(l).neurons().contains(neuron)) {
                return l;
            }
        }
        throw new IllegalArgumentException("no neuron " + neuron);
    }

    private static Optional<Bias> bias(NetworkSpec spec, String neuron) {
        return spec.biases().stream().filter(b -> b.neuron().equals(neuron)).findFirst();
    }

    /** The matrix in words, row by row, for the description. */
    private static String matrixInWords(NetworkSpec spec, Layer layer, Layer previous, double[][] m, String[][] names) {
        StringBuilder s = new StringBuilder("W of ")
                .append(layer.name())
                .append(", ")
                .append(m.length)
                .append(" by ")
                .append(m[0].length)
                .append(", columns ")
                .append(String.join(", ", previous.neurons()))
                .append(':');
        for (int i = 0; i < m.length; i++) {
            s.append(" row ").append(layer.neurons().get(i)).append(' ');
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < m[0].length; j++) {
                cells.add(
                        names[i][j] == null ? "none" : names[i][j].replace(" ", " + ") + " " + Numbers.value(m[i][j]));
            }
            s.append(String.join(", ", cells)).append(i == m.length - 1 ? "." : ";");
        }
        return s.toString();
    }
}
