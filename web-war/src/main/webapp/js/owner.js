// The store owner's pages: the kitchen board (the owner's tickets by status, live) and stock and
// thank-you texts. The kitchen answers only the owner's own tickets (GET /kitchen/tickets).
import { get, post, put, current } from './api.js';
import { t, money, when } from './i18n.js';
import { h, fill, act, badge, field, notice } from './ui.js';
import { poll } from './poll.js';

const COLUMNS = ['RECEIVED', 'ACCEPTED', 'COOKING', 'READY'];
const CLOSED = ['REJECTED', 'CANCELLED'];
const SHOWN_CLOSED = 10;

export function board(main) {
  const columns = Object.fromEntries([...COLUMNS, 'CLOSED'].map(s => [s, h('ul', { class: 'tickets' })]));
  fill(main, h('h1', {}, t('board')), h('div', { class: 'board', id: 'board' },
    [...COLUMNS, 'CLOSED'].map(s => h('section', { class: 'column', 'data-column': s },
      h('h2', {}, s === 'CLOSED' ? `${t('COMPLETED')} / ${t('REJECTED')}` : t(s)), columns[s]))));

  const live = poll(async () => {
    const tickets = await get('/kitchen/tickets');
    tickets.sort((a, b) => String(b.receivedAt).localeCompare(String(a.receivedAt)));
    for (const s of COLUMNS) {
      // A READY ticket whose order completed is done: it moves to the last column.
      const here = tickets.filter(tk => tk.status === s && !(s === 'READY' && tk.completedAt));
      fill(columns[s], here.length ? here.map(ticket) : h('li', { class: 'muted' }, t('noTickets')));
    }
    const closed = tickets.filter(tk => CLOSED.includes(tk.status) || tk.completedAt).slice(0, SHOWN_CLOSED);
    fill(columns.CLOSED, closed.length ? closed.map(ticket) : h('li', { class: 'muted' }, t('noTickets')));
    return tickets.map(tk => [tk.orderId, tk.status, tk.completedAt, tk.thankedAt]);
  });

  function command(button, orderId, verb, body) {
    return act(button, async () => { await post(`/kitchen/tickets/${orderId}/${verb}`, body); live.now(); });
  }

  function ticket(tk) {
    const buttons = [];
    if (tk.status === 'RECEIVED') {
      const reason = h('input', { name: 'reason', placeholder: t('rejectReason'), 'aria-label': t('rejectReason') });
      buttons.push(h('button', { 'data-action': 'accept', onclick: e => command(e.target, tk.orderId, 'accept') }, t('accept')),
        reason, h('button', { class: 'danger', 'data-action': 'reject', onclick: e => command(e.target, tk.orderId, 'reject', { reason: reason.value.trim() }) }, t('reject')));
    } else if (tk.status === 'ACCEPTED') {
      buttons.push(h('button', { 'data-action': 'start', onclick: e => command(e.target, tk.orderId, 'start') }, t('start')));
    } else if (tk.status === 'COOKING') {
      buttons.push(h('button', { 'data-action': 'finish', onclick: e => command(e.target, tk.orderId, 'finish') }, t('finish')));
    } else if (tk.completedAt && !tk.thankedAt) {
      const text = h('input', { name: 'thanks', placeholder: t('thankText'), 'aria-label': t('thankText') });
      buttons.push(text, h('button', { 'data-action': 'thanks', onclick: e => command(e.target, tk.orderId, 'thanks', { message: text.value.trim() }) }, t('thank')));
    }
    return h('li', { class: 'ticket', 'data-order': tk.orderId, 'data-status': tk.status, 'data-store': tk.storeId },
      h('div', {}, badge(tk.status), tk.completedAt ? h('span', { class: 'ok' }, ` ${t('completed')}`) : null,
        tk.thankedAt ? h('span', { class: 'muted' }, ` · ${t('thanked')}`) : null),
      h('div', { class: 'order-id muted' }, tk.orderId),
      h('ul', { class: 'lines' }, tk.items.map(i => h('li', {}, `${i.name} × ${i.quantity}`))),
      h('div', { class: 'muted small' }, `${t('area')}: ${tk.area || '-'} · ${when(tk.receivedAt)}`),
      tk.reason ? h('div', { class: 'warn' }, `${t('reason')}: ${tk.reason}`) : null,
      buttons.length ? h('div', { class: 'actions' }, buttons) : null);
  }
  return () => live.stop();
}

/** Stock (what is on hand) of each dish of the owner's stores, and each store's default thank-you. */
export async function stock(main) {
  const mine = (await get('/kitchen/stores')).filter(s => s.ownerId === current().user);
  const sections = await Promise.all(mine.map(async store => {
    const items = await get(`/kitchen/stores/${store.id}/menu`);
    const thanks = h('input', { name: 'thank-you', value: store.thankYouMessage || '', maxlength: 500 });
    const saveThanks = h('button', { id: `save-thanks-${store.id}`, onclick: () => act(saveThanks, async () => {
      await put(`/kitchen/stores/${store.id}/thank-you`, { message: thanks.value.trim() }); notice(t('saved'));
    }) }, t('save'));
    return h('section', { class: 'panel', 'data-store': store.id }, h('h2', {}, store.name),
      h('table', { class: 'stock' },
        h('thead', {}, h('tr', {}, h('th', {}, t('menu')), h('th', {}, t('reserved')), h('th', {}, t('available')), h('th', {}, t('onHand')))),
        h('tbody', {}, items.map(item => stockRow(store, item)))),
      field(t('thankYouDefault'), thanks), saveThanks);
  }));
  fill(main, h('h1', {}, t('stock')), sections);
}

function stockRow(store, item) {
  const reservedCell = h('td', {}, item.reserved);
  const availableCell = h('td', {}, item.stock);
  const onHand = h('input', { type: 'number', min: 0, value: item.onHand, 'aria-label': `${item.name} ${t('onHand')}` });
  const save = h('button', { class: 'secondary', onclick: () => act(save, async () => {
    const updated = await put(`/kitchen/stores/${store.id}/menu/${item.id}/stock`, { stock: Number(onHand.value) });
    reservedCell.textContent = updated.reserved; availableCell.textContent = updated.stock; onHand.value = updated.onHand;
    notice(t('saved'));
  }) }, t('save'));
  return h('tr', { 'data-menu': item.id }, h('td', {}, item.name, h('div', { class: 'muted small' }, money(item.price))),
    reservedCell, availableCell, h('td', { class: 'stock-edit' }, onHand, save));
}
