// The health model and playbook as simple forms: weights, band cut-offs, and per rule whether it
// is on, who owns it and how soon it is due. Saving makes a new model version and rescoring.
import { useEffect, useState } from 'react';
import type { HealthModel, Playbook } from '../../../../shared/analytics/health';
import type { HealthBacktest } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { call } from '../../lib/ipc';
import { useApp } from '../../stores/app';
import { isMessageKey } from '../account/format';

const HORIZON_DAYS = 90;

function numberOr(value: string, fallback: number): number {
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : fallback;
}

function ModelForm() {
  const { t, number } = useI18n();
  const setError = useApp((s) => s.setError);
  const dataVersion = useApp((s) => s.dataVersion);
  const [model, setModel] = useState<HealthModel | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [backtest, setBacktest] = useState<HealthBacktest | null>(null);

  useEffect(() => {
    call('health:modelGet', {})
      .then((stored) => setModel(stored.model))
      .catch((err: Error) => setError(err.message));
    call('health:backtest', { horizonDays: HORIZON_DAYS })
      .then(setBacktest)
      .catch((err: Error) => setError(err.message));
  }, [dataVersion, setError]);

  if (!model) return null;
  const save = async () => {
    try {
      const stored = await call('health:modelUpdate', {
        model: { components: model.components, bands: model.bands },
      });
      setModel(stored.model);
      setSaved(stored.model.version);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const setWeight = (id: string, weight: number) =>
    setModel({
      ...model,
      components: model.components.map((c) => (c.id === id ? { ...c, weight } : c)),
    });
  return (
    <form
      className="form"
      aria-label={t('settings.health.title')}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h2>
        {t('settings.health.title')}{' '}
        <small className="muted">{t('settings.health.version', { version: model.version })}</small>
      </h2>
      {backtest?.auc != null && (
        <p className="muted">
          {t('settings.health.backtest', { auc: number(backtest.auc, 2), days: HORIZON_DAYS })}
        </p>
      )}
      <label>
        {t('settings.health.redBelow')}
        <input
          type="number"
          min={0}
          max={100}
          value={model.bands.redBelow}
          onChange={(e) =>
            setModel({
              ...model,
              bands: { ...model.bands, redBelow: numberOr(e.target.value, model.bands.redBelow) },
            })
          }
        />
      </label>
      <label>
        {t('settings.health.yellowBelow')}
        <input
          type="number"
          min={0}
          max={100}
          value={model.bands.yellowBelow}
          onChange={(e) =>
            setModel({
              ...model,
              bands: {
                ...model.bands,
                yellowBelow: numberOr(e.target.value, model.bands.yellowBelow),
              },
            })
          }
        />
      </label>
      {model.components.map((c) => (
        <label key={c.id}>
          {isMessageKey(c.labelKey) ? t(c.labelKey) : c.id} · {t('settings.health.weight')}
          <input
            type="number"
            min={0}
            step={1}
            value={c.weight}
            onChange={(e) => setWeight(c.id, Math.max(0, numberOr(e.target.value, c.weight)))}
          />
        </label>
      ))}
      <button type="submit">{t('settings.health.save')}</button>
      {saved !== null && <p role="status">{t('settings.health.saved', { version: saved })}</p>}
    </form>
  );
}

function PlaybookForm() {
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
