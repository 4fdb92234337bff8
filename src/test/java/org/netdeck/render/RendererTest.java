package org.netdeck.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.problem.BuildFailure;
import org.netdeck.testing.SampleSite;

class RendererTest {

    private static final Renderer RENDERER = new Renderer(Theme.bundled());

    private static Document deckDoc(DeckView deck) {
        return Jsoup.parse(RENDERER.deckPage(SampleSite.SITE, deck));
    }

    @Test
    void deckPageHasCounterSlidesAndHeadings() {
        Document doc = deckDoc(SampleSite.BACKPROP);
        Element counter = doc.selectFirst(".deck-counter");
        assertNotNull(counter);
        assertEquals("Title", counter.text());
        Element title = doc.selectFirst("main section.slide");
        assertEquals("title", title.id(), "the title slide comes first");
        assertEquals("deck-title", title.attr("aria-labelledby"));
        assertEquals("4 slides", title.selectFirst(".slide-count").text());

        Elements sections = doc.select("main section.slide[id^=slide-]");
        assertEquals(List.of("slide-1", "slide-2", "slide-3", "slide-4"), sections.eachAttr("id"));
        for (Element s : sections) {
            Element h2 = s.selectFirst("h2");
            assertEquals(s.attr("aria-labelledby"), h2.id());
            assertEquals("-1", h2.attr("tabindex"));
            assertFalse(s.hasAttr("hidden"), "every slide is visible without JavaScript");
            assertFalse(s.hasAttr("aria-live"));
        }
        assertEquals("How Wrong Are We?", sections.get(2).selectFirst("h2").text());
        assertEquals("Backpropagation", doc.selectFirst("h1").text());
        assertEquals(1, doc.select("h1").size());
    }

    @Test
    void aDeckWithoutASeriesShowsNoEmptySeriesLabel() {
        DeckView b = SampleSite.BACKPROP;
        DeckView plain = new DeckView(
                b.slug(), b.title(), b.summary(), "", b.readingSeconds(), b.slides(), b.thumbnail(), b.checkpoints());
        Document deck = Jsoup.parse(RENDERER.deckPage(SampleSite.SITE, plain));
        assertEquals(0, deck.select(".series").size(), "an empty label would show as an empty pill");
        assertEquals(
                "Reading time: ~120 s 4 slides",
                deck.selectFirst("#title .eyebrow").text());
        Document index = Jsoup.parse(RENDERER.indexPage(SampleSite.SITE, List.of(DeckSummary.of(plain))));
        assertEquals(0, index.select(".series").size());
        assertEquals(1, index.select(".reading-time").size());
        assertEquals(1, deckDoc(b).select(".series").size(), "a series is shown");
    }

    @Test
    void deckPageHasMetadataLandmarksAndControls() {
        Document doc = deckDoc(SampleSite.BACKPROP);
        assertEquals("en", doc.selectFirst("html").attr("lang"));
        assertEquals(
                "width=device-width, initial-scale=1",
                doc.selectFirst("meta[name=viewport]").attr("content"));
        assertEquals(
                SampleSite.BACKPROP.summary(),
                doc.selectFirst("meta[name=description]").attr("content"));
        assertEquals("~120 s", doc.selectFirst(".reading-time time").text());
        assertEquals("PT120S", doc.selectFirst(".reading-time time").attr("datetime"));
        assertEquals("Visual Explainer", doc.selectFirst(".series").text());
        assertNotNull(doc.selectFirst("section#title h1#deck-title"));
        assertNotNull(doc.selectFirst("footer"));
        assertEquals(1, doc.select("main").size());

        Element skip = doc.selectFirst("a.skip-link");
        assertEquals("Skip to content", skip.text());
        assertNotNull(doc.getElementById(skip.attr("href").substring(1)), "skip link target exists");

        Element controls = doc.selectFirst("nav[data-deck-controls]");
        assertTrue(controls.hasAttr("hidden"), "controls need JavaScript, so they start hidden");
        controls.select("[aria-hidden=true]").remove(); // what a screen reader reads
        for (Element b : controls.select("button")) {
            assertEquals("button", b.attr("type"));
        }
        assertEquals(
                List.of("Previous slide", "Next slide", "All slides (O)", "Keyboard keys (?)"),
                controls.select("button").eachText());
        assertEquals(
                List.of("help", "overview", "zoom", "jump"),
                doc.select("dialog[data-deck-dialog]").eachAttr("data-deck-dialog"));
        Element status = doc.selectFirst("[role=status]");
        assertEquals("", status.text());
        assertEquals(1, doc.select("[role=status], [aria-live]").size(), "one live region");
    }

    @Test
    void idsAreUnique() {
        Document doc = deckDoc(SampleSite.BACKPROP);
        Set<String> seen = new HashSet<>();
        for (Element e : doc.select("[id]")) {
            assertTrue(seen.add(e.id()), "duplicate id " + e.id());
        }
    }

    @Test
    void aDiagramStepShownTwiceIsInlinedOnceAndEachSlideLabelsItsOwnCopy() {
        Document doc = deckDoc(SampleSite.BACKPROP);
        assertEquals(1, doc.select("svg#diagram-forward").size());
        assertEquals(
                1,
                doc.select("title#d1-title, title#forward-title").size()
                        + doc.select("#diagram-forward > title").size()
                        - 1);
        for (String slide : List.of("slide-2", "slide-4")) {
            Element svg = doc.selectFirst("#" + slide + " figure svg[role=img]");
            assertEquals("#diagram-forward", svg.selectFirst("use").attr("href"));
            assertEquals("0 0 480 260", svg.attr("viewBox"));
            for (String id : svg.attr("aria-labelledby").split(" ")) {
                assertNotNull(doc.getElementById(id), slide + " labels its diagram with " + id);
                assertTrue(svg.getElementById(id) != null, "inside its own svg: " + id);
            }
        }
        assertTrue(doc.selectFirst(".diagram-defs").attr("aria-hidden").equals("true"));
    }

    @Test
    void speakerNotesAreInertTemplatesNeverPageText() {
        Document doc = deckDoc(SampleSite.BACKPROP);
        Element notes = doc.selectFirst("#slide-2 template[data-notes]");
        assertNotNull(notes);
        assertEquals(1, doc.select("template[data-notes]").size());
        Document copy = doc.clone();
        copy.select("template").remove();
        String visible = copy.select("main").text();
        assertFalse(visible.contains("Say why first"), "notes are not page text");
        assertTrue(
                notes.text().contains("<p>Say <em>why</em> first.</p>"),
                notes.html()); // escaped text: nothing in it can end the template
    }

    @Test
    void trustedHtmlIsInsertedAndTextIsEscaped() {
        Document doc = deckDoc(SampleSite.BACKPROP);
        Element figure = doc.selectFirst("#slide-2 figure.diagram.diagram-forward");
        assertEquals("Forward pass", figure.selectFirst("svg[role=img] > title").text());
        assertEquals("#diagram-forward", figure.selectFirst("svg > use").attr("href"));
        assertEquals(5, doc.select("#diagram-forward circle.neuron").size());
        assertEquals(
                "one output", doc.selectFirst("#slide-1 .slide-body strong").text());
        assertTrue(doc.select("#slide-1 figure, #slide-3 figure").isEmpty());

        String html = RENDERER.deckPage(SampleSite.SITE, SampleSite.TRICKY);
        assertTrue(html.contains(">A &lt;b&gt; &amp; C</h1>"), html);
        assertTrue(html.contains("Summary with &lt;i&gt;tags&lt;/i&gt; &amp; &quot;quotes&quot;"));
        assertTrue(html.contains("Title &lt;script&gt;x&lt;/script&gt;"));
        assertTrue(html.contains("<p>Body <em>kept</em></p>"));
        assertTrue(html.contains("<title>A &lt;b&gt; &amp; C · Neural nets, computed</title>"));
        Document tricky = Jsoup.parse(html);
        assertTrue(tricky.select("h1 b, script:not([src])").isEmpty());
        assertEquals("1 slide", tricky.selectFirst(".slide-count").text());
        assertTrue(tricky.selectFirst("button[data-deck-prev]").hasAttr("disabled"), "the title slide is first");
    }

    @Test
    void everyUrlIsRelativeAndResolvesToAnAssetOrPage() {
        Map<String, byte[]> assets = RENDERER.assets();
        Set<String> pages =
                Set.of("index.html", "backprop/index.html", "tricky/index.html", "backprop/diagrams/architecture.svg");
        assertLinksResolve(
                "backprop/index.html", RENDERER.deckPage(SampleSite.SITE, SampleSite.BACKPROP), assets, pages);
        assertLinksResolve("index.html", RENDERER.indexPage(SampleSite.SITE, SampleSite.SUMMARIES), assets, pages);
    }

    private static void assertLinksResolve(
            String pagePath, String html, Map<String, byte[]> assets, Set<String> pages) {
        Document doc = Jsoup.parse(html);
        for (Element e : doc.getAllElements()) {
            for (var a : e.attributes()) {
                // xmlns is a namespace name, never fetched
                assertTrue(
                        a.getKey().startsWith("xmlns") || !a.getValue().contains("//"),
                        pagePath + ": absolute URL in " + a.getKey() + "=" + a.getValue());
            }
        }
        URI base = URI.create("site:/" + pagePath);
        for (Element e : doc.select("[href], [src]")) {
            String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
            if (url.startsWith("#")) {
                assertNotNull(doc.getElementById(url.substring(1)), "fragment target " + url);
                continue;
            }
            assertFalse(url.startsWith("/") || url.contains(":"), pagePath + ": not relative: " + url);
            String resolved = base.resolve(url).getPath().substring(1);
            assertTrue(
                    assets.containsKey(resolved) || pages.contains(resolved),
                    pagePath + ": " + url + " resolves to " + resolved + ", which is not in the site");
        }
    }

    private static int gzipped(byte[] bytes) {
        var out = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.size();
    }

    @Test
    void aPublishedScriptLosesItsCommentLinesAndItsIndentationUnlessAStringSpansLines() {
        java.nio.charset.Charset utf8 = java.nio.charset.StandardCharsets.UTF_8;
        String plain = "function f() {\n  // a comment\n  return 'a' + 1; // kept\n}\n";
        assertEquals(
                "function f() {\nreturn 'a' + 1; // kept\n}\n",
                new String(Renderer.published("a.js", plain.getBytes(utf8)), utf8));
        String literal = "var t = `\n  <pre>\n    kept`;\n  // gone\n";
        assertEquals(
                "var t = `\n  <pre>\n    kept`;\n",
                new String(Renderer.published("a.js", literal.getBytes(utf8)), utf8));
        String continued = "var s = 'a \\\n  b';\n";
        assertEquals(continued, new String(Renderer.published("a.js", continued.getBytes(utf8)), utf8));
        String css = "a {\n  color: red; }\n";
        assertEquals(css, new String(Renderer.published("a.css", css.getBytes(utf8)), utf8));
    }

    @Test
    void assetsAreTheThemeFiles() {
        Map<String, byte[]> assets = RENDERER.assets();
        assertEquals(
                Set.of(
                        "assets/deck.css",
                        "assets/deck.js",
                        "assets/favicon.svg",
                        "assets/fonts/OFL.txt",
                        "assets/fonts/noto-sans-math.woff2"),
                assets.keySet());
        String js = new String(assets.get("assets/deck.js"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(js.contains("'use strict'"));
        String css = new String(assets.get("assets/deck.css"), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(css.contains("@import") || css.contains("//"), "the stylesheet fetches nothing from elsewhere");
        assertEquals(
                List.of("url(\"fonts/noto-sans-math.woff2\")"),
                java.util.regex.Pattern.compile("url\\([^)]*\\)")
                        .matcher(css)
                        .results()
                        .map(java.util.regex.MatchResult::group)
                        .toList(),
                "the stylesheet fetches only the theme's math font, from the site itself");
        assertFalse(
                js.contains("://") || js.contains("fetch(") || js.contains("XMLHttpRequest"),
                "the script fetches nothing");
        int gz = gzipped(assets.get("assets/deck.js"));
        // 12 KB until explain.js (the popover explaining any number, ~1.5 KB) joined, 14 KB until the phone's focus
        // and the first slide's fitted start (issue 38): docs/performance.md
        assertTrue(gz <= 15 * 1024, "deck.js stays within its budget (15 KB gzip): " + gz);
        assets.get("assets/deck.css")[0] = 0;
        assertEquals('/', RENDERER.assets().get("assets/deck.css")[0], "callers get copies");
    }

    @Test
    void indexLinksEveryDeckWithThumbnailAndReadingTime() {
        Document doc = Jsoup.parse(RENDERER.indexPage(SampleSite.SITE, SampleSite.SUMMARIES));
        assertEquals("Neural nets, computed", doc.selectFirst("h1").text());
        Elements cards = doc.select("li.deck-card");
        assertEquals(2, cards.size());
        assertEquals(
                List.of("backprop/index.html", "tricky/index.html"),
                doc.select(".deck-card-title a").eachAttr("href"));
        assertEquals(
                List.of("Backpropagation", "A <b> & C"),
                doc.select(".deck-card-title a").eachText());
        assertEquals(
                "backprop/diagrams/architecture.svg",
                cards.get(0).selectFirst("img").attr("src"));
        assertEquals("", cards.get(0).selectFirst("img").attr("alt"));
        assertEquals(
                "Reading time: ~120 s",
                cards.get(0).selectFirst(".reading-time").text());
        assertEquals("assets/favicon.svg", doc.selectFirst("link[rel=icon]").attr("href"));
    }

    @Test
    void sameInputGivesSameOutput() {
        Renderer other = new Renderer(Theme.bundled());
        assertEquals(
                RENDERER.deckPage(SampleSite.SITE, SampleSite.BACKPROP),
                other.deckPage(SampleSite.SITE, SampleSite.BACKPROP));
        assertEquals(
                RENDERER.indexPage(SampleSite.SITE, SampleSite.SUMMARIES),
                other.indexPage(SampleSite.SITE, SampleSite.SUMMARIES));
    }

    @Test
    void syntaxErrorNamesTheTemplateLineAndColumn(@TempDir Path dir) throws Exception {
        Path theme = themeWith(dir, "deck.ftlh", "<p>ok</p>\n<p>${deck.title</p>\n");
        BuildFailure e = assertThrows(BuildFailure.class, () -> new Renderer(Theme.fromDirectory(theme)));
        String message = e.getMessage();
        assertTrue(message.startsWith(theme.resolve("deck.ftlh").toString().replace('\\', '/') + ":2:"), message);
        assertTrue(message.contains(": error: "), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void syntaxErrorInAPartialIsFoundAtConstruction(@TempDir Path dir) throws Exception {
        Path theme = themeWith(dir, "partials/controls.ftlh", "<#if>\n");
        BuildFailure e = assertThrows(BuildFailure.class, () -> new Renderer(Theme.fromDirectory(theme)));
        assertTrue(
                e.getMessage()
                        .startsWith(theme.resolve("partials/controls.ftlh")
                                        .toString()
                                        .replace('\\', '/') + ":1:"),
                e.getMessage());
    }

    @Test
    void ofSeveralBrokenTemplatesTheFirstInNameOrderIsReportedInEveryRun(@TempDir Path dir) throws Exception {
        // the theme kept its templates in a Map.copyOf, whose order is salted per JVM: which one was reported varied
        Path theme = themeWith(dir, "partials/controls.ftlh", "<#if>\n");
        for (String name : List.of("base.ftlh", "deck.ftlh", "index.ftlh")) {
            Files.writeString(theme.resolve(name), "<#if>\n");
        }
        BuildFailure e = assertThrows(BuildFailure.class, () -> new Renderer(Theme.fromDirectory(theme)));
        assertTrue(
                e.getMessage().startsWith(theme.resolve("base.ftlh").toString().replace('\\', '/') + ":1:"),
                e.getMessage());
    }

    @Test
    void missingValueNamesTheTemplateAndSuggestsAFix(@TempDir Path dir) throws Exception {
        Path theme = themeWith(dir, "index.ftlh", "<h1>${site.title}</h1>\n  <p>${site.tagline}</p>\n");
        Renderer renderer = new Renderer(Theme.fromDirectory(theme));
        BuildFailure e =
                assertThrows(BuildFailure.class, () -> renderer.indexPage(SampleSite.SITE, SampleSite.SUMMARIES));
        String expected =
                theme.resolve("index.ftlh").toString().replace('\\', '/') + ":2:8: error: `site.tagline` is missing";
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
        assertTrue(e.getMessage().contains("x??"), e.getMessage());
    }

    @Test
    void indexMayListSlideTitlesButNotTheirContent(@TempDir Path dir) throws Exception {
        Path theme = themeWith(
                dir,
                "index.ftlh",
                "<#list decks as deck><#list deck.slides as s>${deck.slug}/index.html#${s.anchor} ${s.number}. ${s.title}\n"
                        + "</#list></#list>");
        assertEquals(
                "backprop/index.html#slide-1 1. A Simple Neural Network\n"
                        + "backprop/index.html#slide-2 2. Forward Pass: Computing the Output\n"
                        + "backprop/index.html#slide-3 3. How Wrong Are We?\n"
                        + "backprop/index.html#slide-4 4. Forward Again\n"
                        + "tricky/index.html#slide-1 1. Title &lt;script&gt;x&lt;/script&gt;\n",
                new Renderer(Theme.fromDirectory(theme)).indexPage(SampleSite.SITE, SampleSite.SUMMARIES));
        // a slide's body is its deck page's, not the index's: reading it is a template error at its place
        Path body = themeWith(
                dir.resolve("body"), "index.ftlh", "<#list decks as deck>\n${deck.slides[0].bodyHtml}</#list>");
        Renderer renderer = new Renderer(Theme.fromDirectory(body));
        BuildFailure e =
                assertThrows(BuildFailure.class, () -> renderer.indexPage(SampleSite.SITE, SampleSite.SUMMARIES));
        assertTrue(
                e.getMessage()
                        .startsWith(body.resolve("index.ftlh").toString().replace('\\', '/')
                                + ":2:3: error: `deck.slides[0].bodyHtml` is missing"),
                e.getMessage());
    }

    @Test
    void bundledThemeErrorsNameTemplatesFolder() {
        // errors in the bundled theme are reported against templates/, where its source lives in the repository
        assertEquals(Path.of("templates"), Theme.bundled().origin());
    }

    @Test
    void directoryThemeOverridesTheBundledOne(@TempDir Path dir) throws Exception {
        Path theme = themeWith(
                dir,
                "deck.ftlh",
                "<#import \"base.ftlh\" as layout>"
                        + "<@layout.page site=site title=deck.title description=deck.summary root=root>"
                        + "<main id=\"main\"><h1 class=\"custom\">${deck.title}</h1></main></@layout.page>");
        Files.writeString(theme.resolve("assets/extra.txt"), "hello");
        Renderer renderer = new Renderer(Theme.fromDirectory(theme));
        Document doc = Jsoup.parse(renderer.deckPage(SampleSite.SITE, SampleSite.BACKPROP));
        assertEquals("Backpropagation", doc.selectFirst("h1.custom").text());
        assertTrue(doc.select("section.slide").isEmpty());
        assertEquals(
                "hello",
                new String(renderer.assets().get("assets/extra.txt"), java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A copy of the bundled theme with one file replaced. */
    private static Path themeWith(Path dir, String name, String text) throws Exception {
        Path root = dir.resolve("mytheme");
        Path bundled = Path.of("templates");
        try (var files = Files.walk(bundled)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path target = root.resolve(bundled.relativize(f).toString());
                Files.createDirectories(target.getParent());
                Files.copy(f, target);
            }
        }
        Files.writeString(root.resolve(name), text);
        return root;
    }
}
