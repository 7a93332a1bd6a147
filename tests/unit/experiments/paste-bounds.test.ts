// Pasted observations are bounded before any work (#14.3): 5 M commas pasted once blocked main
// for 133 s, splitting one line into 5 M cells and normalising every synonym for each.
import { describe, expect, it } from 'vitest';
import {
  MAX_PASTE_CHARS,
  MAX_PASTED_COLUMNS,
  parsePastedObservations,
} from '../../../src/main/experiments/paste';
import { generateSampleBook } from '../../../src/main/sample/generate';

const experiment = generateSampleBook().experiments[0]!;
const parse = (text: string) => parsePastedObservations(text, experiment, new Map());

describe('pasted observations bounds', () => {
  it('refuses a line wider than the columns a paste can need, naming the line', () => {
    const { observations, errors } = parse(`unit,group,date,value\n${','.repeat(5_000_000 - 30)}`);
    expect(observations).toEqual([]);
    expect(errors).toEqual([
      {
        row: 2,
        column: null,
        message: `Row 2 has more than ${MAX_PASTED_COLUMNS} columns; paste the unit, group, date, KPI and value columns only.`,
      },
    ]);
  });

  it('refuses more text than one paste may hold', () => {
    const { errors } = parse('x'.repeat(MAX_PASTE_CHARS + 1));
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toContain('At most 5,000,000 characters');
  });

  it('still reads a header with extra columns up to the bound, by its synonyms', () => {
    const extra = Array.from({ length: MAX_PASTED_COLUMNS - 4 }, (_, i) => `note ${i}`);
    const text = [
      ['Unit', 'Group', 'Date', 'Value', ...extra].join('\t'),
      ['U1', 'target', '2024-01-05', '3', ...extra.map(() => '')].join('\t'),
    ].join('\n');
    const { observations, errors } = parse(text);
    expect(errors).toEqual([]);
    expect(observations).toEqual([
      {
        experimentId: experiment.id,
        unitId: 'U1',
        group: 'target',
        date: '2024-01-05',
        kpi: experiment.primaryKpi,
        value: 3,
      },
    ]);
  });
});
