import type { Template } from '../schemas/admin';

/** A template as every new organisation first gets it (the fields of `CreateTemplateRequest`). */
export type DefaultTemplate = Pick<Template, 'name' | 'channel' | 'subject' | 'text' | 'html'>;

const WARNING =
  'Only continue if you contacted the help desk yourself. If you did not, do not open the link, and report it.';

const EMAIL_TEXT = `Hello {{employee_name}},

{{agent_name}} from the {{org_name}} help desk asked to confirm that it is really you, for ticket {{ticket_id}}.
Reason: {{reason}}

Match code: {{match_code}}
The same code is on the ticket: ask {{agent_name}} to read it to you and check that it matches.

Confirm it is you (the link expires in {{expires_in_minutes}} minutes):
{{link}}

${WARNING}

{{org_name}} help desk
`;

const FONT = "-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const LABEL = 'padding:4px 12px 4px 0;color:#4b5563;vertical-align:top;white-space:nowrap;';
const VALUE = 'padding:4px 0;color:#111827;vertical-align:top;';

// Tables and inline styles because mail clients drop <style> and ignore most CSS layout.
const EMAIL_HTML = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light only">
<title>{{org_name}} help desk: confirm it is you</title>
</head>
<body style="margin:0;padding:0;background:#f3f4f6;">
<div style="display:none;max-height:0;overflow:hidden;">{{agent_name}} asked to confirm it is you for ticket {{ticket_id}}. Match code {{match_code}}.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background:#ffffff;border:1px solid #e5e7eb;border-radius:8px;">
<tr><td style="padding:24px;font-family:${FONT};font-size:16px;line-height:1.5;color:#111827;">
<p style="margin:0 0 4px;font-size:14px;color:#4b5563;">{{org_name}} help desk</p>
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:#111827;">Confirm it is you</h1>
<p style="margin:0 0 16px;">Hello {{employee_name}},</p>
<p style="margin:0 0 16px;"><strong>{{agent_name}}</strong> from the {{org_name}} help desk asked to confirm that it is really you.</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 20px;font-size:16px;line-height:1.5;">
<tr><td style="${LABEL}">Agent</td><td style="${VALUE}">{{agent_name}}</td></tr>
<tr><td style="${LABEL}">Ticket</td><td style="${VALUE}">{{ticket_id}}</td></tr>
<tr><td style="${LABEL}">Reason</td><td style="${VALUE}">{{reason}}</td></tr>
</table>
<p style="margin:0 0 4px;font-size:14px;color:#4b5563;">Match code</p>
<p style="margin:0 0 8px;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:28px;font-weight:700;letter-spacing:4px;color:#111827;">{{match_code}}</p>
<p style="margin:0 0 20px;">The same code is on the ticket. Ask {{agent_name}} to read it to you and check that it matches.</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 12px;">
<tr><td style="border-radius:6px;background:#1d4ed8;"><a href="{{link}}" style="display:inline-block;padding:14px 24px;border-radius:6px;background:#1d4ed8;color:#ffffff;font-family:${FONT};font-size:16px;font-weight:600;text-decoration:none;">Confirm it is you</a></td></tr>
</table>
<p style="margin:0 0 20px;font-size:14px;color:#4b5563;">The link expires in {{expires_in_minutes}} minutes and works once.</p>
<p style="margin:0 0 20px;padding:12px 16px;background:#fef2f2;border-left:4px solid #b91c1c;color:#7f1d1d;"><strong>${WARNING}</strong></p>
<p style="margin:0;font-size:14px;color:#4b5563;">If the button does not work, copy this address into your browser:<br><a href="{{link}}" style="color:#1d4ed8;word-break:break-all;">{{link}}</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;

// Plain GSM-7 characters only (no curly quotes, dashes or ellipses), so it stays in cheap segments.
const SMS_TEXT =
  '{{org_name}} help desk: {{agent_name}} asks you to confirm it is you (ticket {{ticket_id}}). ' +
  'Match code {{match_code}}. {{link}} Expires in {{expires_in_minutes}} min. ' +
  'Only continue if you contacted the help desk yourself. If not, do not open the link and report it.';

/** The email and SMS templates every new organisation gets; admins edit copies of them. */
export const defaultTemplates: { readonly email: DefaultTemplate; readonly sms: DefaultTemplate } = {
  email: {
    name: 'Default email',
    channel: 'email',
    subject: '{{org_name}} help desk: confirm it is you',
    text: EMAIL_TEXT,
    html: EMAIL_HTML,
  },
  sms: {
    name: 'Default SMS',
    channel: 'sms',
    subject: '',
    text: SMS_TEXT,
    html: '',
  },
};
