// sql.js keeps the database in an in-memory file that grows by 12.5% at a time, copying the
// whole file on each step: writing 20 MB cost over a second of copying (see patches/). The patch
// grows it by at least 16 MB (or 1.5x) instead. If `npm ci` stops applying it, this fails.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

describe('sql.js in-memory file growth', () => {
  it('is patched to grow in large steps', () => {
    const source = fs.readFileSync(require.resolve('sql.js'), 'utf8');
    expect(source).toContain('Math.max(m*1.5,m+16777216)');
    expect(source).not.toContain('m*(m<1048576?2:1.125)');
  });
});
