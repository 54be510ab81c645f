// The classroom pages' shared script: labels in two languages, posting commands, the pushed views
// (server-sent events) and the charts, drawn as plain SVG. Served from the jar; no network beyond the room.
'use strict';
const Classroom = (() => {
  const LABELS = {
    title: ['Carbon market classroom', '碳市场课堂'],
    join: ['Join the room', '加入课堂'],
    roomCode: ['Room code', '课堂代码'],
    yourName: ['Your name', '你的名字'],
    enterprise: ['Enterprise', '企业'],
    joinButton: ['Join', '加入'],
    status: ['Status', '状态'],
    day: ['Day', '交易日'],
    deadlineIn: ['Deadline in', '距履约截止'],
    start: ['Start', '开始'],
    nextDay: ['Next day', '下一交易日'],
    position: ['Position', '持仓'],
    allowances: ['Allowances held (t)', '持有配额（吨）'],
    expectedNeed: ['Expected need at the deadline (t)', '截止时预计需清缴（吨）'],
    shortfall: ['Expected shortfall (t)', '预计缺口（吨）'],
    cash: ['Cash (CNY)', '现金（元）'],
    netPurchases: ['Net purchases this year (CNY)', '本年净购买支出（元）'],
    expectedCost: ['Expected cost (CNY)', '预计成本（元）'],
    mac: ['Marginal abatement cost', '边际减排成本'],
    abatement: ['Abatement (% of business as usual)', '减排量（占基准排放 %）'],
    set: ['Set', '设定'],
    ticket: ['Order ticket', '委托单'],
    side: ['Side', '方向'],
    buy: ['Buy', '买入'],
    sell: ['Sell', '卖出'],
    type: ['Type', '类型'],
    limit: ['Limit', '限价'],
    market: ['Market', '市价'],
    price: ['Price (CNY/t)', '价格（元/吨）'],
    quantity: ['Quantity (t)', '数量（吨）'],
    placeOrder: ['Place order', '下单'],
    myOrders: ['My resting orders (day orders: cancelled at the close)', '我的挂单（当日有效，收盘时撤销）'],
    cancel: ['Cancel', '撤单'],
    book: ['Order book', '订单簿'],
    bids: ['Bids', '买盘'],
    asks: ['Offers', '卖盘'],
    priceVolume: ['Price and volume', '价格与成交量'],
    myTrades: ['My trades', '我的成交'],
    marketTrades: ['Market trades', '市场成交'],
    results: ['Results against the least-cost equilibrium', '与最低成本均衡的对比'],
    teacher: ['Teacher', '教师'],
    controls: ['Controls', '控制'],
    pause: ['Pause', '暂停'],
    resume: ['Resume', '继续'],
    advance: ['Advance days', '前进天数'],
    go: ['Go', '前进'],
    toEnd: ['Run to the end', '运行到结束'],
    speed: ['Speed', '速度'],
    players: ['Players', '学生'],
    efficiency: ['Market efficiency', '市场效率'],
    costEffectiveness: ['Cost-effectiveness', '成本有效性'],
    folder: ['Saved in', '已保存到'],
    lobby: ['waiting to start', '等待开始'],
    running: ['trading', '交易中'],
    paused: ['paused', '已暂停'],
    finished: ['finished', '已结束'],
    failed: ['failed', '出错'],
    days: ['days', '天'],
    passed: ['passed', '已过'],
    year: ['Year', '年份'],
    buyer: ['Buyer', '买方'],
    seller: ['Seller', '卖方'],
    player: ['Player', '学生'],
    name: ['Name', '姓名'],
    share: ['Abatement', '减排比例'],
    allocation: ['Allocation (t)', '分配量（吨）'],
    emissions: ['Emissions (t)', '排放量（吨）'],
    abated: ['Abatement (t)', '减排量（吨）'],
    bought: ['Bought (t)', '买入（吨）'],
    sold: ['Sold (t)', '卖出（吨）'],
    offsets: ['Offset credits (t)', '抵销信用（吨）'],
    penalty: ['Fines (CNY)', '罚款（元）'],
    abatementCost: ['Abatement cost (CNY)', '减排成本（元）'],
    offsetCost: ['Offset credit cost (CNY)', '抵销信用成本（元）'],
    realisedCost: ['Realised cost (CNY)', '实际成本（元）'],
    referenceCost: ['One-year reference (CNY)', '单年参照（元）'],
    costAbove: ['Above the one-year reference (CNY)', '高于单年参照（元）'],
    referenceAbatement: ['One-year reference abatement (t)', '单年参照减排量（吨）'],
    pathReferenceCost: ['Least-cost path reference (CNY)', '最低成本路径参照（元）'],
    costAbovePath: ['Above the path reference (CNY)', '高于路径参照（元）'],
    pathReferenceAbatement: ['Path abatement (t)', '路径减排量（吨）'],
    pvAbovePath: ['Above the path reference over the run, present value (CNY of the first year)',
      '全期高于路径参照（折现至首年，元）'],
    discountRate: ['Discount rate', '贴现率'],
    referencePrice: ['Equilibrium price (CNY/t)', '均衡价格（元/吨）'],
    leastCost: ['Least abatement cost (CNY)', '最低减排成本（元）'],
    vwap: ['Average price (CNY/t)', '均价（元/吨）'],
    volume: ['Volume (t)', '成交量（吨）'],
    close: ['Close', '收盘价'],
    id: ['Order', '委托'],
    notCovered: ['not covered this year', '本年未纳入']
  };
  let lang = new URLSearchParams(location.search).get('lang') === 'zh' ? 'zh' : 'en';
  let lastRender = null;

  function t(key) {
    const pair = LABELS[key];
    return pair ? pair[lang === 'zh' ? 1 : 0] : key;
  }

  function applyLabels() {
    document.documentElement.setAttribute('data-lang', lang);
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.getAttribute('data-i18n'));
    const toggle = document.getElementById('lang-toggle');
    if (toggle) toggle.textContent = lang === 'zh' ? 'English' : '中文';
    if (lastRender) lastRender();
  }

  function say(message, ok) {
    const box = document.getElementById('message');
    if (!box) return;
    box.textContent = message || '';
    box.className = 'message ' + (ok ? 'ok' : 'refused');
  }

  /**
   * Posts a command and shows its answer. The button that sent it, if given, is disabled until the
   * answer comes, so that a double click places one order and joins once.
   */
  async function post(path, fields, button) {
    const body = new URLSearchParams(fields);
    let reply;
    if (button) button.disabled = true;
    try {
      const response = await fetch(path, {method: 'POST', body});
      reply = await response.json();
    } catch (e) {
      reply = {ok: false, message: 'the room does not answer: ' + e};
    } finally {
      if (button) button.disabled = false;
    }
    say(reply.message, reply.ok);
    return reply;
  }

  function connect(query, render) {
    let countdownTimer = null;
    const source = new EventSource('/events?' + query);
    // a player's trades come once each: an event carries those after index tradesFrom, and a stream
    // (re)opened starts again from 0, so the page keeps the list it was sent and adds to it
    let myTrades = [];
    source.addEventListener('state', event => {
      const state = JSON.parse(event.data);
      const me = state.me;
      if (me && Array.isArray(me.trades)) {
        myTrades = me.tradesFrom ? myTrades.concat(me.trades) : me.trades;
        me.trades = myTrades;
      }
      lastRender = () => render(state);
      render(state);
      const market = state.market;
      clearInterval(countdownTimer);
      if (market.msLeftInDay != null) {
        const end = Date.now() + market.msLeftInDay;
        countdownTimer = setInterval(() => countdown(market, end), 250);
      }
    });
    source.addEventListener('refused', event => say(JSON.parse(event.data).message, false));
    return source;
  }

  function countdown(market, end) {
    const el = document.getElementById('countdown');
    if (!el) return;
    if (market.status !== 'running' || market.daysToDeadline == null) {
      el.textContent = '–';
      return;
    }
    if (market.daysToDeadline < 0) {
      el.textContent = t('passed');
      return;
    }
    let text = market.daysToDeadline + ' ' + t('days');
    if (end != null) text += ' + ' + Math.max(0, Math.ceil((end - Date.now()) / 1000)) + ' s';
    el.textContent = text;
  }

  function header(market) {
    const status = market.paused ? 'paused' : market.status;
    document.getElementById('status').textContent = t(status);
    document.getElementById('day').textContent = market.day == null
      ? '–' : (market.year + ' · ' + (market.day + 1) + ' / ' + market.tradingDays);
    countdown(market, null);
    if (market.failure) say(market.failure, false);
  }

  function table(el, headKeys, rows) {
    el.replaceChildren();
    const head = el.insertRow();
    for (const key of headKeys) {
      const th = document.createElement('th');
      th.textContent = t(key);
      head.appendChild(th);
    }
    for (const row of rows) {
      const tr = el.insertRow();
      for (const cell of row) {
        const td = tr.insertCell();
        if (cell instanceof Node) td.appendChild(cell); else td.textContent = cell == null ? 'n/a' : cell;
      }
    }
  }

  function ladder(el, market) {
    el.replaceChildren();
    const tableEl = document.createElement('table');
    tableEl.className = 'ladder';
    const head = tableEl.insertRow();
    for (const key of ['bids', 'price', 'asks']) {
      const th = document.createElement('th');
      th.textContent = t(key);
      head.appendChild(th);
    }
    const asks = market.asks.slice().reverse();
    for (const [price, tonnes] of asks) {
      const tr = tableEl.insertRow();
      tr.className = 'ask';
      tr.insertCell().textContent = '';
      tr.insertCell().textContent = price;
      tr.insertCell().textContent = tonnes;
    }
    for (const [price, tonnes] of market.bids) {
      const tr = tableEl.insertRow();
      tr.className = 'bid';
      tr.insertCell().textContent = tonnes;
      tr.insertCell().textContent = price;
      tr.insertCell().textContent = '';
    }
    el.appendChild(tableEl);
  }

  const SVG = 'http://www.w3.org/2000/svg';
  function svg(tag, attrs, text) {
    const el = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    if (text != null) el.textContent = text;
    return el;
  }

  /** A line chart of closes over bars of volume: x the day of the run, y left CNY/t, y right tonnes. */
  function priceChart(el, bars) {
    const W = 560, H = 220, L = 50, R = 50, T = 20, B = 30;
    const root = svg('svg', {viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img'});
    root.appendChild(svg('title', {}, t('priceVolume')));
    const closes = bars.map(b => Number(b.close));
    const volumes = bars.map(b => b.volume);
    const maxP = Math.max(1, ...closes) * 1.1, minP = Math.min(maxP, ...closes) * 0.9;
    const maxV = Math.max(1, ...volumes);
    const n = Math.max(bars.length, 2);
    const x = i => L + (W - L - R) * i / (n - 1);
    const yp = p => T + (H - T - B) * (1 - (p - minP) / Math.max(1e-9, maxP - minP));
    const yv = v => T + (H - T - B) * (1 - v / maxV);
    root.appendChild(svg('line', {x1: L, y1: H - B, x2: W - R, y2: H - B, class: 'axis'}));
    root.appendChild(svg('text', {x: 4, y: 14, class: 'label'}, t('close') + ' (CNY/t)'));
    root.appendChild(svg('text', {x: W - 4, y: 14, class: 'label', 'text-anchor': 'end'}, t('volume')));
    root.appendChild(svg('text', {x: W / 2, y: H - 6, class: 'label', 'text-anchor': 'middle'}, t('day')));
    bars.forEach((b, i) => {
      const w = Math.max(1, (W - L - R) / n * 0.6);
      root.appendChild(svg('rect', {x: x(i) - w / 2, y: yv(b.volume), width: w, height: H - B - yv(b.volume), class: 'volume'}));
    });
    if (bars.length) {
      const points = closes.map((p, i) => x(i) + ',' + yp(p)).join(' ');
      root.appendChild(svg('polyline', {points, class: 'price'}));
      root.appendChild(svg('text', {x: L - 4, y: yp(maxP / 1.1), class: 'tick', 'text-anchor': 'end'}, (maxP / 1.1).toFixed(2)));
      root.appendChild(svg('text', {x: L - 4, y: yp(minP / 0.9), class: 'tick', 'text-anchor': 'end'}, (minP / 0.9).toFixed(2)));
      root.appendChild(svg('text', {x: W - R + 4, y: yv(maxV), class: 'tick'}, String(maxV)));
    }
    el.replaceChildren(root);
  }

  /** The MAC curve (share of business-as-usual emissions, CNY/t) with the current abatement marked. */
  function macChart(el, points, share) {
    const W = 360, H = 200, L = 50, R = 10, T = 20, B = 30;
    const root = svg('svg', {viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img'});
    root.appendChild(svg('title', {}, t('mac')));
    const maxS = Math.max(0.01, ...points.map(p => p[0]));
    const maxC = Math.max(1, ...points.map(p => Number(p[1])));
    const x = s => L + (W - L - R) * s / maxS;
    const y = c => T + (H - T - B) * (1 - c / maxC);
    root.appendChild(svg('line', {x1: L, y1: H - B, x2: W - R, y2: H - B, class: 'axis'}));
    root.appendChild(svg('line', {x1: L, y1: T, x2: L, y2: H - B, class: 'axis'}));
    root.appendChild(svg('text', {x: 4, y: 14, class: 'label'}, 'CNY/t'));
    root.appendChild(svg('text', {x: W / 2, y: H - 6, class: 'label', 'text-anchor': 'middle'}, t('share') + ' (%)'));
    root.appendChild(svg('text', {x: L - 4, y: y(maxC) + 4, class: 'tick', 'text-anchor': 'end'}, maxC.toFixed(0)));
    root.appendChild(svg('text', {x: x(maxS), y: H - B + 12, class: 'tick', 'text-anchor': 'end'}, (100 * maxS).toFixed(0)));
    root.appendChild(svg('polyline', {points: points.map(p => x(p[0]) + ',' + y(Number(p[1]))).join(' '), class: 'price'}));
    if (share != null) {
      root.appendChild(svg('line', {x1: x(share), y1: T, x2: x(share), y2: H - B, class: 'marker', id: 'mac-marker'}));
      const right = share > maxS / 2;
      root.appendChild(svg('text', {x: x(share) + (right ? -4 : 4), y: T + 10, class: 'tick',
        'text-anchor': right ? 'end' : 'start'}, (100 * share).toFixed(1) + '%'));
    }
    el.replaceChildren(root);
  }

  function button(label, onClick) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = label;
    b.addEventListener('click', onClick);
    return b;
  }

  document.addEventListener('DOMContentLoaded', () => {
    const toggle = document.getElementById('lang-toggle');
    if (toggle) toggle.addEventListener('click', () => { lang = lang === 'zh' ? 'en' : 'zh'; applyLabels(); });
    applyLabels();
  });

  return {t, post, say, connect, header, table, ladder, priceChart, macChart, button, lang: () => lang};
})();
