/* Verify identity in Service Operations Workspace (a declarative form action implemented as a
   client script): asks the app's /prefill route for the caller and the defaults, shows the same
   fields as the classic dialog in a workspace modal (g_modal.showFields), then posts them to the
   same /verify route. The API key never reaches the browser. */
function onClick(g_form) {
  var api = '/api/x_hdv_verify/helpdesk_verify';
  var table = g_form.getTableName();
  var sysId = g_form.getUniqueValue();
  function call(method, path, body) {
    var init = { method: method, headers: { Accept: 'application/json', 'X-UserToken': window.g_ck } };
    if (body) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(api + path, init).then(function (response) {
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
  function valueOf(fields, name) {
    for (var i = 0; i < fields.length; i++) if (fields[i].name === name) return fields[i].value;
    return '';
  }
  call('GET', '/prefill?table=' + encodeURIComponent(table) + '&sys_id=' + encodeURIComponent(sysId), null).then(
    function (prefill) {
      if (prefill.status !== 200)
        return g_form.addErrorMessage(prefill.result.message || 'The task could not be read.');
      var caller = prefill.result.caller;
      var contacts = [caller.email, caller.phone].filter(Boolean).join(', ');
      return g_modal
        .showFields({
          title: 'Verify identity',
          instruction: 'Caller: ' + (caller.name || 'unknown') + (contacts ? ' (' + contacts + ')' : ''),
          confirmTitle: 'Send verification',
          cancelTitle: 'Cancel',
          size: 'md',
          fields: [
            {
              type: 'string',
              name: 'link_id',
              label: 'Link (verification policy)',
              value: prefill.result.link_id || '',
              mandatory: true
            },
            {
              type: 'boolean',
              name: 'email',
              label: 'Send the link by email',
              value: !!caller.email && prefill.result.channels.indexOf('email') >= 0,
              readonly: !caller.email
            },
            { type: 'boolean', name: 'sms', label: 'Send the link by SMS', value: false, readonly: !caller.phone },
            { type: 'string', name: 'reason', label: 'Reason shown to the employee', value: '' }
          ]
        })
        .then(function (answer) {
          var fields = answer.updatedFields;
          var channels = [];
          if (valueOf(fields, 'email') === true || valueOf(fields, 'email') === 'true') channels.push('email');
          if (valueOf(fields, 'sms') === true || valueOf(fields, 'sms') === 'true') channels.push('sms');
          if (channels.length === 0) return g_form.addErrorMessage('Choose email, SMS or both.');
          return call('POST', '/verify', {
            table: table,
            sys_id: sysId,
            link_id: valueOf(fields, 'link_id'),
            channels: channels,
            reason: valueOf(fields, 'reason'),
            idempotency_key: prefill.result.idempotency_key
          }).then(function (sent) {
            if (sent.status === 201) g_form.addInfoMessage(sent.result.message);
            else g_form.addErrorMessage(sent.result.message || 'The verification could not be started.');
          });
        });
    }
  );
}
