import {
  FACE_MATCH_THRESHOLD_DEFAULT,
  LINK_LIFETIME_DEFAULT_SECONDS,
  type Assurance,
  type Channel,
  type Link,
  type ProofType,
} from '@helpdesk-verify/core-client';

/** What the Link form edits; turned into the API's request on save (the server validates it). */
export interface LinkDraft {
  name: string;
  description: string;
  /** Proofs in use, each required or optional. */
  proofs: Partial<Record<ProofType, 'required' | 'optional'>>;
  assurance: Assurance;
  lifetimeMinutes: number;
  singleUse: boolean;
  channels: Channel[];
  emailTemplateId: string;
  smsTemplateId: string;
  requireAttested: boolean;
  allowedAaguids: string;
  allowedCountries: string;
  faceMatchThreshold: number;
}

export const NEW_LINK_DRAFT: LinkDraft = {
  name: '',
  description: '',
  proofs: { email_possession: 'required' },
  assurance: 'medium',
  lifetimeMinutes: LINK_LIFETIME_DEFAULT_SECONDS / 60,
  singleUse: true,
  channels: ['email'],
  emailTemplateId: '',
  smsTemplateId: '',
  requireAttested: false,
  allowedAaguids: '',
  allowedCountries: '',
  faceMatchThreshold: FACE_MATCH_THRESHOLD_DEFAULT,
};

export function draftFromLink(link: Link): LinkDraft {
  return {
    name: link.name,
    description: link.description,
    proofs: Object.fromEntries(link.proofs.map((p) => [p.type, p.required ? 'required' : 'optional'])),
    assurance: link.assurance,
    lifetimeMinutes: link.lifetime_seconds / 60,
    singleUse: link.single_use,
    channels: link.channels,
    emailTemplateId: link.email_template_id ?? '',
    smsTemplateId: link.sms_template_id ?? '',
    requireAttested: link.device_policy.require_attested,
    allowedAaguids: link.device_policy.allowed_aaguids.join('\n'),
    allowedCountries: link.allowed_countries.join(', '),
    faceMatchThreshold: link.face_match_threshold,
  };
}

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The body of createLink / updateLink (both take every field). */
export function linkRequestFromDraft(draft: LinkDraft) {
  return {
    name: draft.name,
    description: draft.description,
    proofs: (Object.entries(draft.proofs) as [ProofType, 'required' | 'optional'][]).map(([type, mode]) => ({
      type,
      required: mode === 'required',
    })),
    assurance: draft.assurance,
    lifetime_seconds: Math.round(draft.lifetimeMinutes * 60),
    single_use: draft.singleUse,
    channels: draft.channels,
    email_template_id: draft.emailTemplateId || null,
    sms_template_id: draft.smsTemplateId || null,
    device_policy: { require_attested: draft.requireAttested, allowed_aaguids: list(draft.allowedAaguids, /[\s,]+/) },
    allowed_countries: list(draft.allowedCountries, /[\s,]+/),
    face_match_threshold: draft.faceMatchThreshold,
  };
}
