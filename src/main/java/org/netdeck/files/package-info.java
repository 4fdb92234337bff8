/**
 * Reading authors' files safely: {@link org.netdeck.files.RegularFiles} opens a file once without following
 * symbolic links (the folders on the way included), checks what it opened and reads from that handle, so that
 * swapping a file for a link while a build or {@code serve} runs cannot publish a file from elsewhere. JDK only,
 * imports nothing; {@code content}, {@code render} and {@code site} read through it.
 */
package org.netdeck.files;
