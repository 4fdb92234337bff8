package org.netdeck.problem;

import java.util.Arrays;

/**
 * Where each line of a text starts (lines end at {@code \n}), to turn a character offset into a line and a
 * column: the one offset rule of the Markdown readers ({@code content.SlideParser}, {@code text.SlideText}).
 *
 * <pre>{@code LineStarts.of("a\nbc").line(3)  // 1: offset 3 ('c') is on the second line, which starts at 2}</pre>
 */
public final class LineStarts {

    private final int[] starts;

    private LineStarts(int[] starts) {
        this.starts = starts;
    }

    /** The starts of every line of {@code text}, found in one pass. */
    public static LineStarts of(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            count += text.charAt(i) == '\n' ? 1 : 0;
        }
        int[] starts = new int[count];
        for (int i = 0, k = 1; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts[k++] = i + 1;
            }
        }
        return new LineStarts(starts);
    }

    /** The index (from 0) of the line holding {@code offset}: the last line that starts at or before it. */
    public int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The offset at which line {@code line} (from 0) starts. */
    public int start(int line) {
        return starts[line];
    }
}
