/** The command line: {@code netdeck build}, with picocli; prints problems, never stack traces, and sets the exit code. */
package org.netdeck.cli;
