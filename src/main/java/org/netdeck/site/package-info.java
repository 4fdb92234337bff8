/** Orchestration: read the content, run every stage, and publish {@code site/} atomically ({@code build}); {@link org.netdeck.site.SiteAssembler} also builds the site in memory for {@code serve}. A deck's {@code preview.png} is rasterised only when {@code site.yml} gives the site's {@code url:}. The only package that touches the output folder. */
package org.netdeck.site;
