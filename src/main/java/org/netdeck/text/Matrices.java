package org.netdeck.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.netdeck.compute.Bias;
import org.netdeck.compute.Layer;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.compute.Weight;
import org.netdeck.problem.DidYouMean;

/**
 * The references that write a layer's values as a matrix or a column vector (TeX {@code bmatrix}, typeset as a
 * MathML {@code <mtable>} in brackets), every entry by the {@link Precision} policy:
 * <ul>
 *   <li>{@code matrix.KIND.LAYER}: the weights into {@code LAYER} ({@code W}), their gradients ∂L/∂W ({@code grad.W})
 *       or their values after the first step ({@code updated.W}); row {@code i} is the layer's {@code i}-th neuron
 *       (the neuron the weight goes to), column {@code j} the previous layer's {@code j}-th neuron (the neuron it
 *       comes from); a pair of neurons with no weight between them is 0, with two their sum;</li>
 *   <li>{@code vector.KIND.LAYER}: one entry per neuron of {@code LAYER}, in its order: {@code a} (activations; the
 *       input layer's are the inputs), {@code z} (weighted sums), {@code b} (biases; 0 where a neuron has none),
 *       {@code delta} (δ = ∂L/∂z), {@code local} (σ′(z) = ∂a/∂z), {@code grad.a} (∂L/∂a), {@code grad.b} (∂L/∂b),
 *       {@code updated.b}, {@code target} (the output layer's targets);</li>
 *   <li>either with {@code .T} after the layer: transposed ({@code vector.a.hidden.T} is a row vector).</li>
 * </ul>
 * The values are those of the scalar names ({@code w5}, {@code grad.w5}, {@code delta.o1}, ...), so a matrix
 * equals its entries written one by one.
 *
 * <pre>{@code new Matrices(trace).tex("matrix.W.output")  // \begin{bmatrix} 0.400 & 0.450 \\ 0.500 & 0.550 \end{bmatrix}}</pre>
 */
public final class Matrices {

    /** What {@code matrix.KIND} may be. */
    public static final List<String> MATRIX_KINDS = List.of("W", "grad.W", "updated.W");
    /** What {@code vector.KIND} may be. */
    public static final List<String> VECTOR_KINDS =
            List.of("a", "z", "b", "delta", "local", "grad.a", "grad.b", "updated.b", "target");

    private static final String TRANSPOSE = ".T";

    private final Trace trace;
    private final NetworkSpec spec;
    private final Map<String, Integer> layerIndex = new HashMap<>();

    public Matrices(Trace trace) {
        this.trace = trace;
        this.spec = trace.network();
        for (int i = 0; i < spec.layers().size(); i++) {
            layerIndex.put(spec.layers().get(i).name(), i);
        }
    }

    /** What a well-formed name asks for. */
    private record Ask(boolean matrix, String kind, Layer layer, int index, boolean transposed) {}

    /** Whether {@code name} is in this family ({@code matrix.} or {@code vector.}), well formed or not. */
    static boolean isMatrixName(String name) {
        return name.startsWith("matrix.") || name.startsWith("vector.");
    }

    /** The TeX of {@code name}, or empty when it is not a matrix or vector this deck has. */
    public Optional<String> tex(String name) {
        return marked(name).map(t -> Formulas.plain(t, trace.provenance()));
    }

    /** {@link #tex} with the engine's numbers marked ({@link Formulas#value}), for {@link Formulas#node}. */
    Optional<String> marked(String name) {
        return read(name).flatMap(a -> problem(a).isPresent() ? Optional.empty() : Optional.of(tex(a)));
    }

    /** The entries of {@code name} as numbers, row by row (before any transpose), or empty (tests and diagrams). */
    public Optional<double[][]> values(String name) {
        return read(name).flatMap(a -> problem(a).isPresent() ? Optional.empty() : Optional.of(entries(a)));
    }

    /**
     * Why {@code name} is not a matrix or vector reference this deck can write, if it starts with {@code matrix.} or
     * {@code vector.} and is not one: an unknown kind or layer (with a suggestion), the input layer's weights, a weight
     * that skips a layer, a target of a hidden layer. Empty for a good name and for names of other families.
     */
    public Optional<String> absent(String name) {
        if (!isMatrixName(name)) {
            return Optional.empty();
        }
        boolean matrix = name.startsWith("matrix.");
        String family = matrix ? "matrix" : "vector";
        List<String> kinds = matrix ? MATRIX_KINDS : VECTOR_KINDS;
        String rest = name.substring(family.length() + 1);
        String example =
                family + "." + (matrix ? "W." : "a.") + spec.outputLayer().name();
        String layers = String.join(", ", layerNames());
        Optional<Ask> ask = read(name);
        if (ask.isPresent()) {
            return problem(ask.get());
        }
        // which part is wrong: the kind (the longest known kind that starts the rest) or the layer after it
        String bare = rest.endsWith(TRANSPOSE) ? rest.substring(0, rest.length() - TRANSPOSE.length()) : rest;
        for (String kind :
                kinds.stream().sorted((x, y) -> y.length() - x.length()).toList()) {
            if (bare.startsWith(kind + ".")) {
                String layer = bare.substring(kind.length() + 1);
                return Optional.of("unknown layer '" + layer + "' in " + family + "." + kind + ".LAYER"
                        + DidYouMean.hint(layer, layerNames(), "the layers are " + layers));
            }
            if (bare.equals(kind)) {
                return Optional.of(family + "." + kind + " needs a layer after it, " + family + "." + kind
                        + ".LAYER; the layers are " + layers);
            }
        }
        int dot = bare.lastIndexOf('.');
        String kind = dot < 0 ? bare : bare.substring(0, dot);
        return Optional.of("unknown " + family + " '" + kind + "' in " + family + ".KIND.LAYER"
                + DidYouMean.hint(
                        kind,
                        kinds,
                        "the kinds are " + String.join(", ", kinds) + "; write, for example, {{ " + example + " }}"));
    }

    /** Every name in the family this deck can write, for suggestions: each kind and layer, plain and transposed. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (boolean matrix : new boolean[] {true, false}) {
            for (String kind : matrix ? MATRIX_KINDS : VECTOR_KINDS) {
                for (Layer l : spec.layers()) {
                    String name = (matrix ? "matrix." : "vector.") + kind + "." + l.name();
                    if (tex(name).isPresent()) {
                        names.add(name);
                        names.add(name + TRANSPOSE);
                    }
                }
            }
        }
        return names;
    }

    private List<String> layerNames() {
        return spec.layers().stream().map(Layer::name).toList();
    }

    /** {@code name} read as family, kind, layer and transpose, when its kind and layer are known. */
    private Optional<Ask> read(String name) {
        if (!isMatrixName(name)) {
            return Optional.empty();
        }
        boolean matrix = name.startsWith("matrix.");
        String rest = name.substring("matrix.".length());
        Optional<Ask> plain = read(matrix, rest, false);
        if (plain.isPresent() || !rest.endsWith(TRANSPOSE)) {
            return plain; // a layer named T is the layer, not a transpose
        }
        return read(matrix, rest.substring(0, rest.length() - TRANSPOSE.length()), true);
    }

    private Optional<Ask> read(boolean matrix, String rest, boolean transposed) {
        for (String kind : matrix ? MATRIX_KINDS : VECTOR_KINDS) {
            if (rest.startsWith(kind + ".")) {
                Integer index = layerIndex.get(rest.substring(kind.length() + 1));
                if (index != null) {
                    return Optional.of(new Ask(matrix, kind, spec.layers().get(index), index, transposed));
                }
            }
        }
        return Optional.empty();
    }

    /** Why a well-formed name still has no value in this deck, if it has none. */
    private Optional<String> problem(Ask a) {
        String name = (a.matrix() ? "matrix." : "vector.") + a.kind() + "."
                + a.layer().name();
        if (a.index() == 0 && (a.matrix() || !a.kind().equals("a"))) {
            String first = spec.layers().size() > 1 ? spec.layers().get(1).name() : "LAYER";
            return Optional.of(name + " names the input layer, which "
                    + (a.matrix()
                            ? "no weights go into"
                            : "only has values (write vector.a." + a.layer().name() + " for the inputs)")
                    + "; the first layer with weights, a bias and a δ is '" + first + "', such as "
                    + (a.matrix() ? "matrix." : "vector.") + a.kind() + "." + first);
        }
        if (a.kind().equals("target") && a.index() != spec.layers().size() - 1) {
            return Optional.of(name + ": only the output layer has targets; write vector.target."
                    + spec.outputLayer().name());
        }
        if (a.matrix()) {
            Layer previous = spec.layers().get(a.index() - 1);
            for (Weight w : spec.weights()) {
                if (a.layer().neurons().contains(w.to()) && !previous.neurons().contains(w.from())) {
                    return Optional.of(name + " has a column per neuron of the layer before, '" + previous.name()
                            + "', but weight " + w.name() + " comes from " + w.from()
                            + ", further back, and would be left out; refer to the weights one by one, such as {{ "
                            + w.name() + " }}");
                }
            }
        }
        return Optional.empty();
    }

    /** The entries, row by row: a matrix's rows are the layer's neurons, a vector is one column. */
    private double[][] entries(Ask a) {
        return entries(a, refs(a));
    }

    /** The entries, {@code refs} (empty names, one per entry) filled in with their names. */
    private double[][] entries(Ask a, String[][] refs) {
        double[][] m = new double[refs.length][refs[0].length];
        fill(a, m, refs);
        return m;
    }

    /**
     * Each entry's value ({@code m}) and the name the engine explains it under ({@code refs}, {@code ""} for an entry
     * no single value makes: a 0 where there is no weight or bias, the sum of two weights between one pair).
     */
    private void fill(Ask a, double[][] m, String[][] refs) {
        List<String> rows = a.layer().neurons();
        if (a.matrix()) {
            List<String> columns = spec.layers().get(a.index() - 1).neurons();
            Map<String, Double> by = switch (a.kind()) {
                case "W" -> trace.params();
                case "grad.W" -> trace.gradients();
                default -> trace.updated().params();
            };
            String prefix =
                    a.kind().equals("W") ? "" : a.kind().substring(0, a.kind().indexOf('.') + 1);
            boolean[][] seen = new boolean[rows.size()][columns.size()];
            for (Weight w : spec.weights()) {
                int i = rows.indexOf(w.to());
                int j = columns.indexOf(w.from());
                if (i >= 0 && j >= 0) {
                    // two weights between one pair of neurons act as their sum
                    refs[i][j] = seen[i][j] ? "" : prefix + w.name();
                    seen[i][j] = true;
                    m[i][j] += by.get(w.name());
                }
            }
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            m[i][0] = vectorEntry(a.kind(), rows.get(i));
            refs[i][0] = vectorRef(a.kind(), rows.get(i));
        }
    }

    /** Empty names, one per entry. */
    private String[][] refs(Ask a) {
        int columns = a.matrix() ? spec.layers().get(a.index() - 1).neurons().size() : 1;
        String[][] refs = new String[a.layer().neurons().size()][columns];
        for (String[] row : refs) {
            java.util.Arrays.fill(row, "");
        }
        return refs;
    }

    private double vectorEntry(String kind, String neuron) {
        return switch (kind) {
            case "a" -> trace.forward().a().get(neuron);
            case "z" -> trace.forward().z().get(neuron);
            case "delta" -> trace.deltas().get(neuron);
            case "local" -> trace.backward().dadz().get(neuron);
            case "grad.a" -> trace.backward().dLda().get(neuron);
            case "target" -> spec.targets().get(neuron);
            default ->
                bias(neuron)
                        .map(b -> switch (kind) {
                            case "b" -> b.value();
                            case "grad.b" -> trace.gradients().get(b.name());
                            default -> trace.updated().params().get(b.name());
                        })
                        .orElse(0.0);
        };
    }

    /** The name a vector's entry is explained under ({@code ""} for a 0 where a neuron has no bias). */
    private String vectorRef(String kind, String neuron) {
        return switch (kind) {
            case "a", "z", "delta", "local", "target" -> kind + "." + neuron;
            case "grad.a" -> "grad." + neuron;
            default ->
                bias(neuron)
                        .map(b -> switch (kind) {
                            case "b" -> b.name();
                            case "grad.b" -> "grad." + b.name();
                            default -> "updated." + b.name();
                        })
                        .orElse("");
        };
    }

    private Optional<Bias> bias(String neuron) {
        return spec.biases().stream().filter(b -> b.neuron().equals(neuron)).findFirst();
    }

    /** The precision policy's kind of each entry. */
    private static Precision precision(String kind) {
        return switch (kind) {
            case "grad.W", "grad.a", "grad.b", "delta" -> Precision.GRADIENT;
            case "updated.W", "updated.b" -> Precision.UPDATED;
            default -> Precision.VALUE;
        };
    }

    private String tex(Ask a) {
        String[][] refs = refs(a);
        double[][] m = entries(a, refs);
        int rows = a.transposed() ? m[0].length : m.length;
        int columns = a.transposed() ? m.length : m[0].length;
        Precision p = precision(a.kind());
        StringBuilder t = new StringBuilder("\\begin{bmatrix}");
        for (int i = 0; i < rows; i++) {
            t.append(i == 0 ? " " : " \\\\ ");
            for (int j = 0; j < columns; j++) {
                int r = a.transposed() ? j : i;
                int c = a.transposed() ? i : j;
                t.append(j == 0 ? "" : " & ").append(Formulas.value(trace.provenance(), refs[r][c], m[r][c], p));
            }
        }
        return t.append(" \\end{bmatrix}").toString();
    }
}
