package org.netdeck.text;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * The Flexmark extension for math: {@code $…$} inline and {@code $$…$$} display math become {@link MathSpan}s,
 * and a fenced code block whose info is {@code math} is display math; the renderer writes them as MathML with
 * {@link MathText}, references bound to the {@link Namespace} stored under {@link ReferenceExtension#NAMESPACE}.
 *
 * <p>Pandoc's rule keeps prices out of math: an opening {@code $} needs a non-space character right after it,
 * and the next unescaped {@code $} closes only if a non-space character is right before it and no digit right
 * after it; otherwise the first {@code $} is text ("$5 and $10", "$5-$10"). {@code \$} is a literal dollar, in prose
 * (Markdown's escape) and in math (TeX's).
 */
final class MathExtension extends InlineExtension {

    /** The info string of a fenced code block holding display math. */
    static final String FENCE = "math";

    MathExtension() {
        super("$", Inline::new, Renderer::new);
    }

    /** Whether {@code block} is a {@code ```math} fence. */
    static boolean isMath(FencedCodeBlock block) {
        return block.getInfo().toString().strip().equals(FENCE);
    }

    /** At '$': display math up to the next "$$", or inline math up to a closing '$' that Pandoc's rule accepts. */
    private static final class Inline extends InlineExtension.Inline {
        @Override
        public boolean parse(LightInlineParser inlineParser) {
            BasedSequence input = inlineParser.getInput();
            int start = inlineParser.getIndex();
            boolean display = start + 1 < input.length() && input.charAt(start + 1) == '$';
            int from = start + (display ? 2 : 1);
            int close = display ? closeDisplay(input, from) : closeInline(input, from);
            if (close < 0 && !display) {
                return false; // a lone dollar is text
            }
            inlineParser.flushTextNode();
            if (close < 0) {
                inlineParser
                        .getBlock()
                        .appendChild(new MathSpan(
                                input.subSequence(start, from), input.subSequence(from, from), true, false));
                inlineParser.setIndex(from);
                return true;
            }
            int end = close + (display ? 2 : 1);
            inlineParser
                    .getBlock()
                    .appendChild(
                            new MathSpan(input.subSequence(start, end), input.subSequence(from, close), display, true));
            inlineParser.setIndex(end);
            return true;
        }

        private static int closeDisplay(BasedSequence input, int from) {
            for (int j = from; j + 1 < input.length(); j++) {
                char c = input.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '$' && input.charAt(j + 1) == '$') {
                    return j;
                }
            }
            return -1;
        }

        private static int closeInline(BasedSequence input, int from) {
            if (from >= input.length() || Character.isWhitespace(input.charAt(from))) {
                return -1;
            }
            for (int j = from; j < input.length(); j++) {
                char c = input.charAt(j);
                if (c == '\\') {
                    j++;
                } else if (c == '$') { // the first dollar decides, as in Pandoc
                    boolean closes = !Character.isWhitespace(input.charAt(j - 1))
                            && (j + 1 >= input.length() || !Character.isDigit(input.charAt(j + 1)));
                    return closes ? j : -1;
                }
            }
            return -1;
        }
    }

    /** Writes math as MathML; {@link SlideText} has checked every formula before rendering. */
    private static final class Renderer implements NodeRenderer {
        Renderer(DataHolder options) {}

        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(MathSpan.class, this::render),
                    new NodeRenderingHandler<>(FencedCodeBlock.class, this::fence));
        }

        private void render(MathSpan node, NodeRendererContext context, HtmlWriter html) {
            write(node.tex().toString(), node.display(), context, html);
        }

        private void fence(FencedCodeBlock node, NodeRendererContext context, HtmlWriter html) {
            if (!isMath(node)) {
                context.delegateRender();
                return;
            }
            html.line();
            write(node.getContentChars().toString(), true, context, html);
            html.line();
        }

        /** Display math in a span that scrolls sideways when the formula is wider than the slide. */
        private static void write(String tex, boolean display, NodeRendererContext context, HtmlWriter html) {
            Namespace values = ReferenceExtension.NAMESPACE.get(context.getDocument());
            if (display) {
                html.attr("class", "math-display").withAttr().tag("span");
            }
            html.raw(MathText.mathMl(tex, display, values));
            if (display) {
                html.tag("/span");
            }
        }
    }
}
