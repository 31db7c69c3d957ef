import { signWebhook, type TrustCheckEvent } from '@helpdesk-verify/core-client'
import { nodeHmacSha256 } from '@helpdesk-verify/core-client/node'
import { sampleTrustCheckEvent } from '../../../../verification-service/test/webhooks/sampleTrustCheckEvent'
import { memoryPorts } from '../../../test/memoryPorts'
import { handleWebhook } from './handleWebhook'

const SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
const NOW = new Date('2026-01-15T09:00:10.000Z')

const signed = (body: string, id = 'msg_0123456789abcdef', at = NOW) => {
    const timestamp = Math.floor(at.getTime() / 1000)
    return {
        headers: { 'webhook-id': id, 'webhook-timestamp': String(timestamp), 'webhook-signature': signWebhook({ secret: SECRET, id, timestamp, body }, nodeHmacSha256) },
        body,
    }
}

const setup = (event: TrustCheckEvent = sampleTrustCheckEvent()) => {
    const ports = memoryPorts()
    ports.records.insert({
        verificationId: event.session_id,
        task: { table: 'sc_req_item', sysId: 'b'.repeat(32), number: 'RITM0010001' },
        employeeSysId: null,
        agentSysId: 'c'.repeat(32),
        linkId: event.link_id,
        channels: 'email',
        status: 'pending',
        matchCode: event.match_code,
        riskScore: null,
        riskReasons: '',
        outcomeReason: '',
        assuranceReached: '',
        requestedAt: '2026-01-15T08:59:00.000Z',
        completedAt: null,
    })
    const run = (request: { headers: Record<string, string>; body: string }, secrets = [SECRET]) =>
        handleWebhook({ ...request, secrets, now: NOW, hmac: nodeHmacSha256, receipts: ports.receipts, records: ports.records, notes: ports.notes$ })
    return { ports, run }
}

describe('handleWebhook', () => {
    it('maps a failed result onto the row and the task note', () => {
        const event = sampleTrustCheckEvent('trust_check.failed')
        const { ports, run } = setup(event)
        expect(run(signed(JSON.stringify(event)))).toMatchObject({ accepted: true, status: 200 })
        expect(ports.rows.get(event.session_id)).toMatchObject({ status: 'failed', riskScore: 10, riskReasons: '+10 First time on this device', outcomeReason: 'The employee did not finish', completedAt: event.timestamp })
        expect(ports.notes).toEqual([{ table: 'sc_req_item', sysId: 'b'.repeat(32), text: expect.stringMatching(/^\[FAILED\] Identity NOT verified: Dana Scully/) }])
        expect(ports.receiptIds).toEqual(new Set(['msg_0123456789abcdef']))
    })

    it('writes a trust_check.alert ("I did not request this") as a work note that leads with the alert', () => {
        const event = sampleTrustCheckEvent('trust_check.alert')
        const { ports, run } = setup(event)
        expect(run(signed(JSON.stringify(event), 'msg_alert000000001'))).toMatchObject({ accepted: true, status: 200 })
        expect(ports.rows.get(event.session_id)).toMatchObject({ status: 'failed' })
        expect(ports.notes).toEqual([{ table: 'sc_req_item', sysId: 'b'.repeat(32), text: expect.stringMatching(/^\[ALERT\] The employee did NOT request this verification: Dana Scully[^\n]*\n\nAlert: The employee says they did not request this verification/) }])
    })

    it('answers 4xx and changes nothing for malformed, unknown, unsigned and unconfigured requests', () => {
        const { ports, run } = setup()
        const before = ports.snapshot()
        expect(run(signed('{"event_type":"trust_check.completed"}'))).toEqual({ accepted: false, status: 400, reason: 'invalid_event' })
        expect(run(signed('not json'))).toEqual({ accepted: false, status: 400, reason: 'invalid_payload' })
        const unknown = { ...sampleTrustCheckEvent(), session_id: 'ver_ffffffffffffffff' }
        expect(run(signed(JSON.stringify(unknown)))).toEqual({ accepted: false, status: 404, reason: 'unknown_verification' })
        expect(run({ headers: {}, body: JSON.stringify(sampleTrustCheckEvent()) })).toEqual({ accepted: false, status: 401, reason: 'missing_headers' })
        const future = signed(JSON.stringify(sampleTrustCheckEvent()), 'msg_future', new Date(NOW.getTime() + 301_000))
        expect(run(future)).toEqual({ accepted: false, status: 401, reason: 'timestamp_too_new' })
        expect(run(signed(JSON.stringify(sampleTrustCheckEvent())), [])).toEqual({ accepted: false, status: 503, reason: 'not_configured' })
        expect(ports.snapshot()).toBe(before)
    })

    it('accepts the old secret during a rotation', () => {
        const { run } = setup()
        expect(run(signed(JSON.stringify(sampleTrustCheckEvent())), ['whsec_bmV3IHNlY3JldCBuZXcgc2VjcmV0', SECRET])).toMatchObject({ accepted: true })
    })
})
