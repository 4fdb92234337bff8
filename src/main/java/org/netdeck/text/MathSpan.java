package org.netdeck.text;

import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * Math in slide text as the Markdown parser found it: {@code $tex$} (inline) or {@code $$tex$$} (display).
 * Its characters span the dollars; {@link #tex} is what lies between them, with offsets into the slide's
 * Markdown. An unclosed {@code $$} is kept (as just the two dollars) so the build can report it.
 */
public final class MathSpan extends Node implements DoNotDecorate {

    private final BasedSequence tex;
    private final boolean display;
    private final boolean closed;

    MathSpan(BasedSequence chars, BasedSequence tex, boolean display, boolean closed) {
        super(chars);
        this.tex = tex;
        this.display = display;
        this.closed = closed;
    }

    /** The TeX between the dollars. */
    public BasedSequence tex() {
        return tex;
    }

    /** {@code $$…$$} rather than {@code $…$}. */
    public boolean display() {
        return display;
    }

    /** Whether the closing dollars were found. */
    public boolean closed() {
        return closed;
    }

    @Override
    public BasedSequence[] getSegments() {
        return new BasedSequence[] {getChars()};
    }
}
