/**
 * The payload of an EPC QR code (European Payments Council, EPC069-12): a SEPA credit
 * transfer a banking app can prefill. The amount stays empty: the donor chooses it.
 */
import QRCode from 'qrcode';
import { compactIban } from './iban.ts';

export interface EpcTransfer {
  /** Recipient's name, at most 70 characters. */
  name: string;
  iban: string;
  /** Optional from version 002 on. */
  bic?: string;
  /** Unstructured remittance text (the payment reason), at most 140 characters. */
  reason?: string;
}

export function epcPayload(transfer: EpcTransfer): string {
  if (transfer.name.length > 70) throw new RangeError('EPC QR: the recipient name has more than 70 characters');
  if ((transfer.reason ?? '').length > 140) throw new RangeError('EPC QR: the payment reason has more than 140 characters');
  return [
    'BCD', // service tag
    '002', // version: BIC optional
    '1', // character set: UTF-8
    'SCT', // SEPA credit transfer
    transfer.bic ?? '',
    transfer.name,
    compactIban(transfer.iban),
    '', // amount: left for the donor
    '', // purpose code
    '', // structured reference
    transfer.reason ?? '',
  ].join('\n');
}

/** The EPC QR code as an SVG string, drawn at build time (no script, no request). */
export async function epcQrSvg(transfer: EpcTransfer): Promise<string> {
  return QRCode.toString(epcPayload(transfer), { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
}
