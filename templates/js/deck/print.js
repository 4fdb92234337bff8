// ---- print: one slide per page, as the stage lays it out. Paper does not scroll: a slide whose formula or table
// is wider than its column is laid out wider, until it fits, and printed scaled down to the page (after printing,
// as it was) ----

const printing = (state) => {
  const { root, canvases } = state;
  const was = new Map(); // canvas -> its --print-scale before printWide changed it

  const printWide = (undo) => {
    root.classList.add('measuring');
    canvases.forEach((c) => {
      const s = c.style;
      let w = W, k = 0, over;
      if (was.has(c)) {
        s.width = s.left = s.top = '';
        s.setProperty('--print-scale', was.get(c));
        was.delete(c);
      }
      while (!undo && k++ < 5 && (over = Math.max(0, ...$$('.math-display, .slide-body table', c).map((e) =>
        e.scrollWidth - e.clientWidth))) >= 1) {
        if (!was.has(c)) {
          was.set(c, s.getPropertyValue('--print-scale'));
        }
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
  };

  window.addEventListener('beforeprint', () => {
    state.morph.settle();
    root.classList.add('canvas');
    printWide();
  });
  window.addEventListener('afterprint', () => {
    printWide(true);
    state.stage.relayout();
  });
};
