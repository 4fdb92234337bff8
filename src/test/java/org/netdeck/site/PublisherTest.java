package org.netdeck.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.testing.Trees;

class PublisherTest {

    @TempDir
    Path tmp;

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Names in {@code dir}, sorted. */
    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void replacesTheWholeFolder() throws Exception {
        Path out = tmp.resolve("site");
        Publisher.publish(Map.of("a.txt", b("1"), "d/b.txt", b("2")), out);
        Publisher.publish(Map.of("c.txt", b("3")), out);
        assertEquals(
                Set.of("c.txt", OutputFolder.MARKER), Trees.tree(out).keySet(), "files of the previous build are gone");
        assertEquals("3", Files.readString(out.resolve("c.txt")));
        assertEquals(List.of(".site.lock", "site"), names(tmp), "no temporary folder left, only the lock file");
    }

    /** The file's identity (device and inode on Linux). */
    private static Object inode(Path file) throws Exception {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                .fileKey();
    }

    @Test
    void aFileWithTheSameBytesIsKeptAndTheRestAreWrittenWithoutTouchingThePreviousSite() throws Exception {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        Path out = tmp.resolve("site");
        Publisher.publish(Map.of("same.txt", b("kept"), "d/changed.txt", b("old"), "twice.txt", b("first")), out);
        Object same = inode(out.resolve("same.txt"));
        Object changed = inode(out.resolve("d/changed.txt"));
        Publisher.publish(out, sink -> {
            sink.write("same.txt", b("kept"));
            sink.write("d/changed.txt", b("new"));
            sink.write("twice.txt", b("first")); // linked to the previous file ...
            sink.write("twice.txt", b("second")); // ... then replaced: the previous file must not change
            sink.write("added.txt", b("added"));
            // until the swap the previous site is exactly as it was
            try {
                assertEquals("old", Files.readString(out.resolve("d/changed.txt")));
                assertEquals("first", Files.readString(out.resolve("twice.txt")));
                assertEquals(
                        Set.of("same.txt", "d/changed.txt", "twice.txt", OutputFolder.MARKER),
                        Trees.tree(out).keySet());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(
                Set.of("same.txt", "d/changed.txt", "twice.txt", "added.txt", OutputFolder.MARKER),
                Trees.tree(out).keySet());
        assertEquals("kept", Files.readString(out.resolve("same.txt")));
        assertEquals("new", Files.readString(out.resolve("d/changed.txt")));
        assertEquals("second", Files.readString(out.resolve("twice.txt")));
        assertEquals(same, inode(out.resolve("same.txt")), "the same bytes: the same file, not a new one");
        assertFalse(changed.equals(inode(out.resolve("d/changed.txt"))), "new bytes: a new file");
        assertEquals(1, Files.getAttribute(out.resolve("same.txt"), "unix:nlink"), "the previous site's name is gone");
        assertEquals(List.of(".site.lock", "site"), names(tmp));
    }

    @Test
    void aFileWithAnotherNameOrOtherPermissionsIsWrittenAfresh() throws Exception {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("unix"));
        Path out = tmp.resolve("site");
        Publisher.publish(Map.of("linked.txt", b("same"), "private.txt", b("same")), out);
        Path elsewhere = tmp.resolve("elsewhere.txt");
        Files.createLink(elsewhere, out.resolve("linked.txt")); // the user's own second name for it
        Files.setPosixFilePermissions(out.resolve("private.txt"), Set.of(PosixFilePermission.OWNER_READ));
        Publisher.publish(Map.of("linked.txt", b("same"), "private.txt", b("same")), out);
        assertFalse(inode(elsewhere).equals(inode(out.resolve("linked.txt"))), "never shared with a file outside");
        assertEquals(1, Files.getAttribute(elsewhere, "unix:nlink"));
        assertTrue(
                Files.getPosixFilePermissions(out.resolve("private.txt")).contains(PosixFilePermission.OWNER_WRITE),
                "published with the permissions a new file gets, not the previous file's");
        assertEquals("same", Files.readString(out.resolve("private.txt")));
    }

    @Test
    void aPathOutsideTheSiteIsRefusedAndNothingChanges() throws Exception {
        Path out = tmp.resolve("site");
        Publisher.publish(Map.of("a.txt", b("1")), out);
        assertThrows(IllegalArgumentException.class, () -> Publisher.publish(Map.of("../evil.txt", b("x")), out));
        assertEquals(Set.of("a.txt", OutputFolder.MARKER), Trees.tree(out).keySet());
        assertEquals(List.of(".site.lock", "site"), names(tmp));
    }

    @Test
    void everySiteHoldsTheMarkerAndAnEmptyFolderIsAccepted() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("empty"));
        Publisher.publish(Map.of("a.txt", b("1")), out);
        assertTrue(Files.readString(out.resolve(OutputFolder.MARKER)).contains("built by netdeck"));
    }

    @Test
    void aNonEmptyFolderWithoutTheMarkerIsRefusedAndKept() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("mine"));
        Files.writeString(out.resolve("thesis.tex"), "years of work");
        OutputFolder.Refused e =
                assertThrows(OutputFolder.Refused.class, () -> Publisher.publish(Map.of("a.txt", b("1")), out));
        assertTrue(
                e.getMessage().contains("is not empty and was not made by netdeck (it has no .netdeck-site file)"),
                e.getMessage());
        assertEquals(List.of("thesis.tex"), names(out));
        assertEquals(List.of("mine"), names(tmp));
        // a marker that is a link, or a folder, does not count
        Files.createSymbolicLink(out.resolve(OutputFolder.MARKER), out.resolve("thesis.tex"));
        assertThrows(OutputFolder.Refused.class, () -> Publisher.publish(Map.of("a.txt", b("1")), out));
        assertEquals("years of work", Files.readString(out.resolve("thesis.tex")));
    }

    @Test
    void aFileIsRefused() throws Exception {
        Path out = Files.writeString(tmp.resolve("notes"), "mine");
        OutputFolder.Refused e =
                assertThrows(OutputFolder.Refused.class, () -> Publisher.publish(Map.of("a.txt", b("1")), out));
        assertTrue(e.getMessage().contains("is a file, not a folder"), e.getMessage());
        assertEquals("mine", Files.readString(out));
    }

    @Test
    void theRootFolderIsRefused() {
        for (Path root : FileSystems.getDefault().getRootDirectories()) {
            OutputFolder.Refused e =
                    assertThrows(OutputFolder.Refused.class, () -> Publisher.publish(Map.of("a.txt", b("1")), root));
            assertTrue(e.getMessage().contains("is the root folder"), e.getMessage());
        }
    }

    @Test
    void aLinkToAFolderIsPublishedIntoAndKept() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("www/site"));
        Path link = Files.createSymbolicLink(tmp.resolve("site"), real);
        Publisher.publish(Map.of("a.txt", b("1")), link);
        Publisher.publish(Map.of("b.txt", b("2")), link);
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals(real, Files.readSymbolicLink(link));
        assertEquals(List.of("b.txt", OutputFolder.MARKER).stream().sorted().toList(), names(real));
        assertEquals(
                List.of(".site.lock", "site"),
                names(real.getParent()),
                "temporary folders beside the target, then gone");
        assertEquals(List.of("site", "www"), names(tmp));
    }

    @Test
    void aLinkToNowhereIsRefusedWithWhereItPoints() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("site"), tmp.resolve("gone"));
        OutputFolder.Refused e =
                assertThrows(OutputFolder.Refused.class, () -> Publisher.publish(Map.of("a.txt", b("1")), link));
        assertTrue(
                e.getMessage().contains("is a link to a folder that does not exist ('" + tmp.resolve("gone") + "')"),
                e.getMessage());
        assertTrue(Files.isSymbolicLink(link));
        assertFalse(Files.exists(tmp.resolve("gone")));
    }

    @Test
    void leftoversOfAKilledBuildAreDeletedByTheNextBuild() throws Exception {
        Path out = tmp.resolve("site");
        Publisher.publish(Map.of("a.txt", b("1")), out);
        Files.createDirectories(tmp.resolve(".site.tmp-1234/d"));
        Files.writeString(tmp.resolve(".site.tmp-1234/d/x.html"), "half written");
        Files.createDirectories(tmp.resolve(".site.old-99"));
        Files.writeString(tmp.resolve(".site.old-99/index.html"), "an older site");
        Files.createDirectories(tmp.resolve(".other.tmp-1")); // another output's: not ours to delete
        Publisher.publish(Map.of("b.txt", b("2")), out);
        assertEquals(List.of(".other.tmp-1", ".site.lock", "site"), names(tmp));
        assertEquals(Set.of("b.txt", OutputFolder.MARKER), Trees.tree(out).keySet());
    }

    @Test
    void concurrentPublishesIntoOneFolderLeaveExactlyOneWholeSiteAndNoCopies() throws Exception {
        Path out = tmp.resolve("site");
        int builds = 8;
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < builds; i++) {
                String v = Integer.toString(i);
                done.add(pool.submit(
                        () -> Publisher.publish(Map.of("a.txt", b(v), "d/b.txt", b(v), "d/e/c.txt", b(v)), out)));
            }
            for (Future<?> f : done) {
                f.get(); // every publish succeeded: none reported a failure
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of(".site.lock", "site"), names(tmp), "no .site.tmp-* or .site.old-* copies");
        Map<String, byte[]> tree = Trees.tree(out);
        assertEquals(Set.of("a.txt", "d/b.txt", "d/e/c.txt", OutputFolder.MARKER), tree.keySet());
        String a = new String(tree.get("a.txt"), StandardCharsets.UTF_8);
        assertEquals(a, new String(tree.get("d/b.txt"), StandardCharsets.UTF_8), "one build's files, not a mix");
        assertEquals(a, new String(tree.get("d/e/c.txt"), StandardCharsets.UTF_8), "one build's files, not a mix");
    }

    @Test
    void publishedFoldersAndFilesGetTheUmasksPermissionsLikeAFreshSibling() throws Exception {
        Assumptions.assumeTrue(
                FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "a POSIX file system");
        Path out = tmp.resolve("site");
        Publisher.publish(Map.of("d/a.txt", b("1")), out);
        Path folder = Files.createDirectory(tmp.resolve("fresh-folder"));
        Path file = Files.writeString(tmp.resolve("fresh-file"), "x");
        Set<PosixFilePermission> dirPerms = Files.getPosixFilePermissions(folder);
        Set<PosixFilePermission> filePerms = Files.getPosixFilePermissions(file);
        assertTrue(dirPerms.contains(PosixFilePermission.OWNER_EXECUTE), "sanity: " + dirPerms);
        assertEquals(dirPerms, Files.getPosixFilePermissions(out, LinkOption.NOFOLLOW_LINKS), "the site folder");
        assertEquals(dirPerms, Files.getPosixFilePermissions(out.resolve("d")), "a folder in the site");
        assertEquals(filePerms, Files.getPosixFilePermissions(out.resolve("d/a.txt")), "a file");
        assertEquals(filePerms, Files.getPosixFilePermissions(out.resolve(OutputFolder.MARKER)), "the marker");
    }
}
