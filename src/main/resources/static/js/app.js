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
