/**
 * {@code trace.json}: {@link org.netdeck.json.TraceJson} writes a deck's Trace with Jackson's streaming writer, in
 * a fixed order, every double at full precision as the shortest decimal (Jackson's Schubfach writer, as {@code
 * Double.toString} writes it from Java 19 on). {@link org.netdeck.json.CheckpointJson} writes the compact
 * checkpoints a page's training scrubber looks up, one line, each number rounded as the page shows it. The third
 * output of a Trace beside {@code diagram} and {@code text}; pure, no I/O.
 */
package org.netdeck.json;
