/**
 * The field holding the caller (a sys_user reference) on each task table the app knows; dot-walked
 * where the task only points at the request item. Tables not listed use `caller_id` if they have it.
 */
export const CALLER_FIELDS: Readonly<Record<string, string>> = {
  incident: 'caller_id',
  sc_req_item: 'requested_for',
  sc_task: 'request_item.requested_for',
  sn_hr_core_case: 'subject_person',
};
