package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.content.Limits;
import org.netdeck.testing.Cli;
import org.netdeck.testing.HeavyNetworkDeck;

/** The landscapes' work is capped (issue 36): the build refuses, at the directive going over, before computing any. */
class LandscapeWorkLimitTest {

    @TempDir
    Path tmp;

    @Test
    void aLandscapeOverTheWorkLimitIsAnErrorAtItsDirective() throws Exception {
        String body = "## A\n\n<!-- diagram: landscape runs: deck -->\n\n## B\n\n<!-- diagram: landscape runs: lr_0_2"
                + " -->\n\n## C\n\n<!-- diagram: landscape runs: lr_0_3 -->\n\n## D\n\n<!-- diagram: landscape runs:"
                + " lr_0_4 -->\n";
        String text = HeavyNetworkDeck.text("{grid: 50, steps: 0}", body);
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("heavy"));
        Files.writeString(content.resolve("heavy/deck.md"), text);
        Cli.Run r = Cli.build(content, tmp.resolve("site"));
        assertEquals(1, r.status(), r.err());
        int line = text.lines().toList().indexOf("<!-- diagram: landscape runs: lr_0_4 -->") + 1;
        assertTrue(
                r.err().contains("heavy/deck.md:" + line + ":31: error: the landscapes are too much work: 4"), r.err());
        assertTrue(r.err().contains("more than the limit of " + Limits.MAX_LANDSCAPE_WORK), r.err());
        assertTrue(r.err().contains("give landscape a smaller grid (at most 49 points per side here)"), r.err());
    }
}
