// MediaEmulationTest's readings of what moves on the page, run by BrowserSession.call.

/** Every animation or transition running now: its kind, name or property, and its target's class. */
function runningAnimations() {
  return document.getAnimations()
    .map(a => a.constructor.name + ' ' + (a.animationName || a.transitionProperty) + ' on ' + a.effect.target.className);
}

/** Every element with a non-zero animation or transition duration: tag.class. */
function movingElements() {
  return [...document.querySelectorAll('*')].filter(e => {
    const s = getComputedStyle(e);
    return s.animationDuration.split(',').some(d => parseFloat(d) > 0)
      || s.transitionDuration.split(',').some(d => parseFloat(d) > 0);
  }).map(e => e.tagName.toLowerCase() + '.' + e.getAttribute('class'));
}
