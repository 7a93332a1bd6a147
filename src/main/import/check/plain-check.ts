import type { z } from 'zod';

/** Whether a value passes a schema: true only where the schema's safeParse would succeed. */
type Check = (value: unknown) => boolean;

/** The parts of zod 4's internal definitions this module reads (`schema._zod.def`). */
interface Def {
  type: string;
  coerce?: boolean;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, Schema>;
  catchall?: Schema;
  innerType?: Schema;
  entries?: Record<string, unknown>;
}
interface CheckDef {
  check: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  value?: number | bigint;
  inclusive?: boolean;
  pattern?: RegExp;
}
interface Schema {
  _zod: { def: Def };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One string or number rule as plain code, or null for a rule this module does not know. Each
 * mirrors zod 4's own test (min_length and max_length on `.length`, a regex's `test` from
 * lastIndex 0, bounds with their inclusiveness, `.int()` as a safe integer).
 */
function ruleOf(c: CheckDef, base: 'string' | 'number'): Check | null {
  if (base === 'string') {
    const { minimum, maximum, pattern } = c;
    if (c.check === 'min_length' && typeof minimum === 'number')
      return (v) => (v as string).length >= minimum;
    if (c.check === 'max_length' && typeof maximum === 'number')
      return (v) => (v as string).length <= maximum;
    if (c.check === 'string_format' && c.format === 'regex' && pattern instanceof RegExp)
      return (v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      };
    return null;
  }
  const { value, inclusive } = c;
  if (c.check === 'greater_than' && typeof value === 'number')
    return inclusive ? (v) => (v as number) >= value : (v) => (v as number) > value;
  if (c.check === 'less_than' && typeof value === 'number')
    return inclusive ? (v) => (v as number) <= value : (v) => (v as number) < value;
  if (c.check === 'number_format' && c.format === 'safeint') return (v) => Number.isSafeInteger(v);
  return null;
}

function withRules(typeOk: Check, def: Def, base: 'string' | 'number'): Check | null {
  const rules: Check[] = [];
  for (const c of def.checks ?? []) {
    const rule = ruleOf(c._zod.def, base);
    if (!rule) return null;
    rules.push(rule);
  }
  return (v) => typeOk(v) && rules.every((r) => r(v));
}

/** A field schema as plain code; null for anything that coerces, transforms or is not listed. */
function fieldCheck(schema: Schema): Check | null {
  const def = schema._zod.def;
  if (def.coerce) return null;
  switch (def.type) {
    case 'string':
      return withRules((v) => typeof v === 'string', def, 'string');
    case 'number':
      // zod 4's number refuses NaN and the infinities.
      return withRules((v) => typeof v === 'number' && Number.isFinite(v), def, 'number');
    case 'boolean':
      return def.checks?.length ? null : (v) => typeof v === 'boolean';
    case 'enum': {
      const entries = Object.entries(def.entries ?? {});
      // Only plain string enums: a TypeScript numeric enum's reverse keys follow other rules.
      if (def.checks?.length || !entries.every(([k, v]) => k === v)) return null;
      const values = new Set(entries.map(([k]) => k));
      return (v) => typeof v === 'string' && values.has(v);
    }
    case 'nullable': {
      const inner = def.innerType ? fieldCheck(def.innerType) : null;
      return inner && !def.checks?.length ? (v) => v === null || inner(v) : null;
    }
    default:
      return null;
  }
}

const cache = new WeakMap<object, Check | null>();

/**
 * A plain-code test that passes an entity exactly when `schema.safeParse` would succeed on it, for
 * schemas made only of what the entity schemas use (a non-strict object of strings, numbers,
 * booleans, string enums and their nullable forms, with length, regex, bound and integer rules).
 * Null for any other schema (a refinement, a transform, an array...): zod then checks every row.
 * Callers run zod whenever the test fails, so the problems reported stay zod's own.
 */
export function plainCheckOf(schema: z.ZodType): Check | null {
  let check = cache.get(schema);
  if (check !== undefined) return check;
  check = objectCheck((schema as unknown as Schema)._zod.def);
  cache.set(schema, check);
  return check;
}

function objectCheck(def: Def): Check | null {
  // A catchall (strict or loose objects) or an object-level rule changes what passes.
  if (def.type !== 'object' || !def.shape || def.catchall || def.checks?.length) return null;
  const fields: [string, Check][] = [];
  for (const [key, field] of Object.entries(def.shape)) {
    const check = fieldCheck(field);
    if (!check) return null;
    fields.push([key, check]);
  }
  return (v) => isRecord(v) && fields.every(([key, check]) => check(v[key]));
}
