package org.netdeck.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.netdeck.problem.Problem;

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
        Path file = problem.where().file();
        int line = problem.where().line();
        return new ProblemView(file.toString().replace('\\', '/'), line, problem.where().column(), problem.message(),
                problem.toString(), line == 0 ? List.of() : excerpt(file, line));
    }

    private static List<ExcerptLine> excerpt(Path file, int line) {
        List<String> lines;
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > ContentTree.MAX_FILE_BYTES) {
                return List.of();
            }
            lines = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            return List.of();  // the message still says where; the excerpt is a convenience
        }
        List<ExcerptLine> shown = new ArrayList<>();
        for (int n = Math.max(1, line - CONTEXT); n <= Math.min(lines.size(), line + CONTEXT); n++) {
            String text = lines.get(n - 1);
            if (n == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);  // a byte-order mark is not a character the author sees
            }
            shown.add(new ExcerptLine(n, text.length() > MAX_LINE_CHARS ? text.substring(0, MAX_LINE_CHARS) : text, n == line));
        }
        return shown;
    }
}
