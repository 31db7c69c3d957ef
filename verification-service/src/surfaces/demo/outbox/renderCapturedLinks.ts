import { escapeHtml } from '@helpdesk-verify/core-client/format';

/**
 * A message's links as a clickable list. Only http(s) links are shown, even if someone edited a
 * file in the outbox by hand; every link is escaped and opened without a referrer.
 */
export function renderCapturedLinks(links: readonly string[]): string {
  const safe = links.filter((link) => /^https?:\/\//i.test(link));
  if (!safe.length) return '';
  const items = safe.map((link) => `<li><a href="${escapeHtml(link)}" rel="noreferrer">${escapeHtml(link)}</a></li>`);
  return `<ul class="links" aria-label="Links">\n${items.join('\n')}\n</ul>`;
}
