import { z } from 'zod';
import { OrganizationId, Timestamp } from './common';

/** What a console user may do: admin (everything), agent (send and follow verifications), auditor (read only). */
export const ConsoleRole = z.enum(['admin', 'agent', 'auditor']);
export type ConsoleRole = z.infer<typeof ConsoleRole>;

/** `GET /console/session`: the signed-in user, their organisation and the CSRF token for unsafe calls. */
export const ConsoleSession = z.object({
  user: z.object({ id: z.string(), email: z.string(), name: z.string(), role: ConsoleRole }),
  organization: z.object({ id: OrganizationId, name: z.string() }),
  csrf_token: z.string(),
  expires_at: Timestamp,
});
export type ConsoleSession = z.infer<typeof ConsoleSession>;

// NOTE (lead): the schemas below were rewritten by the lead after accidentally overwriting this file;
// the console-auth helper owns them and may reshape them.
export const ConsoleUserId = z.string().regex(/^usr_[A-Za-z0-9]{10,40}$/, 'must be a user id (usr_…)');
export type ConsoleUserId = z.infer<typeof ConsoleUserId>;

export const ConsoleUser = z.object({
  id: ConsoleUserId,
  email: z.string(),
  name: z.string(),
  role: ConsoleRole,
  has_password: z.boolean(),
  disabled: z.boolean(),
  created_at: Timestamp,
  last_sign_in_at: Timestamp.nullable(),
});
export type ConsoleUser = z.infer<typeof ConsoleUser>;

export const CreateConsoleUserRequest = z
  .object({
    email: z.email().max(320),
    name: z.string().trim().min(1).max(200),
    role: ConsoleRole,
    initial_password: z.boolean().default(false).describe('Generate a one-time password (shown once); otherwise the user signs in by SSO'),
  })
  .strict();
export type CreateConsoleUserRequest = z.input<typeof CreateConsoleUserRequest>;

export const ConsoleUserWithPassword = ConsoleUser.extend({ password: z.string().nullable() });
export type ConsoleUserWithPassword = z.infer<typeof ConsoleUserWithPassword>;

export const UpdateConsoleUserRequest = z
  .object({ name: z.string().trim().min(1).max(200), role: ConsoleRole, disabled: z.boolean() })
  .partial()
  .strict();
export type UpdateConsoleUserRequest = z.infer<typeof UpdateConsoleUserRequest>;

export const PasswordSignInRequest = z.object({ email: z.string().max(320), password: z.string().min(1).max(1024) }).strict();
export type PasswordSignInRequest = z.infer<typeof PasswordSignInRequest>;

export const ChangePasswordRequest = z.object({ current_password: z.string().max(1024), new_password: z.string().min(12).max(1024) }).strict();
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

export const PutOidcConfigRequest = z
  .object({
    issuer: z.url({ protocol: /^https?$/ }).max(2000),
    client_id: z.string().trim().min(1).max(500),
    client_secret: z.string().min(1).max(2000).optional().describe('Write-only; omit to keep the stored one'),
    allowed_email_domains: z.array(z.string().trim().toLowerCase().min(1).max(253)).max(50).default([]),
    default_role: ConsoleRole.default('agent'),
    role_claim: z.string().trim().max(200).nullable().default(null),
    role_mapping: z.record(z.string().max(200), ConsoleRole).default({}),
  })
  .strict();
export type PutOidcConfigRequest = z.input<typeof PutOidcConfigRequest>;

export const OidcConfig = z.object({
  issuer: z.string(),
  client_id: z.string(),
  has_client_secret: z.boolean(),
  allowed_email_domains: z.array(z.string()),
  default_role: ConsoleRole,
  role_claim: z.string().nullable(),
  role_mapping: z.record(z.string(), ConsoleRole),
  redirect_uri: z.string(),
  updated_at: Timestamp,
});
export type OidcConfig = z.infer<typeof OidcConfig>;
