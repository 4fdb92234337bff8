package org.netdeck.site;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.SourcePosition;

/**
 * Writes a finished site: every file into a fresh temporary folder beside the target, then swaps the
 * folder into place. Until the swap the previous output is untouched, so a failed build leaves it
 * exactly as it was.
 *
 * <p>The target must pass {@link OutputFolder}'s rule (checked again here, under the lock). Builds into the
 * same target are serialised by a lock on {@code .<name>.lock} beside it; the first thing a build does
 * under the lock is delete the {@code .<name>.tmp-*} and {@code .<name>.old-*} folders a killed build left.
 * Folders are made with {@link Files#createDirectory} and files with {@link Files#write}, so they get the
 * permissions of the user's umask (not the owner-only ones of a temporary directory).
 */
public final class Publisher {

    private Publisher() {}

    /**
     * Publishes {@code files} (site-relative path with '/' → bytes) as the whole content of {@code out},
     * plus the {@link OutputFolder#MARKER} file. If {@code out} is a link to a folder, the site is published into
     * that folder and the link is kept.
     *
     * @return how many files were written, the marker included
     * @throws OutputFolder.Refused when {@code out} must not be replaced
     */
    public static int publish(Map<String, byte[]> files, Path out) {
        return publish(out, sink -> files.forEach(sink::write));
    }

    /** Writes a site's files, one at a time, through the sink it is given. */
    @FunctionalInterface
    public interface Producer {
        void produce(SiteAssembler.FileSink sink);
    }

    /**
     * Publishes what {@code producer} writes as the whole content of {@code out}, plus the marker: each file goes
     * straight into the temporary folder, so the site is never held in memory whole. If the producer throws (a
     * {@link BuildFailure}, say), the temporary folder is deleted and {@code out} is left exactly as it was.
     *
     * @return how many files were written, the marker included
     * @throws OutputFolder.Refused when {@code out} must not be replaced
     */
    public static int publish(Path out, Producer producer) {
        Path target = OutputFolder.check(out, Map.of());
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path temp = null;
        Path lockFile = parent.resolve("." + name + ".lock");
        boolean newLock = !Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS);
        try {
            Files.createDirectories(parent);
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock lock = acquire(channel)) {
                deleteLeftovers(parent, name);
                OutputFolder.checkContents(out, target);
                temp = createFresh(parent, "." + name + ".tmp-");
                Folder folder = new Folder(temp);
                try {
                    producer.produce(folder::write);
                } catch (BuildFailure f) {
                    if (newLock) { // a failed first build leaves nothing beside the output, as before it started
                        Files.deleteIfExists(lockFile);
                    }
                    throw f;
                }
                Files.writeString(temp.resolve(OutputFolder.MARKER), OutputFolder.MARKER_TEXT, StandardCharsets.UTF_8);
                swap(temp, target, parent, name, out);
                temp = null;
                return folder.written.size() + 1;
            }
        } catch (IOException | UncheckedIOException e) {
            IOException io = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            throw new BuildFailure(
                    SourcePosition.of(out),
                    "cannot write the site (" + ContentTree.reason(io)
                            + "); check that the folder is writable and the disk has room. The previous output is unchanged");
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** The temporary folder being filled: each file written as it comes, its folders made on the way. */
    private static final class Folder {
        private final Path root;
        private final Set<Path> made = new HashSet<>();
        private final Set<String> written = new HashSet<>();

        Folder(Path root) {
            this.root = root;
            made.add(root);
        }

        void write(String relative, byte[] bytes) {
            Path file = resolveInside(root, relative);
            try {
                if (made.add(file.getParent())) {
                    Files.createDirectories(file.getParent());
                }
                Files.write(file, bytes); // a path written again is replaced, as in a map
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            written.add(relative);
        }
    }

    /**
     * The lock, waiting for another build (another process, or another thread of this one) to finish. A lock
     * held by this JVM throws {@link OverlappingFileLockException} instead of waiting, so that case is polled.
     */
    private static FileLock acquire(FileChannel channel) throws IOException {
        while (true) {
            try {
                return channel.lock();
            } catch (OverlappingFileLockException e) {
                try {
                    Thread.sleep(20);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException(
                            "interrupted while waiting for another build into the same folder");
                }
            }
        }
    }

    /** Deletes the temporary folders of builds that were killed; only called under the lock. */
    private static void deleteLeftovers(Path parent, String name) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(parent)) {
            leftovers = entries.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith("." + name + ".tmp-") || n.startsWith("." + name + ".old-");
                    })
                    .toList();
        }
        for (Path leftover : leftovers) {
            deleteQuietly(leftover);
        }
    }

    /** A new folder named {@code prefix} plus a random suffix, made with the umask's permissions. */
    private static Path createFresh(Path parent, String prefix) throws IOException {
        while (true) {
            Path candidate = parent.resolve(
                    prefix + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1));
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // taken: draw another name
            }
        }
    }

    private static Path resolveInside(Path root, String relative) {
        Path p = root.resolve(relative).normalize();
        if (!p.startsWith(root) || p.equals(root)) {
            throw new IllegalArgumentException("output path escapes the site folder: " + relative);
        }
        return p;
    }

    /** Swaps {@code temp} in as {@code target}; an IOException means the previous output is back in place. */
    private static void swap(Path temp, Path target, Path parent, String name, Path out) throws IOException {
        if (!Files.exists(target)) {
            move(temp, target);
            return;
        }
        Path old = createFresh(parent, "." + name + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(temp, target);
        } catch (IOException e) {
            try {
                move(old, target); // put the previous output back
            } catch (IOException restore) {
                throw new BuildFailure(
                        SourcePosition.of(out),
                        "cannot write the site (" + ContentTree.reason(e)
                                + ") nor put the previous output back (" + ContentTree.reason(restore) + "); it is in "
                                + old
                                + ": rename that folder to " + target + " to get it back");
            }
            throw e;
        }
        deleteQuietly(old);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /** Deletes {@code dir} and everything in it, ignoring what cannot be deleted. */
    public static void deleteQuietly(Path dir) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException ignored) {
            // a leftover temporary folder is harmless: it is hidden, git-ignored and deleted by the next build
        }
    }
}
