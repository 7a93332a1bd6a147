import type { QbrNarrative } from '../../../../shared/ipc/contract';
import { useI18n } from '../../lib/i18n';
import { RowsEditor } from './RowsEditor';
import { SeedSteps } from './SeedSteps';
import { emptyAttendee, emptyGoal, emptyRisk, emptyStep } from './narrative';
import { DateInput } from '../../components/DateInput';

const GOAL_STATUSES = ['done', 'on_track', 'at_risk', 'off_track'] as const;
const SEVERITIES = ['high', 'medium', 'low'] as const;

function field(label: string, input: React.ReactNode) {
  return (
    <label className="qbr-field">
      <span>{label}</span>
      {input}
    </label>
  );
}

/** What the CSM writes; the app fills the numbers. */
export function NarrativeEditor({
  value,
  onChange,
  accountId,
}: {
  value: QbrNarrative;
  onChange: (next: QbrNarrative) => void;
  accountId: string;
}) {
  const { t } = useI18n();
  const set = (patch: Partial<QbrNarrative>) => onChange({ ...value, ...patch });
  const dateInput = (v: string | null, update: (d: string | null) => void, label: string) =>
    field(label, <DateInput value={v ?? ''} onChange={(iso) => update(iso || null)} />);
  return (
    <div className="qbr-narrative">
      <label className="qbr-field wide">
        <span>{t('qbr.ui.summaryNotes')}</span>
        <textarea
          rows={4}
          maxLength={5000}
          value={value.summaryNotes}
          onChange={(e) => set({ summaryNotes: e.target.value })}
        />
      </label>
      <RowsEditor
        testId="qbr-attendees"
        title={t('qbr.ui.attendees')}
        addLabel={t('qbr.ui.addAttendee')}
        rows={value.attendees}
        make={emptyAttendee}
        onChange={(attendees) => set({ attendees })}
        render={(a, update) => (
          <>
            {field(
              t('qbr.ui.name'),
              <input
                value={a.name}
                maxLength={120}
                onChange={(e) => update({ name: e.target.value })}
              />,
            )}
            {field(
              t('qbr.ui.role'),
              <input
                value={a.role}
                maxLength={120}
                onChange={(e) => update({ role: e.target.value })}
              />,
            )}
            {field(
              t('qbr.ui.organisation'),
              <input
                value={a.organisation}
                maxLength={120}
                onChange={(e) => update({ organisation: e.target.value })}
              />,
            )}
          </>
        )}
      />
      <RowsEditor
        testId="qbr-goals"
        title={t('qbr.ui.goals')}
        addLabel={t('qbr.ui.addGoal')}
        rows={value.goals}
        make={emptyGoal}
        onChange={(goals) => set({ goals })}
        render={(g, update) => (
          <>
            {field(
              t('qbr.ui.goal'),
              <input
                value={g.goal}
                maxLength={300}
                onChange={(e) => update({ goal: e.target.value })}
              />,
            )}
            {field(
              t('qbr.ui.measure'),
              <input
                value={g.measure}
                maxLength={200}
                onChange={(e) => update({ measure: e.target.value })}
              />,
            )}
            {field(
              t('qbr.ui.progress'),
              <input
                type="number"
                min={0}
                max={100}
                value={g.progressPercent}
                onChange={(e) => update({ progressPercent: Number(e.target.value) })}
              />,
            )}
            {field(
              t('qbr.ui.status'),
              <select
                value={g.status}
                onChange={(e) =>
                  update({ status: e.target.value as (typeof GOAL_STATUSES)[number] })
                }
              >
                {GOAL_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`qbr.goal.${s}`)}
                  </option>
                ))}
              </select>,
            )}
            {dateInput(g.due, (due) => update({ due }), t('qbr.ui.due'))}
          </>
        )}
      />
      <RowsEditor
        testId="qbr-risks"
        title={t('qbr.ui.risks')}
        addLabel={t('qbr.ui.addRisk')}
        rows={value.risks}
        make={emptyRisk}
        onChange={(risks) => set({ risks })}
        render={(r, update) => (
          <>
            {field(
              t('qbr.ui.risk'),
              <input
                value={r.risk}
                maxLength={300}
                onChange={(e) => update({ risk: e.target.value })}
              />,
            )}
            {field(
              t('qbr.ui.severity'),
              <select
                value={r.severity}
                onChange={(e) =>
                  update({ severity: e.target.value as (typeof SEVERITIES)[number] })
                }
              >
                {SEVERITIES.map((s) => (
                  <option key={s} value={s}>
                    {t(`qbr.severity.${s}`)}
                  </option>
                ))}
              </select>,
            )}
            {field(
              t('qbr.ui.mitigation'),
              <input
                value={r.mitigation}
                maxLength={300}
                onChange={(e) => update({ mitigation: e.target.value })}
              />,
            )}
          </>
        )}
      />
      <RowsEditor
        testId="qbr-steps"
        title={t('qbr.ui.nextSteps')}
        addLabel={t('qbr.ui.addStep')}
        rows={value.nextSteps}
        make={emptyStep}
        onChange={(nextSteps) => set({ nextSteps })}
        render={(s, update) => (
          <>
            {field(
              t('qbr.ui.task'),
              <input
                value={s.task}
                maxLength={300}
                onChange={(e) => update({ task: e.target.value })}
              />,
            )}
            {field(
              t('qbr.ui.owner'),
              <input
                value={s.owner}
                maxLength={120}
                onChange={(e) => update({ owner: e.target.value })}
              />,
            )}
            {dateInput(s.due, (due) => update({ due }), t('qbr.ui.due'))}
          </>
        )}
      />
      <SeedSteps accountId={accountId} value={value} onChange={onChange} />
      <RowsEditor
        testId="qbr-decisions"
        title={t('qbr.ui.decisions')}
        addLabel={t('qbr.ui.addDecision')}
        rows={value.decisions.map((text) => ({ text }))}
        make={() => ({ text: '' })}
        onChange={(rows) => set({ decisions: rows.map((r) => r.text) })}
        render={(d, update) =>
          field(
            t('qbr.ui.decision'),
            <input
              value={d.text}
              maxLength={300}
              onChange={(e) => update({ text: e.target.value })}
            />,
          )
        }
      />
    </div>
  );
}
