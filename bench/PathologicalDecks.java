import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes one content folder per pathological Markdown case, for {@code bench/pathological.sh}: each
 * {@code OUT/CASE/content/d/deck.md} is a one-slide deck (the smallest network) whose slide is the case's text, at
 * most the deck file's size limit (1 MiB). The cases are issue 36's (F1) and others of the same kind: inputs on which
 * a Markdown reader that scans ahead from every position takes quadratic time. Plain Java, no dependencies.
 *
 * <pre>{@code java bench/PathologicalDecks.java OUT_DIR}</pre>
 */
public final class PathologicalDecks {

    static final String FRONT = """
            ---
            title: Case
            network:
              layers:
                - {name: input, neurons: [x]}
                - {name: output, neurons: [y], activation: sigmoid}
              weights:
                w: {from: x, to: y, value: 0.5}
              loss: squared_error
              learning_rate: 0.1
              inputs: {x: 1.0}
              targets: {y: 1.0}
              iterations: 10
            ---

            ## Case

            """;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("brackets-16667", "[a]".repeat(16_667));
        cases.put("comments-10000", "<!-- ".repeat(10_000));
        StringBuilder ticks = new StringBuilder();
        for (int n = 1; ticks.length() < 200_000; n++) {
            ticks.append("`".repeat(n)).append('a');
        }
        cases.put("backtick-runs-200k", ticks.toString());
        StringBuilder defs = new StringBuilder();
        for (int i = 0; i < 10_000; i++) {
            defs.append("[r").append(i).append("]: /u").append(i).append('\n');
        }
        defs.append('\n');
        for (int i = 0; i < 10_000; i += 7) {
            defs.append("[r").append(i).append("] ");
        }
        cases.put("refdefs-10000", defs.toString());
        cases.put("quotes-500k", ">".repeat(500_000));
        cases.put("quotes-1m", ">".repeat(1_000_000));
        cases.put("images-missing-10000", "![a](missing.png) ".repeat(10_000));
        cases.put("images-present-10000", "![a](p.png) ".repeat(10_000));
        // invented
        StringBuilder lists = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            lists.append("  ".repeat(i)).append("- a\n");
        }
        cases.put("nested-lists-700", lists.toString());
        cases.put("nested-list-markers-300k", "- ".repeat(150_000));
        cases.put("emphasis-200k", "*a _".repeat(50_000));
        cases.put("open-brackets-200k", "[".repeat(100_000) + "]".repeat(100_000));
        cases.put("references-open-100k", "{{ ".repeat(33_000));
        cases.put("dollars-200k", "$a ".repeat(70_000));
        cases.put("html-open-200k", "<a ".repeat(70_000));
        cases.put("autolinks-open-200k", "<http://a ".repeat(20_000));
        cases.put("link-parens-200k", "[a](" + "(".repeat(200_000));
        StringBuilder table = new StringBuilder("|a".repeat(5_000)).append("|\n").append("|-".repeat(5_000)).append("|\n");
        for (int i = 0; i < 10; i++) {
            table.append("|b".repeat(5_000)).append("|\n");
        }
        cases.put("table-5000-columns", table.toString());
        cases.put("entities-300k", "&#".repeat(150_000));
        cases.put("directive-spaces-500k", "<!-- diagram: landscape runs: a" + " ".repeat(500_000) + "b -->");
        cases.put("display-math-open-100k", "$$ ".repeat(33_000));
        // invented in session 17: emphasis nested 50,000 deep in one paragraph; and the heaviest legal slides: 300 of
        // them (the limit), 50 with a diagram (the limit), each ~3 KB of every kind of mark, notes that try to end
        // their template, a table and display math
        cases.put("nested-emphasis-200k", "*_".repeat(50_000) + "a" + "_*".repeat(50_000));
        StringBuilder full = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            full.append(i == 0 ? "" : "\n## Slide " + i + "\n\n");
            if (i % 6 == 0) {
                full.append("<!-- diagram: forward -->\n\n");
            }
            for (int p = 0; p < 6; p++) {
                full.append("Some *emphasis*, **strong**, `code`, a [link](https://example.com/")
                        .append(p)
                        .append("), an ![image](p.png), $x^2 + y_1$, &amp; {{ loss }} and <b>bold</b> text. ".repeat(4))
                        .append("\n\n");
            }
            full.append("| a | b | c |\n|---|---|---|\n| 1 | 2 | 3 |\n\n$$\\sum_i w_i x_i$$\n\n");
            full.append(":::notes\n</template><script>alert(1)</script><!-- ").append("note ".repeat(100)).append("\n:::\n");
        }
        cases.put("slides-300-full", full.toString());
        for (var c : cases.entrySet()) {
            Path deck = out.resolve(c.getKey()).resolve("content/d");
            Files.createDirectories(deck);
            String text = FRONT + c.getValue() + "\n";
            if (text.length() > 1_048_000) {
                text = text.substring(0, 1_048_000);
            }
            Files.writeString(deck.resolve("deck.md"), text, StandardCharsets.UTF_8);
            if (c.getKey().startsWith("images-present") || c.getKey().startsWith("slides-")) {
                Files.write(deck.resolve("p.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            }
        }
    }
}
