/**
 * Reading what authors write: a deck's YAML front matter (validated, with file:line:col errors) and its Markdown
 * slides.
 */
package org.netdeck.content;
