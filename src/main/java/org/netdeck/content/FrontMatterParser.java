package org.netdeck.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.netdeck.compute.LandscapeSpec;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.RunSpec;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses and validates a deck's YAML front matter. Every problem found is reported at once, in file
 * order, as one {@link BuildFailure} whose messages say what is wrong and how to fix it.
 *
 * <pre>{@code
 * DeckFile deck = DeckFile.split(path, Files.readString(path));
 * FrontMatter front = FrontMatterParser.parse(path, deck);
 * front.network().learningRate();                       // 0.1
 * front.position("network.learning_rate", fallback);    // path:14:18
 * }</pre>
 */
public final class FrontMatterParser {

    static final List<String> KEYS = List.of("title", "summary", "series", "order", "network", "compare", "landscape");

    private FrontMatterParser() {}

    /** The front matter of {@code deck}, read from {@code file}. */
    public static FrontMatter parse(Path file, DeckFile deck) {
        return parse(file, deck.yaml(), deck.yamlLine());
    }

    /**
     * The front matter in {@code yaml}, which starts on line {@code firstLine} of {@code file}
     * (positions in problems and in {@link FrontMatter#positions()} are file positions).
     */
    public static FrontMatter parse(Path file, String yaml, int firstLine) {
        Optional<Node> root = YamlTree.compose(file, yaml, firstLine);
        SourcePosition top = new SourcePosition(file, Math.max(1, firstLine - 1), 1);
        if (root.isEmpty() || NodeReader.isNull(root.get())) {
            throw new BuildFailure(
                    top, "the front matter is empty; it needs at least a 'title:' and a 'network:'" + " section");
        }
        NodeReader r = new NodeReader(file, firstLine);
        r.checkCharacters(root.get());
        Optional<NodeReader.Fields> fields = r.fields(root.get(), "", r.at(root.get()), KEYS);
        if (fields.isEmpty()) {
            r.failIfAny(); // not a mapping: nothing more to read
        }
        NodeReader.Fields f = fields.orElseThrow();
        Optional<Node> titleNode = f.required("title", "title: Backpropagation");
        Optional<String> titleText = titleNode.flatMap(n -> r.text(n, "title")).map(String::strip);
        if (titleText.isPresent() && titleText.get().isEmpty()) {
            r.report(titleNode.get(), "title is empty; give the deck a title, like 'title: Backpropagation'");
        }
        String title = titleText.orElse("");
        String summary = f.optional("summary")
                .flatMap(n -> r.text(n, "summary"))
                .orElse("")
                .strip();
        String series = f.optional("series")
                .flatMap(n -> r.text(n, "series"))
                .orElse("")
                .strip();
        f.optional("order").ifPresent(n -> SeriesEntry.order(r, n, series)); // read again by SeriesEntry.read
        Optional<NetworkSpec> network =
                f.required("network", "network:").flatMap(n -> new NetworkReader(r).read(n, f.keyAt("network")));
        List<RunSpec> compare = f.optional("compare")
                .map(n -> new CompareReader(r).read(n, network))
                .orElse(List.of());
        Optional<LandscapeSpec> landscape =
                f.optional("landscape").flatMap(n -> new LandscapeReader(r).read(n, f.keyAt("landscape"), network));
        r.failIfAny();
        return new FrontMatter(title, summary, series, network.orElseThrow(), compare, landscape, r.positions());
    }
}
