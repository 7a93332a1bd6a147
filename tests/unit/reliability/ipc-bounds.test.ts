// Issue 14.3: every IPC input has size bounds. For every request channel a valid input is built
// from its schema; then each field in turn is made oversized (a string past its limit and 10 MB
// long, an array past its limit and three million long, numbers at 1e308 and past their limit,
// an object nested 10,000 deep, an unknown key carrying 10 MB, a record of 100,000 keys) and sent
// through the real dispatch. Each must be refused as INVALID_INPUT naming the field (never
// INTERNAL) and leave the workspace byte for byte as it was.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../../src/main/ipc/dispatch';
import { DEFAULT_HEALTH_MODEL, DEFAULT_PLAYBOOK } from '../../../src/shared/analytics/health';
import { REQUEST_CHANNELS } from '../../../src/shared/ipc/channels';
import type { RequestChannel } from '../../../src/shared/ipc/channels';
import { contract } from '../../../src/shared/ipc/contract';
import { sampleBook, writeRows } from '../../helpers/health-workspace';
import { testServices } from '../../helpers/services';
import type { TestServices } from '../../helpers/services';

type Json = Record<string, unknown>;
type Path = (string | number)[];

const HUGE_TEXT = 'x'.repeat(10 * 1024 * 1024);
const HUGE_LIST: number[] = new Array<number>(3_000_000).fill(0);

function deepObject(levels: number): Json {
  const root: Json = {};
  let node = root;
  for (let i = 0; i < levels; i++) {
    const next: Json = {};
    node.a = next;
    node = next;
  }
  return root;
}
const DEEP = deepObject(10_000);

/** Values that match the fixed patterns used in the contract. */
const PATTERN_SAMPLES: Record<string, string> = {
  '^\\d{4}-\\d{2}-\\d{2}$': '2026-09-30',
  '^\\d{4}-\\d{2}$': '2026-09',
  '^\\d{4}-Q[1-4]$': '2026-Q3',
  '^[A-Z]{3}$': 'USD',
};

interface Schema extends Json {
  type?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  propertyNames?: Schema;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  minItems?: number;
  maxItems?: number;
  maxLength?: number;
  minLength?: number;
  default?: unknown;
}

/** A small valid value for a JSON schema (the first branch of a union). */
function sample(s: Schema): unknown {
  if (s.const !== undefined) return s.const;
  if (s.enum) return s.enum[0];
  const branch = s.anyOf ?? s.oneOf;
  if (branch) return sample(branch.find((b) => b.type !== 'null') ?? branch[0]!);
  switch (s.type) {
    case 'string':
      if (s.pattern) return PATTERN_SAMPLES[s.pattern] ?? 'x';
      return 'a'.repeat(Math.max(1, s.minLength ?? 1));
    case 'number':
    case 'integer': {
      const low = s.minimum ?? (s.exclusiveMinimum !== undefined ? s.exclusiveMinimum + 1 : 1);
      return s.maximum !== undefined ? Math.min(Math.max(low, 1), s.maximum) : Math.max(low, 1);
    }
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(s.items ?? {}));
    case 'object': {
      const out: Json = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = sample(v);
      return out;
    }
    default:
      return null;
  }
}

/** Hand-made valid inputs where a schema's meaning (refinements) asks for more than its shape. */
const MODEL = { components: DEFAULT_HEALTH_MODEL.components, bands: DEFAULT_HEALTH_MODEL.bands };
const BASES: Record<string, unknown> = {
  'health:playbookUpdate': { playbook: { rules: DEFAULT_PLAYBOOK.rules } },
  'health:modelUpdate': { model: MODEL },
  'health:backtestWhatIf': { horizonDays: 90, model: MODEL },
};

function baseOf(channel: RequestChannel, schema: Schema): unknown {
  return channel in BASES ? structuredClone(BASES[channel]) : sample(schema);
}

interface Site {
  path: Path;
  schema: Schema;
}

/** Every field of the valid input, with its schema (following the branch the value took). */
function sites(schema: Schema, value: unknown, at: Path = []): Site[] {
  const branch = schema.anyOf ?? schema.oneOf;
  if (branch) {
    const taken =
      branch.find((b) => b.type !== 'null' && typeMatches(b, value)) ??
      branch.find((b) => b.type !== 'null');
    return taken ? sites(taken, value, at) : [];
  }
  const here: Site[] = [{ path: at, schema }];
  if (schema.type === 'object' && value && typeof value === 'object') {
    for (const [k, v] of Object.entries(schema.properties ?? {}))
      here.push(...sites(v, (value as Json)[k], [...at, k]));
  }
  if (schema.type === 'array' && Array.isArray(value) && value.length > 0 && schema.items) {
    here.push(...sites(schema.items, value[0], [...at, 0]));
  }
  return here;
}

function typeMatches(s: Schema, value: unknown): boolean {
  if (s.const !== undefined) return s.const === value;
  if (s.type === 'object') {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
    // A discriminated union: the branch whose constant field the value carries.
    return Object.entries(s.properties ?? {}).every(
      ([k, v]) => v.const === undefined || (value as Json)[k] === v.const,
    );
  }
  if (s.type === 'array') return Array.isArray(value);
  if (s.type === 'integer') return typeof value === 'number';
  return typeof value === s.type;
}

function setAt(root: unknown, at: Path, value: unknown): unknown {
  if (at.length === 0) return value;
  const copy = structuredClone(root) as Json;
  let node = copy as Json;
  for (const key of at.slice(0, -1)) node = node[key as string] as Json;
  node[at.at(-1) as string] = value;
  return copy;
}

/** Oversized replacements for a field of this schema: a label for the failure and the value. */
function oversized(s: Schema, current: unknown): [string, unknown][] {
  const out: [string, unknown][] = [['nested 10,000 deep', DEEP]];
  if (s.type === 'string') {
    out.push(['10 MB of text', HUGE_TEXT]);
    if (s.maxLength !== undefined)
      out.push(['one character too long', 'a'.repeat(s.maxLength + 1)]);
  }
  if (s.type === 'number' || s.type === 'integer') {
    out.push(['1e308', 1e308], ['-1e308', -1e308]);
    if (s.maximum !== undefined) out.push(['just over the maximum', s.maximum + 1]);
  }
  if (s.type === 'array') {
    out.push(['three million items', HUGE_LIST]);
    const first = Array.isArray(current) ? current[0] : undefined;
    if (s.maxItems !== undefined && first !== undefined)
      out.push(['one item too many', new Array(s.maxItems + 1).fill(first)]);
  }
  if (s.type === 'object') {
    if (s.additionalProperties === false)
      out.push(['an unknown key with 10 MB', { ...(current as Json), extra: HUGE_TEXT }]);
    if (s.additionalProperties && typeof s.additionalProperties === 'object') {
      const big: Json = {};
      const value = sample(s.additionalProperties);
      for (let i = 0; i < 100_000; i++) big[`k${i}`] = value;
      out.push(['100,000 keys', big]);
    }
  }
  return out;
}

const samePathFamily = (a: string, b: string) =>
  a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`) || a === '' || b === '';

let t: TestServices;
let accountId = '';
beforeAll(async () => {
  t = testServices();
  const ws = await t.services.workspaces.open(path.join(t.dir, 'bounds.qbr'), true);
  const book = sampleBook();
  accountId = book.accounts[0]!.id;
  writeRows(ws, { accounts: book.accounts.slice(0, 1) });
  ws.flush();
});
afterAll(() => t.cleanup());

const fingerprint = () =>
  createHash('sha256').update(t.services.workspaces.require().db.export()).digest('hex');

describe('IPC input bounds', () => {
  const schemas = new Map(
    REQUEST_CHANNELS.map((channel) => [
      channel,
      z.toJSONSchema(contract[channel].input as z.ZodType, {
        io: 'input',
        unrepresentable: 'any',
        reused: 'inline',
      }) as Schema,
    ]),
  );

  it('every string, list and number any channel accepts has an upper bound', () => {
    const unbounded: string[] = [];
    const visit = (s: Schema, at: string) => {
      for (const b of s.anyOf ?? s.oneOf ?? []) visit(b, at);
      const fixedPattern =
        s.pattern !== undefined && /^\^.*\$$/.test(s.pattern) && !/[*+]|\{\d+,\}/.test(s.pattern);
      if (
        s.type === 'string' &&
        s.maxLength === undefined &&
        !fixedPattern &&
        !s.enum &&
        s.const === undefined
      )
        unbounded.push(`${at}: text`);
      if ((s.type === 'number' || s.type === 'integer') && s.maximum === undefined)
        unbounded.push(`${at}: number`);
      if (s.type === 'array' && s.maxItems === undefined) unbounded.push(`${at}: list`);
      for (const [k, v] of Object.entries(s.properties ?? {})) visit(v, `${at}.${k}`);
      if (s.items) visit(s.items, `${at}[]`);
      if (s.additionalProperties && typeof s.additionalProperties === 'object') {
        if (s.propertyNames?.maxLength === undefined && !s.propertyNames?.enum)
          unbounded.push(`${at}: record keys`);
        visit(s.additionalProperties, `${at}.*`);
      }
    };
    for (const channel of REQUEST_CHANNELS) visit(schemas.get(channel)!, channel);
    expect(unbounded).toEqual([]);
  });

  it('a valid input can be built for every channel (so each refusal below is the bound’s)', () => {
    for (const channel of REQUEST_CHANNELS) {
      const base = baseOf(channel, schemas.get(channel)!);
      const parsed = contract[channel].input.safeParse(base);
      expect(parsed.success, `${channel}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    }
  });

  it(
    'every oversized field of every channel is refused as invalid input naming it, changing nothing',
    { timeout: 300_000 },
    async () => {
      const before = fingerprint();
      let refusals = 0;
      for (const channel of REQUEST_CHANNELS) {
        const schema = schemas.get(channel)!;
        const base = baseOf(channel, schema);
        for (const site of sites(schema, base)) {
          for (const [label, value] of oversized(site.schema, setAtValue(base, site.path))) {
            const input = setAt(base, site.path, value);
            const where = `${channel} ${site.path.join('.') || '(input)'}: ${label}`;
            const res = await dispatch(channel, input, t.services);
            expect(res.ok, where).toBe(false);
            if (res.ok) continue;
            expect(res.error.code, `${where}: ${res.error.message}`).toBe('INVALID_INPUT');
            const issues = res.error.details as { path: string }[];
            expect(issues.length, where).toBeGreaterThan(0);
            expect(issues.length, where).toBeLessThanOrEqual(20);
            expect(
              issues.some((i) => samePathFamily(i.path, site.path.join('.'))),
              `${where}: ${JSON.stringify(issues)}`,
            ).toBe(true);
            expect(res.error.message, where).toMatch(
              new RegExp(`^Invalid input for ${channel}\\.`),
            );
            expect(res.error.message.length, where).toBeLessThan(500);
            refusals++;
          }
        }
      }
      expect(fingerprint()).toBe(before);
      // Every channel had at least its whole input replaced; most had many fields.
      expect(refusals).toBeGreaterThan(REQUEST_CHANNELS.length * 3);
    },
  );

  it('the audit’s playbook (weeks 20,000,000, a 50 MB id) is refused and health views keep working', async () => {
    const before = fingerprint();
    const rule = DEFAULT_PLAYBOOK.rules.find((r) => r.trigger.type === 'score_drop')!;
    for (const bad of [
      { ...rule, trigger: { type: 'score_drop', points: 15, weeks: 20_000_000 } },
      { ...rule, id: 'r'.repeat(50 * 1024 * 1024) },
      { ...rule, dueDays: 1e12 },
    ]) {
      const res = await dispatch(
        'health:playbookUpdate',
        { playbook: { rules: [bad] } },
        t.services,
      );
      expect(res).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
    expect(fingerprint()).toBe(before);
    // The largest values the bounds allow are saved, and every health view still answers.
    const widest = DEFAULT_PLAYBOOK.rules.map((r) => ({
      ...r,
      id: `${r.id}-${'i'.repeat(150)}`,
      dueDays: 3660,
      trigger:
        r.trigger.type === 'score_drop' ? { ...r.trigger, points: 100, weeks: 104 } : r.trigger,
    }));
    const saved = await dispatch(
      'health:playbookUpdate',
      { playbook: { rules: widest } },
      t.services,
    );
    expect(saved.ok).toBe(true);
    for (const [channel, input] of [
      ['health:recompute', {}],
      ['health:overview', { accountId }],
      ['health:snapshots', { accountId }],
      ['tasks:list', {}],
      ['portfolio:rows', {}],
      ['account:timeline', { accountId }],
    ] as const) {
      const res = await dispatch(channel, input, t.services);
      expect(res.ok ? 'ok' : `${res.error.code}: ${res.error.message}`, channel).toBe('ok');
    }
  });
});

function setAtValue(root: unknown, at: Path): unknown {
  let node = root;
  for (const key of at) node = (node as Json | undefined)?.[key as string];
  return node;
}
