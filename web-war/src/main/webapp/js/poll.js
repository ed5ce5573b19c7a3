// Live updates by polling with backoff. Each view polls what it shows: quickly while it changes or
// right after the user acted, more slowly while nothing changes (up to `idle`), and much more
// slowly while the server answers errors (up to `failing`), so a sick service is not hammered.
// Polling stops when the view is left, and pauses while the tab is hidden. When the API starts
// failing its problem is shown once, and taken away again when it answers.
import { showError, clearError } from './ui.js';

export function poll(load, { first = 1000, idle = 4000, failing = 30000 } = {}) {
  let delay = first, last, timer = null, stopped = false, running = false, again = false, shown = false;

  async function tick() {
    if (stopped) return;
    if (document.hidden) { timer = setTimeout(tick, idle); return; }
    running = true;
    try {
      const signature = JSON.stringify(await load());
      delay = signature === last ? Math.min(idle, delay * 1.5) : first;
      last = signature;
      if (shown) { clearError(); shown = false; }
    } catch (e) {
      delay = Math.min(failing, Math.max(first, delay) * 2);
      // A 401 has already led back to sign-in (api.js).
      if (!shown && !stopped && e.status !== 401) { showError(e); shown = true; }
    }
    running = false;
    if (stopped) return;
    if (again) { again = false; delay = first; tick(); return; }
    timer = setTimeout(tick, delay);
  }

  // A tab coming back into view looks again at once rather than at its next turn.
  const onVisible = () => { if (!document.hidden) control.now(); };
  document.addEventListener('visibilitychange', onVisible);
  const control = {
    stop() { stopped = true; clearTimeout(timer); document.removeEventListener('visibilitychange', onVisible); },
    /** After a user's action: look again now and quickly for a while. */
    now() {
      if (running) { again = true; return; }
      if (stopped) return;
      clearTimeout(timer); delay = first; tick();
    },
  };
  tick();
  return control;
}
