package org.netdeck.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The output-folder safety rule. netdeck replaces the output folder as a whole, so it only replaces a
 * folder that is empty or that it made (one holding the {@link #MARKER} file it writes into every site),
 * and never the root folder, the working directory, an input folder or any folder that holds one of them.
 * A link is followed: the site is published into the folder it points to.
 */
public final class OutputFolder {

    /** The file every published site holds at its root: the sign that netdeck may replace the folder. */
    public static final String MARKER = ".netdeck-site";

    /** What the marker file says to a person who finds it. */
    static final String MARKER_TEXT =
            "This folder is a site built by netdeck. netdeck build replaces it as a whole on every "
                    + "build; it replaces only folders that are empty or hold this file.\n";

    /** An output folder netdeck must not replace; the command line reports it as a usage error (exit status 2). */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }

        /** No stack trace: a refusal is a message for a person, not a bug. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    private OutputFolder() {}

    /**
     * Checks {@code out} against the rule, keeping safe the content folder, the templates folder (if any) and
     * the working directory; returns the real folder to publish into (links resolved).
     *
     * @throws Refused when netdeck must not replace {@code out}
     */
    public static Path check(Path out, Path content, Optional<Path> templates) {
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("the content folder '" + content + "'", content);
        templates.ifPresent(t -> inputs.put("the templates folder '" + t + "'", t));
        return check(out, inputs);
    }

    /** {@link #check(Path, Path, Optional)} with the input folders by how messages name them. */
    static Path check(Path out, Map<String, Path> inputs) {
        Path real = real(out);
        if (real.getParent() == null) {
            throw new Refused("--out '" + out + "' is the root folder; netdeck replaces the output folder as a whole, "
                    + "so give it a folder of its own, such as --out site");
        }
        notAncestor(out, real, "the working directory", Path.of(""));
        for (Map.Entry<String, Path> input : inputs.entrySet()) {
            notAncestor(out, real, input.getKey(), input.getValue());
            Path kept = real(input.getValue());
            if (real.startsWith(kept)) {
                throw new Refused(
                        "--out '" + out + "' is inside " + input.getKey() + ", so the site would be read back "
                                + "as input; give the site a folder outside it, such as --out site");
            }
        }
        checkContents(out, real);
        return real;
    }

    /** Refuses {@code real} if it is or holds the folder {@code kept}. */
    private static void notAncestor(Path out, Path real, String what, Path kept) {
        Path k = real(kept);
        if (k.startsWith(real)) {
            throw new Refused(
                    "--out '" + out + "' " + (k.equals(real) ? "is " : "holds ") + what + "; netdeck replaces "
                            + "the output folder as a whole and would delete it. Give the site a folder of its own, such as --out site");
        }
    }

    /** Refuses a file, or a non-empty folder without the marker. Called again under the lock before publishing. */
    static void checkContents(Path out, Path real) {
        if (!Files.exists(real, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
            throw new Refused(
                    "--out '" + out + "' is a file, not a folder; give the site a folder, such as --out site");
        }
        if (Files.isRegularFile(real.resolve(MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        boolean empty;
        try (Stream<Path> entries = Files.list(real)) {
            empty = entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new Refused("--out '" + out + "' cannot be read (" + ContentTree.reason(e)
                    + "); check its permissions " + "or give the site another folder");
        }
        if (!empty) {
            throw new Refused("--out '" + out + "' is not empty and was not made by netdeck (it has no " + MARKER
                    + " file); netdeck replaces the output folder as a whole, so it only replaces an empty folder or a site "
                    + "it built. Give the site another folder, or empty this one if nothing in it is needed");
        }
    }

    /**
     * {@code p} absolute with every link resolved, also when it does not exist yet: the real path of its
     * longest existing ancestor plus the names that do not exist. A {@code ..} after a link goes up from the
     * link's target, as the file system (and {@code cd -P}) reads it, not textually.
     */
    static Path real(Path p) {
        // not normalized: "LINK/.." is the folder above the link's target, as the file system reads it
        Path abs = p.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = abs;
        while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path real;
        try {
            real = existing.toRealPath();
        } catch (NoSuchFileException e) {
            throw new Refused("'" + existing + "' is a link to a folder that does not exist (" + linkTarget(existing)
                    + "); create that folder, or remove the link");
        } catch (IOException e) {
            throw new Refused("cannot resolve '" + existing + "' (" + ContentTree.reason(e) + "); check the path");
        }
        Path rest = Path.of("");
        while (!missing.isEmpty()) {
            rest = rest.resolve(missing.pop());
        }
        // what does not exist holds no link, so its ".." are read as written (but never above the part that exists)
        Path tail = rest.normalize();
        while (tail.getNameCount() > 0 && tail.getName(0).toString().equals("..")) {
            real = real.getParent() == null ? real : real.getParent();
            tail = tail.getNameCount() == 1 ? Path.of("") : tail.subpath(1, tail.getNameCount());
        }
        return real.resolve(tail);
    }

    private static String linkTarget(Path link) {
        try {
            return "'" + Files.readSymbolicLink(link) + "'";
        } catch (IOException | UnsupportedOperationException e) {
            return "or a link on the way to it is broken";
        }
    }
}
