/**
 * Math: a focused TeX subset translated to MathML Core at build time (JDK only, pure functions).
 *
 * <p>{@link org.netdeck.math.Tex#parse} reads TeX into an immutable {@link org.netdeck.math.MathNode} tree
 * (throwing {@link org.netdeck.math.TexException} with the offset of the problem and a hint);
 * {@link org.netdeck.math.MathMl#render} writes it as {@code <math>} or {@code <math display="block">};
 * {@link org.netdeck.math.TextRuns#of} flattens it into {@link org.netdeck.math.TextRun}s (text, italic,
 * sub/superscript nesting) for SVG labels such as ŷ, x₁ or z_{h_1}. A {@code {{ name | format }}} inside the
 * TeX becomes a {@link org.netdeck.math.MathNode.Reference}; replace it with a number by
 * {@link org.netdeck.math.Tex#bind} before rendering.
 *
 * <pre>{@code
 * MathNode label = Tex.parse("z_{h_1}");
 * List<TextRun> runs = TextRuns.of(label);   // z (italic) | h (italic, [SUB]) | 1 ([SUB, SUB])
 * String html = MathMl.render(Tex.parse("\\hat y = 0.7"), false);
 *     // <math><mover accent="true"><mi>y</mi><mo stretchy="false">^</mo></mover><mo>=</mo><mn>0.7</mn></math>
 * }</pre>
 *
 * <p>The supported commands are {@link org.netdeck.math.Tex#commands}, the environments
 * {@link org.netdeck.math.Tex#environments}; {@code docs/reference.md#math} lists them for authors.
 */
package org.netdeck.math;
