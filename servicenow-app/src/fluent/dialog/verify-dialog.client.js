/* Verify identity dialog: fills in the caller from the task, then starts the verification through
   the app's authenticated REST routes (the API key never reaches the browser). */
var HDV_API = '/api/x_hdv_verify/helpdesk_verify';

function hdvCall(method, path, body) {
  var init = { method: method, headers: { Accept: 'application/json', 'X-UserToken': window.g_ck } };
  if (body) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  return fetch(HDV_API + path, init).then(function (response) {
    return response.json().then(
      function (json) {
        return { status: response.status, result: (json && json.result) || {} };
      },
      function () {
        return { status: response.status, result: { message: 'The instance answered ' + response.status + '.' } };
      }
    );
  });
}

function hdvShow(text, kind) {
  var box = gel('hdv_message');
  box.className = kind === 'error' ? 'alert alert-danger' : 'alert alert-info';
  box.textContent = text;
}

function hdvClose() {
  GlideModal.get().destroy();
}

function hdvSend() {
  var channels = [];
  if (gel('hdv_channel_email').checked) channels.push('email');
  if (gel('hdv_channel_sms').checked) channels.push('sms');
  if (channels.length === 0) return hdvShow('Choose email, SMS or both.', 'error');
  gel('hdv_send').disabled = true;
  hdvShow('Sending...', 'info');
  hdvCall('POST', '/verify', {
    table: gel('hdv_table').value,
    sys_id: gel('hdv_sys_id').value,
    link_id: gel('hdv_link_id').value,
    channels: channels,
    reason: gel('hdv_reason').value,
    idempotency_key: gel('hdv_idempotency_key').value
  }).then(function (answer) {
    if (answer.status === 201) {
      hdvShow(answer.result.message, 'info');
      setTimeout(function () {
        hdvClose();
        location.reload();
      }, 1500);
    } else {
      gel('hdv_send').disabled = false;
      hdvShow(answer.result.message || 'The verification could not be started.', 'error');
    }
  });
}

addLoadEvent(function () {
  var query =
    '?table=' + encodeURIComponent(gel('hdv_table').value) + '&sys_id=' + encodeURIComponent(gel('hdv_sys_id').value);
  hdvCall('GET', '/prefill' + query, null).then(function (answer) {
    if (answer.status !== 200) return hdvShow(answer.result.message || 'The task could not be read.', 'error');
    var caller = answer.result.caller;
    gel('hdv_caller').textContent =
      'Caller: ' + (caller.name || 'unknown') + ' (' + [caller.email, caller.phone].filter(Boolean).join(', ') + ')';
    gel('hdv_link_id').value = answer.result.link_id || '';
    gel('hdv_idempotency_key').value = answer.result.idempotency_key;
    gel('hdv_channel_email').checked = answer.result.channels.indexOf('email') >= 0;
    gel('hdv_channel_email').disabled = !caller.email;
    gel('hdv_channel_sms').disabled = !caller.phone;
    gel('hdv_send').disabled = false;
  });
});
