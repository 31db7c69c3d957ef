import type {
  Agent,
  Assurance,
  Channel,
  ChannelDelivery,
  TicketRef,
  VerificationStatus,
} from '@helpdesk-verify/core-client/schemas';

/** What the employee page and the proofs see of a verification (with the contacts the proofs need). */
export interface SessionVerification {
  id: string;
  orgId: string;
  orgName: string;
  linkId: string;
  linkName: string;
  status: VerificationStatus;
  singleUse: boolean;
  employee: {
    id: string;
    display_name: string;
    email: string;
    personal_email: string | null;
    phone: string | null;
    personal_phone: string | null;
    status: 'active' | 'disabled';
  };
  agent: Agent;
  ticket: TicketRef;
  reason: string;
  matchCode: string;
  contacts: { email: 'work' | 'personal'; sms: 'work' | 'personal' };
  channels: Channel[];
  deliveries: ChannelDelivery[];
  assuranceRequired: Assurance;
  tokenUsedAt: Date | null;
  expiresAt: Date;
  openedAt: Date | null;
  createdAt: Date;
}
