package org.netdeck.content;

/**
 * How much one deck may ask for: generous for an explainer a person reads, small enough that every deck
 * within them builds in a few seconds and well under 1 GB ({@code docs/reference.md#limits} lists them with
 * their errors). Each is checked where the content is read, and reported at the place in the deck that
 * goes over it. The deck file's own size (1 MiB) is checked when it is read ({@code site.ContentTree}).
 */
public final class Limits {

    /** Layers in a network, the input and output layers included. */
    public static final int MAX_LAYERS = 12;
    /** Neurons in any one layer. */
    public static final int MAX_NEURONS_PER_LAYER = 24;
    /** Weights in a network (two dense layers of 16 neurons have 256). */
    public static final int MAX_WEIGHTS = 256;
    /** Characters in one number as written (a double holds 17 significant digits). */
    public static final int MAX_NUMBER_CHARS = 100;
    /** Slides in a deck. */
    public static final int MAX_SLIDES = 300;
    /** Slides of a deck that show a diagram. */
    public static final int MAX_DIAGRAM_SLIDES = 50;
    /**
     * Flexmark reads a link's destination from {@code [text](} to its {@code )}: each unclosed {@code [text](}
     * reads on to the end of its paragraph. The characters so read, summed over the deck's Markdown, are capped
     * so that a run of unclosed links cannot make the build quadratic.
     */
    public static final long MAX_OPEN_LINK_SCAN = 20_000_000;
    /**
     * Block quotes and list items one line may be nested in: Flexmark reads nesting recursively, and thousands of
     * levels ({@code '>'} a million times) take minutes or overflow the stack.
     */
    public static final int MAX_NESTING = 16;
    /** Columns a line may be indented by, outside top-level fenced code (each two more nest a list deeper). */
    public static final int MAX_INDENT = 120;
    /**
     * The cost of a deck's paragraphs for the Markdown reader, summed: each paragraph's marks (brackets, backtick runs,
     * {@code <}, {@code &}, {@code $}, and the backtick runs passed looking for a closer) times its length
     * in characters. Flexmark reads on from each mark to the end of its paragraph; this cap keeps a deck's Markdown
     * under about two seconds (a 2,000-character paragraph with 100 links costs 400,000).
     */
    public static final long MAX_MARKDOWN_WORK = 200_000_000;
    /** Compare runs one deck may ask for ({@code compare: {learning_rate: [...]}}): each is a whole training run. */
    public static final int MAX_COMPARE_RUNS = 6;
    /** Characters in a named compare run's name ({@code compare: [{name: small_lr, ...}]}): it names diagram files. */
    public static final int MAX_RUN_NAME = 32;
    /**
     * Points per side of a loss landscape's grid ({@code landscape: {grid: 101}}): each point is one forward pass,
     * and the picture stays small.
     */
    public static final int MAX_LANDSCAPE_GRID = 101;
    /**
     * Landscape diagrams of different runs in one deck ({@code <!-- diagram: landscape runs: a b -->}): each set of
     * runs is a plane and a grid of its own, a grid of forward passes each.
     */
    public static final int MAX_LANDSCAPE_PLANES = 8;
    /**
     * The work of a deck's landscapes, in multiply-adds: for each landscape of a different set of runs, its grid's
     * points plus three per step of each drawn run's path, times the examples, times the network's weights and
     * neurons ({@link LandscapeWork}). About a second of CPU: a 2-12-12-1 network on 100 examples fits one landscape
     * of 73 × 73 drawing 7 runs' 200 steps, or 8 landscapes of 34 × 34 without paths.
     */
    public static final long MAX_LANDSCAPE_WORK = 200_000_000;
    /**
     * The work of a deck's training, in multiply-adds: for its own run and each compare run, examples × steps (its
     * iterations, or its step limit when a {@code steps_to} reference searches it) × 3 passes a step × the network's
     * weights and neurons ({@link TrainingWork}). About a second and a half of CPU: a 2-12-12-1 network on 100
     * examples fits three runs of 2,000 steps and a fourth of 1,246, or seven of 1,035.
     */
    public static final long MAX_TRAINING_WORK = 450_000_000;
    /** How far from zero a landscape's range may reach ({@code landscape: {range: [-4, 4]}}). */
    public static final double MAX_LANDSCAPE_RANGE = 1e6;
    /** How narrow a landscape's range may be: its grid's points must stay distinct numbers, its axis' ticks too. */
    public static final double MIN_LANDSCAPE_WIDTH = 1e-6;
    /**
     * Examples in a data set ({@code network.data}). A run's cost is also capped at
     * {@link org.netdeck.compute.NetworkSpec#MAX_EXAMPLE_STEPS} examples × steps.
     */
    public static final int MAX_EXAMPLES = 100;
    /** How much of a too-long value an error message quotes. */
    public static final int QUOTED_CHARS = 24;

    private Limits() {}

    /** {@code text} as an error message quotes it: cut to {@link #QUOTED_CHARS} characters with "…" when longer. */
    public static String shorten(String text) {
        if (text.length() <= QUOTED_CHARS) {
            return text;
        }
        int end = QUOTED_CHARS;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end) + "… (" + text.length() + " characters)";
    }
}
