import type { PeriodInput } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { periodOfKind } from './period';
import { DateInput } from '../../components/DateInput';

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
        <input
          type="month"
          aria-label={t('portfolio.period.month')}
          value={value.month}
          onChange={(e) => e.target.value && onChange({ kind: 'month', month: e.target.value })}
        />
      )}
      {value.kind === 'quarter' && (
        <QuarterInput
          value={value.quarter}
          onChange={(quarter) => onChange({ kind: 'quarter', quarter })}
        />
      )}
      {value.kind === 'year' && (
        <input
          type="number"
          aria-label={t('portfolio.period.year')}
          min={1900}
          max={2200}
          value={value.year}
          onChange={(e) => {
            const year = Number(e.target.value);
            if (Number.isInteger(year) && year >= 1900 && year <= 2200)
              onChange({ kind: 'year', year });
          }}
        />
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

function QuarterInput({ value, onChange }: { value: string; onChange(q: string): void }) {
  const { t, year: yearLabel } = useI18n();
  const year = Number(value.slice(0, 4));
  const q = Number(value.slice(6));
  const years = Array.from({ length: 12 }, (_, i) => new Date().getFullYear() + 1 - i);
  if (!years.includes(year)) years.push(year);
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
      <select
        aria-label={t('portfolio.period.year')}
        value={year}
        onChange={(e) => onChange(`${e.target.value}-Q${q}`)}
      >
        {years.map((y) => (
          <option key={y} value={y}>
            {yearLabel(y)}
          </option>
        ))}
      </select>
    </>
  );
}
