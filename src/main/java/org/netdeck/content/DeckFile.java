package org.netdeck.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.SourcePosition;

/**
 * A deck file's text cut in two: the YAML front matter between the opening {@code ---} line and the
 * next line that is exactly {@code ---} (or {@code ...}), and the Markdown body after it. Lines count
 * from 1 in the original file, so positions found in either part can be reported against the file.
 * Both parts use {@code \n} line endings (CRLF and lone CR become {@code \n}); a leading byte order
 * mark is dropped.
 *
 * <pre>{@code
 * DeckFile deck = DeckFile.split(Path.of("content/backprop/deck.md"), text);
 * FrontMatter front = FrontMatterParser.parse(path, deck.yaml(), deck.yamlLine());
 * }</pre>
 *
 * @param yaml     the front matter's text, each line ending in {@code \n}
 * @param yamlLine the file line the front matter starts on (always 2)
 * @param body     the text after the closing line
 * @param bodyLine the file line the body starts on
 */
public record DeckFile(String yaml, int yamlLine, String body, int bodyLine) {

    private static final String HOW = "a deck starts with YAML front matter between two '---' lines;";

    public DeckFile {
        Objects.requireNonNull(yaml, "yaml");
        Objects.requireNonNull(body, "body");
        if (yamlLine < 1 || bodyLine <= yamlLine) {
            throw new IllegalArgumentException("lines count from 1 and the body follows the front matter");
        }
    }

    /**
     * Splits {@code text}, the whole content of {@code file}; throws {@link BuildFailure} when it has no front matter.
     */
    public static DeckFile split(Path file, String text) {
        String normal = text.startsWith("\uFEFF") ? text.substring(1) : text;
        normal = normal.replace("\r\n", "\n").replace('\r', '\n');
        SourcePosition top = new SourcePosition(file, 1, 1);
        if (normal.isBlank()) {
            throw new BuildFailure(
                    top,
                    "the file is empty; " + HOW
                            + " start it with '---', a 'title:' and a 'network:' section, then '---', then the slides");
        }
        List<String> lines = List.of(normal.split("\n", -1));
        if (!isMarker(lines.get(0), false)) {
            throw new BuildFailure(
                    top,
                    HOW + " add a line '---' at the very top, then 'title:' and 'network:',"
                            + " then a closing '---' line before the first slide");
        }
        int close = 1;
        while (close < lines.size() && !isMarker(lines.get(close), true)) {
            close++;
        }
        if (close == lines.size()) {
            throw new BuildFailure(
                    top,
                    "the front matter that starts here is never closed; add a line '---'"
                            + " after its last line, before the first slide");
        }
        String yaml = join(lines.subList(1, close));
        // the body is what follows the closing line's line break (nothing when the file ends there)
        String body = close + 1 < lines.size() ? String.join("\n", lines.subList(close + 1, lines.size())) : "";
        return new DeckFile(yaml, 2, body, close + 2);
    }

    /** {@code ---}, or with {@code acceptEnd} also {@code ...}, with nothing after it but spaces. */
    private static boolean isMarker(String line, boolean acceptEnd) {
        String s = line.stripTrailing();
        return s.equals("---") || acceptEnd && s.equals("...");
    }

    private static String join(List<String> lines) {
        StringBuilder b = new StringBuilder();
        lines.forEach(l -> b.append(l).append('\n'));
        return b.toString();
    }
}
