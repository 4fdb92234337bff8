/**
 * The names authors write for a fixed set of choices ({@code sigmoid}, {@code squared_error},
 * {@code output-gradient}): one lookup for every enum that has them. JDK only, imports nothing.
 */
package org.netdeck.id;
