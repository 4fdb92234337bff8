package org.netdeck.text;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A Flexmark extension made of one inline syntax and its renderer, the shape of {@link ReferenceExtension} and
 * {@link MathExtension}: an inline parser started at the {@code trigger} characters, with no ordering against other
 * inline extensions, and a node renderer. Flexmark's wiring lives here once; a subclass names its three parts.
 */
abstract class InlineExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final String trigger;
    private final Supplier<InlineParserExtension> inline;
    private final NodeRendererFactory renderer;

    InlineExtension(String trigger, Supplier<InlineParserExtension> inline, NodeRendererFactory renderer) {
        this.trigger = trigger;
        this.inline = inline;
        this.renderer = renderer;
    }

    @Override
    public final void parserOptions(MutableDataHolder options) {}

    @Override
    public final void extend(Parser.Builder builder) {
        builder.customInlineParserExtensionFactory(new Factory(trigger, inline));
    }

    @Override
    public final void rendererOptions(MutableDataHolder options) {}

    @Override
    public final void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(renderer);
    }

    /** An inline parser that needs nothing at the end of a block or of the document. */
    abstract static class Inline implements InlineParserExtension {
        @Override
        public final void finalizeDocument(InlineParser inlineParser) {}

        @Override
        public final void finalizeBlock(InlineParser inlineParser) {}
    }

    /** Makes the inline parser; it reacts to {@code trigger}. */
    private record Factory(String trigger, Supplier<InlineParserExtension> inline)
            implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return trigger;
        }

        @Override
        public InlineParserExtension apply(LightInlineParser inlineParser) {
            return inline.get();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
