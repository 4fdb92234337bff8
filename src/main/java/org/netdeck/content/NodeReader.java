package org.netdeck.content;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.regex.Pattern;
import org.netdeck.math.Tex;
import org.netdeck.math.TexException;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.DidYouMean;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads typed values out of one composed YAML tree. Each read either gives a value or records a
 * {@link Problem} at the node's file position and gives nothing, so one pass finds every problem.
 * It also records where each key path was written. One reader per front matter; not shared.
 */
final class NodeReader {

    /** Numbers as an author might write them in quotes ({@code "0.8"}): worth the hint to drop the quotes. */
    private static final Pattern NUMERIC =
            Pattern.compile("\\s*[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?\\s*");

    /** One key and its value in a mapping. */
    record Entry(String key, Node keyNode, Node value) {}

    private final Path file;
    private final int firstLine;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, SourcePosition> positions = new LinkedHashMap<>();

    NodeReader(Path file, int firstLine) {
        this.file = file;
        this.firstLine = firstLine;
    }

    /** Where {@code node} starts in the deck file. */
    SourcePosition at(Node node) {
        return node.getStartMark()
                .map(m -> YamlTree.at(file, firstLine, m))
                .orElse(new SourcePosition(file, firstLine, 1));
    }

    void report(SourcePosition where, String message) {
        problems.add(new Problem(where, message));
    }

    void report(Node node, String message) {
        report(at(node), message);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Throws every problem found, in file order. */
    void failIfAny() {
        if (!problems.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(problems);
            sorted.sort(Comparator.comparingInt((Problem p) -> p.where().line())
                    .thenComparingInt(p -> p.where().column()));
            throw new BuildFailure(sorted);
        }
    }

    /** Remembers that {@code path} was written at {@code value}. */
    void record(String path, Node value) {
        positions.put(path, at(value));
    }

    Map<String, SourcePosition> positions() {
        return positions;
    }

    /** {@code parent.key}, or {@code key} at the top. */
    static String join(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }

    /** How messages name a key path; the top is "the front matter". */
    static String where(String path) {
        return path.isEmpty() ? "the front matter" : path;
    }

    /** Reports that {@code node} at {@code path} is not what {@code expected} describes. */
    private void wrongType(Node node, String path, String expected) {
        String actual;
        if (node instanceof SequenceNode) {
            actual = "it is a list";
        } else if (node instanceof MappingNode) {
            actual = "it is a mapping";
        } else if (isNull(node)) {
            actual = "it has no value";
        } else {
            actual = "it is '" + Limits.shorten(((ScalarNode) node).getValue()) + "'";
        }
        report(node, where(path) + " should be " + expected + ", but " + actual);
    }

    /** An empty value ({@code key:} with nothing after it, or {@code null}, {@code ~}). */
    static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL) && s.isPlain();
    }

    Optional<MappingNode> mapping(Node node, String path) {
        if (node instanceof MappingNode m) {
            return Optional.of(m);
        }
        wrongType(node, path, "a mapping (indented 'key: value' lines, or {key: value, ...})");
        return Optional.empty();
    }

    Optional<List<Node>> list(Node node, String path, String example) {
        if (node instanceof SequenceNode s) {
            return Optional.of(s.getValue());
        }
        wrongType(node, path, "a list, like " + example);
        return Optional.empty();
    }

    /** The entries of a mapping whose keys the author chooses (names); duplicate and non-text keys are reported. */
    List<Entry> entries(MappingNode mapping, String path) {
        Map<String, Entry> seen = new LinkedHashMap<>();
        for (NodeTuple t : mapping.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || isNull(t.getKeyNode())) {
                report(t.getKeyNode(), "a key in " + where(path) + " is not a plain name; write keys as 'name: value'");
                continue;
            }
            Entry first = seen.get(k.getValue());
            if (first != null) {
                report(
                        k,
                        "duplicate key '" + k.getValue() + "' in " + where(path) + ": it is already used at line "
                                + at(first.keyNode()).line() + "; remove one of them");
                continue;
            }
            seen.put(k.getValue(), new Entry(k.getValue(), k, t.getValueNode()));
        }
        return List.copyOf(seen.values());
    }

    /**
     * A mapping with a fixed set of keys. Unknown keys are reported; missing required ones are reported
     * at {@code anchor} (the key that holds the mapping, or its start).
     */
    Optional<Fields> fields(Node node, String path, SourcePosition anchor, List<String> allowed) {
        return mapping(node, path).map(m -> {
            Map<String, Entry> byKey = new LinkedHashMap<>();
            for (Entry e : entries(m, path)) {
                if (allowed.contains(e.key())) {
                    byKey.put(e.key(), e);
                } else {
                    report(
                            e.keyNode(),
                            "unknown key '" + e.key() + "' in " + where(path)
                                    + DidYouMean.hint(
                                            e.key(), allowed, "the keys allowed here are " + Names.list(allowed)));
                }
            }
            return new Fields(path, anchor, byKey);
        });
    }

    /** The keys of one mapping, looked up by name; reading a key records its position. */
    final class Fields {
        private final String path;
        private final SourcePosition anchor;
        private final Map<String, Entry> byKey;

        private Fields(String path, SourcePosition anchor, Map<String, Entry> byKey) {
            this.path = path;
            this.anchor = anchor;
            this.byKey = byKey;
        }

        Optional<Node> optional(String key) {
            Entry e = byKey.get(key);
            if (e == null) {
                return Optional.empty();
            }
            record(join(path, key), e.value());
            return Optional.of(e.value());
        }

        /** The value at {@code key}, or a problem saying to add it, with {@code example} of a line to add. */
        Optional<Node> required(String key, String example) {
            if (!byKey.containsKey(key)) {
                report(
                        anchor,
                        where(path) + " has no '" + key + "', which is required; add a line like '" + example + "'");
            }
            return optional(key);
        }

        /** Where {@code key} itself was written, or where the mapping is when it was not. */
        SourcePosition keyAt(String key) {
            Entry e = byKey.get(key);
            return e == null ? anchor : at(e.keyNode());
        }
    }

    /** {@code id} when it is one of {@code ids}, else a report naming them and the closest. */
    Optional<String> known(Node node, String id, String what, List<String> ids) {
        if (ids.contains(id)) {
            return Optional.of(id);
        }
        String all = Names.list(ids);
        String whats = what + (what.endsWith("s") ? "es" : "s");
        if (id.isEmpty()) {
            report(node, "no " + what + " given; the " + whats + " are " + all);
            return Optional.empty();
        }
        report(node, "unknown " + what + " '" + id + "'" + DidYouMean.hint(id, ids, "the " + whats + " are " + all));
        return Optional.empty();
    }

    /** Any scalar as text; an empty value is {@code ""}. */
    Optional<String> text(Node node, String path) {
        if (node instanceof ScalarNode s) {
            return Optional.of(isNull(s) ? "" : s.getValue());
        }
        wrongType(node, path, "text");
        return Optional.empty();
    }

    /** A name for a neuron, weight, bias or layer: present, an identifier, and not reserved if {@code reservedApply}. */
    Optional<String> name(Node node, String path, boolean reservedApply) {
        Optional<String> text = text(node, path);
        if (text.isPresent() && text.get().isEmpty()) {
            report(node, where(path) + " has no value; write a name such as h1");
            return Optional.empty();
        }
        Optional<String> why = text.flatMap(t -> Names.whyNot(t, reservedApply));
        why.ifPresent(w -> report(node, w));
        return why.isPresent() ? Optional.empty() : text;
    }

    /** The longest display label, in characters of TeX. */
    static final int MAX_LABEL = 80;

    /**
     * A display label: TeX math on one line, such as {@code '\hat{y}'} or {@code 'w_1'}, written in single quotes so
     * YAML keeps the backslashes.
     */
    Optional<String> label(Node node, String path) {
        Optional<String> text = text(node, path);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get().strip();
        if (t.isEmpty()) {
            report(
                    node,
                    where(path) + " is empty; write a label in TeX such as 'x_1' or '\\hat{y}', or leave it out"
                            + " to derive one from the name");
        } else if (t.indexOf('\n') >= 0) {
            report(node, where(path) + " spans several lines; a label is a short formula on one line, such as 'x_1'");
        } else if (t.length() > MAX_LABEL) {
            report(
                    node,
                    where(path) + " is " + t.length() + " characters long; a label is a short formula of at most "
                            + MAX_LABEL + " characters, such as 'x_1'");
        } else if (t.contains("$")) {
            report(
                    node,
                    where(path) + " contains '$'; a label is already math, so write it without dollars, such as"
                            + " '\\hat{y}'");
        } else {
            try {
                Tex.parse(t);
                return Optional.of(t);
            } catch (TexException e) {
                report(
                        labelAt(node, text.get(), text.get().indexOf(t) + e.offset()),
                        where(path) + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    /** Where character {@code offset} of a label's text is, when the scalar was written on one line in plain or quotes. */
    private SourcePosition labelAt(Node node, String value, int offset) {
        SourcePosition start = at(node);
        if (node instanceof ScalarNode s && value.indexOf('\n') < 0) {
            int quote = s.isPlain() ? 0 : 1;
            // single quotes double an inner quote: count those before the offset
            int doubled = 0;
            for (int i = 0; i < offset && i < value.length(); i++) {
                doubled += s.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.SINGLE_QUOTED
                                && value.charAt(i) == '\''
                        ? 1
                        : 0;
            }
            if (s.getScalarStyle() != org.snakeyaml.engine.v2.common.ScalarStyle.DOUBLE_QUOTED) {
                return new SourcePosition(start.file(), start.line(), start.column() + quote + offset + doubled);
            }
        }
        return start;
    }

    /** A finite number written bare ({@code 0.8}, {@code -1}, {@code 2e-3}). */
    OptionalDouble number(Node node, String path) {
        if (!(node instanceof ScalarNode s)) {
            wrongType(node, path, "a number such as 0.8");
            return OptionalDouble.empty();
        }
        String v = Limits.shorten(s.getValue());
        if ((s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT)) && tooLong(s)) {
            report(
                    s,
                    where(path) + " is a number " + s.getValue().length() + " characters long (" + v + "), more than"
                            + " the limit of " + Limits.MAX_NUMBER_CHARS
                            + " characters for a number; write it with fewer digits,"
                            + " such as 0.8 or 1.5e-3");
        } else if (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT)) {
            OptionalDouble d = numberIfValid(s);
            if (d.isPresent()) {
                return d;
            }
            report(
                    s,
                    where(path) + " is " + v + ", which is not a finite number; write an ordinary number such as 0.8");
        } else if (isNull(s)) {
            report(s, where(path) + " has no value; write a number such as 0.8");
        } else if (!s.isPlain() && NUMERIC.matcher(v).matches()) {
            report(
                    s,
                    where(path) + " is the quoted text \"" + v + "\"; numbers are written bare, without quotes: "
                            + v.strip());
        } else {
            report(s, where(path) + " is '" + v + "', which is not a number; numbers are written bare, such as 0.8");
        }
        return OptionalDouble.empty();
    }

    /** The finite number {@code node} holds, or empty; reports nothing (for values {@link #number} already checked). */
    OptionalDouble numberIfValid(Node node) {
        if (node instanceof ScalarNode s
                && (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT))
                && !tooLong(s)) {
            double d = toDouble(s);
            return Double.isFinite(d) ? OptionalDouble.of(d) : OptionalDouble.empty();
        }
        return OptionalDouble.empty();
    }

    /** A whole number written bare, or null (after reporting) when the node is not one. */
    BigInteger integer(Node node, String path, String expected) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT) && !tooLong(s)) {
            return toInteger(s.getValue());
        }
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.FLOAT) && !tooLong(s)) {
            report(s, where(path) + " is " + s.getValue() + ", which is not a whole number; write " + expected);
        } else if (isNull(node)) {
            report(node, where(path) + " has no value; write " + expected);
        } else {
            number(node, path); // reports why it is not a number at all
        }
        return null;
    }

    /** A number written with more characters than {@link Limits#MAX_NUMBER_CHARS}: never parsed (BigDecimal is not linear). */
    private static boolean tooLong(ScalarNode s) {
        return s.getValue().length() > Limits.MAX_NUMBER_CHARS;
    }

    /**
     * Reports every text in the tree under {@code root} (keys and values) that holds a control character other
     * than tab and line feed, or half of a surrogate pair: YAML escapes such as {@code "\x01"} or
     * {@code "\ud800"} can write them, and they have no place in a page.
     */
    void checkCharacters(Node root) {
        Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!seen.add(n)) {
                continue; // an alias: checked where it was first written
            }
            if (n instanceof ScalarNode s) {
                badCharacter(s.getValue())
                        .ifPresent(why -> report(
                                s,
                                "this text " + why + "; remove it (if it came"
                                        + " from an escape such as \\x01 or \\ud800 in quotes, delete the escape)"));
            } else if (n instanceof MappingNode m) {
                for (int i = m.getValue().size() - 1; i >= 0; i--) {
                    todo.push(m.getValue().get(i).getValueNode());
                    todo.push(m.getValue().get(i).getKeyNode());
                }
            } else if (n instanceof SequenceNode q) {
                for (int i = q.getValue().size() - 1; i >= 0; i--) {
                    todo.push(q.getValue().get(i));
                }
            }
        }
    }

    /** Why {@code text} cannot go into a page (a control character or a lone surrogate), or empty. */
    static Optional<String> badCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "holds half of a surrogate pair (U+%04X) at character %d," + " which is not a character",
                        (int) c,
                        i + 1));
            } else if (c != '\t' && c != '\n' && Character.getType(c) == Character.CONTROL) {
                return Optional.of(String.format(
                        Locale.ROOT, "holds the control character U+%04X at character %d", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }

    Optional<Boolean> bool(Node node, String path) {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Optional.of(Boolean.parseBoolean(s.getValue().toLowerCase(Locale.ROOT)));
        }
        if (node instanceof ScalarNode s && !isNull(s)) {
            report(
                    s,
                    where(path) + " is '" + Limits.shorten(s.getValue())
                            + "'; write true or false (bare, without quotes)");
        } else {
            wrongType(node, path, "true or false");
        }
        return Optional.empty();
    }

    /** The value of a YAML 1.2 core-schema int or float ({@code 0x1F}, {@code 0o17}, {@code -.inf} too). */
    private static double toDouble(ScalarNode s) {
        if (s.getTag().equals(Tag.INT)) {
            return toInteger(s.getValue()).doubleValue();
        }
        String v = s.getValue().toLowerCase(Locale.ROOT);
        if (v.endsWith(".inf")) {
            return v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (v.endsWith(".nan")) {
            return Double.NaN;
        }
        try {
            // BigDecimal first, so 1e999 reads as too large (infinite) rather than failing to parse
            return new BigDecimal(v.startsWith("+") ? v.substring(1) : v).doubleValue();
        } catch (NumberFormatException e) {
            return Double.NaN; // an exponent too large even for BigDecimal: not a finite number
        }
    }

    private static BigInteger toInteger(String text) {
        String v = text.startsWith("+") ? text.substring(1) : text;
        if (v.startsWith("0x")) {
            return new BigInteger(v.substring(2), 16);
        }
        if (v.startsWith("0o")) {
            return new BigInteger(v.substring(2), 8);
        }
        return new BigInteger(v);
    }
}
