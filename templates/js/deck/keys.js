// ---- keys: arrows, Page Up/Down, Space, Home/End, a slide number typed then Enter, and the tools' letters (O, G,
// ?, Z, F, P); in an open dialog, the keys of that dialog ----

const keys = (state) => {
  const { n, controls } = state;
  const { overlays, navigation } = state;
  const typed = $('[data-deck-typed]', controls);
  let digits = '';

  const setTyped = (text) => {
    digits = text;
    typed.hidden = !text;
    typed.textContent = text ? 'Go to slide ' + text + ' (Enter)' : '';
  };

  document.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) {
      return;
    }
    const open = overlays.openOne();
    if (open) {
      if ((open === 'overview' && overlays.overviewKey(e)) || (open === 'zoom' && overlays.zoomKey(e))) {
        e.preventDefault();
      } else if ((open === 'overview' && (e.key === 'o' || e.key === 'O')) || (open === 'help' && e.key === '?')) {
        e.preventDefault();
        overlays.close();
      }
      return;
    }
    const t = e.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) {
      return;
    }
    if (/^[0-9]$/.test(e.key)) {
      setTyped((digits + e.key).slice(-4));
      e.preventDefault();
      return;
    }
    if (e.key === 'Enter' && digits) {
      const k = parseInt(digits, 10);
      setTyped('');
      e.preventDefault();
      navigation.go(k);
      return;
    }
    setTyped('');
    const space = e.key === ' ' || e.key === 'Spacebar';
    const tool = { o: 'overview', O: 'overview', g: 'jump', G: 'jump', '?': 'help' }[e.key];
    if (tool) {
      e.preventDefault();
      overlays.open(tool);
      return;
    }
    if (e.key === 'z' || e.key === 'Z') {
      e.preventDefault();
      overlays.zoom();
      return;
    }
    if (e.key === 'f' || e.key === 'F') {
      e.preventDefault();
      overlays.fullscreen();
      return;
    }
    if ((e.key === 'p' || e.key === 'P') && !state.presenting) {
      e.preventDefault();
      state.presenter.open();
      return;
    }
    if (e.shiftKey && !space) {
      return;
    }
    let to;
    switch (e.key) {
      case 'ArrowRight': case 'PageDown': e.preventDefault(); navigation.step(1); return;
      case 'ArrowLeft': case 'PageUp': e.preventDefault(); navigation.step(-1); return;
      case 'Home': to = 0; break;
      case 'End': to = n - 1; break;
      default:
        // Space on a link or button activates it; elsewhere it pages
        if (!space || (t && t.closest && t.closest('a, button, summary, [role="button"], [tabindex="0"]'))) {
          return;
        }
        e.preventDefault();
        navigation.step(e.shiftKey ? -1 : 1);
        return;
    }
    e.preventDefault();
    navigation.go(to);
  });
};
