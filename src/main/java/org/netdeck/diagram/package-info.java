/**
 * Network diagrams, drawn as accessible SVG. {@link org.netdeck.diagram.Diagrams} takes a Trace and a step through
 * a pure layout stage to {@link org.netdeck.diagram.Layout} (records: circles, lines, arrows, labels;
 * font-independent label placement at 0.6 em per character): {@code NetworkLayout} for the network steps, {@code
 * LayersLayout} for the layers step (column vectors and weight grids in reading order, wrapped into rows), {@code
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
 * until every weight's label has a place: columns, and rows while the network is wider than its box, ×1.2 a step,
 * then the spreads between the last within the box and the first outside it, halved six times). The box keeps
 * every text legible: a network step's viewBox stays within {@code NetworkGeometry.SLIDE} (719 × 595 units, text at
 * 11.2 px or more in the stage's figure column at 1366×768, the canvas drawn at 0.946 there), the training panel's
 * within {@code PANEL}; a label is
 * drawn only where it fits there (an edge label on its own edge with no other edge under it), and what does not fit
 * is left out and appended to the layout's description. A network too large for its neurons to hold their values is
 * drawn compact ({@code Room.NAMES}).
 * {@code Numbers} is the diagram number format (the {@code compute.Precision} policy); {@code RichText} turns
 * {@code $…$} labels into {@code <tspan>} runs via {@code math.TextRuns}. A softmax output layer is drawn in one
 * box ({@code Region} classed {@code group softmax-group}, behind the edges: its outputs are computed together);
 * {@code SoftmaxText} writes its steps' words: z → probabilities adding up to 1, −ln ŷ of the true class, δ = ŷ − y
 * and why the Jacobian collapses to it.
 *
 * <p>{@code DiagramRefs} names the engine's value each label's number shows (by the label's kind, its
 * {@code part-NAME} and the step; a side line by the neuron whose lines hold it) and keeps the name only where the
 * recorded value rounds to the number drawn: {@code SvgWriter} writes it as {@code data-ref} with the value's
 * {@code data-formula} (from {@code compute.Provenance}) on the {@code <text>}, or on a {@code <tspan>} around the
 * number when the label says more, so a page can explain a diagram's numbers like its prose's.
 *
 * <p>{@link org.netdeck.diagram.SvgWriter} turns each mark into one element of Batik's SVG DOM (a neuron one
 * {@code <circle>}, a band one {@code <path>}): CSS classes, {@code part-NAME}, title, description, role, viewBox,
 * step-prefixed ids, tspans, coordinates by {@link org.netdeck.diagram.Numbers#coordinate} (two decimals, ties away
 * from zero, never "-0"), written as text by {@link org.netdeck.diagram.XmlText} (attributes sorted; the inline and
 * standalone forms share each child's text) into a {@link org.netdeck.diagram.Diagram}. {@code Preview} draws a
 * deck's 1200×630 preview PNG (its title above its first network diagram) with Batik's PNG transcoder. {@code
 * LandscapeBands} holds one landscape's contour bands, traced once per set of drawn runs; {@code Box} is a label's
 * extent, with the segment clipping ({@code Box.clip}) the label placer and the landscape share.
 */
package org.netdeck.diagram;
