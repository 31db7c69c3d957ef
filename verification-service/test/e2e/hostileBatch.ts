import { Problem } from '@helpdesk-verify/core-client/schemas';

/** One hostile request and the problem it must earn. */
export interface HostileCase {
  /** Names the case in the failure list, e.g. `createLink: body is a JSON array`. */
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  /**
   * The HTTP status the problem must carry; `4xx` accepts any client error; `not 5xx` also accepts a
   * success (for input the contract allows), but an error must still be a problem.
   */
  status: number | '4xx' | 'not 5xx';
  /** Further checks on the problem: return what is wrong, or null. */
  check?: (problem: Problem) => string | null;
}

const PROBLEM_TYPE_PREFIX = 'urn:helpdesk-verify:problem:';

async function mismatchOf(baseUrl: string, c: HostileCase): Promise<string | null> {
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${c.path}`, {
      method: c.method,
      headers: c.headers ?? {},
      redirect: 'manual',
      ...(c.body !== undefined ? { body: c.body } : {}),
    });
  } catch (error) {
    return `request failed: ${error instanceof Error ? `${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error)}`;
  }
  const text = await response.text();
  const wrongStatus =
    c.status === '4xx'
      ? response.status < 400 || response.status > 499
      : c.status === 'not 5xx'
        ? response.status > 499
        : response.status !== c.status;
  if (wrongStatus) return `expected ${c.status}, got ${response.status}: ${text.slice(0, 300)}`;
  if (c.status === 'not 5xx' && response.status < 400) return null;
  const contentType = response.headers.get('content-type') ?? '';
  if (!contentType.startsWith('application/problem+json')) return `content-type is ${contentType}`;
  let parsed: Problem;
  try {
    parsed = Problem.parse(JSON.parse(text));
  } catch (error) {
    return `not a problem document (${error instanceof Error ? error.message.slice(0, 200) : String(error)}): ${text.slice(0, 200)}`;
  }
  if (!parsed.type.startsWith(PROBLEM_TYPE_PREFIX)) return `type ${parsed.type}`;
  if (parsed.status !== response.status) return `problem status ${parsed.status} but HTTP ${response.status}`;
  if (parsed.detail.trim() === '') return 'empty detail';
  return c.check?.(parsed) ?? null;
}

/**
 * Sends every case (a few at a time) and returns one line per case whose answer was not the expected
 * `application/problem+json` client error, so a test asserts `toEqual([])` and a failure lists them all.
 */
export async function runHostileBatch(
  baseUrl: string,
  cases: readonly HostileCase[],
  options: { concurrency?: number } = {},
): Promise<string[]> {
  const failures: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const c = cases[next++]!;
      const mismatch = await mismatchOf(baseUrl, c);
      if (mismatch) failures.push(`${c.label} [${c.method} ${c.path.slice(0, 120)}]: ${mismatch}`);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 16 }, worker));
  return failures.sort();
}
