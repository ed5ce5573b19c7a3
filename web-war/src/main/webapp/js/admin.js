// The operator's page: fault injection into the card acquirer payment charges through (its
// stand-in, standin-war's /standins/acquirer/faults: where the stand-in is deployed, i.e. the
// embedded default; elsewhere the panel is left out), the payment circuit breaker's state and its
// fault-tolerance counters as a live chart (order-war's GET /orders/admin/payment-circuit, the
// breaker's metrics for an admin token; /metrics itself needs the server administrator), and links.
import { get, post, put } from './api.js';
import { t, when } from './i18n.js';
import { h, fill, act, field, notice } from './ui.js';
import { poll } from './poll.js';

const SAMPLES = 60;          // two minutes at one sample every 2 s
const SERIES = [['success', '#2f9e44'], ['failure', '#e03131'], ['circuitBreakerOpen', '#f08c00']];

export async function admin(main) {
  const ACQUIRER_FAULTS = '/standins/acquirer/faults';
  const faults = await get(ACQUIRER_FAULTS).catch(() => null); // null: no stand-in here (a real acquirer)
  const delay = h('input', { type: 'number', min: 0, id: 'delay-ms', value: faults?.delayMs ?? 0 });
  const failure = h('input', { type: 'number', min: 0, max: 100, id: 'failure-percent', value: faults?.failurePercent ?? 0 });
  const apply = async (button, d, f) => act(button, async () => {
    const now = await put(ACQUIRER_FAULTS, { delayMs: d, failurePercent: f });
    delay.value = now?.delayMs ?? d; failure.value = now?.failurePercent ?? f; notice(t('saved'));
  });
  const applyButton = h('button', { id: 'apply-faults', onclick: () => apply(applyButton, Number(delay.value), Number(failure.value)) }, t('apply'));
  const healButton = h('button', { class: 'secondary', id: 'heal-faults', onclick: () => apply(healButton, 0, 0) }, t('heal'));

  const state = h('strong', { id: 'circuit-state' }, '…');
  const counters = h('p', { class: 'muted small', id: 'ft-counters' });
  const canvas = h('canvas', { id: 'ft-chart', width: 640, height: 200 });
  const legend = h('p', { class: 'legend' }, SERIES.map(([k, c]) => h('span', { style: `color:${c}` }, '■ ', t(k === 'circuitBreakerOpen' ? 'refused' : k), ' ')));
  const base = location.origin;
  const parkedList = h('ul', { class: 'parked', id: 'parked-events' });
  const parkedPanel = h('section', { class: 'panel' }, h('h2', {}, t('parked')), parkedList);
  const showParked = async () => fill(parkedList, await parkedEvents(showParked));
  showParked().catch(() => {});
  fill(main, h('h1', {}, t('admin')),
    faults && h('section', { class: 'panel' }, h('h2', {}, t('faults')), h('div', { class: 'row' }, field(t('delayMs'), delay), field(t('failurePercent'), failure)),
      h('div', { class: 'actions' }, applyButton, healButton)),
    h('section', { class: 'panel' }, h('h2', {}, t('circuit')), h('p', {}, `${t('state')}: `, state), h('p', { class: 'small' }, t('calls')),
      canvas, legend, counters),
    parkedPanel,
    h('section', { class: 'panel' }, h('h2', {}, t('links')), h('ul', { class: 'links' },
      h('li', {}, h('a', { href: '/openapi/ui/', target: '_blank', rel: 'noopener' }, t('openapi'))),
      h('li', {}, h('a', { href: '/health', target: '_blank', rel: 'noopener' }, t('health'))),
      h('li', {}, h('a', { href: `https://${location.hostname}:9443/metrics`, target: '_blank', rel: 'noopener' }, t('metrics'), ' (administrator)')),
      h('li', {}, h('a', { href: `https://${location.hostname}:9443/adminCenter/`, target: '_blank', rel: 'noopener' }, t('adminCenter'))))),
    h('p', { class: 'muted small' }, base));

  const history = [];
  let previous = null;
  const live = poll(async () => {
    let circuit;
    try {
      circuit = await get('/orders/admin/payment-circuit');
    } catch (e) {
      counters.textContent = `${t('circuit')}: ${e.title}${e.detail ? ` — ${e.detail}` : ''}`;
      throw e;
    }
    const calls = circuit.calls || {};
    const times = circuit.stateSeconds || {};
    const opened = circuit.opened || 0;
    const show = s => { state.textContent = s; state.dataset.state = s; };
    if (circuit.state !== 'unknown') show(circuit.state);
    if (previous) {
      history.push(Object.fromEntries(SERIES.map(([k]) => [k, Math.max(0, (calls[k] || 0) - (previous.calls[k] || 0))])));
      if (history.length > SAMPLES) history.shift();
      // Without a current-state gauge (this runtime has none), the breaker is in the state whose
      // time-in-state grew since the last sample.
      const grown = Object.entries(times).map(([s, v]) => [s, v - (previous.times[s] || 0)]).sort((a, b) => b[1] - a[1]);
      if (circuit.state === 'unknown' && grown.length && grown[0][1] > 0) show(grown[0][0]);
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

/** Every service keeps what its consumers gave up on; an operator replays or discards it. */
const SERVICES = ['orders', 'kitchen', 'delivery', 'payments', 'notifications'];

async function parkedEvents(refresh) {
  const lists = await Promise.all(SERVICES.map(service => get(`/${service}/admin/parked-events?status=PARKED`)
    .then(events => events.map(e => ({ ...e, service }))).catch(() => [])));
  const events = lists.flat();
  if (!events.length) return [h('li', { class: 'muted' }, t('noParked'))];
  return events.map(e => {
    const reason = h('input', { type: 'text', maxlength: 200, placeholder: t('discardReason') });
    const replay = h('button', { class: 'secondary', onclick: () => act(replay, async () => {
      await post(`/${e.service}/admin/parked-events/${e.id}/replay`); notice(t('saved')); await refresh();
    }) }, t('replay'));
    const discard = h('button', { class: 'secondary', onclick: () => act(discard, async () => {
      await post(`/${e.service}/admin/parked-events/${e.id}/discard`, { reason: reason.value }); notice(t('saved')); await refresh();
    }) }, t('discard'));
    return h('li', { 'data-id': e.id }, h('strong', {}, `${e.consumer} · ${e.eventType}`), ` ${e.orderId || ''} · ${when(e.parkedAt)}`,
      h('p', { class: 'small muted' }, e.reason), h('div', { class: 'actions' }, replay, reason, discard));
  });
}
