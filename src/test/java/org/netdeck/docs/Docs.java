package org.netdeck.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The project's Markdown docs as the doc tests read them: their prose (fenced code cut out), their headings' anchors
 * as GitHub makes them, their links, and their code (fenced blocks and inline spans), each with its line.
 */
final class Docs {

    /** The docs, from the project folder: README, CONTRIBUTING, ARCHITECTURE, CHANGELOG and everything in docs/. */
    static List<Path> files() {
        List<Path> files = new ArrayList<>(List.of(
                Path.of("README.md"), Path.of("CONTRIBUTING.md"), Path.of("ARCHITECTURE.md"), Path.of("CHANGELOG.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** One line of a doc: its file, its number from 1, and its text. */
    record Line(Path file, int number, String text) {
        String where() {
            return file + ":" + number;
        }
    }

    /** A piece of code in a doc: a line of a fenced block (with its language) or an inline code span. */
    record Code(Line line, String language, String text, boolean fenced) {}

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([\\w-]*).*$");
    private static final Pattern SPAN = Pattern.compile("(`+)(.+?)\\1");
    private static final Pattern LINK =
            Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern HTML_LINK = Pattern.compile("(?:src|href)=\"([^\"]+)\"");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private Docs() {}

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines outside fenced code blocks. */
    static List<Line> prose(Path file) {
        List<Line> prose = new ArrayList<>();
        walk(file, (line, fence) -> {
            if (fence == null) {
                prose.add(line);
            }
        });
        return prose;
    }

    /** Every line of every fenced block, and every inline code span of the prose. */
    static List<Code> code(Path file) {
        List<Code> code = new ArrayList<>();
        walk(file, (line, fence) -> {
            if (fence != null) {
                code.add(new Code(line, fence, line.text(), true));
            } else {
                Matcher m = SPAN.matcher(line.text());
                while (m.find()) {
                    code.add(new Code(line, "", m.group(2).strip(), false));
                }
            }
        });
        return code;
    }

    private interface Visitor {
        /** {@code fence} is the language of the fenced block the line is inside ("" for none), or null outside. */
        void line(Line line, String fence);
    }

    private static void walk(Path file, Visitor visitor) {
        String[] lines = read(file).split("\n", -1);
        String open = null; // the opening fence's characters while inside a block
        String language = null;
        for (int i = 0; i < lines.length; i++) {
            Line line = new Line(file, i + 1, lines[i]);
            Matcher fence = FENCE.matcher(lines[i]);
            if (open == null && fence.matches()) {
                open = fence.group(1);
                language = fence.group(2);
            } else if (open != null
                    && fence.matches()
                    && fence.group(1).charAt(0) == open.charAt(0)
                    && fence.group(1).length() >= open.length()
                    && fence.group(2).isEmpty()) {
                open = null;
            } else {
                visitor.line(line, open == null ? null : language);
            }
        }
    }

    /** A link's target as written, and where. */
    record Link(Line line, String target) {}

    /** Every Markdown link and image, and every HTML {@code src}/{@code href}, of the prose (code spans cut out). */
    static List<Link> links(Path file) {
        List<Link> links = new ArrayList<>();
        for (Line line : prose(file)) {
            String text = SPAN.matcher(line.text()).replaceAll("");
            for (Pattern p : List.of(LINK, HTML_LINK)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    links.add(new Link(line, m.group(1)));
                }
            }
        }
        return links;
    }

    /** The headings' anchors as GitHub makes them, in order (a repeated one gets -1, -2, ...). */
    static Set<String> anchors(Path file) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String heading : headings(file)) {
            String slug = slug(heading);
            int n = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(n == 0 ? slug : slug + "-" + n);
        }
        return anchors;
    }

    /** The headings' texts, in order. */
    static List<String> headings(Path file) {
        return prose(file).stream()
                .map(l -> HEADING.matcher(l.text()))
                .filter(Matcher::matches)
                .map(m -> m.group(2))
                .toList();
    }

    /**
     * GitHub's anchor for a heading: its text without Markdown marks (links keep their text), lower case, every
     * character but letters, digits, spaces, {@code -} and {@code _} dropped, spaces made {@code -}.
     */
    static String slug(String heading) {
        String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").replaceAll("<[^>]+>", "");
        return text.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }

    /** The section under a heading (its text as written after the #s), up to the next heading of its level or above. */
    static String section(Path file, String heading) {
        List<String> lines = List.of(read(file).split("\n", -1));
        int start = -1;
        int level = 0;
        int end = lines.size();
        for (Line line : prose(file)) {
            Matcher m = HEADING.matcher(line.text());
            if (!m.matches()) {
                continue;
            }
            if (start < 0 && m.group(2).equals(heading)) {
                start = line.number() - 1;
                level = m.group(1).length();
            } else if (start >= 0 && m.group(1).length() <= level) {
                end = line.number() - 1;
                break;
            }
        }
        if (start < 0) {
            throw new AssertionError(file + " has no heading '" + heading + "'");
        }
        return String.join("\n", lines.subList(start, end));
    }
}
