package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.problem.BuildFailure;
import org.netdeck.testing.TinySite;

class ContentTreeTest {

    @TempDir
    Path tmp;

    @Test
    void readsDecksInSortedOrderAndTheSiteSettings() {
        Path c = TinySite.write(
                tmp.resolve("content"),
                Map.of(
                        "zeta/deck.md",
                        "z",
                        "alpha/deck.md",
                        "a",
                        "mid-2/deck.md",
                        "m",
                        "site.yml",
                        "title: t\n",
                        ".hidden/deck.md",
                        "ignored",
                        "README.md",
                        "not a deck"));
        ContentTree tree = ContentTree.read(c);
        assertEquals(
                List.of("alpha", "mid-2", "zeta"),
                tree.decks().stream().map(ContentTree.DeckSource::slug).toList());
        assertEquals("a", tree.decks().get(0).file().text());
        assertEquals("title: t\n", tree.siteConfig().orElseThrow().text());
    }

    @Test
    void reportsEveryUnusableFileWithItsPath() throws IOException {
        Path c = TinySite.write(tmp.resolve("content"), Map.of("empty-folder/notes.txt", "x", "Bad Name/deck.md", "x"));
        Files.createDirectories(c.resolve("bin"));
        Files.write(c.resolve("bin/deck.md"), new byte[] {'-', '-', '-', 0, 1, 2});
        Files.createDirectories(c.resolve("latin"));
        Files.write(c.resolve("latin/deck.md"), new byte[] {'c', 'a', 'f', (byte) 0xE9});
        Files.createDirectories(c.resolve("huge"));
        Files.write(c.resolve("huge/deck.md"), new byte[10 * 1024 * 1024]);
        BuildFailure f = assertThrows(BuildFailure.class, () -> ContentTree.read(c));
        String m = f.getMessage();
        assertTrue(
                m.contains("content/Bad Name: error: a deck folder's name becomes its URL") && m.contains("'bad-name'"),
                m);
        assertTrue(m.contains("content/bin/deck.md: error: this is a binary file"), m);
        assertTrue(m.contains("content/empty-folder: error: this deck folder has no deck.md"), m);
        assertTrue(m.contains("content/huge/deck.md: error: the file is 10.0 MiB"), m);
        assertTrue(m.contains("content/latin/deck.md: error: the file is not valid UTF-8"), m);
        assertEquals(5, f.problems().size());
    }

    @Test
    void aDeckMdOrSiteYmlThatIsNotAFileIsNamedAndNeverRead() throws IOException {
        Path c = Files.createDirectories(tmp.resolve("content"));
        Files.createDirectories(c.resolve("folder/deck.md"));
        Files.createDirectories(c.resolve("link"));
        Files.createSymbolicLink(c.resolve("link/deck.md"), c.resolve("link/gone.md"));
        Files.createSymbolicLink(c.resolve("site.yml"), c.resolve("gone.yml"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> ContentTree.read(c));
        String m = f.getMessage();
        assertTrue(m.contains("content/folder/deck.md: error: deck.md is not a regular file (it is a folder)"), m);
        assertTrue(m.contains("content/link/deck.md: error: deck.md is not a regular file (it is a broken link)"), m);
        assertTrue(m.contains("content/site.yml: error: site.yml is not a regular file (it is a broken link)"), m);
        assertEquals(3, f.problems().size(), m);
    }

    @Test
    void aLinkToADeckFolderOrFileThatExistsIsAnErrorAndIsNeverRead() throws IOException {
        Path outside = Files.createDirectories(tmp.resolve("outside/deck"));
        Files.writeString(outside.resolve("deck.md"), "SECRET");
        Files.writeString(tmp.resolve("outside/site.yml"), "SECRET");
        Path c = Files.createDirectories(tmp.resolve("content"));
        Files.createSymbolicLink(c.resolve("linked"), outside);
        Files.createDirectories(c.resolve("file"));
        Files.createSymbolicLink(c.resolve("file/deck.md"), outside.resolve("deck.md"));
        Files.createSymbolicLink(c.resolve("site.yml"), tmp.resolve("outside/site.yml"));
        Files.createSymbolicLink(c.resolve("notes.txt"), tmp.resolve("outside/site.yml")); // not a folder: ignored
        BuildFailure f = assertThrows(BuildFailure.class, () -> ContentTree.read(c));
        String m = f.getMessage();
        assertTrue(
                m.contains("content/linked: error: this deck folder is a symbolic link to " + outside
                        + "; content is read as regular folders and files only"),
                m);
        assertTrue(
                m.contains("content/file/deck.md: error: deck.md is not a regular file (it is a symbolic link to "
                        + outside.resolve("deck.md") + "); content is read as regular files only"),
                m);
        assertTrue(m.contains("content/site.yml: error: site.yml is not a regular file (it is a symbolic link to "), m);
        assertTrue(m.contains("Replace the link with a copy of the file"), m);
        assertEquals(3, f.problems().size(), m);
        assertTrue(!m.contains("SECRET"), m);
    }

    @Test
    void theContentFolderItselfMayBeALink() throws IOException {
        Path real = Files.createDirectories(tmp.resolve("real/one"));
        Files.writeString(real.resolve("deck.md"), "text");
        Path link = Files.createSymbolicLink(tmp.resolve("content"), real.getParent());
        ContentTree tree = ContentTree.read(link);
        assertEquals(1, tree.decks().size());
        assertEquals("one", tree.decks().get(0).slug());
    }

    @Test
    void anEmptyContentFolderIsAnError() throws IOException {
        Files.createDirectories(tmp.resolve("content"));
        BuildFailure f = assertThrows(BuildFailure.class, () -> ContentTree.read(tmp.resolve("content")));
        assertTrue(f.getMessage().contains("there are no decks here"), f.getMessage());
    }
}
