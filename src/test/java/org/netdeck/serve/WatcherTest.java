package org.netdeck.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netdeck.site.Publisher;

/** The watcher's contract, held by both kinds of events: the JDK's native ones (inotify here) and polling. */
abstract class WatcherTest {

    /** The events under test. */
    abstract Watcher.Kind kind();

    /** Native events, as {@code serve} uses them on Linux and Windows. */
    static final class Native extends WatcherTest {
        @Override
        Watcher.Kind kind() {
            return Watcher.Kind.AUTO;
        }
    }

    /** Polling, as on macOS (and wherever {@code -Dnetdeck.watch=poll} asks for it). */
    static final class Polling extends WatcherTest {
        @Override
        Watcher.Kind kind() {
            return Watcher.Kind.POLLING;
        }
    }

    @TempDir
    Path tmp;

    private final BlockingQueue<Set<Path>> changes = new LinkedBlockingQueue<>();
    private final Set<Path> seen = new HashSet<>();
    private Watcher watcher;

    @AfterEach
    void close() {
        if (watcher != null) {
            watcher.close();
        }
    }

    private Path watch() throws IOException {
        return watch(Duration.ofMillis(30));
    }

    private Path watch(Duration quiet) throws IOException {
        Path root = Files.createDirectories(tmp.resolve("content/deck"));
        watcher = Watcher.start(List.of(tmp.resolve("content")), quiet, changes::add, kind());
        return root.getParent().toAbsolutePath();
    }

    private Set<Path> next() throws InterruptedException {
        Set<Path> c = changes.poll(LiveClient.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        assertTrue(c != null, "no change reported");
        seen.addAll(c);
        return c;
    }

    /** Waits for reports until one names {@code path}. */
    private void awaitChange(Path path) throws InterruptedException {
        while (!next().contains(path)) {
            // an earlier burst; keep waiting
        }
    }

    @Test
    void aBurstOfWritesIsOneReport() throws Exception {
        Path root = watch(Duration.ofMillis(250)); // generous: a busy machine may pause between the writes
        Path deck = root.resolve("deck/deck.md");
        for (int i = 0; i < 5; i++) {
            Files.writeString(deck, "edit " + i);
        }
        Set<Path> first = next();
        assertEquals(Set.of(deck), first);
        assertEquals(null, changes.poll(600, TimeUnit.MILLISECONDS), "one report for the burst");
    }

    @Test
    void newFoldersAreWatched() throws Exception {
        Path root = watch();
        Path fresh = Files.createDirectories(root.resolve("fresh"));
        awaitChange(fresh);
        Path file = Files.writeString(fresh.resolve("deck.md"), "x");
        awaitChange(file);
    }

    @Test
    void aRootDeletedAndBackIsWatchedAgainAndItsNeighboursAreIgnored() throws Exception {
        Path root = watch();
        Files.writeString(tmp.resolve("beside.txt"), "not watched");
        Publisher.deleteQuietly(root);
        awaitChange(root);
        Files.createDirectories(root.resolve("deck"));
        awaitChange(root);
        Path file = Files.writeString(root.resolve("deck/deck.md"), "back");
        awaitChange(file);
        assertTrue(seen.stream().noneMatch(p -> p.endsWith("beside.txt")), seen.toString());
        assertTrue(seen.contains(root.resolve("deck")), seen.toString());
    }

    @Test
    void aFolderMovedInWholeIsReportedWithWhatItHoldsAndWatched() throws Exception {
        Path root = watch();
        Path outside = Files.createDirectories(tmp.resolve("elsewhere/moved/notes"));
        Files.writeString(outside.getParent().resolve("deck.md"), "made before it was watched");
        Files.writeString(outside.resolve("a.txt"), "deeper");
        Path moved = Files.move(outside.getParent(), root.resolve("moved"));
        // no event was raised inside it: the scan of the new folder reports what it found
        awaitChange(moved.resolve("notes/a.txt"));
        assertTrue(seen.contains(moved.resolve("deck.md")), seen.toString());
        Path later = Files.writeString(moved.resolve("notes/b.txt"), "edited once watched");
        awaitChange(later);
    }

    @Test
    void aSymlinkedRootIsFollowed() throws Exception {
        Path real = Files.createDirectories(tmp.resolve("real/deck"));
        Path link = Files.createSymbolicLink(tmp.resolve("content"), real.getParent());
        watcher = Watcher.start(List.of(link), Duration.ofMillis(30), changes::add, kind());
        Path file = Files.writeString(link.resolve("deck/deck.md"), "edited through the link");
        awaitChange(file.toAbsolutePath());
        Path fresh = Files.createDirectories(link.resolve("fresh"));
        awaitChange(fresh.toAbsolutePath());
        Path inFresh = Files.writeString(fresh.resolve("deck.md"), "x");
        awaitChange(inFresh.toAbsolutePath());
    }

    @Test
    void aLinkLoopIsWatchedOnceAndDoesNotHang() throws Exception {
        Path root = watch();
        Files.createSymbolicLink(root.resolve("deck/loop"), root);
        Path file = Files.writeString(root.resolve("deck/deck.md"), "still watched");
        awaitChange(file);
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheWatching() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("content/deck"));
        watcher = Watcher.start(
                List.of(root.getParent()),
                Duration.ofMillis(30),
                c -> {
                    changes.add(c);
                    throw new OutOfMemoryError("a rebuild ran out of memory");
                },
                kind());
        Path deck = root.resolve("deck.md").toAbsolutePath();
        Files.writeString(deck, "first");
        awaitChange(deck);
        Path other = Files.writeString(root.resolve("other.md"), "second").toAbsolutePath();
        awaitChange(other);
    }
}
