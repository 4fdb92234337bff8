package org.netdeck.diagram;

/**
 * The sizes the two plots share (the training step's loss plot, {@link TrainingLayout}, and the landscape,
 * {@link LandscapeLayout}), in viewBox units of a plot shown about 600 px wide: text stays about 0.025 of the width.
 */
final class PlotStyle {

    /** Room between the diagram's edge and anything drawn. */
    static final double MARGIN = 12;
    /** Tick labels. */
    static final double TICK_SIZE = 15;
    /** Legend texts. */
    static final double LEGEND_SIZE = 15;
    /** The length of a legend's line sample. */
    static final double SAMPLE = 36;

    private PlotStyle() {}
}
