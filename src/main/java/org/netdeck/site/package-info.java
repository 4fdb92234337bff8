/** Orchestration: read the content, run every stage, and publish {@code site/} atomically, or serve it from memory while watching for changes ({@code serve}). The only package that touches the output folder. */
package org.netdeck.site;
