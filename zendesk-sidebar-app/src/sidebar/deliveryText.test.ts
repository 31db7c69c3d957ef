import { deliveryText } from './deliveryText';

const base = {
  channel: 'email' as const,
  contact: 'work' as const,
  destination: 'd•••@acme.example',
  sent_at: '2026-11-24T10:00:01.000Z',
};

describe('deliveryText', () => {
  it('says a queued message is waiting for a retry, with the last error and the next try, not that it failed', () => {
    const text = deliveryText({
      ...base,
      status: 'queued',
      error: '451 try later',
      next_attempt_at: '2026-11-24T10:00:06.000Z',
    });
    expect(text).toMatch(/^queued \(last try: 451 try later\), next try \d/);
    expect(text).not.toContain('failed');
    expect(deliveryText({ ...base, status: 'queued', error: null })).toBe('queued');
  });

  it('says sent with the time, and failed with the reason', () => {
    expect(deliveryText({ ...base, status: 'sent', error: null })).toMatch(/^sent \d/);
    expect(deliveryText({ ...base, status: 'failed', error: '550 no such user' })).toBe('failed: 550 no such user');
  });
});
