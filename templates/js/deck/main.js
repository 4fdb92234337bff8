// ---- start: the one state the parts share, the parts in the order each needs the ones before, the first slide ----

// the page's state, its parts, and the first slide shown
const start = (root, deck, controls, slides) => {
  const params = new URLSearchParams(location.search);
  const state = {
    root,
    presenting: params.has('presenter'),
    deck,
    controls,
    slides,
    n: slides.length,
    canvases: slides.map((s) => $('.slide-canvas', s)),
    frags: slides.map((s) => $$('.fragment', s)),
    index: -1, // the slide shown
    frag: 0, // how many of its fragments are revealed
  };
  // the parts, each given the state; they call one another through it (state.stage.relayout())
  state.fragments = fragments(state);
  state.presenter = presenter(state);
  if (params.has('notes')) {
    printNotes(state);
  }
  state.stage = stage(state);
  state.morph = morph(state);
  state.navigation = navigation(state);
  state.overlays = overlays(state);
  keys(state);
  printing(state);

  $$('[data-deck-hint]').forEach((h) => { h.hidden = false; });
  // before fitting (in begin()): its controls take room
  scrubbers(state);
  state.stage.layoutMode();
  state.navigation.begin();
  controls.hidden = false;
  window.scrollTo(0, 0); // the browser may have scrolled to #slide-N before only one slide showed
};

// From here in the head until the first slide shows, the page is in its layout (stage or phone: modeOf asks a media
// query) and nothing of it is laid out or drawn (.deck-loading): the first frame is the slide, fitted, and nothing
// moves after it (no layout shift), and no other slide is laid out on load. Without the script, or should it fail,
// every slide shows in order.
const init = () => {
  const root = document.documentElement;
  const deck = $('[data-deck]');
  const controls = $('[data-deck-controls]');
  const slides = deck && controls ? $$('[data-slide]', deck) : [];
  const plain = () => root.classList.remove('deck-loading', 'stage', 'canvas', 'phone');
  if (!slides.length) {
    plain();
    return;
  }
  try {
    slides.forEach((s) => { s.hidden = true; }); // begin() shows one
    root.classList.remove('deck-loading');
    start(root, deck, controls, slides);
  } catch (err) {
    plain();
    slides.forEach((s) => { s.hidden = false; });
    throw err;
  }
};

document.documentElement.classList.add('js', 'deck-loading');
modeOf(document.documentElement, new URLSearchParams(location.search).has('presenter'));
if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', init);
} else {
  init();
}
