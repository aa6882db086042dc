// The dashboards (issue 14): each chart draws the page's numbers (the API's JSON, in #dashboard-data); a click on a bar, slice or tile opens the worklist
// of the matters behind it, the same address as the table's link under the chart.
document.addEventListener('DOMContentLoaded', function () {
  var root = document.getElementById('dashboard');
  if (!root || typeof echarts === 'undefined') { return; }
  var t = root.dataset;
  var charts = [];
  var narrow = function () { return window.innerWidth < 576; };

  function chart(id, option) {
    var el = document.getElementById(id);
    if (!el) { return; }
    var c = echarts.init(el);
    c.setOption(option);
    c.on('click', function (p) {
      if (p.data && p.data.url) { window.location.href = p.data.url; }
    });
    el.dataset.rendered = 'true';
    charts.push(c);
  }

  function item(value, url, extra) {
    var o = extra || {};
    o.value = value;
    o.url = url;
    return o;
  }

  (function (d) {
      var grid = { left: 8, right: 12, top: 36, bottom: 8, containLabel: true };
      chart('chart-trend', {
        tooltip: { trigger: 'axis' },
        legend: { data: [t.thisPeriod, t.yearEarlier] },
        grid: grid,
        xAxis: { type: 'category', data: d.months.map(function (m) { return m.month; }) },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: t.thisPeriod, type: 'bar', itemStyle: { color: '#b71c1c' },
            data: d.months.map(function (m) { return item(m.items, m.worklist); }) },
          { name: t.yearEarlier, type: 'bar', itemStyle: { color: '#9e9e9e' },
            data: d.months.map(function (m) { return item(m.yearEarlier, m.yearEarlierWorklist); }) }
        ]
      });
      var channels = d.channels.filter(function (c) { return c.items > 0; });
      chart('chart-channels', {
        tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
        legend: { type: 'scroll', bottom: 0 },
        series: [{ type: 'pie', radius: narrow() ? ['30%', '60%'] : ['35%', '65%'], center: ['50%', '45%'],
          label: { formatter: '{b}\n{c}' },
          data: channels.map(function (c) { return item(c.items, c.worklist, { name: c.name }); }) }]
      });
      var categories = d.categories.slice().reverse();
      chart('chart-categories', {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { data: [t.thisPeriod, t.yearEarlier] },
        grid: grid,
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: categories.map(function (c) { return c.name; }) },
        series: [
          { name: t.thisPeriod, type: 'bar', itemStyle: { color: '#b71c1c' },
            data: categories.map(function (c) { return item(c.items, c.worklist); }) },
          { name: t.yearEarlier, type: 'bar', itemStyle: { color: '#9e9e9e' },
            data: categories.map(function (c) { return c.yearEarlier; }) }
        ]
      });
      var hot = d.hotSpots.slice().reverse();
      chart('chart-hot-spots', {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: hot.map(function (c) { return c.name; }) },
        series: [{ name: t.growth, type: 'bar', itemStyle: { color: '#ef6c00' }, label: { show: true, position: 'right' },
          data: hot.map(function (c) { return item(c.growth, c.worklist); }) }]
      });
      var areas = d.areas.slice().reverse();
      chart('chart-areas', {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: areas.map(function (a) { return a.name; }) },
        series: [{ name: t.items, type: 'bar', itemStyle: { color: '#1565c0' }, label: { show: true, position: 'right' },
          data: areas.map(function (a) { return item(a.items, a.worklist); }) }]
      });
      // the tile grid: one square per government, coloured by items per 10,000 population (by items without one)
      var perPopulation = d.areas.length > 0 && d.areas.every(function (a) { return a.per10k !== null; });
      var rows = Math.ceil(d.areas.length / Math.max(1, d.gridColumns));
      var colour = function (a) { return perPopulation ? a.per10k : a.items; };
      var top = d.areas.reduce(function (m, a) { return Math.max(m, colour(a)); }, 0);
      chart('chart-tiles', {
        tooltip: { formatter: function (p) { return p.data.name + ': ' + p.data.items + (p.data.per10k === null ? '' : ' · ' + p.data.per10k); } },
        grid: { left: 4, right: 4, top: 4, bottom: 50 },
        xAxis: { type: 'category', data: Array.from({ length: d.gridColumns }, function (_, i) { return i; }), show: false },
        // row 0 at the top: the first tiles in code order read first, as the caption says
        yAxis: { type: 'category', data: Array.from({ length: rows }, function (_, i) { return i; }), show: false,
          inverse: true },
        visualMap: { min: 0, max: top || 1, calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
          itemHeight: 80, text: [perPopulation ? t.per10k : t.items, ''], inRange: { color: ['#fff3e0', '#b71c1c'] } },
        series: [{ type: 'heatmap', label: { show: true, fontSize: narrow() ? 10 : 12,
            formatter: function (p) { return p.data.name + '\n' + (perPopulation ? p.data.per10k : p.data.items); } },
          itemStyle: { borderColor: '#fff', borderWidth: 2 },
          data: d.areas.map(function (a) {
            return { value: [a.column, a.row, colour(a)], name: a.name, items: a.items, per10k: a.per10k,
              url: a.worklist };
          }) }]
      });
      var holders = d.overdue.slice().reverse();
      chart('chart-overdue', {
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { data: [t.acceptance, t.handling] },
        grid: grid,
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', data: holders.map(function (h) { return h.name; }) },
        series: [
          { name: t.acceptance, type: 'bar', stack: 'overdue', itemStyle: { color: '#ef6c00' },
            data: holders.map(function (h) { return item(h.acceptance, h.acceptanceWorklist); }) },
          { name: t.handling, type: 'bar', stack: 'overdue', itemStyle: { color: '#b71c1c' },
            data: holders.map(function (h) { return item(h.handling, h.handlingWorklist); }) }
        ]
      });
      root.dataset.rendered = 'true';
  })(JSON.parse(document.getElementById('dashboard-data').textContent));
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
});
