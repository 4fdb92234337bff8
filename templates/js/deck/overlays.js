// ---- overlays: the help, overview and jump dialogs, the slide's diagram enlarged to the whole window (Z, its
// button, or a click on it), and full screen ----

const overlays = (state) => {
  const { root, deck, slides } = state;
  const dialogs = {};
  $$('[data-deck-dialog]').forEach((d) => { dialogs[d.getAttribute('data-deck-dialog')] = d; });

  const close = () => {
    Object.values(dialogs).forEach((d) => {
      if (d.open) {
        d.close();
      }
    });
  };

  const open = (name) => {
    const d = dialogs[name];
    if (!d || d.open) {
      return;
    }
    close();
    // the overview's thumbnails draw their diagrams from its first opening on (a <use> copies a whole diagram)
    $$('svg[data-thumb]', d).forEach((svg) => {
      const use = document.createElementNS(svg.namespaceURI, 'use');
      use.setAttribute('href', svg.getAttribute('data-thumb'));
      svg.appendChild(use);
      svg.removeAttribute('data-thumb');
    });
    d.showModal();
    if (name === 'overview') {
      const links = $$('[data-deck-goto]', d);
      links.forEach((a, j) => a.toggleAttribute('aria-current', j === state.index));
      if (links[state.index]) {
        links[state.index].focus();
        links[state.index].scrollIntoView({ block: 'nearest' });
      }
    } else if (name === 'jump') {
      const input = $('input', d);
      input.value = '';
      input.focus();
    }
  };

  // the name of the dialog open, or null
  const openOne = () => {
    let one = null;
    Object.keys(dialogs).forEach((k) => { one = dialogs[k].open ? k : one; });
    return one;
  };

  $$('[data-deck-open]').forEach((b) => {
    b.addEventListener('click', () => open(b.getAttribute('data-deck-open')));
  });
  $$('[data-deck-goto]').forEach((a) => {
    a.addEventListener('click', (e) => {
      e.preventDefault();
      close();
      state.navigation.go(Number(a.getAttribute('data-deck-goto')));
    });
  });
  const jump = $('[data-deck-jump]');
  if (jump) {
    jump.addEventListener('submit', (e) => {
      e.preventDefault();
      const k = parseInt($('input', jump).value, 10);
      close();
      if (!isNaN(k)) {
        state.navigation.go(k);
      }
    });
  }

  // arrows move between the overview's cards, row by row as laid out
  const overviewKey = (e) => {
    const links = $$('[data-deck-goto]', dialogs.overview);
    const at = links.indexOf(document.activeElement);
    if (at < 0) {
      return false;
    }
    const top = links[0].offsetTop;
    const cols = links.filter((a) => a.offsetTop === top).length || 1;
    const to = { ArrowRight: at + 1, ArrowLeft: at - 1, ArrowDown: at + cols, ArrowUp: at - cols, Home: 0, End: links.length - 1 }[e.key];
    if (to === undefined) {
      return false;
    }
    links[Math.max(0, Math.min(links.length - 1, to))].focus();
    return true;
  };

  // A diagram so dense that the whole window draws its text under 10 CSS px (many neurons and labelled weights)
  // is shown at the size that sets its smallest text at 10.5 px instead, and the figure scrolls both ways (mouse,
  // touch, or the keys of zoomKey; it takes focus). Not on a phone: there the slide's own diagram already scrolls at
  // that size, and its enlarged view is the overview of the whole diagram.
  const readable = (box, svgs, copies, name) => {
    if (root.classList.contains('phone')) {
      return;
    }
    const sizes = copies.map((copy, k) => {
      const smallest = smallestText(refOf(svgs[k]) || svgs[k]); // the diagram the slide's svg uses, or its own
      const vb = copy.viewBox && copy.viewBox.baseVal, r = copy.getBoundingClientRect();
      const ok = isFinite(smallest) && vb && vb.width > 0 && vb.height > 0;
      return ok ? { vb, smallest, scale: Math.min(r.width / vb.width, r.height / vb.height) } : null;
    });
    if (!sizes.some((s) => s && s.smallest * s.scale < 10)) {
      return;
    }
    sizes.forEach((s, k) => {
      if (s) {
        const z = Math.max(s.scale, 10.5 / s.smallest);
        copies[k].style.width = Math.ceil(s.vb.width * z) + 'px';
        copies[k].style.height = Math.ceil(s.vb.height * z) + 'px';
      }
    });
    box.classList.add('scrolls');
    box.setAttribute('role', 'group');
    box.setAttribute('aria-label', name + ', enlarged: scroll to see all of it');
    box.tabIndex = 0; // a region that scrolls must be reachable by keyboard
    box.focus({ preventScroll: true });
  };

  const zoom = () => {
    const fig = dialogs.zoom && $('.diagram', slides[state.index]);
    const svgs = fig ? $$(':scope > svg', fig) : [];
    if (!svgs.length) {
      return;
    }
    const t = $('title', svgs[0]), name = t ? t.textContent : 'Diagram';
    const box = $('[data-deck-zoom-figure]', dialogs.zoom);
    box.textContent = '';
    box.classList.toggle('panels', svgs.length > 1);
    box.classList.remove('scrolls');
    ['tabindex', 'role', 'aria-label'].forEach((a) => box.removeAttribute(a));
    const copies = svgs.map((svg, k) => {
      const copy = svg.cloneNode(true);
      copy.removeAttribute('style');
      copy.removeAttribute('aria-labelledby');
      $$('title, desc', copy).forEach((e) => e.removeAttribute('id'));
      if (!k) {
        copy.setAttribute('aria-label', name);
      }
      box.appendChild(copy);
      return copy;
    });
    $('[data-deck-zoom-title]', dialogs.zoom).textContent = name;
    open('zoom');
    readable(box, svgs, copies, name);
  };
  $$('.slide .diagram', deck).forEach((fig) => {
    const b = $('[data-deck-zoom]', fig);
    if (b) {
      b.hidden = false;
    }
    fig.addEventListener('click', zoom);
  });

  // in an enlarged diagram that scrolls, the arrow keys, Page Up/Down, Home and End scroll it, wherever the focus
  // is in the dialog (at once: the same in every browser, whatever its smooth scrolling does under load)
  const zoomKey = (e) => {
    const box = $('[data-deck-zoom-figure]', dialogs.zoom);
    if (!box.classList.contains('scrolls') || e.shiftKey) {
      return false;
    }
    const line = 40, page = Math.max(line, box.clientHeight - line);
    const by = {
      ArrowDown: [0, line], ArrowUp: [0, -line], ArrowRight: [line, 0], ArrowLeft: [-line, 0],
      PageDown: [0, page], PageUp: [0, -page], Home: [-box.scrollWidth, -box.scrollHeight], End: [0, box.scrollHeight]
    }[e.key];
    if (!by) {
      return false;
    }
    box.scrollBy(by[0], by[1]);
    return true;
  };

  const fullscreen = () => {
    const p = document.fullscreenElement ? document.exitFullscreen() : root.requestFullscreen ? root.requestFullscreen() : null;
    if (p && p.catch) {
      p.catch(() => { /* refused (an iframe, a policy): the deck goes on in the window */ });
    }
  };

  return { open, close, openOne, overviewKey, zoom, zoomKey, fullscreen };
};
