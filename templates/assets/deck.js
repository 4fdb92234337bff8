/* netdeck slide viewer. Every slide is a fixed 1280×720 canvas scaled to fit the window (a phone gets a
   scrolling page of its own); keys, swipe and a URL per slide (#slide-3, #title); overview, jump, full screen,
   help; a presenter view (?presenter) kept in step with the deck over BroadcastChannel and postMessage;
   print one slide per page (?notes adds the speaker notes). Without this script every slide shows in order. */
(function () {
  'use strict';

  var root = document.documentElement;
  root.classList.add('js');
  var params = new URLSearchParams(location.search);
  var PRESENTER = params.has('presenter');
  var W = 1280, H = 720, PHONE_BELOW = 600, MARGIN = 12, SWIPE_MIN_PX = 50;
  var FITS = [1, 0.93, 0.86, 0.8, 0.74, 0.68, 0.62];  // font scales tried, largest first, until a slide fits 720 px
  var SMALL_FIGURE = 0.8, FIGURE_LAYOUTS = ['wide', 'wider', 'stacked'];  // see chooseFigures

  function $(css, from) { return (from || document).querySelector(css); }
  function $$(css, from) { return Array.prototype.slice.call((from || document).querySelectorAll(css)); }

  // the diagram a slide's <svg> draws: the one its <use> points at, or the one it copied (data-ref)
  function refOf(svg) {
    var use = svg && $('use', svg);
    return svg && document.getElementById(use ? (use.getAttribute('href') || '').slice(1) : svg.getAttribute('data-ref'));
  }

  // what a diagram draws (all but its title and desc): the elements themselves, or copies without ids
  function drawn(svg) { return $$(':scope > :not(title):not(desc)', svg); }
  function parts(ref) {
    return drawn(ref).map(function (e) {
      var c = e.cloneNode(true);
      $$('[id]', c).concat([c]).forEach(function (x) { x.removeAttribute('id'); });
      return c;
    });
  }

  function init() {
    var deck = $('[data-deck]');
    var controls = $('[data-deck-controls]');
    if (!deck || !controls) {
      return;
    }
    var slides = $$('[data-slide]', deck);
    var n = slides.length;
    if (n === 0) {
      return;
    }
    var canvases = slides.map(function (s) { return $('.slide-canvas', s); });
    // fragments: shown one at a time (frag of them revealed on the current slide); a slide whose fragments
    // highlight diagram parts draws its own copy of the diagram instead of <use>, so its parts can be lit
    var frags = slides.map(function (s) { return $$('.fragment', s); });
    var frag = 0;
    slides.forEach(function (s, j) {
      var svg = $('.diagram svg', s);
      var use = svg && $('use', svg);
      var ref = use && refOf(svg);
      if (!ref || !frags[j].some(function (f) { return f.hasAttribute('data-highlight'); })) {
        return;
      }
      svg.setAttribute('data-ref', ref.id);
      parts(ref).forEach(function (c) { svg.insertBefore(c, use); });
      use.remove();
    });
    var prev = $('[data-deck-prev]', controls);
    var next = $('[data-deck-next]', controls);
    var counter = $('[data-deck-counter]', controls);
    var bar = $('[data-deck-progress]', controls);
    var typed = $('[data-deck-typed]', controls);
    var status = $('[data-deck-status]');
    var dialogs = {};
    $$('[data-deck-dialog]').forEach(function (d) { dialogs[d.getAttribute('data-deck-dialog')] = d; });
    var baseTitle = document.title;
    var index = -1;
    var digits = '';
    var me = Math.random().toString(36).slice(2);
    var seq = 0;
    var seen = {};
    var peer = null;
    var presenter = PRESENTER ? presenterPanel() : null;
    if (PRESENTER) {
      root.classList.add('presenter');
      document.title = 'Presenter · ' + baseTitle;
      baseTitle = document.title;
    }
    // A slide's speaker notes: their HTML is stored as escaped text in an inert <template>, so nothing in the notes
    // can end it; parsed here without running anything (DOMParser runs no script; scripts and on* handlers dropped).
    function notesOf(slide) {
      var t = $('template[data-notes]', slide);
      if (!t) return null;
      var doc = new DOMParser().parseFromString(t.content.textContent, 'text/html');
      $$('script', doc).forEach(function (e) { e.remove(); });
      $$('*', doc).forEach(function (e) {
        Array.prototype.slice.call(e.attributes).forEach(function (a) {
          if (/^on/i.test(a.name)) e.removeAttribute(a.name);
        });
      });
      var f = document.createDocumentFragment();
      while (doc.body.firstChild) f.appendChild(document.adoptNode(doc.body.firstChild));
      return f;
    }

    if (params.has('notes')) {
      root.classList.add('with-notes');
      slides.forEach(function (s) {
        var said = notesOf(s);
        if (said) {
          var aside = document.createElement('aside');
          aside.className = 'print-notes';
          aside.setAttribute('aria-label', 'Speaker notes');
          aside.appendChild(said);
          s.appendChild(aside);
        }
      });
    }

    // ---- layout: phone page or scaled stage; each slide's canvas measured once at its logical size ----

    function layoutMode() {
      var phone = !PRESENTER && window.innerWidth < PHONE_BELOW;
      root.classList.toggle('phone', phone);
      root.classList.toggle('stage', !phone);
      root.classList.toggle('canvas', !phone);
    }

    // the largest font scale at which each canvas fits 1280×720, and the height it then needs (a last resort:
    // a slide still taller than 720 is scaled down as a whole); one layout per font scale for all slides
    function fitAll() {
      var was = root.className;
      root.classList.remove('phone');
      root.classList.add('canvas', 'measuring');
      chooseFigures();
      var todo = canvases.slice();
      // fitHeight: the largest scale at which a canvas's height fits
      canvases.forEach(function (c) { c.fitHeight = -1; });
      for (var k = 0; k < FITS.length && todo.length; k++) {
        todo.forEach(function (c) { c.style.setProperty('--fit', String(FITS[k])); });
        todo = todo.filter(function (c) {
          var h = measure(c);
          if (h <= H + 0.5 && c.fitHeight < 0) {
            c.fitHeight = k;
          }
          return h > H + 0.5 || tooWide(c);
        });
      }
      // a display formula too wide even in the smallest type: the type its height needs, and the formula scrolls
      todo.forEach(function (c) {
        if (c.fitHeight >= 0) {
          c.style.setProperty('--fit', String(FITS[c.fitHeight]));
          measure(c);
        }
      });
      root.className = was;
    }

    // a network drawn at under 0.8 of its natural size (a large one) gets a wider column, or the whole width
    // above the text, where the slide still fits at full font size: of the layouts that fit, the one that
    // draws it largest (one layout per try for all slides; the default deck's figures are not that small)
    function chooseFigures() {
      var small = canvases.filter(function (c) {
        c.removeAttribute('data-figure');
        c.style.setProperty('--fit', '1');
        var s = c.parentNode.classList;
        return s.contains('has-diagram') && !s.contains('has-panels');
      }).map(function (c) {
        var svg = $(':scope > .slide-content > .diagram > svg', c);
        var vb = svg && svg.viewBox.baseVal;
        return { c: c, svg: svg, natural: vb ? vb.width : 0, drawn: drawnWidth(c, svg), layout: null };
      }).filter(function (f) { return f.drawn > 0 && f.drawn < SMALL_FIGURE * f.natural; });
      FIGURE_LAYOUTS.forEach(function (layout) {
        small.forEach(function (f) { f.c.setAttribute('data-figure', layout); });
        small.forEach(function (f) {
          var w = drawnWidth(f.c, f.svg);
          if (w > f.drawn + 1 && f.c.offsetHeight <= H + 0.5 && !tooWide(f.c)) {
            f.drawn = w;
            f.layout = layout;
          }
        });
      });
      small.forEach(function (f) {
        if (f.layout) {
          f.c.setAttribute('data-figure', f.layout);
        } else {
          f.c.removeAttribute('data-figure');
        }
      });
    }

    // the width at which an <svg> draws its picture (it keeps its aspect inside its box), in canvas px
    function drawnWidth(c, svg) {
      var vb = svg && svg.viewBox.baseVal;
      if (!vb || !vb.width || !vb.height) {
        return 0;
      }
      var box = svg.getBoundingClientRect();
      return Math.min(box.width, box.height * vb.width / vb.height) * W / c.getBoundingClientRect().width;
    }

    // the height canvas c needs in its present type, noted for scaling and print
    function measure(c) {
      var h = c.offsetHeight;
      c.setAttribute('data-h', String(Math.max(H, h)));
      c.style.setProperty('--print-scale', String(Math.min(1, H / Math.max(H, h))));
      return h;
    }

    // a display formula wider than its column would scroll sideways: a smaller font scale first
    function tooWide(c) {
      var wide = c.querySelectorAll('.math-display');
      for (var i = 0; i < wide.length; i++) {
        if (wide[i].scrollWidth > wide[i].clientWidth + 1) {
          return true;
        }
      }
      return false;
    }

    function scaleCanvas(c, box) {
      var h = Number(c.getAttribute('data-h')) || H;
      var s = Math.min((box.width - 2 * MARGIN) / W, (box.height - 2 * MARGIN) / h);
      c.style.setProperty('--scale', String(Math.max(0.05, s)));
    }

    function relayout() {
      layoutMode();
      if (root.classList.contains('stage') && index >= 0) {
        scaleCanvas(canvases[index], deck.getBoundingClientRect());
      }
      phoneDiagrams();
      if (index >= 0) {
        scrollers(slides[index]);
      }
      if (presenter) {
        presenter.update(index);
      }
    }

    // on a phone a display formula wider than its column is set smaller (down to 60 %) to fit; one that still
    // scrolls sideways (a very long one) takes keyboard focus so it can be scrolled
    function scrollers(slide) {
      var phone = root.classList.contains('phone');
      $$('.math-display', slide).forEach(function (m) {
        m.style.fontSize = '';
        for (var size = 1, k = 0; phone && k < 3 && size > 0.6 && m.scrollWidth > m.clientWidth + 1; k++) {
          size = Math.max(0.6, Math.floor(size * m.clientWidth / m.scrollWidth * 100) / 100);
          m.style.fontSize = size * 100 + '%';
        }
        if (m.scrollWidth > m.clientWidth + 1) {
          m.tabIndex = 0;
        } else {
          m.removeAttribute('tabindex');
        }
      });
    }

    // the smallest font size of a diagram's text, in its own units (Infinity when it has none)
    function smallestText(diagram) {
      var smallest = Infinity;
      $$('text', diagram).forEach(function (t) { smallest = Math.min(smallest, parseFloat(getComputedStyle(t).fontSize) || Infinity); });
      return smallest;
    }

    // on a phone a diagram keeps its text at 10.5 CSS px or more and scrolls sideways inside its figure
    var wasPhone = null;
    function phoneDiagrams() {
      var phone = root.classList.contains('phone');
      if (phone === wasPhone) {
        return;
      }
      wasPhone = phone;
      $$('.slide .diagram > svg', deck).forEach(function (svg) {
        var fig = svg.parentNode;
        var ref = refOf(svg);
        if (!ref) {
          return;
        }
        if (!phone) {
          svg.style.minWidth = '';
          fig.removeAttribute('tabindex');
          return;
        }
        var smallest = smallestText(ref);
        var vb = (svg.getAttribute('viewBox') || '').split(/[\s,]+/).map(Number);
        if (isFinite(smallest) && vb[2] > 0) {
          svg.style.minWidth = Math.ceil(vb[2] * 10.5 / smallest) + 'px';
        }
        fig.setAttribute('tabindex', '0'); // a region that scrolls must be reachable by keyboard
      });
    }

    // ---- moving between slides ----

    // a slide's id, "#slide-N" clamped to the deck, or "#title" -> index; anything else -> null.
    // "#slide-N.K" also sets fragsAt, the fragments revealed (K, at most the slide's count), else 0
    var fragsAt = 0;
    function fromHash(hash) {
      var k = /^(#.+?)(?:\.(\d+))?$/.exec(hash || '') || [];
      var at = null;
      for (var j = 0; j < n; j++) {
        if ('#' + slides[j].id === k[1]) {
          at = j;
        }
      }
      var m = /^#slide-(\d+)$/.exec(k[1] || '');
      at = at !== null ? at : m ? Math.min(n - 1, Math.max(1, parseInt(m[1], 10))) : null;
      fragsAt = at === null ? 0 : Math.min(frags[at].length, parseInt(k[2] || '0', 10));
      return at;
    }

    function hashOf(i, f) {
      return '#' + slides[i].id + (frags[i].length && f ? '.' + f : '');
    }

    // reveal the first f fragments of slide i (all when f is past the end), light what the last one names
    function reveal(i, f) {
      frag = f = Math.max(0, Math.min(frags[i].length, f));
      frags[i].forEach(function (e, k) { e.hidden = k >= f; });
      var svg = $('.diagram svg[data-ref]', slides[i]);
      if (svg) {
        var names = f ? (frags[i][f - 1].getAttribute('data-highlight') || '').split(' ').filter(Boolean) : [];
        svg.classList.toggle('lit', names.length > 0);
        var lit = $$('[class*="part-"]', svg).filter(function (e) {
          return e.classList.toggle('hl', names.some(function (p) { return e.classList.contains('part-' + p); }));
        });
        litInView(svg.closest('.diagram') || svg.parentNode, lit);
      }
      var c = frags[i].length;
      counter.innerHTML = i === 0 ? 'Title' : '<span class="visually-hidden">Slide </span>' + i + ' / ' + (n - 1)
          + (c ? '<span class="frag-count"><span class="visually-hidden">, step </span>' + (f + 1) + '/' + (c + 1) + '</span>' : '');
      next.disabled = i === n - 1 && f === c;
      prev.disabled = i === 0;
      if (!slides[i].hidden) {
        scrollers(slides[i]); // a formula just revealed is measured now (a slide about to show: by relayout, once shown)
      }
    }

    // on a phone, where a wide diagram scrolls sideways, bring what a fragment lights into view
    function litInView(fig, lit) {
      if (!root.classList.contains('phone') || !lit.length || fig.scrollWidth <= fig.clientWidth) {
        return;
      }
      var box = fig.getBoundingClientRect(), lo = Infinity, hi = -Infinity;
      lit.forEach(function (e) {
        var r = e.getBoundingClientRect();
        lo = Math.min(lo, r.left);
        hi = Math.max(hi, r.right);
      });
      fig.scrollLeft += (lo + hi) / 2 - (box.left + box.right) / 2;
    }

    function titleOf(i) {
      var h = $('h1, h2', slides[i]);
      return h ? h.textContent.replace(/\s+/g, ' ').trim() : '';
    }

    function setUrl(i, replace) {
      var url = (PRESENTER ? '?presenter' : location.search) + hashOf(i, frag);
      try {
        history[replace ? 'replaceState' : 'pushState']({ slide: i, frag: frag }, '', url);
      } catch (err) {
        // some browsers refuse history entries for pages opened from disk; the slide still changes
      }
    }

    // how: {push, replace, focus, announce, initial, remote}; f: fragments revealed (0 if left out)
    function show(i, how, f) {
      i = Math.max(0, Math.min(n - 1, i));
      f = f || 0;
      if (i === index) {
        if (f !== frag) {
          var more = f > frag;
          reveal(i, f);
          if (how.push || how.replace) {
            setUrl(i, !how.push);
          }
          if (how.announce && status) {
            status.textContent = more ? frags[i][frag - 1].textContent.replace(/\s+/g, ' ').trim()
                : 'Step ' + (frag + 1) + ' of ' + (frags[i].length + 1);
          }
          if (!how.remote) {
            send(i);
          }
        }
        return;
      }
      var morphTo = morph(index, i, how);
      index = i;
      reveal(i, f);
      slides.forEach(function (s, j) {
        s.hidden = j !== i;
        s.classList.toggle('entering', j === i && !how.initial); // CSS fades in a slide reached by navigation
        s.classList.toggle('morph', j === i && !!morphTo);
      });
      var had = parseFloat(bar.style.width), w = i / (n - 1 || 1) * 100;
      bar.style.width = w.toFixed(3) + '%';
      if (had > 0 && w > 0 && !how.initial && !matchMedia('(prefers-reduced-motion: reduce)').matches) {
        bar.animate([{ transform: 'scaleX(' + had / w + ')' }, { transform: 'none' }], { duration: 300, easing: 'ease' }); // on the compositor
      }
      var title = titleOf(i);
      document.title = i === 0 ? baseTitle : title + ' (' + i + '/' + (n - 1) + ') · ' + baseTitle;
      if (how.push || how.replace) {
        setUrl(i, !how.push);
      }
      relayout();
      if (root.classList.contains('phone') && !how.initial) {
        window.scrollTo(0, 0);
      }
      if (morphTo) {
        morphTo();
      }
      if (how.announce && status) {
        status.textContent = i === 0 ? title : 'Slide ' + i + ' of ' + (n - 1) + ': ' + title;
      }
      if (how.focus) {
        var h = $('h1, h2', slides[i]);
        if (h) {
          h.focus({ preventScroll: true });
        }
      }
      if (!how.remote && !how.initial) {
        send(i);
      }
    }

    function go(i, focus) {
      show(i, { push: true, focus: focus !== false, announce: true });
    }

    // Next reveals the slide's next fragment before it moves on; Previous hides one, or goes back to the
    // previous slide with all its fragments shown
    function step(delta, button) {
      var c = frags[index].length;
      if (delta > 0 ? frag < c : frag > 0) {
        show(index, { push: true, announce: true }, frag + delta);
      } else if (index + delta >= 0 && index + delta < n) {
        show(index + delta, { push: true, announce: true }, delta < 0 ? frags[index + delta].length : 0);
      }
      if (button && button.disabled) {
        var h = $('h1, h2', slides[index]); // the button just pressed is gone: focus goes to the slide
        h.focus({ preventScroll: true });
      }
    }

    prev.addEventListener('click', function () { step(-1, prev); });
    next.addEventListener('click', function () { step(1, next); });

    // ---- morph: between adjacent slides drawing the same network, the <svg> on screen swaps places, attributes and
    // children with the next one's and animates the change; marks match by tag, first class and part-NAME in order.
    // Every read (boxes, computed styles) comes before the writes. What only fades moves as two groups, the old look
    // fading out and the new fading in, one composited opacity animation each; only moving marks animate alone ----

    var morphing = null; // under way: { svg, use, layers, moved, anims }

    function settleMorph() {
      var m = morphing;
      morphing = null;
      if (m) {
        m.anims.forEach(function (a) { a.cancel(); });
        if (!m.use) { // the slide's own copy: its moved groups back in place
          m.moved.reverse().forEach(function (w) { m.svg.insertBefore(w[0], w[1]); });
        }
        m.layers.forEach(function (g) { g.remove(); });
        if (m.use) {
          drawn(m.svg).forEach(function (e) { e.remove(); });
          m.svg.appendChild(m.use);
        }
      }
    }

    // a path's mean point (and where a closed one's first point faces), a centre or a text's anchor
    function pose(e) {
      var d = e.getAttribute('d') || '', v = d.match(/-?[\d.]+/g) || [], k = v.length >> 1, x = 0, y = 0, j;
      function at(a) { return Number(e.getAttribute(a)) || 0; }
      for (j = 0; j < 2 * k; j += 2) {
        x += v[j] / k;
        y += v[j + 1] / k;
      }
      return k ? { x: x, y: y, a: /z$/i.test(d) ? Math.atan2(v[1] - y, v[0] - x) * 57.3 : 0 }
          : { x: at('cx') + at('x') + at('width') / 2, y: at('cy') + at('y') + at('height') / 2, a: 0 };
    }

    // keyframe: the mark posed at p moved onto pose q
    function move(p, q, o) {
      var f = { transformOrigin: p.x + 'px ' + p.y + 'px', opacity: o }, x = q.x - p.x, y = q.y - p.y, r = (q.a - p.a + 540) % 360 - 180;
      if (x || y || r) {
        f.transform = 'translate(' + x + 'px,' + y + 'px) rotate(' + r + 'deg)';
      }
      return f;
    }

    // each mark of a diagram drawn in svg (its computed look read here), set on the same marks of the drawing in
    // into (a copy of it, or itself)
    function marks(svg, into) {
      var count = {}, els = $$('[class]', into);
      return $$('[class]', svg).map(function (e, j) {
        var c = e.getAttribute('class').split(' '), s = getComputedStyle(e);
        var key = e.tagName + c[0] + (c.filter(function (x) { return /^part-/.test(x); })[0] || c[1]);
        count[key] = (count[key] || 0) + 1;
        return { key: key + count[key], el: els[j], at: pose(e), op: s.opacity, css: 'stroke:' + s.stroke + ';fill:' + s.fill + ';stroke-width:' + s.strokeWidth
          + ';opacity:' + s.opacity, look: s.stroke + s.fill + s.opacity + s.strokeWidth
          + [].map.call(e.attributes, function (a) { return /^(class|opacity)$/.test(a.name) ? '' : a.name + a.value; }) + e.innerHTML };
      });
    }

    // a group for the marks that only fade, drawn on the compositor
    function layer(svg) {
      var g = document.createElementNS(svg.namespaceURI, 'g');
      g.style.willChange = 'opacity';
      return g;
    }

    // before show() leaves slide a for b: null, or what plays the morph once b shows
    function morph(a, b, how) {
      settleMorph(); // (a morph under way is cut short: the only case where the reads below wait for a layout)
      var svg = a >= 0 && $('.diagram svg', slides[a]), to = $('.diagram svg', slides[b]), from = refOf(svg), ref = refOf(to);
      if (how.initial || Math.abs(a - b) !== 1 || !from || !ref || !$('[class*="part-"]', from) || !$('[class*="part-"]', ref)
          || svg.getAttribute('viewBox') !== to.getAttribute('viewBox') || $('.has-panels', slides[a]) || $('.has-panels', slides[b]) || matchMedia('(prefers-reduced-motion: reduce)').matches) {
        return null;
      }
      var here = svg.parentNode, was = here.getBoundingClientRect();
      // ghosts: copies of the old look's marks, colours, width and opacity pinned (read where they are drawn: the
      // shared diagram a <use> draws, or the slide's own copy)
      var use = $('use', svg), ghosts = parts(use ? from : svg), box = document.createElement('div');
      ghosts.forEach(function (g) { box.appendChild(g); });
      var old = marks(use ? from : svg, box);
      old.forEach(function (o) { o.el.style.cssText = o.css; });
      var next = svg.nextSibling, names = {};
      to.parentNode.replaceChild(svg, to);
      here.insertBefore(to, next);
      [svg, to].forEach(function (e) { [].forEach.call(e.attributes, function (x) { names[x.name] = 1; }); });
      Object.keys(names).forEach(function (n) {
        var x = svg.getAttribute(n), y = to.getAttribute(n);
        [[svg, y], [to, x]].forEach(function (p) { p[1] === null ? p[0].removeAttribute(n) : p[0].setAttribute(n, p[1]); });
      });
      var mine = [].slice.call(svg.childNodes);
      [].slice.call(to.childNodes).forEach(function (c) { svg.appendChild(c); });
      mine.forEach(function (c) { to.appendChild(c); });

      return function () {
        // reads: the figure's new place, the new look (in the shared diagram, or the slide's copy as revealed)
        var fig = svg.parentNode, at = fig.getBoundingClientRect(), z = at.width / fig.offsetWidth, anims = [], byKey = {};
        use = $('use', svg);
        var copies = use ? parts(ref) : [], into = use ? document.createElement('div') : svg;
        copies.forEach(function (g) { into.appendChild(g); });
        var now = marks(use ? ref : svg, into);
        // writes
        function play(e, frames, keep) {
          anims.push(e.animate(frames, { duration: 450, easing: 'ease-in-out', fill: keep ? 'forwards' : 'none' }));
        }
        // the drawn group (a child of svg, or of the ghosts' box) that holds e
        function top(e) {
          while (e.parentNode !== svg && e.parentNode !== box && e.parentNode !== gone) {
            e = e.parentNode;
          }
          return e;
        }
        if (use) {
          copies.forEach(function (g) { svg.insertBefore(g, use); });
          use.remove();
        }
        var gone = layer(svg), come = layer(svg), moved = [], alone = [], fading = [], still = [];
        svg.insertBefore(gone, drawn(svg)[0]);
        old.forEach(function (o) { byKey[o.key] = o; });
        now.forEach(function (n) {
          // only a mark that turns round (an arrow reversing) travels, a transform each frame; the rest fades in place
          var o = byKey[n.key], p = o ? move(n.at, o.at, 0) : {}, far = o && Math.abs((n.at.a - o.at.a + 540) % 360 - 180) > 1;
          delete byKey[n.key];
          if (o && o.look === n.look) {
            o.el.remove();
            o.el = null;
            still.push(n.el);
          } else if (far) {
            alone.push(n.el);
            svg.insertBefore(top(o.el), gone);
            play(o.el, [move(o.at, o.at, o.op), move(o.at, n.at, 0)], 1);
            play(n.el, [p, move(n.at, n.at, n.op)]);
            o.el = null;
          } else {
            fading.push(n);
          }
        });
        // the new marks that fade: whole drawn groups into the fading-in layer (back in place once over), unless a
        // group also holds a mark that stays or moves
        var groups = fading.map(function (n) { return top(n.el); });
        still.concat(alone).forEach(function (e) { groups = groups.filter(function (g) { return !g.contains(e); }); });
        fading.forEach(function (n) {
          if (groups.indexOf(top(n.el)) < 0) {
            play(n.el, [{ opacity: 0 }, { opacity: n.op }]);
          }
        });
        drawn(svg).forEach(function (g) {
          if (groups.indexOf(g) >= 0) {
            moved.push([g, g.nextSibling]);
            come.appendChild(g);
          }
        });
        svg.appendChild(come);
        old.forEach(function (o) {
          if (o.el) {
            gone.appendChild(top(o.el));
          }
        });
        play(gone, [{ opacity: 1 }, { opacity: 0 }], 1);
        play(come, [{ opacity: 0 }, { opacity: 1 }]);
        play(fig, [{ transformOrigin: '0 0', transform: 'translate(' + (was.left - at.left) / z + 'px,' + (was.top - at.top) / z
            + 'px) scale(' + was.width / at.width + ')' }, { transformOrigin: '0 0', transform: 'none' }]);
        var m = morphing = { svg: svg, use: use, layers: [gone, come].concat(ghosts), moved: moved, anims: anims };
        Promise.all(anims.map(function (x) { return x.finished; })).then(function () {
          if (morphing === m) {
            settleMorph();
          }
        }, function () { /* cancelled: settleMorph tidied up */ });
      };
    }

    // ---- dialogs: help, overview, jump ----

    function openDialog(name) {
      var d = dialogs[name];
      if (!d || d.open) {
        return;
      }
      closeDialogs();
      d.showModal();
      if (name === 'overview') {
        var links = $$('[data-deck-goto]', d);
        links.forEach(function (a, j) { a.toggleAttribute('aria-current', j === index); });
        if (links[index]) {
          links[index].focus();
          links[index].scrollIntoView({ block: 'nearest' });
        }
      } else if (name === 'jump') {
        var input = $('input', d);
        input.value = '';
        input.focus();
      }
    }

    function closeDialogs() {
      Object.keys(dialogs).forEach(function (k) {
        if (dialogs[k].open) {
          dialogs[k].close();
        }
      });
    }

    function openOne() {
      var open = null;
      Object.keys(dialogs).forEach(function (k) { open = dialogs[k].open ? k : open; });
      return open;
    }

    $$('[data-deck-open]').forEach(function (b) {
      b.addEventListener('click', function () { openDialog(b.getAttribute('data-deck-open')); });
    });
    $$('[data-deck-goto]').forEach(function (a) {
      a.addEventListener('click', function (e) {
        e.preventDefault();
        closeDialogs();
        go(Number(a.getAttribute('data-deck-goto')));
      });
    });
    var jump = $('[data-deck-jump]');
    if (jump) {
      jump.addEventListener('submit', function (e) {
        e.preventDefault();
        var k = parseInt($('input', jump).value, 10);
        closeDialogs();
        if (!isNaN(k)) {
          go(k);
        }
      });
    }

    // arrows move between the overview's cards, row by row as laid out
    function overviewKey(e) {
      var links = $$('[data-deck-goto]', dialogs.overview);
      var at = links.indexOf(document.activeElement);
      if (at < 0) {
        return false;
      }
      var top = links[0].offsetTop;
      var cols = links.filter(function (a) { return a.offsetTop === top; }).length || 1;
      var to = { ArrowRight: at + 1, ArrowLeft: at - 1, ArrowDown: at + cols, ArrowUp: at - cols, Home: 0, End: links.length - 1 }[e.key];
      if (to === undefined) {
        return false;
      }
      links[Math.max(0, Math.min(links.length - 1, to))].focus();
      return true;
    }

    // ---- the slide's diagram enlarged to the whole window: Z, its button, or a click on it ----
    function zoom() {
      var fig = dialogs.zoom && $('.diagram', slides[index]);
      var svgs = fig ? $$(':scope > svg', fig) : [];
      if (!svgs.length) {
        return;
      }
      var t = $('title', svgs[0]), name = t ? t.textContent : 'Diagram';
      var box = $('[data-deck-zoom-figure]', dialogs.zoom);
      box.textContent = '';
      box.classList.toggle('panels', svgs.length > 1);
      box.classList.remove('scrolls');
      ['tabindex', 'role', 'aria-label'].forEach(function (a) { box.removeAttribute(a); });
      var copies = svgs.map(function (svg, k) {
        var copy = svg.cloneNode(true);
        copy.removeAttribute('style');
        copy.removeAttribute('aria-labelledby');
        $$('title, desc', copy).forEach(function (e) { e.removeAttribute('id'); });
        if (!k) {
          copy.setAttribute('aria-label', name);
        }
        box.appendChild(copy);
        return copy;
      });
      $('[data-deck-zoom-title]', dialogs.zoom).textContent = name;
      openDialog('zoom');
      readable(box, svgs, copies, name);
    }

    // A diagram so dense that the whole window draws its text under 10 CSS px (many neurons and labelled weights)
    // is shown at the size that sets its smallest text at 10.5 px instead, and the figure scrolls both ways (mouse,
    // touch, or the keys of zoomKey; it takes focus). Not on a phone: there the slide's own diagram already scrolls at
    // that size, and its enlarged view is the overview of the whole diagram.
    function readable(box, svgs, copies, name) {
      if (root.classList.contains('phone')) {
        return;
      }
      var sizes = copies.map(function (copy, k) {
        var smallest = smallestText(refOf(svgs[k]) || svgs[k]); // the diagram the slide's svg uses, or its own
        var vb = copy.viewBox && copy.viewBox.baseVal, r = copy.getBoundingClientRect();
        var ok = isFinite(smallest) && vb && vb.width > 0 && vb.height > 0;
        return ok ? { vb: vb, smallest: smallest, scale: Math.min(r.width / vb.width, r.height / vb.height) } : null;
      });
      if (!sizes.some(function (s) { return s && s.smallest * s.scale < 10; })) {
        return;
      }
      sizes.forEach(function (s, k) {
        if (s) {
          var z = Math.max(s.scale, 10.5 / s.smallest);
          copies[k].style.width = Math.ceil(s.vb.width * z) + 'px';
          copies[k].style.height = Math.ceil(s.vb.height * z) + 'px';
        }
      });
      box.classList.add('scrolls');
      box.setAttribute('role', 'group');
      box.setAttribute('aria-label', name + ', enlarged: scroll to see all of it');
      box.tabIndex = 0; // a region that scrolls must be reachable by keyboard
      box.focus({ preventScroll: true });
    }
    $$('.slide .diagram', deck).forEach(function (fig) {
      var b = $('[data-deck-zoom]', fig);
      if (b) {
        b.hidden = false;
      }
      fig.addEventListener('click', zoom);
    });

    // in an enlarged diagram that scrolls, the arrow keys, Page Up/Down, Home and End scroll it, wherever the focus
    // is in the dialog (at once: the same in every browser, whatever its smooth scrolling does under load)
    function zoomKey(e) {
      var box = $('[data-deck-zoom-figure]', dialogs.zoom);
      if (!box.classList.contains('scrolls') || e.shiftKey) {
        return false;
      }
      var line = 40, page = Math.max(line, box.clientHeight - line);
      var by = {
        ArrowDown: [0, line], ArrowUp: [0, -line], ArrowRight: [line, 0], ArrowLeft: [-line, 0],
        PageDown: [0, page], PageUp: [0, -page], Home: [-box.scrollWidth, -box.scrollHeight], End: [0, box.scrollHeight]
      }[e.key];
      if (!by) {
        return false;
      }
      box.scrollBy(by[0], by[1]);
      return true;
    }

    function fullscreen() {
      var p;
      if (document.fullscreenElement) {
        p = document.exitFullscreen();
      } else if (root.requestFullscreen) {
        p = root.requestFullscreen();
      }
      if (p && p.catch) {
        p.catch(function () { /* refused (an iframe, a policy): the deck goes on in the window */ });
      }
    }

    function setTyped(text) {
      digits = text;
      typed.hidden = !text;
      typed.textContent = text ? 'Go to slide ' + text + ' (Enter)' : '';
    }

    document.addEventListener('keydown', function (e) {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) {
        return;
      }
      var open = openOne();
      if (open) {
        if ((open === 'overview' && overviewKey(e)) || (open === 'zoom' && zoomKey(e))) {
          e.preventDefault();
        } else if ((open === 'overview' && (e.key === 'o' || e.key === 'O')) || (open === 'help' && e.key === '?')) {
          e.preventDefault();
          closeDialogs();
        }
        return;
      }
      var t = e.target;
      if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
        return;
      }
      if (/^[0-9]$/.test(e.key)) {
        setTyped((digits + e.key).slice(-4));
        e.preventDefault();
        return;
      }
      if (e.key === 'Enter' && digits) {
        var k = parseInt(digits, 10);
        setTyped('');
        e.preventDefault();
        go(k);
        return;
      }
      setTyped('');
      var space = e.key === ' ' || e.key === 'Spacebar';
      var tool = { o: 'overview', O: 'overview', g: 'jump', G: 'jump', '?': 'help' }[e.key];
      if (tool) {
        e.preventDefault();
        openDialog(tool);
        return;
      }
      if (e.key === 'z' || e.key === 'Z') {
        e.preventDefault();
        zoom();
        return;
      }
      if (e.key === 'f' || e.key === 'F') {
        e.preventDefault();
        fullscreen();
        return;
      }
      if ((e.key === 'p' || e.key === 'P') && !PRESENTER) {
        e.preventDefault();
        openPresenter();
        return;
      }
      if (e.shiftKey && !space) {
        return;
      }
      var to;
      switch (e.key) {
        case 'ArrowRight': case 'PageDown': e.preventDefault(); step(1); return;
        case 'ArrowLeft': case 'PageUp': e.preventDefault(); step(-1); return;
        case 'Home': to = 0; break;
        case 'End': to = n - 1; break;
        default:
          // Space on a link or button activates it; elsewhere it pages
          if (!space || (t && t.closest && t.closest('a, button, summary, [role="button"], [tabindex="0"]'))) {
            return;
          }
          e.preventDefault();
          step(e.shiftKey ? -1 : 1);
          return;
      }
      e.preventDefault();
      go(to);
    });

    // touch swipe: a mostly horizontal move of SWIPE_MIN_PX or more (the deck lets the browser pan vertically only)
    var start = null;
    deck.addEventListener('pointerdown', function (e) {
      start = e.pointerType !== 'mouse' && e.isPrimary && !(e.target.closest && e.target.closest('.diagram')) ? { x: e.clientX, y: e.clientY } : null;
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
        step(dx < 0 ? 1 : -1);
      }
    });

    // back/forward and links to #slide-N; other fragments (#main) leave the slide alone
    function onLocation() {
      var i = fromHash(location.hash);
      if (i !== null) {
        show(i, { announce: true }, fragsAt);
      } else if (!location.hash) {
        show(0, { announce: true });
      }
    }
    window.addEventListener('popstate', onLocation);
    window.addEventListener('hashchange', onLocation);
    window.addEventListener('resize', relayout);
    window.addEventListener('beforeprint', function () { settleMorph(); root.classList.add('canvas'); printWide(); });
    window.addEventListener('afterprint', function () { printWide(true); relayout(); });

    // paper does not scroll: a slide whose formula or table is wider than its column is laid out wider, until it
    // fits, and printed scaled down to the page (after printing, as it was)
    function printWide(undo) {
      root.classList.add('measuring');
      canvases.forEach(function (c) {
        var s = c.style, w = W, k = 0, over;
        if (c.was) {
          s.width = s.left = s.top = '';
          s.setProperty('--print-scale', c.was);
          c.was = '';
        }
        while (!undo && k++ < 5 && (over = Math.max.apply(0, $$('.math-display, .slide-body table', c).map(function (e) {
          return e.scrollWidth - e.clientWidth;
        }).concat(0))) >= 1) {
          c.was = c.was || s.getPropertyValue('--print-scale');
          s.width = (w += over) + 'px';
        }
        if (w > W) { // centred on the page
          k = Math.min(W / w, H / (over = Math.max(H, c.offsetHeight)));
          s.setProperty('--print-scale', k);
          s.left = (W - w * k) / 2 + 'px';
          s.top = (H - over * k) / 2 + 'px';
        }
      });
      root.classList.remove('measuring');
    }

    // ---- presenter view and the two windows kept in step ----

    var channel = null;
    try {
      channel = new BroadcastChannel('netdeck ' + location.pathname);
      channel.onmessage = function (e) { receive(e.data); };
    } catch (err) {
      // no BroadcastChannel: window.postMessage between the deck and the window it opened still works
    }
    window.addEventListener('message', function (e) {
      if (e.data && e.data.netdeck === 'slide' && e.source && e.source !== window && !peer && e.source !== window.opener) {
        peer = e.source; // a presenter view opened by hand answers here too
      }
      receive(e.data);
    });

    function peers() {
      return [peer, window.opener].filter(function (w) { return w && !w.closed && w !== window; });
    }

    function send(i) {
      var msg = { netdeck: 'slide', index: i, frag: frag, from: me, seq: ++seq };
      if (channel) {
        channel.postMessage(msg);
      }
      peers().forEach(function (w) {
        try {
          w.postMessage(msg, '*');
        } catch (err) {
          // a window closed in between
        }
      });
    }

    // the same move may arrive twice (channel and postMessage): each sender's messages count once, in order
    function receive(msg) {
      if (!msg || msg.netdeck !== 'slide' || msg.from === me || typeof msg.index !== 'number') {
        return;
      }
      if ((seen[msg.from] || 0) >= msg.seq) {
        return;
      }
      seen[msg.from] = msg.seq;
      show(msg.index, { replace: true, announce: true, remote: true }, msg.frag);
    }

    function openPresenter() {
      var url = location.href.split(/[?#]/)[0] + '?presenter#' + slides[index].id;
      var w = window.open(url, 'netdeck-presenter');
      if (w) {
        peer = w;
      }
    }

    function presenterPanel() {
      var panel = document.createElement('div');
      panel.className = 'presenter-panel';
      panel.appendChild($('[data-deck-presenter]').content.cloneNode(true)); // markup: partials/controls.ftlh
      deck.parentNode.insertBefore(panel, deck.nextSibling);
      var began = Date.now();
      var elapsed = $('[data-p-elapsed]', panel);
      var clock = $('[data-p-clock]', panel);
      function two(v) { return (v < 10 ? '0' : '') + v; }
      function tick() {
        var s = Math.floor((Date.now() - began) / 1000);
        elapsed.textContent = (s >= 3600 ? Math.floor(s / 3600) + ':' + two(Math.floor(s / 60) % 60) : Math.floor(s / 60)) + ':' + two(s % 60);
        var now = new Date();
        clock.textContent = two(now.getHours()) + ':' + two(now.getMinutes()) + ':' + two(now.getSeconds());
      }
      tick();
      setInterval(tick, 1000);
      $('[data-p-reset]', panel).addEventListener('click', function () { began = Date.now(); tick(); });
      var nextFrame = $('[data-p-next]', panel);
      var notes = $('[data-p-notes]', panel);
      var shown = -1;
      return {
        update: function (i) {
          var frame = nextFrame.getBoundingClientRect();
          if (i !== shown) {
            shown = i;
            nextFrame.textContent = '';
            if (i + 1 < n) {
              var copy = slides[i + 1].cloneNode(true); // a picture of the next slide: no ids, no focus, no notes
              copy.removeAttribute('data-slide');
              copy.removeAttribute('aria-labelledby');
              copy.hidden = false;
              $$('.fragment', copy).forEach(function (e) { e.hidden = false; });
              $$('button', copy).forEach(function (e) { e.remove(); });
              $$('[id], [tabindex], [aria-labelledby], template', copy).concat([copy]).forEach(function (e) {
                e.removeAttribute('id');
                e.removeAttribute('tabindex');
                e.removeAttribute('aria-labelledby');
                if (e.tagName === 'TEMPLATE') {
                  e.remove();
                }
              });
              nextFrame.appendChild(copy);
            } else {
              nextFrame.textContent = 'End of the deck';
            }
            notes.textContent = '';
            var said = notesOf(slides[i]); // not `n`: that is the number of slides
            if (said) {
              notes.appendChild(said);
            } else {
              var p = document.createElement('p');
              p.className = 'presenter-none';
              p.textContent = 'No notes for this slide.';
              notes.appendChild(p);
            }
          }
          var c = $('.slide-canvas', nextFrame);
          if (c) {
            var h = Number(c.getAttribute('data-h')) || H;
            var height = Math.ceil(h * (frame.width - 2 * MARGIN) / W + 2 * MARGIN);
            nextFrame.style.height = height + 'px';
            scaleCanvas(c, { width: frame.width, height: height });
          }
        }
      };
    }

    // ---- start ----

    $$('[data-deck-hint]').forEach(function (h) { h.hidden = false; });
    slides.forEach(scrubber); // before fitting: its controls take room
    layoutMode();
    fitAll();
    var first = fromHash(location.hash);
    show(first === null ? 0 : first, { initial: true }, fragsAt);
    if (first !== null && location.hash !== hashOf(first, frag)) {
      setUrl(first, true); // #slide-99 becomes #slide-n
    }
    controls.hidden = false;
    window.scrollTo(0, 0); // the browser may have scrolled to #slide-N before only one slide showed
  }

  // ==== training scrubber: the slider and Play move the training figure (loss marker, edge widths and values,
  // activations) through the checkpoints the build stored in #deck-checkpoints; numbers are looked up, never
  // computed, and a frame only writes. Without this script the figure shows the last checkpoint, no control. ====

  var checkpoints;

  // x as the build writes it: d decimals (two significant digits rather than 0), or sig significant digits; below
  // 1e-6 and from 1e15 up as 1.23×10⁻³² (the build's x holds the digits shown: 2 for decimals, the shortest above)
  function fmt(x, d, sig) {
    if (x === null) {
      return 'NaN';
    }
    var a = Math.abs(x), e;
    if (x && (a < 1e-6 || a >= 1e15)) {
      e = x.toExponential(sig ? sig - 1 : a < 1 ? 1 : undefined).split('e');
      return (e[0] + '×10' + e[1].replace(/[-\d]/g, function (c) { return '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'.charAt('-0123456789'.indexOf(c)); })
        .replace('+', '')).replace('-', '\u2212');
    }
    var s = sig ? x.toPrecision(sig) : x.toFixed(d);
    if (!sig && x && !Number(s)) {
      s = x.toPrecision(2);
    }
    if (/e/.test(s)) {
      s = String(Number(s));
    }
    return Number(s) ? s.replace('-', '\u2212') : s.replace('-', '');
  }

  // a whole number as the build writes it: 2,021 (compute.Precision.grouped)
  function group(n) {
    return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  }

  function scrubber(slide) {
    var box = $('[data-scrubber]', slide);
    var json = document.getElementById('deck-checkpoints');
    try {
      checkpoints = checkpoints || JSON.parse(json.textContent);
    } catch (err) {
      return; // no scrubber here, or no numbers: the static figure stays
    }
    var cp = checkpoints, last = cp.iteration.length - 1, root, parts = [], at = -1, playing = 0;
    if (!box || last < 0) {
      return;
    }
    $$('.diagram > svg', slide).forEach(function (svg) {
      // a live copy of the panel beside its <use>, which stays for print
      var use = $('use', svg);
      var ref = document.getElementById(use ? use.getAttribute('href').slice(1) : svg.getAttribute('data-ref'));
      var live = use && ref ? ref.cloneNode(true) : svg;
      root = root || (ref && ref.ownerSVGElement);
      if (live !== svg) {
        $$('[id]', live).concat([live]).forEach(function (x) { x.removeAttribute('id'); });
        live.classList.add('scrub-live');
        svg.appendChild(live);
        svg.classList.add('scrubbing');
      }
      $$('.checkpoint-marker, .edge, .value', live).forEach(function (e) {
        var c = e.getAttribute('class');
        parts.push({ e: e, name: (/part-(\S+)/.exec(c) || [])[1], kind: (/checkpoint-marker|neuron-value|caption|bias|edge-label|edge/.exec(c) || [''])[0] });
      });
    });
    if (!root) {
      return;
    }
    function num(name) { return Number(root.getAttribute('data-' + name)); }
    var stroke = root.getAttribute('data-stroke').split(' ').map(Number);
    var pd = num('param-decimals'), vd = num('value-decimals'), ld = num('loss-digits');
    var x0 = num('px0') - num('x0') * (num('px1') - num('px0')) / (num('x1') - num('x0')), sx = (num('px1') - num('px0')) / (num('x1') - num('x0'));
    var y0 = num('py0') - num('y0') * (num('py1') - num('py0')) / (num('y1') - num('y0')), sy = (num('py1') - num('py0')) / (num('y1') - num('y0'));
    var range = $('[data-scrub-range]', box), play = $('[data-scrub-play]', box), readout = $('[data-scrub-readout]', box);
    range.max = String(cp.iteration[last]); // the slider is linear in iterations; it shows the checkpoint at or before

    function draw(k) {
      k = Math.max(0, Math.min(last, k));
      if (k === at) {
        return;
      }
      at = k;
      var it = cp.iteration[k], loss = fmt(cp.loss[k], 0, ld);
      parts.forEach(function (p) {
        var e = p.e, v = (p.kind === 'neuron-value' ? cp.a : cp.params)[p.name], w = v && v[k];
        if (p.kind === 'checkpoint-marker') {
          e.setAttribute('cx', x0 + it * sx);
          e.setAttribute('cy', y0 + cp.loss[k] * sy);
        } else if (p.kind === 'caption') {
          e.textContent = 'iteration ' + group(it) + ': loss L = ' + loss;
        } else if (!v) {
          return;
        } else if (p.kind === 'edge') {
          var width = stroke[0] + stroke[1] * Math.abs(w) / stroke[2];
          e.style.strokeWidth = width;
          e.style.strokeDasharray = w < 0 ? (6 + width) + ' ' + (3 + width) : 'none'; // as the build dashes w < 0
          e.classList.toggle('positive', w > 0);
          e.classList.toggle('negative', w < 0);
        } else {
          var t = fmt(w, p.kind === 'neuron-value' ? vd : pd);
          var node = e.lastChild; // a bias label ends with "= value" after its math
          node.textContent = p.kind === 'bias' ? node.textContent.replace(/\S+$/, t) : t;
        }
      });
      var words = 'iteration ' + group(it) + ' of ' + group(cp.iteration[last]) + ', loss L = ' + loss;
      range.value = String(it);
      range.setAttribute('aria-valuetext', words);
      readout.textContent = words;
    }

    // playing: one checkpoint every 30 ms from where the slider is (from the start when it is at the end)
    function setPlaying(on) {
      cancelAnimationFrame(playing);
      playing = 0;
      play.setAttribute('aria-pressed', String(on));
      $('.scrub-play-text', play).textContent = on ? 'Pause' : 'Play';
      box.toggleAttribute('data-playing', on);
      var from = at >= last ? 0 : at, t0 = null;
      function frame(t) {
        t0 = t0 === null ? t : t0;
        draw(from + Math.floor((t - t0) / 30));
        if (at >= last || slide.hidden) {
          setPlaying(false);
        } else {
          playing = requestAnimationFrame(frame);
        }
      }
      if (on) {
        draw(from);
        playing = requestAnimationFrame(frame);
      }
    }

    range.addEventListener('input', function () {
      setPlaying(false);
      var it = Number(range.value), k = 0;
      while (k < last && cp.iteration[k + 1] <= it) {
        k++;
      }
      draw(k);
    });
    play.addEventListener('click', function () { setPlaying(!playing); });
    box.addEventListener('pointerdown', function (e) { e.stopPropagation(); }); // dragging the slider is no swipe
    // arriving on the slide plays the run once from the start, unless the reader prefers reduced motion
    function arrive() {
      if (slide.hidden) {
        setPlaying(false);
      } else if (!matchMedia('(prefers-reduced-motion: reduce)').matches) {
        draw(0);
        setPlaying(true);
      }
    }
    new MutationObserver(arrive).observe(slide, { attributes: true, attributeFilter: ['hidden'] });
    draw(last);
    box.hidden = false;
    requestAnimationFrame(arrive); // once the deck shows its first slide
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
}());
