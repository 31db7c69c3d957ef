import { gateDecision, type GateInput } from './gateDecision'

const base: GateInput = { enabled: true, categories: ['password_reset', 'mfa_reset'], taskCategory: 'password_reset', closing: true, latestStatus: null }

describe('gateDecision', () => {
    it('refuses to close a gated task without a passed verification, and says why', () => {
        expect(gateDecision(base)).toEqual({ allow: false, message: expect.stringContaining('no identity verification was done on it') })
        for (const status of ['pending', 'opened', 'failed', 'expired', 'cancelled'] as const) {
            const decision = gateDecision({ ...base, latestStatus: status })
            expect(decision).toEqual({ allow: false, message: expect.stringContaining(`is "${status}", not "passed"`) })
        }
        expect(gateDecision({ ...base, taskCategory: 'MFA_Reset ' })).toMatchObject({ allow: false, message: expect.stringContaining('"MFA_Reset "') })
    })

    it('lets everything else through', () => {
        expect(gateDecision({ ...base, latestStatus: 'passed' })).toEqual({ allow: true })
        expect(gateDecision({ ...base, enabled: false })).toEqual({ allow: true })
        expect(gateDecision({ ...base, closing: false })).toEqual({ allow: true })
        expect(gateDecision({ ...base, taskCategory: 'hardware' })).toEqual({ allow: true })
        expect(gateDecision({ ...base, taskCategory: '' })).toEqual({ allow: true })
    })
})
