import { hashPassword } from './hashPassword';
import { DUMMY_PASSWORD_HASH, verifyPassword } from './verifyPassword';

describe('hashPassword and verifyPassword', () => {
  it('salts each hash and verifies only the right password', async () => {
    const a = await hashPassword('correct horse battery staple');
    const b = await hashPassword('correct horse battery staple');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/);
    expect(await verifyPassword('correct horse battery staple', a)).toBe(true);
    expect(await verifyPassword('correct horse battery stapl', a)).toBe(false);
    expect(await verifyPassword('Correct horse battery staple', a)).toBe(false);
  });

  it('never matches a malformed hash or the dummy one', async () => {
    const good = await hashPassword('x'.repeat(12));
    for (const bad of [
      '',
      'scrypt',
      good.replace('scrypt', 'bcrypt'),
      good.replace('$32768$', '$0$'),
      good.replace('$32768$', '$99999999$'),
      good.split('$').slice(0, 5).join('$'),
      `${good.slice(0, -30)}`,
    ]) {
      expect(await verifyPassword('x'.repeat(12), bad)).toBe(false);
    }
    expect(await verifyPassword('', DUMMY_PASSWORD_HASH)).toBe(false);
  });
});
