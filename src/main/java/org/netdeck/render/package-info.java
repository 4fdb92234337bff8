/** Turning rendered slides and diagrams into HTML pages with the Freemarker theme in {@code templates/}. */
package org.netdeck.render;
