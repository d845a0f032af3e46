import type { z } from 'zod';
import { presetIssues } from './preset-checks';
import type { planSchema } from './schema';

type PlanShape = z.output<typeof planSchema>;

function duplicates(ids: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const i of ids) (seen.has(i) ? dup : seen).add(i);
  return dup;
}

/** Ids must be unique and every reference (segment → activity, device, accessory) must resolve. */
export function checkCrossReferences(plan: PlanShape, ctx: z.RefinementCtx): void {
  const lists = [
    ['robot', 'activities', plan.robot.activities],
    ['compute', null, plan.compute],
    ['accessories', null, plan.accessories],
  ] as const;
  for (const [first, second, items] of lists) {
    const dup = duplicates(items.map((x) => x.id));
    items.forEach((item, i) => {
      if (dup.has(item.id)) {
        ctx.addIssue({
          code: 'custom',
          path: second ? [first, second, i, 'id'] : [first, i, 'id'],
          message: `duplicate id "${item.id}"`,
        });
      }
    });
  }
  plan.compute.forEach((d, i) => {
    if (d.preset === undefined && (d.idlePowerW === undefined || d.maxPowerW === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['compute', i],
        message: 'needs idlePowerW and maxPowerW (or a catalog "preset")',
      });
    }
    if (d.idlePowerW !== undefined && d.maxPowerW !== undefined && d.idlePowerW > d.maxPowerW) {
      ctx.addIssue({
        code: 'custom',
        path: ['compute', i, 'idlePowerW'],
        message: `must not exceed maxPowerW (${d.maxPowerW} W)`,
      });
    }
  });
  for (const issue of presetIssues(plan)) ctx.addIssue(issue);
  const activityIds = new Set(plan.robot.activities.map((a) => a.id));
  const deviceIds = new Set(plan.compute.map((d) => d.id));
  const accessoryById = new Map(plan.accessories.map((a) => [a.id, a]));
  let totalMin = 0;
  let dischargeMin = 0;
  plan.dutyCycle.segments.forEach((s, i) => {
    const path = ['dutyCycle', 'segments', i];
    if (s.kind === 'charge') {
      if (!plan.charger) {
        ctx.addIssue({ code: 'custom', path, message: 'is a charge segment but the plan has no "charger"' });
      }
      totalMin += s.durationMin ?? 0;
      return;
    }
    totalMin += s.durationMin;
    dischargeMin += s.durationMin;
    if (s.kind !== 'activity') return;
    if (!activityIds.has(s.activity)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, 'activity'],
        message: `refers to unknown activity "${s.activity}" (known: ${[...activityIds].join(', ')})`,
      });
    }
    for (const devId of Object.keys(s.compute ?? {})) {
      if (!deviceIds.has(devId)) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'compute', devId],
          message: `refers to unknown compute device "${devId}"`,
        });
      }
    }
    (s.accessoriesOn ?? []).forEach((accId, j) => {
      const acc = accessoryById.get(accId);
      if (!acc) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'accessoriesOn', j],
          message: `refers to unknown accessory "${accId}"`,
        });
      }
    });
  });
  const untilFullCharges = plan.dutyCycle.segments.some(
    (s) => s.kind === 'charge' && s.durationMin === undefined,
  );
  if (totalMin <= 0 && !untilFullCharges) {
    ctx.addIssue({
      code: 'custom',
      path: ['dutyCycle', 'segments'],
      message: 'the duty cycle has zero total duration: give at least one segment a durationMin above 0',
    });
  } else if (dischargeMin <= 0) {
    ctx.addIssue({
      code: 'custom',
      path: ['dutyCycle', 'segments'],
      message: 'the duty cycle needs at least one activity or rest segment with durationMin above 0',
    });
  }
}
