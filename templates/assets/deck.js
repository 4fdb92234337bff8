/* netdeck slide viewer: one slide at a time, keyboard, swipe and a URL per slide (#slide-3).
   Progressive enhancement: without this script every slide shows, one after another. */
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  var SWIPE_MIN_PX = 50;

  function init() {
    var deck = document.querySelector('[data-deck]');
    var controls = document.querySelector('[data-deck-controls]');
    if (!deck || !controls) {
      return;
    }
    var slides = Array.prototype.slice.call(deck.querySelectorAll('[data-slide]'));
    var n = slides.length;
    if (n === 0) {
      return;
    }
    var prev = controls.querySelector('[data-deck-prev]');
    var next = controls.querySelector('[data-deck-next]');
    var counter = controls.querySelector('[data-deck-current]');
    var bar = controls.querySelector('[data-deck-progress]');
    var status = document.querySelector('[data-deck-status]');
    var hint = document.querySelector('[data-deck-hint]');
    var baseTitle = document.title;
    var index = -1;

    // a slide's id, or "#slide-N" clamped to the deck -> index; anything else -> null
    function fromHash(hash) {
      for (var j = 0; j < n; j++) {
        if ('#' + slides[j].id === hash) {
          return j;
        }
      }
      var m = /^#slide-(\d+)$/.exec(hash || '');
      return m ? Math.min(n, Math.max(1, parseInt(m[1], 10))) - 1 : null;
    }

    function titleOf(i) {
      var h = slides[i].querySelector('h2');
      return h ? h.textContent.replace(/\s+/g, ' ').trim() : '';
    }

    function setUrl(i, replace) {
      var url = '#' + slides[i].id;
      try {
        history[replace ? 'replaceState' : 'pushState']({ slide: i + 1 }, '', url);
      } catch (err) {
        // some browsers refuse history entries for pages opened from disk; the slide still changes
      }
    }

    // how: {push, focus, announce, initial}
    function show(i, how) {
      i = Math.max(0, Math.min(n - 1, i));
      if (i === index) {
        return;
      }
      index = i;
      slides.forEach(function (s, j) {
        s.hidden = j !== i;
        s.classList.toggle('entering', j === i && !how.initial); // CSS fades in a slide reached by navigation
      });
      counter.textContent = String(i + 1);
      bar.style.width = ((i + 1) / n * 100).toFixed(3) + '%';
      prev.disabled = i === 0;
      next.disabled = i === n - 1;
      var title = titleOf(i);
      document.title = i === 0 ? baseTitle : title + ' (' + (i + 1) + '/' + n + ') · ' + baseTitle;
      if (how.push) {
        setUrl(i, false);
      }
      if (how.announce && status) {
        status.textContent = 'Slide ' + (i + 1) + ' of ' + n + ': ' + title;
      }
      if (how.focus) {
        var h = slides[i].querySelector('h2');
        if (h) {
          h.focus();
        }
      }
    }

    function go(i) {
      show(i, { push: true, focus: true, announce: true });
    }

    prev.addEventListener('click', function () { go(index - 1); });
    next.addEventListener('click', function () { go(index + 1); });

    document.addEventListener('keydown', function (e) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) {
        return;
      }
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
        return;
      }
      var space = e.key === ' ' || e.key === 'Spacebar';
      if (e.shiftKey && !space) {
        return;
      }
      var to;
      switch (e.key) {
        case 'ArrowRight': case 'PageDown': to = index + 1; break;
        case 'ArrowLeft': case 'PageUp': to = index - 1; break;
        case 'Home': to = 0; break;
        case 'End': to = n - 1; break;
        default:
          // Space on a link or button activates it; elsewhere it pages
          if (!space || (t && t.closest && t.closest('a, button, summary, [role="button"]'))) {
            return;
          }
          to = e.shiftKey ? index - 1 : index + 1;
      }
      e.preventDefault();
      go(to);
    });

    // touch swipe: a mostly horizontal move of SWIPE_MIN_PX or more (the deck lets the browser pan vertically only)
    var start = null;
    deck.addEventListener('pointerdown', function (e) {
      start = e.pointerType !== 'mouse' && e.isPrimary ? { x: e.clientX, y: e.clientY } : null;
    });
    deck.addEventListener('pointercancel', function () { start = null; });
    deck.addEventListener('pointerup', function (e) {
      if (!start) {
        return;
      }
      var dx = e.clientX - start.x;
      var dy = e.clientY - start.y;
      start = null;
      if (Math.abs(dx) >= SWIPE_MIN_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) {
        show(index + (dx < 0 ? 1 : -1), { push: true, announce: true });
      }
    });

    // back/forward and links to #slide-N; other fragments (#main) leave the slide alone
    function onLocation() {
      var i = fromHash(location.hash);
      if (i !== null) {
        show(i, { announce: true });
      } else if (!location.hash) {
        show(0, { announce: true });
      }
    }
    window.addEventListener('popstate', onLocation);
    window.addEventListener('hashchange', onLocation);

    var first = fromHash(location.hash);
    show(first === null ? 0 : first, { initial: true });
    if (first !== null && location.hash !== '#' + slides[first].id) {
      setUrl(first, true); // #slide-99 becomes #slide-n
    }
    controls.hidden = false;
    if (hint) {
      hint.hidden = false;
    }
    if (first !== null) {
      slides[first].scrollIntoView(); // the browser scrolled to it before the others were hidden
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
