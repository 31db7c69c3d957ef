import { readSettings } from './readSettings';

describe('readSettings', () => {
  it('reads the settings and trims the service URL', () => {
    expect(
      readSettings({
        service_url: 'https://verify.example.com/ ',
        default_link_id: 'lnk_abc123',
        solve_gate_tag: 'MFA_reset',
        gate_max_age_minutes: '60',
      }),
    ).toEqual({
      ok: true,
      settings: {
        serviceUrl: 'https://verify.example.com',
        defaultLinkId: 'lnk_abc123',
        solveGateTag: 'mfa_reset',
        gateMaxAgeMinutes: 60,
      },
    });
    expect(readSettings({ service_url: 'http://127.0.0.1:3000' })).toEqual({
      ok: true,
      settings: {
        serviceUrl: 'http://127.0.0.1:3000',
        defaultLinkId: null,
        solveGateTag: null,
        gateMaxAgeMinutes: null,
      },
    });
  });

  it('names every problem', () => {
    const result = readSettings({
      service_url: 'verify.example.com',
      default_link_id: 'abc',
      solve_gate_tag: 'a b',
      gate_max_age_minutes: '1.5',
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.stringContaining('not an http(s) URL'),
        expect.stringContaining('not a Link id'),
        expect.stringContaining('single tag'),
        expect.stringContaining('whole minutes'),
      ],
    });
    expect(readSettings({})).toEqual({ ok: false, problems: ['The Service URL setting is empty.'] });
  });
});
