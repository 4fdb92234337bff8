package org.netdeck.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.netdeck.content.Limits;
import org.netdeck.problem.SourcePosition;

/**
 * A file of the deck's own folder that a slide's Markdown image or link points to: {@code ![Net](img/net.png)} names
 * {@code content/<deck>/img/net.png}, which the build publishes beside the deck's page as {@code
 * site/<deck>/img/net.png}, so the relative URL works on the published site.
 *
 * @param path the file's path under the deck folder, '/'-separated, without {@code .} or {@code ..} segments
 * @param where the image or link in the deck file
 * @param image whether an image (rather than a link) points to it
 */
public record LocalFile(String path, SourcePosition where, boolean image) {

    public LocalFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(where, "where");
    }

    /** Where a Markdown URL points, as far as the deck's files are concerned. */
    sealed interface Target permits InDeck, Outside, Elsewhere, BadName {}

    /** A file in the deck's folder, by its path there. */
    record InDeck(String path) implements Target {}

    /** A relative path that leaves the deck's folder ({@code ../picture.png}): another deck's page, or nothing published. */
    record Outside() implements Target {}

    /**
     * Anything else: another site ({@code https:}, {@code mailto:}), a site-absolute path, a place on the page
     * ({@code #slide-3}) or a folder ({@code ../other-deck/}).
     */
    record Elsewhere() implements Target {}

    /**
     * A path in the deck's folder that no file can have here: {@code %00} (a control character), or a name this
     * system's file-name encoding cannot write ({@code ñ.png} when the locale is unset, so that Java names files in
     * ASCII). {@code why} says so, and how to fix it.
     */
    record BadName(String why) implements Target {}

    /** Where {@code url}, as written in a Markdown image or link of a deck's slide, points. */
    static Target target(String url) {
        String u = url.strip();
        int cut = indexOfAny(u, "?#");
        String beforeQuery = cut < 0 ? u : u.substring(0, cut);
        if (beforeQuery.isEmpty()
                || beforeQuery.startsWith("/")
                || beforeQuery.startsWith("\\")
                || hasScheme(beforeQuery)) {
            return new Elsewhere();
        }
        if (beforeQuery.endsWith("/")) {
            return new Elsewhere(); // a folder: a deck's page, served as its index.html
        }
        Deque<String> parts = new ArrayDeque<>();
        for (String segment : decode(beforeQuery).split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                if (parts.isEmpty()) {
                    return new Outside();
                }
                parts.removeLast();
                continue;
            }
            parts.addLast(segment);
        }
        if (parts.isEmpty()) {
            return new Elsewhere();
        }
        String path = String.join("/", parts);
        return badName(path).<Target>map(BadName::new).orElse(new InDeck(path));
    }

    /** Why {@code path} cannot name a file on this system, and what to do, or empty when it can. */
    private static Optional<String> badName(String path) {
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (Character.getType(c) == Character.CONTROL || Character.isSurrogate(c) && !validPair(path, i)) {
                return Optional.of(String.format(
                        Locale.ROOT,
                        "the file name '%s' holds the %s U+%04X, which no file name can hold; correct the path",
                        Limits.shorten(printable(path)),
                        Character.isSurrogate(c) ? "half surrogate" : "control character",
                        (int) c));
            }
            if (Character.isHighSurrogate(c)) {
                i++;
            }
        }
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        try {
            if (Charset.isSupported(encoding)
                    && !Charset.forName(encoding).newEncoder().canEncode(path)) {
                return Optional.of("the file name '" + Limits.shorten(path) + "' cannot be named on this system:"
                        + " Java names files in " + encoding + " here, because the locale (LANG, LC_ALL) is unset or"
                        + " not UTF-8; build with LANG=C.UTF-8 (the netdeck launcher sets it when no locale is set),"
                        + " or rename the file with ASCII letters");
            }
            Path.of(path);
        } catch (InvalidPathException e) {
            return Optional.of("the file name '" + Limits.shorten(path) + "' is not a valid path on this system ("
                    + e.getReason() + "); rename the file");
        }
        return Optional.empty();
    }

    private static boolean validPair(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i))
                ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** {@code s} with its control characters and half surrogates shown as '?', for a message. */
    private static String printable(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = Character.getType(c) == Character.CONTROL || Character.isSurrogate(c) && !validPair(s, i);
            b.append(bad ? '?' : c);
        }
        return b.toString();
    }

    /** Whether {@code url} starts with a URL scheme ({@code https:}, {@code mailto:}, {@code data:}). */
    private static boolean hasScheme(String url) {
        int colon = url.indexOf(':');
        if (colon <= 0) {
            return false;
        }
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            boolean ok = Character.isLetter(c) || (i > 0 && (Character.isDigit(c) || c == '+' || c == '-' || c == '.'));
            if (!ok || c > 127) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** {@code %XX} escapes decoded as UTF-8 ({@code my%20net.png} → {@code my net.png}); a malformed one is kept. */
    private static String decode(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
                out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
                i += 3;
            } else {
                int cp = s.codePointAt(i);
                byte[] b = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
                i += Character.charCount(cp);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
