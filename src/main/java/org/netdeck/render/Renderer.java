package org.netdeck.render;

import freemarker.cache.StringTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.SourcePosition;

/**
 * Renders pages with a {@link Theme}'s Freemarker templates: {@code deck.ftlh} for each deck
 * ({@code site/<slug>/index.html}) and {@code index.ftlh} for the site index ({@code site/index.html}).
 * Built once per build; every template is parsed here, so a syntax error fails before any page is made.
 * Template errors become a {@link org.netdeck.problem.BuildFailure} naming {@code templates/<file>:line:col}.
 *
 * <pre>{@code
 * Renderer renderer = new Renderer(Theme.bundled());
 * String html = renderer.deckPage(site, deck);   // write to site/<slug>/index.html
 * }</pre>
 */
public final class Renderer {

    /** Deck pages live one folder below the site root. */
    private static final String DECK_ROOT = "../";

    private static final String INDEX_ROOT = "";

    private final Theme theme;
    private final Configuration freemarker;
    private final Template deckTemplate;
    private final Template indexTemplate;
    private final Map<String, byte[]> assets; // as published, made once (serve asks on every rebuild)

    public Renderer(Theme theme) {
        this.theme = theme;
        Map<String, byte[]> published = new TreeMap<>();
        theme.assets().forEach((path, bytes) -> published.put(path, published(path, bytes)));
        this.assets = Collections.unmodifiableMap(published);
        this.freemarker = configure(theme);
        try {
            // parse every template now (partials too), so errors surface once, before any output
            for (String name : theme.templates().keySet()) {
                freemarker.getTemplate(name);
            }
            this.deckTemplate = freemarker.getTemplate("deck.ftlh");
            this.indexTemplate = freemarker.getTemplate("index.ftlh");
        } catch (ParseException e) {
            throw TemplateErrors.of(theme.origin(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load a template held in memory", e);
        }
    }

    /** The page of one deck, for {@code site/<slug>/index.html}. */
    public String deckPage(SiteInfo site, DeckView deck) {
        return deckPage(site, deck, null);
    }

    /** The HTML page of {@code deck}, the step {@code series} of a series (null: none). */
    public String deckPage(SiteInfo site, DeckView deck, org.netdeck.content.Series.Position series) {
        return render(deckTemplate, new DeckPage(site, deck, DECK_ROOT, series));
    }

    /** The site index listing every deck in the given order, for {@code site/index.html}. */
    public String indexPage(SiteInfo site, List<DeckSummary> decks) {
        return indexPage(site, decks, org.netdeck.content.Series.NONE);
    }

    /** The site index, with each series of {@code series} shown as a path. */
    public String indexPage(SiteInfo site, List<DeckSummary> decks, org.netdeck.content.Series series) {
        return render(indexTemplate, new IndexPage(site, decks, INDEX_ROOT, series));
    }

    /**
     * The theme's static files by path under {@code site/} ({@code assets/deck.css}), sorted; fresh copies, each
     * {@code .js} file as published (see {@link #published}).
     */
    public Map<String, byte[]> assets() {
        Map<String, byte[]> copy = new TreeMap<>();
        assets.forEach((path, bytes) -> copy.put(path, bytes.clone()));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * A static file as the site carries it: a script without its whole-line {@code //} comments and, when no string
     * in it can span lines (no template literal, no line continued by a backslash), without its lines' indentation
     * (readers download less: ~6 % of deck.js gzipped; the theme's file keeps both); anything else as it is.
     */
    static byte[] published(String path, byte[] bytes) {
        if (!path.endsWith(".js")) {
            return bytes.clone();
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        boolean unindent = text.indexOf('`') < 0
                && text.lines().noneMatch(line -> line.stripTrailing().endsWith("\\"));
        String kept = text.lines()
                .filter(line -> !line.stripLeading().startsWith("//"))
                .map(line -> unindent ? line.stripLeading() : line)
                .collect(Collectors.joining("\n", "", "\n"));
        return kept.getBytes(StandardCharsets.UTF_8);
    }

    private String render(Template template, Record model) {
        StringWriter out = new StringWriter();
        try {
            template.process(model, out);
        } catch (TemplateException e) {
            throw TemplateErrors.of(theme.origin(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to a string", e);
        } catch (StackOverflowError e) {
            throw new BuildFailure(
                    SourcePosition.of(theme.origin().resolve(template.getName())),
                    "the template never stops"
                            + " calling itself (a macro, function or #include that recurses without end); give "
                            + "the recursion an end");
        }
        return out.toString();
    }

    private static Configuration configure(Theme theme) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        StringTemplateLoader loader = new StringTemplateLoader();
        theme.templates().forEach((name, text) -> loader.putTemplate(name, text, 0L));
        cfg.setTemplateLoader(loader);
        cfg.setLocalizedLookup(false);
        cfg.setRecognizeStandardFileExtensions(true); // .ftlh -> HTML output format, auto-escaping on
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        // records: components read as properties (slide.title) since incompatible_improvements 2.3.33
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return cfg;
    }
}
