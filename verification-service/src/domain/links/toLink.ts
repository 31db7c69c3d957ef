import type { Assurance, Channel, DevicePolicy, Link, ProofType } from '@helpdesk-verify/core-client';

/** The columns of `links` every read selects. */
export const LINK_COLUMNS =
  'id, name, description, proofs, assurance, lifetime_seconds, single_use, channels, email_template_id, sms_template_id, device_policy, allowed_countries, face_match_threshold, archived, created_at, updated_at';

/** A row of `links` as selected with {@link LINK_COLUMNS}; `proofs` is jsonb `[{type, required}]`. */
export type LinkRow = {
  id: string;
  name: string;
  description: string;
  proofs: { type: ProofType; required: boolean }[];
  assurance: Assurance;
  lifetime_seconds: number;
  single_use: boolean;
  channels: Channel[];
  email_template_id: string | null;
  sms_template_id: string | null;
  device_policy: DevicePolicy;
  allowed_countries: string[];
  face_match_threshold: number;
  archived: boolean;
  created_at: Date;
  updated_at: Date;
};

/** Maps a row to the API's `Link`. */
export function toLink(row: LinkRow): Link {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    proofs: row.proofs.map((p) => ({ type: p.type, required: p.required })),
    assurance: row.assurance,
    lifetime_seconds: row.lifetime_seconds,
    single_use: row.single_use,
    channels: row.channels,
    email_template_id: row.email_template_id,
    sms_template_id: row.sms_template_id,
    device_policy: {
      require_attested: row.device_policy.require_attested,
      allowed_aaguids: row.device_policy.allowed_aaguids,
    },
    allowed_countries: row.allowed_countries,
    // `real` is single precision: 0.6 reads back as 0.6000000238…
    face_match_threshold: Math.round(row.face_match_threshold * 1000) / 1000,
    archived: row.archived,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
