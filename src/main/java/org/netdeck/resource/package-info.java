/**
 * Reading the files bundled in netdeck's own jar (the starter deck, the diagram stylesheet, serve's
 * scripts): never user input. JDK only, imports nothing.
 */
package org.netdeck.resource;
