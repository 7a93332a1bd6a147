// A cheap walk over a request's input before zod sees it: zod's schemas bound every string,
// array and number, but they read a value whole before judging it, so a million-element array
// or an object nested ten thousand deep would be walked (and answered with a million issues)
// first. This stops at the first bound crossed and names where.

/** Deepest nesting any channel's input needs is under 10; 32 leaves room. */
export const MAX_INPUT_DEPTH = 32;
/** Values of every kind counted together (the largest legitimate input is a few hundred thousand). */
export const MAX_INPUT_NODES = 2_000_000;
/** Characters of all strings together: the largest text field (pasted observations) is 5 MB. */
export const MAX_INPUT_CHARS = 16_000_000;

export interface InputTooLarge {
  path: string;
  message: string;
}

/** The first place the input exceeds a bound, or null when it is within all of them. */
export function inputTooLarge(input: unknown): InputTooLarge | null {
  let nodes = 0;
  let chars = 0;
  const stack: { value: unknown; path: string[]; depth: number }[] = [
    { value: input, path: [], depth: 0 },
  ];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    nodes++;
    if (nodes > MAX_INPUT_NODES) {
      return {
        path: path.join('.'),
        message: `more than ${MAX_INPUT_NODES} values in one request`,
      };
    }
    if (typeof value === 'string') {
      chars += value.length;
      if (chars > MAX_INPUT_CHARS) {
        return { path: path.join('.'), message: `more than ${MAX_INPUT_CHARS} characters of text` };
      }
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_INPUT_DEPTH) {
      return { path: path.join('.'), message: `nested deeper than ${MAX_INPUT_DEPTH} levels` };
    }
    if (Array.isArray(value)) {
      if (value.length > MAX_INPUT_NODES - nodes) {
        return { path: path.join('.'), message: `a list of ${value.length} items is too long` };
      }
      for (let i = value.length - 1; i >= 0; i--) {
        stack.push({ value: value[i], path: [...path, String(i)], depth: depth + 1 });
      }
      continue;
    }
    const keys = Object.keys(value);
    if (keys.length > MAX_INPUT_NODES - nodes) {
      return { path: path.join('.'), message: `an object with ${keys.length} keys is too large` };
    }
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      chars += key.length;
      stack.push({
        value: (value as Record<string, unknown>)[key],
        path: [...path, key],
        depth: depth + 1,
      });
    }
  }
  return null;
}
