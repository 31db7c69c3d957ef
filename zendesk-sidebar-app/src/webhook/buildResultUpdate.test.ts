import { sampleTrustCheckEvent } from '@helpdesk-verify/testkit/webhooks/sampleTrustCheckEvent';
import { ALERT_TAG, buildResultUpdate, FAILED_TAG, VERIFIED_TAG } from './buildResultUpdate';

describe('buildResultUpdate tags', () => {
  it('tags a pass verified and a failure or expiry failed, each removing the other', () => {
    expect(buildResultUpdate(sampleTrustCheckEvent('trust_check.completed'), {}).tags).toEqual({
      add: [VERIFIED_TAG],
      remove: [FAILED_TAG],
    });
    expect(buildResultUpdate(sampleTrustCheckEvent('trust_check.failed'), {}).tags).toEqual({
      add: [FAILED_TAG],
      remove: [VERIFIED_TAG],
    });
    expect(buildResultUpdate(sampleTrustCheckEvent('trust_check.expired'), {}).tags).toEqual({
      add: [FAILED_TAG],
      remove: [VERIFIED_TAG],
    });
    expect(buildResultUpdate(sampleTrustCheckEvent('trust_check.alert'), {}).tags).toEqual({
      add: [FAILED_TAG, ALERT_TAG],
      remove: [VERIFIED_TAG],
    });
  });

  it('lets a cancellation clear a pass without calling it a failure, and writes its note', () => {
    const update = buildResultUpdate(sampleTrustCheckEvent('trust_check.cancelled'), { statusFieldId: 7 });
    expect(update.tags).toEqual({ add: [], remove: [VERIFIED_TAG] });
    expect(update.ticket.comment?.html_body).toContain('[CANCELLED]');
    expect(update.ticket.custom_fields).toEqual([{ id: 7, value: 'cancelled' }]);
  });
});
