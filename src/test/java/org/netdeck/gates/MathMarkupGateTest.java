package org.netdeck.gates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.math.TexToMathMlTest;
import org.netdeck.site.SiteBuild;
import org.netdeck.testing.Gate;

/** Gate 1 for math: a deck page holding every formula of the TeX table, inline and display, is valid HTML. */
@Gate
class MathMarkupGateTest {

    private static final String FRONT = """
            ---
            title: Math
            summary: Every formula the TeX table translates.
            network:
              layers:
                - {name: input,  neurons: [x1]}
                - {name: output, neurons: [yhat], activation: sigmoid}
              weights:
                w1: {from: x1, to: yhat, value: -0.8}
              loss: squared_error
              learning_rate: 0.1
              inputs:  {x1: 0.5}
              targets: {yhat: 1.0}
              iterations: 10
            ---

            ## Formulas

            A price of $5 and $10 stays text; $\\hat y = {{ yhat | 0.000 }}$ and $w_1 = {{ w1 }}$ are math.

            ```math
            \\begin{aligned} \\frac{\\partial L}{\\partial w_1} &= {{ grad.w1 | 0.0000 }} \\\\ &= \\class{negative}{x} \\end{aligned}
            ```

            """;

    @TempDir
    Path tmp;

    @Test
    void aPageWithEveryFormulaValidates() throws IOException {
        String formulas = TexToMathMlTest.cases()
                .filter(c -> c.offset() < 0 && !c.tex().contains("{{"))
                .map(c -> (c.display() ? "$$" : "$") + c.tex() + (c.display() ? "$$" : "$"))
                .collect(Collectors.joining("\n\n"));
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("math"));
        Files.writeString(content.resolve("math/deck.md"), FRONT + formulas + "\n");
        Path site = tmp.resolve("site");
        SiteBuild.build(content, Optional.of(Sites.TEMPLATES), site);
        Path page = site.resolve("math/index.html");
        String html = Files.readString(page);
        assertTrue(html.split("<math", -1).length > 120, "too few formulas on the page");
        assertTrue(
                java.util.regex.Pattern.compile("<mn data-ref=\"[^\"]+\"[^>]*>−0\\.800</mn>")
                        .matcher(html)
                        .find(),
                "a negative reference in math, at the precision policy's 3 decimals, explained (data-ref)");
        assertTrue(html.contains("A price of $5 and $10 stays text"), "prices stay text");
        assertEquals(List.of(), NuChecker.check(page));
    }
}
