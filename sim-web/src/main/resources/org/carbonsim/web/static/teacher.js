// The teacher's page: the controls, every player's position and, at the end, the reference.
'use strict';
(() => {
  const C = Classroom;
  const key = new URLSearchParams(location.search).get('key') || '';
  const $ = id => document.getElementById(id);
  const control = (action, value) => C.post('/api/control', {key, action, value: value == null ? '' : value});

  function render(state) {
    const market = state.market, teacher = state.teacher || {};
    C.header(market);
    $('scenario').textContent = market.scenario;
    $('room-code').textContent = teacher.roomCode || '';
    C.table($('players'),
      ['player', 'name', 'enterprise', 'allowances', 'shortfall', 'cash', 'netPurchases', 'share', 'expectedCost'],
      (teacher.players || []).map(p => [p.id, p.name, p.enterprise, p.allowances, p.shortfall, p.cash,
        p.netPurchases, p.share == null ? null : (100 * p.share).toFixed(1) + '%', p.expectedCost]));
    C.ladder($('ladder'), market);
    C.priceChart($('price-chart'), market.bars || []);
    const fin = state.final;
    $('final').classList.toggle('hidden', !fin);
    if (fin) {
      $('efficiency').textContent = fin.efficiency == null ? 'n/a' : fin.efficiency;
      $('cost-effectiveness').textContent = fin.costEffectiveness == null ? 'n/a' : fin.costEffectiveness;
      $('folder').textContent = fin.folder || '';
      C.table($('final-years'),
        ['year', 'referencePrice', 'vwap', 'volume', 'leastCost', 'realisedCost', 'efficiency', 'costEffectiveness'],
        fin.years.map(y => [y.year, y.referencePrice, y.vwap, y.volume, y.leastCost, y.realisedCost, y.efficiency,
          y.costEffectiveness]));
      $('discount-rate').textContent = fin.discountRate;
      C.table($('final-totals'), ['player', 'name', 'enterprise', 'pvAbovePath'],
        (fin.playerTotals || []).map(p => [p.id, p.name, p.enterprise, p.costAbovePathReferencePresentValue]));
      C.table($('final-players'),
        ['year', 'player', 'name', 'enterprise', 'abated', 'pathReferenceAbatement', 'realisedCost', 'pathReferenceCost',
          'costAbovePath', 'referenceAbatement', 'referenceCost', 'costAbove'],
        fin.players.map(p => [p.year, p.player, p.name, p.enterprise, p.abatement, p.pathReferenceAbatement,
          p.realisedCost, p.pathReferenceCost, p.costAbovePathReference, p.referenceAbatement, p.referenceCost,
          p.costAboveReference]));
    }
  }

  $('start').addEventListener('click', () => control('start'));
  $('pause').addEventListener('click', () => control('pause'));
  $('resume').addEventListener('click', () => control('resume'));
  $('next-day').addEventListener('click', () => control('next-day'));
  $('advance').addEventListener('click', () => control('advance', $('advance-days').value));
  $('to-end').addEventListener('click', () => control('end'));
  $('speed').addEventListener('change', () => control('speed', $('speed').value));
  C.connect('teacher=' + encodeURIComponent(key), render);
})();
