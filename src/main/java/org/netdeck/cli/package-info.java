/**
 * The command line: {@code netdeck build}, {@code serve} and {@code new} ({@link org.netdeck.cli.Main}, {@code
 * BuildCommand}, {@code ServeCommand}, {@code NewCommand}) with picocli; prints problems, never stack traces, and
 * sets the exit status (0, 1 for content or template errors, 2 for usage errors). Options shared by {@code build}
 * and {@code serve} are mixins ({@code InputOptions}; {@code OutputOptions}: {@code -q}/{@code -v} as an exclusive
 * group); {@code Progress} prints the progress lines; {@code NewCommand} scaffolds a deck from the resource {@code
 * org/netdeck/cli/new-deck.md}.
 *
 * <p>Start-up: {@code BuildLine} reads a plain {@code build} line without picocli's set-up (about 80 ms of a cold
 * build before the first deck), leaving anything else to picocli ({@code BuildLineTest} holds the two readings
 * equal); {@code Main} gives picocli only the named command, has it register no {@code java.time}/{@code java.sql}
 * converters, and has Freemarker log through no library. picocli itself is compiled from its sources so the
 * launcher's class-data-sharing archive holds it; {@code docs/performance.md} gives what each of these was worth.
 */
package org.netdeck.cli;
