// Small DOM helpers: elements are built with text nodes, never from HTML strings, so nothing an
// API returns (a dish's name, a thank-you text) can inject markup.
import { t } from './i18n.js';

export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** Replaces the children of el (a section a poll redraws). */
export function fill(el, ...children) { el.replaceChildren(...children.flat(Infinity).filter(c => c != null && c !== false)); return el; }

/** The problem of a failed call, shown where the user is looking: its title and detail. */
export function showError(error) {
  const box = document.getElementById('error');
  box.replaceChildren(h('strong', {}, error.title || t('error')), error.detail ? ` — ${error.detail}` : '');
  box.hidden = false;
  box.scrollIntoView({ block: 'nearest' });
}
export function clearError() { const box = document.getElementById('error'); box.hidden = true; box.replaceChildren(); }

export function notice(text) {
  const box = document.getElementById('notice');
  box.textContent = text; box.hidden = false;
  clearTimeout(notice.timer);
  notice.timer = setTimeout(() => { box.hidden = true; }, 4000);
}

/** Runs a user's action: errors are shown, and the button cannot be pressed twice meanwhile. */
export async function act(button, action) {
  clearError();
  if (button) button.disabled = true;
  try { return await action(); } catch (e) { showError(e); return undefined; } finally { if (button) button.disabled = false; }
}

export function badge(status) {
  return h('span', { class: `badge s-${status}`, 'data-status': status }, status, ' ', h('small', {}, t(status)));
}

export function field(label, input) { return h('label', { class: 'field' }, h('span', {}, label), input); }
