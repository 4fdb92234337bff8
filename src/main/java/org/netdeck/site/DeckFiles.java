package org.netdeck.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.netdeck.files.RegularFiles;
import org.netdeck.files.Sizes;
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
            String trouble = null;
            try {
                byte[] bytes = RegularFiles.read(folder, List.of(f.path().split("/")), MAX_BYTES);
                if (total + bytes.length > MAX_DECK_BYTES) {
                    trouble = String.format(
                            Locale.ROOT,
                            "%s would take the files this deck publishes past %d MiB in all; make the pictures"
                                    + " smaller, or split the deck",
                            what,
                            MAX_DECK_BYTES / 1048576);
                } else {
                    total += bytes.length;
                    files.put(f.path(), bytes);
                }
            } catch (RegularFiles.Refused r) {
                trouble = trouble(what, f, folder, r);
            } catch (IllegalArgumentException e) {
                trouble = what + " is not a file name in the deck's folder; correct the path";
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

    /** What went wrong with one file, in the words of the image or link that names it. */
    private static String trouble(String what, LocalFile f, Path folder, RegularFiles.Refused r) {
        return switch (r.kind()) {
            case MISSING ->
                what + " is not in the deck's folder " + folder
                        + "; put the file there (beside deck.md, or in a folder under it), or correct the path";
            case LINK ->
                what + " goes through a symbolic link (" + r.at() + "); content is read as regular files"
                        + " only, so that a link cannot publish a file from elsewhere. Replace the link with a copy";
            case NOT_A_FOLDER ->
                what + " is not in the deck's folder " + folder + " (" + r.at() + " is not a folder); correct the path";
            case FOLDER, SPECIAL ->
                what + " is not a regular file ("
                        + (r.kind() == RegularFiles.Refused.Kind.FOLDER ? "it is a folder" : "it is a pipe or a device")
                        + "); point the " + (f.image() ? "image" : "link") + " at a file";
            case TOO_LARGE ->
                String.format(
                        Locale.ROOT,
                        "%s is %s; a deck publishes files of at most %d MiB: make it smaller",
                        what,
                        Sizes.over(r.size(), MAX_BYTES),
                        MAX_BYTES / 1048576);
            case PRIVATE_HARD_LINK ->
                what + " is a hard link (" + r.getMessage() + ") to a file that only its"
                        + " owner may read; publishing it would give anyone a copy. Copy the file instead of linking it,"
                        + " or let others read it (chmod o+r) if it is meant to be published";
            case CHANGED -> what + " was replaced while it was read (" + r.getMessage() + "); build again";
            case UNREADABLE -> what + " cannot be read (" + r.getMessage() + "); check that it is readable";
        };
    }
}
