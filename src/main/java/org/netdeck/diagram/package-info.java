/**
 * Network diagrams: a pure layout stage (Trace + DiagramStep to positioned marks, {@link org.netdeck.diagram.Layout})
 * and {@link org.netdeck.diagram.SvgWriter}, which turns each mark into one element of Batik's SVG DOM (classes, ids,
 * tspans, coordinates by {@link org.netdeck.diagram.Numbers#coordinate}) and writes accessible SVG text with
 * {@link org.netdeck.diagram.XmlText}.
 */
package org.netdeck.diagram;
