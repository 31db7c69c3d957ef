import { TicketRef } from './verifications';

describe('TicketRef.url', () => {
  const parse = (url: unknown) => TicketRef.safeParse({ system: 'servicenow', id: 'INC0010001', url });

  it('accepts absolute http(s) URLs and null, and defaults to null', () => {
    for (const url of [
      'https://acme.service-now.com/incident.do?sys_id=abc',
      'http://localhost:8080',
      'HTTPS://x.example/a#b',
      null,
    ]) {
      expect(parse(url).success).toBe(true);
    }
    expect(TicketRef.parse({ system: 'jira', id: 'IT-1' }).url).toBeNull();
  });

  it('refuses other schemes, relative URLs, spaces, userinfo and over-long values', () => {
    for (const url of [
      'javascript:alert(1)',
      'ftp://x.example/f',
      '//x.example/a',
      '/incident.do',
      'https://',
      'https://a b.example',
      'https://user@evil.example/',
      'x'.repeat(10),
      `https://x.example/${'a'.repeat(2000)}`,
      '',
    ]) {
      expect(parse(url).success).toBe(false);
    }
  });

  it('needs no WHATWG URL global (the ServiceNow server engine has none)', () => {
    const saved = globalThis.URL;
    try {
      // @ts-expect-error -- simulate an engine without URL
      delete globalThis.URL;
      expect(parse('https://acme.service-now.com/sc_task.do?sys_id=abc').success).toBe(true);
      expect(parse('javascript:alert(1)').success).toBe(false);
    } finally {
      globalThis.URL = saved;
    }
  });
});
