import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback for the message-delivery tests. */
export interface TestSmtpServer {
  port: number;
  /** Every message accepted, raw. */
  received: string[];
  /** How each RCPT TO is answered, by its index: an SMTP code (451 "try later", 550 "no"), or null to accept. Change it mid-test. */
  policy: { refuse: (index: number) => number | null };
  /**
   * While `hold` is set the server greets no new connection, so a sender's connection waits there
   * (after its transaction committed, before the message is sent) until it goes away; `connections`
   * counts connections.
   */
  state: { hold: boolean; connections: number };
  close(): Promise<void>;
}

/** Starts a {@link TestSmtpServer}; by default it accepts everything. */
export async function startTestSmtpServer(
  options: { refuse?: (index: number) => number | null } = {},
): Promise<TestSmtpServer> {
  const received: string[] = [];
  const held: Array<() => void> = [];
  const state = { hold: false, connections: 0 };
  const policy = { refuse: options.refuse ?? (() => null) };
  let rcpts = 0;
  const server = new SMTPServer({
    logger: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    onConnect(_session, callback) {
      state.connections++;
      if (state.hold) held.push(() => callback());
      else callback();
    },
    onRcptTo(_address, _session, callback) {
      const code = policy.refuse(rcpts++);
      if (code !== null)
        return callback(
          Object.assign(new Error(code < 500 ? 'Greylisted, try again later' : 'No such mailbox'), {
            responseCode: code,
          }),
        );
      return callback();
    },
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks).toString('utf8'));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    received,
    policy,
    state,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
