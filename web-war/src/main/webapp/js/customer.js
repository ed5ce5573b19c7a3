// The customer's pages: stores and menus, the cart, placing an order, following it live, past orders.
import { get, post, put, current } from './api.js';
import { t, money, when } from './i18n.js';
import { h, fill, act, badge, field, showError, notice } from './ui.js';
import { poll } from './poll.js';

// The cart lives in sessionStorage (this tab only, gone when it closes) under the user's name, so
// an expired token that leads back to sign-in does not lose it. It holds no secret: no card number.
const cartKey = () => `food.cart.${current().user}`;
export function loadCart() { return JSON.parse(sessionStorage.getItem(cartKey()) || 'null') || { storeId: null, lines: [] }; }
function saveCart(cart) { sessionStorage.setItem(cartKey(), JSON.stringify(cart)); }
export function clearCart() { if (current()) sessionStorage.removeItem(cartKey()); }
export const cartCount = () => loadCart().lines.reduce((n, l) => n + l.quantity, 0);

const CHANGEABLE = ['PLACED', 'ACCEPTED'];   // before cooking starts (F6, F13)

export async function stores(main) {
  const list = await get('/kitchen/stores');
  fill(main, h('h1', {}, t('stores')),
    h('ul', { class: 'cards', id: 'stores' }, list.map(s =>
      h('li', {}, h('a', { href: `#/store/${s.id}`, class: 'card', 'data-store': s.id },
        h('strong', {}, s.name), h('span', { class: 'muted' }, `${t('area')}: ${s.area}`))))));
}

export async function menu(main, storeId) {
  const [store, items] = await Promise.all([get(`/kitchen/stores/${storeId}`), get(`/kitchen/stores/${storeId}/menu`)]);
  const cartLine = id => loadCart().lines.find(l => l.menuId === id);
  const list = h('ul', { class: 'menu', id: 'menu' });
  const draw = () => fill(list, items.map(item => {
    const inCart = cartLine(item.id)?.quantity || 0;
    const out = item.stock <= 0;
    return h('li', { class: out ? 'dish out' : 'dish', 'data-menu': item.id },
      h('div', {}, h('strong', {}, item.name), h('div', { class: 'muted' }, money(item.price), ' · ',
        out ? h('span', { class: 'out-label' }, t('outOfStock')) : `${item.stock} ${t('left')}`)),
      h('div', { class: 'qty' },
        inCart ? h('button', { class: 'secondary', 'data-action': 'remove', onclick: () => { change(item, -1); draw(); } }, '−') : null,
        inCart ? h('span', { class: 'count' }, inCart) : null,
        h('button', { 'data-action': 'add', disabled: out || inCart >= item.stock, onclick: () => { change(item, 1); draw(); } }, t('add'))));
  }));
  function change(item, delta) {
    let cart = loadCart();
    if (cart.storeId !== store.id) cart = { storeId: store.id, storeName: store.name, area: store.area, lines: [] };  // F1: one store
    const line = cart.lines.find(l => l.menuId === item.id);
    if (line) line.quantity += delta; else cart.lines.push({ menuId: item.id, name: item.name, price: item.price, quantity: delta });
    cart.lines = cart.lines.filter(l => l.quantity > 0);
    saveCart(cart);
    document.dispatchEvent(new Event('cart'));
  }
  draw();
  fill(main, h('h1', {}, store.name), h('p', { class: 'muted' }, `${t('area')}: ${store.area}`), list,
    h('a', { href: '#/cart', class: 'button', id: 'go-cart' }, t('cart')));
}

export async function cart(main) {
  const c = loadCart();
  if (!c.lines.length) { fill(main, h('h1', {}, t('cart')), h('p', { id: 'empty-cart' }, t('emptyCart'))); return; }
  const total = c.lines.reduce((s, l) => s + l.price * l.quantity, 0);
  const area = h('input', { name: 'area', value: c.area, required: true });
  const street = h('input', { name: 'street', value: c.street || 'Teheran-ro 1', required: true });
  const lat = h('input', { name: 'lat', inputmode: 'decimal', value: c.lat ?? '' });
  const lng = h('input', { name: 'lng', inputmode: 'decimal', value: c.lng ?? '' });
  const card = h('input', { name: 'card', inputmode: 'numeric', autocomplete: 'cc-number', maxlength: 16, placeholder: '4111111111111111', required: true });
  const submit = h('button', { type: 'submit', id: 'place-order' }, t('placeOrder'));
  const number = v => (v.trim() === '' ? undefined : Number(v));
  const form = h('form', {
    id: 'order-form', onsubmit: e => {
      e.preventDefault();
      act(submit, async () => {
        const order = await post('/orders', {
          storeId: c.storeId, items: c.lines.map(l => ({ menuId: l.menuId, quantity: l.quantity })),
          deliveryAddress: { area: area.value.trim(), street: street.value.trim(), lat: number(lat.value), lng: number(lng.value) },
          card: { number: card.value.trim() },
        });
        clearCart();
        document.dispatchEvent(new Event('cart'));
        notice(t('placed'));
        location.hash = `#/order/${order.id}`;
      });
    },
  }, field(t('area'), area), field(t('street'), street), h('div', { class: 'row' }, field(t('lat'), lat), field(t('lng'), lng)),
    field(t('card'), card), h('p', { class: 'muted small' }, t('testCards')), submit);
  fill(main, h('h1', {}, t('cart'), ' — ', c.storeName),
    h('ul', { class: 'lines', id: 'cart-lines' }, c.lines.map(l => h('li', {}, h('span', {}, `${l.name} × ${l.quantity}`), h('span', {}, money(l.price * l.quantity))))),
    h('p', { class: 'total' }, `${t('total')}: `, money(total)), form);
}

export async function orders(main) {
  const list = await get('/orders?page=0&size=20');
  fill(main, h('h1', {}, t('orders')), list.length ? h('ul', { class: 'cards', id: 'orders' }, list.map(o =>
    h('li', {}, h('a', { href: `#/order/${o.orderId}`, class: 'card', 'data-order': o.orderId },
      h('strong', {}, o.storeName), badge(o.status), h('span', { class: 'muted' }, `${money(o.totalAmount)} · ${when(o.createdAt)}`)))))
    : h('p', {}, t('noOrders')));
}

/** One order, live: tracking timeline, KakaoTalk messages, and what the customer may still do. */
export function order(main, id) {
  const head = h('div', { id: 'order-head' }, t('waiting'));
  const actions = h('div', { id: 'order-actions', class: 'actions' });
  const timeline = h('ol', { id: 'timeline', class: 'timeline' });
  const messages = h('ul', { id: 'messages', class: 'messages' });
  const editor = h('div', { id: 'change-editor' });
  fill(main, h('h1', {}, t('order')), head, actions, editor, h('h2', {}, t('timeline')), timeline, h('h2', {}, t('messages')), messages);
  let editing = false;

  const live = poll(async () => {
    let tracking;
    try { tracking = await get(`/orders/${id}/tracking`); } catch (e) { if (e.status === 404) return 'not yet'; throw e; }
    const [detail, notes] = await Promise.all([get(`/orders/${id}`), get(`/notifications?orderId=${encodeURIComponent(id)}`)]);
    draw(tracking, detail, notes);
    return [tracking, detail.request, notes.map(n => [n.id, n.state])];
  });

  function draw(tr, detail, notes) {
    fill(head, h('p', { class: 'order-id muted' }, id), h('p', {}, h('strong', {}, tr.storeName), ' ', badge(tr.status)),
      h('p', {}, `${t('total')}: `, money(tr.totalAmount), ` · ${t('payment')}: ${tr.paymentStatus || '-'}`, tr.riderId ? ` · ${t('rider')}: ${tr.riderId}` : ''),
      h('ul', { class: 'lines' }, detail.items.map(l => h('li', {}, h('span', {}, `${l.name} × ${l.quantity}`), h('span', {}, money(l.unitPrice * l.quantity))))),
      tr.reason ? h('p', { class: 'warn' }, `${t('reason')}: ${tr.reason}`) : null,
      detail.request ? h('p', { class: 'muted', id: 'request' }, `${t('request')}: ${detail.request.kind} ${t(detail.request.outcome)}`,
        detail.request.reason ? ` (${detail.request.reason})` : '') : null);
    fill(timeline, tr.timeline.map(s => h('li', { 'data-status': s.status }, badge(s.status), h('span', { class: 'muted' }, when(s.at)))));
    fill(messages, notes.map(n => h('li', { 'data-type': n.type, class: 'message' },
      h('span', { class: 'bubble' }, n.text), h('small', { class: 'muted' }, `${n.type} · ${n.state} · ${when(n.sentAt || n.createdAt)}`))));
    const buttons = [];
    if (CHANGEABLE.includes(tr.status)) {
      buttons.push(h('button', { class: 'danger', id: 'cancel-order', onclick: e => act(e.target, async () => { await post(`/orders/${id}/cancel`); live.now(); }) }, t('cancel')));
      buttons.push(h('button', { class: 'secondary', id: 'change-order', onclick: () => { editing = true; drawEditor(detail); } }, t('change')));
    } else if (editing) { editing = false; fill(editor); }
    if (tr.status === 'PICKED_UP') {
      buttons.push(h('button', { id: 'confirm-delivery', onclick: e => act(e.target, async () => { await post(`/orders/${id}/confirm-delivery`); live.now(); }) }, t('confirm')));
    }
    fill(actions, buttons);
  }

  function drawEditor(detail) {
    const inputs = detail.items.map(l => ({ line: l, input: h('input', { type: 'number', min: 0, value: l.quantity, 'data-menu': l.menuId }) }));
    const save = h('button', { id: 'save-change', onclick: () => act(save, async () => {
      const items = inputs.map(i => ({ menuId: i.line.menuId, quantity: Number(i.input.value) })).filter(i => i.quantity > 0);
      await put(`/orders/${id}/items`, { items });
      editing = false; fill(editor); live.now();
    }) }, t('saveChange'));
    fill(editor, h('div', { class: 'panel' }, inputs.map(i => field(i.line.name, i.input)), save));
  }
  return () => live.stop();
}

export { showError };
