import type { Channel, Template } from '@helpdesk-verify/core-client';

/** The columns of `templates` every read selects. */
export const TEMPLATE_COLUMNS = 'id, name, channel, subject, text, html, is_default, created_at, updated_at';

/** A row of `templates` as selected with {@link TEMPLATE_COLUMNS}. */
export type TemplateRow = {
  id: string;
  name: string;
  channel: Channel;
  subject: string;
  text: string;
  html: string;
  is_default: boolean;
  created_at: Date;
  updated_at: Date;
};

/** Maps a row to the API's `Template`. */
export function toTemplate(row: TemplateRow): Template {
  return {
    id: row.id,
    name: row.name,
    channel: row.channel,
    subject: row.subject,
    text: row.text,
    html: row.html,
    is_default: row.is_default,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
