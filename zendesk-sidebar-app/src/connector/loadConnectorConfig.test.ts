import { loadConnectorConfig } from './loadConnectorConfig';

const base = { HV_WEBHOOK_SECRET: 'whsec_c2VjcmV0', ZENDESK_SUBDOMAIN: 'acme', ZENDESK_OAUTH_TOKEN: 'tok' };

describe('loadConnectorConfig', () => {
  it('leaves the solve guard off without a Zendesk signing secret', () => {
    expect(loadConnectorConfig(base)).toMatchObject({ zendeskBaseUrl: 'https://acme.zendesk.com', guard: null });
  });

  it('turns the guard on with the signing secret, and then needs the service, a key and the gate tag', () => {
    expect(() => loadConnectorConfig({ ...base, ZENDESK_WEBHOOK_SIGNING_SECRET: 's1' })).toThrow(
      /HV_SERVICE_URL.*HV_API_KEY.*HV_GATE_TAG/,
    );
    expect(() =>
      loadConnectorConfig({
        ...base,
        ZENDESK_WEBHOOK_SIGNING_SECRET: 's1',
        HV_SERVICE_URL: 'https://verify.acme.internal',
        HV_API_KEY: 'k',
        HV_GATE_TAG: 'mfa_reset',
        HV_GATE_MAX_AGE_MINUTES: '0',
      }),
    ).toThrow(/HV_GATE_MAX_AGE_MINUTES/);
    expect(
      loadConnectorConfig({
        ...base,
        ZENDESK_WEBHOOK_SIGNING_SECRET: 's1, s2',
        HV_SERVICE_URL: 'https://verify.acme.internal/',
        HV_API_KEY: 'k',
        HV_GATE_TAG: 'MFA_reset',
        HV_GATE_MAX_AGE_MINUTES: '60',
      }).guard,
    ).toEqual({
      path: '/zendesk/solve-guard',
      signingSecrets: ['s1', 's2'],
      serviceUrl: 'https://verify.acme.internal',
      apiKey: 'k',
      gateTag: 'mfa_reset',
      maxAgeMinutes: 60,
    });
  });
});
