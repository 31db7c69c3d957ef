import { z } from 'zod';

/**
 * Each proof as a Link asks for it, with the proof's own options: the one place in the contract a new
 * proof with options adds its schema (a member of {@link LinkProof}).
 */

/** Cosine-style similarity (0–1) a live face must reach against the reference photo, unless a Link sets its own. */
export const FACE_MATCH_THRESHOLD_DEFAULT = 0.6;

/** An authenticator model id (AAGUID), lower-case. */
export const Aaguid = z
  .string()
  .regex(
    /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
    'must be an AAGUID like 00000000-0000-0000-0000-000000000000',
  )
  .transform((s) => s.toLowerCase());

/** What the device_passkey proof accepts as the employee's device: its options. */
export const DevicePolicy = z
  .object({
    require_attested: z
      .boolean()
      .default(false)
      .describe(
        'Only passkeys whose attestation chains to a root the service trusts count (synced passkeys and "none" attestation fail)',
      ),
    allowed_aaguids: z.array(Aaguid).max(100).default([]).describe('Authenticator models allowed; empty means any'),
  })
  .strict();
export type DevicePolicy = z.infer<typeof DevicePolicy>;

/** An ISO 3166-1 alpha-2 country code, upper-case. */
export const CountryCode = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as US or DE')
  .transform((s) => s.toUpperCase());

/** The location proof's options. */
export const LocationOptions = z
  .object({
    allowed_countries: z
      .array(CountryCode)
      .max(250)
      .default([])
      .describe('Countries the location proof accepts; empty means any'),
  })
  .strict();
export type LocationOptions = z.infer<typeof LocationOptions>;

/** The face_match proof's options. */
export const FaceMatchOptions = z
  .object({
    threshold: z
      .number()
      .min(0.3)
      .max(0.99)
      .default(FACE_MATCH_THRESHOLD_DEFAULT)
      .describe('Similarity the face_match proof needs against the reference photo'),
  })
  .strict();
export type FaceMatchOptions = z.infer<typeof FaceMatchOptions>;

const required = z.boolean().default(true);

/** One proof of a Link: its type, whether it is required, and the options of the proofs that have some. */
export const LinkProof = z.discriminatedUnion('type', [
  z.object({ type: z.literal('email_possession'), required }),
  z.object({ type: z.literal('phone_code'), required }),
  z.object({ type: z.literal('employment'), required }),
  z.object({ type: z.literal('device_passkey'), required, options: DevicePolicy.default(DevicePolicy.parse({})) }),
  z.object({ type: z.literal('location'), required, options: LocationOptions.default(LocationOptions.parse({})) }),
  z.object({ type: z.literal('face_match'), required, options: FaceMatchOptions.default(FaceMatchOptions.parse({})) }),
]);
export type LinkProof = z.infer<typeof LinkProof>;
