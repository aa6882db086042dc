// The portal's few behaviours, kept out of the pages so the Content-Security-Policy can forbid inline script.
document.addEventListener('click', function (e) {
  if (e.target.closest('[data-print]')) { window.print(); }
});

// The monthly chart, from the numbers the page already shows in its table.
document.addEventListener('DOMContentLoaded', function () {
  var el = document.getElementById('monthly-chart');
  if (!el || typeof echarts === 'undefined') { return; }
  var nums = function (s) { return s ? s.split(',').map(Number) : []; };
  var chart = echarts.init(el);
  chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { data: [el.dataset.labelReceived, el.dataset.labelOnline] },
    grid: { left: 40, right: 10, bottom: 30, top: 40 },
    xAxis: { type: 'category', data: el.dataset.labels ? el.dataset.labels.split(',') : [] },
    yAxis: { type: 'value' },
    series: [
      { name: el.dataset.labelReceived, type: 'bar', data: nums(el.dataset.received), itemStyle: { color: '#b71c1c' } },
      { name: el.dataset.labelOnline, type: 'line', data: nums(el.dataset.online), itemStyle: { color: '#0d6efd' } }
    ]
  });
  el.dataset.rendered = 'true';
  window.addEventListener('resize', function () { chart.resize(); });
});

// Files too large or too many are caught before a long upload on a phone line; the server checks again.
document.addEventListener('change', function (e) {
  var input = e.target;
  if (!input.matches || !input.matches('input[type=file][data-max-bytes]')) { return; }
  var message = '';
  if (input.files.length > Number(input.dataset.maxFiles)) {
    message = input.dataset.tooMany;
  } else {
    for (var i = 0; i < input.files.length; i++) {
      if (input.files[i].size > Number(input.dataset.maxBytes)) {
        message = input.dataset.tooLarge.replace('{0}', input.files[i].name);
        break;
      }
    }
  }
  input.setCustomValidity(message);
  if (message) { input.reportValidity(); }
});
