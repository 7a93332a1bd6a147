// Screens, exports and the shared code they print from format numbers, percentages, money and
// dates only through src/shared/i18n/format.ts (issue #18 point 7): a static scan for the ways a
// file formats by hand, so a new "92.3%" or a native date picker fails here, not in a Thai review.
// The CLI (src/main/cli) is left out: it prints plain figures for terminals and scripts.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCANNED = ['src/renderer/src', 'src/main', 'src/shared'];
const SKIPPED = ['src/main/cli/'];
const FORMAT_MODULE = 'src/shared/i18n/format.ts';

const RULES: { name: string; pattern: RegExp; allowed: string[] }[] = [
  {
    name: 'toFixed',
    pattern: /\.toFixed\(/,
    // SVG path coordinates, never read by a person.
    allowed: [
      'src/renderer/src/features/goals/Sparkline.tsx',
      'src/renderer/src/features/portfolio/Sparkline.tsx',
    ],
  },
  { name: 'toLocaleString', pattern: /\.toLocale(Date|Time)?String\(/, allowed: [] },
  {
    name: 'Intl.NumberFormat',
    pattern: /new Intl\.NumberFormat\b/,
    // Reads a currency's minor-unit digits from Intl's options; formats nothing.
    allowed: ['src/main/import/check/money.ts'],
  },
  { name: 'Intl.DateTimeFormat', pattern: /new Intl\.DateTimeFormat\b/, allowed: [] },
  // "92.3%" glued by hand or by a chart's format string: Turkish writes "%92,3". (Catalogue
  // messages may write "{value}%": each language's catalogue puts the sign where it belongs.)
  {
    name: 'percent sign after a value',
    pattern: /\$\{[^}]*\}%|formatter: ['"][^'"]*\{value\}%|\+ ?['"]%['"]/,
    allowed: [],
  },
  // The native picker shows Gregorian years in Thai; components/DateInput.tsx is every date field.
  // (month, week and datetime inputs likewise; periods use selects labelled in the era.)
  {
    name: 'native date input',
    pattern: /type=["'](date|month|week|datetime-local)["']/,
    allowed: [],
  },
];

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return sources(relative);
    const skipped = relative === FORMAT_MODULE || SKIPPED.some((dir) => relative.startsWith(dir));
    return /\.tsx?$/.test(entry.name) && !skipped ? [relative] : [];
  });
}

/** Lines of code without comments, so a comment that quotes "92.3%" is not a finding. */
function codeLines(file: string): string[] {
  return fs
    .readFileSync(path.join(ROOT, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ''))
    .split('\n')
    .map((line) => line.replace(/(^|[^:'"`])\/\/.*$/, '$1'));
}

describe('no hand-made number or date formats outside the format module', () => {
  const files = SCANNED.flatMap(sources);

  it('scans the renderer, the exporters and the shared code', () => {
    expect(files.some((f) => f.startsWith('src/renderer/src/features/portfolio/'))).toBe(true);
    expect(files).toContain('src/main/export/slides.ts');
    expect(files).toContain('src/main/portfolio/export-xlsx.ts');
    expect(files.some((f) => f.startsWith('src/main/cli/'))).toBe(false);
    expect(files).not.toContain(FORMAT_MODULE);
  });

  it.each(RULES)('nothing formats with $name by hand', ({ pattern, allowed }) => {
    const findings = files
      .filter((file) => !allowed.includes(file))
      .flatMap((file) =>
        codeLines(file).flatMap((line, i) =>
          pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
        ),
      );
    expect(findings).toEqual([]);
  });

  it('the allow-list names files that exist and still need it', () => {
    for (const { pattern, allowed } of RULES) {
      for (const file of allowed) {
        expect(
          codeLines(file).some((line) => pattern.test(line)),
          file,
        ).toBe(true);
      }
    }
  });

  it('would catch what it looks for', () => {
    const probe = [
      'x.toFixed(1)',
      'new Intl.NumberFormat(l)',
      '`${v}%`',
      "axisLabel: { formatter: '{value}%' }",
      '<input type="date" />',
      '<input type="month" />',
    ];
    for (const line of probe) {
      expect(
        RULES.some((r) => r.pattern.test(line)),
        line,
      ).toBe(true);
    }
  });
});
