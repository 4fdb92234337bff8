package org.netdeck.serve;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.netdeck.files.RegularFiles;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.problem.Warning;
import org.netdeck.site.ContentTree;

/**
 * A problem as the browser overlay shows it: where, what, and the offending line with two neighbours on
 * each side, read from the file. Plain data; the overlay script escapes it by building DOM text nodes.
 *
 * @param file the path as the terminal prints it, with forward slashes
 * @param line 1-based, or 0 when the problem is about a whole file (then {@code excerpt} is empty)
 * @param column 1-based, or 0 when not known
 * @param text the whole terminal line, {@code path:line:col: error: message}
 */
public record ProblemView(String file, int line, int column, String message, String text, List<ExcerptLine> excerpt) {

    /** One line of the file around the problem; {@code marked} on the offending one. */
    public record ExcerptLine(int number, String text, boolean marked) {
        public ExcerptLine {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Lines shown before and after the offending one. */
    static final int CONTEXT = 2;

    /** The longest line shown; the rest of a longer line is cut (the column may be past it). */
    static final int MAX_LINE_CHARS = 400;

    public ProblemView {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(text, "text");
        excerpt = List.copyOf(excerpt);
    }

    /** The view of {@code problem}, reading its file for the excerpt (none if the file cannot be read). */
    public static ProblemView of(Problem problem) {
        return of(problem, new Sources());
    }

    /**
     * The views of the first {@code max} problems, reading each file once however many problems point
     * into it: linear in the files' size plus the problems shown.
     */
    static List<ProblemView> of(List<Problem> problems, int max) {
        Sources sources = new Sources();
        return problems.stream().limit(max).map(p -> of(p, sources)).toList();
    }

    private static ProblemView of(Problem problem, Sources sources) {
        return of(problem.where(), problem.message(), problem.toString(), sources);
    }

    /** The views of the first {@code max} warnings, like {@link #of(List, int)}; {@code text} says {@code warning:}. */
    static List<ProblemView> ofWarnings(List<Warning> warnings, int max) {
        Sources sources = new Sources();
        return warnings.stream()
                .limit(max)
                .map(w -> of(w.where(), w.message(), w.toString(), sources))
                .toList();
    }

    private static ProblemView of(SourcePosition where, String message, String text, Sources sources) {
        Path file = where.file();
        int line = where.line();
        return new ProblemView(
                file.toString().replace('\\', '/'),
                line,
                where.column(),
                message,
                text,
                line <= 0 ? List.of() : sources.excerpt(file, line));
    }

    /** Files read so far, each with where its lines start. */
    private static final class Sources {
        private final Map<Path, Optional<Lines>> read = new HashMap<>();

        List<ExcerptLine> excerpt(Path file, int line) {
            return read.computeIfAbsent(file, Sources::read)
                    .map(l -> l.excerpt(line))
                    .orElse(List.of());
        }

        private static Optional<Lines> read(Path file) {
            try {
                // never through a link: the overlay must not show lines of a file the content does not hold
                return Optional.of(new Lines(
                        new String(RegularFiles.read(file, ContentTree.MAX_FILE_BYTES), StandardCharsets.UTF_8)));
            } catch (RegularFiles.Refused | RuntimeException e) {
                return Optional.empty(); // the message still says where; the excerpt is a convenience
            }
        }
    }

    /**
     * A file's text and where each of its lines starts and ends (lines end at \n, \r\n or \r, as
     * {@link String#lines()}).
     */
    private static final class Lines {
        private final String text;
        private int[] begins = new int[64];
        private int[] ends = new int[64];
        private int count;

        Lines(String text) {
            this.text = text;
            int begin = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || c == '\r') {
                    add(begin, i);
                    if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                    begin = i + 1;
                }
            }
            if (begin < text.length()) {
                add(begin, text.length());
            }
        }

        private void add(int begin, int end) {
            if (count == begins.length) {
                begins = Arrays.copyOf(begins, count * 2);
                ends = Arrays.copyOf(ends, count * 2);
            }
            begins[count] = begin;
            ends[count] = end;
            count++;
        }

        List<ExcerptLine> excerpt(int line) {
            List<ExcerptLine> shown = new ArrayList<>();
            for (int n = Math.max(1, line - CONTEXT); n <= Math.min(count, line + CONTEXT); n++) {
                int begin = begins[n - 1];
                if (n == 1 && text.startsWith("\uFEFF")) {
                    begin++; // a byte-order mark is not a character the author sees
                }
                String t = text.substring(begin, Math.min(ends[n - 1], begin + MAX_LINE_CHARS));
                shown.add(new ExcerptLine(n, t, n == line));
            }
            return shown;
        }
    }
}
