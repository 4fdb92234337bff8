package org.netdeck.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads a regular file below a folder without following links, and from the file it checked.
 *
 * <p>Each folder on the way is opened relative to the one before with {@code NOFOLLOW_LINKS} (a
 * {@link SecureDirectoryStream}, {@code openat} on Linux), the file is looked at ({@code lstat}: a regular file,
 * small enough), opened with {@code NOFOLLOW_LINKS} ({@code O_NOFOLLOW}), looked at again (the same file, by its
 * file key, as the one checked) and read from that open handle, at most {@code maxBytes + 1} bytes whatever its
 * size said. A link swapped in at any moment is refused, never followed: checking a path and then reading it
 * again by name, as {@code Files.readAllBytes} does, let a link swapped in between publish another file.
 *
 * <p>A hard link is a second name of the same file, so no link check can see it. A file with more than one name
 * that others may not read is refused: publishing it would hand anyone a copy of a file its owner kept private.
 *
 * <pre>{@code byte[] png = RegularFiles.read(deckFolder, List.of("img", "net.png"), 20 << 20);}</pre>
 */
public final class RegularFiles {

    private static final Set<OpenOption> READ_NO_FOLLOW = Set.of(StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);

    private RegularFiles() {}

    /** Why a file was not read. {@code at} is the path the trouble is at (a folder on the way, or the file). */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        /** The kinds of trouble, each with the words callers build their messages from. */
        public enum Kind {
            /** nothing at that path */
            MISSING,
            /** a symbolic link at {@code at} */
            LINK,
            /** {@code at}, a step on the way, is not a folder */
            NOT_A_FOLDER,
            /** the file is a folder */
            FOLDER,
            /** a named pipe, a socket or a device */
            SPECIAL,
            /** more than {@code maxBytes}; {@link #size()} says how many */
            TOO_LARGE,
            /** a file with several names (hard links) that others may not read */
            PRIVATE_HARD_LINK,
            /** replaced while it was being read */
            CHANGED,
            /** any other input/output error; the message says which */
            UNREADABLE
        }

        private final Kind kind;
        private final transient Path at;
        private final long size;

        Refused(Kind kind, Path at, long size, String detail) {
            super(detail);
            this.kind = kind;
            this.at = at;
            this.size = size;
        }

        public Kind kind() {
            return kind;
        }

        /** Where the trouble is: the file, or the folder or link on the way to it. */
        public Path at() {
            return at;
        }

        /** The file's size, for {@link Kind#TOO_LARGE}. */
        public long size() {
            return size;
        }
    }

    /** Reads {@code file} itself (its folder may be a link: only the file is checked). */
    public static byte[] read(Path file, long maxBytes) throws Refused {
        Path parent = file.toAbsolutePath().getParent();
        Objects.requireNonNull(parent, "a file has a folder");
        return read(parent, List.of(file.getFileName().toString()), maxBytes);
    }

    /**
     * Reads the file reached from {@code folder} by {@code segments} (names, no '/' inside, none '..' or empty);
     * {@code folder} itself is trusted (it may be a link), nothing below it is followed.
     */
    public static byte[] read(Path folder, List<String> segments, long maxBytes) throws Refused {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("no file named");
        }
        for (String s : segments) {
            if (s.isEmpty() || s.equals(".") || s.equals("..") || s.contains("/") || s.indexOf('\0') >= 0) {
                throw new IllegalArgumentException("not a file name: " + s);
            }
        }
        try (DirectoryStream<Path> top = Files.newDirectoryStream(folder)) {
            if (top instanceof SecureDirectoryStream<Path> secure) {
                return readSecurely(folder, secure, segments, maxBytes);
            }
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new Refused(Refused.Kind.MISSING, folder, 0, "no such folder");
        } catch (IOException e) {
            throw refused(folder, e);
        }
        return readByPath(folder, segments, maxBytes);
    }

    /** Linux and most Unix systems: every step relative to an open folder, none of them followed. */
    private static byte[] readSecurely(
            Path folder, SecureDirectoryStream<Path> top, List<String> segments, long maxBytes) throws Refused {
        SecureDirectoryStream<Path> dir = top;
        Path shown = folder;
        try {
            for (int i = 0; i < segments.size() - 1; i++) {
                Path name = Path.of(segments.get(i));
                shown = shown.resolve(name);
                BasicFileAttributes a = attributes(dir, name, shown);
                if (a.isSymbolicLink()) {
                    throw new Refused(Refused.Kind.LINK, shown, 0, "a symbolic link");
                }
                if (!a.isDirectory()) {
                    throw new Refused(Refused.Kind.NOT_A_FOLDER, shown, 0, "not a folder");
                }
                SecureDirectoryStream<Path> next;
                try {
                    next = dir.newDirectoryStream(name, LinkOption.NOFOLLOW_LINKS);
                } catch (FileSystemException e) {
                    throw refused(shown, e);
                }
                if (dir != top) {
                    dir.close();
                }
                dir = next;
            }
            Path name = Path.of(segments.get(segments.size() - 1));
            Path file = shown.resolve(name);
            BasicFileAttributes before = attributes(dir, name, file);
            check(before, file, maxBytes);
            checkPrivateHardLink(file, before);
            SeekableByteChannel channel;
            try {
                channel = dir.newByteChannel(name, READ_NO_FOLLOW);
            } catch (FileSystemException e) {
                throw refused(file, e);
            }
            try (channel) {
                sameFile(before, attributes(dir, name, file), file);
                return readAll(channel, file, maxBytes);
            }
        } catch (IOException e) {
            throw refused(shown, e);
        } finally {
            if (dir != top) {
                try {
                    dir.close();
                } catch (IOException e) {
                    // closing a folder we only read cannot lose anything
                }
            }
        }
    }

    /** Where a secure folder stream is not offered (Windows, some file systems): each step looked at by path. */
    private static byte[] readByPath(Path folder, List<String> segments, long maxBytes) throws Refused {
        Path file = folder;
        for (int i = 0; i < segments.size(); i++) {
            file = file.resolve(segments.get(i));
            BasicFileAttributes a = attributes(file);
            if (a.isSymbolicLink()) {
                throw new Refused(Refused.Kind.LINK, file, 0, "a symbolic link");
            }
            if (i < segments.size() - 1 && !a.isDirectory()) {
                throw new Refused(Refused.Kind.NOT_A_FOLDER, file, 0, "not a folder");
            }
        }
        BasicFileAttributes before = attributes(file);
        check(before, file, maxBytes);
        checkPrivateHardLink(file, before);
        try (SeekableByteChannel channel = Files.newByteChannel(file, READ_NO_FOLLOW)) {
            sameFile(before, attributes(file), file);
            return readAll(channel, file, maxBytes);
        } catch (IOException e) {
            throw refused(file, e);
        }
    }

    private static void check(BasicFileAttributes a, Path file, long maxBytes) throws Refused {
        if (a.isSymbolicLink()) {
            throw new Refused(Refused.Kind.LINK, file, 0, "a symbolic link");
        }
        if (a.isDirectory()) {
            throw new Refused(Refused.Kind.FOLDER, file, 0, "a folder");
        }
        if (!a.isRegularFile()) {
            throw new Refused(Refused.Kind.SPECIAL, file, 0, "a named pipe, socket or device");
        }
        if (a.size() > maxBytes) {
            throw new Refused(Refused.Kind.TOO_LARGE, file, a.size(), "too large");
        }
    }

    /** A file with several names that others may not read is refused (see the class comment). */
    private static void checkPrivateHardLink(Path file, BasicFileAttributes a) throws Refused {
        Map<String, Object> unix;
        try {
            unix = Files.readAttributes(file, "unix:nlink,permissions", LinkOption.NOFOLLOW_LINKS);
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return; // no link counts here (Windows): nothing to check
        } catch (IOException e) {
            throw refused(file, e);
        }
        int links = ((Number) unix.get("nlink")).intValue();
        @SuppressWarnings("unchecked")
        Set<PosixFilePermission> permissions = (Set<PosixFilePermission>) unix.get("permissions");
        if (links > 1 && !permissions.contains(PosixFilePermission.OTHERS_READ)) {
            throw new Refused(Refused.Kind.PRIVATE_HARD_LINK, file, a.size(), links + " names");
        }
    }

    private static void sameFile(BasicFileAttributes before, BasicFileAttributes after, Path file) throws Refused {
        Object key = before.fileKey();
        if (key != null && !key.equals(after.fileKey()) || !after.isRegularFile()) {
            throw new Refused(Refused.Kind.CHANGED, file, 0, "replaced while it was read");
        }
    }

    /** What an input/output error on the way says: a link put there since (ELOOP), a name gone, or other trouble. */
    private static Refused refused(Path at, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new Refused(Refused.Kind.MISSING, at, 0, "gone");
        }
        // O_NOFOLLOW on a link is ELOOP, which the JDK reports as a plain IOException naming it
        String why = reason(e);
        if (why.contains("symbolic link") || why.contains("Too many levels")) {
            return new Refused(Refused.Kind.LINK, at, 0, "a symbolic link");
        }
        if (e instanceof NotDirectoryException || why.contains("Not a directory")) {
            return new Refused(Refused.Kind.NOT_A_FOLDER, at, 0, "not a folder");
        }
        return new Refused(Refused.Kind.UNREADABLE, at, 0, reason(e));
    }

    private static byte[] readAll(SeekableByteChannel channel, Path file, long maxBytes) throws IOException, Refused {
        int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
        byte[] bytes = new byte[(int) Math.min(cap, Math.max(16, channel.size() + 1))];
        int n = 0;
        while (true) {
            if (n == bytes.length) {
                if (n >= cap) {
                    throw new Refused(Refused.Kind.TOO_LARGE, file, n, "grew while it was read");
                }
                bytes = Arrays.copyOf(bytes, (int) Math.min(cap, (long) n * 2));
            }
            int r = channel.read(ByteBuffer.wrap(bytes, n, bytes.length - n));
            if (r < 0) {
                break;
            }
            n += r;
        }
        if (n > maxBytes) {
            throw new Refused(Refused.Kind.TOO_LARGE, file, n, "grew while it was read");
        }
        return n == bytes.length ? bytes : Arrays.copyOf(bytes, n);
    }

    private static BasicFileAttributes attributes(SecureDirectoryStream<Path> dir, Path name, Path shown)
            throws Refused {
        try {
            return dir.getFileAttributeView(name, BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                    .readAttributes();
        } catch (NoSuchFileException e) {
            throw new Refused(Refused.Kind.MISSING, shown, 0, "no such file");
        } catch (IOException e) {
            throw refused(shown, e);
        }
    }

    private static BasicFileAttributes attributes(Path file) throws Refused {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException | NotDirectoryException e) {
            throw new Refused(Refused.Kind.MISSING, file, 0, "no such file");
        } catch (IOException e) {
            throw refused(file, e);
        }
    }

    /** An exception's message in words: its kind ("access denied") and the system's reason. */
    public static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
