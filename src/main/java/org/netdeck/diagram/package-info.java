/**
 * Network diagrams, drawn as accessible SVG. {@link org.netdeck.diagram.Diagrams} takes a Trace and a step through
 * a pure layout stage to {@link org.netdeck.diagram.Layout} (records: circles, lines, arrows, labels;
 * font-independent label placement at 0.6 em per character): {@code NetworkLayout} for the network steps, {@code
 * TrainingLayout} for the loss plot, {@code TrainingFigure} for the training step (the network at the last
 * checkpoint beside the plot, as two {@code Layout.Panel}s a page may draw apart, every value the scrubber
 * rewrites tagged {@code value} and laid out for its widest text), {@link org.netdeck.diagram.LandscapeLayout} for
 * the loss landscape (contour bands by marching squares in {@code Contours}, merged with {@code
 * java.awt.geom.Area}, thinned by {@code Simplify}). {@code LabelPlacer} places labels; {@code TextWidths}
 * estimates each label text once per size for a set of layouts. Every mark of a neuron, weight or bias has the
 * class {@code part-NAME}, for highlights and the morph. Which layout class draws which step is one exhaustive
 * {@code switch} in {@code Diagrams}; a network step's words and numbers are a {@code StepContent}, built by name
 * ({@code StepContent.of(step, title).captions(…).build()}) in {@code NetworkContent}.
 *
 * <p>Network steps share one geometry so neurons never move between slides ({@code NetworkGeometry}, spread apart
 * until every weight's label has a place: columns, and rows only once the network is wider than 1.6× its height).
 * {@code Numbers} is the diagram number format (the {@code compute.Precision} policy); {@code RichText} turns
 * {@code $…$} labels into {@code <tspan>} runs via {@code math.TextRuns}.
 *
 * <p>{@link org.netdeck.diagram.Painter} paints a layout with Batik's {@code SVGGraphics2D}, CSS classes on every
 * element; each diagram's generator context writes numbers with a {@link org.netdeck.diagram.TwoDecimals} of its
 * own (the text of Batik's shared {@code DecimalFormat}, without its lock). {@link org.netdeck.diagram.SvgWriter}
 * adds title, description, role, viewBox and step-prefixed ids, and writes text through {@link
 * org.netdeck.diagram.XmlText} (one pass over the DOM giving the bytes the JDK's indenting transformer gave; the
 * inline and standalone forms share each child's text, written once) into a {@link org.netdeck.diagram.Diagram}
 * (standalone and inline).
 */
package org.netdeck.diagram;
