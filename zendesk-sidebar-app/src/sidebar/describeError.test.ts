import { ApiError, NetworkError } from '@helpdesk-verify/core-client/client';
import { describeError } from './describeError';

describe('describeError', () => {
  it('says the service is down, or the key is wrong, in words an agent can act on', () => {
    expect(describeError(new NetworkError('fetch failed'), 'https://verify.example.com')).toEqual({
      title: 'Helpdesk Verify is not reachable',
      detail: expect.stringContaining('https://verify.example.com'),
    });
    expect(describeError({ status: 0, statusText: 'error' }, 'https://v.example').title).toBe(
      'Helpdesk Verify is not reachable',
    );
    const unauthorised = ApiError.fromResponse({
      status: 401,
      body: JSON.stringify({
        type: 'https://helpdesk-verify.dev/problems/unauthorized',
        title: 'Unauthorized',
        status: 401,
        detail: 'no',
      }),
    });
    expect(describeError(unauthorised, 'x').title).toBe('The API key was refused');
    expect(describeError({ status: 502, responseText: '<html>bad gateway</html>' }, 'x').title).toBe(
      'Helpdesk Verify is not reachable',
    );
    expect(describeError({ status: 500, responseText: '' }, 'x').title).toBe('Helpdesk Verify had a problem');
  });
});
