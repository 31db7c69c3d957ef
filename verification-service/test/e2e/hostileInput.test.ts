import { DATABASE_KINDS } from '@helpdesk-verify/testkit/databases';
import { useHostileInputService } from './hostileInputContext';
import { hostileInputAuthTests } from './hostileInputAuthTests';
import { hostileInputBodyTests } from './hostileInputBodyTests';
import { hostileInputIdempotencyTests } from './hostileInputIdempotencyTests';
import { hostileInputQueryTests } from './hostileInputQueryTests';
import { hostileInputTextTests } from './hostileInputTextTests';

/**
 * "Malformed and hostile input to every endpoint gets problem+json 4xx, never a 500, and never a
 * changed state": each topic iterates the endpoint table against the real service over HTTP. One
 * service per database serves them all (PGlite takes seconds to start); the topics that create rows
 * run last.
 */
describe.each(DATABASE_KINDS)('hostile input to every endpoint, on %s', (kind) => {
  const ctx = useHostileInputService(kind);
  describe('credentials and ids', () => hostileInputAuthTests(ctx));
  describe('query strings, path ids and raw HTTP', () => hostileInputQueryTests(ctx));
  describe('JSON bodies', () => hostileInputBodyTests(ctx));
  describe('Idempotency-Key', () => hostileInputIdempotencyTests(ctx));
  describe('text in bodies', () => hostileInputTextTests(ctx));
});
