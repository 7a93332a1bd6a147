// The narrative as the form edits it, and the cleaned value the contract accepts: rows the CSM
// added but left empty are dropped rather than refused.
import type { QbrNarrative } from '../../../../shared/ipc/contract';

export type Goal = QbrNarrative['goals'][number];
export type Attendee = QbrNarrative['attendees'][number];
export type NextStep = QbrNarrative['nextSteps'][number];
export type Risk = QbrNarrative['risks'][number];

export const emptyGoal = (): Goal => ({
  goal: '',
  measure: '',
  progressPercent: 0,
  status: 'on_track',
  due: null,
});
export const emptyAttendee = (): Attendee => ({ name: '', role: '', organisation: '' });
export const emptyStep = (): NextStep => ({ task: '', owner: '', due: null });
export const emptyRisk = (): Risk => ({ risk: '', severity: 'medium', mitigation: '' });

export function cleaned(n: QbrNarrative): QbrNarrative {
  const clamp = (p: number) => (Number.isFinite(p) ? Math.min(100, Math.max(0, p)) : 0);
  return {
    ...n,
    goals: n.goals
      .filter((g) => g.goal.trim() !== '')
      .map((g) => ({ ...g, progressPercent: clamp(g.progressPercent) })),
    attendees: n.attendees.filter((a) => a.name.trim() !== ''),
    nextSteps: n.nextSteps.filter((s) => s.task.trim() !== ''),
    risks: n.risks.filter((r) => r.risk.trim() !== ''),
    decisions: n.decisions.map((d) => d.trim()).filter((d) => d !== ''),
  };
}
