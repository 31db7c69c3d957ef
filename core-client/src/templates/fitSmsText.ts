import { fillTemplate, type TemplateValues } from './fillTemplate';
import { templatePlaceholders, type TemplateVariable } from './templatePlaceholders';

/** The longest SMS we send, after rendering (about three concatenated GSM-7 segments). */
export const SMS_MAX_LENGTH = 480;

/** Shortened in this order when a message is too long; the link, code, ticket and expiry never are. */
const SHORTENABLE: readonly TemplateVariable[] = ['reason', 'employee_name', 'org_name', 'agent_name'];
const ELLIPSIS = '...'; // GSM-7, unlike '…', which would switch the whole SMS to UCS-2

/**
 * Renders an SMS template within `max` characters: the reason is shortened first, then the names;
 * if the template's own text is still too long, the text around the link is cut, never the link.
 */
export function fitSmsText(template: string, values: TemplateValues, max: number = SMS_MAX_LENGTH): string {
  const current: Record<TemplateVariable, string> = { ...values };
  let text = fillTemplate(template, (name) => current[name]);
  const uses = templatePlaceholders(template).filter((part) => part.kind === 'placeholder');
  for (const name of SHORTENABLE) {
    const times = uses.filter((part) => part.name === name).length;
    while (times > 0 && text.length > max && current[name] !== '') {
      current[name] = shorten(current[name], Math.ceil((text.length - max) / times));
      text = fillTemplate(template, (n) => current[n]);
    }
    if (text.length <= max) return text;
  }
  return cutAroundLink(text, values.link, max);
}

/** `value` made at least `by` (≥ 1) characters shorter, ending in an ellipsis, or '' when that leaves nothing. */
function shorten(value: string, by: number): string {
  const keep = value.length - by - ELLIPSIS.length;
  if (keep <= 0) return '';
  return withoutHalfCharacter(value.slice(0, keep)).trimEnd() + ELLIPSIS;
}

function cutAroundLink(text: string, link: string, max: number): string {
  const at = link === '' ? -1 : text.indexOf(link);
  if (at < 0) return clip(text, max);
  const before = text.slice(0, at);
  const after = text.slice(at + link.length);
  const room = Math.max(0, max - link.length);
  // Text before the link gets what the text after it leaves, and at least half of the room.
  const head = clip(before, Math.max(room - after.length, Math.floor(room / 2)), ' ');
  return head + link + clip(after, room - head.length);
}

/** `text` within `max` characters, ending in an ellipsis and `separator` when cut. */
function clip(text: string, max: number, separator = ''): string {
  if (text.length <= max) return text;
  const keep = max - ELLIPSIS.length - separator.length;
  if (keep <= 0) return max >= separator.length ? separator : '';
  return withoutHalfCharacter(text.slice(0, keep)) + ELLIPSIS + separator;
}

/** Drops a trailing lone high surrogate left by cutting a string in the middle of a character. */
function withoutHalfCharacter(cut: string): string {
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
