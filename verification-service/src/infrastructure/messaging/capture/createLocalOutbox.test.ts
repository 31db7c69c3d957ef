import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { manualClock } from '../../../kernel/clock';
import { createLocalOutbox } from './createLocalOutbox';

describe('createLocalOutbox', () => {
  let dir: string;
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), 'hv-outbox-')), 'outbox');
  });
  afterEach(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });

  it('records a message as one JSON file, owner-readable only, with its links and time', async () => {
    const clock = manualClock(new Date('2026-01-15T09:00:00.000Z'));
    const outbox = createLocalOutbox({ dir, clock });
    const message = await outbox.record({
      channel: 'email',
      to: 'ann@example.com',
      subject: 'Confirm',
      text: 'Open https://verify.example.com/v/abc.',
      html: '<p>hi</p>',
    });
    expect(message).toEqual({
      id: expect.stringMatching(/^out_1768467600000000_[0-9A-Za-z]{8}$/),
      channel: 'email',
      to: 'ann@example.com',
      subject: 'Confirm',
      text: 'Open https://verify.example.com/v/abc.',
      html: '<p>hi</p>',
      links: ['https://verify.example.com/v/abc'],
      createdAt: '2026-01-15T09:00:00.000Z',
    });
    expect(await readdir(dir)).toEqual([`${message.id}.json`]);
    expect((await stat(join(dir, `${message.id}.json`))).mode & 0o777).toBe(0o600);
    expect(await outbox.get(message.id)).toEqual(message);
  });

  it('lists newest first, even for messages recorded in the same millisecond, and honours limit', async () => {
    const clock = manualClock();
    const outbox = createLocalOutbox({ dir, clock });
    const first = await outbox.record({ channel: 'sms', to: '+14155550100', text: 'one' });
    const second = await outbox.record({ channel: 'sms', to: '+14155550100', text: 'two' });
    clock.advance(1);
    const third = await outbox.record({ channel: 'email', to: 'a@example.com', text: 'three' });
    expect((await outbox.list()).map((m) => m.id)).toEqual([third.id, second.id, first.id]);
    expect((await outbox.list({ limit: 2 })).map((m) => m.text)).toEqual(['three', 'two']);
    expect(second.subject).toBeUndefined();
    expect(second.html).toBeUndefined();
  });

  it('lists nothing when the directory does not exist yet', async () => {
    expect(await createLocalOutbox({ dir }).list()).toEqual([]);
  });

  it('skips temporary files, foreign files and unreadable messages', async () => {
    const outbox = createLocalOutbox({ dir });
    const kept = await outbox.record({ channel: 'sms', to: '+14155550100', text: 'kept' });
    await writeFile(join(dir, '.out_1768467600000000_AAAAAAAA.json.tmp'), '{"half":');
    await writeFile(join(dir, 'out_1768467600000001_BBBBBBBB.json'), '{"not":"a message"}');
    await writeFile(join(dir, 'out_1768467600000002_CCCCCCCC.json'), 'garbage');
    await writeFile(join(dir, 'notes.txt'), 'hello');
    expect((await outbox.list()).map((m) => m.id)).toEqual([kept.id]);
  });

  it('answers undefined for unknown ids and for anything that is not an outbox id', async () => {
    const outbox = createLocalOutbox({ dir });
    await outbox.record({ channel: 'sms', to: '+14155550100', text: 'x' });
    expect(await outbox.get('out_1768467600000000_ZZZZZZZZ')).toBeUndefined();
    expect(await outbox.get('../../etc/passwd')).toBeUndefined();
    expect(await outbox.get('out_1768467600000000_ZZZZZZZZ/../x')).toBeUndefined();
  });

  it('refuses an unknown channel', async () => {
    const outbox = createLocalOutbox({ dir });
    await expect(outbox.record({ channel: 'fax' as never, to: 'x', text: 'y' })).rejects.toThrow(TypeError);
    await expect(outbox.list({ limit: 0 })).rejects.toThrow('limit must be a positive integer, got 0');
  });

  it('is readable from another process while messages are being written', async () => {
    const writer = createLocalOutbox({ dir });
    const reader = createLocalOutbox({ dir });
    const writes = Array.from({ length: 40 }, (_, i) =>
      writer.record({ channel: 'sms', to: '+14155550100', text: `n${i}` }),
    );
    const seen: number[] = [];
    for (let i = 0; i < 10; i++) seen.push((await reader.list({ limit: 100 })).length);
    await Promise.all(writes);
    expect(seen.every((n) => n <= 40)).toBe(true);
    expect(await reader.list({ limit: 100 })).toHaveLength(40);

    const script = `const fs=require('fs'),p=require('path');const d=process.argv[1];
      const f=fs.readdirSync(d).filter(n=>n.endsWith('.json')).sort().reverse()[0];
      process.stdout.write(JSON.parse(fs.readFileSync(p.join(d,f),'utf8')).text)`;
    const newest = execFileSync(process.execPath, ['-e', script, dir], { encoding: 'utf8' });
    expect(newest).toBe((await reader.list({ limit: 1 }))[0]?.text);
  });
});
