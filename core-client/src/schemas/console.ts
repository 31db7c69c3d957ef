import { z } from 'zod';
import { Email, OrganizationId, Timestamp, prefixedId } from './common';

/** What a console user may do: admin (everything), agent (send and follow verifications), auditor (read only). */
export const ConsoleRole = z.enum(['admin', 'agent', 'auditor']);
export type ConsoleRole = z.infer<typeof ConsoleRole>;

export const ConsoleUserId = prefixedId('usr');
export type ConsoleUserId = z.infer<typeof ConsoleUserId>;

/** A person who signs in to the console of one organisation. */
export const ConsoleUser = z.object({
  id: ConsoleUserId,
  email: z.string(),
  name: z.string(),
  role: ConsoleRole,
  disabled: z.boolean().describe('A disabled user cannot sign in; their sessions end at once'),
  has_password: z.boolean().describe('Whether the user can sign in with a local password'),
  has_sso: z.boolean().describe("Whether the user has signed in through the organisation's OpenID Connect provider"),
  locked_until: Timestamp.nullable().describe(
    'While set, password sign-in is refused until then after repeated failures (null: not locked); an admin ends it with unlock',
  ),
  created_at: Timestamp,
  updated_at: Timestamp,
  last_sign_in_at: Timestamp.nullable(),
});
export type ConsoleUser = z.infer<typeof ConsoleUser>;

export const CreateConsoleUserRequest = z
  .object({
    email: Email,
    name: z.string().trim().min(1).max(200),
    role: ConsoleRole,
    initial_password: z
      .boolean()
      .default(false)
      .describe('Generate a strong password, shown once in the answer; without one the user signs in by SSO'),
  })
  .strict();
export type CreateConsoleUserRequest = z.input<typeof CreateConsoleUserRequest>;

/** Returned once, on create: the generated password (null when none was asked for). */
export const ConsoleUserWithPassword = ConsoleUser.extend({ initial_password: z.string().nullable() });
export type ConsoleUserWithPassword = z.infer<typeof ConsoleUserWithPassword>;

export const UpdateConsoleUserRequest = z
  .object({
    name: z.string().trim().min(1).max(200),
    role: ConsoleRole,
    disabled: z.boolean(),
    unlock: z.literal(true).describe('Ends a password lock-out at once and clears the failure count'),
  })
  .partial()
  .strict();
export type UpdateConsoleUserRequest = z.infer<typeof UpdateConsoleUserRequest>;

/** `GET /console/session` and the answer to a sign-in: the signed-in user, their organisation and the CSRF token for unsafe calls. */
export const ConsoleSession = z.object({
  user: z.object({ id: ConsoleUserId, email: z.string(), name: z.string(), role: ConsoleRole }),
  organization: z.object({ id: OrganizationId, name: z.string() }),
  csrf_token: z
    .string()
    .describe('Send it as the X-CSRF-Token header on every POST, PUT, PATCH and DELETE made with the session cookie'),
  expires_at: Timestamp.describe(
    'When the session ends unless used again (idle timeout); never after its absolute limit',
  ),
});
export type ConsoleSession = z.infer<typeof ConsoleSession>;

/** `POST /console/auth/password`. */
export const PasswordSignInRequest = z
  .object({
    email: z.string().trim().min(1).max(320),
    password: z.string().min(1).max(1024),
  })
  .strict();
export type PasswordSignInRequest = z.infer<typeof PasswordSignInRequest>;

/** `POST /console/auth/password/change` (with the session cookie and the CSRF token); the new one must be strong. */
export const ChangePasswordRequest = z
  .object({
    current_password: z.string().min(1).max(1024),
    new_password: z.string().min(1).max(1024),
  })
  .strict();
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequest>;

const EmailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/, 'must be a domain such as example.com');

/** An organisation's OpenID Connect single sign-on; the client secret is write-only. */
export const PutOidcConfigRequest = z
  .object({
    issuer: z
      .string()
      .max(500)
      .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/, 'must be an http(s) URL without query or fragment')
      .describe(
        "The IdP's issuer; discovery reads {issuer}/.well-known/openid-configuration. https, except localhost for development",
      ),
    client_id: z.string().trim().min(1).max(500),
    client_secret: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .describe('Write-only; required the first time, kept when left out'),
    allowed_email_domains: z
      .array(EmailDomain)
      .max(50)
      .default([])
      .describe(
        'Only these email domains may sign in (empty: any); /console/auth/oidc/start?org=<domain> also finds the organisation by them',
      ),
    default_role: ConsoleRole.default('agent').describe('The role of a user created at their first sign-in'),
    role_claim: z
      .string()
      .trim()
      .min(1)
      .max(100)
      .nullable()
      .default(null)
      .describe('An ID token claim (a string or an array of strings, e.g. "groups") mapped to a role at each sign-in'),
    role_mapping: z
      .record(z.string().min(1).max(200), ConsoleRole)
      .default({})
      .describe('Claim value → role; the most powerful matching role wins'),
    enabled: z.boolean().default(true),
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
  enabled: z.boolean(),
  redirect_uri: z.string().describe('Register this redirect URI with the IdP'),
  sign_in_url: z.string().describe("Where the organisation's users start single sign-on"),
  updated_at: Timestamp,
});
export type OidcConfig = z.infer<typeof OidcConfig>;
