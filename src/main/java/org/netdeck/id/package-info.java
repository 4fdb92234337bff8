/**
 * The names authors write for a fixed set of choices ({@code sigmoid}, {@code squared_error}, {@code
 * output-gradient}): {@link org.netdeck.id.Identified} gives an enum its {@code id()}, {@code
 * Identified.ids(type)} lists them and {@code Identified.fromId(type, id)} looks one up as an {@code Optional}.
 * Used by {@code compute.Activation}, {@code compute.LossKind} and {@code content.DiagramStep}. JDK only, imports
 * nothing.
 */
package org.netdeck.id;
