package org.netdeck.diagram;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.netdeck.compute.Trace;
import org.netdeck.testing.DefaultDeck;
import org.netdeck.testing.OptimizersDeck;

/**
 * The default deck's standalone SVGs (and the landscape of content/optimizers) against src/test/resources/golden/&lt;step&gt;.svg,
 * and a softmax classifier's against golden/softmax/&lt;step&gt;.svg, line by line. After an
 * intended change, look at the new PNGs under target/diagrams/, then rewrite the goldens with
 * {@code mvn test -Dtest=GoldenDiagramsTest -Dnetdeck.updateGolden=true} and review the git diff.
 */
class GoldenDiagramsTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");

    @Test
    void defaultDeckMatchesTheGoldenFiles() throws IOException {
        List<Diagram> diagrams = new ArrayList<>(Diagrams.drawAll(DefaultDeck.trace()));
        diagrams.add(landscape()); // the default deck has none: the second deck's
        compare(diagrams, GOLDEN);
    }

    /** A softmax classifier's network steps (the outputs' box, the true class's loss, ŷ − y) under golden/softmax/. */
    @Test
    void aSoftmaxClassifierMatchesTheGoldenFiles() throws IOException {
        compare(Diagrams.drawAll(DiagramsTest.softmaxTrace()), GOLDEN.resolve("softmax"));
    }

    /** Each diagram's standalone SVG against {@code folder/<step>.svg}, or rewritten there with the property set. */
    private static void compare(List<Diagram> diagrams, Path folder) throws IOException {
        boolean update = Boolean.getBoolean("netdeck.updateGolden");
        StringBuilder failures = new StringBuilder();
        for (Diagram d : diagrams) {
            Path file = folder.resolve(d.fileName());
            if (update) {
                Files.createDirectories(folder);
                Files.writeString(file, d.standalone(), StandardCharsets.UTF_8);
                continue;
            }
            assertTrue(Files.exists(file), file + " is missing: run with -Dnetdeck.updateGolden=true to create it");
            String difference = firstDifference(Files.readString(file, StandardCharsets.UTF_8), d.standalone());
            if (difference != null) {
                failures.append(file).append(": ").append(difference).append('\n');
            }
        }
        if (failures.length() > 0) {
            fail("diagrams differ from the golden files (if intended: mvn test -Dtest=GoldenDiagramsTest"
                    + " -Dnetdeck.updateGolden=true)\n" + failures);
        }
    }

    /** The landscape step of content/optimizers, the deck that draws one. */
    static Diagram landscape() {
        Trace trace = OptimizersDeck.trace();
        Layout layout = Diagrams.layout(trace, OptimizersDeck.landscape(trace));
        return SvgWriter.write(layout);
    }

    /** The first differing line of two texts, with its number, or null when they are equal. */
    static String firstDifference(String expected, String actual) {
        List<String> e = expected.lines().toList();
        List<String> a = actual.lines().toList();
        for (int i = 0; i < Math.max(e.size(), a.size()); i++) {
            String el = i < e.size() ? e.get(i) : "<end of file>";
            String al = i < a.size() ? a.get(i) : "<end of file>";
            if (!el.equals(al)) {
                return "line " + (i + 1) + "\n  golden: " + el + "\n  actual: " + al;
            }
        }
        return expected.equals(actual) ? null : "line endings or final newline differ";
    }

    @Test
    void reportsTheFirstDifferingLine() {
        assertTrue(firstDifference("a\nb\nc\n", "a\nx\nc\n").startsWith("line 2\n  golden: b\n  actual: x"));
        assertTrue(firstDifference("a\n", "a\nb\n").contains("golden: <end of file>"));
        assertTrue(firstDifference("a\n", "a\n") == null);
    }
}
