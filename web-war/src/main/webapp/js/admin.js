// The operator's page: payment fault injection, the payment circuit breaker's state and its
// fault-tolerance counters as a live chart (read from /metrics with the admin's token), and links.
import { get, put, call } from './api.js';
import { t } from './i18n.js';
import { h, fill, act, field, notice } from './ui.js';
import { poll } from './poll.js';

const METHOD = 'PaymentGateway.charge';
const SAMPLES = 60;          // two minutes at one sample every 2 s
const SERIES = [['success', '#2f9e44'], ['failure', '#e03131'], ['circuitBreakerOpen', '#f08c00']];

/**
 * Prometheus text → the samples of one metric for the payment call, as [labels, value]. The
 * exporter may append the unit to the name (ft_circuitbreaker_state_total_seconds).
 */
export function samples(text, name) {
  const out = [];
  const named = new RegExp(`^${name}(_[a-z]+)?\\{`);
  for (const line of text.split('\n')) {
    if (!named.test(line) || !line.includes(METHOD)) continue;
    const labels = Object.fromEntries([...line.slice(0, line.lastIndexOf('}')).matchAll(/(\w+)="([^"]*)"/g)].map(m => [m[1], m[2]]));
    out.push([labels, Number(line.slice(line.lastIndexOf('}') + 1).trim())]);
  }
  return out;
}

export async function admin(main) {
  const faults = await get('/payments/admin/faults').catch(() => ({ delayMs: 0, failurePercent: 0 }));
  const delay = h('input', { type: 'number', min: 0, id: 'delay-ms', value: faults.delayMs ?? 0 });
  const failure = h('input', { type: 'number', min: 0, max: 100, id: 'failure-percent', value: faults.failurePercent ?? 0 });
  const apply = async (button, d, f) => act(button, async () => {
    const now = await put('/payments/admin/faults', { delayMs: d, failurePercent: f });
    delay.value = now?.delayMs ?? d; failure.value = now?.failurePercent ?? f; notice(t('saved'));
  });
  const applyButton = h('button', { id: 'apply-faults', onclick: () => apply(applyButton, Number(delay.value), Number(failure.value)) }, t('apply'));
  const healButton = h('button', { class: 'secondary', id: 'heal-faults', onclick: () => apply(healButton, 0, 0) }, t('heal'));

  const state = h('strong', { id: 'circuit-state' }, '…');
  const counters = h('p', { class: 'muted small', id: 'ft-counters' });
  const canvas = h('canvas', { id: 'ft-chart', width: 640, height: 200 });
  const legend = h('p', { class: 'legend' }, SERIES.map(([k, c]) => h('span', { style: `color:${c}` }, '■ ', t(k === 'circuitBreakerOpen' ? 'refused' : k), ' ')));
  const base = location.origin;
  fill(main, h('h1', {}, t('admin')),
    h('section', { class: 'panel' }, h('h2', {}, t('faults')), h('div', { class: 'row' }, field(t('delayMs'), delay), field(t('failurePercent'), failure)),
      h('div', { class: 'actions' }, applyButton, healButton)),
    h('section', { class: 'panel' }, h('h2', {}, t('circuit')), h('p', {}, `${t('state')}: `, state), h('p', { class: 'small' }, t('calls')),
      canvas, legend, counters),
    h('section', { class: 'panel' }, h('h2', {}, t('links')), h('ul', { class: 'links' },
      h('li', {}, h('a', { href: '/openapi/ui/', target: '_blank', rel: 'noopener' }, t('openapi'))),
      h('li', {}, h('a', { href: '/health', target: '_blank', rel: 'noopener' }, t('health'))),
      h('li', {}, h('a', { href: '/metrics', target: '_blank', rel: 'noopener' }, t('metrics'), ' (bearer token)')),
      h('li', {}, h('a', { href: `https://${location.hostname}:9443/adminCenter/`, target: '_blank', rel: 'noopener' }, t('adminCenter'))))),
    h('p', { class: 'muted small' }, base));

  const history = [];
  let previous = null;
  const live = poll(async () => {
    let text;
    try {
      text = await (await call('GET', '/metrics?scope=base', undefined, { raw: true })).text();
    } catch (e) {
      // E.g. through the distributed topology's gateway, which does not serve /metrics at the edge.
      counters.textContent = `${t('metrics')}: ${e.title}${e.detail ? ` — ${e.detail}` : ''}`;
      throw e;
    }
    const calls = Object.fromEntries(samples(text, 'ft_circuitbreaker_calls_total').map(([l, v]) => [l.circuitBreakerResult, v]));
    const times = Object.fromEntries(samples(text, 'ft_circuitbreaker_state_total').map(([l, v]) => [l.state, v]));
    const currently = samples(text, 'ft_circuitbreaker_state_current').find(([, v]) => v === 1);
    const opened = samples(text, 'ft_circuitbreaker_opened_total').reduce((s, [, v]) => s + v, 0);
    if (currently) { state.textContent = currently[0].state; state.dataset.state = currently[0].state; }
    if (previous) {
      history.push(Object.fromEntries(SERIES.map(([k]) => [k, Math.max(0, (calls[k] || 0) - (previous.calls[k] || 0))])));
      if (history.length > SAMPLES) history.shift();
      // The state the breaker is in is the one whose time-in-state grew since the last sample.
      const grown = Object.entries(times).map(([s, v]) => [s, v - (previous.times[s] || 0)]).sort((a, b) => b[1] - a[1]);
      if (!currently && grown.length && grown[0][1] > 0) { state.textContent = grown[0][0]; state.dataset.state = grown[0][0]; }
    }
    previous = { calls, times };
    counters.textContent = `${t('success')} ${calls.success || 0} · ${t('failure')} ${calls.failure || 0} · `
      + `${t('refused')} ${calls.circuitBreakerOpen || 0} · ${t('opened')} ${opened}`;
    draw(canvas, history);
    return Date.now();   // a chart moves with time: never back off while it is shown
  }, { first: 2000, idle: 2000 });
  return () => live.stop();
}

function draw(canvas, history) {
  const g = canvas.getContext('2d');
  const { width, height } = canvas;
  g.clearRect(0, 0, width, height);
  g.strokeStyle = '#ccc'; g.strokeRect(0.5, 0.5, width - 1, height - 1);
  const top = Math.max(1, ...history.flatMap(s => SERIES.map(([k]) => s[k])));
  g.fillStyle = '#666'; g.font = '12px sans-serif'; g.fillText(String(top), 4, 14);
  for (const [key, color] of SERIES) {
    g.strokeStyle = color; g.lineWidth = 2; g.beginPath();
    history.forEach((s, i) => {
      const x = (i / (SAMPLES - 1)) * (width - 8) + 4, y = height - 6 - (s[key] / top) * (height - 24);
      i ? g.lineTo(x, y) : g.moveTo(x, y);
    });
    g.stroke();
  }
}
