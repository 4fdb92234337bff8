// Waiting for the page to draw. BrowserSession.callAsync runs one function of this file; `done` ends the wait.

/** Calls done after two more frames: a resize or input handled before the next frame's callbacks has been drawn. */
function afterTwoFrames(done) {
  requestAnimationFrame(() => requestAnimationFrame(() => done(true)));
}
