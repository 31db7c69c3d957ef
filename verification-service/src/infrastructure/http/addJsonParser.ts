import type { FastifyInstance } from 'fastify';
import { ProblemError } from '../../kernel/ProblemError';

/** No request of ours nests deeper than a few levels; a deeper body is refused before it is parsed. */
export const MAX_JSON_DEPTH = 32;

/** Whether JSON text opens more than `max` arrays or objects at once (brackets inside strings do not count). */
function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * Parses bodies of `contentType` (`application/json`, SCIM's `application/scim+json`) in `app` and the
 * scopes below it: Fastify's own JSON parser (which refuses __proto__ and constructor keys), after a
 * linear depth check, since 10 MB of nested brackets would otherwise cost seconds of parsing and deep
 * recursion later. A deeper body fails with a `validation_error` problem.
 */
export function addJsonParser(app: FastifyInstance, contentType: string): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  if (app.hasContentTypeParser(contentType)) app.removeContentTypeParser(contentType);
  app.addContentTypeParser(contentType, { parseAs: 'string' }, (request, body, done) => {
    if (nestsDeeperThan(body as string, MAX_JSON_DEPTH)) {
      done(
        new ProblemError('validation_error', `The JSON body nests deeper than ${MAX_JSON_DEPTH} levels`, {
          errors: [{ path: [], message: 'nested too deep' }],
        }),
        undefined,
      );
      return;
    }
    parseJson(request, body as string, done);
  });
}
