package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;

/** Breaks a caption into lines of at most a number of characters, between clauses ({@code ; }) where it can, else between words. */
final class Wrap {

    private Wrap() {
    }

    /**
     * The lines of {@code text}, each at most {@code chars} code points unless one word alone is longer: whole clauses
     * (ending in {@code ;}) are kept together when they fit, and a clause too long for a line is wrapped word by word.
     */
    static List<String> lines(String text, int chars) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String clause : text.split("(?<=;) ")) {
            if (fits(join(line, clause), chars)) {
                line = join(line, clause);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
                line = "";
            }
            for (String word : clause.split(" ")) {
                if (!line.isEmpty() && !fits(join(line, word), chars)) {
                    lines.add(line);
                    line = "";
                }
                line = join(line, word);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return List.copyOf(lines);
    }

    private static boolean fits(String s, int chars) {
        return s.codePointCount(0, s.length()) <= chars;
    }

    private static String join(String line, String more) {
        return line.isEmpty() ? more : line + " " + more;
    }
}
