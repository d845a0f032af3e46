/** The parts of a plan (input or parsed) that say which device runs which workload. */
interface WorkloadUse {
  dutyCycle: {
    segments: readonly {
      kind: string;
      compute?: Readonly<Record<string, { workloads?: readonly string[] | undefined }>> | undefined;
    }[];
  };
}

/** Whether a device runs a workload anywhere in the plan: among its defaults or in some segment's loads. */
export function deviceRunsWorkload(
  plan: WorkloadUse,
  device: { id: string; defaultWorkloads?: readonly string[] | undefined },
  workloadId: string,
): boolean {
  return (
    (device.defaultWorkloads ?? []).includes(workloadId) ||
    plan.dutyCycle.segments.some((s) => s.compute?.[device.id]?.workloads?.includes(workloadId) ?? false)
  );
}
