/** Orchestration: read the content, run every stage, and publish {@code site/} atomically ({@code build}); {@link org.netdeck.site.SiteAssembler} also builds the site in memory for {@code serve}. The only package that touches the output folder. */
package org.netdeck.site;
