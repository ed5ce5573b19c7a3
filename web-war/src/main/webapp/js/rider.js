// The rider's page: deliveries ready in an area (nearest first with the browser's position, when it
// gives one), picking one up, and the rider's own deliveries. The API has no "my deliveries" list,
// so this tab remembers what the rider picked up (sessionStorage) and reads each one back.
import { get, post, current } from './api.js';
import { t, when } from './i18n.js';
import { h, fill, act, badge, field, notice } from './ui.js';
import { poll } from './poll.js';

const mineKey = () => `food.rider.${current().user}`;
const mine = () => JSON.parse(sessionStorage.getItem(mineKey()) || '[]');
const remember = id => sessionStorage.setItem(mineKey(), JSON.stringify([id, ...mine().filter(x => x !== id)].slice(0, 20)));
const areaKey = () => `food.rider.${current().user}.area`;

export async function deliveries(main) {
  const areas = [...new Set((await get('/kitchen/stores')).map(s => s.area))];
  const area = h('select', { name: 'area', id: 'rider-area' }, areas.map(a => h('option', { value: a }, a)));
  area.value = sessionStorage.getItem(areaKey()) || areas[0];
  let position = null;
  const where = h('span', { class: 'muted small', id: 'position' }, t('positionUnknown'));
  const locate = h('button', { class: 'secondary', id: 'use-position', onclick: () => {
    if (!navigator.geolocation) return;
    navigator.geolocation.getCurrentPosition(p => {
      position = { lat: p.coords.latitude.toFixed(5), lng: p.coords.longitude.toFixed(5) };
      where.textContent = `${position.lat}, ${position.lng}`; live.now();
    }, () => { position = null; where.textContent = t('positionUnknown'); });
  } }, t('usePosition'));
  area.addEventListener('change', () => { sessionStorage.setItem(areaKey(), area.value); live.now(); });
  const near = h('ul', { class: 'cards', id: 'nearby' });
  const own = h('ul', { class: 'cards', id: 'my-deliveries' });
  fill(main, h('h1', {}, t('deliveries')), h('div', { class: 'row' }, field(t('area'), area), locate), where,
    h('h2', {}, t('nearby')), near, h('h2', {}, t('myDeliveries')), own);

  const live = poll(async () => {
    const query = new URLSearchParams({ area: area.value });
    if (position) { query.set('lat', position.lat); query.set('lng', position.lng); query.set('radiusKm', '5'); }
    const [ready, picked] = await Promise.all([get(`/delivery/deliveries?${query}`),
      Promise.all(mine().map(id => get(`/delivery/deliveries/${id}`).catch(() => null)))]);
    fill(near, ready.length ? ready.map(d => card(d, true)) : h('li', { class: 'muted' }, t('noDeliveries')));
    fill(own, picked.filter(Boolean).map(d => card(d, false)));
    return [ready.map(d => d.orderId), picked.map(d => d && [d.orderId, d.status])];
  });

  function card(d, canPick) {
    return h('li', { class: 'card', 'data-order': d.orderId }, h('div', {}, h('strong', {}, d.storeName), ' ', badge(d.status)),
      h('div', {}, `${d.street} (${d.area})`),
      d.distanceKm != null ? h('div', { class: 'muted' }, `${t('distance')}: ${d.distanceKm.toFixed(1)} km`) : null,
      h('div', { class: 'order-id muted small' }, d.orderId, ' · ', when(d.pickedUpAt || d.readyAt)),
      canPick ? h('button', { 'data-action': 'pickup', onclick: e => act(e.target, async () => {
        await post(`/delivery/deliveries/${d.orderId}/pickup`); remember(d.orderId); notice(t('pickUp')); live.now();
      }) }, t('pickUp')) : null);
  }
  return () => live.stop();
}
