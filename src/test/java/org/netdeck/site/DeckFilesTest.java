package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.render.Theme;
import org.netdeck.testing.OneDeck;
import org.netdeck.text.LocalFile;

/**
 * A slide's images and links to files of its deck's folder: published beside the page (and kept in the site serve
 * holds in memory); a missing file, a symbolic link or a file too large is an error at the image or link, and the
 * previous site stays as it was.
 */
class DeckFilesTest {

    private static final Path TEMPLATES = Path.of("templates");

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 0};

    private static String deck(String slide) {
        return OneDeck.TEXT + "\n## Pictures\n\n" + slide + "\n";
    }

    @Test
    void theFilesASlidePointsToArePublishedBesideItsPage(@TempDir Path dir) throws IOException {
        Path content = OneDeck.write(
                dir.resolve("content"),
                deck("![Net](img/net.png) ![Again](./img/net.png?v=2) [the data](my%20data.csv)\n\n"
                        + "[trace](trace.json) [home](../) [web](https://example.org/x.png) ![mine](diagrams/mine.png)"
                        + " [page](index.html)"));
        Files.createDirectories(content.resolve("one/img"));
        Files.write(content.resolve("one/img/net.png"), PNG);
        Files.writeString(content.resolve("one/my data.csv"), "x,y\n1,2\n");
        Files.writeString(content.resolve("one/unused.txt"), "not published");
        Files.createDirectories(content.resolve("one/diagrams"));
        Files.write(content.resolve("one/diagrams/mine.png"), PNG);
        Files.writeString(content.resolve("one/trace.json"), "{\"mine\": true}"); // the build's own trace.json wins
        Path out = dir.resolve("site");
        SiteBuild.build(content, Optional.of(TEMPLATES), out);
        assertArrayEquals(PNG, Files.readAllBytes(out.resolve("one/img/net.png")));
        assertEquals("x,y\n1,2\n", Files.readString(out.resolve("one/my data.csv")));
        assertFalse(Files.exists(out.resolve("one/unused.txt")), "only what a slide points to is published");
        assertArrayEquals(PNG, Files.readAllBytes(out.resolve("one/diagrams/mine.png")));
        assertTrue(Files.readString(out.resolve("one/trace.json")).contains("\"network\""));
        assertTrue(Files.readString(out.resolve("one/index.html")).contains("src=\"img/net.png\""));

        // serve builds the same files in memory, and a changed picture is read again though deck.md (and so the
        // deck serve keeps) is unchanged
        SiteAssembler serve = new SiteAssembler(Theme.load(Optional.of(TEMPLATES)));
        SiteAssembler.Site site = serve.assemble(ContentTree.read(content));
        assertArrayEquals(PNG, site.files().get("one/img/net.png"));
        assertTrue(site.files().containsKey("one/my data.csv"));
        byte[] changed = PNG.clone();
        changed[PNG.length - 1] = 7;
        Files.write(content.resolve("one/img/net.png"), changed);
        assertArrayEquals(
                changed, serve.assemble(ContentTree.read(content)).files().get("one/img/net.png"));
    }

    @Test
    void aMissingPictureIsReportedWithTheDecksOtherProblems(@TempDir Path dir) {
        Path content = OneDeck.write(
                dir.resolve("content"),
                deck("{{ yhta }} ![Gone](gone.png)").replace("learning_rate: 0.1", "learning_rate: fast"));
        List<Problem> p = assertThrows(
                        BuildFailure.class, () -> SiteBuild.build(content, Optional.of(TEMPLATES), dir.resolve("site")))
                .problems();
        int line = OneDeck.TEXT.split("\n", -1).length + 3;
        assertEquals(2, p.size(), p::toString); // the learning rate stops the deck before its text is checked
        assertEquals(10, p.get(0).where().line(), p::toString);
        assertTrue(p.get(1).message().startsWith("the image 'gone.png' is not in the deck's folder"), p::toString);
        assertEquals(line, p.get(1).where().line());
        assertEquals(20, p.get(1).where().column());

        OneDeck.write(content, deck("{{ yhta }} ![Gone](gone.png)"));
        List<Problem> q = assertThrows(
                        BuildFailure.class, () -> SiteBuild.build(content, Optional.of(TEMPLATES), dir.resolve("site")))
                .problems();
        assertEquals(2, q.size(), q::toString);
        assertTrue(q.get(0).message().startsWith("unknown name 'yhta'"), q::toString);
        assertTrue(q.get(1).message().startsWith("the image 'gone.png'"), q::toString);
    }

    @Test
    void serveReportsAMissingPictureWhereItIsNowThoughItsSlideWasKept(@TempDir Path dir) {
        Path content = OneDeck.write(dir.resolve("content"), deck("![Gone](gone.png)"));
        SiteAssembler serve = new SiteAssembler(Theme.load(Optional.of(TEMPLATES)));
        int line = OneDeck.TEXT.split("\n", -1).length + 3;
        List<Problem> first = assertThrows(BuildFailure.class, () -> serve.assemble(ContentTree.read(content)))
                .problems();
        assertEquals(line, first.get(0).where().line(), first::toString);
        // three lines more on the slide above: the picture's slide is unchanged, so serve keeps its text
        OneDeck.write(
                content,
                deck("![Gone](gone.png)").replace("The output is {{ y }}.", "The output is {{ y }}.\n\nMore.\n"));
        List<Problem> second = assertThrows(BuildFailure.class, () -> serve.assemble(ContentTree.read(content)))
                .problems();
        assertEquals(line + 3, second.get(0).where().line(), second::toString);
        assertEquals(9, second.get(0).where().column());
    }

    @Test
    void aMissingLinkedOrHugeFileFailsTheBuildAtItsPlaceAndKeepsThePreviousSite(@TempDir Path dir) throws IOException {
        Path content = OneDeck.write(dir.resolve("content"), deck("![Net](net.png)"));
        Files.write(content.resolve("one/net.png"), PNG);
        Path out = dir.resolve("site");
        SiteBuild.build(content, Optional.of(TEMPLATES), out);
        byte[] page = Files.readAllBytes(out.resolve("one/index.html"));

        Files.createSymbolicLink(content.resolve("one/link.png"), content.resolve("one/net.png"));
        try (RandomAccessFile huge =
                new RandomAccessFile(content.resolve("one/huge.png").toFile(), "rw")) {
            huge.setLength(DeckFiles.MAX_BYTES + 1); // sparse: nothing is written
        }
        Files.createDirectories(content.resolve("one/folder.png"));
        OneDeck.write(
                content,
                deck("![Net](net.png) ![Gone](gone.png)\n\n[pdf](notes/talk.pdf)\n\n![Link](link.png) ![Huge](huge.png)"
                        + " ![Folder](folder.png)"));
        int deckLine = OneDeck.TEXT.split("\n", -1).length + 3; // after a blank line, "## Pictures" and a blank one
        List<Problem> p = assertThrows(BuildFailure.class, () -> SiteBuild.build(content, Optional.of(TEMPLATES), out))
                .problems();
        assertEquals(5, p.size(), p::toString);
        assertTrue(p.get(0).message().startsWith("the image 'gone.png' is not in the deck's folder"), p::toString);
        assertEquals(deckLine, p.get(0).where().line());
        assertEquals(25, p.get(0).where().column());
        assertTrue(
                p.get(1).message().startsWith("the linked file 'notes/talk.pdf' is not in the deck's folder"),
                p::toString);
        assertEquals(deckLine + 2, p.get(1).where().line());
        assertTrue(p.get(2).message().contains("goes through a symbolic link"), p::toString);
        assertTrue(
                p.get(3)
                        .message()
                        .startsWith(
                                "the image 'huge.png' is 20971521 bytes (20 MiB and 1 byte); a deck publishes files of at most 20"),
                p::toString);
        assertTrue(p.get(4).message().contains("is not a regular file (it is a folder)"), p::toString);
        assertArrayEquals(
                page, Files.readAllBytes(out.resolve("one/index.html")), "the previous site is left as it was");
        assertArrayEquals(PNG, Files.readAllBytes(out.resolve("one/net.png")));

        // six files of 19 MiB each are over the 100 MiB a deck may publish: the sixth is the problem
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 6; i++) {
            try (RandomAccessFile f =
                    new RandomAccessFile(content.resolve("one/p" + i + ".png").toFile(), "rw")) {
                f.setLength(19L * 1024 * 1024); // sparse: nothing is written, but reading gives 19 MiB of zeros
            }
            many.append("![P").append(i).append("](p").append(i).append(".png) ");
        }
        OneDeck.write(content, deck(many.toString()));
        List<Problem> q = assertThrows(BuildFailure.class, () -> SiteBuild.build(content, Optional.of(TEMPLATES), out))
                .problems();
        assertEquals(1, q.size(), q::toString);
        assertTrue(
                q.get(0)
                        .message()
                        .startsWith("the image 'p6.png' would take the files this deck publishes past 100 MiB"),
                q::toString);
    }

    /**
     * F4 (a second audit): a picture swapped between a regular file and a link to a secret, by rename, while the
     * deck's files are read over and over (as serve does on every save) never publishes the secret; each read
     * gives the picture or an error at the image.
     */
    @Test
    void aPictureSwappedForALinkWhileServingNeverPublishesItsTarget(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        Path folder = Files.createDirectories(dir.resolve("deck"));
        Path picture = Files.write(folder.resolve("pic.png"), PNG);
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread swapper = new Thread(() -> {
            try {
                while (!stop.get()) {
                    Files.createSymbolicLink(dir.resolve("link.tmp"), secret);
                    Files.move(dir.resolve("link.tmp"), picture, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                    Files.write(dir.resolve("plain.tmp"), PNG);
                    Files.move(dir.resolve("plain.tmp"), picture, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        List<LocalFile> wanted = List.of(new LocalFile(
                "pic.png", new org.netdeck.problem.SourcePosition(folder.resolve("deck.md"), 3, 1), true));
        swapper.start();
        try {
            for (int i = 0; i < 2000; i++) {
                try {
                    assertArrayEquals(PNG, DeckFiles.read(folder, wanted).get("pic.png"), "read " + i);
                } catch (BuildFailure e) {
                    String message = e.problems().get(0).message();
                    assertTrue(
                            message.contains("symbolic link") || message.contains("replaced while it was read"),
                            message);
                }
            }
        } finally {
            stop.set(true);
            swapper.join();
        }
    }
}
