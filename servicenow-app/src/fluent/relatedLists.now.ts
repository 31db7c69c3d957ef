import '@servicenow/sdk/global'
import { default_view, Record } from '@servicenow/sdk/core'

/*
 * The "Identity verifications" related list (rows of `x_hdv_verify_verification` whose `task` is the form's
 * record) on the default form view of incident, sc_req_item and sc_task. Fluent needs one static declaration
 * per record, hence no loop. HR cases (`sn_hr_core_case`) are left out: the HR plugin may be absent, and a
 * layout record for a missing table would fail the install; add that list by hand (README).
 */

const relatedList_incident = Record({
    $id: Now.ID['related-list-incident'],
    table: 'sys_ui_related_list',
    data: { name: 'incident', view: default_view },
})

Record({
    $id: Now.ID['related-list-entry-incident'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: relatedList_incident, related_list: 'x_hdv_verify_verification.task', position: 0 },
})

const relatedList_sc_req_item = Record({
    $id: Now.ID['related-list-sc_req_item'],
    table: 'sys_ui_related_list',
    data: { name: 'sc_req_item', view: default_view },
})

Record({
    $id: Now.ID['related-list-entry-sc_req_item'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: relatedList_sc_req_item, related_list: 'x_hdv_verify_verification.task', position: 0 },
})

const relatedList_sc_task = Record({
    $id: Now.ID['related-list-sc_task'],
    table: 'sys_ui_related_list',
    data: { name: 'sc_task', view: default_view },
})

Record({
    $id: Now.ID['related-list-entry-sc_task'],
    table: 'sys_ui_related_list_entry',
    data: { list_id: relatedList_sc_task, related_list: 'x_hdv_verify_verification.task', position: 0 },
})
