import '@servicenow/sdk/global';
import { Test } from '@servicenow/sdk/core';

/** Run on a real instance (Automated Test Framework): the platform HMAC matches the shared test vector. */
Test(
  {
    $id: Now.ID['atf-platform-hmac'],
    name: 'Helpdesk Verify: platform HMAC matches the webhook test vector',
    description:
      'CertificateEncryption.generateMac reproduces the Standard Webhooks signature of core-client/test/webhook-vectors.json.',
    active: true,
    failOnServerError: true,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf-platform-hmac-step'],
      script: Now.include('./atf/platform-hmac.server.js'),
    });
  },
);

/** Run on a real instance: the policy gate refuses to resolve a gated incident without a passed verification. */
Test(
  {
    $id: Now.ID['atf-policy-gate'],
    name: 'Helpdesk Verify: policy gate refuses to resolve without a passed verification',
    description:
      'Turns the gate on for password_reset, creates an incident and tries to resolve it (ATF rolls the data back).',
    active: true,
    failOnServerError: false,
  },
  (atf) => {
    atf.server.runServerSideScript({
      $id: Now.ID['atf-policy-gate-step'],
      script: Now.include('./atf/policy-gate.server.js'),
    });
  },
);
