package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.site.SiteBuild;

class NewCommandTest {

    @TempDir
    Path tmp;

    private record Run(int status, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void theNewDeckBuildsAtOnceWithComputedValuesAndDiagrams() throws IOException {
        Path content = tmp.resolve("content");
        Run r = run("new", "first-steps", "--content", content.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("Created " + content.toString().replace('\\', '/') + "/first-steps/deck.md"), r.out());
        SiteBuild.Result built = SiteBuild.build(content, Optional.empty(), tmp.resolve("site"));
        assertEquals(List.of("first-steps"), built.decks());
        String page = Files.readString(tmp.resolve("site/first-steps/index.html"));
        assertTrue(page.contains(">First steps</h1>"), "the title comes from the slug");
        assertEquals(4, page.split("data-slide=\"[1-9]").length - 1, "four slides after the title slide");
        assertTrue(page.contains("diagram-architecture") && page.contains("diagram-training"));
        assertFalse(page.contains("{{"), "every reference was bound");
    }

    @Test
    void aTitleWithQuotesAndColonsIsKeptExactly() throws IOException {
        Path content = tmp.resolve("content");
        assertEquals(0, run("new", "q", "--content", content.toString(), "--title", "Loss: \"why\" \\ how").status());
        SiteBuild.build(content, Optional.empty(), tmp.resolve("site"));
        String page = Files.readString(tmp.resolve("site/q/index.html"));
        assertTrue(page.contains(">Loss: &quot;why&quot; \\ how</h1>") || page.contains(">Loss: &#34;why&#34; \\ how</h1>"), page);
    }

    @Test
    void refusesToOverwriteADeck() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("mine"));
        Files.writeString(content.resolve("mine/deck.md"), "my work");
        Run r = run("new", "mine", "--content", content.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("mine/deck.md: error: a deck named 'mine' already exists"), r.err());
        assertEquals("my work", Files.readString(content.resolve("mine/deck.md")));
    }

    @Test
    void aBadSlugIsAUsageError() {
        Path content = tmp.resolve("content");
        for (String slug : List.of("Bad_Slug", "a/b", "..", "ünï", "x".repeat(65))) {
            Run r = run("new", slug, "--content", content.toString());
            assertEquals(2, r.status(), slug);
            assertTrue(r.err().contains("lower-case letters, digits and '-'"), r.err());
        }
        assertTrue(run("new", "Bad_Slug", "--content", content.toString()).err().contains("'bad-slug'"));
        assertFalse(Files.exists(content), "nothing written");
        assertEquals(2, run("new").status(), "a slug is required");
        assertEquals(2, run("new", "--content", content.toString(), "-dash").status(), "read as an option, still a usage error");
    }

    @Test
    void yamlQuotingAndTitles() {
        assertEquals("\"a \\\"b\\\" \\\\ c: d\"", NewCommand.yamlQuoted("a \"b\" \\ c: d"));
        assertEquals("Gradient descent", NewCommand.titleOf("gradient-descent"));
    }
}
