(function (outputs, steps, params, stepResult, assertEqual) {
  // The first vector of core-client/test/webhook-vectors.json: the platform HMAC the webhook route uses
  // must reproduce the signature the service (and the standardwebhooks package) computes.
  var key = 'sJGuXpAx2eN1eShoGqMPL8beM25Ls8JQ';
  var signed =
    'msg_7e454d5b48a56204b5572fd5.1764000000.{"event_type":"trust_check.completed","session_id":"ver_0123456789"}';
  var mac = new CertificateEncryption().generateMac(key, 'HmacSHA256', signed);
  assertEqual({
    name: 'HMAC-SHA256 of the test vector',
    shouldbe: 'IUch2MXyN38Qs0H7duuPG2hgy8myet48l5hh3TyJbjE=',
    value: String(mac)
  });
  stepResult.setOutputMessage('CertificateEncryption.generateMac matches the Standard Webhooks test vector');
  return true;
})(outputs, steps, params, stepResult, assertEqual);
