package org.netdeck.content;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * A deck's place in a series, from its front matter: {@code series: Visual Explainer} names the series, {@code order:
 * 2} the deck's place in it (a whole number from 1 to {@link #MAX_ORDER}; the decks of a series are read in
 * increasing order, gaps allowed). A deck with a series but no order shows its series' name and is not a step of
 * its path. {@link FrontMatterParser} checks {@code order} with the rest of the front matter; {@link #read} reads just
 * these keys (and the title) of every deck before the decks are built, so that each page can say "part 2 of 3" and
 * link the next.
 */
public record SeriesEntry(String slug, String title, String series, int order, SourcePosition orderAt) {

    /** The largest {@code order} a deck may give. */
    public static final int MAX_ORDER = 1000;

    /**
     * The place of the deck {@code slug} in {@code text} (its deck.md), if it names a series and an order that are
     * well formed; empty otherwise (its problems are reported when the deck is built).
     */
    public static Optional<SeriesEntry> read(String slug, Path file, String text) {
        try {
            DeckFile deck = DeckFile.split(file, text);
            Optional<Node> root = YamlTree.compose(file, deck.yaml(), deck.yamlLine());
            if (root.isEmpty() || NodeReader.isNull(root.get())) {
                return Optional.empty();
            }
            NodeReader r = new NodeReader(file, deck.yamlLine());
            Optional<NodeReader.Fields> fields = r.fields(root.get(), "", r.at(root.get()), FrontMatterParser.KEYS);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            NodeReader.Fields f = fields.get();
            String title = f.optional("title")
                    .flatMap(n -> r.text(n, "title"))
                    .orElse("")
                    .strip();
            String series = f.optional("series")
                    .flatMap(n -> r.text(n, "series"))
                    .orElse("")
                    .strip();
            Optional<Node> orderNode = f.optional("order");
            if (orderNode.isEmpty() || series.isEmpty()) {
                return Optional.empty();
            }
            OptionalInt order = order(r, orderNode.get(), series);
            return order.isPresent()
                    ? Optional.of(new SeriesEntry(slug, title, series, order.getAsInt(), r.at(orderNode.get())))
                    : Optional.empty();
        } catch (BuildFailure e) {
            return Optional.empty();
        }
    }

    /**
     * {@code order}'s value, checked: a whole number from 1 to {@link #MAX_ORDER}, written with a {@code series}
     * ({@code series} is the series' name, empty when none is written); otherwise a problem reported at the node.
     */
    static OptionalInt order(NodeReader r, Node node, String series) {
        String expected =
                "a whole number from 1 to " + MAX_ORDER + ", the deck's place in its series, such as 'order: 2'";
        BigInteger n = r.integer(node, "order", expected);
        if (n == null) {
            return OptionalInt.empty();
        }
        if (n.signum() <= 0 || n.compareTo(BigInteger.valueOf(MAX_ORDER)) > 0) {
            r.report(node, "order is " + n + ", but it must be " + expected);
            return OptionalInt.empty();
        }
        if (series.isEmpty()) {
            r.report(
                    node,
                    "order gives the deck's place in a series, but the deck names none; add 'series:' with the"
                            + " series' name (the same in every deck of it), such as 'series: Visual Explainer'");
            return OptionalInt.empty();
        }
        return OptionalInt.of(n.intValueExact());
    }
}
