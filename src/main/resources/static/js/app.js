// htmx requests carry the CSRF token like forms do.
document.addEventListener('htmx:configRequest', function (e) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) { e.detail.headers[header.content] = token.content; }
});

// The registration form shows only the fields the chosen channel needs (a file, not inline: the site's CSP runs no inline script).
document.addEventListener('DOMContentLoaded', function () {
  var channels = document.querySelectorAll('input[name=channel]');
  function apply() {
    var c = document.querySelector('input[name=channel]:checked');
    ['VISIT', 'HIGHER_BODY'].forEach(function (k) {
      document.querySelectorAll('.channel-' + k).forEach(function (el) { el.hidden = !(c && c.value === k); });
    });
  }
  channels.forEach(function (r) { r.addEventListener('change', apply); });
  if (channels.length) { apply(); }
});

// The worklist's export runs as a job: the page shows how many rows are written, then fetches the file. Without
// script the button is a plain link to the file.
document.addEventListener('DOMContentLoaded', function () {
  var button = document.getElementById('export');
  var box = document.getElementById('export-progress');
  if (!button || !box || !window.fetch || !button.dataset.job) { return; }
  var bar = box.querySelector('.progress-bar');
  var text = box.querySelector('p');
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  function show(s) {
    box.hidden = false;
    var share = s.rows > 0 ? Math.round(100 * s.written / s.rows) : 100;
    bar.style.width = share + '%';
    bar.parentNode.setAttribute('aria-valuenow', share);
    text.textContent = s.message;
  }
  function poll(url) {
    fetch(url, {headers: {'Accept': 'application/json'}}).then(function (r) { return r.json(); }).then(function (s) {
      show(s);
      if (s.status === 'RUNNING') { setTimeout(function () { poll(url); }, 700); }
      else if (s.status === 'DONE') { window.location.href = s.file; button.classList.remove('disabled'); }
      else { button.classList.remove('disabled'); }
    });
  }
  button.addEventListener('click', function (e) {
    e.preventDefault();
    button.classList.add('disabled');
    var headers = {'Content-Type': 'application/x-www-form-urlencoded', 'Accept': 'application/json'};
    if (token && header) { headers[header.content] = token.content; }
    fetch(button.dataset.job, {method: 'POST', headers: headers, body: button.dataset.query || ''})
      .then(function (r) { return r.json(); })
      .then(function (s) { show(s); poll(button.dataset.job + '/' + s.id); });
  });
});

// The acceptance form shows only the fields of the outcome chosen (issue 11 B); the others are hidden and disabled, so
// they are not sent. Without script every field is shown and the server takes each outcome's own fields only.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('select[data-outcome-switch]').forEach(function (select) {
    var form = select.form;
    function apply() {
      form.querySelectorAll('.' + select.dataset.outcomeSwitch + '-fields').forEach(function (group) {
        var shown = group.dataset.outcomes.split(' ').indexOf(select.value) >= 0;
        group.hidden = !shown;
        group.querySelectorAll('input, select, textarea').forEach(function (el) { el.disabled = !shown; });
      });
    }
    select.addEventListener('change', apply);
    apply();
  });
});
