import { scoreRisk, type RiskSignals } from './scoreRisk';

const calm: RiskSignals = {
  outcome: 'passed',
  failedAttempts: 0,
  personalContactUsed: false,
  employeeDisabled: false,
  verificationsForEmployeeLast24h: 1,
  secondsToComplete: 60,
};
const codes = (s: Partial<RiskSignals>) => scoreRisk({ ...calm, ...s }).reasons.map((r) => r.code);

describe('device risk rules', () => {
  it('a calm verification on a known, attested device opened and completed in one browser scores 0', () => {
    expect(
      scoreRisk({
        ...calm,
        newDevice: false,
        unattestedPasskey: false,
        sameDeviceAsLink: true,
        verificationsForEmployeeLastHour: 1,
      }),
    ).toEqual({ score: 0, reasons: [] });
  });

  it('new device: first use of a passkey or of a browser; unknown (null) says nothing', () => {
    expect(scoreRisk({ ...calm, newDevice: true }).reasons).toEqual([
      {
        code: 'new_device',
        message: 'Completed on a device this employee has not used to verify before (a new passkey or browser)',
        weight: 10,
      },
    ]);
    expect(codes({ newDevice: null })).toEqual([]);
  });

  it('unattested device: a passkey whose make is not proven', () => {
    expect(codes({ unattestedPasskey: true })).toEqual(['unattested_device']);
    expect(scoreRisk({ ...calm, unattestedPasskey: true }).score).toBe(10);
  });

  it('different devices: opened in one browser, completed in another; unknown (null) says nothing', () => {
    expect(scoreRisk({ ...calm, sameDeviceAsLink: false }).reasons).toEqual([
      { code: 'different_device', message: 'The link was opened in one browser and completed in another', weight: 15 },
    ]);
    expect(codes({ sameDeviceAsLink: null })).toEqual([]);
  });

  it('a burst of three verifications within an hour, on top of the 24-hour rule', () => {
    expect(codes({ verificationsForEmployeeLastHour: 2, verificationsForEmployeeLast24h: 2 })).toEqual([]);
    const burst = scoreRisk({ ...calm, verificationsForEmployeeLastHour: 3, verificationsForEmployeeLast24h: 3 });
    expect(burst.reasons.map((r) => r.code)).toEqual(['many_verifications', 'verification_burst']);
    expect(burst.reasons[1]!.message).toBe('3 verifications for this employee within one hour');
    expect(burst.score).toBe(35);
  });

  it('the device signals add up with the others and the score stays within 100', () => {
    const worst = scoreRisk({
      ...calm,
      outcome: 'failed',
      failedAttempts: 5,
      employeeDisabled: true,
      newDevice: true,
      unattestedPasskey: true,
      sameDeviceAsLink: false,
      verificationsForEmployeeLastHour: 9,
    });
    expect(worst.score).toBe(100);
    expect(worst.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['new_device', 'unattested_device', 'different_device', 'verification_burst']),
    );
  });
});
