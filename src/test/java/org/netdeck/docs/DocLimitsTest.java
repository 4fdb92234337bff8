package org.netdeck.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.netdeck.cli.Main;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.content.Limits;
import org.netdeck.site.ContentTree;
import org.netdeck.text.SlideText;

/** The reference's limits table gives the numbers the code enforces, and no row the code does not back. */
class DocLimitsTest {

    private static final long MIB = 1024 * 1024;

    /** A constant that is not public, read as the code has it. */
    private static long constant(String className, String field) throws ReflectiveOperationException {
        Field f = Class.forName(className).getDeclaredField(field);
        f.setAccessible(true);
        return ((Number) f.get(null)).longValue();
    }

    private static String number(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    @Test
    void theLimitsTableHoldsTheCodesNumbers() throws ReflectiveOperationException {
        // each row's first cell, as the table starts it, and what its second cell must say
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("deck or `site.yml` file size", List.of(ContentTree.MAX_FILE_BYTES / MIB + " MiB"));
        expected.put(
                "front matter",
                List.of(
                        number(constant("org.netdeck.content.YamlTree", "MAX_CODE_POINTS")) + " characters",
                        constant("org.netdeck.content.YamlTree", "MAX_DEPTH") + " levels",
                        constant("org.netdeck.content.YamlTree", "MAX_ALIASES") + " aliases"));
        expected.put("layers in a network", List.of(number(Limits.MAX_LAYERS)));
        expected.put("neurons in one layer", List.of(number(Limits.MAX_NEURONS_PER_LAYER)));
        expected.put("weights in a network", List.of(number(Limits.MAX_WEIGHTS)));
        expected.put("characters in one number", List.of(number(Limits.MAX_NUMBER_CHARS)));
        expected.put("training iterations", List.of(number(NetworkSpec.MAX_ITERATIONS)));
        expected.put("examples in a data set", List.of(number(Limits.MAX_EXAMPLES)));
        expected.put("examples × iterations", List.of(number(NetworkSpec.MAX_EXAMPLE_STEPS)));
        expected.put("training work", List.of(number(Limits.MAX_TRAINING_WORK) + " multiply-adds"));
        expected.put("landscape grid", List.of(Limits.MAX_LANDSCAPE_GRID + " points per side"));
        expected.put("landscape diagrams of different runs", List.of(Limits.MAX_LANDSCAPE_PLANES + " per deck"));
        expected.put("landscape work", List.of(number(Limits.MAX_LANDSCAPE_WORK) + " multiply-adds"));
        expected.put("compare runs", List.of(number(Limits.MAX_COMPARE_RUNS)));
        expected.put("a named compare run's name", List.of(Limits.MAX_RUN_NAME + " characters"));
        expected.put("slides in a deck", List.of(number(Limits.MAX_SLIDES)));
        expected.put(
                "a file a slide's picture or link publishes",
                List.of(
                        constant("org.netdeck.site.DeckFiles", "MAX_BYTES") / MIB + " MiB each",
                        constant("org.netdeck.site.DeckFiles", "MAX_DECK_BYTES") / MIB + " MiB a deck"));
        expected.put("slides with a diagram", List.of(number(Limits.MAX_DIAGRAM_SLIDES)));
        expected.put("unclosed links", List.of(number(Limits.MAX_OPEN_LINK_SCAN) + " characters"));
        expected.put("nesting of one line", List.of(Limits.MAX_NESTING + " block quotes"));
        expected.put("indentation of one line", List.of(Limits.MAX_INDENT + " columns"));
        expected.put("Markdown density", List.of(number(Limits.MAX_MARKDOWN_WORK) + " steps"));
        expected.put(
                "landscape range",
                List.of(
                        "±" + number((long) Limits.MAX_LANDSCAPE_RANGE),
                        "at least "
                                + new java.math.BigDecimal(Limits.MIN_LANDSCAPE_WIDTH)
                                        .round(new java.math.MathContext(1))
                                        .toPlainString()
                                + " wide"));
        expected.put(
                "`steps_to` searches",
                List.of(number(NetworkSpec.MAX_ITERATIONS), NetworkSpec.MAX_EXAMPLE_STEPS + " / N"));
        expected.put("reference problems described per deck", List.of(number(SlideText.MAX_DETAILED_PROBLEMS)));
        expected.put("problems printed per build", List.of(number(Main.MAX_PROBLEMS_PRINTED)));
        expected.put(
                "requests `serve` answers at once",
                List.of(number(constant("org.netdeck.serve.LiveServer", "MAX_THREADS"))));
        expected.put(
                "a request's line and headers in `serve`",
                List.of(constant("org.netdeck.serve.HttpFront", "MAX_HEAD_BYTES") / 1024 + " KiB"));
        expected.put(
                "connections `serve` keeps open",
                List.of(String.valueOf(constant("org.netdeck.serve.HttpFront", "MAX_CONNECTIONS"))));
        expected.put(
                "slow decks `serve` sets aside in one rebuild",
                List.of(number(constant("org.netdeck.serve.LiveSite", "MAX_SLOW_RETRIES"))));

        String limits = Docs.section(Path.of("docs/reference.md"), "Limits");
        List<String> wrong = new ArrayList<>();
        List<String> rows = limits.lines()
                .filter(l -> l.startsWith("| ") && !l.startsWith("| limit ") && !l.startsWith("| ---"))
                .toList();
        for (String row : rows) {
            String[] cells = row.split(" \\| ");
            String limit = cells[0].substring(2);
            var match = expected.entrySet().stream()
                    .filter(e -> limit.startsWith(e.getKey()))
                    .findFirst();
            if (match.isEmpty()) {
                wrong.add("a row no code backs (add it to this test): " + limit);
                continue;
            }
            expected.remove(match.get().getKey());
            for (String number : match.get().getValue()) {
                if (!cells[1].contains(number)) {
                    wrong.add(limit + ": says '" + cells[1] + "', the code '" + number + "'");
                }
            }
        }
        expected.keySet().forEach(k -> wrong.add("no row for the limit: " + k));
        assertEquals(List.of(), wrong);
    }
}
