import type { PeriodInput } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { periodOfKind } from './period';
import { DateInput } from '../../components/DateInput';
import { formatMonthName } from '../../../../shared/i18n/format';

interface Props {
  value: PeriodInput;
  /** The resolved dates of `value`, shown next to the picker and used to switch kinds. */
  range: { from: string; to: string } | null;
  onChange(period: PeriodInput): void;
}

const KINDS = ['month', 'quarter', 'year', 'custom'] as const;

export function PeriodPicker({ value, range, onChange }: Props) {
  const { t, date } = useI18n();
  const from = range?.from ?? '2000-01-01';
  const to = range?.to ?? '2000-01-31';
  return (
    <div className="pf-period" role="group" aria-label={t('portfolio.period')}>
      <select
        aria-label={t('portfolio.period.kind')}
        value={value.kind}
        onChange={(e) => onChange(periodOfKind(e.target.value as PeriodInput['kind'], from, to))}
      >
        {KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`portfolio.period.${k}`)}
          </option>
        ))}
      </select>
      {value.kind === 'month' && (
        <MonthInput value={value.month} onChange={(month) => onChange({ kind: 'month', month })} />
      )}
      {value.kind === 'quarter' && (
        <QuarterInput
          value={value.quarter}
          onChange={(quarter) => onChange({ kind: 'quarter', quarter })}
        />
      )}
      {value.kind === 'year' && (
        <YearSelect value={value.year} onChange={(year) => onChange({ kind: 'year', year })} />
      )}
      {value.kind === 'custom' && (
        <>
          <DateInput
            aria-label={t('portfolio.period.from')}
            value={value.from}
            max={value.to}
            onChange={(from) => from && onChange({ ...value, from })}
          />
          <DateInput
            aria-label={t('portfolio.period.to')}
            value={value.to}
            min={value.from}
            onChange={(to) => to && onChange({ ...value, to })}
          />
        </>
      )}
      {range && (
        <span className="muted" data-testid="period-range">
          {t('portfolio.period.range', { from: date(range.from), to: date(range.to) })}
        </span>
      )}
    </div>
  );
}

// Selects rather than native month and number inputs: those show Gregorian years, and a Thai
// period reads in the Buddhist era like every other date (the options' values stay Gregorian).

/** A month ("2026-06") as a month name and a year. */
function MonthInput({ value, onChange }: { value: string; onChange(month: string): void }) {
  const { t, locale } = useI18n();
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const iso = (y: number, m: number) => `${y}-${String(m).padStart(2, '0')}`;
  return (
    <>
      <select
        aria-label={t('portfolio.period.month')}
        value={month}
        onChange={(e) => onChange(iso(year, Number(e.target.value)))}
      >
        {Array.from({ length: 12 }, (_, i) => (
          <option key={i + 1} value={i + 1}>
            {formatMonthName(locale, i + 1)}
          </option>
        ))}
      </select>
      <YearSelect value={year} onChange={(y) => onChange(iso(y, month))} />
    </>
  );
}

function QuarterInput({ value, onChange }: { value: string; onChange(q: string): void }) {
  const { t } = useI18n();
  const year = Number(value.slice(0, 4));
  const q = Number(value.slice(6));
  return (
    <>
      <select
        aria-label={t('portfolio.period.quarter')}
        value={q}
        onChange={(e) => onChange(`${year}-Q${e.target.value}`)}
      >
        {[1, 2, 3, 4].map((n) => (
          <option key={n} value={n}>
            Q{n}
          </option>
        ))}
      </select>
      <YearSelect value={year} onChange={(y) => onChange(`${y}-Q${q}`)} />
    </>
  );
}

/** The last dozen years and the next, plus `value` if older, labelled as the locale counts them. */
function YearSelect({ value, onChange }: { value: number; onChange(year: number): void }) {
  const { t, year: yearLabel } = useI18n();
  const years = Array.from({ length: 12 }, (_, i) => new Date().getFullYear() + 1 - i);
  if (!years.includes(value)) years.push(value);
  return (
    <select
      aria-label={t('portfolio.period.year')}
      value={value}
      onChange={(e) => onChange(Number(e.target.value))}
    >
      {years.map((y) => (
        <option key={y} value={y}>
          {yearLabel(y)}
        </option>
      ))}
    </select>
  );
}
