package org.netdeck.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks a caption into lines of at most a number of characters, between clauses ({@code ; }) where it can, else
 * between words.
 */
final class Wrap {

    private Wrap() {}

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
            for (String word : words(clause)) {
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
        return RichText.length(s) <= chars;
    }

    /** The clause's words, split at spaces outside math ({@code $…$} stays whole). */
    private static List<String> words(String clause) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean math = false;
        for (char ch : clause.toCharArray()) {
            if (ch == '$') {
                math = !math;
            }
            if (ch == ' ' && !math) {
                words.add(word.toString());
                word.setLength(0);
            } else {
                word.append(ch);
            }
        }
        words.add(word.toString());
        return words;
    }

    private static String join(String line, String more) {
        return line.isEmpty() ? more : line + " " + more;
    }
}
