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
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
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
                deleteLeftovers(parent, name, out);
                OutputFolder.checkContents(out, target);
                checkRemovable(target, out);
                temp = createFresh(parent, "." + name + ".tmp-");
                // first, so that it shows the owner and permissions a file written now gets
                Path marker = temp.resolve(OutputFolder.MARKER);
                Files.writeString(marker, OutputFolder.MARKER_TEXT, StandardCharsets.UTF_8);
                Folder folder = new Folder(temp, Previous.of(target, marker));
                try {
                    producer.produce(folder::write);
                } catch (BuildFailure f) {
                    if (newLock) { // a failed first build leaves nothing beside the output, as before it started
                        Files.deleteIfExists(lockFile);
                    }
                    throw f;
                }
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

    /**
     * The temporary folder being filled: each file written as it comes, its folders made on the way. A file whose
     * bytes the previous site holds at the same path is linked to that file instead (see {@link Previous}).
     */
    private static final class Folder {
        private final Path root;
        private final Previous previous;
        private final Set<Path> made = new HashSet<>();
        private final Set<String> written = new HashSet<>();

        Folder(Path root, Previous previous) {
            this.root = root;
            this.previous = previous;
            made.add(root);
        }

        void write(String relative, byte[] bytes) {
            Path file = resolveInside(root, relative);
            try {
                if (made.add(file.getParent())) {
                    Files.createDirectories(file.getParent());
                }
                if (!written.add(relative)) {
                    // a path written again is replaced, as in a map; never through a link to the previous site
                    Files.delete(file);
                }
                if (!previous.link(relative, bytes, file)) {
                    Files.write(file, bytes);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * The site being replaced, as a source of files to keep. Rebuilding a site mostly rewrites the same bytes, and
     * on some file systems making hundreds of files just after deleting hundreds is slow (ext4 without a journal
     * searches past every inode freed in the last minutes: 0.4–0.9 s of system time for 100 decks, growing with
     * every rebuild). So a file whose bytes equal the previous site's file at the same path becomes a second name
     * of that file (a hard link, made in the temporary folder; the previous site is not changed), and deleting the
     * previous site after the swap only removes its names. Only a regular file with no other name, the same owner
     * and the same permissions a new file gets is linked; on a file system without links or POSIX attributes
     * every file is written.
     */
    private static final class Previous {
        private static final Previous NONE = new Previous(null, null);

        private final Path site;
        private final PosixFileAttributes fresh;
        private boolean linking = true;

        private Previous(Path site, PosixFileAttributes fresh) {
            this.site = site;
            this.fresh = fresh;
        }

        /** The site in {@code target}, if there is one; {@code probe} is a file just written beside the new one. */
        static Previous of(Path target, Path probe) {
            if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                return NONE;
            }
            try {
                return new Previous(
                        target, Files.readAttributes(probe, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
            } catch (IOException | UnsupportedOperationException e) {
                return NONE;
            }
        }

        /** Links {@code file} to the previous site's file at {@code relative} if that holds {@code bytes}. */
        boolean link(String relative, byte[] bytes, Path file) {
            if (site == null || !linking) {
                return false;
            }
            try {
                Path old = resolveInside(site, relative);
                PosixFileAttributes a = Files.readAttributes(old, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (!a.isRegularFile()
                        || a.size() != bytes.length
                        || !a.owner().equals(fresh.owner())
                        || !a.permissions().equals(fresh.permissions())
                        || ((Number) Files.getAttribute(old, "unix:nlink", LinkOption.NOFOLLOW_LINKS)).intValue() != 1
                        || !Arrays.equals(Files.readAllBytes(old), bytes)) {
                    return false;
                }
                Files.createLink(file, old);
                return true;
            } catch (NoSuchFileException e) {
                return false; // a new file
            } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
                linking = false; // no links here (or no unix attributes): write every file
                return false;
            }
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

    /**
     * Deletes the temporary folders of builds that were killed; only called under the lock. One that cannot be
     * deleted fails the build: they would pile up, one per build, unseen.
     */
    private static void deleteLeftovers(Path parent, String name, Path out) throws IOException {
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(parent)) {
            leftovers = entries.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.startsWith("." + name + ".tmp-") || n.startsWith("." + name + ".old-");
                    })
                    .toList();
        }
        for (Path leftover : leftovers) {
            IOException e = delete(leftover);
            if (e != null) {
                throw new BuildFailure(
                        SourcePosition.of(out),
                        "cannot delete " + leftover + ", left by an earlier build (" + ContentTree.reason(e)
                                + "); delete it by hand (it is not needed), then build again. Nothing was written");
            }
        }
    }

    /**
     * Refuses, before anything is built, to replace a site whose folders cannot be emptied: swapped out, it could
     * not be deleted, and each build would leave another {@code .NAME.old-*} folder behind. A folder that is not
     * writable is one (mode 555, another user's, or immutable).
     */
    private static void checkRemovable(Path target, Path out) throws IOException {
        if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> locked;
        try (Stream<Path> walk = Files.walk(target)) {
            locked = walk.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && !Files.isWritable(p))
                    .limit(1)
                    .toList();
        }
        if (!locked.isEmpty()) {
            Path folder = locked.get(0);
            throw new BuildFailure(
                    SourcePosition.of(out),
                    "cannot replace the previous site: its folder " + folder + " is not writable" + owner(folder)
                            + ", so its files could not be deleted; make it writable (chmod -R u+w " + target
                            + ") or delete the previous site, then build again. Nothing was written");
        }
    }

    private static String owner(Path p) {
        try {
            PosixFileAttributes a = Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return " (owner " + a.owner().getName() + ", " + PosixFilePermissions.toString(a.permissions()) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
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
        IOException e = delete(old);
        if (e != null) {
            throw new BuildFailure(
                    SourcePosition.of(out),
                    "the site was published into " + target + ", but the previous one, moved to " + old
                            + ", cannot be deleted (" + ContentTree.reason(e) + "); delete that folder by hand");
        }
    }

    /** Deletes {@code dir} and everything in it; the first failure, or null when it is gone. */
    private static IOException delete(Path dir) {
        deleteQuietly(dir);
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException failed) throws IOException {
                    if (failed != null) {
                        throw failed;
                    }
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
            return null;
        } catch (IOException failed) {
            return failed;
        }
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
