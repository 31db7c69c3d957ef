import { request as httpRequest, type Agent, type IncomingHttpHeaders } from 'node:http';

/** A request whose body is only partly sent: the server has it in flight until `finish` sends the rest. */
export interface SlowRequest {
  /** Sends the rest of the body and resolves with the answer. */
  finish(): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>;
}

/**
 * Starts `POST url` with `body` and sends its first `sentBytes` bytes only (the whole head goes out
 * at once), so a test can act while the server waits for the rest.
 */
export function startSlowRequest(options: {
  url: string;
  headers: Record<string, string>;
  body: string;
  agent: Agent;
  sentBytes?: number;
}): SlowRequest {
  const body = Buffer.from(options.body);
  const sent = options.sentBytes ?? 1;
  const req = httpRequest(options.url, {
    method: 'POST',
    agent: options.agent,
    headers: { ...options.headers, 'content-length': String(body.length) },
  });
  const answered = new Promise<{ status: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }),
      );
    });
  });
  answered.catch(() => undefined); // reported by finish()
  req.write(body.subarray(0, sent));
  return {
    finish() {
      req.end(body.subarray(sent));
      return answered;
    },
  };
}
