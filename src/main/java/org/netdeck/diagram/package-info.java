/**
 * Network diagrams: a pure layout stage (Trace + DiagramStep to positioned marks) and a Batik painter that writes
 * accessible SVG.
 */
package org.netdeck.diagram;
