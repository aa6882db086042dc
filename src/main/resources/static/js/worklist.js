// The worklist's batch selection (issue 11, item 2): "select all on this page" ticks every row's box, and the batch
// bar says how many are ticked. Without script the boxes still post; only the count and the select-all need it.
// On a phone the bar's controls wait folded until a matter is ticked, so the first cards are on the first screen.
(function () {
  var all = document.getElementById('select-all');
  var count = document.getElementById('batch-count');
  var form = document.getElementById('batch');
  var picks = Array.prototype.slice.call(document.querySelectorAll('.batch-pick'));
  function update() {
    var n = picks.filter(function (p) { return p.checked; }).length;
    if (count) { count.textContent = count.getAttribute('data-template').replace("{0}", String(n)); }
    if (form) { form.classList.toggle('batch-idle', n === 0); }
    if (all) { all.checked = n > 0 && n === picks.length; all.indeterminate = n > 0 && n < picks.length; }
  }
  if (all) {
    all.addEventListener('change', function () {
      picks.forEach(function (p) { p.checked = all.checked; });
      update();
    });
  }
  picks.forEach(function (p) { p.addEventListener('change', update); });
  update();
})();
