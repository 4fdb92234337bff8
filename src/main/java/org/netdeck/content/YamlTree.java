package org.netdeck.content;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Composes front matter text into a SnakeYAML node tree (never into Java objects), with limits that
 * keep hostile or broken input cheap: size, aliases and nesting depth. YAML errors become
 * {@link BuildFailure}s at the file position they name.
 */
final class YamlTree {

    /** Front matter is a few dozen lines; a million code points is far more than any deck needs. */
    static final int MAX_CODE_POINTS = 1 << 20;
    /** The format nests four levels deep; anything much deeper is a mistake or an attack. */
    static final int MAX_DEPTH = 32;

    static final int MAX_ALIASES = 16;

    private static final LoadSettings SETTINGS = LoadSettings.builder()
            .setLabel("front matter")
            .setSchema(new CoreSchema())
            .setCodePointLimit(MAX_CODE_POINTS)
            .setMaxAliasesForCollections(MAX_ALIASES)
            .setAllowDuplicateKeys(false)
            .setAllowRecursiveKeys(false)
            .setUseMarks(true)
            .build();

    private YamlTree() {}

    /** The one document in {@code yaml}, or empty when there is none; {@code firstLine} is its first file line. */
    static Optional<Node> compose(Path file, String yaml, int firstLine) {
        SourcePosition start = new SourcePosition(file, firstLine, 1);
        long size = yaml.codePointCount(0, yaml.length());
        if (size > MAX_CODE_POINTS) {
            throw new BuildFailure(
                    start,
                    "the front matter is " + size + " characters long, more than the limit of "
                            + MAX_CODE_POINTS
                            + " (1 MB); it only describes the deck and its network, so keep it short and"
                            + " check that the closing '---' line is where you meant it to be");
        }
        longDigitRun(file, yaml, firstLine);
        try {
            Parser parser = new DepthLimited(new ParserImpl(SETTINGS, new StreamReader(SETTINGS, yaml)));
            return new Composer(SETTINGS, parser).getSingleNode();
        } catch (TooDeep e) {
            SourcePosition where = e.mark == null ? start : at(file, firstLine, e.mark);
            throw new BuildFailure(
                    where,
                    "the front matter nests more than " + MAX_DEPTH
                            + " levels deep; the deck format needs four, so look for unclosed '[' or '{'");
        } catch (MarkedYamlEngineException e) {
            // where it went wrong, unless that is the end of the input: then where the unclosed part began
            boolean atEnd = e.getProblem() != null
                    && (e.getProblem().contains("end of stream")
                            || e.getProblem().contains("<stream end>"));
            Optional<Mark> mark = atEnd
                    ? e.getContextMark().or(e::getProblemMark)
                    : e.getProblemMark().or(e::getContextMark);
            throw new BuildFailure(mark.map(m -> at(file, firstLine, m)).orElse(start), readable(e));
        } catch (YamlEngineException e) {
            throw new BuildFailure(
                    start, "the front matter is not valid YAML: " + firstSentence(e.getMessage()) + "; fix the YAML");
        }
    }

    /**
     * Refuses a run of more than {@link Limits#MAX_NUMBER_CHARS} digits before SnakeYAML sees it: resolving and
     * converting a number hundreds of thousands of digits long takes seconds and hundreds of megabytes.
     */
    private static void longDigitRun(Path file, String yaml, int firstLine) {
        int line = 0;
        int lineStart = 0;
        int run = 0;
        for (int i = 0; i <= yaml.length(); i++) {
            char c = i < yaml.length() ? yaml.charAt(i) : '\n';
            if (c >= '0' && c <= '9') {
                run++;
                continue;
            }
            if (run > Limits.MAX_NUMBER_CHARS) {
                int start = i - run;
                throw new BuildFailure(
                        new SourcePosition(file, firstLine + line, start - lineStart + 1),
                        "a number with "
                                + run + " digits (" + Limits.shorten(yaml.substring(start, i))
                                + "), more than the limit of "
                                + Limits.MAX_NUMBER_CHARS
                                + " characters for a number; write it with fewer digits, such as 0.8 or 1.5e-3");
            }
            run = 0;
            if (c == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
    }

    /** The file position of a 0-based YAML mark in text that starts on file line {@code firstLine}. */
    static SourcePosition at(Path file, int firstLine, Mark mark) {
        return new SourcePosition(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }

    /** SnakeYAML's problem and context ("could not find expected ':' while scanning a simple key"), no snippet. */
    private static String readable(MarkedYamlEngineException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem().strip();
        String context = e.getContext() == null ? "" : e.getContext().strip();
        String what = context.isEmpty() ? problem : problem + " (" + context + ")";
        return "the front matter is not valid YAML: " + what.replace('\n', ' ')
                + "; check the indentation, the ':' after each key, and matching quotes and brackets here";
    }

    private static String firstSentence(String message) {
        String m = message == null ? "unreadable input" : message.strip();
        int end = m.indexOf('\n');
        m = end < 0 ? m : m.substring(0, end);
        m = m.endsWith(".") ? m.substring(0, m.length() - 1) : m;
        return m.isEmpty() ? m : m.substring(0, 1).toLowerCase(Locale.ROOT) + m.substring(1);
    }

    /**
     * Passes events through, counting open mappings and sequences, and stops before the composer
     * (which recurses once per level) could run out of stack.
     */
    private static final class DepthLimited implements Parser {
        private final Parser inner;
        private int depth;

        DepthLimited(Parser inner) {
            this.inner = inner;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return inner.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return inner.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return inner.hasNext();
        }

        @Override
        public Event next() {
            Event e = inner.next();
            switch (e.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_DEPTH) {
                        throw new TooDeep(e.getStartMark().orElse(null));
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {}
            }
            return e;
        }
    }

    /** Raised inside the parser; turned into a {@link BuildFailure} by {@link #compose}. */
    private static final class TooDeep extends RuntimeException {
        private final transient Mark mark;

        TooDeep(Mark mark) {
            super(null, null, false, false);
            this.mark = mark;
        }
    }
}
