/**
 * The command line: {@code netdeck build}, {@code serve} and {@code new}, with picocli; prints problems, never stack
 * traces, and sets the exit code.
 */
package org.netdeck.cli;
