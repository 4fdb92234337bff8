/* netdeck serve: live reload and build errors, added to pages only while serving (never to site/).
   Listens to /__netdeck/events; on "reload" it reloads the page (the #slide-N in the URL is kept), on
   "problem" it fetches /__netdeck/status and shows the problems over the page. A build that succeeded with
   warnings (what 'netdeck build' prints as "warning:") shows them in a panel at the foot of the page. All text goes in as text
   nodes, so nothing in a message or a source line can become markup. */
(function () {
  'use strict';

  var OVERLAY_ID = 'netdeck-live-problems';
  var WARNINGS_ID = 'netdeck-live-warnings';
  var shownVersion = null;

  function el(tag, style, text) {
    var e = document.createElement(tag);
    if (style) {
      e.setAttribute('style', style);
    }
    if (text !== undefined) {
      e.textContent = text;
    }
    return e;
  }

  function remove(id) {
    var old = document.getElementById(id);
    if (old) {
      old.parentNode.removeChild(old);
    }
  }

  function hide() {
    remove(OVERLAY_ID);
  }

  // the caret's indent keeps the line's tabs, so it lines up under the column in a <pre>
  function caretLine(text, column) {
    var pad = '';
    for (var i = 0; i < column - 1; i++) {
      pad += text.charAt(i) === '\t' ? '\t' : ' ';
    }
    return pad + '^';
  }

  function excerpt(problem, marked) {
    var pre = el('pre', 'margin:.5em 0 0;padding:.5em;background:#111;color:#eee;overflow:auto;font:13px/1.45 ui-monospace,Menlo,Consolas,monospace;tab-size:4');
    var width = String(problem.excerpt.length ? problem.excerpt[problem.excerpt.length - 1].number : 0).length;
    problem.excerpt.forEach(function (line) {
      var number = String(line.number);
      while (number.length < width) {
        number = ' ' + number;
      }
      var prefix = (line.marked ? '> ' : '  ') + number + ' | ';
      var row = el('span', line.marked ? 'display:block;color:#fff;background:' + (marked || '#4a1515') : 'display:block', prefix + line.text);
      pre.appendChild(row);
      if (line.marked && problem.column > 0) {
        var blank = prefix.replace(/[^|]/g, ' ');
        pre.appendChild(el('span', 'display:block;color:' + (marked ? '#ffca28' : '#ff6b6b'), blank + caretLine(line.text, problem.column)));
      }
    });
    return pre;
  }

  function show(status) {
    hide();
    var box = el('div', 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.6);overflow:auto;padding:2em 1em;font:15px/1.5 system-ui,sans-serif');
    box.id = OVERLAY_ID;
    box.setAttribute('role', 'alert');
    var panel = el('div', 'max-width:60em;margin:0 auto;background:#fff;color:#111;border-top:6px solid #c62828;padding:1em 1.25em;border-radius:4px');
    var more = status.more || 0;
    var n = status.problems.length + more;
    panel.appendChild(el('h2', 'margin:0 0 .25em;font-size:1.2em;color:#b71c1c',
        'Build failed: ' + n + ' problem' + (n === 1 ? '' : 's')));
    panel.appendChild(el('p', 'margin:0 0 1em',
        status.siteVersion > 0 ? 'Still showing the last good version. Fix the file and save; this clears by itself.'
                               : 'There is no good version yet. Fix the file and save; this page reloads by itself.'));
    status.problems.forEach(function (problem) {
      var item = el('section', 'margin:0 0 1.25em');
      item.appendChild(el('p', 'margin:0;font:bold 14px ui-monospace,Menlo,Consolas,monospace', where(problem)));
      item.appendChild(el('p', 'margin:.25em 0 0', problem.message));
      if (problem.excerpt.length) {
        item.appendChild(excerpt(problem));
      }
      panel.appendChild(item);
    });
    if (more > 0) {
      panel.appendChild(el('p', 'margin:0 0 1em', 'and ' + more + ' more problem' + (more === 1 ? '' : 's')
          + ' (the terminal lists them); fix these first.'));
    }
    var close = el('button', 'font:inherit;padding:.3em 1em', 'Hide until the next save');
    close.type = 'button';
    close.addEventListener('click', hide);
    panel.appendChild(close);
    box.appendChild(panel);
    document.body.appendChild(box);
  }

  function where(problem) {
    return problem.file + (problem.line > 0 ? ':' + problem.line + (problem.column > 0 ? ':' + problem.column : '') : '');
  }

  // a build with warnings is served: the page stays usable, the warnings sit at its foot until hidden
  function showWarnings(status) {
    remove(WARNINGS_ID);
    var more = status.moreWarnings || 0;
    var n = status.warnings.length + more;
    var box = el('aside', 'position:fixed;left:0;right:0;bottom:0;z-index:2147483646;max-height:45vh;overflow:auto;background:#fff8e1;color:#111;border-top:6px solid #f9a825;padding:.75em 1.25em;font:15px/1.5 system-ui,sans-serif;box-shadow:0 -2px 8px rgba(0,0,0,.3)');
    box.id = WARNINGS_ID;
    box.setAttribute('role', 'status');
    box.setAttribute('aria-label', 'Build warnings');
    box.appendChild(el('h2', 'margin:0 0 .25em;font-size:1.1em;color:#6d4c00',
        'Built with ' + n + ' warning' + (n === 1 ? '' : 's') + ' (the page is served; nothing failed)'));
    status.warnings.forEach(function (warning) {
      var item = el('section', 'margin:0 0 1em');
      item.appendChild(el('p', 'margin:0;font:bold 14px ui-monospace,Menlo,Consolas,monospace', where(warning) + ': warning'));
      item.appendChild(el('p', 'margin:.25em 0 0', warning.message));
      if (warning.excerpt.length) {
        item.appendChild(excerpt(warning, '#5d4300'));
      }
      box.appendChild(item);
    });
    if (more > 0) {
      box.appendChild(el('p', 'margin:0 0 1em', 'and ' + more + ' more warning' + (more === 1 ? '' : 's')
          + ' (the terminal lists them).'));
    }
    var close = el('button', 'font:inherit;padding:.3em 1em', 'Hide until the next save');
    close.type = 'button';
    close.addEventListener('click', function () {
      remove(WARNINGS_ID);
    });
    box.appendChild(close);
    document.body.appendChild(box);
  }

  function check(reloadIfNewer) {
    fetch('/__netdeck/status', { cache: 'no-store' }).then(function (r) {
      return r.json();
    }).then(function (status) {
      if (shownVersion === null) {
        shownVersion = status.siteVersion;
      } else if (reloadIfNewer && status.siteVersion !== shownVersion) {
        location.reload();  // a build finished while we were not listening
        return;
      }
      if (status.ok) {
        hide();
      } else {
        show(status);
      }
      if (status.warnings && status.warnings.length) {
        showWarnings(status);
      } else {
        remove(WARNINGS_ID);
      }
    }).catch(function () {
      // the server is gone; the event stream reconnects when it is back
    });
  }

  function listen() {
    var events = new EventSource('/__netdeck/events');
    events.addEventListener('hello', function () {
      check(true);
    });
    events.addEventListener('reload', function () {
      location.reload();
    });
    events.addEventListener('problem', function () {
      check(false);
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', listen);
  } else {
    listen();
  }
})();
