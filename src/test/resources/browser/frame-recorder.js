// FrameBenchmark's recorder, installed in the page once: arm(type) starts recording at the next event of that type
// (a key press, a click); finish(kind, done) waits for the animation it started to end (every document animation
// finished, or the scrubber no longer playing), records two more frames for what tidies up after it, then hands
// done() the requestAnimationFrame times and the long animation frames seen since the event.
(function () {
  'use strict';
  if (window.__frames) {
    return;
  }
  var rec = null;
  function observe(type, keep) {
    try {
      new PerformanceObserver(function (list) {
        list.getEntries().forEach(function (e) {
          if (rec && rec.t0 !== null && e.startTime + e.duration >= rec.t0) {
            keep(rec, e);
          }
        });
      }).observe({ type: type });
      return true;
    } catch (err) {
      return false; // not supported by this browser
    }
  }
  var loaf = observe('long-animation-frame', function (r, e) {
    var forced = 0;
    (e.scripts || []).forEach(function (s) { forced += s.forcedStyleAndLayoutDuration || 0; });
    r.loaf.push({ duration: e.duration, blocking: e.blockingDuration || 0, forced: forced });
  });
  var longtask = observe('longtask', function (r, e) { r.longtasks.push(e.duration); });

  function tick(r) {
    requestAnimationFrame(function (t) {
      if (r.live) {
        r.frames.push(t);
        tick(r);
      }
    });
  }

  window.__frames = {
    arm: function (type) {
      var r = rec = { t0: null, end: null, frames: [], loaf: [], longtasks: [], live: true };
      window.addEventListener(type, function () {
        r.t0 = performance.now();
        tick(r);
      }, { capture: true, once: true });
    },
    finish: function (kind, done) {
      var r = rec;
      function later(n, f) { return n ? requestAnimationFrame(function () { later(n - 1, f); }) : f(); }
      later(2, function () {
        var over;
        if (kind === 'scrubber') {
          over = new Promise(function (resolve) {
            var box = document.querySelector('[data-scrubber][data-playing]');
            if (!box) {
              resolve();
              return;
            }
            new MutationObserver(function (m, o) {
              if (!box.hasAttribute('data-playing')) {
                o.disconnect();
                resolve();
              }
            }).observe(box, { attributes: true });
          });
        } else {
          over = Promise.all(document.getAnimations().map(function (a) {
            return a.finished.catch(function () { return null; });
          }));
        }
        over.then(function () {
          r.end = performance.now();
          later(2, function () {
            r.live = false;
            rec = null;
            done({ t0: r.t0, end: r.end, frames: r.frames, loaf: loaf ? r.loaf : null,
              longtasks: longtask ? r.longtasks : null });
          });
        });
      });
    }
  };
}());
