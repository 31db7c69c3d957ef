// The location step of the employee page (no inline script: the page CSP is script-src 'self').
// Asks the browser for its position (the browser asks the employee), posts it once, then reloads the
// session page. Denied or unavailable: posts to the network-address step instead, as the form does.
(function () {
  'use strict';
  var button = document.getElementById('location-button');
  var statusLine = document.getElementById('location-status');
  if (!button) return;
  var base = button.getAttribute('data-action-base');
  var csrf = button.getAttribute('data-csrf');

  function say(text) {
    statusLine.textContent = text;
    statusLine.hidden = false;
  }

  function post(action, body) {
    return fetch(base + '/' + action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
      body: JSON.stringify(body),
    }).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) throw new Error(json.detail || json.title || 'The request failed');
        window.location.assign('/session');
      });
    });
  }

  function fail(error) {
    say((error && error.message) || 'The location step did not complete.');
    button.disabled = false;
  }

  if (!('geolocation' in navigator)) return;
  button.hidden = false;
  button.addEventListener('click', function () {
    button.disabled = true;
    say('Your browser asks whether to share your location…');
    var settled = false;
    function fallBack(reason) {
      if (settled) return;
      settled = true;
      say('Using your network location instead…');
      post('network', { reason: reason }).catch(fail);
    }
    // A prompt left unanswered: fall back after 30 s rather than wait for ever.
    var timer = setTimeout(function () {
      fallBack('unavailable');
    }, 30000);
    navigator.geolocation.getCurrentPosition(
      function (position) {
        clearTimeout(timer);
        if (settled) return;
        settled = true;
        post('browser', { latitude: position.coords.latitude, longitude: position.coords.longitude }).catch(fail);
      },
      function (error) {
        clearTimeout(timer);
        fallBack(error && error.code === 1 ? 'denied' : 'unavailable');
      },
      { enableHighAccuracy: false, timeout: 20000, maximumAge: 600000 },
    );
  });
})();
