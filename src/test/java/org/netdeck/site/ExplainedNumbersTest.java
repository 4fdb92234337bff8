package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.Arithmetic;
import org.netdeck.testing.BuiltSite;

/**
 * Every deck in content/, built: every number a reference writes carries its {@code data-formula}, whose arithmetic,
 * evaluated by the test's own {@link Arithmetic} (not the engine's code), gives the number shown to the precision
 * shown; every explanation the page embeds adds up from its operands, and walking from ∂L/∂w1 reaches the inputs.
 */
class ExplainedNumbersTest {

    /** A reference in a deck's text; formula references (label, sum, chain, update, ...) write TeX, not a number. */
    private static final Pattern REFERENCE = Pattern.compile("(?<!\\\\)\\{\\{\\s*([^\\s|{}]+)");

    private static final Set<String> FORMULAS = Set.of("label", "sum", "chain", "update", "matrix", "vector", "paths");

    private static final Set<String> WHOLE_FORMULAS =
            Set.of("prediction.label", "softmax.jacobian", "softmax.jacobian.symbols");

    @TempDir
    static Path tmp;

    private static BuiltSite site;
    private static List<String> decks;

    @BeforeAll
    static void build() throws IOException {
        site = BuiltSite.in(tmp);
        decks = site.decks();
        assertTrue(decks.containsAll(List.of("backprop", "optimizers")), decks.toString());
    }

    private static JsonNode explanations(Document page) throws IOException {
        Element script = page.getElementById("deck-explain");
        assertNotNull(script, "the page embeds its explanations");
        return new ObjectMapper().readTree(script.data());
    }

    @Test
    void everyReferencedNumberCarriesAFormulaThatGivesItToItsShownPrecision() throws IOException {
        int checked = 0;
        for (String deck : decks) {
            Document page = site.page(deck);
            JsonNode explained = explanations(page);
            String markdown = Files.readString(Path.of("content", deck, "deck.md"));
            String body = code(markdown.substring(markdown.indexOf("\n---", 3)));
            int references = 0;
            Matcher m = REFERENCE.matcher(body);
            while (m.find()) {
                String name = m.group(1);
                if (!WHOLE_FORMULAS.contains(name) && FORMULAS.stream().noneMatch(f -> name.startsWith(f + "."))) {
                    references++;
                }
            }
            Set<String> written = new java.util.HashSet<>(); // numbers the author writes, outside references
            Matcher literal = Pattern.compile("\\d+(?:\\.\\d+)?").matcher(body.replaceAll("\\{\\{[^}]*}}", " "));
            while (literal.find()) {
                written.add(literal.group());
            }
            List<Element> roots = new ArrayList<>(List.of(page.body()));
            for (Element t : page.select("template[data-notes]")) { // speaker notes, as escaped HTML
                roots.add(Jsoup.parseBodyFragment(t.wholeText()).body());
            }
            List<Element> numbers = new ArrayList<>();
            int prose = 0;
            int inFormulas = 0;
            for (Element root : roots) {
                for (Element e : root.select("[data-ref]")) {
                    if (!e.tagName().equals("svg") && e.closest("svg") != null) {
                        continue; // a diagram's label: checked by everyNumberADiagramDrawsOfAValue...
                    }
                    numbers.add(e);
                    prose += e.tagName().equals("data") ? 1 : 0;
                }
                for (Element e : root.select("data")) {
                    assertTrue(e.hasAttr("data-formula"), deck + ": " + e.outerHtml());
                }
                for (Element mn : root.select("math mn")) {
                    if (inScript(mn)) {
                        continue; // a subscript or an exponent: part of a symbol or of 10⁻⁷
                    }
                    Element holder = mn.closest("[data-formula]");
                    if (holder == null) {
                        // a formula's own constant (the 1 of 1 − ŷ, the 0 of an empty sum) is one digit, and the
                        // author's own numbers are in the deck's text; every number a reference writes carries
                        // data-formula, a formula reference's numbers too
                        assertTrue(
                                mn.text().matches("[\u2212-]?\\d")
                                        || written.contains(mn.text().replace("\u2212", "")),
                                deck + ": a number in math without data-formula: "
                                        + mn.parent().outerHtml());
                    } else if (!holder.tagName().equals("data")) {
                        inFormulas++;
                    }
                }
            }
            assertTrue(
                    numbers.size() >= references,
                    deck + ": every reference's number is explained: " + numbers.size() + " < " + references);
            if (Stream.of("sum", "chain", "update", "matrix", "vector", "paths")
                    .anyMatch(f -> body.contains("{{ " + f + "."))) {
                assertTrue(inFormulas > 0, deck + ": no formula reference's number is explained");
            }
            assertTrue(prose > 0, deck);
            for (Element e : numbers) {
                String ref = e.attr("data-ref");
                String formula = e.attr("data-formula");
                assertTrue(explained.has(ref), deck + ": no explanation of " + ref);
                double value = Arithmetic.evaluate(formula);
                Shown shown = Shown.parse(e.text());
                assertEquals(
                        shown.value,
                        value,
                        shown.tolerance,
                        deck + ": " + ref + " shows " + e.text() + " but data-formula \"" + formula + "\" gives "
                                + value);
                if (e.tagName().equals("data")) {
                    double full = Double.parseDouble(e.attr("value"));
                    assertEquals(full, value, 1e-9 * Math.max(1, Math.abs(full)), deck + ": " + ref + " = " + formula);
                }
                checked++;
            }
        }
        assertTrue(checked > 80, "numbers checked: " + checked);
    }

    /**
     * Every number a diagram on a slide draws of a value (a neuron's, a weight's or bias's label, a cell of the layers
     * step, a side line, a plot's point label, a caption's result after "=") is marked: the marked element's text is the
     * number alone, and its data-formula gives it to its shown precision; a name (w₃) or tick is not marked.
     */
    @Test
    void everyNumberADiagramDrawsOfAValueCarriesAFormulaThatGivesItToItsShownPrecision() throws IOException {
        int checked = 0;
        for (String deck : decks) {
            Document page = site.page(deck);
            JsonNode explained = explanations(page);
            Element defs = page.selectFirst("svg.diagram-defs");
            assertNotNull(defs, deck);
            for (Element text : defs.select("text")) {
                String cls = " " + text.attr("class") + " ";
                String shown = text.text();
                List<Element> marked = new ArrayList<>(text.select("[data-formula]")); // itself or a tspan in it
                boolean value = shown.matches(".*\\d\\.\\d.*")
                        && (cls.matches(".* (neuron-value|edge-label|bias-label|side-label|point-label) .*")
                                || (cls.contains(" cell-value ") && cls.contains(" part-")));
                if (value) {
                    assertEquals(
                            1, marked.size(), deck + ": a diagram's value without data-formula: " + text.outerHtml());
                }
                if (cls.contains(" caption ") && shown.matches(".*\\d\\.\\d.*")) {
                    // a caption's result ("= −0.0744", "loss L = 0.00154" of the training figure's checkpoint too)
                    Matcher result =
                            Pattern.compile("= ([−-]?[0-9][0-9.,]*);?$").matcher(shown);
                    if (result.find()) {
                        assertTrue(
                                marked.stream().anyMatch(e -> e.text().equals(result.group(1))),
                                deck + ": a caption's result without data-formula: " + text.outerHtml());
                    }
                }
                if (cls.contains(" legend ") && shown.contains("α = ")) { // a run's learning rate, given
                    assertEquals(1, marked.size(), deck + ": " + text.outerHtml());
                    assertTrue(
                            marked.get(0).attr("data-ref").matches("(runs\\.\\w+\\.)?learning_rate"),
                            deck + ": " + text.outerHtml());
                    assertTrue(explained.get(marked.get(0).attr("data-ref")).has("g"), deck + ": " + text.outerHtml());
                }
                if (cls.contains(" key-end ")) { // the key's ends: found by looking, explained in words
                    assertEquals(1, marked.size(), deck + ": " + text.outerHtml());
                    JsonNode end = explained.get(marked.get(0).attr("data-ref"));
                    assertEquals(end.get("v").asText(), marked.get(0).attr("data-formula"), deck);
                    assertTrue(
                            end.get("l").asText().matches("the (lowest|highest) loss the colour key covers: .*grid.*"));
                }
                if (cls.contains(" worked ") || shown.contains("add up to 1:")) {
                    // worked arithmetic: every number in it is marked, not the result alone
                    Matcher decimal = Pattern.compile("[−-]?\\d+\\.\\d+").matcher(shown);
                    int decimals = 0;
                    while (decimal.find()) {
                        decimals++;
                    }
                    assertEquals(decimals, marked.size(), deck + ": a worked number without data-formula: " + text);
                }
                if (!marked.isEmpty()) { // a value's label, never a name, a tick, an axis or a legend
                    assertTrue(
                            cls.matches(".* (neuron-value|edge-label|bias-label|side-label|point-label|cell-value"
                                    + "|caption|legend|key-end) .*"),
                            deck + ": " + text.outerHtml());
                }
                for (Element e : marked) {
                    String ref = e.attr("data-ref");
                    assertTrue(explained.has(ref), deck + ": no explanation of " + ref + " in " + text.outerHtml());
                    double v = Arithmetic.evaluate(e.attr("data-formula"));
                    Shown s = Shown.parse(e.text());
                    assertEquals(
                            s.value,
                            v,
                            s.tolerance,
                            deck + ": " + ref + " shows " + e.text() + " but data-formula \"" + e.attr("data-formula")
                                    + "\" gives " + v);
                    assertEquals(
                            Double.parseDouble(explained.get(ref).get("v").asText()),
                            v,
                            1e-9 * Math.max(1, Math.abs(v)),
                            deck + ": " + ref);
                    checked++;
                }
            }
        }
        assertTrue(checked > 100, "diagram numbers checked: " + checked);
    }

    /**
     * A worked caption's operands are named as the operands its result's explanation records, in their order (with a
     * data set, the first example's: the operands of the result's operand); a softmax caption's sum is each output's
     * probability in turn; the training figure's caption marks its loss as the trained loss.
     */
    @Test
    void aCaptionsWorkedNumbersAreTheOperandsItsResultsExplanationRecordsInTheirOrder() throws IOException {
        int checked = 0;
        for (String deck : decks) {
            Document page = site.page(deck);
            JsonNode explained = explanations(page);
            Element defs = page.selectFirst("svg.diagram-defs");
            for (Element text : defs.select("text.worked")) {
                List<String> refs = text.select("[data-ref]").eachAttr("data-ref");
                String part = text.className().replaceAll(".*\\bpart-(\\S+).*", "$1");
                List<String> operands =
                        refs.stream().filter(r -> !r.equals("grad." + part)).toList();
                if (operands.isEmpty()) {
                    continue; // a data set's first line: the mean, its example's product on the next line
                }
                JsonNode grad = explained.get("grad." + part);
                List<String> recorded = new ArrayList<>();
                grad.path("o").forEach(o -> recorded.add(o.asText()));
                if (!recorded.equals(operands)) { // a data set: the first example's gradient's operands
                    assertEquals(1, recorded.size(), deck + ": " + text.text() + " " + refs);
                    recorded.clear();
                    explained.get(grad.get("o").get(0).asText()).path("o").forEach(o -> recorded.add(o.asText()));
                }
                assertEquals(recorded, operands, deck + ": " + text.text());
                checked++;
            }
            for (Element text : defs.select("text.caption")) {
                if (text.text().contains("add up to 1:")) {
                    List<String> outputs = new ArrayList<>();
                    explained
                            .get("a.y1")
                            .path("o")
                            .forEach(o -> outputs.add(o.asText().replace("z.", "a.")));
                    assertEquals(outputs, text.select("[data-ref]").eachAttr("data-ref"), deck + ": " + text.text());
                    checked++;
                }
                if (text.hasClass("checkpoint-caption")) {
                    String ref = text.selectFirst("[data-ref]").attr("data-ref");
                    assertTrue(ref.matches("(runs\\.\\w+\\.)?trained\\.loss"), deck + ": " + ref);
                    checked++;
                }
            }
        }
        Element worked = site.page("backprop").selectFirst("svg.diagram-defs text.worked");
        assertEquals(
                List.of("delta.yhat", "a.h1", "grad.w3"),
                worked.select("[data-ref]").eachAttr("data-ref"),
                worked.text());
        assertEquals(
                List.of("−0.124", "0.599", "−0.0744"),
                worked.select("[data-ref]").eachText());
        assertTrue(checked > 20, "captions checked: " + checked);
    }

    @Test
    void everyEmbeddedExplanationAddsUpFromItsOperandsAndGivenOnesSayWhere() throws IOException {
        for (String deck : decks) {
            JsonNode explained = explanations(site.page(deck));
            explained.fields().forEachRemaining(entry -> {
                JsonNode e = entry.getValue();
                String template = e.get("f").asText();
                List<String> operands = new ArrayList<>();
                if (e.has("o")) {
                    e.get("o").forEach(o -> operands.add(o.asText()));
                }
                StringBuilder formula = new StringBuilder();
                Matcher slot = Pattern.compile("\\{(\\d+)}").matcher(template);
                while (slot.find()) {
                    JsonNode operand = explained.get(operands.get(Integer.parseInt(slot.group(1))));
                    assertNotNull(operand, deck + ": " + entry.getKey() + " uses an operand the page lacks");
                    slot.appendReplacement(formula, "(" + operand.get("v").asText() + ")");
                }
                slot.appendTail(formula);
                double v = Double.parseDouble(e.get("v").asText());
                assertEquals(
                        v,
                        Arithmetic.evaluate(formula.toString()),
                        1e-9 * Math.max(1, Math.abs(v)),
                        deck + ": " + entry.getKey() + " = " + formula);
                assertFalse(e.get("l").asText().isBlank(), entry.getKey());
                if (operands.isEmpty() && e.has("g")) {
                    assertTrue(
                            e.get("g")
                                    .asText()
                                    .matches("given in the deck's front matter, line \\d+"
                                            + "|given: netdeck's default, not written in the front matter"),
                            e.get("g").asText());
                }
            });
        }
    }

    @Test
    void walkingFromTheGradientOfW1ReachesTheInputsEachSayingWhereItIsGiven() throws IOException {
        JsonNode explained = explanations(site.page("backprop"));
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>(List.of("grad.w1"));
        while (!open.isEmpty()) {
            String n = open.pop();
            if (seen.add(n)) {
                explained.get(n).path("o").forEach(o -> open.add(o.asText()));
            }
        }
        assertTrue(
                seen.containsAll(List.of(
                        "delta.h1",
                        "grad.h1",
                        "w3",
                        "delta.yhat",
                        "a.yhat",
                        "z.h1",
                        "w1",
                        "input.x1",
                        "input.x2",
                        "target.yhat")),
                seen.toString());
        // the words name values as the deck typesets them, not by their ASCII names
        assertEquals(
                "the gradient with respect to w₃: the δ of ŷ times the activation w₃ carries",
                explained.get("grad.w3").get("l").asText());
        assertEquals("the loss, squared error", explained.get("loss").get("l").asText());
        String markdown = Files.readString(Path.of("content", "backprop", "deck.md"));
        int line = markdown.substring(0, markdown.indexOf("inputs:  {x1: 0.5")).split("\n", -1).length;
        assertEquals(
                "given in the deck's front matter, line " + line,
                explained.get("input.x1").get("g").asText());
    }

    /** Whether {@code e} is a script of a sub- or superscript (not its base): a symbol's index or an exponent. */
    private static boolean inScript(Element e) {
        for (Element at = e; at.parent() != null && !at.tagName().equals("math"); at = at.parent()) {
            if (at.parent().tagName().matches("msub|msup|msubsup|munder|mover|munderover")
                    && at.elementSiblingIndex() > 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code markdown} without its code (fenced blocks other than {@code ```math}, and code spans): text there. */
    private static String code(String markdown) {
        StringBuilder kept = new StringBuilder();
        String fence = null; // the open fence's info, or null outside one
        for (String line : markdown.split("\n", -1)) {
            String t = line.strip();
            if (t.startsWith("```")) {
                fence = fence == null ? t.substring(3).strip() : null;
                continue;
            }
            if (fence == null || fence.equals("math")) {
                kept.append(line.replaceAll("`[^`]*`", "")).append('\n');
            }
        }
        return kept.toString();
    }

    /** A number as the page shows it, and half a unit of its last digit. */
    private record Shown(double value, double tolerance) {

        static Shown parse(String text) {
            // a count past the plotted steps says so after the number: "3,441 (past the 2,000 plotted steps)"
            String t = text.strip()
                    .replaceFirst(" \\(past the [0-9,]+ plotted steps\\)$", "")
                    .replace('\u2212', '-')
                    .replace(",", "");
            double scale = 1;
            if (t.endsWith("%")) {
                t = t.substring(0, t.length() - 1);
                scale = 0.01;
            }
            int exponent = 0;
            StringBuilder plain = new StringBuilder(); // superscript digits as plain ones: 1.2×10⁻⁵ is 1.2×10-5
            for (char c : t.toCharArray()) {
                int sup = "⁰¹²³⁴⁵⁶⁷⁸⁹".indexOf(c);
                plain.append(c == '⁻' ? '-' : sup >= 0 ? (char) ('0' + sup) : c);
            }
            t = plain.toString().replace(" ", "");
            Matcher sci = Pattern.compile("(.*)×10\\^?(-?\\d+)").matcher(t);
            if (sci.matches()) {
                t = sci.group(1);
                exponent = Integer.parseInt(sci.group(2));
            }
            BigDecimal shown = new BigDecimal(t);
            double unit = Math.pow(10, -shown.scale() + exponent) * scale;
            return new Shown(shown.doubleValue() * Math.pow(10, exponent) * scale, unit / 2 * (1 + 1e-9));
        }
    }
}
