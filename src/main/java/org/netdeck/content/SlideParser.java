package org.netdeck.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.CommonmarkInlineParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.id.Identified;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.DidYouMean;
import org.netdeck.problem.LineStarts;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;

/**
 * Splits a deck's Markdown body into slides: each level-2 heading ({@code ## Title}, or a setext
 * heading underlined with {@code ---}) at the top level starts one. A slide picks its diagram with an
 * HTML comment on its own line, {@code <!-- diagram: forward -->} (the training and landscape steps may choose the
 * runs they draw: {@code <!-- diagram: landscape runs: small_lr large_lr -->}); the directive's lines are blanked
 * out of the slide's Markdown (kept as empty lines, so line numbers stay true). Speaker notes go between a line
 * {@code :::notes} and a line {@code :::}; they are cut out of the slide's Markdown the same way and kept in
 * {@link Slide#notes()}.
 *
 * <pre>{@code List<Slide> slides = new SlideParser().parse(path, body, 12);  // body starts on line 12 of path}</pre>
 *
 * One parser is built per instance and reused for every deck. Every problem of a deck is reported at
 * once, as one {@link BuildFailure}.
 */
public final class SlideParser {

    // "diagram" then ':' or the end of the comment; "<!-- diagram of the net -->" is an ordinary comment
    private static final Pattern DIRECTIVE = Pattern.compile("(?i)diagram\\s*(?::(.*))?", Pattern.DOTALL);

    // "step" then ':' or the end of the comment; "<!-- step by step -->" is an ordinary comment
    private static final Pattern STEP = Pattern.compile("(?i)step\\s*(?::(.*))?", Pattern.DOTALL);
    private static final Pattern HIGHLIGHT =
            Pattern.compile("(?i)\\s*highlight\\s*:?\\s+(\\S(?:.*\\S)?)\\s*", Pattern.DOTALL);
    private static final Pattern PART = Pattern.compile("[^\\s,]+");
    // after a diagram directive's step: "runs" (':' optional) and the run names, as a step marker's "highlight"
    private static final Pattern RUNS = Pattern.compile("(?i)\\s*runs\\s*:?\\s+(\\S(?:.*\\S)?)\\s*", Pattern.DOTALL);
    /** What a fragment marker becomes in {@link Slide#markdown()}. */
    public static final String STEP_MARK = "<!--step-->";

    private static final Pattern NOTES_OPEN = Pattern.compile(" {0,3}:::\\s*notes\\s*");
    private static final Pattern FENCE_CLOSE = Pattern.compile(" {0,3}:::\\s*");
    private static final Pattern CODE_FENCE = Pattern.compile(" {0,3}(```|~~~).*");

    private final Parser parser;

    public SlideParser() {
        this(block -> {});
    }

    /**
     * A parser that tells {@code inlineParsed} each block whose inline content it parses (a test's seam: only headings
     * and blocks holding an HTML comment are).
     */
    SlideParser(Consumer<Node> inlineParsed) {
        parser = Parser.builder()
                .customInlineParserFactory(
                        (options, special, delimiters, processors, links, extensions) -> new SplitInlineParser(
                                options, special, delimiters, processors, links, extensions, inlineParsed))
                .build();
    }

    /**
     * Reads the inline content (emphasis, links, code spans, raw HTML, …) of only the blocks splitting needs it of:
     * headings (a slide's title) and blocks whose text holds {@code <!--} (a directive or marker written inside a
     * paragraph is an error). The slide's text is read in full once, by {@code text.SlideText}; reading every
     * paragraph here too took as long again (issue 36).
     */
    private static final class SplitInlineParser extends CommonmarkInlineParser {
        private final Consumer<Node> inlineParsed;

        SplitInlineParser(
                DataHolder options,
                BitSet special,
                BitSet delimiters,
                Map<Character, DelimiterProcessor> processors,
                LinkRefProcessorData links,
                List<InlineParserExtensionFactory> extensions,
                Consumer<Node> inlineParsed) {
            super(options, special, delimiters, processors, links, extensions);
            this.inlineParsed = inlineParsed;
        }

        @Override
        public void parse(BasedSequence input, Node block) {
            if (block instanceof Heading || input.indexOf("<!--") >= 0) {
                inlineParsed.accept(block);
                super.parse(input, block);
            }
        }
    }

    /**
     * The slides of {@code body}, the deck file's Markdown after the front matter, which starts on line
     * {@code bodyFirstLine} (1-based) of {@code file}. Throws {@link BuildFailure} listing every problem.
     */
    public List<Slide> parse(Path file, String body, int bodyFirstLine) {
        Lines lines = new Lines(file, body, bodyFirstLine);
        openLinks(body, lines);
        MarkdownLimits.check(body, lines::at);
        Document document = parser.parse(body);
        List<Problem> problems = new ArrayList<>();
        List<Heading> headings = headings(document, lines, problems);
        Marks marks = marks(document, headings, lines, problems);
        diagramLimit(marks.directives(), problems);
        List<Slide> slides = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            int end = i + 1 < headings.size()
                    ? lines.lineStart(headings.get(i + 1).getStartOffset())
                    : body.length();
            slides.add(slide(
                    headings.get(i),
                    body,
                    end,
                    marks.directives().get(i),
                    marks.markers().get(i),
                    lines,
                    problems));
        }
        if (!problems.isEmpty()) {
            throw BuildFailure.inFileOrder(problems);
        }
        return List.copyOf(slides);
    }

    /**
     * The top-level level-2 headings, one per slide; text before the first is reported. Throws when there are none,
     * or more than {@link Limits#MAX_SLIDES}.
     */
    private static List<Heading> headings(Document document, Lines lines, List<Problem> problems) {
        List<Heading> headings = new ArrayList<>();
        boolean textBefore = false;
        for (Node n = document.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Heading h && h.getLevel() == 2) {
                headings.add(h);
            } else if (headings.isEmpty() && !(n instanceof HtmlCommentBlock) && !textBefore) {
                textBefore = true;
                problems.add(new Problem(
                        lines.at(n.getStartOffset()),
                        "text before the first slide; start a slide with '## Title' above it"));
            }
        }
        if (headings.isEmpty()) {
            throw new BuildFailure(
                    lines.at(0),
                    "this deck has no slides; add a slide: a line starting with '## ' followed by its title");
        }
        if (headings.size() > Limits.MAX_SLIDES) {
            throw new BuildFailure(
                    lines.at(headings.get(Limits.MAX_SLIDES).getStartOffset()),
                    "this deck has "
                            + headings.size() + " slides, more than the limit of " + Limits.MAX_SLIDES
                            + " slides, and this is slide "
                            + (Limits.MAX_SLIDES + 1) + "; split the deck into several decks");
        }
        return headings;
    }

    /** Per slide, its diagram directives and its fragment markers, in file order. */
    private record Marks(List<List<Directive>> directives, List<List<Directive>> markers) {}

    /** The directives and markers of every slide; those before the first slide are reported. */
    private static Marks marks(Document document, List<Heading> headings, Lines lines, List<Problem> problems) {
        List<List<Directive>> directives = new ArrayList<>();
        List<List<Directive>> markers = new ArrayList<>();
        headings.forEach(h -> directives.add(new ArrayList<>()));
        headings.forEach(h -> markers.add(new ArrayList<>()));
        for (Node n : document.getDescendants()) {
            Directive m = marker(n, lines, problems);
            if (m != null) {
                int slide = slideAt(headings, n.getStartOffset());
                if (slide < 0) {
                    problems.add(new Problem(
                            m.where(), "step marker before the first slide; move it below a '## ' heading"));
                } else {
                    markers.get(slide).add(m);
                }
                continue;
            }
            Directive d = directive(n, lines, problems);
            if (d == null) {
                continue;
            }
            int slide = slideAt(headings, n.getStartOffset());
            if (slide < 0) {
                problems.add(new Problem(
                        d.where(),
                        "diagram directive before the first slide;"
                                + " move it below the '## ' heading of the slide it belongs to"));
            } else {
                directives.get(slide).add(d);
            }
        }
        return new Marks(directives, markers);
    }

    /** Reports the first slide with a diagram past {@link Limits#MAX_DIAGRAM_SLIDES}. */
    private static void diagramLimit(List<List<Directive>> directives, List<Problem> problems) {
        int withDiagram = 0;
        for (List<Directive> own : directives) {
            if (!own.isEmpty() && ++withDiagram == Limits.MAX_DIAGRAM_SLIDES + 1) {
                long all = directives.stream().filter(d -> !d.isEmpty()).count();
                problems.add(new Problem(
                        own.get(0).where(),
                        "this deck has " + all + " slides with a diagram, more than"
                                + " the limit of " + Limits.MAX_DIAGRAM_SLIDES
                                + " diagram slides, and this is diagram slide "
                                + withDiagram + "; show diagrams on fewer slides, or split the deck"));
            }
        }
    }

    /**
     * The slide under heading {@code h}, whose text runs to offset {@code end} of {@code body}: its directives and
     * markers blanked out (a marker leaves {@link #STEP_MARK}), its notes cut out, its problems reported.
     */
    private static Slide slide(
            Heading h,
            String body,
            int end,
            List<Directive> own,
            List<Directive> markers,
            Lines lines,
            List<Problem> problems) {
        String title = new TextCollectingVisitor().collectAndGetText(h).strip();
        SourcePosition headingAt = lines.at(h.getStartOffset());
        if (title.isEmpty()) {
            problems.add(new Problem(headingAt, "this slide has an empty title; write its title after '## '"));
        }
        referenceInTitle(h, lines, problems);
        int start = lines.nextLineStart(Math.max(h.getStartOffset(), h.getEndOffset() - 1));
        StringBuilder markdown = new StringBuilder(body.substring(start, Math.max(start, end)));
        for (int k = 1; k < own.size(); k++) {
            problems.add(new Problem(
                    own.get(k).where(),
                    "a second diagram directive in slide '" + title
                            + "' (the first is on line "
                            + own.get(0).where().line()
                            + "); a slide shows one diagram, so remove one of them"));
        }
        List<Directive> edits = new ArrayList<>(own);
        edits.addAll(markers);
        edits.sort(Comparator.comparingInt(Directive::start).reversed());
        for (Directive e : edits) { // last first: blanking shortens lines, so earlier offsets stay true
            blank(markdown, e.start() - start, e.end() - start);
            if (e.fragment() != null) {
                markdown.insert(e.start() - start, STEP_MARK);
            }
        }
        Optional<DiagramStep> step = own.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(own.get(0).step());
        String[] split = splitNotes(markdown.toString(), lines, start, problems);
        List<Fragment> fragments = new ArrayList<>();
        for (Directive m : markers) {
            if (split[1].contains(STEP_MARK)) {
                problems.add(new Problem(m.where(), "a step marker in speaker notes; move it into the slide's text"));
                break;
            }
            fragments.add(m.fragment());
        }
        List<Slide.RunName> runs = own.isEmpty() ? List.of() : own.get(0).runs();
        return new Slide(title, split[0], headingAt, lines.at(start), step, split[1], fragments, runs);
    }

    /**
     * The slide's Markdown without its {@code :::notes} blocks, and the notes alone; both keep every line (the
     * other lines blanked), so positions stay true. A block left open is reported at its first line.
     */
    private static String[] splitNotes(String markdown, Lines lines, int start, List<Problem> problems) {
        if (!markdown.contains(":::")) {
            return new String[] {markdown, ""};
        }
        StringBuilder slide = new StringBuilder();
        StringBuilder notes = new StringBuilder();
        boolean inCode = false;
        int openedAt = -1;
        int offset = 0;
        for (String line : markdown.split("(?<=\n)", -1)) {
            String text = line.replaceAll("[\r\n]+$", "");
            String eol = line.substring(text.length());
            boolean marker = false;
            if (openedAt < 0 && !inCode && NOTES_OPEN.matcher(text).matches()) {
                openedAt = offset;
                marker = true;
            } else if (openedAt >= 0 && !inCode && FENCE_CLOSE.matcher(text).matches()) {
                openedAt = -1;
                marker = true;
            } else if (CODE_FENCE.matcher(text).matches()) {
                inCode = !inCode;
            }
            boolean note = openedAt >= 0 && !marker;
            slide.append(note || marker ? "" : text).append(eol);
            notes.append(note ? text : "").append(eol);
            offset += line.length();
        }
        if (openedAt >= 0) {
            problems.add(new Problem(
                    lines.at(start + openedAt),
                    "the speaker notes opened here are not closed; end them with a line ':::'"));
        }
        return new String[] {slide.toString(), notes.toString()};
    }

    /** A diagram directive found in {@code n}, or null when {@code n} holds none; malformed ones are reported. */
    private static Directive directive(Node n, Lines lines, List<Problem> problems) {
        if (!(n instanceof HtmlBlockBase) && !(n instanceof HtmlInlineBase)) {
            return null;
        }
        String chars = n.getChars().toString();
        Directive found = null;
        for (Comment comment : comments(chars)) {
            Matcher m = DIRECTIVE.matcher(comment.inner().strip());
            if (!m.matches()) {
                continue;
            }
            SourcePosition where = lines.at(n.getStartOffset() + comment.start());
            String text = comment.whole().replaceAll("\\s+", " ");
            if (!(n instanceof HtmlCommentBlock) || !chars.strip().equals(comment.whole())) {
                problems.add(new Problem(
                        where,
                        "the diagram directive '" + text
                                + "' must stand alone on its own line; put it on a line by itself"));
                continue;
            }
            String rest = m.group(1) == null ? "" : m.group(1).strip();
            String id = rest.split("[\\s,]", 2)[0];
            String after = rest.substring(id.length());
            DiagramStep step = Identified.fromId(DiagramStep.class, id).orElse(null);
            Matcher runs = RUNS.matcher(after);
            List<Slide.RunName> chosen = new ArrayList<>();
            if (id.isEmpty() || !after.isBlank() && !runs.matches()) {
                problems.add(new Problem(
                        where,
                        "malformed diagram directive '" + text + "'; write '<!-- diagram: STEP -->' with STEP one of "
                                + String.join(", ", Identified.ids(DiagramStep.class))
                                + ", or '<!-- diagram: STEP runs: NAME ... -->' to draw some of the compare runs"));
                step = null;
            } else if (step == null) {
                problems.add(new Problem(
                        where,
                        "unknown diagram step '" + id + "'"
                                + DidYouMean.hint(
                                        id,
                                        Identified.ids(DiagramStep.class),
                                        "the steps are " + String.join(", ", Identified.ids(DiagramStep.class)))));
            } else if (!after.isBlank()) {
                int base = n.getStartOffset()
                        + comment.innerStart()
                        + m.start(1)
                        + (comment.inner().length()
                                - comment.inner().stripLeading().length())
                        + (m.group(1).length() - m.group(1).stripLeading().length())
                        + id.length()
                        + runs.start(1);
                Matcher part = PART.matcher(runs.group(1));
                while (part.find()) {
                    SourcePosition at = lines.at(base + part.start());
                    Optional<Slide.RunName> twice = chosen.stream()
                            .filter(c -> c.name().equals(part.group()))
                            .findFirst();
                    if (twice.isPresent()) {
                        problems.add(new Problem(
                                at,
                                "the diagram directive names run '" + part.group() + "' twice (also at column "
                                        + twice.get().where().column() + "); name each run once"));
                    } else {
                        chosen.add(new Slide.RunName(part.group(), at));
                    }
                }
                if (!step.drawsRuns()) {
                    problems.add(new Problem(
                            where,
                            "the " + step.id() + " diagram draws no runs, so 'runs:' has nothing to choose; only"
                                    + " the "
                                    + String.join(" and ", DiagramStep.idsDrawingRuns())
                                    + " diagrams take 'runs:', so remove it here"));
                    chosen.clear();
                }
            }
            // an unusable directive still counts, so that a second one is reported and no diagram is guessed
            found = new Directive(where, n.getStartOffset(), n.getEndOffset(), step, null, chosen);
        }
        return found;
    }

    /** A reference such as {@code {{ loss }}} in a heading is an error: titles are plain text. */
    private static void referenceInTitle(Heading h, Lines lines, List<Problem> problems) {
        for (Node n : h.getDescendants()) {
            if (!(n instanceof Text) || n.getAncestorOfType(Code.class) != null) {
                continue;
            }
            String text = n.getChars().toString();
            for (int i = text.indexOf("{{"); i >= 0; i = text.indexOf("{{", i + 2)) {
                if (i == 0 || text.charAt(i - 1) != '\\') {
                    problems.add(new Problem(
                            lines.at(n.getStartOffset() + i),
                            "a slide title cannot refer to a computed value; move the reference into the slide's text,"
                                    + " or write '\\{{' for a literal '{{'"));
                    return;
                }
            }
        }
    }

    /** The index of the slide whose heading comes last before {@code offset}, or −1 before the first. */
    private static int slideAt(List<Heading> headings, int offset) {
        int lo = 0;
        int hi = headings.size() - 1;
        int slide = -1;
        while (lo <= hi) { // binary search: headings are in offset order
            int mid = (lo + hi) >>> 1;
            if (headings.get(mid).getStartOffset() <= offset) {
                slide = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return slide;
    }

    /**
     * Refuses Markdown on which Flexmark would take quadratic time: it reads each {@code [text](} on to its
     * {@code )}, or to the end of the paragraph when there is none, so many unclosed ones in one paragraph add up.
     * One backward pass sums those distances (to the next ')' or blank line) and compares the sum with
     * {@link Limits#MAX_OPEN_LINK_SCAN}.
     */
    private static void openLinks(String body, Lines lines) {
        long total = 0;
        int stop = body.length(); // the next ')' or paragraph break after the current position
        int worst = -1;
        for (int i = body.length() - 1; i >= 0; i--) {
            char c = body.charAt(i);
            if (c == ')' || c == '\n' && i + 1 < body.length() && blankLineAt(body, i + 1)) {
                stop = i;
            } else if (c == ']' && i + 1 < body.length() && body.charAt(i + 1) == '(') {
                total += stop - i;
                worst = i;
            }
        }
        if (total > Limits.MAX_OPEN_LINK_SCAN) {
            throw new BuildFailure(
                    lines.at(worst),
                    "too many unclosed links: '[text](' without its ')' again and again"
                            + " makes the Markdown reader go over " + Limits.MAX_OPEN_LINK_SCAN
                            + " characters (the limit);"
                            + " close each link with ')', or write '\\[' for a literal '['");
        }
    }

    /** Whether the line starting at {@code start} is blank (it ends a paragraph). */
    private static boolean blankLineAt(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Empties every line in {@code [from, to)}, keeping the line breaks. */
    private static void blank(StringBuilder s, int from, int to) {
        for (int i = Math.min(to, s.length()) - 1; i >= Math.max(0, from); i--) {
            if (s.charAt(i) != '\n' && s.charAt(i) != '\r') {
                s.deleteCharAt(i);
            }
        }
    }

    /**
     * A fragment marker found in {@code n}, or null when {@code n} holds none: {@code <!-- step -->} or
     * {@code <!-- step: highlight a b -->} alone on its line, between top-level blocks. Malformed ones are reported.
     */
    private static Directive marker(Node n, Lines lines, List<Problem> problems) {
        if (!(n instanceof HtmlBlockBase) && !(n instanceof HtmlInlineBase)) {
            return null;
        }
        String chars = n.getChars().toString();
        for (Comment comment : comments(chars)) {
            Matcher m = STEP.matcher(comment.inner().strip());
            if (!m.matches()) {
                continue;
            }
            SourcePosition where = lines.at(n.getStartOffset() + comment.start());
            String text = comment.whole().replaceAll("\\s+", " ");
            if (!(n instanceof HtmlCommentBlock)
                    || !chars.strip().equals(comment.whole())
                    || !(n.getParent() instanceof Document)) {
                problems.add(new Problem(
                        where,
                        "the step marker '" + text + "' must stand alone on its own line between"
                                + " paragraphs, lists or tables (not inside a list or quote); put it on "
                                + "a line by itself, with no indent"));
                return null;
            }
            List<Fragment.Highlight> parts = new ArrayList<>();
            if (m.group(1) != null) {
                Matcher h = HIGHLIGHT.matcher(m.group(1));
                if (!h.matches()) {
                    problems.add(new Problem(
                            where,
                            "malformed step marker '" + text
                                    + "'; write '<!-- step -->', or '<!-- step: highlight NAME ... -->' "
                                    + "naming neurons, weights or biases"));
                    return null;
                }
                int base = n.getStartOffset()
                        + comment.innerStart()
                        + m.start(1)
                        + (comment.inner().length()
                                - comment.inner().stripLeading().length())
                        + h.start(1);
                Matcher part = PART.matcher(h.group(1));
                while (part.find()) {
                    parts.add(new Fragment.Highlight(part.group(), lines.at(base + part.start())));
                }
            }
            return new Directive(
                    where, n.getStartOffset(), n.getEndOffset(), null, new Fragment(where, parts), List.of());
        }
        return null;
    }

    /**
     * The HTML comments {@code <!--…-->} of {@code chars}, found in one pass (a regular expression's {@code find()}
     * would read from every unclosed {@code <!--} to the end: quadratic).
     */
    private static List<Comment> comments(String chars) {
        List<Comment> found = new ArrayList<>();
        for (int open = chars.indexOf("<!--"); open >= 0; ) {
            int close = chars.indexOf("-->", open + 4);
            if (close < 0) {
                break; // no later comment can close either
            }
            found.add(new Comment(chars, open, close + 3));
            open = chars.indexOf("<!--", close + 3);
        }
        return found;
    }

    /** One HTML comment at {@code [start, end)} of {@code chars}; {@link #inner()} is what lies between its marks. */
    private record Comment(String chars, int start, int end) {
        String whole() {
            return chars.substring(start, end);
        }

        String inner() {
            return chars.substring(innerStart(), end - 3);
        }

        int innerStart() {
            return start + 4;
        }
    }

    private record Directive(
            SourcePosition where, int start, int end, DiagramStep step, Fragment fragment, List<Slide.RunName> runs) {}

    /** Offsets in the body to positions in the deck file. */
    private static final class Lines {
        private final Path file;
        private final String text;
        private final int firstLine;
        private final LineStarts starts;

        Lines(Path file, String text, int firstLine) {
            this.file = file;
            this.text = text;
            this.firstLine = firstLine;
            this.starts = LineStarts.of(text);
        }

        SourcePosition at(int offset) {
            int line = starts.line(offset);
            return new SourcePosition(file, firstLine + line, offset - starts.start(line) + 1);
        }

        int lineStart(int offset) {
            return starts.start(starts.line(offset));
        }

        /** The start of the line after the one holding {@code offset} (the end of the text on the last line). */
        int nextLineStart(int offset) {
            int nl = text.indexOf('\n', Math.min(offset, text.length()));
            return nl < 0 ? text.length() : nl + 1;
        }
    }
}
