/**
 * The properties of `TicketObject` in Zendesk's published OpenAPI document for the Support API
 * (`components.schemas.TicketObject`, the `ticket` of `TicketUpdateRequest`, the request body of
 * `UpdateTicket`, `PUT /api/v2/tickets/{ticket_id}`). Writable ones are applied by the fake or
 * accepted and left alone; `readOnly` ones are ignored on write. `additional_tags` and
 * `remove_tags` are NOT among them: the document declares them only for `TicketsUpdateRequest`
 * (`update_many`) and voicemail tickets, so a single-ticket update that sends them gets 200 and no tag.
 */
export const WRITABLE_TICKET_PROPERTIES: ReadonlySet<string> = new Set([
  'additional_collaborators',
  'assignee_email',
  'assignee_id',
  'attribute_value_ids',
  'brand_id',
  'collaborator_ids',
  'collaborators',
  'comment',
  'custom_fields',
  'custom_status_id',
  'description',
  'due_at',
  'email_ccs',
  'external_id',
  'fields',
  'followers',
  'forum_topic_id',
  'group_id',
  'macro_id',
  'macro_ids',
  'metadata',
  'organization_id',
  'origin_zrn',
  'priority',
  'problem_id',
  'raw_subject',
  'recipient',
  'requester',
  'requester_id',
  'safe_update',
  'sharing_agreement_ids',
  'sharing_agreements',
  'status',
  'subject',
  'submitter',
  'submitter_id',
  'suspended_ticket_id',
  'suspension_type_id',
  'system_metadata',
  'tags',
  'tde_workspace',
  'ticket_form_id',
  'tpe_voice_comment',
  'type',
  'updated_stamp',
  'via',
  'via_followup_source_id',
  'via_id',
  'voice_comment',
]);

/** `readOnly: true` properties of `TicketObject`: accepted in a body and ignored. */
export const READ_ONLY_TICKET_PROPERTIES: ReadonlySet<string> = new Set([
  'allow_attachments',
  'allow_channelback',
  'created_at',
  'email_cc_ids',
  'encoded_id',
  'follower_ids',
  'followup_ids',
  'from_messaging_channel',
  'generated_timestamp',
  'has_incidents',
  'id',
  'is_public',
  'satisfaction_probability',
  'satisfaction_rating',
  'updated_at',
  'url',
]);

/** `TicketObject.status` enum. */
export const TICKET_STATUSES: ReadonlySet<string> = new Set(['new', 'open', 'pending', 'hold', 'solved', 'closed']);
