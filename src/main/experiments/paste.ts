// Observations pasted from a spreadsheet (tab-separated) or typed as CSV. Every row is checked
// before anything is written; a paste with any bad row is refused whole, with each problem named.
import type {
  Experiment,
  ExperimentGroup,
  ExperimentObservation,
} from '../../shared/domain/entities';
import { renderImportMessage } from '../../shared/i18n/import-message';
import type { PasteRowError } from '../../shared/ipc/contract/experiments';
import type { CellValue } from '../import/cells';
import { experimentGroupOf, experimentObservationsKind } from '../import/kinds/experiments';
import { normalizeHeader } from '../import/normalize-header';
import { inferDateOrder, parseDate, parseNumber } from '../import/values';

type Column = 'experimentId' | 'unitId' | 'group' | 'date' | 'kpi' | 'value';

/** Without a header: unit, group, date, KPI, value; or four columns with the plan's primary KPI. */
const POSITIONAL: Record<number, Column[]> = {
  4: ['unitId', 'group', 'date', 'value'],
  5: ['unitId', 'group', 'date', 'kpi', 'value'],
  6: ['experimentId', 'unitId', 'group', 'date', 'kpi', 'value'],
};

export const MAX_PASTED_ROWS = 200_000;

export interface ParsedPaste {
  observations: ExperimentObservation[];
  errors: PasteRowError[];
}

interface Line {
  row: number;
  cells: string[];
}

function splitCells(line: string, separator: string): string[] {
  return line.split(separator).map((cell) =>
    cell
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

function separatorOf(firstLine: string): string {
  if (firstLine.includes('\t')) return '\t';
  return firstLine.includes(';') ? ';' : ',';
}

function headerColumns(cells: readonly string[]): (Column | null)[] | null {
  const columns = cells.map((cell) => {
    const plain = normalizeHeader(cell);
    const match = experimentObservationsKind.fields.find(
      (field) => field.id === plain || field.synonyms.some((s) => normalizeHeader(s) === plain),
    );
    return (match?.id as Column | undefined) ?? null;
  });
  // A line is a header when it names at least the group and value columns.
  return columns.includes('group') && columns.includes('value') ? columns : null;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  const raw = text.split(/\r?\n/);
  const first = raw.find((line) => line.trim() !== '') ?? '';
  const separator = separatorOf(first);
  raw.forEach((line, index) => {
    if (line.trim() !== '') lines.push({ row: index + 1, cells: splitCells(line, separator) });
  });
  return lines;
}

export function parsePastedObservations(
  text: string,
  experiment: Experiment,
  existingGroups: ReadonlyMap<string, ExperimentGroup>,
): ParsedPaste {
  const errors: PasteRowError[] = [];
  const lines = readLines(text);
  if (lines.length === 0) {
    return { observations: [], errors: [{ row: 1, column: null, message: 'Nothing was pasted.' }] };
  }
  const header = headerColumns(lines[0]!.cells);
  const body = header ? lines.slice(1) : lines;
  const columns = header ?? POSITIONAL[lines[0]!.cells.length];
  if (!columns) {
    const message =
      'Paste 4 columns (unit, group, date, value), 5 (unit, group, date, KPI, value), or a header row naming the columns.';
    return { observations: [], errors: [{ row: lines[0]!.row, column: null, message }] };
  }
  if (body.length > MAX_PASTED_ROWS) {
    const message = `At most ${MAX_PASTED_ROWS} rows can be pasted at once; import the file instead.`;
    return { observations: [], errors: [{ row: 1, column: null, message }] };
  }
  const at = (line: Line, column: Column): string | null => {
    const index = columns.indexOf(column);
    return index < 0 ? null : (line.cells[index] ?? '');
  };
  const dateOrder = inferDateOrder(body.map((line) => at(line, 'date') as CellValue));
  if (dateOrder.order === null && (dateOrder.needsOrder || dateOrder.conflicting)) {
    const message = dateOrder.conflicting
      ? 'The dates mix day/month/year and month/day/year; write them as YYYY-MM-DD.'
      : 'Day/month and month/day cannot be told apart in these dates; write them as YYYY-MM-DD.';
    return { observations: [], errors: [{ row: body[0]?.row ?? 1, column: 'date', message }] };
  }
  const kpis = new Set([experiment.primaryKpi, ...experiment.secondaryKpis]);
  const groups = new Map(existingGroups);
  const observations: ExperimentObservation[] = [];
  for (const line of body) {
    const problem = (column: Column | null, message: string) =>
      errors.push({ row: line.row, column, message });
    const experimentId = at(line, 'experimentId');
    if (experimentId !== null && experimentId !== '' && experimentId !== experiment.id) {
      problem(
        'experimentId',
        `This row belongs to experiment ${experimentId}, not ${experiment.id}.`,
      );
      continue;
    }
    const unitId = at(line, 'unitId') ?? '';
    if (unitId === '' || unitId.length > 200) {
      problem('unitId', 'Every row needs a unit (team, site, ...) of at most 200 characters.');
      continue;
    }
    let group: ExperimentGroup;
    try {
      group = experimentGroupOf(at(line, 'group') ?? '');
    } catch (err) {
      problem('group', (err as Error).message);
      continue;
    }
    const known = groups.get(unitId);
    if (known && known !== group) {
      problem(
        'group',
        `Unit "${unitId}" is already in the ${known} group; a unit cannot be in both.`,
      );
      continue;
    }
    const date = parseDate(at(line, 'date') ?? '', dateOrder.order ?? 'DMY');
    if (!date.ok || date.value === null) {
      problem('date', date.ok ? 'Every row needs a date.' : renderImportMessage('en', null, date));
      continue;
    }
    const kpi = at(line, 'kpi') || experiment.primaryKpi;
    if (!kpis.has(kpi)) {
      problem('kpi', `"${kpi}" is not a KPI of this experiment (${[...kpis].join(', ')}).`);
      continue;
    }
    const value = parseNumber(at(line, 'value') ?? '');
    if (!value.ok || value.value === null) {
      problem(
        'value',
        value.ok ? 'Every row needs a value.' : renderImportMessage('en', null, value),
      );
      continue;
    }
    groups.set(unitId, group);
    observations.push({
      experimentId: experiment.id,
      unitId,
      group,
      date: date.value,
      kpi,
      value: value.value,
    });
  }
  return { observations, errors };
}
