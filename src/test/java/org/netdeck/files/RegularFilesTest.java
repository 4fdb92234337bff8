package org.netdeck.files;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegularFilesTest {

    @TempDir
    Path dir;

    @Test
    void readsARegularFileBelowItsFolder() throws Exception {
        Files.createDirectories(dir.resolve("img"));
        Files.writeString(dir.resolve("img/net.png"), "PICTURE");
        assertArrayEquals("PICTURE".getBytes(UTF_8), RegularFiles.read(dir, List.of("img", "net.png"), 100));
        assertArrayEquals("PICTURE".getBytes(UTF_8), RegularFiles.read(dir.resolve("img/net.png"), 100));
        assertArrayEquals(new byte[0], emptyFile());
    }

    private byte[] emptyFile() throws Exception {
        Files.write(dir.resolve("empty"), new byte[0]);
        return RegularFiles.read(dir, List.of("empty"), 0);
    }

    @Test
    void refusesALinkAsTheFileOrAnywhereOnTheWay() throws Exception {
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "SECRET");
        try {
            Files.createSymbolicLink(dir.resolve("pic.png"), secret);
            Files.createSymbolicLink(dir.resolve("img"), secret.getParent());
            var file = assertThrows(RegularFiles.Refused.class, () -> RegularFiles.read(dir, List.of("pic.png"), 100));
            assertEquals(RegularFiles.Refused.Kind.LINK, file.kind());
            assertEquals(dir.resolve("pic.png"), file.at());
            var folder = assertThrows(
                    RegularFiles.Refused.class,
                    () -> RegularFiles.read(
                            dir, List.of("img", secret.getFileName().toString()), 100));
            assertEquals(RegularFiles.Refused.Kind.LINK, folder.kind());
            assertEquals(dir.resolve("img"), folder.at());
        } finally {
            Files.delete(secret);
        }
    }

    @Test
    void namesEachOtherTrouble() throws Exception {
        Files.createDirectories(dir.resolve("folder"));
        Files.writeString(dir.resolve("file"), "12345");
        assertEquals(RegularFiles.Refused.Kind.MISSING, refused(List.of("gone")));
        assertEquals(RegularFiles.Refused.Kind.MISSING, refused(List.of("gone", "x")));
        assertEquals(RegularFiles.Refused.Kind.FOLDER, refused(List.of("folder")));
        assertEquals(RegularFiles.Refused.Kind.NOT_A_FOLDER, refused(List.of("file", "x")));
        var big = assertThrows(RegularFiles.Refused.class, () -> RegularFiles.read(dir, List.of("file"), 4));
        assertEquals(RegularFiles.Refused.Kind.TOO_LARGE, big.kind());
        assertEquals(5, big.size());
        assertThrows(IllegalArgumentException.class, () -> RegularFiles.read(dir, List.of(".."), 4));
        assertThrows(IllegalArgumentException.class, () -> RegularFiles.read(dir, List.of("a/b"), 4));
    }

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", dir.resolve("pipe").toString()).start();
        if (mkfifo.waitFor() != 0) {
            return; // no mkfifo on this system
        }
        assertEquals(RegularFiles.Refused.Kind.SPECIAL, refused(List.of("pipe")));
    }

    /** F12: a second name of a file its owner keeps private is refused; a public one is read. */
    @Test
    void aHardLinkToAPrivateFileIsRefused() throws Exception {
        Path original = Files.writeString(dir.resolve("private.txt"), "PRIVATE");
        Files.setPosixFilePermissions(original, PosixFilePermissions.fromString("rw-------"));
        Files.createLink(dir.resolve("pic.png"), original);
        var r = assertThrows(RegularFiles.Refused.class, () -> RegularFiles.read(dir, List.of("pic.png"), 100));
        assertEquals(RegularFiles.Refused.Kind.PRIVATE_HARD_LINK, r.kind());
        assertEquals("2 names", r.getMessage());
        Files.setPosixFilePermissions(original, PosixFilePermissions.fromString("rw-r--r--"));
        assertArrayEquals("PRIVATE".getBytes(UTF_8), RegularFiles.read(dir, List.of("pic.png"), 100));
    }

    /**
     * F4: a picture swapped between a regular file and a link (by rename, as an attacker would) while it is read
     * over and over never gives the link's target. Checking a path with lstat and reading it again by name leaked
     * the target within a few hundred reads.
     */
    @Test
    void aLinkSwappedInWhileReadingIsNeverFollowed() throws Exception {
        Path secret = Files.writeString(Files.createTempFile("secret", ".txt"), "SECRET");
        Path picture = dir.resolve("pic.png");
        Path plain = dir.resolve("plain.tmp");
        Path link = dir.resolve("link.tmp");
        Files.writeString(picture, "PICTURE");
        AtomicBoolean stop = new AtomicBoolean();
        Thread swapper = new Thread(() -> {
            try {
                while (!stop.get()) {
                    Files.createSymbolicLink(link, secret);
                    Files.move(link, picture, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    Files.writeString(plain, "PICTURE");
                    Files.move(plain, picture, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
        swapper.start();
        int read = 0;
        int refused = 0;
        try {
            for (int i = 0; i < 3000; i++) {
                try {
                    byte[] bytes = RegularFiles.read(dir, List.of("pic.png"), 100);
                    assertEquals("PICTURE", new String(bytes, UTF_8), "read " + i);
                    read++;
                } catch (RegularFiles.Refused r) {
                    assertTrue(
                            r.kind() == RegularFiles.Refused.Kind.LINK
                                    || r.kind() == RegularFiles.Refused.Kind.CHANGED
                                    || r.kind() == RegularFiles.Refused.Kind.MISSING,
                            r.kind() + " " + r.getMessage());
                    refused++;
                }
            }
        } finally {
            stop.set(true);
            swapper.join();
            Files.delete(secret);
        }
        assertEquals(3000, read + refused);
    }

    private RegularFiles.Refused.Kind refused(List<String> segments) {
        return assertThrows(RegularFiles.Refused.class, () -> RegularFiles.read(dir, segments, 100))
                .kind();
    }
}
