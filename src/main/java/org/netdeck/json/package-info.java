/**
 * {@code trace.json}: a deck's Trace written as JSON (Jackson), beside {@code diagram} and {@code text}, the other
 * outputs of a Trace; pure, no I/O.
 */
package org.netdeck.json;
