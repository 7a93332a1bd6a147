import { useState } from 'react';
import type { Direction, Experiment } from '../../../../shared/domain/entities';
import type { ExperimentDetail, ExperimentPlanInput } from '../../../../shared/ipc/contract';
import type { MessageKey } from '../../../../shared/i18n';
import { useI18n } from '../../lib/i18n';
import { IpcError, call } from '../../lib/ipc';
import './experiments.css';
import { DateInput } from '../../components/DateInput';

type DateField = 'rolloutDate' | 'preStart' | 'preEnd' | 'postStart' | 'postEnd';
const DATE_FIELDS: DateField[] = ['preStart', 'preEnd', 'rolloutDate', 'postStart', 'postEnd'];

interface Draft {
  name: string;
  hypothesis: string;
  primaryKpi: string;
  secondaryKpis: string;
  kpiUnit: string;
  direction: Direction;
  alpha: string;
  dates: Record<DateField, string>;
}

function draftOf(experiment: Experiment | null): Draft {
  return {
    name: experiment?.name ?? '',
    hypothesis: experiment?.hypothesis ?? '',
    primaryKpi: experiment?.primaryKpi ?? '',
    secondaryKpis: experiment?.secondaryKpis.join(', ') ?? '',
    kpiUnit: experiment?.kpiUnit ?? '',
    direction: experiment?.direction ?? 'higher_is_better',
    alpha: String(experiment?.alpha ?? 0.05),
    dates: {
      rolloutDate: experiment?.rolloutDate ?? '',
      preStart: experiment?.preStart ?? '',
      preEnd: experiment?.preEnd ?? '',
      postStart: experiment?.postStart ?? '',
      postEnd: experiment?.postEnd ?? '',
    },
  };
}

function planOf(draft: Draft): ExperimentPlanInput {
  const optional = (text: string) => (text.trim() === '' ? null : text.trim());
  return {
    name: draft.name.trim(),
    hypothesis: optional(draft.hypothesis),
    primaryKpi: draft.primaryKpi.trim(),
    secondaryKpis: draft.secondaryKpis
      .split(',')
      .map((kpi) => kpi.trim())
      .filter(Boolean),
    kpiUnit: optional(draft.kpiUnit),
    direction: draft.direction,
    alpha: Number(draft.alpha.replace(',', '.')),
    ...draft.dates,
  };
}

/** The message, plus which fields a refused plan got wrong. */
function problemText(err: unknown): string {
  const details = err instanceof IpcError && Array.isArray(err.details) ? err.details : [];
  const lines = details.map((d: { path?: unknown; message?: unknown }) =>
    [d.path, d.message].filter(Boolean).map(String).join(': '),
  );
  return [(err as Error).message, ...lines].join(' · ');
}

interface Props {
  accountId: string;
  /** Null to create a new experiment. */
  experiment: Experiment | null;
  /** Results were viewed: saving makes a new version, and the form says so first. */
  locked: boolean;
  onSaved: (detail: ExperimentDetail) => void;
  onCancel: () => void;
}

export function ExperimentForm({ accountId, experiment, locked, onSaved, onCancel }: Props) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => draftOf(experiment));
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const submit = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const plan = planOf(draft);
      const detail = experiment
        ? await call('experiments:update', { id: experiment.id, plan })
        : await call('experiments:create', { accountId, plan });
      onSaved(detail);
    } catch (err) {
      setProblem(problemText(err));
    } finally {
      setBusy(false);
    }
  };

  const text = (label: MessageKey, value: string, onChange: (v: string) => void) => (
    <label>
      <span>{t(label)}</span>
      <input value={value} onChange={(e) => onChange(e.target.value)} />
    </label>
  );

  return (
    <form
      className="exp-form"
      aria-label={t(experiment ? 'experiment.edit' : 'experiment.list.new')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {locked && <p className="exp-note warn">{t('experiment.editLocked')}</p>}
      <div className="exp-form-grid">
        {text('experiment.field.name', draft.name, (name) => set({ name }))}
        {text('experiment.field.primaryKpi', draft.primaryKpi, (primaryKpi) => set({ primaryKpi }))}
        {text('experiment.field.kpiUnit', draft.kpiUnit, (kpiUnit) => set({ kpiUnit }))}
        <label>
          <span>{t('experiment.field.direction')}</span>
          <select
            value={draft.direction}
            onChange={(e) => set({ direction: e.target.value as Direction })}
          >
            <option value="higher_is_better">{t('experiment.direction.higher_is_better')}</option>
            <option value="lower_is_better">{t('experiment.direction.lower_is_better')}</option>
          </select>
        </label>
        {text('experiment.field.secondaryKpis', draft.secondaryKpis, (secondaryKpis) =>
          set({ secondaryKpis }),
        )}
        {text('experiment.field.alpha', draft.alpha, (alpha) => set({ alpha }))}
        {DATE_FIELDS.map((field) => (
          <label key={field}>
            <span>{t(`experiment.field.${field}`)}</span>
            <DateInput
              value={draft.dates[field]}
              onChange={(iso) => set({ dates: { ...draft.dates, [field]: iso } })}
            />
          </label>
        ))}
      </div>
      <label className="wide">
        <span>{t('experiment.field.hypothesis')}</span>
        <textarea
          rows={2}
          value={draft.hypothesis}
          onChange={(e) => set({ hypothesis: e.target.value })}
        />
      </label>
      {problem && (
        <p className="exp-note bad" role="alert">
          {problem}
        </p>
      )}
      <div className="exp-actions">
        <button type="submit" className="primary" disabled={busy}>
          {t(experiment ? 'experiment.save' : 'experiment.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('experiment.cancel')}
        </button>
      </div>
    </form>
  );
}
