package org.netdeck.diagram;

import java.util.List;

/**
 * One thing drawn, with the CSS classes that style it. The layout stage produces marks; {@link SvgWriter} turns
 * each into one element of Batik's SVG DOM carrying {@link #classes()}.
 */
public sealed interface Mark permits Circle, Line, Arrow, Label, Backdrop, Region {

    /** CSS classes, in order, e.g. {@code [edge, positive, active]}. */
    List<String> classes();

    /** The same mark shifted by {@code dx, dy} (a panel placed in a larger diagram). */
    Mark moved(double dx, double dy);
}
