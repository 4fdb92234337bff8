package org.netdeck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.site.SiteBuild;
import org.netdeck.testing.Cli;
import org.netdeck.testing.Cli.Run;

class NewCommandTest {

    @TempDir
    Path tmp;

    @Test
    void theNewDeckBuildsAtOnceWithComputedValuesAndDiagrams() throws IOException {
        Path content = tmp.resolve("content");
        Run r = Cli.run("new", "first-steps", "--content", content.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(
                r.out().startsWith("Created " + content.toString().replace('\\', '/') + "/first-steps/deck.md"),
                r.out());
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
        assertEquals(
                0,
                Cli.run("new", "q", "--content", content.toString(), "--title", "Loss: \"why\" \\ how")
                        .status());
        SiteBuild.build(content, Optional.empty(), tmp.resolve("site"));
        String page = Files.readString(tmp.resolve("site/q/index.html"));
        assertTrue(
                page.contains(">Loss: &quot;why&quot; \\ how</h1>")
                        || page.contains(">Loss: &#34;why&#34; \\ how</h1>"),
                page);
    }

    @Test
    void refusesToOverwriteADeck() throws IOException {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("mine"));
        Files.writeString(content.resolve("mine/deck.md"), "my work");
        Run r = Cli.run("new", "mine", "--content", content.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("mine/deck.md: error: a deck named 'mine' already exists"), r.err());
        assertEquals("my work", Files.readString(content.resolve("mine/deck.md")));
    }

    @Test
    void aDanglingLinkAtTheDeckPathIsNamedAsALinkAndNothingIsWritten() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content/mine"));
        Path gone = tmp.resolve("elsewhere/gone.md");
        Files.createSymbolicLink(content.resolve("deck.md"), gone);
        Run r = Cli.run("new", "mine", "--content", content.getParent().toString());
        assertEquals(1, r.status());
        assertTrue(
                r.err().contains("mine/deck.md: error: this is a symbolic link to " + gone + ", which does not exist;"),
                r.err());
        assertTrue(r.err().contains("Remove the link"), r.err());
        assertFalse(r.err().contains("already exists"), r.err());
        assertFalse(Files.exists(gone) || Files.exists(gone.getParent()), "nothing written through the link");
    }

    @Test
    void aLinkedDeckFolderOrAFileInTheWayIsNamed() throws IOException {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(content.resolve("linked"), elsewhere);
        Files.writeString(content.resolve("plain"), "a file");
        Run linked = Cli.run("new", "linked", "--content", content.toString());
        assertEquals(1, linked.status());
        assertTrue(linked.err().contains("linked: error: this is a symbolic link to " + elsewhere + ";"), linked.err());
        assertFalse(Files.exists(elsewhere.resolve("deck.md")), "nothing written through the link");
        Run file = Cli.run("new", "plain", "--content", content.toString());
        assertEquals(1, file.status());
        assertTrue(file.err().contains("plain: error: this is a file, not a deck folder"), file.err());
        assertEquals("a file", Files.readString(content.resolve("plain")));
    }

    @Test
    void aBadSlugIsAUsageError() {
        Path content = tmp.resolve("content");
        for (String slug : List.of("Bad_Slug", "a/b", "..", "ünï", "x".repeat(65))) {
            Run r = Cli.run("new", slug, "--content", content.toString());
            assertEquals(2, r.status(), slug);
            assertTrue(r.err().contains("lower-case letters, digits and '-'"), r.err());
        }
        assertTrue(Cli.run("new", "Bad_Slug", "--content", content.toString())
                .err()
                .contains("'bad-slug'"));
        Run reserved = Cli.run("new", "assets", "--content", content.toString());
        assertEquals(2, reserved.status());
        assertTrue(reserved.err().contains("'assets' cannot be a deck's name"), reserved.err());
        assertFalse(Files.exists(content), "nothing written");
        assertEquals(2, Cli.run("new").status(), "a slug is required");
        assertEquals(
                2,
                Cli.run("new", "--content", content.toString(), "-dash").status(),
                "read as an option, still a usage error");
    }

    @Test
    void yamlQuotingAndTitles() {
        assertEquals("\"a \\\"b\\\" \\\\ c: d\"", NewCommand.yamlQuoted("a \"b\" \\ c: d"));
        assertEquals("Gradient descent", NewCommand.titleOf("gradient-descent"));
    }
}
