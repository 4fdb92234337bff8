/**
 * Slide text: Markdown to HTML with {@code {{ references }}} bound to computed values, {@code $math$},
 * {@code $$math$$} and {@code ```math} turned into MathML (via {@link org.netdeck.math}), number formats,
 * reading time.
 */
package org.netdeck.text;
