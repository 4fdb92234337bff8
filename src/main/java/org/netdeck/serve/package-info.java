/**
 * {@code netdeck serve}: the site built in memory, rebuilt as {@code content/} and {@code templates/} change,
 * served over HTTP with live reload and problems shown over the page. Sits on {@code site}, which never imports
 * it; nothing is written to disk.
 *
 * <p>{@link org.netdeck.serve.Watcher} (the JDK's WatchService where it is native, inotify or Windows, else {@link
 * org.netdeck.serve.PollingEvents}, every 100 ms, also forced by {@code -Dnetdeck.watch=poll}; a 10 ms quiet period, {@code settling()} while a
 * burst is not reported yet; a new or restored folder is registered, then scanned and its contents reported;
 * follows symlinked folders) feeds a rebuild thread that merges pending changes (a failed rebuild a newer change
 * already supersedes is not announced) into {@link org.netdeck.serve.LiveSite} (one reused {@code
 * site.SiteAssembler}; each build on a worker thread it abandons after {@code REBUILD_LIMIT}, 60 s, naming the deck it
 * was waiting for, which is set aside until its file changes while the rest is built again; any {@code Error}
 * becomes a problem; keeps the last good build; the theme from {@code render.Theme.load}, as {@code build}
 * reads it).
 *
 * <p>{@link org.netdeck.serve.LiveServer} serves the in-memory files through {@link org.netdeck.serve.HttpFront}, its
 * own HTTP/1.1 server (one thread reads every connection's request heads without blocking, at most 16 KiB, 10 s from
 * the first byte; keep-alive and pipelining; a malformed request is handed to the handler with its problem, so its
 * 400/431 comes after the Host check), up to 64 threads answering: a Host allow-list (absolute-form request URIs
 * checked against it too), GET and HEAD only, exact paths, {@code nosniff}; {@code /__netdeck/live.js} injected into
 * HTML; a build's warnings in the status and a panel at the page's foot;
 * reload and problem events over server-sent events ({@link org.netdeck.serve.EventStream}: one sending thread, no
 * thread per page); the overlay's data at {@code /__netdeck/status} ({@link org.netdeck.serve.ProblemView}: the
 * first 50 problems, each file read once). {@link org.netdeck.serve.ServeListener} and {@link
 * org.netdeck.serve.Rebuild} feed the progress lines. The page script and placeholder page are the resources
 * {@code org/netdeck/serve/live.js} and {@code no-site-yet.html}.
 */
package org.netdeck.serve;
