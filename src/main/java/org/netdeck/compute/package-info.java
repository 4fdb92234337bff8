/**
 * The real computation: a network spec in, an immutable {@link org.netdeck.compute.Trace} out
 * (forward pass, loss, backward pass, one gradient-descent update, a training run). JDK only, no I/O.
 */
package org.netdeck.compute;
