// The shell: sign-in, the header (user, language, sign-out), each role's navigation and the
// hash router (#/stores, #/order/ID, #/board, ...). Pages change without a reload, so the token,
// kept in memory only (api.js), survives navigation.
import * as api from './api.js';
import { t, toggleLanguage } from './i18n.js';
import { h, fill, clearError, showError } from './ui.js';
import * as customer from './customer.js';
import * as owner from './owner.js';
import * as rider from './rider.js';
import * as admin from './admin.js';

const DEMO_USERS = ['customer1', 'customer2', 'owner1', 'owner2', 'rider1', 'rider2', 'admin'];

// Each role's pages: [hash, label key, view]; the first is the role's main page.
const ROLES = {
  customer: [['#/stores', 'stores', customer.stores], ['#/cart', 'cart', customer.cart], ['#/orders', 'orders', customer.orders]],
  owner: [['#/board', 'board', owner.board], ['#/stock', 'stock', owner.stock]],
  rider: [['#/deliveries', 'deliveries', rider.deliveries]],
  admin: [['#/admin', 'admin', admin.admin]],
};
const DETAIL_ROUTES = [
  [/^#\/store\/(\d+)$/, 'customer', customer.menu],
  [/^#\/order\/([\w-]+)$/, 'customer', customer.order],
];

const main = () => document.getElementById('main');
let leave = null;        // stops the current page's polling
let expiredNotice = false;

function role() {
  const s = api.current();
  return s && Object.keys(ROLES).find(r => s.groups.includes(r));
}

function header() {
  const s = api.current();
  const nav = document.getElementById('nav');
  const r = role();
  fill(nav, r ? ROLES[r].map(([hash, key]) => h('a', { href: hash, 'data-nav': key, class: location.hash.startsWith(hash) ? 'active' : '' },
    t(key), key === 'cart' ? h('span', { class: 'count', id: 'cart-count' }, ` ${customer.cartCount() || ''}`) : null)) : []);
  fill(document.getElementById('who'), s ? [h('span', { id: 'user', 'data-role': r }, `${s.user} (${r})`),
    h('button', { class: 'link', id: 'sign-out', onclick: signOut }, t('signOut'))] : []);
  document.getElementById('lang').textContent = t('language');
  document.getElementById('title').textContent = t('app');
}

function signInPage() {
  const user = h('input', { name: 'username', id: 'username', autocomplete: 'username', list: 'demo-users', required: true });
  const pass = h('input', { name: 'password', id: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const submit = h('button', { type: 'submit', id: 'sign-in' }, t('signIn'));
  fill(main(), h('h1', {}, t('signIn')),
    expiredNotice ? h('p', { class: 'warn', id: 'expired' }, t('sessionExpired')) : null,
    h('form', { id: 'sign-in-form', onsubmit: async e => {
      e.preventDefault(); clearError(); submit.disabled = true;
      try {
        await api.signIn(user.value.trim(), pass.value);
        expiredNotice = false;
        const r = role();
        const target = location.hash && location.hash !== '#/signin' && allowed(location.hash, r) ? location.hash : ROLES[r][0][0];
        if (location.hash === target) route(); else location.hash = target;
      } catch (err) { showError(err); } finally { submit.disabled = false; }
    } }, h('label', { class: 'field' }, h('span', {}, t('username')), user), h('label', { class: 'field' }, h('span', {}, t('password')), pass), submit,
    h('datalist', { id: 'demo-users' }, DEMO_USERS.map(u => h('option', { value: u })))),
    h('p', { class: 'muted small' }, t('demoUsers'), ': ', DEMO_USERS.join(', ')));
  header();
}

function allowed(hash, r) {
  return !!r && (ROLES[r].some(([p]) => hash === p) || DETAIL_ROUTES.some(([re, who]) => who === r && re.test(hash)));
}

function signOut() {
  customer.clearCart();
  api.signOut();
  expiredNotice = false;
  if (leave) { leave(); leave = null; }
  location.hash = '#/signin';
}

async function route() {
  if (leave) { leave(); leave = null; }
  clearError();
  const r = role();
  if (!r) { signInPage(); return; }
  const hash = location.hash || ROLES[r][0][0];
  let view, args = [];
  const page = ROLES[r].find(([p]) => p === hash);
  if (page) view = page[2];
  for (const [re, who, v] of DETAIL_ROUTES) { const m = hash.match(re); if (m && who === r) { view = v; args = m.slice(1); } }
  if (!view) { location.hash = ROLES[r][0][0]; return; }
  header();
  try {
    const cleanup = await view(main(), ...args);
    if (typeof cleanup === 'function') leave = cleanup;
  } catch (e) { if (api.current()) showError(e); }
}

// An expired or refused token: back to sign-in, keeping the page asked for and the cart.
api.onExpired(() => { expiredNotice = true; if (leave) { leave(); leave = null; } signInPage(); });

document.getElementById('lang').addEventListener('click', () => { toggleLanguage(); route(); });
document.addEventListener('cart', header);
window.addEventListener('hashchange', route);
route();
