// Observations pasted from a spreadsheet (tab-separated) or typed as CSV. Every row is checked
// before anything is written; a paste with any bad row is refused whole, with each problem named.
import type {
  Experiment,
  ExperimentGroup,
  ExperimentObservation,
} from '../../shared/domain/entities';
import { formatNumber } from '../../shared/i18n/format';
import { renderImportMessage } from '../../shared/i18n/import-message';
import type { PasteRowError } from '../../shared/ipc/contract/experiments';
import type { CellValue } from '../import/read/cells';
import { experimentGroupOf, experimentObservationsKind } from '../import/check/kinds/experiments';
import { normalizeHeader } from '../import/map/normalize-header';
import { inferDateOrder, parseDate, parseNumber } from '../import/check/values';

type Column = 'experimentId' | 'unitId' | 'group' | 'date' | 'kpi' | 'value';

/** Without a header: unit, group, date, KPI, value; or four columns with the plan's primary KPI. */
const POSITIONAL: Record<number, Column[]> = {
  4: ['unitId', 'group', 'date', 'value'],
  5: ['unitId', 'group', 'date', 'kpi', 'value'],
  6: ['experimentId', 'unitId', 'group', 'date', 'kpi', 'value'],
};

export const MAX_PASTED_ROWS = 200_000;
/** The most text one paste may hold (the IPC contract's own bound), checked before any work. */
export const MAX_PASTE_CHARS = 5_000_000;
/** A paste needs at most six columns; a header may name a few more that are ignored. */
export const MAX_PASTED_COLUMNS = 64;

export interface ParsedPaste {
  observations: ExperimentObservation[];
  errors: PasteRowError[];
}

interface Line {
  row: number;
  cells: string[];
}

/** Separators in a line, counting no further than `limit`: a line of 5 M commas costs nothing. */
function columnsAtMost(line: string, separator: string, limit: number): number {
  let columns = 1;
  for (let at = line.indexOf(separator); at >= 0; at = line.indexOf(separator, at + 1))
    if (++columns > limit) break;
  return columns;
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

/** Each normalised header word -> its column, built once: a lookup per cell, not a scan. */
let headerWords: Map<string, Column> | null = null;
function columnOfHeader(plain: string): Column | null {
  if (!headerWords) {
    headerWords = new Map();
    for (const field of experimentObservationsKind.fields) {
      for (const word of [field.id, ...field.synonyms.map((s) => normalizeHeader(s))])
        if (!headerWords.has(word)) headerWords.set(word, field.id as Column);
    }
  }
  return headerWords.get(plain) ?? null;
}

function headerColumns(cells: readonly string[]): (Column | null)[] | null {
  const columns = cells.map((cell) => columnOfHeader(normalizeHeader(cell)));
  // A line is a header when it names at least the group and value columns.
  return columns.includes('group') && columns.includes('value') ? columns : null;
}

/** The pasted lines split into cells, or the first line too wide to be observations. */
function readLines(text: string): Line[] | PasteRowError {
  const lines: Line[] = [];
  const raw = text.split(/\r?\n/);
  const first = raw.find((line) => line.trim() !== '') ?? '';
  const separator = separatorOf(first);
  for (let index = 0; index < raw.length; index++) {
    const line = raw[index]!;
    if (line.trim() === '') continue;
    if (columnsAtMost(line, separator, MAX_PASTED_COLUMNS) > MAX_PASTED_COLUMNS) {
      const message = `Row ${index + 1} has more than ${MAX_PASTED_COLUMNS} columns; paste the unit, group, date, KPI and value columns only.`;
      return { row: index + 1, column: null, message };
    }
    lines.push({ row: index + 1, cells: splitCells(line, separator) });
  }
  return lines;
}

export function parsePastedObservations(
  text: string,
  experiment: Experiment,
  existingGroups: ReadonlyMap<string, ExperimentGroup>,
): ParsedPaste {
  const errors: PasteRowError[] = [];
  if (text.length > MAX_PASTE_CHARS) {
    const message = `At most ${formatNumber('en', MAX_PASTE_CHARS)} characters can be pasted at once; import the file instead.`;
    return { observations: [], errors: [{ row: 1, column: null, message }] };
  }
  const lines = readLines(text);
  if (!Array.isArray(lines)) return { observations: [], errors: [lines] };
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
