/** Slide text: Markdown to HTML with {@code {{ references }}} bound to computed values, number formats, reading time. */
package org.netdeck.text;
