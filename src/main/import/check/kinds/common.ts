import { normalizeHeader } from '../../map/normalize-header';

/** How sheets name the account a row belongs to, in English, Thai and Turkish. */
export const ACCOUNT_REF = [
  'account id',
  'account_id',
  'account',
  'customer id',
  'customerid',
  'account number',
  'company id',
  'client id',
  'crm id',
  'รหัสบัญชี',
  'รหัสลูกค้า',
  'บัญชี',
  'hesap id',
  'hesap no',
  'hesap',
  'müşteri id',
  'müşteri no',
  'müşteri kodu',
];

/**
 * How sheets name the account a row belongs to by its name, for files with no account id (a
 * customer list keyed by name, and the usage and ticket files that go with it).
 */
export const ACCOUNT_NAME = [
  'account name',
  'customer',
  'customer name',
  'client',
  'client name',
  'company',
  'company name',
  'organisation',
  'ชื่อบัญชี',
  'ชื่อลูกค้า',
  'ชื่อบริษัท',
  'ลูกค้า',
  'บริษัท',
  'hesap adı',
  'müşteri',
  'müşteri adı',
  'şirket',
  'şirket adı',
  'firma',
  'firma adı',
];

export const CURRENCY = ['currency', 'ccy', 'สกุลเงิน', 'para birimi', 'döviz'];

/**
 * Finds which vocabulary entry a free-text value names. Exact normalised matches win; otherwise
 * the longest keyword contained in the text decides, so "price too high" finds "price".
 */
export function matchVocabulary<T extends string>(
  value: string,
  vocabulary: readonly (readonly [T, readonly string[]])[],
): T | null {
  const plain = normalizeHeader(value);
  if (!plain) return null;
  let best: T | null = null;
  let bestLength = 0;
  for (const [code, words] of vocabulary) {
    for (const word of words) {
      const w = normalizeHeader(word);
      if (w === plain) return code;
      if (w.length >= 3 && w.length > bestLength && plain.includes(w)) {
        best = code;
        bestLength = w.length;
      }
    }
  }
  return best;
}

/** A stable id for rows that come without one, so importing them again updates, not duplicates. */
export function derivedId(...parts: unknown[]): string {
  return parts.map((p) => (p === null || p === undefined ? '' : String(p))).join('|');
}
