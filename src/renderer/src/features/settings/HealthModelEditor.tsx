// The health model and playbook as forms: per component its weight and how its measured value
// becomes a 0-100 score (a line between two bounds, or threshold steps), the band cut-offs, and
// per playbook rule whether it is on, who owns it and how soon it is due. Saving makes a new
// model version and rescoring. The form's rules live in model-form.ts.
import { useEffect, useState } from 'react';
import { MEASURE_UNITS } from '../../../../shared/analytics/health';
import type { MeasureUnit, Playbook } from '../../../../shared/analytics/health';
import type { MessageKey } from '../../../../shared/i18n';
import type { HealthBacktest } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { isMessageKey } from '../account/format';
import { MAX_STEPS, addStep, readDraft, removeStep, switchMapping, toDraft } from './model-form';
import type {
  ComponentDraft,
  FormError,
  LinearDraft,
  MappingKind,
  ModelDraft,
  StepDraft,
  ThresholdDraft,
} from './model-form';
import { BacktestCompare } from '../time/BacktestCompare';
import './settings.css';

const HORIZON_DAYS = 90;

function numberOr(value: string, fallback: number): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

export function ModelForm() {
  const { t, number } = useI18n();
  const setError = useApp((s) => s.setError);
  const dataVersion = useApp((s) => s.dataVersion);
  const [version, setVersion] = useState<number | null>(null);
  const [draft, setDraft] = useState<ModelDraft | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [backtest, setBacktest] = useState<HealthBacktest | null>(null);

  // Loaded once: only this form changes the model, and a reload would drop unsaved edits.
  useEffect(() => {
    call('health:modelGet', {})
      .then(({ model }) => {
        setVersion(model.version);
        setDraft(toDraft(model));
      })
      .catch((err: Error) => setError(err.message));
  }, [setError]);
  useEffect(() => {
    call('health:backtest', { horizonDays: HORIZON_DAYS })
      .then(setBacktest)
      .catch((err: Error) => setError(err.message));
  }, [dataVersion, setError]);

  if (!draft || version === null) return null;
  const read = readDraft(draft);
  const errors = read.ok ? [] : read.errors;
  const say = (error: FormError) => t(error.key, error.params);
  const save = async () => {
    if (!read.ok) return;
    try {
      const stored = await call('health:modelUpdate', { model: read.model });
      setVersion(stored.model.version);
      setDraft(toDraft(stored.model));
      setSaved(stored.model.version);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const setComponent = (id: string, patch: Partial<ComponentDraft>) => {
    setSaved(null);
    setDraft({
      ...draft,
      components: draft.components.map((c) => (c.source.id === id ? { ...c, ...patch } : c)),
    });
  };
  const setBands = (patch: Partial<Pick<ModelDraft, 'redBelow' | 'yellowBelow'>>) => {
    setSaved(null);
    setDraft({ ...draft, ...patch });
  };
  const bandErrors = errors.filter((e) => e.field.startsWith('bands.'));
  return (
    <form
      className="form model-form"
      aria-label={t('settings.health.title')}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>
        {t('settings.health.title')}{' '}
        <small className="muted" data-testid="model-version">
          {t('settings.health.version', { version })}
        </small>
      </h2>
      {backtest?.auc != null && (
        <p className="muted" data-testid="backtest-headline">
          {t('settings.health.backtest', { auc: number(backtest.auc, 2), days: HORIZON_DAYS })}
          {/* What the figure means for a CSM, in pairs of accounts rather than statistics. */}
          <span className="backtest-meaning">
            {t('settings.backtest.meaning', {
              pairs: number(Math.round(backtest.auc * 100)),
              days: HORIZON_DAYS,
            })}
          </span>
        </p>
      )}
      <fieldset>
        <legend>{t('settings.health.cutoffs')}</legend>
        <p className="muted">{t('settings.health.cutoffsHint')}</p>
        <div className="cutoffs">
          <NumberField
            label={t('settings.health.redBelow')}
            value={draft.redBelow}
            invalid={bandErrors.some((e) => e.field === 'bands.redBelow')}
            onChange={(redBelow) => setBands({ redBelow })}
          />
          <NumberField
            label={t('settings.health.yellowBelow')}
            value={draft.yellowBelow}
            invalid={bandErrors.some((e) => e.field === 'bands.yellowBelow')}
            onChange={(yellowBelow) => setBands({ yellowBelow })}
          />
        </div>
        <FieldErrors messages={bandErrors.map(say)} />
      </fieldset>
      {draft.components.map((component) => (
        <ComponentEditor
          key={component.source.id}
          component={component}
          errors={errors.filter((e) => e.field.startsWith(`${component.source.id}.`))}
          onChange={(patch) => setComponent(component.source.id, patch)}
        />
      ))}
      <FieldErrors messages={errors.filter((e) => e.field === 'components').map(say)} />
      <BacktestCompare model={read.ok ? read.model : null} horizonDays={HORIZON_DAYS} />
      {!read.ok && <p className="field-error">{t('settings.health.invalid')}</p>}
      <button type="submit" disabled={!read.ok}>
        {t('settings.health.save')}
      </button>
      {saved !== null && <p role="status">{t('settings.health.saved', { version: saved })}</p>}
    </form>
  );
}

function FieldErrors({ messages }: { messages: string[] }) {
  if (messages.length === 0) return null;
  return (
    <ul className="field-errors" role="alert">
      {[...new Set(messages)].map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

/** A text box, not type=number: a half-typed value stays as typed and either decimal mark works. */
function NumberField(props: {
  label: string;
  value: string;
  invalid: boolean;
  onChange: (value: string) => void;
  /** Shown beside the box when the label is given by the table around it. */
  hideLabel?: boolean;
}) {
  const input = (
    <input
      type="text"
      inputMode="decimal"
      aria-label={props.hideLabel ? props.label : undefined}
      aria-invalid={props.invalid || undefined}
      value={props.value}
      maxLength={24}
      onChange={(e) => props.onChange(e.target.value)}
    />
  );
  if (props.hideLabel) return input;
  return (
    <label>
      {props.label}
      {input}
    </label>
  );
}

const UNIT_HINTS: Partial<Record<MeasureUnit, MessageKey>> = {
  ratio: 'settings.health.unit.ratio',
  hours: 'settings.health.unit.hours',
  days: 'settings.health.unit.days',
  champion_state: 'settings.health.unit.champion_state',
  yes_no: 'settings.health.unit.yes_no',
};

function ComponentEditor({
  component,
  errors,
  onChange,
}: {
  component: ComponentDraft;
  errors: FormError[];
  onChange: (patch: Partial<ComponentDraft>) => void;
}) {
  const { t } = useI18n();
  const { source, mapping } = component;
  const id = source.id;
  const invalid = (field: string) => errors.some((e) => e.field === `${id}.${field}`);
  const hint = UNIT_HINTS[MEASURE_UNITS[source.measure]];
  // Each box is named by its row and column ("Lower bound: Value"), as a screen reader reads it.
  const cell = (
    row: string,
    column: MessageKey,
    field: string,
    value: string,
    set: (v: string) => void,
  ) => (
    <td>
      <NumberField
        hideLabel
        label={`${row}: ${t(column)}`}
        value={value}
        invalid={invalid(field)}
        onChange={set}
      />
    </td>
  );
  const setMapping = (next: LinearDraft | ThresholdDraft) => onChange({ mapping: next });
  return (
    <fieldset className="model-component" data-testid="model-component">
      <legend>{isMessageKey(source.labelKey) ? t(source.labelKey) : id}</legend>
      <div className="component-head">
        <NumberField
          label={t('settings.health.weight')}
          value={component.weight}
          invalid={invalid('weight')}
          onChange={(weight) => onChange({ weight })}
        />
        <label>
          {t('settings.health.mapping')}
          <select
            value={mapping.kind}
            onChange={(e) => setMapping(switchMapping(mapping, e.target.value as MappingKind))}
          >
            <option value="linear">{t('settings.health.mapping.linear')}</option>
            <option value="thresholds">{t('settings.health.mapping.thresholds')}</option>
          </select>
        </label>
      </div>
      {hint && <p className="muted">{t(hint)}</p>}
      <table className="mapping-table">
        <thead>
          <tr>
            <th />
            <th>{t('settings.health.value')}</th>
            <th>{t('settings.health.score')}</th>
            <th />
          </tr>
        </thead>
        {mapping.kind === 'linear' ? (
          <tbody>
            {(['lower', 'upper'] as const).map((end) => (
              <tr key={end}>
                <th scope="row">{t(`settings.health.${end}`)}</th>
                {cell(
                  t(`settings.health.${end}`),
                  'settings.health.value',
                  `${end}Value`,
                  mapping[`${end}Value`],
                  (v) => setMapping({ ...mapping, [`${end}Value`]: v }),
                )}
                {cell(
                  t(`settings.health.${end}`),
                  'settings.health.score',
                  `${end}Score`,
                  mapping[`${end}Score`],
                  (v) => setMapping({ ...mapping, [`${end}Score`]: v }),
                )}
                <td />
              </tr>
            ))}
          </tbody>
        ) : (
          <tbody>
            {mapping.steps.map((step, i) => {
              const setStep = (patch: Partial<StepDraft>) =>
                setMapping({
                  ...mapping,
                  steps: mapping.steps.map((s, j) => (j === i ? { ...s, ...patch } : s)),
                });
              const row = `${t('settings.health.upTo')} (${i + 1})`;
              return (
                <tr key={i}>
                  <th scope="row">{t('settings.health.upTo')}</th>
                  {cell(row, 'settings.health.value', `steps.${i}.upTo`, step.upTo, (upTo) =>
                    setStep({ upTo }),
                  )}
                  {cell(row, 'settings.health.score', `steps.${i}.score`, step.score, (score) =>
                    setStep({ score }),
                  )}
                  <td>
                    <button
                      type="button"
                      aria-label={`${t('settings.health.removeStep')}: ${row}`}
                      onClick={() => setMapping(removeStep(mapping, i))}
                    >
                      {t('settings.health.removeStep')}
                    </button>
                  </td>
                </tr>
              );
            })}
            <tr>
              <th scope="row">{t('settings.health.above')}</th>
              <td />
              {cell(
                t('settings.health.above'),
                'settings.health.score',
                'aboveScore',
                mapping.aboveScore,
                (aboveScore) => setMapping({ ...mapping, aboveScore }),
              )}
              <td>
                <button
                  type="button"
                  disabled={mapping.steps.length >= MAX_STEPS}
                  onClick={() => setMapping(addStep(mapping))}
                >
                  {t('settings.health.addStep')}
                </button>
              </td>
            </tr>
          </tbody>
        )}
      </table>
      <FieldErrors messages={errors.map((e) => t(e.key, e.params))} />
    </fieldset>
  );
}

export function PlaybookForm() {
  const { t } = useI18n();
  const setError = useApp((s) => s.setError);
  const [playbook, setPlaybook] = useState<Playbook | null>(null);

  useEffect(() => {
    call('health:playbookGet', {})
      .then(setPlaybook)
      .catch((err: Error) => setError(err.message));
  }, [setError]);

  if (!playbook) return null;
  const update = (id: string, patch: Partial<Playbook['rules'][number]>) =>
    setPlaybook({
      ...playbook,
      rules: playbook.rules.map((rule) => (rule.id === id ? { ...rule, ...patch } : rule)),
    });
  const save = async () => {
    try {
      setPlaybook(await call('health:playbookUpdate', { playbook: { rules: playbook.rules } }));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <form
      className="form"
      aria-label={t('settings.playbook.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>{t('settings.playbook.title')}</h2>
      {playbook.rules.map((rule) => {
        const trigger = `health.trigger.${rule.trigger.type}`;
        return (
          <fieldset key={rule.id}>
            <legend>{isMessageKey(trigger) ? t(trigger) : rule.id}</legend>
            <label>
              <input
                type="checkbox"
                checked={rule.enabled}
                onChange={(e) => update(rule.id, { enabled: e.target.checked })}
              />{' '}
              {t('settings.playbook.enabled')}
            </label>
            <label>
              {t('settings.playbook.owner')}
              <select
                value={rule.owner}
                onChange={(e) => update(rule.id, { owner: e.target.value })}
              >
                <option value="csm">{t('health.owner.csm')}</option>
                <option value="account_manager">{t('health.owner.account_manager')}</option>
              </select>
            </label>
            <label>
              {t('settings.playbook.dueDays')}
              <input
                type="number"
                min={0}
                step={1}
                value={rule.dueDays}
                onChange={(e) =>
                  update(rule.id, {
                    dueDays: Math.max(0, Math.round(numberOr(e.target.value, rule.dueDays))),
                  })
                }
              />
            </label>
          </fieldset>
        );
      })}
      <button type="submit">{t('settings.playbook.save')}</button>
    </form>
  );
}

export function HealthModelEditor() {
  return (
    <>
      <ModelForm />
      <PlaybookForm />
    </>
  );
}
