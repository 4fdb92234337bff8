package org.netdeck.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.SourcePosition;

/**
 * Writes a finished site: every file into a fresh temporary folder beside the target, then swaps the
 * folder into place. Until the swap the previous output is untouched, so a failed build leaves it
 * exactly as it was.
 */
public final class Publisher {

    private Publisher() {
    }

    /**
     * Publishes {@code files} (site-relative path with '/' → bytes) as the whole content of {@code out}.
     * Files are written in sorted order.
     */
    public static void publish(Map<String, byte[]> files, Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        String name = target.getFileName().toString();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempDirectory(parent, "." + name + ".tmp-");
            for (Map.Entry<String, byte[]> f : new TreeMap<>(files).entrySet()) {
                Path file = resolveInside(temp, f.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            swap(temp, target, parent, name);
            temp = null;
        } catch (IOException e) {
            throw new BuildFailure(SourcePosition.of(out), "cannot write the site (" + ContentTree.reason(e)
                    + "); check that the folder is writable and the disk has room. The previous output is unchanged");
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
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

    private static void swap(Path temp, Path target, Path parent, String name) throws IOException {
        if (!Files.exists(target)) {
            move(temp, target);
            return;
        }
        if (!Files.isDirectory(target)) {
            throw new IOException(target + " exists and is not a folder");
        }
        Path old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        move(target, old);
        try {
            move(temp, target);
        } catch (IOException e) {
            move(old, target);  // put the previous output back
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

    static void deleteQuietly(Path dir) {
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
            // a leftover temporary folder is harmless: it is hidden and git-ignored
        }
    }
}
