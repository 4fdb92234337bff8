/** Orchestration: read the content, run every stage, and publish {@code site/} atomically. The only package that touches the output folder. */
package org.netdeck.site;
