package org.netdeck.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.text.LocalFile;

/**
 * The files of a deck's folder that its slides' images and links point to ({@code ![Net](img/net.png)} →
 * {@code content/<deck>/img/net.png}), read to be published beside the deck's page ({@code site/<deck>/img/net.png}).
 * Read as regular files only, like the rest of the content: a symbolic link anywhere on the way is an error, so a
 * link cannot publish a file from elsewhere. Each problem is reported at the image or link that names the file.
 */
final class DeckFiles {

    /** The largest file a deck may publish this way (GitHub Pages refuses files over 100 MB; a slide needs far less). */
    static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The most a deck may publish this way in all: a build holds a deck's files in memory until they are written. */
    static final long MAX_DECK_BYTES = 100L * 1024 * 1024;

    private DeckFiles() {}

    /**
     * The files {@code wanted} names in {@code folder} (the deck's folder), by their path there, each once; throws
     * {@link BuildFailure} naming every one that is missing, a link, not a regular file, too large or unreadable.
     */
    static Map<String, byte[]> read(Path folder, List<LocalFile> wanted) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        long total = 0;
        for (LocalFile f : wanted) {
            if (files.containsKey(f.path())) {
                continue;
            }
            String what = (f.image() ? "the image '" : "the linked file '") + f.path() + "'";
            Path file = folder;
            long size = 0;
            String trouble = null;
            String[] segments = f.path().split("/");
            for (int i = 0; i < segments.length && trouble == null; i++) {
                file = file.resolve(segments[i]);
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                } catch (IOException e) {
                    trouble = what + " is not in the deck's folder " + folder
                            + "; put the file there (beside deck.md, or in a folder under it), or correct the path";
                    break;
                }
                boolean last = i == segments.length - 1;
                size = a.size();
                if (a.isSymbolicLink()) {
                    trouble = what + " goes through a symbolic link (" + file + "); content is read as regular files"
                            + " only, so that a link cannot publish a file from elsewhere. Replace the link with a copy";
                } else if (!last && !a.isDirectory()) {
                    trouble = what + " is not in the deck's folder " + folder + " (" + file
                            + " is not a folder); correct the path";
                } else if (last && !a.isRegularFile()) {
                    trouble = what + " is not a regular file ("
                            + (a.isDirectory() ? "it is a folder" : "it is a pipe or a device") + "); point the "
                            + (f.image() ? "image" : "link") + " at a file";
                } else if (last && size > MAX_BYTES) {
                    trouble = String.format(
                            Locale.ROOT,
                            "%s is %.1f MiB; a deck publishes files of at most %d MiB: make it smaller",
                            what,
                            size / 1048576.0,
                            MAX_BYTES / 1048576);
                }
            }
            if (trouble == null) {
                try {
                    if (total + size > MAX_DECK_BYTES) {
                        trouble = String.format(
                                Locale.ROOT,
                                "%s would take the files this deck publishes past %d MiB in all; make the pictures"
                                        + " smaller, or split the deck",
                                what,
                                MAX_DECK_BYTES / 1048576);
                    } else {
                        total += size;
                        files.put(f.path(), Files.readAllBytes(file));
                    }
                } catch (IOException e) {
                    trouble = what + " cannot be read (" + e.getMessage() + "); check that it is readable";
                }
            }
            if (trouble != null) {
                problems.add(new Problem(f.where(), trouble));
            }
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        return files;
    }
}
