package org.netdeck.text;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.NullableDataKey;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Optional;
import java.util.Set;
import org.netdeck.math.MathMl;
import org.netdeck.math.MathNode;

/**
 * The Flexmark extension for references: the inline parser turns {@code {{ ... }}} into a
 * {@link ValueReference} (Markdown's own rules keep code spans, code blocks, raw HTML and link
 * destinations out of it, and {@code \{} escapes a brace), and the renderer writes each one as
 * {@code <data value="FULL">FORMATTED</data>} with the {@link Namespace} stored in the document
 * under {@link #NAMESPACE}.
 */
final class ReferenceExtension extends InlineExtension {

    /** The deck's values, set on each document before it is rendered. */
    static final NullableDataKey<Namespace> NAMESPACE = new NullableDataKey<>("NETDECK_NAMESPACE");

    ReferenceExtension() {
        super("{", Inline::new, Renderer::new);
    }

    /** At "{{": a reference up to the first "}}" on the same line, or an unclosed one of just "{{". */
    private static final class Inline extends InlineExtension.Inline {
        @Override
        public boolean parse(LightInlineParser inlineParser) {
            if (inlineParser.peek(1) != '{') {
                return false;
            }
            BasedSequence input = inlineParser.getInput();
            int start = inlineParser.getIndex();
            // the first "}}" on this line, unless a line break or another "{{" comes first: each reference then reads
            // only up to the next one, so a line of many references (closed or not) is read in linear time
            int close = -1;
            for (int i = start + 2; i < input.length() && input.charAt(i) != '\n'; i++) {
                if (i + 1 < input.length() && input.charAt(i) == '}' && input.charAt(i + 1) == '}') {
                    close = i;
                    break;
                }
                if (i + 1 < input.length() && input.charAt(i) == '{' && input.charAt(i + 1) == '{') {
                    break;
                }
            }
            boolean closed = close >= 0;
            int end = closed ? close + 2 : start + 2;
            inlineParser.flushTextNode();
            inlineParser.getBlock().appendChild(new ValueReference(input.subSequence(start, end), closed));
            inlineParser.setIndex(end);
            return true;
        }
    }

    /** Writes a bound reference; {@link SlideText} has checked every reference before rendering. */
    private static final class Renderer implements NodeRenderer {
        Renderer(DataHolder options) {}

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(ValueReference.class, this::render));
        }

        private void render(ValueReference node, NodeRendererContext context, HtmlWriter html) {
            Namespace values = NAMESPACE.get(context.getDocument());
            Optional<MathNode> formula = node.written().flatMap(w -> values.formulaNode(w.name()));
            if (formula.isPresent()) { // label, chain, update, sum: typeset math, each number explained
                html.raw(MathMl.render(formula.get(), false));
                return;
            }
            html.attr("value", node.full(values));
            node.written()
                    .flatMap(w -> values.explained(w.name()))
                    .ifPresent(e -> html.attr("data-ref", e.ref()).attr("data-formula", e.formula()));
            html.withAttr().tag("data");
            html.text(node.formatted(values));
            html.tag("/data");
        }
    }
}
