package org.netdeck.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.SourcePosition;

/**
 * Refuses, in one linear pass and before any Markdown reader sees it, a deck body on which Flexmark would take
 * more than linear time, and text that has no place in a page:
 *
 * <ul>
 *   <li>a control character (other than tab and line breaks), half of a surrogate pair, or a noncharacter
 *       (U+FFFE, U+FDD0…), as the front matter's YAML refuses them;
 *   <li>a line nested more than {@link Limits#MAX_NESTING} block quotes and list items deep, or indented more than
 *       {@link Limits#MAX_INDENT} columns (Flexmark reads nesting recursively);
 *   <li>paragraphs whose marks cost too much together: Flexmark reads on from each bracket, backtick run, tag,
 *       entity and dollar to the end of its paragraph, and matches each run of emphasis marks against the open ones (and from each unclosed backtick run, over every later
 *       run of its paragraph), so each paragraph costs about its marks times its length; the sum over the deck is
 *       capped at {@link Limits#MAX_MARKDOWN_WORK}.
 * </ul>
 *
 * Top-level fenced code is not read for marks (Flexmark does not read it inline). Throws {@link BuildFailure} at
 * the first problem.
 */
final class MarkdownLimits {

    private MarkdownLimits() {}

    /** Checks {@code body}; {@code at} turns an offset of it into a position in the deck file. */
    static void check(String body, IntFunction<SourcePosition> at) {
        characters(body, at);
        Paragraph worst = null;
        long work = 0;
        Paragraph paragraph = null;
        Fence fence = null;
        int lineStart = 0;
        while (lineStart <= body.length()) {
            int nl = body.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? body.length() : nl;
            if (fence != null) {
                if (fence.closedBy(body, lineStart, lineEnd)) {
                    fence = null;
                }
            } else {
                int content = nesting(body, lineStart, lineEnd, at);
                Fence opened = content == lineStart || indentOnly(body, lineStart, content)
                        ? Fence.opening(body, content, lineEnd)
                        : null;
                boolean blank = isBlank(body, content, lineEnd);
                if (opened != null || blank) {
                    if (paragraph != null) {
                        work += paragraph.finish();
                        worst = paragraph.worse(worst);
                        paragraph = null;
                    }
                    fence = opened;
                } else {
                    if (paragraph == null) {
                        paragraph = new Paragraph(lineStart);
                    }
                    paragraph.add(body, content, lineEnd);
                }
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (paragraph != null) {
            work += paragraph.finish();
            worst = paragraph.worse(worst);
        }
        if (work > Limits.MAX_MARKDOWN_WORK) {
            throw new BuildFailure(
                    at.apply(worst.start),
                    String.format(
                            Locale.ROOT,
                            "the Markdown is too dense to read in time: this paragraph has %d marks (brackets, backtick"
                                    + " runs, '*' and '_' runs, '<', '&', '$') in %d characters, and the deck's paragraphs together"
                                    + " cost %d steps (marks × paragraph length), more than the limit of %d; split"
                                    + " long paragraphs with blank lines, or use fewer links, images and code spans in"
                                    + " one paragraph",
                            worst.marks,
                            worst.length,
                            work,
                            Limits.MAX_MARKDOWN_WORK));
        }
    }

    /** Refuses the first character that cannot go into a page. */
    private static void characters(String body, IntFunction<SourcePosition> at) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= ' ' && c < 0x7F) {
                continue;
            }
            int start = i;
            String what = null;
            if (Character.isHighSurrogate(c) && i + 1 < body.length() && Character.isLowSurrogate(body.charAt(i + 1))) {
                int cp = body.codePointAt(i);
                i++;
                if ((cp & 0xFFFE) == 0xFFFE) {
                    what = String.format(Locale.ROOT, "the noncharacter U+%X", cp);
                }
            } else if (Character.isSurrogate(c)) {
                what = String.format(
                        Locale.ROOT, "half of a surrogate pair (U+%04X), which is not a character", (int) c);
            } else if (c != '\t' && c != '\n' && c != '\r' && Character.getType(c) == Character.CONTROL) {
                what = String.format(Locale.ROOT, "the control character U+%04X", (int) c);
            } else if (c == 0xFFFE || c == 0xFFFF || c >= 0xFDD0 && c <= 0xFDEF) {
                what = String.format(Locale.ROOT, "the noncharacter U+%04X", (int) c);
            }
            if (what != null) {
                throw new BuildFailure(
                        at.apply(start),
                        "the text holds " + what + ", which has no place in a page; delete it"
                                + " (an editor may show it as nothing, or as a box or '?')");
            }
        }
    }

    /**
     * The offset after the line's block-quote markers, list markers and indentation; refuses a line nested deeper
     * than {@link Limits#MAX_NESTING} or indented more than {@link Limits#MAX_INDENT} columns.
     */
    private static int nesting(String body, int start, int end, IntFunction<SourcePosition> at) {
        int depth = 0;
        int column = 0;
        int i = start;
        while (i < end) {
            char c = body.charAt(i);
            if (c == ' ') {
                column++;
                i++;
            } else if (c == '\t') {
                column += 4 - column % 4;
                i++;
            } else if (c == '>') {
                depth++;
                column++;
                i++;
            } else {
                int marker = listMarker(body, i, end);
                if (marker == i) {
                    break;
                }
                depth++;
                column += marker - i;
                i = marker;
            }
            if (depth > Limits.MAX_NESTING) {
                throw new BuildFailure(
                        at.apply(i - 1),
                        "this line is nested more than " + Limits.MAX_NESTING + " block quotes ('>') and list items"
                                + " deep (the limit); nest less deeply, or write '\\>' or '\\-' for a literal mark");
            }
            if (column > Limits.MAX_INDENT) {
                throw new BuildFailure(
                        at.apply(i - 1),
                        "this line is indented more than " + Limits.MAX_INDENT + " columns (the limit), which nests"
                                + " lists too deeply to read; indent it less");
            }
        }
        return i;
    }

    /** The offset after a list marker ({@code -}, {@code +}, {@code *}, {@code 1.}, {@code 1)}) at {@code i}, or i. */
    private static int listMarker(String body, int i, int end) {
        char c = body.charAt(i);
        int after;
        if (c == '-' || c == '+' || c == '*') {
            after = i + 1;
        } else {
            int d = i;
            while (d < end && d - i < 9 && body.charAt(d) >= '0' && body.charAt(d) <= '9') {
                d++;
            }
            if (d == i || d >= end || body.charAt(d) != '.' && body.charAt(d) != ')') {
                return i;
            }
            after = d + 1;
        }
        return after == end || body.charAt(after) == ' ' || body.charAt(after) == '\t' ? after : i;
    }

    private static boolean indentOnly(String body, int start, int end) {
        return end - start <= 3 && body.substring(start, end).isBlank();
    }

    private static boolean isBlank(String body, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = body.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** An open top-level fenced code block: its mark and how many. */
    private record Fence(char mark, int count) {

        static Fence opening(String body, int start, int end) {
            int i = start;
            while (i < end && i - start < 3 && body.charAt(i) == ' ') {
                i++;
            }
            if (i >= end || body.charAt(i) != '`' && body.charAt(i) != '~') {
                return null;
            }
            char mark = body.charAt(i);
            int n = run(body, i, end, mark);
            if (n < 3 || mark == '`' && body.indexOf('`', i + n) >= 0 && body.indexOf('`', i + n) < end) {
                return null;
            }
            return new Fence(mark, n);
        }

        boolean closedBy(String body, int start, int end) {
            int i = start;
            while (i < end && i - start < 3 && body.charAt(i) == ' ') {
                i++;
            }
            int n = i < end ? run(body, i, end, mark) : 0;
            return n >= count && isBlank(body, i + n, end);
        }

        private static int run(String body, int i, int end, char mark) {
            int n = 0;
            while (i + n < end && body.charAt(i + n) == mark) {
                n++;
            }
            return n;
        }
    }

    /** One paragraph (lines up to a blank one): its marks, its length and its backtick runs. */
    private static final class Paragraph {
        final int start;
        long marks;
        long length;
        long work;
        final List<Integer> runs = new ArrayList<>();

        Paragraph(int start) {
            this.start = start;
        }

        void add(String body, int from, int end) {
            length += end - from + 1;
            for (int i = from; i < end; i++) {
                char c = body.charAt(i);
                switch (c) {
                    case '[', ']', '<', '&', '$' -> marks++;
                    case '*', '_' -> { // a run of emphasis marks is one delimiter, which Flexmark matches by scanning
                        // back
                        while (i + 1 < end && body.charAt(i + 1) == c) {
                            i++;
                        }
                        marks++;
                    }
                    case '`' -> {
                        int n = 1;
                        while (i + 1 < end && body.charAt(i + 1) == '`') {
                            n++;
                            i++;
                        }
                        runs.add(n);
                        marks++;
                    }
                    default -> {}
                }
            }
        }

        /**
         * Marks × length, plus, for the backtick runs, each run Flexmark passes while looking for an opener's closer
         * (a run of the same length) times the length: an unclosed opener passes every later run.
         */
        long finish() {
            int[] next = new int[runs.size()];
            Map<Integer, Integer> later = new HashMap<>();
            for (int i = runs.size() - 1; i >= 0; i--) {
                next[i] = later.getOrDefault(runs.get(i), -1);
                later.put(runs.get(i), i);
            }
            long passed = 0;
            for (int i = 0; i < runs.size(); ) {
                if (next[i] >= 0) {
                    passed += next[i] - i;
                    i = next[i] + 1;
                } else {
                    passed += runs.size() - i;
                    i++;
                }
            }
            work = (marks + passed) * length;
            return work;
        }

        Paragraph worse(Paragraph other) {
            return other == null || work > other.work ? this : other;
        }
    }
}
