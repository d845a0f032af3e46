import fc from 'fast-check';
import { planSchema, type Plan, type PlanInput } from '../../src/plan/schema';

const chem = fc.constantFrom('NMC' as const, 'NCA' as const, 'LFP' as const);
const pos = (min: number, max: number) => fc.double({ min, max, noNaN: true, noDefaultInfinity: true });

const packArb = fc.record({
  energyWh: pos(1, 20_000),
  nominalVoltageV: pos(3, 800),
  internalResistanceOhm: pos(0, 2),
  massKg: pos(0, 200),
});

const cellsArb = fc.record({
  cell: fc.record({
    capacityAh: pos(0.5, 300),
    nominalVoltageV: fc.constant(3.6),
    maxVoltageV: fc.constant(4.2),
    minVoltageV: fc.constant(2.5),
    internalResistanceOhm: pos(0, 0.1),
    massKg: pos(0.01, 6),
    maxDischargeCRate: pos(0.2, 30),
    maxChargeCRate: pos(0.1, 5),
  }),
  series: fc.integer({ min: 1, max: 200 }),
  parallel: fc.integer({ min: 1, max: 60 }),
});

const segmentArb = fc.oneof(
  fc.record({
    kind: fc.constant('activity' as const),
    activity: fc.constantFrom('a', 'b'),
    durationMin: fc.oneof(fc.constant(0), pos(1 / 60, 240)),
    compute: fc.option(fc.record({ dev: fc.record({ utilisationPercent: pos(0, 100) }) }), {
      nil: undefined,
    }),
    accessoriesOn: fc.option(fc.constant(['lamp'] as string[]), { nil: undefined }),
  }),
  fc.record({
    kind: fc.constant('rest' as const),
    durationMin: fc.oneof(fc.constant(0), pos(1 / 60, 120)),
    powered: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('charge' as const),
    durationMin: fc.option(pos(1 / 60, 120), { nil: undefined }),
  }),
);

/** Random plans that pass the schema (inputs that fail it are filtered out). */
export const planArbitrary: fc.Arbitrary<Plan> = fc
  .record({
    chemistry: chem,
    usePack: fc.boolean(),
    pack: packArb,
    cells: cellsArb,
    reservePercent: pos(0, 60),
    soh: pos(50, 100),
    temperatureC: pos(-30, 60),
    powerA: pos(0, 5000),
    powerB: pos(0, 800),
    mass: pos(0, 500),
    scale: fc.option(fc.record({ referenceMassKg: pos(1, 300), exponent: pos(0, 2) }), { nil: undefined }),
    idle: pos(0, 50),
    extra: pos(0, 100),
    accessoryW: pos(0, 200),
    eta: pos(50, 100),
    charger: fc.option(fc.record({ powerW: pos(10, 20_000), efficiencyPercent: pos(60, 100) }), {
      nil: undefined,
    }),
    segments: fc.array(segmentArb, { minLength: 1, maxLength: 6 }),
    repeat: fc.oneof(
      fc.record({ mode: fc.constant('count' as const), count: fc.integer({ min: 1, max: 50 }) }),
      fc.record({ mode: fc.constant('hours' as const), hours: pos(0.1, 48) }),
      fc.constant({ mode: 'untilReserve' as const }),
    ),
    hoursPerDay: pos(0, 24),
    runtimeTarget: fc.option(pos(0.1, 20), { nil: undefined }),
    chargeTarget: fc.option(pos(5, 300), { nil: undefined }),
  })
  .map((x): PlanInput => ({
    format: 'powerplan',
    version: 2,
    name: 'fuzz',
    robot: {
      name: 'r',
      massWithoutBatteryKg: x.mass,
      activities: [
        { id: 'a', label: 'A', powerW: x.powerA },
        { id: 'b', label: 'B', powerW: x.powerB },
      ],
      ...(x.scale ? { massScaling: x.scale } : {}),
    },
    battery: {
      chemistry: x.chemistry,
      ...(x.usePack ? { pack: x.pack } : { cells: { ...x.cells, packMassOverheadPercent: 25 } }),
      reservePercent: x.reservePercent,
      stateOfHealthPercent: x.soh,
      temperatureC: x.temperatureC,
    },
    compute: [{ id: 'dev', idlePowerW: x.idle, maxPowerW: x.idle + x.extra }],
    accessories: [{ id: 'lamp', label: 'Lamp', powerW: x.accessoryW, mode: 'perSegment' }],
    powerConversion: { dcdcEfficiencyPercent: x.eta, locomotionEfficiencyPercent: 100 },
    ...(x.charger ? { charger: x.charger } : {}),
    dutyCycle: {
      segments: x.charger ? x.segments : x.segments.filter((s) => s.kind !== 'charge'),
      repeat: x.repeat,
      operatingHoursPerDay: x.hoursPerDay,
    },
    targets: {
      ...(x.runtimeTarget ? { runtimeHours: x.runtimeTarget } : {}),
      ...(x.chargeTarget ? { chargeTimeMin: x.chargeTarget } : {}),
    },
  }))
  .map((input) => planSchema.safeParse(input))
  .filter((r) => r.success)
  .map((r) => r.data!);
