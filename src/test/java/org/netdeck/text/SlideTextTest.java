package org.netdeck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.netdeck.testing.DeckParts.FILE;
import static org.netdeck.testing.DeckParts.deck;
import static org.netdeck.testing.DeckParts.sigmoid;
import static org.netdeck.testing.DeckParts.slide;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Backprop;
import org.netdeck.compute.Precision;
import org.netdeck.compute.Trace;
import org.netdeck.content.Deck;
import org.netdeck.content.Slide;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.testing.DefaultDeck;

class SlideTextTest {

    private static final SlideText TEXT = new SlideText();
    private static final Trace TRACE = Backprop.compute(DefaultDeck.network());

    private static String html(String markdown) {
        return TEXT.render(deck(slide("One", markdown, 5)), TRACE).get(0).html();
    }

    private static Elements data(String markdown) {
        return Jsoup.parseBodyFragment(html(markdown)).select("data");
    }

    /** The text of the single reference in {@code markdown}. */
    private static String one(String markdown) {
        Elements found = data(markdown);
        assertEquals(1, found.size(), markdown);
        return found.get(0).text();
    }

    private static List<Problem> problems(Deck deck) {
        return assertThrows(BuildFailure.class, () -> TEXT.render(deck, TRACE)).problems();
    }

    @Test
    void aReferenceBecomesADataElementWithTheFullValue() {
        String h1 = Double.toString(sigmoid(0.4));
        assertEquals(
                "<p>Hidden <data value=\"" + h1
                        + "\" data-ref=\"a.h1\" data-formula=\"sigmoid(0.4)\">0.599</data>.</p>\n",
                html("Hidden {{ h1 }}."));
        assertEquals("0.599", one("{{h1}}"));
        assertEquals("0.60", one("{{h1|0.00}}"));
        assertEquals("0.599", one("{{  h1  |  0.000  }}"));
    }

    @Test
    void everyNameFamilyPrints() {
        double h1 = sigmoid(0.4);
        double h2 = sigmoid(-0.4);
        double y = sigmoid(0.9 * h1 + 0.8 * h2);
        double loss = (1 - y) * (1 - y);
        double deltaY = -2 * (1 - y) * y * (1 - y);
        assertEquals(fixed4(h1), one("{{ a.h1 | 0.0000 }}"));
        assertEquals("−0.400", one("{{ z.h2 }}"));
        assertEquals(fixed4(y), one("{{ yhat | 0.0000 }}"));
        assertEquals("0.500", one("{{ input.x1 }}"));
        assertEquals("1.000", one("{{ target.yhat }}"));
        assertEquals("−0.500", one("{{ w2 }}"));
        assertEquals(fixed4(loss), one("{{ loss | 0.0000 }}"));
        assertEquals(minus(fixed4(deltaY * h1)), one("{{ grad.w3 | 0.0000 }}"));
        assertEquals(minus(fixed4(-2 * (1 - y))), one("{{ grad.yhat | 0.0000 }}"));
        assertEquals(minus(fixed4(deltaY)), one("{{ delta.yhat | 0.0000 }}"));
        assertEquals(fixed4(y * (1 - y)), one("{{ local.yhat | 0.0000 }}"));
        assertEquals(fixed4(0.9 - 0.1 * deltaY * h1), one("{{ updated.w3 | 0.0000 }}"));
        assertEquals(fixed4(-0.1 * deltaY * h1), one("{{ change.w3 | 0.0000 }}"));
        assertEquals(
                fixed4(sigmoid(0.5 * (0.8 - 0.1 * deltaY * 0.9 * h1 * (1 - h1) * 0.5))),
                one("{{ updated.h1 | 0.0000 }}"));
        String[] rest = {
            "updated.z.yhat",
            "updated.loss",
            "trained.w1",
            "trained.yhat",
            "trained.loss",
            "trained.improvement",
            "improvement"
        };
        Namespace ns = new Namespace(TRACE);
        for (String name : rest) {
            double value = ns.lookup(name).orElseThrow();
            Element e = data("{{ " + name + " | full }}").get(0);
            assertEquals(Double.toString(value), e.attr("value"), name);
            assertEquals(value, Double.parseDouble(e.text().replace('−', '-')), 0.0, name);
        }
        assertEquals("0.1", one("{{ learning_rate }}"));
        assertEquals("0.1", one("{{ alpha }}"));
        assertEquals(Precision.grouped(Integer.toString(DefaultDeck.network().iterations())), one("{{ iterations }}"));
        assertEquals(
                "4 4 0 5 3 2 1",
                String.join(
                        " ",
                        data("{{ count.weights }} {{ count.parameters }} "
                                        + "{{ count.biases }} {{ count.neurons }} {{ count.layers }} {{ count.inputs }} {{ count.outputs }}")
                                .eachText()));
    }

    @Test
    void everyFormatPrints() {
        assertEquals("0.6", one("{{ h1 | 0.0 }}"));
        assertEquals("0.5987", one("{{ h1 | 0.0000 }}"));
        assertEquals("1", one("{{ h1 | int }}"));
        assertEquals("60%", one("{{ h1 | percent }}"));
        assertEquals("59.9%", one("{{ h1 | percent1 }}"));
        assertEquals("0.60", one("{{ h1 | sig2 }}"));
        assertEquals("0.59869", one("{{ h1 | sig5 }}"));
        assertEquals("0.598688", one("{{ h1 | sig6 }}"));
        assertEquals(Double.toString(sigmoid(0.4)), one("{{ h1 | full }}"));
        double improvement = new Namespace(TRACE).lookup("improvement").orElseThrow();
        assertEquals(Math.round(improvement * 100) + "%", one("{{ improvement | percent }}"));
    }

    @Test
    void countsCarryWholeNumbersAndAltTextGetsTheFormattedValue() {
        int n = DefaultDeck.network().iterations(); // a whole number: no ".0"
        assertEquals(
                "<p><data value=\"" + n + "\" data-ref=\"iterations\" data-formula=\"" + n + "\">"
                        + Precision.grouped(Integer.toString(n))
                        + "</data> <data value=\"4\" data-ref=\"count.weights\" data-formula=\"4\">4.0</data></p>\n",
                html("{{ iterations }} {{ count.weights | 0.0 }}"));
        assertEquals(
                "Loss 0.09 & more",
                Jsoup.parseBodyFragment(html("![Loss {{ loss | 0.00 }} & more](plot.png)"))
                        .selectFirst("img")
                        .attr("alt"));
    }

    @Test
    void escapedBracesAndCodeStayLiteral() {
        assertEquals("<p>{{ loss }}</p>\n", html("\\{{ loss }}"));
        assertEquals("<p><code>{{ loss }}</code></p>\n", html("`{{ loss }}`"));
        assertEquals(
                "<pre><code class=\"language-text\">{{ loss }}\n</code></pre>\n", html("```text\n{{ loss }}\n```"));
        assertEquals("<pre><code>{{ loss }}\n</code></pre>\n", html("    {{ loss }}"));
        assertEquals("<p>a { b } c</p>\n", html("a { b } c"));
    }

    @Test
    void rawHtmlPassesThroughAndComputedValuesAreEscapedData() {
        assertEquals(
                "<p>See <span class=\"k\">this</span> and <data value=\"0.1\" data-ref=\"learning_rate\""
                        + " data-formula=\"0.1\">0.1</data>.</p>\n",
                html("See <span class=\"k\">this</span> and {{ alpha }}."));
        assertEquals("<div class=\"note\">{{ loss }}</div>\n", html("<div class=\"note\">{{ loss }}</div>"));
        Element d = data("x {{ w2 }} y").get(0);
        assertEquals("−0.500", d.text());
        assertEquals("-0.5", d.attr("value"));
        assertEquals(0, d.children().size(), "a value is text, never markup");
    }

    @Test
    void markdownFeaturesWork() {
        String html = html("""
                Some *emphasis*, **strong**, a [link](https://example.org/a?b=1&c=2) and ![a cat](cat.png).

                - one {{ x1 }}
                - two

                1. first

                > quoted {{ x2 }}

                | name | value |
                |:-----|------:|
                | h1   | {{ h1 | 0.00 }} |
                | loss | {{ loss }} |
                """);
        var doc = Jsoup.parseBodyFragment(html);
        assertEquals("emphasis", doc.selectFirst("em").text());
        assertEquals("strong", doc.selectFirst("strong").text());
        assertEquals("https://example.org/a?b=1&c=2", doc.selectFirst("a").attr("href"));
        assertEquals("cat.png", doc.selectFirst("img").attr("src"));
        assertEquals("a cat", doc.selectFirst("img").attr("alt"));
        assertEquals("one 0.500", doc.selectFirst("ul li").text());
        assertEquals("first", doc.selectFirst("ol li").text());
        assertEquals("quoted 0.800", doc.selectFirst("blockquote").text());
        assertEquals(List.of("name", "value"), doc.select("thead th").eachText());
        assertEquals("0.60", doc.selectFirst("tbody tr td:eq(1) data").text());
        assertEquals("right", doc.selectFirst("tbody tr td:eq(1)").attr("align"));
        assertEquals(2, doc.select("tbody tr").size());
    }

    @Test
    void wordsAreCountedInTheRenderedText() {
        RenderedSlide s = TEXT.render(deck(slide("One", "The *loss* is {{ loss }} &amp; falls.\n\n- a b\n", 5)), TRACE)
                .get(0);
        assertEquals(7, s.words()); // The, loss, is, 0.0884, falls., a, b: the "&" is no word
    }

    @Test
    void aFormulaCountsAsOneWordPlusItsNumbers() {
        RenderedSlide s = TEXT.render(
                        deck(slide(
                                "One",
                                "So $\\frac{\\partial L}{\\partial w_3} = {{ grad.w3 }}$ here and $$z = 0.5 \\times 2$$\n",
                                5)),
                        TRACE)
                .get(0);
        // So, here, and; a formula with two numbers (the subscript 3, the gradient); one with two (0.5, 2)
        assertEquals(3 + (1 + 2) + (1 + 2), s.words());
    }

    @Test
    void unknownNameIsReportedAtItsLineAndColumn() {
        List<Problem> p = problems(deck(slide("One", "First line.\nThe gradient {{ grad.w5 }} here.\n", 10)));
        assertEquals(1, p.size());
        assertEquals(new SourcePosition(FILE, 11, 14), p.get(0).where());
        assertTrue(
                p.get(0).message().startsWith("unknown name 'grad.w5' in '{{ grad.w5 }}'; did you mean 'grad.w1'?"),
                p.get(0).message());
        assertTrue(
                p.get(0).message().contains("The neurons are x1, x2, h1, h2, yhat and the parameters w1, w2, w3, w4"));
    }

    @Test
    void unknownFormatListsTheFormats() {
        List<Problem> p = problems(deck(slide("One", "Loss {{ loss | pecrent }}", 3)));
        assertEquals(new SourcePosition(FILE, 3, 6), p.get(0).where());
        assertEquals(
                "unknown format 'pecrent' in '{{ loss | pecrent }}'; did you mean 'percent'? The formats are "
                        + "0.0, 0.00, 0.000, 0.0000, int, percent, percent1, sig2, sig3, sig4, sig5, sig6, full, "
                        + "or none for the precision policy (docs/reference.md#precision-policy)",
                p.get(0).message());
        assertTrue(p.get(0).toString().startsWith("content/backprop/deck.md:3:6: error: unknown format 'pecrent'"));
    }

    @Test
    void malformedAndUnclosedReferences() {
        List<Problem> p = problems(deck(slide("One", "a {{ }} b\n\nc {{ loss | }}\n\n  d {{ loss\n", 20)));
        assertEquals(3, p.size());
        assertEquals(new SourcePosition(FILE, 20, 3), p.get(0).where());
        assertTrue(
                p.get(0).message().startsWith("malformed reference '{{ }}'"),
                p.get(0).message());
        assertEquals(new SourcePosition(FILE, 22, 3), p.get(1).where());
        assertTrue(p.get(1).message().startsWith("malformed reference '{{ loss | }}'"));
        assertEquals(new SourcePosition(FILE, 24, 5), p.get(2).where());
        assertTrue(
                p.get(2).message().startsWith("'{{' is not closed on its line"),
                p.get(2).message());
    }

    @Test
    void referenceOnTheBodysFirstLineCountsFromItsColumn() {
        var s = new org.netdeck.content.Slide(
                "One",
                "x {{ nope }}",
                new SourcePosition(FILE, 4, 1),
                new SourcePosition(FILE, 4, 8),
                Optional.empty());
        assertEquals(new SourcePosition(FILE, 4, 10), problems(deck(s)).get(0).where());
    }

    @Test
    void everyProblemOfTheDeckComesInOneFailure() {
        List<Problem> p = problems(deck(
                slide("One", "{{ yhta }}\n", 5),
                slide("Two", "fine {{ loss }}\n\nthen {{ loss | pct }} and {{ count.weight }}\n", 9)));
        assertEquals(3, p.size());
        assertEquals("content/backprop/deck.md:5:1", p.get(0).where().toString());
        assertTrue(p.get(0).message().contains("; did you mean 'yhat'?"));
        assertEquals("content/backprop/deck.md:11:6", p.get(1).where().toString());
        assertEquals("content/backprop/deck.md:11:27", p.get(2).where().toString());
        assertTrue(p.get(2).message().contains("; did you mean 'count.weights'?"));
    }

    @Test
    void readingTimeIsRoundedUpToTenSeconds() {
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            words.append("word ");
        }
        Deck deck = deck(slide("Two words", words.toString(), 5)); // title 1 + summary 3 + 2 + 100 = 106 words
        List<RenderedSlide> slides = TEXT.render(deck, TRACE);
        assertEquals(100, slides.get(0).words());
        assertEquals(40, SlideText.readingSeconds(deck, slides)); // 106 words = 31.8 s → 40 s
        Deck small = deck(slide("T", "", 5)); // 1 + 3 + 1 = 5 words = 1.5 s → 10 s
        assertEquals(10, SlideText.readingSeconds(small, TEXT.render(small, TRACE)));
    }

    private static String fixed4(double value) {
        return String.format(Locale.ROOT, "%.4f", value).replace("-", "−");
    }

    /** A value known to be negative: "−" in front of its magnitude. */
    private static String minus(String formatted) {
        return formatted.startsWith("−") ? formatted : "−" + formatted;
    }

    @Test
    void notesAreRenderedApartWithTheirReferencesCheckedAtTheirLines() {
        Slide noted = new Slide(
                "Noted",
                "\nShown.\n\n\n",
                new SourcePosition(FILE, 9, 1),
                new SourcePosition(FILE, 10, 1),
                Optional.empty(),
                "\n\n\nThe loss is {{ loss | 0.00 }}.\n");
        RenderedSlide r = new SlideText().render(deck(noted), TRACE).get(0);
        assertEquals("<p>Shown.</p>\n", r.html());
        assertTrue(r.notesHtml().startsWith("<p>The loss is <data value="), r.notesHtml());
        assertEquals(1, r.words(), "notes do not count towards the reading time");

        Slide wrong = new Slide(
                "Noted",
                "\n",
                new SourcePosition(FILE, 9, 1),
                new SourcePosition(FILE, 10, 1),
                Optional.empty(),
                "\n\nSay {{ los }}.\n");
        BuildFailure f = assertThrows(BuildFailure.class, () -> new SlideText().render(deck(wrong), TRACE));
        assertEquals(new SourcePosition(FILE, 12, 5), f.problems().get(0).where());
    }

    @Test
    void eachSlidesTextAndNotesAreParsedOnceToCheckCollectAndRender() {
        // one parse per text gives its references' checks, its files and its HTML (issue 36: it was read again)
        List<String> parsed = new java.util.ArrayList<>();
        SlideText text = new SlideText(parsed::add);
        Slide plain = slide("One", "The loss is {{ loss }} and ![net](net.png).\n", 5);
        Slide noted = new Slide(
                "Two",
                "Hidden {{ h1 }}.\n\n\n",
                new SourcePosition(FILE, 8, 1),
                new SourcePosition(FILE, 9, 1),
                Optional.empty(),
                "\n\nSay [why](why.pdf).\n");
        List<RenderedSlide> rendered = text.render(deck(plain, noted), TRACE);
        assertEquals(List.of(plain.markdown(), noted.markdown(), noted.notes()), parsed);
        assertEquals(
                List.of("net.png", "why.pdf"),
                rendered.stream()
                        .flatMap(r -> r.files().stream())
                        .map(LocalFile::path)
                        .toList());
        assertTrue(
                rendered.get(1).notesHtml().contains("why.pdf"), rendered.get(1).notesHtml());
    }

    @Test
    void wordsAreCountedAsTheRegularExpressionsCountedThem() {
        // words() reads the HTML in one pass; these are the regular expressions it replaced (issue 36)
        java.util.regex.Pattern tag = java.util.regex.Pattern.compile("<[^>]*>|&[#A-Za-z0-9]+;");
        java.util.regex.Pattern math =
                java.util.regex.Pattern.compile("<math[ >].*?</math>", java.util.regex.Pattern.DOTALL);
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]");
        java.util.function.ToIntFunction<String> regex = text -> {
            int count = 0;
            java.util.regex.Matcher m = math.matcher(text);
            while (m.find()) {
                count += 1 + (m.group().split("<mn[ >]", -1).length - 1);
            }
            for (String token :
                    tag.matcher(m.reset().replaceAll(" ")).replaceAll(" ").split("\\s+")) {
                if (word.matcher(token).find()) {
                    count++;
                }
            }
            return count;
        };
        String[] pieces = {
            "<math>",
            "<math display=\"block\">",
            "</math>",
            "<mn>",
            "<mn ",
            "<mn",
            "<mi>x</mi>",
            "<",
            ">",
            "&amp;",
            "&#x2212;",
            "&",
            ";",
            "&ab",
            "a",
            "Ü",
            "٣",
            "Ⅻ",
            "½",
            "\uD835\uDC65",
            "\uD835",
            "-",
            ".",
            " ",
            "\t",
            "\n",
            "\u000B",
            "\f",
            "\r",
            "\u00A0",
            "<p>",
            "</p>",
            "<b a=\">\">",
            "<math",
            "mathx",
            "word",
            "42"
        };
        java.util.Random random = new java.util.Random(36);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertEquals(regex.applyAsInt(text.toString()), SlideText.words(text.toString()), text.toString());
        }
    }
}
