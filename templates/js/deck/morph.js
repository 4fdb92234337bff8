// ---- morph: between adjacent slides drawing the same network, the <svg> on screen swaps places, attributes and
// children with the next one's and animates the change; marks match by tag, first class and part-NAME in order.
// Every read (boxes, computed styles) comes before the writes. What only fades moves as two groups, the old look
// fading out and the new fading in, one composited opacity animation each; only moving marks animate alone ----

// a path's mean point (and where a closed one's first point faces), a centre or a text's anchor
const pose = (e) => {
  const d = e.getAttribute('d') || '', v = d.match(/-?[\d.]+/g) || [], k = v.length >> 1;
  const at = (a) => Number(e.getAttribute(a)) || 0;
  let x = 0, y = 0;
  for (let j = 0; j < 2 * k; j += 2) {
    x += v[j] / k;
    y += v[j + 1] / k;
  }
  return k ? { x, y, a: /z$/i.test(d) ? Math.atan2(v[1] - y, v[0] - x) * 57.3 : 0 }
      : { x: at('cx') + at('x') + at('width') / 2, y: at('cy') + at('y') + at('height') / 2, a: 0 };
};

// keyframe: the mark posed at p moved onto pose q
const move = (p, q, o) => {
  const f = { transformOrigin: p.x + 'px ' + p.y + 'px', opacity: o }, x = q.x - p.x, y = q.y - p.y, r = (q.a - p.a + 540) % 360 - 180;
  if (x || y || r) {
    f.transform = 'translate(' + x + 'px,' + y + 'px) rotate(' + r + 'deg)';
  }
  return f;
};

// each mark of a diagram drawn in svg (its computed look read here), set on the same marks of the drawing in
// into (a copy of it, or itself)
const marks = (svg, into) => {
  const count = {}, els = $$('[class]', into);
  return $$('[class]', svg).map((e, j) => {
    const c = e.getAttribute('class').split(' '), s = getComputedStyle(e);
    const key = e.tagName + c[0] + (c.filter((x) => /^part-/.test(x))[0] || c[1]);
    count[key] = (count[key] || 0) + 1;
    return { key: key + count[key], el: els[j], at: pose(e), op: s.opacity, css: 'stroke:' + s.stroke + ';fill:' + s.fill + ';stroke-width:' + s.strokeWidth
      + ';opacity:' + s.opacity, look: s.stroke + s.fill + s.opacity + s.strokeWidth
      + Array.from(e.attributes, (a) => /^(class|opacity)$/.test(a.name) ? '' : a.name + a.value) + e.innerHTML };
  });
};

// a group for the marks that only fade, drawn on the compositor
const layer = (svg) => {
  const g = document.createElementNS(svg.namespaceURI, 'g');
  g.style.willChange = 'opacity';
  return g;
};

const morph = (state) => {
  const { slides } = state;
  let morphing = null; // under way: { svg, use, layers, moved, anims }

  // a morph under way ends at once, everything back as the slide draws it at rest
  const settle = () => {
    const m = morphing;
    morphing = null;
    if (m) {
      m.anims.forEach((a) => a.cancel());
      if (!m.use) { // the slide's own copy: its moved groups back in place
        m.moved.reverse().forEach((w) => m.svg.insertBefore(w[0], w[1]));
      }
      m.layers.forEach((g) => g.remove());
      if (m.use) {
        drawn(m.svg).forEach((e) => e.remove());
        m.svg.appendChild(m.use);
      }
    }
  };

  // before show() leaves slide a for b: null, or what plays the morph once b shows
  const prepare = (a, b, how) => {
    settle(); // (a morph under way is cut short: the only case where the reads below wait for a layout)
    const svg = a >= 0 && $('.diagram svg', slides[a]), to = $('.diagram svg', slides[b]), from = refOf(svg), ref = refOf(to);
    if (how.initial || Math.abs(a - b) !== 1 || !from || !ref || !$('[class*="part-"]', from) || !$('[class*="part-"]', ref)
        || svg.getAttribute('viewBox') !== to.getAttribute('viewBox') || $('.has-panels', slides[a]) || $('.has-panels', slides[b]) || reducedMotion()) {
      return null;
    }
    const here = svg.parentNode, was = here.getBoundingClientRect();
    // ghosts: copies of the old look's marks, colours, width and opacity pinned (read where they are drawn: the
    // shared diagram a <use> draws, or the slide's own copy)
    let use = $('use', svg);
    const ghosts = copiesOf(use ? from : svg), box = document.createElement('div');
    ghosts.forEach((g) => box.appendChild(g));
    const old = marks(use ? from : svg, box);
    old.forEach((o) => { o.el.style.cssText = o.css; });
    const after = svg.nextSibling, names = {};
    to.parentNode.replaceChild(svg, to);
    here.insertBefore(to, after);
    [svg, to].forEach((e) => Array.from(e.attributes).forEach((x) => { names[x.name] = 1; }));
    Object.keys(names).forEach((name) => {
      const x = svg.getAttribute(name), y = to.getAttribute(name);
      [[svg, y], [to, x]].forEach((p) => p[1] === null ? p[0].removeAttribute(name) : p[0].setAttribute(name, p[1]));
    });
    const mine = Array.from(svg.childNodes);
    Array.from(to.childNodes).forEach((c) => svg.appendChild(c));
    mine.forEach((c) => to.appendChild(c));

    return () => {
      // reads: the figure's new place, the new look (in the shared diagram, or the slide's copy as revealed)
      const fig = svg.parentNode, at = fig.getBoundingClientRect(), z = at.width / fig.offsetWidth, anims = [], byKey = {};
      use = $('use', svg);
      const copies = use ? copiesOf(ref) : [], into = use ? document.createElement('div') : svg;
      copies.forEach((g) => into.appendChild(g));
      const now = marks(use ? ref : svg, into);
      // writes
      const play = (e, frames, keep) => {
        anims.push(e.animate(frames, { duration: 450, easing: 'ease-in-out', fill: keep ? 'forwards' : 'none' }));
      };
      const gone = layer(svg), come = layer(svg), moved = [], alone = [], fading = [], still = [];
      // the drawn group (a child of svg, or of the ghosts' box) that holds e
      const top = (e) => {
        while (e.parentNode !== svg && e.parentNode !== box && e.parentNode !== gone) {
          e = e.parentNode;
        }
        return e;
      };
      if (use) {
        copies.forEach((g) => svg.insertBefore(g, use));
        use.remove();
      }
      svg.insertBefore(gone, drawn(svg)[0]);
      old.forEach((o) => { byKey[o.key] = o; });
      now.forEach((n) => {
        // only a mark that turns round (an arrow reversing) travels, a transform each frame; the rest fades in place
        const o = byKey[n.key], p = o ? move(n.at, o.at, 0) : {}, far = o && Math.abs((n.at.a - o.at.a + 540) % 360 - 180) > 1;
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
      let groups = fading.map((n) => top(n.el));
      still.concat(alone).forEach((e) => { groups = groups.filter((g) => !g.contains(e)); });
      fading.forEach((n) => {
        if (groups.indexOf(top(n.el)) < 0) {
          play(n.el, [{ opacity: 0 }, { opacity: n.op }]);
        }
      });
      drawn(svg).forEach((g) => {
        if (groups.indexOf(g) >= 0) {
          moved.push([g, g.nextSibling]);
          come.appendChild(g);
        }
      });
      svg.appendChild(come);
      old.forEach((o) => {
        if (o.el) {
          gone.appendChild(top(o.el));
        }
      });
      play(gone, [{ opacity: 1 }, { opacity: 0 }], 1);
      play(come, [{ opacity: 0 }, { opacity: 1 }]);
      play(fig, [{ transformOrigin: '0 0', transform: 'translate(' + (was.left - at.left) / z + 'px,' + (was.top - at.top) / z
          + 'px) scale(' + was.width / at.width + ')' }, { transformOrigin: '0 0', transform: 'none' }]);
      const m = morphing = { svg, use, layers: [gone, come].concat(ghosts), moved, anims };
      Promise.all(anims.map((x) => x.finished)).then(() => {
        if (morphing === m) {
          settle();
        }
      }, () => { /* cancelled: settle tidied up */ });
    };
  };

  return { settle, prepare };
};
