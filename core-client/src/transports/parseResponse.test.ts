import { endpoints } from '../api/endpoints';
import { ApiError } from '../errors/ApiError';
import { InvalidResponseError } from '../errors/InvalidResponseError';
import { problemType } from '../schemas/problem';
import { parseResponse } from './parseResponse';

const organization = {
  id: 'org_0123456789',
  name: 'Example',
  settings: { face_image_retention_days: 0, verification_retention_days: null },
  created_at: '2026-11-24T10:00:00.000Z',
};

describe('parseResponse', () => {
  it('returns the parsed data of a 2xx response', () => {
    const data = parseResponse(endpoints.getOrganization, {
      status: 200,
      headers: {},
      body: JSON.stringify({ ...organization, extra: 1 }),
    });
    expect(data).toEqual(organization);
    const name: string = data.name;
    expect(name).toBe('Example');
  });

  it('throws ApiError with the problem for a non-2xx response', () => {
    const problem = { type: problemType('not_found'), title: 'Not found', status: 404, detail: 'No such verification' };
    const parse = () =>
      parseResponse(endpoints.getVerification, { status: 404, headers: {}, body: JSON.stringify(problem) });
    expect(parse).toThrow(ApiError);
    expect(parse).toThrow('404 Not found: No such verification');
  });

  it('throws ApiError for a redirect', () => {
    expect(() => parseResponse(endpoints.getOrganization, { status: 302, headers: {}, body: '' })).toThrow(ApiError);
  });

  it('throws InvalidResponseError for a body that is not JSON', () => {
    const parse = () => parseResponse(endpoints.getOrganization, { status: 200, headers: {}, body: '<html>' });
    expect(parse).toThrow(InvalidResponseError);
    expect(parse).toThrow('GET /v1/organization answered 200 with a body that is not JSON: "<html>"');
  });

  it('throws InvalidResponseError with the zod issues for a body off the schema', () => {
    try {
      parseResponse(endpoints.getOrganization, {
        status: 200,
        headers: {},
        body: JSON.stringify({ ...organization, id: 42 }),
      });
      throw new Error('expected a throw');
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as InvalidResponseError).issues[0]?.path).toEqual(['id']);
      expect((error as InvalidResponseError).status).toBe(200);
    }
  });
});
