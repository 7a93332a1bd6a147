import type { DataKind } from '../../../shared/domain/kinds';
import type { SheetRows } from '../read/sheet-rows';
import type { KindDef } from '../check/kinds';
import { KIND_DEFS } from '../check/kinds';
import type { Mapping } from './mapping';
import { usageShapeOf, wideMetricColumns } from './usage-shape';
import { missingRequired } from './account-key';
import type { ProfileOf } from './auto-map';
import { mapKind } from './auto-map';
import { readHeader } from './header-match';
import { FOREIGN_TOKENS, GENERIC_TOKENS } from './lexicon';
import { headerTokens } from './tokens';

/** How one kind reads a sheet, and how much the sheet says it holds that kind. */
export interface KindReading {
  kind: DataKind;
  mapping: Mapping;
  /** Every required field mapped (an account's name standing in for its id). */
  complete: boolean;
  /** The whole mapping's weight: fields mapped, columns explained, the sheet's name. */
  score: number;
  /** What only this kind explains: fields named by specific words, not "ID", "Date" or "Name". */
  evidence: number;
}

export interface KindDecision {
  /** The kind the sheet holds, when the importer is sure. */
  kind: DataKind | null;
  /** When not sure: the kinds it could hold, likeliest first, for the user to choose from. */
  candidates: DataKind[];
  readings: KindReading[];
}

export interface SheetEvidence {
  sheetName: string;
  fileName: string;
  headers: readonly string[];
  rows: SheetRows;
  profileOf?: ProfileOf;
}

/** Fields naming the account a row belongs to: present in nearly every kind, so no evidence. */
const ACCOUNT_FIELDS = new Set(['accountId', 'accountName']);
/** Fields that identify a row: they weigh less in a mapping, but "Ticket ID" is evidence. */
const KEY_FIELDS = new Set([
  'id',
  'subscriptionId',
  'eventId',
  'contactId',
  'experimentId',
  'unitId',
]);
/**
 * Account fields any list of companies has (a directory of organisations gives an industry, a
 * country and a founding date): a customer list needs more, a field only a CSM keeps (ARR,
 * renewal, segment, owner, plan, seats, churned).
 */
const ACCOUNT_COMMON = new Set(['id', 'name', 'currency', 'country', 'industry', 'signupDate']);

const ENOUGH_EVIDENCE = 1;
const SOME_EVIDENCE = 0.5;

function isSpecific(header: string): boolean {
  return readHeader(header).tokens.some((t) => !GENERIC_TOKENS.has(t));
}

function isForeign(header: string): boolean {
  return readHeader(header).tokens.some((t) => FOREIGN_TOKENS.has(t));
}

function nameHints(def: KindDef, names: readonly string[]): boolean {
  const bags = names.map((n) => new Set(headerTokens(n.replace(/\.[a-z0-9]{2,5}$/i, ''))));
  return def.sheetHints.some((hint) => {
    const tokens = headerTokens(hint);
    return tokens.length > 0 && bags.some((bag) => tokens.every((t) => bag.has(t)));
  });
}

function readAs(def: KindDef, sheet: SheetEvidence, foreign: number, filled: number): KindReading {
  const { mapping, quality } = mapKind(sheet.headers, def, sheet.profileOf);
  const complete = missingRequired(def, mapping).length === 0;
  let score = 0;
  let evidence = 0;
  let mapped = 0;
  for (const [field, q] of Object.entries(quality)) {
    mapped++;
    const key = KEY_FIELDS.has(field) || ACCOUNT_FIELDS.has(field);
    score += q * (key ? 1 : 2);
    if (ACCOUNT_FIELDS.has(field) || (def.kind === 'accounts' && ACCOUNT_COMMON.has(field)))
      continue;
    if (isSpecific(sheet.headers[mapping[field]!]!)) evidence += q;
  }
  if (def.kind === 'usage' && complete && usageShapeOf(mapping) === 'wide') {
    // A wide usage sheet says so through its metric columns ("Logins", "Reports run").
    const metrics = wideMetricColumns(sheet.headers, mapping, sheet.rows).filter(
      (c) => !isForeign(sheet.headers[c]!),
    );
    mapped += metrics.length;
    evidence += Math.min(1.5, metrics.length * 0.5);
    score += Math.min(3, metrics.length);
  }
  const hinted = nameHints(def, [sheet.sheetName, sheet.fileName]);
  score += (3 * mapped) / Math.max(1, filled) + (hinted ? 2 : 0) - 2 * foreign;
  evidence += (hinted ? 1 : 0) - 0.5 * foreign;
  return { kind: def.kind, mapping, complete, score, evidence };
}

/** Kinds whose own row id is named by a specific header ("Subscription ID", "Abonelik"). */
function ownsRowIds(r: KindReading, headers: readonly string[]): boolean {
  if (r.kind === 'accounts' || !r.complete) return false;
  return ['id', 'eventId'].some((f) => {
    const col = r.mapping[f];
    return col !== null && col !== undefined && isSpecific(headers[col]!);
  });
}

/**
 * Which kind a sheet holds, from the whole mapping of every kind plus the sheet's and file's
 * names. A kind needs evidence beyond its key columns; when evidence is thin or two kinds come
 * close, the user is asked. A sheet whose rows carry their own subscription, ticket or event ids
 * is never a list of accounts, whatever else it shares with one.
 */
export function chooseKind(sheet: SheetEvidence): KindDecision {
  const filledHeaders = sheet.headers.filter((h) => h.trim() !== '');
  const foreign = filledHeaders.filter(isForeign).length;
  const readings = Object.values(KIND_DEFS).map((def) =>
    readAs(def, sheet, foreign, filledHeaders.length),
  );
  const vetoAccounts = readings.some((r) => ownsRowIds(r, sheet.headers));
  const candidates = readings
    .filter((r) => r.complete && r.evidence >= SOME_EVIDENCE)
    .filter((r) => !(vetoAccounts && r.kind === 'accounts'))
    .sort((a, b) => b.score - a.score);
  const [top, second] = candidates;
  if (!top) return { kind: null, candidates: [], readings };
  const margin = Math.max(1.5, 0.15 * top.score);
  const clear = !second || top.score - second.score >= margin;
  if (clear && top.evidence >= ENOUGH_EVIDENCE) return { kind: top.kind, candidates: [], readings };
  const close = candidates.filter((r) => top.score - r.score < margin).slice(0, 3);
  return { kind: null, candidates: close.map((r) => r.kind), readings };
}
