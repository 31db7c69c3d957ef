import { missingSettings, readSettings } from './readSettings';

describe('readSettings', () => {
  it('reads lists and defaults', () => {
    const values: Record<string, string> = {
      'x_hdv_verify.service_url': ' https://verify.example.com ',
      'x_hdv_verify.webhook_secret': 'whsec_new, whsec_old',
      'x_hdv_verify.gate_enabled': 'true',
      'x_hdv_verify.gate_categories': 'Password_Reset, mfa_reset',
    };
    const settings = readSettings((name) => values[name]);
    expect(settings).toMatchObject({
      serviceUrl: 'https://verify.example.com',
      webhookSecrets: ['whsec_new', 'whsec_old'],
      taskTables: ['incident', 'sc_req_item', 'sc_task', 'sn_hr_core_case'],
      gate: {
        enabled: true,
        condition: { kind: 'category', categories: ['password_reset', 'mfa_reset'] },
        maxAgeMinutes: 60,
      },
      timeoutMs: 15_000,
    });
    expect(missingSettings(settings)).toEqual(['x_hdv_verify.api_key']);
  });

  it('reads the gate condition type and the freshness window (0 = none)', () => {
    const values: Record<string, string> = {
      'x_hdv_verify.gate_condition_type': 'encoded_query',
      'x_hdv_verify.gate_encoded_query': 'cat_item=abc',
      'x_hdv_verify.gate_max_age_minutes': '0',
    };
    expect(readSettings((name) => values[name]).gate).toEqual({
      enabled: false,
      condition: { kind: 'encoded_query', query: 'cat_item=abc' },
      maxAgeMinutes: null,
    });
    expect(
      readSettings((name) => ({ ...values, 'x_hdv_verify.gate_max_age_minutes': '240' })[name]).gate.maxAgeMinutes,
    ).toBe(240);
    expect(
      readSettings((name) => ({ ...values, 'x_hdv_verify.gate_max_age_minutes': 'soon' })[name]).gate.maxAgeMinutes,
    ).toBe(60);
  });
});
