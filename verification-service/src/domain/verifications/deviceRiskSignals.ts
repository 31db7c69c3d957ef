import type { RiskSignals } from '../risk/scoreRisk';
import type { StoredDevice } from './noteDevice';

/** The device part of the risk signals, from the verification's stored device and the last hour's count. */
export function deviceRiskSignals(
  device: StoredDevice | null,
  verificationsLastHour: number,
): Pick<RiskSignals, 'verificationsForEmployeeLastHour' | 'newDevice' | 'unattestedPasskey' | 'sameDeviceAsLink'> {
  return {
    verificationsForEmployeeLastHour: verificationsLastHour,
    newDevice: device?.new_device ?? null,
    unattestedPasskey: device?.passkey_used === true && device.passkey_attested === false,
    sameDeviceAsLink: device?.same_device_as_link ?? null,
  };
}
