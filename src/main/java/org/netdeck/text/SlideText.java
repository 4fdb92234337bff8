package org.netdeck.text;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.netdeck.compute.NetworkSpec;
import org.netdeck.compute.Trace;
import org.netdeck.content.Deck;
import org.netdeck.content.Slide;
import org.netdeck.problem.DidYouMean;
import org.netdeck.problem.BuildFailure;
import org.netdeck.problem.Problem;
import org.netdeck.problem.SourcePosition;

/**
 * Renders slide Markdown to HTML (CommonMark plus GFM pipe tables; raw HTML passes through) with every
 * {@code {{ reference }}} bound to the deck's computed values. The parser and renderer are built once.
 *
 * <pre>{@code List<RenderedSlide> slides = new SlideText().render(deck, Backprop.compute(deck.front().network()));}</pre>
 */
public final class SlideText {

    /** Reading speed for {@link #readingSeconds}. */
    public static final int WORDS_PER_MINUTE = 200;

    private static final Pattern TAG = Pattern.compile("<[^>]*>|&[#A-Za-z0-9]+;");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public SlideText() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), new ReferenceExtension()));
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
        Namespace values = new Namespace(trace);
        List<Problem> problems = new ArrayList<>();
        List<Document> documents = new ArrayList<>();
        List<Document> notes = new ArrayList<>();
        for (Slide slide : deck.slides()) {
            documents.add(parseChecked(slide, slide.markdown(), values, trace, problems));
            notes.add(slide.hasNotes() ? parseChecked(slide, slide.notes(), values, trace, problems) : null);
        }
        if (!problems.isEmpty()) {
            throw new BuildFailure(problems);
        }
        List<RenderedSlide> rendered = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            document.set(ReferenceExtension.NAMESPACE, values);
            String html = renderer.render(document);
            String notesHtml = "";
            if (notes.get(i) != null) {
                notes.get(i).set(ReferenceExtension.NAMESPACE, values);
                notesHtml = renderer.render(notes.get(i));
            }
            rendered.add(new RenderedSlide(deck.slides().get(i), html, words(html), notesHtml));
        }
        return List.copyOf(rendered);
    }

    /** {@code markdown} (the slide's text or its notes, laid out like it) parsed, its references checked. */
    private Document parseChecked(Slide slide, String markdown, Namespace values, Trace trace, List<Problem> problems) {
        Document document = parser.parse(markdown);
        for (Node n : document.getDescendants()) {
            if (n instanceof ValueReference reference) {
                check(reference, values, trace.network()).ifPresent(message ->
                        problems.add(new Problem(position(slide, markdown, reference.getStartOffset()), message)));
            }
        }
        return document;
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

    /** Words in {@code text}, markup left out: runs of non-space holding a letter or a digit. */
    static int words(String text) {
        int count = 0;
        for (String token : TAG.matcher(text).replaceAll(" ").split("\\s+")) {
            if (WORD.matcher(token).find()) {
                count++;
            }
        }
        return count;
    }

    /** What is wrong with {@code reference}, if anything. */
    private static Optional<String> check(ValueReference reference, Namespace values, NetworkSpec spec) {
        String text = reference.getChars().toString();
        if (!reference.closed()) {
            return Optional.of("'{{' is not closed on its line; write {{ name }}, or '\\{{' for a literal '{{'");
        }
        Optional<ValueReference.Written> written = reference.written();
        if (written.isEmpty()) {
            return Optional.of("malformed reference '" + text
                    + "'; write {{ name }} or {{ name | format }}, or '\\{{' for a literal '{{'");
        }
        String name = written.get().name();
        if (values.lookup(name).isEmpty()) {
            return Optional.of("unknown name '" + name + "' in '" + text + "'" + didYouMean(name, values.names())
                    + "; the neurons are " + String.join(", ", spec.neurons())
                    + (spec.params().isEmpty() ? "" : " and the parameters " + String.join(", ", spec.params().keySet()))
                    + ", and the README's 'Referring to computed values' lists every name built from them");
        }
        Optional<String> format = written.get().format();
        if (format.isPresent() && ValueFormat.parse(format.get()).isEmpty()) {
            return Optional.of("unknown format '" + format.get() + "' in '" + text + "'"
                    + didYouMean(format.get(), ValueFormat.names())
                    + "; the formats are " + String.join(", ", ValueFormat.names())
                    + ", or none for 4 significant digits");
        }
        return Optional.empty();
    }

    /** Where {@code offset} in the slide's Markdown is in the deck file. */
    private static SourcePosition position(Slide slide, String markdown, int offset) {
        SourcePosition body = slide.body();
        int lines = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (markdown.charAt(i) == '\n') {
                lines++;
                lineStart = i + 1;
            }
        }
        int column = lines == 0 ? body.column() + offset : offset - lineStart + 1;
        return new SourcePosition(body.file(), body.line() + lines, column);
    }

    /** " (did you mean 'x'?)", or nothing. */
    private static String didYouMean(String word, java.util.Collection<String> candidates) {
        return DidYouMean.closest(word, candidates).map(c -> " (did you mean '" + c + "'?)").orElse("");
    }
}
