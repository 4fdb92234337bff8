package org.netdeck.text;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.TextContainer;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.builder.ISequenceBuilder;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.netdeck.math.Tex;
import org.netdeck.math.TextRuns;

/**
 * A reference to a computed value in slide text, {@code {{ name }}} or {@code {{ name | format }}}, as
 * the Markdown parser found it: its characters span from the opening braces to the closing ones
 * (or are just the two opening braces when they are never closed on their line).
 */
public final class ValueReference extends Node implements DoNotDecorate, TextContainer {

    private static final Pattern SYNTAX = Pattern.compile("\\{\\{\\s*([^\\s|{}]+)\\s*(?:\\|\\s*([^\\s|{}]+)\\s*)?}}");

    private final boolean closed;

    ValueReference(BasedSequence chars, boolean closed) {
        super(chars);
        this.closed = closed;
    }

    /** Whether closing braces were found on the same line. */
    public boolean closed() {
        return closed;
    }

    /** The name and format written, or empty when the reference is malformed. */
    public Optional<Written> written() {
        return closed ? parse(getChars()) : Optional.empty();
    }

    /** The name and format in {@code text}, a whole {@code {{ name | format }}}, or empty when it is malformed. */
    static Optional<Written> parse(CharSequence text) {
        Matcher m = SYNTAX.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Written(m.group(1), Optional.ofNullable(m.group(2))));
    }

    /** The number this reference stands for, as {@code <data value>} carries it (counts as whole numbers). */
    String full(Namespace values) {
        String name = checked().name();
        double value = values.lookup(name).orElseThrow();
        return values.isInteger(name) ? Long.toString(Math.round(value)) : Double.toString(value);
    }

    /**
     * The number as readers see it in prose, in the format written; a {@code steps_to} count past the steps its run
     * plots says so: {@code 3,441 (past the 2,000 plotted steps)} ({@link Namespace#pastPlotted}).
     */
    String formatted(Namespace values) {
        return formatted(checked(), values)
                + values.pastPlotted(checked().name()).orElse("");
    }

    /**
     * The number {@code written} stands for, in its format, or by the precision policy when none is written;
     * it has been checked against {@code values}.
     */
    static String formatted(Written written, Namespace values) {
        double value = values.lookup(written.name()).orElseThrow();
        if (written.format().isEmpty() && values.precision(written.name()).isPresent()) {
            return values.precision(written.name()).get().format(value); // the precision policy
        }
        ValueFormat format =
                written.format().map(f -> ValueFormat.parse(f).orElseThrow()).orElse(ValueFormat.DEFAULT);
        return format.format(value, values.isInteger(written.name()));
    }

    private Written checked() {
        return written().orElseThrow(() -> new IllegalStateException("unchecked reference " + getChars()));
    }

    /** Plain-text uses (an image's alt text) get the formatted value once the document has its values. */
    @Override
    public boolean collectText(
            ISequenceBuilder<? extends ISequenceBuilder<?, BasedSequence>, BasedSequence> out,
            int flags,
            NodeVisitor nodeVisitor) {
        Namespace values = ReferenceExtension.NAMESPACE.get(getDocument());
        Optional<String> formula = values == null ? Optional.empty() : written().flatMap(w -> values.formula(w.name()));
        out.append(
                values == null
                        ? getChars()
                        : formula.isPresent()
                                ? TextRuns.plain(TextRuns.of(Tex.parse(formula.get())))
                                : formatted(values));
        return false;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }

    /** What an author wrote between the braces. */
    public record Written(String name, Optional<String> format) {}
}
