// The fake Zendesk agent page: it frames the app (another origin) and answers the ZAF v2 SDK's
// postMessage protocol as Zendesk does: handshake -> zaf.app.registered (context + metadata without
// secure settings), get/invoke requests by id, request:N through a server-side proxy answered as
// zaf.request:N.done / .fail, iframe.on:* subscriptions, and the ticket.save hook (needsReply).
(function () {
  var cfg = JSON.parse(document.getElementById('zaf-config').textContent);
  var iframe = document.createElement('iframe');
  iframe.title = 'Helpdesk Verify app';
  iframe.style.width = '320px';
  iframe.style.height = '80px';
  iframe.style.border = '1px solid #ccc';
  iframe.src =
    cfg.appUrl + '?origin=' + encodeURIComponent(location.origin) + '&app_guid=' + encodeURIComponent(cfg.appGuid);
  document.getElementById('sidebar').appendChild(iframe);

  var host = { received: [], sent: [], resizes: [], subscriptions: {}, proxied: 0, pendingSave: null };
  window.zafHost = host;

  function post(message) {
    var text = JSON.stringify(message);
    host.sent.push(text);
    iframe.contentWindow.postMessage(text, cfg.appOrigin);
  }

  function answerGet(data) {
    var result = { errors: {} };
    data.params.forEach(function (path) {
      if (Object.prototype.hasOwnProperty.call(cfg.data, path)) result[path] = cfg.data[path];
      else result.errors[path] = { name: 'InvalidPathError', message: 'Could not find "' + path + '"', path: path };
    });
    post({ id: data.id, result: result });
  }

  function answerInvoke(data) {
    var result = { errors: {} };
    Object.keys(data.params).forEach(function (name) {
      var args = data.params[name];
      if (name === 'resize') {
        host.resizes.push(args[0]);
        iframe.style.height = args[0].height;
        result[name] = null;
      } else {
        result.errors[name] = { name: 'InvalidActionError', message: 'Unknown action "' + name + '"', path: name };
      }
    });
    post({ id: data.id, result: result });
  }

  function proxy(key, options) {
    host.proxied += 1;
    fetch('/proxy', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(options) })
      .then(function (r) {
        return r.json();
      })
      .then(function (answer) {
        var ok = answer.status >= 200 && answer.status < 300;
        var response = {
          status: answer.status,
          statusText: answer.statusText,
          responseText: answer.responseText,
          headers: answer.headers,
        };
        post({ key: 'zaf.' + key + (ok ? '.done' : '.fail'), message: { responseArgs: [response] } });
      });
  }

  window.addEventListener('message', function (event) {
    if (event.source !== iframe.contentWindow || event.origin !== cfg.appOrigin) return;
    var data = typeof event.data === 'string' ? JSON.parse(event.data) : event.data;
    host.received.push(typeof event.data === 'string' ? event.data : JSON.stringify(event.data));
    if (data.appGuid !== cfg.appGuid) return;
    if (data.key === 'iframe.handshake') {
      post({ key: 'zaf.app.registered', message: { context: cfg.context, metadata: cfg.metadata } });
    } else if (data.request === 'get') {
      answerGet(data);
    } else if (data.request === 'invoke') {
      answerInvoke(data);
    } else if (typeof data.key === 'string' && data.key.indexOf('iframe.on:') === 0) {
      host.subscriptions[data.key.slice('iframe.on:'.length)] = data.message.subscriberCount;
    } else if (typeof data.key === 'string' && /^request:\d+$/.test(data.key)) {
      proxy(data.key, data.message);
    } else if (data.key === 'iframe.reply:ticket.save' && host.pendingSave) {
      var resolve = host.pendingSave;
      host.pendingSave = null;
      resolve(data.error ? { saved: false, message: data.error.msg } : { saved: true });
    }
  });

  /** What Zendesk does when the agent submits the ticket: run the app's save hooks, wait for the reply. */
  host.fireSave = function () {
    if (!host.subscriptions['ticket.save']) return Promise.resolve({ saved: true, hooked: false });
    return new Promise(function (resolve) {
      host.pendingSave = resolve;
      post({ key: 'zaf.ticket.save', needsReply: true });
    });
  };
})();
