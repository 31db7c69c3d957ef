import {
  FACE_MATCH_THRESHOLD_DEFAULT,
  LINK_LIFETIME_DEFAULT_SECONDS,
  type Assurance,
  type Channel,
  type Link,
  type LinkProof,
  type ProofType,
} from '@helpdesk-verify/core-client/schemas';

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
  /** The options of the proofs that have some; saved with their proof when it is in use. */
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

/** One proof of a Link, when it uses that proof. */
function proofOf<T extends LinkProof['type']>(link: Link, type: T): Extract<LinkProof, { type: T }> | undefined {
  return link.proofs.find((p): p is Extract<LinkProof, { type: T }> => p.type === type);
}

export function draftFromLink(link: Link): LinkDraft {
  const device = proofOf(link, 'device_passkey')?.options;
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
    requireAttested: device?.require_attested ?? false,
    allowedAaguids: device?.allowed_aaguids.join('\n') ?? '',
    allowedCountries: proofOf(link, 'location')?.options.allowed_countries.join(', ') ?? '',
    faceMatchThreshold: proofOf(link, 'face_match')?.options.threshold ?? FACE_MATCH_THRESHOLD_DEFAULT,
  };
}

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** The options of one proof as the draft sets them (none for a proof without options). */
function optionsFromDraft(draft: LinkDraft, type: ProofType) {
  switch (type) {
    case 'device_passkey':
      return {
        options: { require_attested: draft.requireAttested, allowed_aaguids: list(draft.allowedAaguids, /[\s,]+/) },
      };
    case 'location':
      return { options: { allowed_countries: list(draft.allowedCountries, /[\s,]+/) } };
    case 'face_match':
      return { options: { threshold: draft.faceMatchThreshold } };
    default:
      return {};
  }
}

/** The body of createLink / updateLink (both take every field). */
export function linkRequestFromDraft(draft: LinkDraft) {
  return {
    name: draft.name,
    description: draft.description,
    proofs: (Object.entries(draft.proofs) as [ProofType, 'required' | 'optional'][]).map(([type, mode]) => ({
      type,
      required: mode === 'required',
      ...optionsFromDraft(draft, type),
    })),
    assurance: draft.assurance,
    lifetime_seconds: Math.round(draft.lifetimeMinutes * 60),
    single_use: draft.singleUse,
    channels: draft.channels,
    email_template_id: draft.emailTemplateId || null,
    sms_template_id: draft.smsTemplateId || null,
  };
}
