import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../../kernel/clock';
import { createLocalOutbox, type LocalOutbox } from '../../infrastructure/messaging/capture/createLocalOutbox';
import { outboxCommand } from './outboxCommand';

describe('outboxCommand', () => {
  let dir: string;
  let outbox: LocalOutbox;
  let clock: ReturnType<typeof manualClock>;
  let out: string[];
  const print = (line: string) => {
    out.push(line);
  };

  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'hv-outbox-cli-')), 'outbox');
    clock = manualClock(new Date('2026-01-15T09:00:00.000Z'));
    outbox = createLocalOutbox({ dir, clock });
    out = [];
  });
  afterEach(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  async function recordTwo() {
    const email = await outbox.record({
      channel: 'email',
      to: 'ann@example.com',
      subject: 'Acme help desk: confirm it is you',
      text: 'Match code K7Q-42\nOpen https://verify.example.com/v/tok1\n',
      html: '<p>x</p>',
    });
    clock.advance(30_000);
    const sms = await outbox.record({
      channel: 'sms',
      to: '+14155550100',
      text: 'Acme: your code is 482913. Do not share it.',
    });
    return { email, sms };
  }

  it('prints the latest messages oldest to newest with channel, recipient, subject, code and links', async () => {
    const { email, sms } = await recordTwo();
    expect(await outboxCommand({ dir, args: ['--once'], print })).toBe(0);
    expect(out).toEqual([
      [
        '2026-01-15 09:00:00 UTC  EMAIL  to ann@example.com',
        '  Subject: Acme help desk: confirm it is you',
        '  Link:    https://verify.example.com/v/tok1',
        `  Id:      ${email.id}`,
        '',
      ].join('\n'),
      [
        '2026-01-15 09:00:30 UTC  SMS  to +14155550100',
        '  Text:    Acme: your code is 482913. Do not share it.',
        '  Code:    482913',
        `  Id:      ${sms.id}`,
        '',
      ].join('\n'),
    ]);
  });

  it('honours --limit in both spellings', async () => {
    await recordTwo();
    await outboxCommand({ dir, args: ['--limit', '1'], print });
    await outboxCommand({ dir, args: ['--limit=1', '--once'], print });
    await outboxCommand({ dir, args: ['-n', '1'], print });
    expect(out).toHaveLength(3);
    for (const line of out) expect(line).toMatch(/^2026-01-15 09:00:30 UTC {2}SMS/);
  });

  it('says so when the outbox is empty or does not exist yet', async () => {
    expect(await outboxCommand({ dir, args: [], print })).toBe(0);
    expect(out).toEqual([`No messages in ${dir} yet.`]);
  });

  it('with --follow --once, prints once and exits', async () => {
    await recordTwo();
    expect(await outboxCommand({ dir, args: ['--follow', '--once'], print })).toBe(0);
    expect(out).toHaveLength(2);
  });

  it('with --follow, prints each new message once until stopped', async () => {
    await recordTwo();
    const stop = new AbortController();
    const running = outboxCommand({
      dir,
      args: ['--follow', '--limit', '1'],
      print,
      signal: stop.signal,
      pollIntervalMs: 20,
    });
    await waitFor(() => out.some((line) => line.startsWith('Watching')));
    clock.advance(1000);
    const third = await outbox.record({
      channel: 'sms',
      to: '+14155550199',
      text: 'Code 111222 https://verify.example.com/v/tok3',
    });
    await waitFor(() => out.some((line) => line.includes(third.id)));
    await new Promise((resolve) => setTimeout(resolve, 100)); // several more polls
    stop.abort();
    expect(await running).toBe(0);
    expect(out.filter((line) => line.includes(third.id))).toHaveLength(1);
    expect(out.at(-1)).toContain('Code:    111222');
    expect(out.at(-1)).toContain('Link:    https://verify.example.com/v/tok3');
    expect(out).toHaveLength(3); // the latest one, the "Watching" line, the new one
  });

  it('prints usage for --help, and usage with exit code 2 for a bad option', async () => {
    expect(await outboxCommand({ dir, args: ['--help'], print })).toBe(0);
    expect(out[0]).toMatch(/^Usage: helpdesk-verify outbox/);
    out = [];
    expect(await outboxCommand({ dir, args: ['--limit', 'ten'], print })).toBe(2);
    expect(out[0]).toMatch(/^--limit needs a whole number from 1 to 1000, got "ten"\nUsage:/);
    out = [];
    expect(await outboxCommand({ dir, args: ['--tail'], print })).toBe(2);
    expect(out[0]).toMatch(/^Unknown option "--tail"/);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
