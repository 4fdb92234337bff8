/**
 * The engine, JDK only, no I/O: a {@link org.netdeck.compute.NetworkSpec} in, an immutable {@link
 * org.netdeck.compute.Trace} out. {@link org.netdeck.compute.Backprop}, the engine's front, runs the forward pass, the
 * loss, the backward pass, one optimiser update and a training run, on one example or a data set ({@link
 * org.netdeck.compute.Example}s in fixed-order batches; loss and gradient are means), with an optimiser ({@link
 * org.netdeck.compute.Optimizer}/{@link org.netdeck.compute.OptimizerKind}: PyTorch's sgd, momentum, nesterov,
 * rmsprop, adam; {@link org.netdeck.compute.OptimizerState} holds a run's buffers; the first steps are kept as
 * {@link org.netdeck.compute.OptimizerStep}s). {@code Backprop.loss}, {@code gradient} and {@code path} are the
 * pure entry points for the loss surface and a run's path ({@code Backprop.Surface}: the loss at many points of
 * one network, set up once). {@link org.netdeck.compute.Activation} and {@link org.netdeck.compute.LossKind} are
 * the closed sets of activations and losses; each constant carries its own maths (an activation also its header
 * name and slope TeX), so a new one is one constant. Softmax couples a layer, so it is no per-neuron activation: it
 * is {@link org.netdeck.compute.Layer#softmax()} on the output layer (its neurons' own f linear), with its maths in
 * {@link org.netdeck.compute.Softmax} and its backward pass through the Jacobian in {@code Network}; it goes with
 * {@code LossKind.CATEGORICAL_CROSS_ENTROPY}. {@link org.netdeck.compute.Tanh} is {@code StrictMath.tanh} written
 * in Java (fdlibm's algorithm, the same bits, {@code TanhTest}), sparing Java 17's native call per value.
 *
 * <p>Inside, the maths and the runs are apart: {@link org.netdeck.compute.Network} is the network numbered once
 * (neurons, then weights and biases, as plain arrays) with the forward pass, the loss and the backward pass, a comment
 * per local derivative; {@link org.netdeck.compute.TrainingRun} drives it: the deck's run, its first update and
 * recorded steps, checkpoints, replay, a run's path and {@code steps_to}.
 *
 * <p>A run keeps each step's state for its checkpoints ({@link org.netdeck.compute.Checkpoints} chooses which
 * iterations keep a {@link org.netdeck.compute.Checkpoint}, by arc length along the loss curve), or replays itself
 * when that is too much to hold. Compare runs are {@link org.netdeck.compute.RunSpec}s ({@link
 * org.netdeck.compute.Setting}: what a run varies, its run names and legend text) giving {@link
 * org.netdeck.compute.Run}s; {@code steps_to} questions are {@link org.netdeck.compute.Goal}s answered as {@link
 * org.netdeck.compute.StepsTo}. {@link org.netdeck.compute.Landscape} is the loss on a grid over a plane of
 * parameter space (the principal plane of the drawn runs' paths, or a two-parameter slice) with each drawn run's
 * first steps projected onto it and how far each leaves it, from a {@link org.netdeck.compute.LandscapeSpec}.
 * {@link org.netdeck.compute.RunBehaviour} says how a run ends (settled, oscillating, diverging) from its loss over
 * the run's last tenth.
 *
 * <p>Every value a run reports records how it was computed ({@link org.netdeck.compute.Provenance}: one {@link
 * org.netdeck.compute.Explanation} by reference name, its formula over the names of the values it used). The engine's
 * code records it beside the line that computes the value, through a {@code Recorder} passed only while computing what
 * a deck shows (the first pass, its backward pass, the first update, the updated and trained passes; never inside the
 * training loop), so an explanation cannot disagree with its number. A compare run's explanations are {@code
 * runs.R.}-prefixed; the ones computed exactly as the deck's own are aliases of them ({@link
 * org.netdeck.compute.Trace#provenance()}; a trace's equality ignores it).
 *
 * <p>Shared with every output: display labels ({@link org.netdeck.compute.Labels}: defaults derived from names) and
 * the one precision policy ({@link org.netdeck.compute.Precision}: double arithmetic away from ties, {@code
 * BigDecimal} near one; below 10⁻⁶ and from 10¹⁵ up {@code 1.23×10⁻³²}; {@code shownValue} reads a shown text
 * back, for the page's checkpoints) that text, formulas, diagrams and the scrubber use.
 *
 * <p>{@link org.netdeck.compute.FiniteDifference} is the gradient check a reader can do by hand (nudge a parameter by
 * h, compare ΔL with h · ∂L/∂θ); {@code Backprop} computes its ΔL once per deck, kept as {@link
 * org.netdeck.compute.Trace#nudges()} for the page text, the explanations and {@code trace.json}.
 */
package org.netdeck.compute;
