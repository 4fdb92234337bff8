package org.netdeck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.netdeck.site.SiteBuild;

/**
 * The published site, {@code content/} with {@code templates/}, built as a reader gets it into {@code out} (tests run
 * in the project folder): the tests of each published deck read its page and its {@code trace.json} from here.
 */
public record BuiltSite(Path out) {

    /** Builds {@code content/} into {@code dir/site}. */
    public static BuiltSite in(Path dir) throws IOException {
        Path out = dir.resolve("site");
        SiteBuild.build(Path.of("content"), Optional.of(Path.of("templates")), out);
        return new BuiltSite(out);
    }

    /** The slugs of the decks built (each folder of {@code content/} with a {@code deck.md}), in name order. */
    public List<String> decks() {
        try (Stream<Path> folders = Files.list(Path.of("content"))) {
            return folders.filter(p -> Files.exists(p.resolve("deck.md")))
                    .map(p -> p.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page of deck {@code slug}. */
    public Document page(String slug) {
        return parse(out.resolve(slug + "/index.html"));
    }

    /** The site's index page. */
    public Document index() {
        return parse(out.resolve("index.html"));
    }

    /** Deck {@code slug}'s {@code trace.json}. */
    public JsonNode trace(String slug) {
        try {
            return new ObjectMapper().readTree(out.resolve(slug + "/trace.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
