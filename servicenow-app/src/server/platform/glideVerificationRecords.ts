import type { VerificationStatus } from '@helpdesk-verify/core-client/receiver';
import type { GlideRecord } from '@servicenow/glide';
import type { VerificationRecord, VerificationRecords } from '../ports';
import { glideDateTimeText as glideDateTime } from './glideDateTimeText';
import { glideRecordOf } from './glideRecordOf';
import { isoOfGlideDateTime } from './isoOfGlideDateTime';

/** The app's verification table. */
export const VERIFICATION_TABLE = 'x_hdv_verify_verification';

const toRecord = (gr: GlideRecord<string>): VerificationRecord => {
  const score = gr.getValue('risk_score');
  return {
    verificationId: gr.getValue('verification_id'),
    task: { table: gr.getValue('task_table'), sysId: gr.getValue('task'), number: gr.getDisplayValue('task') },
    employeeSysId: gr.getValue('employee') || null,
    agentSysId: gr.getValue('agent'),
    linkId: gr.getValue('link_id'),
    channels: gr.getValue('channels') ?? '',
    status: gr.getValue('status') as VerificationStatus,
    matchCode: gr.getValue('match_code') ?? '',
    riskScore: score === null || score === '' ? null : Number(score),
    riskReasons: gr.getValue('risk_reasons') ?? '',
    outcomeReason: gr.getValue('outcome_reason') ?? '',
    assuranceReached: gr.getValue('assurance_reached') ?? '',
    requestedAt: isoOfGlideDateTime(gr.getValue('requested_at')),
    completedAt: isoOfGlideDateTime(gr.getValue('completed_at')) || null,
  };
};

/** `VerificationRecords` over GlideRecord. */
export const glideVerificationRecords = (): VerificationRecords => ({
  insert(record) {
    const gr = glideRecordOf(VERIFICATION_TABLE);
    gr.initialize();
    gr.setValue('verification_id', record.verificationId);
    gr.setValue('task', record.task.sysId);
    gr.setValue('task_table', record.task.table);
    if (record.employeeSysId) gr.setValue('employee', record.employeeSysId);
    gr.setValue('agent', record.agentSysId);
    gr.setValue('link_id', record.linkId);
    gr.setValue('channels', record.channels);
    gr.setValue('status', record.status);
    gr.setValue('match_code', record.matchCode);
    if (record.riskScore !== null) gr.setValue('risk_score', record.riskScore);
    gr.setValue('risk_reasons', record.riskReasons);
    gr.setValue('outcome_reason', record.outcomeReason);
    gr.setValue('assurance_reached', record.assuranceReached);
    gr.setValue('requested_at', glideDateTime(record.requestedAt));
    gr.insert();
  },
  findByVerificationId(verificationId) {
    const gr = glideRecordOf(VERIFICATION_TABLE);
    return gr.get('verification_id', verificationId) ? toRecord(gr) : null;
  },
  update(verificationId, update) {
    const gr = glideRecordOf(VERIFICATION_TABLE);
    if (!gr.get('verification_id', verificationId)) return;
    gr.setValue('status', update.status);
    if (update.riskScore !== null) gr.setValue('risk_score', update.riskScore);
    gr.setValue('risk_reasons', update.riskReasons);
    gr.setValue('outcome_reason', update.outcomeReason);
    gr.setValue('assurance_reached', update.assuranceReached);
    if (update.completedAt) gr.setValue('completed_at', glideDateTime(update.completedAt));
    if (!gr.update()) throw new Error('The verification row ' + verificationId + ' was not saved');
  },
  latestForTask(task) {
    const gr = glideRecordOf(VERIFICATION_TABLE);
    gr.addQuery('task', task.sysId);
    gr.orderByDesc('sys_created_on');
    gr.setLimit(1);
    gr.query();
    return gr.next() ? toRecord(gr) : null;
  },
  listForTask(task) {
    const gr = glideRecordOf(VERIFICATION_TABLE);
    gr.addQuery('task', task.sysId);
    gr.query();
    const rows: VerificationRecord[] = [];
    while (gr.next()) rows.push(toRecord(gr));
    return rows;
  },
});
