/**
 * Slide text: Markdown to HTML with Flexmark. {@link org.netdeck.text.SlideText} renders a slide; {@link
 * org.netdeck.text.ReferenceExtension} turns {@code {{ name | format }}} into {@link
 * org.netdeck.text.ValueReference} nodes, checked against a per-deck {@link org.netdeck.text.Namespace} built from
 * the Trace (compare runs as {@code runs.RUN.*}; {@code steps_to.Q(V)} answered by the engine for the goals {@code
 * SlideText.goals} found before computing), passed in the Document's data (not static state) and written as {@code
 * <data value>}; {@link org.netdeck.text.ValueFormat} is the number formats; {@link org.netdeck.text.Formulas}
 * builds the TeX of {@code label.*}, {@code sum.*}, {@code chain.*}, {@code update.*} from the Trace, {@link
 * org.netdeck.text.Matrices} that of {@code matrix.KIND.LAYER} and {@code vector.KIND.LAYER} (bracketed, row = the
 * layer's neuron, column = the previous layer's), and {@code Forks} that of {@code paths.NEURON}.
 *
 * <p>{@link org.netdeck.text.MathExtension} turns {@code $…$}, {@code $$…$$} (Pandoc's dollar rule) and {@code
 * ```math} fences into {@link org.netdeck.text.MathSpan}s; both extensions are an {@link
 * org.netdeck.text.InlineExtension} (a trigger character, an inline parser, a node renderer: the Flexmark wiring
 * written once). {@link org.netdeck.text.MathText} checks them (TeX offsets mapped to file positions through the
 * Markdown's based sequences) and writes MathML via {@link org.netdeck.math}. {@link org.netdeck.text.LocalFile}
 * is a Markdown image's or link's (or an HTML {@code <img src>}'s) file in the deck's folder ({@code
 * RenderedSlide.files}, read and published by {@code site.DeckFiles}). Also the reading time.
 *
 * <p>Every number a reference writes (a {@code <data>} in prose, an {@code <mn>} in math) also carries {@code
 * data-ref} and {@code data-formula}, from the Trace's {@code compute.Provenance} ({@code Namespace.explained});
 * {@link org.netdeck.text.Explanations} collects, from the rendered slides, the explanations their numbers open and
 * every value those were computed from, as the page's JSON ({@code #deck-explain}).
 *
 * <p>The deck's local files are every HTML attribute that names one ({@code src}, {@code poster}, {@code srcset},
 * {@code data}, {@code href}), read by {@code SlideText.htmlFiles}, each checked as a {@code LocalFile}.
 */
package org.netdeck.text;
