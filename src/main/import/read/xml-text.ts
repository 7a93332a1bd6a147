// Text and attributes of SpreadsheetML as the scanner hands them over: raw, entities undecoded.

const ENTITY = /&(?:#(\d+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Excel writes control characters as _xHHHH_ (ECMA-376 ST_Xstring); "_x005F_" escapes a "_". */
const ESCAPED = /_x([0-9A-Fa-f]{4})_/g;

/** The five predefined entities and character references; a DTD's own entities never expand. */
export function decodeXml(raw: string): string {
  // XML reads every CR LF or lone CR as LF; a CR the writer meant is spelled &#13; or _x000D_.
  const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name]!;
    const code = dec ? Number(dec) : parseInt(hex!, 16);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A string item's text with Excel's _xHHHH_ escapes turned back into the characters. */
export function unescapeExcel(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPED, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

const SLOW = new Map<string, RegExp>();

/**
 * An attribute's decoded value, or undefined. The double-quoted form every writer uses is found
 * with indexOf (this runs for every cell); anything else (single quotes, spaces around "=")
 * falls back to a regular expression over the one tag.
 */
export function attr(attrs: string, name: string): string | undefined {
  const key = `${name}="`;
  let at = attrs.indexOf(key);
  while (at >= 0) {
    const before = at === 0 ? 32 : attrs.charCodeAt(at - 1);
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const start = at + key.length;
      const end = attrs.indexOf('"', start);
      if (end < 0) return undefined;
      return decodeXml(attrs.slice(start, end));
    }
    at = attrs.indexOf(key, at + 1);
  }
  if (!attrs.includes(name) || !unusualAttributes(attrs)) return undefined;
  let re = SLOW.get(name);
  if (!re) {
    re = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    SLOW.set(name, re);
  }
  const m = re.exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/** Single quotes or space around "=": spellings the indexOf path does not see. */
export function unusualAttributes(attrs: string): boolean {
  if (attrs.includes("'")) return true;
  for (let i = attrs.indexOf('='); i >= 0; i = attrs.indexOf('=', i + 1))
    if (isSpace(attrs.charCodeAt(i - 1)) || isSpace(attrs.charCodeAt(i + 1))) return true;
  return false;
}

/**
 * A cell's r, t and s in one pass over its attributes (this runs for every cell), which also
 * checks that they are spelled the usual way (name="value" after white space); the rare unusual
 * spelling (single quotes, space around "=") goes through attr().
 */
export function cellAttributes(attrs: string, out: { r?: string; t?: string; s?: string }): void {
  out.r = out.t = out.s = undefined;
  if (!attrs.includes("'")) {
    let i = attrs.indexOf('=');
    for (; i >= 1; i = attrs.indexOf('=', i)) {
      if (attrs.charCodeAt(i + 1) !== 34 || isSpace(attrs.charCodeAt(i - 1))) break;
      const end = attrs.indexOf('"', i + 2);
      if (end < 0) break;
      if (i === 1 || isSpace(attrs.charCodeAt(i - 2))) {
        const name = attrs.charCodeAt(i - 1);
        const value = attrs.slice(i + 2, end);
        if (name === 114) out.r = value;
        else if (name === 116) out.t = value;
        else if (name === 115) out.s = value;
      }
      i = end + 1;
    }
    if (i < 0) return;
    out.r = out.t = out.s = undefined;
  }
  out.r = attr(attrs, 'r');
  out.t = attr(attrs, 't');
  out.s = attr(attrs, 's');
}

/** Where the values of a tag's one-letter attributes r, t and s lie in a buffer; -1 when absent. */
export interface ShortAttributes {
  rFrom: number;
  rTo: number;
  tFrom: number;
  tTo: number;
  sFrom: number;
  sTo: number;
}

/**
 * cellAttributes in place: where r, t and s lie within [from, to) of `s`, nothing copied (this runs
 * for every cell and row of a sheet, and the copies were a good part of the reader's garbage).
 * Only the spelling writers use is read here: white space, name="value", with no single quote
 * anywhere, no "&" or "=" in a value and no name twice. Anything else returns false, and the
 * caller copies the tag and reads it with cellAttributes or attr as before.
 */
export function shortAttributesAt(
  s: string,
  from: number,
  to: number,
  out: ShortAttributes,
): boolean {
  out.rFrom = out.rTo = out.tFrom = out.tTo = out.sFrom = out.sTo = -1;
  let i = from;
  for (;;) {
    const gap = i;
    while (i < to && isSpace(s.charCodeAt(i))) i++;
    if (i >= to) return true;
    if (i === gap) return false;
    const name = i;
    let c = s.charCodeAt(i);
    while (c !== 61) {
      if (isSpace(c) || c === 34 || c === 39 || c === 38) return false;
      if (++i >= to) return false;
      c = s.charCodeAt(i);
    }
    if (i === name || i + 1 >= to || s.charCodeAt(i + 1) !== 34) return false;
    const value = i + 2;
    let end = value;
    for (; end < to; end++) {
      c = s.charCodeAt(end);
      if (c === 34) break;
      if (c === 39 || c === 38 || c === 61) return false;
    }
    if (end >= to) return false;
    if (i - name === 1) {
      const letter = s.charCodeAt(name);
      if (letter === 114) {
        if (out.rFrom >= 0) return false;
        out.rFrom = value;
        out.rTo = end;
      } else if (letter === 116) {
        if (out.tFrom >= 0) return false;
        out.tFrom = value;
        out.tTo = end;
      } else if (letter === 115) {
        if (out.sFrom >= 0) return false;
        out.sFrom = value;
        out.sTo = end;
      }
    }
    i = end + 1;
  }
}

/** Number() of [from, to) of `s`, without copying it when it is a plain whole number. */
export function numberAt(s: string, from: number, to: number): number {
  if (to - from < 1 || to - from > 9) return Number(s.slice(from, to));
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return Number(s.slice(from, to));
    n = n * 10 + d;
  }
  return n;
}

/** 10 ** k for every k a plain decimal's fraction can have (15 digits at most). */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * Number() of [from, to) of `s` when it is a plain decimal ("42", "-7", "3.25": optional minus,
 * digits, optional point and digits, 15 digits at most), read in place; NaN for anything else,
 * which the caller then reads with Number() as before. Exact: the digits make an integer below
 * 2 ** 53 and 10 ** k is exact for k <= 22, so the one division rounds as Number() does.
 */
export function plainDecimalAt(s: string, from: number, to: number): number {
  let i = from;
  const negative = i < to && s.charCodeAt(i) === 45;
  if (negative) i++;
  let digits = 0;
  let fraction = -1;
  let n = 0;
  for (; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d >= 0 && d <= 9) {
      n = n * 10 + d;
      digits++;
    } else if (d === -2 && fraction < 0 && digits > 0) fraction = digits;
    else return NaN;
  }
  if (digits === 0 || digits > 15 || fraction === digits) return NaN;
  const value = fraction < 0 ? n : n / POWERS_OF_TEN[digits - fraction]!;
  return negative ? -value : value;
}

/** The value of a prefixed attribute whatever its prefix (r:id, or a strict file's own prefix). */
export function prefixedAttr(attrs: string, local: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)[\\w.-]+:${local}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}
