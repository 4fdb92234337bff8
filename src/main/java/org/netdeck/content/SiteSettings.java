package org.netdeck.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.netdeck.problem.SourcePosition;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Site-wide settings from {@code content/site.yml}, validated like a deck's front matter. Every key is
 * optional; without the file the defaults apply.
 *
 * <pre>{@code
 * title: netdeck
 * description: Visual explainers of neural-network math.
 * lang: en
 * url: https://example.github.io/explainers/
 * }</pre>
 *
 * {@code url} is where the site is published (an http or https URL, kept with one final {@code /}; empty when not
 * given): pages then name their preview image by its absolute address ({@code og:image}), which link previews need.
 */
public record SiteSettings(String title, String description, String lang, String url) {

    /** The defaults when there is no site.yml or a key is left out. */
    public static final SiteSettings DEFAULTS = new SiteSettings("netdeck", "", "en", "");

    static final List<String> KEYS = List.of("title", "description", "lang", "url");

    /** An absolute http or https URL without spaces, quotes, angle brackets, a query or a fragment. */
    private static final Pattern URL = Pattern.compile("https?://[^\\s\"'<>?#]+");

    /** A BCP 47 language tag such as {@code en}, {@code en-GB} or {@code pt-BR}. */
    private static final Pattern LANG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");

    public SiteSettings {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(url, "url");
    }

    /** Settings without a published URL. */
    public SiteSettings(String title, String description, String lang) {
        this(title, description, lang, "");
    }

    /** Parses {@code yaml}, the text of {@code file} if it exists; throws BuildFailure with every problem. */
    public static SiteSettings parse(Path file, Optional<String> yaml) {
        if (yaml.isEmpty()) {
            return DEFAULTS;
        }
        String text = yaml.get().startsWith("\uFEFF") ? yaml.get().substring(1) : yaml.get();
        Optional<Node> root = YamlTree.compose(file, text.replace("\r\n", "\n"), 1);
        if (root.isEmpty() || NodeReader.isNull(root.get())) {
            return DEFAULTS;
        }
        NodeReader r = new NodeReader(file, 1);
        r.checkCharacters(root.get());
        Optional<NodeReader.Fields> fields = r.fields(root.get(), "site.yml", new SourcePosition(file, 1, 1), KEYS);
        if (fields.isEmpty()) {
            r.failIfAny();
        }
        NodeReader.Fields f = fields.orElseThrow();
        String title = f.optional("title")
                .flatMap(n -> r.text(n, "title"))
                .map(String::strip)
                .orElse(DEFAULTS.title());
        f.optional("title")
                .filter(n -> title.isEmpty())
                .ifPresent(n -> r.report(n, "title is empty; give the site a title, like 'title: My explainers'"));
        String description = f.optional("description")
                .flatMap(n -> r.text(n, "description"))
                .map(String::strip)
                .orElse(DEFAULTS.description());
        String lang = f.optional("lang")
                .flatMap(n -> r.text(n, "lang"))
                .map(String::strip)
                .orElse(DEFAULTS.lang());
        f.optional("lang")
                .filter(n -> !LANG.matcher(lang).matches())
                .ifPresent(n -> r.report(
                        n, "lang '" + lang + "' is not a language tag; write one such as 'en', 'en-GB' or 'de'"));
        String url = f.optional("url")
                .flatMap(n -> r.text(n, "url"))
                .map(String::strip)
                .orElse(DEFAULTS.url());
        f.optional("url")
                .filter(n -> !URL.matcher(url).matches())
                .ifPresent(n -> r.report(
                        n,
                        "url '" + url + "' is not an http or https address; write where the site is published,"
                                + " like 'url: https://you.github.io/explainers/'"));
        r.failIfAny();
        return new SiteSettings(title, description, lang, url.isEmpty() || url.endsWith("/") ? url : url + "/");
    }
}
