import { isClosingUpdate } from './isClosingUpdate';

describe('isClosingUpdate', () => {
  it('sees an incident entering Resolved, Closed or Canceled, and any task turning inactive', () => {
    expect(
      isClosingUpdate({
        table: 'incident',
        previous: { active: '1', state: '2' },
        current: { active: '1', state: '6' },
      }),
    ).toBe(true);
    expect(
      isClosingUpdate({
        table: 'incident',
        previous: { active: '1', state: '6' },
        current: { active: '1', state: '7' },
      }),
    ).toBe(false);
    expect(
      isClosingUpdate({
        table: 'sc_req_item',
        previous: { active: '1', state: '1' },
        current: { active: '0', state: '3' },
      }),
    ).toBe(true);
    expect(
      isClosingUpdate({
        table: 'sc_req_item',
        previous: { active: '1', state: '1' },
        current: { active: '1', state: '2' },
      }),
    ).toBe(false);
  });
});
