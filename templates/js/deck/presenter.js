// ---- presenter: the presenter view (?presenter: the next slide, the notes, timers) and the two windows kept in
// step, over BroadcastChannel and postMessage (P opens the view) ----

// the presenter view's panel beside the slide (markup: partials/controls.ftlh); update(i) shows slide i's next
// slide and notes
const presenterPanel = (state) => {
  const { deck, slides, n } = state;
  const panel = document.createElement('div');
  panel.className = 'presenter-panel';
  panel.appendChild($('[data-deck-presenter]').content.cloneNode(true));
  deck.parentNode.insertBefore(panel, deck.nextSibling);
  let began = Date.now();
  const elapsed = $('[data-p-elapsed]', panel);
  const clock = $('[data-p-clock]', panel);
  const two = (v) => (v < 10 ? '0' : '') + v;
  const tick = () => {
    const s = Math.floor((Date.now() - began) / 1000);
    elapsed.textContent = (s >= 3600 ? Math.floor(s / 3600) + ':' + two(Math.floor(s / 60) % 60) : Math.floor(s / 60)) + ':' + two(s % 60);
    const now = new Date();
    clock.textContent = two(now.getHours()) + ':' + two(now.getMinutes()) + ':' + two(now.getSeconds());
  };
  tick();
  setInterval(tick, 1000);
  $('[data-p-reset]', panel).addEventListener('click', () => {
    began = Date.now();
    tick();
  });
  const nextFrame = $('[data-p-next]', panel);
  const notes = $('[data-p-notes]', panel);
  let shown = -1;
  const update = (i) => {
    const frame = nextFrame.getBoundingClientRect();
    if (i !== shown) {
      shown = i;
      nextFrame.textContent = '';
      if (i + 1 < n) {
        const copy = slides[i + 1].cloneNode(true); // a picture of the next slide: no ids, no focus, no notes
        copy.removeAttribute('data-slide');
        copy.removeAttribute('aria-labelledby');
        copy.hidden = false;
        $$('.fragment', copy).forEach((e) => { e.hidden = false; });
        $$('button', copy).forEach((e) => e.remove());
        $$('[id], [tabindex], [aria-labelledby], template', copy).concat([copy]).forEach((e) => {
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
      const said = notesOf(slides[i]);
      if (said) {
        notes.appendChild(said);
      } else {
        const p = document.createElement('p');
        p.className = 'presenter-none';
        p.textContent = 'No notes for this slide.';
        notes.appendChild(p);
      }
    }
    const c = $('.slide-canvas', nextFrame);
    if (c) {
      const h = Number(c.getAttribute('data-h')) || H;
      const height = Math.ceil(h * (frame.width - 2 * MARGIN) / W + 2 * MARGIN);
      nextFrame.style.height = height + 'px';
      scaleCanvas(c, { width: frame.width, height });
    }
  };
  return { update };
};

const presenter = (state) => {
  const { slides } = state;
  const panel = state.presenting ? presenterPanel(state) : null;
  if (panel) {
    state.root.classList.add('presenter');
    document.title = 'Presenter · ' + document.title;
  }
  const me = Math.random().toString(36).slice(2);
  const seen = {}; // by sender: the last message taken
  let seq = 0;
  let peer = null; // the other window, when this one opened it or it wrote first

  // the same move may arrive twice (channel and postMessage): each sender's messages count once, in order
  const receive = (msg) => {
    if (!msg || msg.netdeck !== 'slide' || msg.from === me || typeof msg.index !== 'number') {
      return;
    }
    if ((seen[msg.from] || 0) >= msg.seq) {
      return;
    }
    seen[msg.from] = msg.seq;
    state.navigation.show(msg.index, { replace: true, announce: true, remote: true }, msg.frag);
  };

  let channel = null;
  try {
    channel = new BroadcastChannel('netdeck ' + location.pathname);
    channel.onmessage = (e) => receive(e.data);
  } catch (err) {
    // no BroadcastChannel: window.postMessage between the deck and the window it opened still works
  }
  window.addEventListener('message', (e) => {
    if (e.data && e.data.netdeck === 'slide' && e.source && e.source !== window && !peer && e.source !== window.opener) {
      peer = e.source; // a presenter view opened by hand answers here too
    }
    receive(e.data);
  });

  const peers = () => [peer, window.opener].filter((w) => w && !w.closed && w !== window);

  const send = (i) => {
    const msg = { netdeck: 'slide', index: i, frag: state.frag, from: me, seq: ++seq };
    if (channel) {
      channel.postMessage(msg);
    }
    peers().forEach((w) => {
      try {
        w.postMessage(msg, '*');
      } catch (err) {
        // a window closed in between
      }
    });
  };

  const open = () => {
    const url = location.href.split(/[?#]/)[0] + '?presenter#' + slides[state.index].id;
    const w = window.open(url, 'netdeck-presenter');
    if (w) {
      peer = w;
    }
  };

  return { send, open, update: (i) => panel && panel.update(i) };
};
