import { failedEvent } from '../../test/fixtures';
import { parseTrustCheckEvent } from './parseTrustCheckEvent';

describe('parseTrustCheckEvent', () => {
  it('returns the validated event', () => {
    const result = parseTrustCheckEvent(JSON.parse(JSON.stringify(failedEvent)));
    expect(result).toEqual({ valid: true, event: failedEvent });
  });

  it('reports the issues of a payload that is not a trust check event', () => {
    const result = parseTrustCheckEvent({ ...failedEvent, event_type: 'user.created', risk: undefined });
    expect(result.valid).toBe(false);
    if (result.valid) return;
    expect(result.reason).toBe('invalid_event');
    expect(result.issues.map((issue) => issue.path[0])).toEqual(['event_type', 'risk']);
    expect(parseTrustCheckEvent('hello')).toMatchObject({ valid: false, reason: 'invalid_event' });
  });
});
