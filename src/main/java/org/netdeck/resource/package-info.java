/**
 * Reading the files bundled in netdeck's own jar (the starter deck {@code org/netdeck/cli/new-deck.md}, the
 * diagram stylesheet {@code org/netdeck/diagram/diagram.css}, serve's {@code live.js} and {@code
 * no-site-yet.html}): {@code Resources.text/bytes(anchor, name)}; a missing one is a packaging bug, never user
 * input. JDK only, imports nothing.
 */
package org.netdeck.resource;
