/**
 * {@code netdeck serve}: the site built in memory, rebuilt as {@code content/} and {@code templates/} change, served
 * over HTTP with live reload and problems shown in the page. Sits on {@code site}, which never imports it.
 */
package org.netdeck.serve;
