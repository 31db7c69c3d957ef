import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { LookupAddress } from 'node:dns';
import { safeLookup } from './safeLookup';

const lookupAsync = (hostname: string, all: boolean) =>
  new Promise<{ error: NodeJS.ErrnoException | null; address: string | LookupAddress[]; family: number | undefined }>(
    (resolve) => {
      safeLookup(hostname, { all }, (error, address, family) => resolve({ error, address, family }));
    },
  );

describe('safeLookup', () => {
  it('refuses localhost in both callback forms', async () => {
    for (const all of [false, true]) {
      const { error } = await lookupAsync('localhost', all);
      expect(error).toMatchObject({ name: 'UnsafeWebhookTargetError', reason: 'non_public_address' });
    }
  });

  it('passes a public address through in both callback forms', async () => {
    expect(await lookupAsync('93.184.216.34', false)).toEqual({ error: null, address: '93.184.216.34', family: 4 });
    expect(await lookupAsync('93.184.216.34', true)).toEqual({
      error: null,
      address: [{ address: '93.184.216.34', family: 4 }],
      family: undefined,
    });
  });

  it('passes resolution errors on', async () => {
    const { error } = await lookupAsync('no-such-host.invalid', false);
    expect(error?.code).toMatch(/ENOTFOUND|EAI_AGAIN/);
  });

  describe('as the lookup of a real request', () => {
    let server: Server;
    let port: number;
    let hits = 0;
    beforeAll(async () => {
      server = createServer((_req, res) => {
        hits += 1;
        res.end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('stops the connection to a loopback receiver before it is made', async () => {
      const error = await new Promise<Error>((resolve, reject) => {
        const req = request({ host: 'localhost', port, path: '/', lookup: safeLookup }, () =>
          reject(new Error('connected')),
        );
        req.on('error', resolve);
        req.end();
      });
      expect(error.message).toMatch(/^localhost resolves to/);
      expect(hits).toBe(0);
    });
  });
});
