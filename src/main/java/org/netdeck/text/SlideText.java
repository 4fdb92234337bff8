package org.netdeck.text;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.compute.Goal;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Trace;
import org.netdeck.content.Deck;
import org.netdeck.content.Fragment;
import org.netdeck.content.Slide;
import org.netdeck.content.SlideParser;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.DidYouMean;
import org.netdeck.problem.LineStarts;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;
import org.netdeck.problem.Warning;

/**
 * Renders slide Markdown to HTML (CommonMark plus GFM pipe tables; raw HTML passes through) with every
 * {@code {{ reference }}} bound to the deck's computed values. The parser and renderer are built once.
 *
 * <pre>{@code List<RenderedSlide> slides = new SlideText().render(deck, Backprop.compute(deck.front().network()));}</pre>
 */
public final class SlideText {

    /** Reading speed for {@link #readingSeconds}. */
    public static final int WORDS_PER_MINUTE = 200;
    /** Reference problems of one deck described in full; the rest are counted in one more problem. */
    public static final int MAX_DETAILED_PROBLEMS = 50;

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Consumer<String> parsed;

    public SlideText() {
        this(markdown -> {});
    }

    /** A slide text that tells {@code parsed} each Markdown text it parses (a test's seam: each is parsed once). */
    SlideText(Consumer<String> parsed) {
        this.parsed = parsed;
        MutableDataSet options = new MutableDataSet();
        options.set(
                Parser.EXTENSIONS, List.of(TablesExtension.create(), new ReferenceExtension(), new MathExtension()));
        // GitHub's pipe tables: no column spans, rows padded or cut to the header's width
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Every slide of {@code deck} as HTML, its references bound to {@code trace}. Throws {@link BuildFailure}
     * listing every malformed reference, unknown name and unknown format of the deck.
     */
    public List<RenderedSlide> render(Deck deck, Trace trace) {
        return render(deck, trace, new Namespace(trace));
    }

    /**
     * {@link #render(Deck, Trace)} with the names of {@code trace} at hand ({@code values}, made once per deck for its
     * slides and its {@link Explanations}).
     */
    public List<RenderedSlide> render(Deck deck, Trace trace, Namespace values) {
        List<Problem> problems = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<Document> notes = new ArrayList<>();
        List<List<LocalFile>> files = new ArrayList<>();
        List<List<Warning>> warnings = new ArrayList<>();
        Overflow overflow = new Overflow();
        for (Slide slide : deck.slides()) {
            List<LocalFile> local = new ArrayList<>();
            List<Warning> warned = new ArrayList<>();
            documents.add(parseChecked(slide, slide.markdown(), values, trace, problems, overflow, local, warned));
            checkHighlights(slide, trace.network(), problems);
            notes.add(
                    slide.hasNotes()
                            ? parseChecked(slide, slide.notes(), values, trace, problems, overflow, local, warned)
                            : null);
            files.add(local);
            warnings.add(warned);
        }
        if (overflow.first != null) {
            problems.add(new Problem(
                    overflow.first,
                    "and " + overflow.count + " more references like those above from here on (" + MAX_DETAILED_PROBLEMS
                            + " are described in full); fix those and build again"));
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        List<RenderedSlide> rendered = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            document.set(ReferenceExtension.NAMESPACE, values);
            String html =
                    fragments(renderer.render(document), deck.slides().get(i).fragments());
            String notesHtml = "";
            if (notes.get(i) != null) {
                notes.get(i).set(ReferenceExtension.NAMESPACE, values);
                notesHtml = renderer.render(notes.get(i));
            }
            rendered.add(new RenderedSlide(
                    deck.slides().get(i), html, words(html), notesHtml, files.get(i), warnings.get(i)));
        }
        return List.copyOf(rendered);
    }

    /**
     * The slide's HTML with the part after each {@code <!--step-->} marker (a top-level block, see
     * {@link SlideParser}) wrapped in {@code <div class="fragment" data-fragment="k" data-highlight="names">}.
     */
    static String fragments(String html, List<Fragment> fragments) {
        String[] parts = html.split(Pattern.quote(SlideParser.STEP_MARK) + "\\R?", -1);
        StringBuilder out = new StringBuilder(parts[0]);
        for (int k = 1; k < parts.length; k++) {
            List<String> names = k - 1 < fragments.size() ? fragments.get(k - 1).names() : List.of();
            out.append("<div class=\"fragment\" data-fragment=\"").append(k).append('"');
            if (!names.isEmpty()) {
                out.append(" data-highlight=\"").append(String.join(" ", names)).append('"');
            }
            out.append(">\n").append(parts[k]).append("</div>\n");
        }
        return out.toString();
    }

    /**
     * Every highlight of the slide's fragments must name a neuron, weight or bias drawn in the slide's network diagram
     * (or its layers diagram, whose cells name them too).
     */
    private static void checkHighlights(Slide slide, NetworkSpec spec, List<Problem> problems) {
        List<String> parts = new ArrayList<>(spec.neurons());
        spec.weights().forEach(w -> parts.add(w.name()));
        spec.biases().forEach(b -> parts.add(b.name()));
        for (Fragment f : slide.fragments()) {
            if (f.highlights().isEmpty()) {
                continue;
            }
            if (slide.diagram().isEmpty() || !slide.diagram().get().lightsParts()) {
                problems.add(new Problem(
                        f.where(),
                        "this step highlights diagram parts, but slide '" + slide.title()
                                + "' shows no network diagram; add '<!-- diagram: forward -->' (or another "
                                + "network step) to the slide,"
                                + " or write a plain '<!-- step -->'"));
                continue;
            }
            for (Fragment.Highlight h : f.highlights()) {
                if (!parts.contains(h.name())) {
                    problems.add(new Problem(
                            h.where(),
                            "unknown diagram part '" + h.name() + "'"
                                    + DidYouMean.hint(
                                            h.name(),
                                            parts,
                                            "a highlight names neurons, weights or biases: "
                                                    + String.join(", ", parts))));
                }
            }
        }
    }

    /** Reference problems past {@link #MAX_DETAILED_PROBLEMS}: counted, the first one's place kept. */
    private static final class Overflow {
        int count;
        SourcePosition first;
    }

    /**
     * {@code markdown} (the slide's text or its notes, laid out like it) parsed, its references and formulas
     * checked; past {@link #MAX_DETAILED_PROBLEMS} problems, bad references are only counted in {@code overflow}.
     */
    private Document parseChecked(
            Slide slide,
            String markdown,
            Namespace values,
            Trace trace,
            List<Problem> problems,
            Overflow overflow,
            List<LocalFile> files,
            List<Warning> warnings) {
        Document document = parse(markdown);
        collectFiles(slide, markdown, document, files, problems);
        LineStarts lineStarts = null; // made on the first problem, then shared by the others
        for (Node n : document.getDescendants()) {
            if (n instanceof MathSpan math) {
                checkMath(
                        slide,
                        markdown,
                        math.tex(),
                        math.closed() ? Optional.empty() : MathText.unclosed(),
                        math.getStartOffset(),
                        values,
                        trace.network(),
                        problems,
                        warnings);
                continue;
            }
            if (n instanceof FencedCodeBlock fence && MathExtension.isMath(fence)) {
                checkMath(
                        slide,
                        markdown,
                        fence.getContentChars(),
                        Optional.empty(),
                        fence.getStartOffset(),
                        values,
                        trace.network(),
                        problems,
                        warnings);
                continue;
            }
            if (!(n instanceof ValueReference reference)) {
                continue;
            }
            if (problems.size() >= MAX_DETAILED_PROBLEMS) {
                // past the limit only count: a message names the neurons and suggests a name, which adds up
                if (!valid(reference, values)) {
                    lineStarts = lineStarts == null ? LineStarts.of(markdown) : lineStarts;
                    if (overflow.first == null) {
                        overflow.first = position(slide, lineStarts, reference.getStartOffset());
                    }
                    overflow.count++;
                }
                continue;
            }
            Optional<String> message = check(reference, values, trace.network());
            if (message.isPresent()) {
                lineStarts = lineStarts == null ? LineStarts.of(markdown) : lineStarts;
                problems.add(new Problem(position(slide, lineStarts, reference.getStartOffset()), message.get()));
            } else {
                Optional<String> unsettled =
                        values.unsettled(reference.written().orElseThrow().name());
                if (unsettled.isPresent()) {
                    lineStarts = lineStarts == null ? LineStarts.of(markdown) : lineStarts;
                    warnings.add(new Warning(position(slide, lineStarts, reference.getStartOffset()), unsettled.get()));
                }
            }
        }
        return document;
    }

    /**
     * The files of the deck's folder that the images and links of {@code slides} (and of their notes) point to, in
     * order: what {@link #render} gives each slide as {@link RenderedSlide#files()}, found here without rendering, so
     * that a build whose text has problems can still check the files. An image outside the deck's folder is one of
     * the text's problems, not listed here.
     */
    public List<LocalFile> localFiles(List<Slide> slides) {
        List<LocalFile> files = new ArrayList<>();
        List<Problem> ignored = new ArrayList<>();
        for (Slide slide : slides) {
            collectFiles(slide, slide.markdown(), parse(slide.markdown()), files, ignored);
            if (slide.hasNotes()) {
                collectFiles(slide, slide.notes(), parse(slide.notes()), files, ignored);
            }
        }
        return List.copyOf(files);
    }

    private Document parse(String markdown) {
        parsed.accept(markdown);
        return parser.parse(markdown);
    }

    /** Adds the deck-folder files {@code document}'s images and links point to; an image outside it is a problem. */
    private static void collectFiles(
            Slide slide, String markdown, Document document, List<LocalFile> files, List<Problem> problems) {
        LineStarts lineStarts = null;
        for (Node n : document.getDescendants()) {
            BasedSequence url = n instanceof Image i
                    ? i.getUrl()
                    : n instanceof Link l ? l.getUrl() : n instanceof Reference r ? r.getUrl() : null;
            if (url != null) {
                boolean image = n instanceof Image || (n instanceof Reference && isImageReference(document, n));
                if (localFile(url.toString(), image)) {
                    lineStarts = lineStarts == null ? LineStarts.of(markdown) : lineStarts;
                    addLocalFile(
                            url.toString(), image, position(slide, lineStarts, url.getStartOffset()), files, problems);
                }
            } else if (n instanceof HtmlBlock || n instanceof HtmlInline) {
                // a picture, video or sound written as HTML (for its size, poster or sources), a stylesheet, a link
                for (HtmlFile f : htmlFiles(n.getChars().toString())) {
                    if (localFile(f.url(), f.image())) {
                        lineStarts = lineStarts == null ? LineStarts.of(markdown) : lineStarts;
                        SourcePosition where = position(slide, lineStarts, n.getStartOffset() + f.offset());
                        addLocalFile(f.url(), f.image(), where, files, problems);
                    }
                }
            }
        }
    }

    /** A URL in an HTML tag's attribute, at {@code offset} of the HTML; {@code image} for an img's or a srcset's. */
    record HtmlFile(String url, int offset, boolean image) {}

    /** A tag that may name files, with its attributes (quoted values may hold '>'). */
    private static final Pattern HTML_TAG = Pattern.compile(
            "<(img|video|audio|source|track|embed|iframe|input|object|link|a)\\b((?:[^>\"']++|\"[^\"]*+\"|'[^']*+')*+)>?",
            Pattern.CASE_INSENSITIVE);
    /** One attribute: its name, then its value in one of three quotings (or none). */
    private static final Pattern HTML_ATTRIBUTE =
            Pattern.compile("([^\\s\"'>/=]++)(?:\\s*=\\s*(?:\"([^\"]*+)\"|'([^']*+)'|([^\\s\"'>]++)))?");

    /**
     * Every URL that the tags of {@code html} point to a file with: {@code src} (img, video, audio, source, track,
     * embed, iframe, input), {@code poster} (video), every candidate of {@code srcset} (img, source), {@code data}
     * (object) and {@code href} (link, a), each at its place, in order.
     */
    static List<HtmlFile> htmlFiles(String html) {
        List<HtmlFile> found = new ArrayList<>();
        Matcher tag = HTML_TAG.matcher(html);
        while (tag.find()) {
            String name = tag.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean link = name.equals("a") || name.equals("link");
            Matcher a = HTML_ATTRIBUTE.matcher(tag.group(2));
            while (a.find()) {
                int group = a.start(2) >= 0 ? 2 : a.start(3) >= 0 ? 3 : a.start(4) >= 0 ? 4 : -1;
                if (group < 0) {
                    continue;
                }
                String attribute = a.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = a.group(group);
                int at = tag.start(2) + a.start(group);
                boolean names = switch (attribute) {
                    case "src" -> !link;
                    case "poster" -> name.equals("video");
                    case "data" -> name.equals("object");
                    case "href" -> link;
                    default -> false;
                };
                if (names) {
                    found.add(new HtmlFile(value, at, name.equals("img")));
                } else if (attribute.equals("srcset") && (name.equals("img") || name.equals("source"))) {
                    Matcher candidate = SRCSET_URL.matcher(value);
                    while (candidate.find()) {
                        found.add(new HtmlFile(candidate.group(1), at + candidate.start(1), true));
                    }
                }
            }
        }
        return found;
    }

    /** A srcset candidate's URL: after the start or a comma, up to white space (then its descriptor) or a comma. */
    private static final Pattern SRCSET_URL = Pattern.compile("(?:^|,)\\s*([^\\s,][^\\s]*?)(?=,|\\s|$)");

    /** Whether {@code url} names a file of the deck's folder, or is an image that names one outside it (an error). */
    private static boolean localFile(String url, boolean image) {
        LocalFile.Target target = LocalFile.target(url);
        return target instanceof LocalFile.InDeck
                || target instanceof LocalFile.BadName
                || (image && target instanceof LocalFile.Outside);
    }

    /** {@code url}'s file of the deck's folder, added to {@code files}, or the problem of an image outside it. */
    private static void addLocalFile(
            String url, boolean image, SourcePosition where, List<LocalFile> files, List<Problem> problems) {
        LocalFile.Target target = LocalFile.target(url);
        if (target instanceof LocalFile.InDeck d) {
            files.add(new LocalFile(d.path(), where, image));
            return;
        }
        if (target instanceof LocalFile.BadName bad) {
            problems.add(new Problem(where, bad.why()));
            return;
        }
        problems.add(new Problem(
                where,
                "the image '" + url + "' is outside the deck's folder, so the build would not publish it; put the file"
                        + " in the deck's folder (beside deck.md, or in a folder under it) and write its path from there,"
                        + " such as '" + lastSegment(url) + "'"));
    }

    /** Whether a reference definition ({@code [net]: net.png}) is used by an image ({@code ![Net][net]}). */
    private static boolean isImageReference(Document document, Node reference) {
        String label = ((Reference) reference).getReference().toString();
        for (Node n : document.getDescendants()) {
            if (n instanceof ImageRef ref && ref.getReference().toString().equalsIgnoreCase(label)) {
                return true;
            }
        }
        return false;
    }

    /** The file name at the end of a path ({@code ../img/net.png} → {@code net.png}). */
    private static String lastSegment(String path) {
        String p = path.strip();
        int cut = p.replaceAll("[?#].*", "").lastIndexOf('/');
        return p.replaceAll("[?#].*", "").substring(cut + 1);
    }

    /** A reference's opening and a {@code steps_to} name, as {@link #goals} finds them. */
    private static final Pattern GOAL =
            Pattern.compile("\\{\\{\\s*((?:runs\\.[A-Za-z0-9_]+\\.)?steps_to\\.[^\\s|{}]+)");

    /**
     * The {@code steps_to} goals the slides of {@code deck} ask for, in order, each once: what the engine must answer
     * (with {@code Backprop.compute(network, runs, goals)}) before the slides can be rendered. Read from the text as
     * written, so a goal in a code span is answered too (harmlessly: only references are checked and shown).
     */
    public static List<Goal> goals(Deck deck) {
        LinkedHashSet<Goal> found = new LinkedHashSet<>();
        for (Slide slide : deck.slides()) {
            Matcher m = GOAL.matcher(slide.markdown());
            while (m.find()) {
                Namespace.goal(m.group(1)).ifPresent(found::add);
            }
        }
        return List.copyOf(found);
    }

    /**
     * Seconds to read the deck at {@value #WORDS_PER_MINUTE} words a minute, rounded up to the next 10:
     * its title, summary, slide titles and slide text.
     */
    public static int readingSeconds(Deck deck, List<RenderedSlide> slides) {
        int words = words(deck.front().title()) + words(deck.front().summary());
        for (RenderedSlide s : slides) {
            words += words(s.slide().title()) + s.words();
        }
        int seconds = (words * 60 + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE;
        return (seconds + 9) / 10 * 10;
    }

    /**
     * Words in {@code text}, markup left out: runs of non-space holding a letter or a digit. A formula
     * ({@code <math>}) is read as one word plus one per number in it, not one per symbol. One pass over the text per
     * step (formulas, then tags and entities and words): the regular expressions it was read with cost a tenth of a
     * large deck's slide text (issue 36); {@code SlideTextTest} holds the two ways equal.
     */
    static int words(String text) {
        int count = 0;
        StringBuilder rest = new StringBuilder(text.length()); // the text, each formula one space
        int from = 0;
        for (int open = mathStart(text, 0); open >= 0; open = mathStart(text, from)) {
            int close = text.indexOf("</math>", open + 6);
            if (close < 0) {
                break; // an unclosed formula, and none after it can close either
            }
            int end = close + "</math>".length();
            count++;
            for (int mn = text.indexOf("<mn", open); mn >= 0 && mn + 4 <= end; mn = text.indexOf("<mn", mn + 3)) {
                char after = text.charAt(mn + 3);
                count += after == ' ' || after == '>' ? 1 : 0;
            }
            rest.append(text, from, open).append(' ');
            from = end;
        }
        rest.append(text, from, text.length());
        boolean word = false; // the current run of non-space holds a letter or digit
        boolean closes = true; // a '>' may still come: a '<' opens a tag
        for (int i = 0; i < rest.length(); ) {
            char c = rest.charAt(i);
            int skip = 0; // a tag or entity's length, read as a space
            if (c == '<' && closes) {
                int gt = rest.indexOf(">", i + 1);
                closes = gt >= 0;
                skip = closes ? gt + 1 - i : 0;
            } else if (c == '&') {
                int j = i + 1;
                while (j < rest.length() && entityChar(rest.charAt(j))) {
                    j++;
                }
                skip = j > i + 1 && j < rest.length() && rest.charAt(j) == ';' ? j + 1 - i : 0;
            }
            if (skip > 0 || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                count += word ? 1 : 0;
                word = false;
                i += Math.max(skip, 1);
                continue;
            }
            int cp = rest.codePointAt(i);
            word |= Character.isLetter(cp) || isNumber(cp);
            i += Character.charCount(cp);
        }
        return count + (word ? 1 : 0);
    }

    /** Where the next {@code <math} followed by a space or {@code >} starts, from {@code from}; −1 if none. */
    private static int mathStart(String text, int from) {
        for (int i = text.indexOf("<math", from); i >= 0; i = text.indexOf("<math", i + 1)) {
            if (i + 5 < text.length() && (text.charAt(i + 5) == ' ' || text.charAt(i + 5) == '>')) {
                return i;
            }
        }
        return -1;
    }

    private static boolean entityChar(char c) {
        return c == '#' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
    }

    /** Whether {@code cp} is a number as a regular expression's {@code \p{N}} reads it. */
    private static boolean isNumber(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Whether {@code reference} is well formed, names a value and has a known format: {@link #check}'s cheap half. */
    private static boolean valid(ValueReference reference, Namespace values) {
        if (!reference.closed()) {
            return false;
        }
        Optional<ValueReference.Written> written = reference.written();
        return written.isPresent()
                && values.lookup(written.get().name()).isPresent()
                && written.get()
                        .format()
                        .map(f -> ValueFormat.parse(f).isPresent())
                        .orElse(true);
    }

    /** Every problem of one formula, at its place in the deck file. */
    private static void checkMath(
            Slide slide,
            String markdown,
            BasedSequence tex,
            Optional<String> unclosed,
            int start,
            Namespace values,
            NetworkSpec spec,
            List<Problem> problems,
            List<Warning> warnings) {
        if (unclosed.isPresent()) {
            problems.add(new Problem(position(slide, LineStarts.of(markdown), start), unclosed.get()));
            return;
        }
        List<MathText.Issue> issues = MathText.check(tex.toString(), values, spec);
        List<MathText.Issue> unsettled = issues.isEmpty() ? MathText.unsettled(tex.toString(), values) : List.of();
        if (issues.isEmpty() && unsettled.isEmpty()) {
            return;
        }
        LineStarts lineStarts = LineStarts.of(markdown); // only for a formula with something to say
        for (MathText.Issue issue : issues) {
            problems.add(new Problem(position(slide, lineStarts, offset(tex, issue)), issue.message()));
        }
        for (MathText.Issue w : unsettled) {
            warnings.add(new Warning(position(slide, lineStarts, offset(tex, w)), w.message()));
        }
    }

    /** Where {@code issue} of the formula {@code tex} is in the slide's Markdown. */
    private static int offset(BasedSequence tex, MathText.Issue issue) {
        return tex.isEmpty()
                ? tex.getStartOffset()
                : issue.offset() < tex.length() ? tex.getIndexOffset(issue.offset()) : tex.getEndOffset();
    }

    /** What is wrong with {@code reference}, if anything. */
    private static Optional<String> check(ValueReference reference, Namespace values, NetworkSpec spec) {
        return check(reference.getChars().toString(), reference.closed(), reference.written(), values, spec);
    }

    /** What is wrong with the reference {@code text} (closed on its line, and read as {@code written}), if anything. */
    static Optional<String> check(
            String text, boolean closed, Optional<ValueReference.Written> written, Namespace values, NetworkSpec spec) {
        if (!closed) {
            return Optional.of("'{{' is not closed on its line; write {{ name }}, or '\\{{' for a literal '{{'");
        }
        if (written.isEmpty()) {
            return Optional.of("malformed reference '" + text
                    + "'; write {{ name }} or {{ name | format }}, or '\\{{' for a literal '{{'");
        }
        String name = written.get().name();
        if (values.formula(name).isPresent()) {
            return written.get()
                    .format()
                    .map(f -> "'" + name + "' writes a formula, which takes no format; remove '| " + f
                            + "' (its numbers follow the precision policy)");
        }
        Optional<String> absent = values.absentFormula(name);
        if (absent.isPresent()) {
            return Optional.of("'" + text + "': " + absent.get());
        }
        Optional<String> unreached = values.unreached(name);
        if (unreached.isPresent()) {
            return Optional.of("'" + text + "': " + unreached.get());
        }
        if (values.lookup(name).isEmpty()) {
            List<String> all = new ArrayList<>(values.names());
            all.addAll(values.formulaNames());
            return Optional.of("unknown name '" + name + "' in '" + text + "'"
                    + DidYouMean.hint(
                            name,
                            all,
                            "the neurons are "
                                    + String.join(", ", spec.neurons())
                                    + (spec.params().isEmpty()
                                            ? ""
                                            : " and the parameters "
                                                    + String.join(
                                                            ", ", spec.params().keySet()))
                                    + ", and docs/reference.md#referring-to-computed-values lists "
                                    + "every name built from them"));
        }
        Optional<String> format = written.get().format();
        if (format.isPresent() && ValueFormat.parse(format.get()).isEmpty()) {
            return Optional.of("unknown format '" + format.get() + "' in '" + text + "'"
                    + DidYouMean.hint(
                            format.get(),
                            ValueFormat.names(),
                            "the formats are " + String.join(", ", ValueFormat.names())
                                    + ", or none for the precision policy (docs/reference.md#precision-policy)"));
        }
        return Optional.empty();
    }

    /** Where {@code offset} in the slide's Markdown is in the deck file. */
    static SourcePosition position(Slide slide, LineStarts lineStarts, int offset) {
        SourcePosition body = slide.body();
        int lines = lineStarts.line(offset);
        int column = lines == 0 ? body.column() + offset : offset - lineStarts.start(lines) + 1;
        return new SourcePosition(body.file(), body.line() + lines, column);
    }
}
