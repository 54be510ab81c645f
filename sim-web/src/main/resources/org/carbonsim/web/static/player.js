// The player's page: one enterprise's position, its MAC curve, the book, the ticket and the results.
'use strict';
(() => {
  const C = Classroom;
  const token = new URLSearchParams(location.search).get('token') || '';
  const $ = id => document.getElementById(id);
  let abateTouched = false;

  function render(state) {
    const market = state.market, me = state.me || {};
    C.header(market);
    $('firm').textContent = (me.enterprise || '') + ' · ' + (me.enterpriseName || '');
    $('player-id').textContent = me.id ? me.id + ' · ' + me.name : '';
    $('start').classList.toggle('hidden', !(market.mode === 'play' && market.status === 'lobby'));
    $('next-day').classList.toggle('hidden', !(market.mode === 'play' && market.status === 'running'));
    const covered = me.covered !== false && me.allowances != null;
    $('allowances').textContent = covered ? me.allowances : (me.covered === false ? C.t('notCovered') : '–');
    $('need').textContent = covered ? me.expectedNeed : '–';
    $('shortfall').textContent = covered ? me.shortfall : '–';
    $('cash').textContent = covered ? me.cash : '–';
    $('net-purchases').textContent = covered ? me.netPurchases : '–';
    $('expected-cost').textContent = covered ? me.expectedCost : '–';
    if (me.mac) {
      C.macChart($('mac-chart'), me.mac, me.share);
      // the share is to a millionth, so four decimals of a percent show it exactly and Set keeps it
      if (!abateTouched) $('abate-percent').value = String(Number((100 * me.share).toFixed(4)));
    }
    C.ladder($('ladder'), market);
    C.priceChart($('price-chart'), market.bars || []);
    C.table($('my-orders'), ['id', 'side', 'price', 'quantity', 'cancel'], (me.orders || []).map(o => [
      o.id, C.t(o.side), o.price, o.quantity,
      C.button(C.t('cancel'), () => C.post('/api/cancel', {token, orderId: o.id}))
    ]));
    C.table($('my-trades'), ['day', 'side', 'price', 'quantity', 'player'], (me.trades || []).map(tr => {
      const bought = tr.buyer === me.enterprise;
      return [tr.day + 1, C.t(bought ? 'buy' : 'sell'), tr.price, tr.quantity,
        bought ? (tr.sellerPlayer || tr.seller) : (tr.buyerPlayer || tr.buyer)];
    }));
    C.table($('trades'), ['day', 'buyer', 'seller', 'price', 'quantity'],
      (market.trades || []).slice().reverse().map(tr =>
        [tr.day + 1, tr.buyerPlayer || tr.buyer, tr.sellerPlayer || tr.seller, tr.price, tr.quantity]));
    const years = me.years || [];
    $('final').classList.toggle('hidden', !(state.final || years.length));
    C.table($('final-me'),
      ['year', 'allocation', 'emissions', 'abated', 'bought', 'sold', 'offsets', 'penalty', 'abatementCost',
        'offsetCost', 'realisedCost', 'pathReferenceCost', 'costAbovePath', 'referenceCost', 'costAbove'],
      years.map(y => [y.year, y.allocation, y.emissions, y.abatement, y.bought, y.sold, y.offsets, y.penalty,
        y.abatementCost, y.offsetCost, y.realisedCost, y.pathReferenceCost, y.costAbovePathReference,
        y.referenceCost, y.costAboveReference]));
    const fin = state.final;
    $('path-total').classList.toggle('hidden', !fin);
    $('pv-above-path').textContent = me.costAbovePathReferencePresentValue == null
      ? 'n/a' : me.costAbovePathReferencePresentValue;
    $('discount-rate').textContent = fin ? fin.discountRate : '';
    C.table($('final-years'),
      ['year', 'referencePrice', 'vwap', 'volume', 'leastCost', 'realisedCost', 'efficiency', 'costEffectiveness'],
      fin ? fin.years.map(y => [y.year, y.referencePrice, y.vwap, y.volume, y.leastCost, y.realisedCost, y.efficiency,
        y.costEffectiveness]) : []);
  }

  $('order-form').addEventListener('submit', event => {
    event.preventDefault();
    C.post('/api/order', {token, side: $('side').value, type: $('type').value,
      price: $('price').value, quantity: $('quantity').value}, $('submit-order'));
  });
  $('abate-percent').addEventListener('input', () => { abateTouched = true; });
  $('abate-form').addEventListener('submit', event => {
    event.preventDefault();
    C.post('/api/abate', {token, percent: $('abate-percent').value}, $('abate')).then(() => { abateTouched = false; });
  });
  $('start').addEventListener('click', () => C.post('/api/control', {token, action: 'start'}));
  $('next-day').addEventListener('click', () => C.post('/api/control', {token, action: 'next-day'}));
  C.connect('token=' + encodeURIComponent(token), render);
})();
