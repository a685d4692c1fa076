/**
 * Action plans (Rencana Aksi Inovasi): each designed innovation of a unit in a lab cohort gets a
 * plan of milestones (owner, due date, status, evidence). Muara Enim requires every unit to hand
 * in an action-plan design and reprimands those that do not (domain reference §9): who handed in
 * by the cohort's deadline is decided here, for the cohort page, the monitoring dashboard, the
 * reminders and the letters alike.
 */

export const milestoneStatuses = ['belum', 'berjalan', 'selesai'] as const;
export type MilestoneStatus = (typeof milestoneStatuses)[number];

/** A milestone is late when its due day (region calendar) has passed and it is not done. */
export function isMilestoneLate(milestone: { dueOn: string; status: MilestoneStatus }, today: string): boolean {
  return milestone.status !== 'selesai' && milestone.dueOn < today;
}

export type PlanProgress = { total: number; done: number; running: number; late: number; percent: number };

/** How far a plan has come: milestones done over all, and how many are running or late. */
export function planProgress(milestones: readonly { dueOn: string; status: MilestoneStatus }[], today: string): PlanProgress {
  const total = milestones.length;
  const done = milestones.filter((m) => m.status === 'selesai').length;
  return {
    total,
    done,
    running: milestones.filter((m) => m.status === 'berjalan').length,
    late: milestones.filter((m) => isMilestoneLate(m, today)).length,
    percent: total ? Math.round((done / total) * 100) : 0,
  };
}

/**
 * Why a plan cannot be handed in yet (i18n keys under `lab.error.`): a plan needs at least one
 * milestone, and every milestone needs an owner and a due date within the cohort (not after the
 * display stage ends), so the plan is something a unit can be held to.
 */
export function planIncomplete(milestones: readonly { title: string; owner: string; dueOn: string }[], lastDay: string | null): string[] {
  const problems: string[] = [];
  if (milestones.length === 0) problems.push('planNoMilestones');
  if (milestones.some((m) => !m.title.trim() || !m.owner.trim())) problems.push('planMilestoneIncomplete');
  if (lastDay && milestones.some((m) => m.dueOn > lastDay)) problems.push('planMilestoneAfterCohort');
  return problems;
}

/** A unit's hand-in state in a cohort: on time, late (after the deadline), or nothing handed in. */
export type UnitPlanStatus = 'handedIn' | 'late' | 'missing';

type PlanLike = { unitId: string; submittedAt: Date | string | null };
const ms = (v: Date | string) => (v instanceof Date ? v.getTime() : Date.parse(v));

/** A unit has handed in when at least one of its plans in the cohort was submitted at or before the deadline. */
export function unitPlanStatus(unitId: string, plans: readonly PlanLike[], deadline: Date | string): UnitPlanStatus {
  const submitted = plans.filter((p) => p.unitId === unitId && p.submittedAt !== null).map((p) => ms(p.submittedAt!));
  if (submitted.some((at) => at <= ms(deadline))) return 'handedIn';
  return submitted.length ? 'late' : 'missing';
}

/**
 * The units without an action plan by the cohort's deadline: empty until the deadline has passed
 * (before it nobody has missed it yet), then every participating unit that did not hand in on
 * time, marked `late` if it handed in afterwards and `missing` if not at all. Input order is kept.
 */
export function unitsWithoutPlan<U extends { unitId: string }>(cohortUnits: readonly U[], plans: readonly PlanLike[], deadline: Date | string, now: Date): Array<U & { status: 'late' | 'missing' }> {
  if (now.getTime() <= ms(deadline)) return [];
  return cohortUnits.flatMap((u) => {
    const status = unitPlanStatus(u.unitId, plans, deadline);
    return status === 'handedIn' ? [] : [{ ...u, status }];
  });
}

/** The in-app notifications the lab leaves (their texts are `notification.<kind>`, in messages-lab.ts). */
export const labNotificationKinds = ['reminder.actionPlan'] as const;
