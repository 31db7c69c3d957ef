/** The names of the app's system properties; the Fluent definitions and the reader share them. */
export const PROPERTY_NAMES = {
  serviceUrl: 'x_hdv_verify.service_url',
  apiKey: 'x_hdv_verify.api_key',
  webhookSecret: 'x_hdv_verify.webhook_secret',
  defaultLinkId: 'x_hdv_verify.default_link_id',
  taskTables: 'x_hdv_verify.task_tables',
  gateEnabled: 'x_hdv_verify.gate_enabled',
  gateConditionType: 'x_hdv_verify.gate_condition_type',
  gateCategories: 'x_hdv_verify.gate_categories',
  gateFieldValues: 'x_hdv_verify.gate_field_values',
  gateEncodedQuery: 'x_hdv_verify.gate_encoded_query',
  gateMaxAgeMinutes: 'x_hdv_verify.gate_max_age_minutes',
  timeoutMs: 'x_hdv_verify.timeout_ms',
} as const;

/** Default of `x_hdv_verify.task_tables`: HR case is listed and simply matches nothing without the HR plugin. */
export const DEFAULT_TASK_TABLES = 'incident,sc_req_item,sc_task,sn_hr_core_case';

/** Default of `x_hdv_verify.gate_max_age_minutes`: a pass counts for an hour, long enough for the reset it was asked for. */
export const DEFAULT_GATE_MAX_AGE_MINUTES = 60;
