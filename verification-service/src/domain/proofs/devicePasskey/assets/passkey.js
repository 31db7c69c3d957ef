// The device_passkey step of the employee page (no inline script: the page CSP is script-src 'self').
// Asks the service for WebAuthn options (the `data` of the options action's answer), runs the ceremony
// with @simplewebauthn/browser, posts the result, then reloads the session page, which shows the outcome.
(function () {
  'use strict';
  var button = document.getElementById('passkey-button');
  var statusLine = document.getElementById('passkey-status');
  if (!button || !window.SimpleWebAuthnBrowser) return;
  var lib = window.SimpleWebAuthnBrowser;
  var base = button.getAttribute('data-action-base');
  var csrf = button.getAttribute('data-csrf');

  function say(text) {
    statusLine.textContent = text;
    statusLine.hidden = false;
  }

  function call(method, url, body) {
    var init = {
      method: method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', 'X-CSRF-Token': csrf },
    };
    if (body !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(url, init).then(function (response) {
      return response.json().then(function (json) {
        if (!response.ok) throw new Error(json.detail || json.title || 'The request failed');
        return json;
      });
    });
  }

  if (!lib.browserSupportsWebAuthn()) {
    say('This browser cannot use passkeys. Open the link in an up-to-date browser on your own device.');
    button.disabled = true;
    return;
  }

  button.addEventListener('click', function () {
    button.disabled = true;
    say('Follow the prompt of your device…');
    call('POST', base + '/options', {})
      .then(function (answer) {
        if (answer.status !== 'pending' || !answer.data) {
          // The step settled (or was refused) instead of opening a ceremony: the page says why.
          window.location.assign('/session');
          return new Promise(function () {});
        }
        var ceremony = answer.data.ceremony === 'registration' ? lib.startRegistration : lib.startAuthentication;
        return ceremony({ optionsJSON: answer.data.options });
      })
      .then(function (response) {
        return call('POST', base + '/verify', { response: response });
      })
      .then(function (result) {
        if (result.status === 'pending') {
          say(result.notice || 'The passkey was not accepted. Try again.');
          button.disabled = false;
          return;
        }
        window.location.assign('/session');
      })
      .catch(function (error) {
        say((error && error.message) || 'The passkey step did not complete.');
        button.disabled = false;
      });
  });
})();
