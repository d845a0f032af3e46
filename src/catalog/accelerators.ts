import type { MemoryTypeId } from './memory';
import { planningAssumption, roundTo, unsourced, type Sourced } from './sourced';

/** Firefly wiki page for the DX-M1 M.2 module. */
const FIREFLY_DX_M1_WIKI =
  'https://wiki.t-firefly.com/en/DX-M1/DX-M1.html (25 TOPS, 2-5 W, 4GB LPDDR5, PCIe Gen3 x4)';
/** DEEPX DX-M1 product page. */
const DEEPX_DX_M1_PAGE =
  'deepx.ai/products/dx-m1 (typ 3 W, >10 TOPS/W ResNet50, ResNet50 1186 FPS, 496 FPS/W)';
/** Korean press report on DEEPX process nodes and DX-M2 schedule. */
const SISAJOURNAL_DEEPX =
  'https://www.sisajournal-e.com/news/articleView.html?idxno=414350 (DX-M1 on Samsung 5nm; DX-M2 on Samsung 2nm, MPW 1H2026, mass production 2027, ~2x perf/W)';
/** Press report on the DX-M2 design target. */
const UNISNP_DX_M2 =
  'https://www.unisnp.com/2025/08/2nm-ai.html (DX-M2: 20B-param gen-AI real-time at 20-30 words/s under 5 W)';
/** Hailo-8 product page plus a third-party power figure. */
const HAILO_8_PAGE =
  'hailo.ai/products/ai-accelerators/hailo-8 (26 TOPS, typ 2.5 W, vendor efficiency ~3 TOPS/W) ; branes-ai/graphs docs/hardware/hailo_edge_ai.md (8.65 W peak)';
/** Hailo-10H press coverage. */
const HAILO_10H_PRESS =
  'https://www.theregister.com/2024/04/10/hailo_10h_ai_chip/ ; https://awesomeagents.ai/hardware/hailo-10h (40 TOPS INT4 / 20 TOPS INT8, 2.5 W typ, 4/8 GB LPDDR4/4X, Qwen2-1.5B 9.45 tok/s)';
/** NVIDIA Orin Nano Super datasheet as cited by a public page. */
const ORIN_NANO_SUPER_DATASHEET =
  'https://www.brojogopalsapui.com/ai-foundations/sub_contents/AI_hardware/jetson_orin_nano_light.html (citing NVIDIA Orin Nano Super datasheet Dec 2024: 67 TOPS sparse INT8, 7-25 W, 8GB 128-bit LPDDR5, 102 GB/s, Samsung 8nm; original 40 TOPS / 68 GB/s / 15 W)';
/** NVIDIA Jetson Orin NX series datasheet. */
const ORIN_NX_DATASHEET =
  'NVIDIA Jetson Orin NX Series datasheet (github icub-tech-iit/cad-libraries files/13056089) (100 TOPS, 10-25 W) ; Super figures (157 sparse INT8 TOPS, 10/15/25/40 W, 16GB 128-bit LPDDR5 102.4 GB/s) via code search';
/** NVIDIA Jetson AGX Orin modules data sheet DS-10662-001. */
const AGX_ORIN_DATASHEET =
  'NVIDIA Jetson AGX Orin Series Modules Data Sheet DS-10662-001 (64GB 256-bit LPDDR5 204.8 GB/s; 275 TOPS sparse INT8; 15-60 W) as cited in code search doc ids 68815958733/62562234033 and https://blog.us.fixstars.com/?p=1855';
/** Jetson AGX Thor T5000 SoM overview. */
const THOR_SOM_OVERVIEW =
  'https://developer.ridgerun.com/wiki/index.php/NVIDIA_Jetson_AGX_Thor/Introduction/SoM_Overview (T5000: 2070 FP4 TFLOPS / 1035 FP8 TFLOPS, 2560-core Blackwell GPU, 128GB LPDDR5X 256-bit 273 GB/s) ; https://learnaivisually.com/ai-explained/jetson-thor-edge-blackwell (40-130 W)';
/** Qualcomm Cloud AI 100 SKU table. */
const QUALCOMM_AI100_SKUS =
  'https://quic.github.io/cloud-ai-sdk-pages/latest/Getting-Started/Architecture (Cloud AI 100 SKU table)';
/** Third-party page on Qualcomm Cloud AI 100. */
const QUALCOMM_AI100_GROKIPEDIA = 'https://grokipedia.com/page/Qualcomm_Cloud_AI_100';
/** Coral Edge TPU FAQ and USB Accelerator datasheet. */
const CORAL_DOCS =
  'https://coral.ai/docs/edgetpu/faq ; Coral USB Accelerator datasheet v1.4 (4 TOPS int8, 2 W, 2 TOPS/W)';
/** Mobilint MLA100 product page. */
const MOBILINT_MLA100 =
  'https://www.mobilint.com/aries/mla100 and aithority.com (MLA100 MXM: 80 TOPS, 25 W; ResNet-50 3,082 FPS, YOLO-11s 784 FPS)';
/** Rebellions server-configuration spec list. */
const REBELLIONS_SPEC_LIST =
  'code search (Rebellions server-config spec list: ATOM CA22, ATOM-Max CA25, Rebel-Quad CR13)';
/** Rebellions ATOM/REBEL summary (Hot Chips 2025, ISSCC 2026, rebellions.ai). */
const REBELLIONS_SUMMARY =
  'code search (Rebellions ATOM/REBEL summary citing Hot Chips 2025 / ISSCC 2026 / rebellions.ai)';
/** FuriosaAI RNGD documentation. */
const FURIOSA_RNGD_DOCS =
  'https://furiosa-runtime-docs.pages.dev/overview/rngd/ and https://developer.furiosa.ai/docs-dev/PR-3475/en/overview/rngd.html (TSMC 5nm, 1.0 GHz, 256 TF BF16, 512 TF FP8, 512 TOPS INT8, 1024 TOPS INT4, 2x HBM3 1.5 TB/s, PCIe Gen5 x16)';
/** FuriosaAI RNGD TDP sources. */
const FURIOSA_RNGD_TDP =
  'https://furiosa.ai/blog/rngd-preview-furiosa-ai (TDP 150 W) vs https://b-lab.team/... and reportify summary (48 GB HBM3, 180 W TDP)';
/** HyperAccel Bertha 500 / 100 product pages. */
const HYPERACCEL_PRODUCTS = 'code search: https://hyperaccel.ai/ha_product/bertha-500/ and /bertha-100/';
/** H100 / H200 spec compilations (dense figures). */
const NVIDIA_HOPPER_SPECS =
  'https://lzwjava.github.io/nvidia-h200-gpu-specs-en ; https://itkb.uw.cz/2026/06/nvidia-h200-vs-b300-precisions-cores.html (dense figures) ; https://haink.org/knowledge/compare/h100-vs-h200-vs-b200.html';
/** Third-party H100/H200/B200 comparison. */
const B200_COMPARISON =
  "https://haink.org/knowledge/compare/h100-vs-h200-vs-b200.html (192 GB HBM3e, 8 TB/s, ~1000 W, 9 PF FP8 / 18 PF FP4 - these match NVIDIA's sparsity-inclusive numbers)";
/** Apple M4 launch coverage. */
const APPLE_M4_PRESS =
  'https://www.engadget.com/apples-m4-chip-arrives-with-a-big-focus-on-ai-142448428.html ; https://www.mactech.com/2024/05/07/apples-new-m4-processor-debuts-in-the-new-ipad-pro/ (38 TOPS NE, 120 GB/s, 2nd-gen 3nm)';
/** Third-party doc quoting NVIDIA Jetson LLM benchmarks. */
const WAYFINDR_NVIDIA_BLOG = 'github msmcs-robotics/WayfindR-driver docs citing an NVIDIA blog';
/** FuriosaAI vendor LLM benchmark. */
const FURIOSA_VENDOR_BENCH = 'FuriosaAI vendor benchmark (research catalog notes; exact page not recorded)';

/**
 * product = ships today; target = vendor design goal for an unreleased chip; announced = announced, specs or
 * availability not sourced; reference = datacenter device kept for comparison only (not for robots).
 */
export type AcceleratorStatus = 'product' | 'target' | 'reference' | 'announced';

export type AcceleratorClass =
  | 'edge_npu'
  | 'edge_soc'
  | 'edge_gpu_som'
  | 'client_soc_npu'
  | 'datacenter_npu_card'
  | 'datacenter_npu'
  | 'datacenter_gpu';

/** Peak compute (TOPS or TFLOPS, see `unit`) at a stated precision, e.g. 'INT8' or 'FP8 sparse'. */
export interface SourcedPeak extends Sourced {
  precision: string | null;
}

/** A vendor or third-party benchmark result. */
export interface SourcedBenchmark extends Sourced {
  workload: string;
}

/** A comparative or forward-looking claim (design targets, perf/W claims); never a planning input by itself. */
export interface SourcedClaim extends Sourced {
  claim: string;
}

/** Accelerator figures a planner needs; null-valued ones may get a planning default. */
export type AcceleratorPlanningKey = 'idlePowerW' | 'typicalPowerW' | 'maxPowerW' | 'memoryBandwidthGBps';

/**
 * Figures a target or announced chip's published claims imply, for planning with it before it ships
 * (`confidence: 'claim_implied'`; the claim is the source, the arithmetic the note). Used by every part of
 * PowerPlan alike, after the catalog's own figure and before any planning default.
 */
export interface ClaimImpliedFigures {
  readonly peakTops?: SourcedPeak;
  readonly memoryBandwidthGBps?: Sourced;
  readonly memoryCapacityGB?: Sourced;
  readonly memoryType?: Sourced<MemoryTypeId>;
  readonly maxPowerW?: Sourced;
}

/**
 * A device power mode (Jetson `nvpmodel`): its power budget, memory clock (bandwidth), GPU and CPU clock caps,
 * and two scales PowerPlan fits to decode measurements taken in each mode — the fraction of the reference
 * mode's bandwidth efficiency its decode reaches (κ: at a low GPU clock the GPU cannot stream the memory bus),
 * and the factor on a runtime's per-token overhead (σ: slower CPU and GPU clocks take longer per token).
 */
export interface PowerMode {
  /** The `nvpmodel` name, e.g. '25W'. */
  readonly id: string;
  readonly name: string;
  readonly powerBudgetW: Sourced;
  readonly memoryBandwidthGBps: Sourced;
  readonly gpuMaxMHz: Sourced;
  readonly cpuMaxMHz: Sourced;
  /** κ: decode bandwidth efficiency relative to the reference (default) mode. */
  readonly bandwidthScale: Sourced;
  /** σ: per-token overhead relative to the reference mode. */
  readonly overheadScale: Sourced;
}

export interface Accelerator {
  readonly id: string;
  readonly name: string;
  readonly vendor: string;
  readonly status: AcceleratorStatus;
  readonly deviceClass: AcceleratorClass;
  readonly peakTops: SourcedPeak;
  /** Peak compute at other precisions or modes. */
  readonly peakTopsOther: readonly SourcedPeak[];
  readonly idlePowerW: Sourced;
  readonly typicalPowerW: Sourced;
  /** Max module power or TDP. */
  readonly maxPowerW: Sourced;
  /** Main memory type, as an id of MEMORY_TYPES ('SRAM' for on-chip-only devices). */
  readonly memoryType: Sourced<MemoryTypeId>;
  /** The memory description as the research catalog wrote it, e.g. 'LPDDR5 128-bit'. */
  readonly memoryDescription: string | null;
  readonly memoryBandwidthGBps: Sourced;
  readonly memoryCapacityGB: Sourced;
  readonly processNode: Sourced<string>;
  readonly year: Sourced;
  readonly benchmarks: readonly SourcedBenchmark[];
  readonly claims: readonly SourcedClaim[];
  readonly notes: string;
  /** Figures implied by a target chip's claims (see `ClaimImpliedFigures`), where the catalog has none. */
  readonly claimImplied?: ClaimImpliedFigures;
  /** PowerPlan estimates, only for planning keys whose catalog value is null. Never sourced figures. */
  readonly planningDefaults: Readonly<Partial<Record<AcceleratorPlanningKey, Sourced>>>;
  /** The LLM runtime a workload on this chip gets when neither it nor its device names one. */
  readonly defaultRuntime?: string;
  /** Power modes, the reference (default) mode first; the catalog's figures are the reference mode's. */
  readonly powerModes?: readonly PowerMode[];
}

/**
 * Planning rule: typical power ≈ 0.6 × max power when only one of them is published. 0.6 is the median
 * typical/max ratio of the catalog devices that publish both (DX-M1 0.6, Orin Nano 0.6, Orin NX 0.6,
 * AGX Orin 0.5, Hailo-8 0.29, Coral 1.0); the catalog test recomputes it.
 */
export const TYPICAL_FRACTION_OF_MAX_POWER = 0.6;

/** Planning rule: idle power ≈ 10% of max power. A PowerPlan assumption (no idle figure is sourced). */
export const IDLE_FRACTION_OF_MAX_POWER = 0.1;

type AcceleratorData = Omit<Accelerator, 'planningDefaults'> & {
  /** Hand-written planning defaults that take precedence over the generic power rules. */
  readonly planningOverrides?: Readonly<Partial<Record<AcceleratorPlanningKey, Sourced>>>;
};

/**
 * Orin Nano 8GB power modes under JetPack 6.2 ("Super"): nvpmodel caps as NVIDIA's Jetson Linux Developer Guide
 * (r36.4.3, "Supported Modes and Power Efficiency") lists them and `/etc/nvpmodel.conf` on a Super developer kit
 * holds them (15W: CPU 1497.6 MHz, GPU 612 MHz, EMC 2133 MHz; 25W: CPU 1344 MHz, GPU 918 MHz, EMC 3199 MHz;
 * MAXN_SUPER: uncapped), read back with `jetson_clocks --show`.
 */
const ORIN_NANO_NVPMODEL =
  'NVIDIA Jetson Linux Developer Guide r36.4.3, Platform Power and Performance, Supported Modes and Power Efficiency (Orin Nano 8GB, JetPack 6.2 Super); /etc/nvpmodel.conf and `jetson_clocks --show` on an Orin Nano Super developer kit as reproduced in public repositories';
/** smolhub's Orin Nano Super benchmark, which logged the clocks reached in each mode. */
const SMOLHUB_NANO_MODES =
  'https://www.smolhub.com/posts/jetson-nano-super-benchmark-non-reasoning/ (clocks observed per mode: 7W GPU ~408 MHz, CPU 960 MHz)';
/** EMC 2133 MHz × 128-bit × 2 = 68.3 GB/s; 3199 MHz → 102.4 GB/s (LPDDR5, two transfers per clock). */
const lpddr5Nano = (emcMHz: number): Sourced => ({
  value: roundTo((emcMHz * 16 * 2) / 1000, 3),
  unit: 'GB/s',
  source: ORIN_NANO_NVPMODEL,
  confidence: 'derived',
  note: `EMC ${emcMHz} MHz × 16 B (128-bit) × 2 transfers per clock`,
});
/** A mode scale fitted to the decode measurements taken in that mode (docs/ai-validation.md). */
const modeFit = (value: number, what: string): Sourced => ({
  value,
  unit: 'ratio',
  source:
    'PowerPlan fit (scripts/fit-runtimes.ts) to the llama.cpp decode rates smolhub measured for 8 models in each mode (src/catalog/llm-measurements.json); docs/ai-validation.md',
  confidence: 'fitted',
  note: what,
});
const mhz = (value: number, source: string, confidence: Sourced['confidence'], note?: string): Sourced =>
  note === undefined
    ? { value, unit: 'MHz', source, confidence }
    : { value, unit: 'MHz', source, confidence, note };

export const ORIN_NANO_SUPER_MODES: readonly PowerMode[] = [
  {
    id: 'MAXN_SUPER',
    name: 'MAXN SUPER',
    powerBudgetW: {
      value: 25,
      unit: 'W',
      source: ORIN_NANO_NVPMODEL,
      confidence: 'datasheet',
      note: 'Uncapped clocks; the module is specified to 25 W.',
    },
    memoryBandwidthGBps: lpddr5Nano(3199),
    gpuMaxMHz: mhz(1020, ORIN_NANO_NVPMODEL, 'datasheet'),
    cpuMaxMHz: mhz(1728, ORIN_NANO_NVPMODEL, 'datasheet'),
    bandwidthScale: modeFit(1, 'the reference mode'),
    overheadScale: modeFit(1, 'the reference mode'),
  },
  {
    id: '25W',
    name: '25 W',
    powerBudgetW: { value: 25, unit: 'W', source: ORIN_NANO_NVPMODEL, confidence: 'datasheet' },
    memoryBandwidthGBps: lpddr5Nano(3199),
    gpuMaxMHz: mhz(918, ORIN_NANO_NVPMODEL, 'datasheet'),
    cpuMaxMHz: mhz(1344, ORIN_NANO_NVPMODEL, 'datasheet'),
    bandwidthScale: modeFit(1, 'decode bandwidth efficiency relative to MAXN SUPER'),
    overheadScale: modeFit(0.813, 'per-token overhead relative to MAXN SUPER'),
  },
  {
    id: '15W',
    name: '15 W',
    powerBudgetW: { value: 15, unit: 'W', source: ORIN_NANO_NVPMODEL, confidence: 'datasheet' },
    memoryBandwidthGBps: lpddr5Nano(2133),
    gpuMaxMHz: mhz(612, ORIN_NANO_NVPMODEL, 'datasheet'),
    cpuMaxMHz: mhz(1497.6, ORIN_NANO_NVPMODEL, 'datasheet'),
    bandwidthScale: modeFit(1, 'decode bandwidth efficiency relative to MAXN SUPER'),
    overheadScale: modeFit(1.05, 'per-token overhead relative to MAXN SUPER'),
  },
  {
    id: '7W',
    name: '7 W',
    powerBudgetW: { value: 7, unit: 'W', source: ORIN_NANO_NVPMODEL, confidence: 'datasheet' },
    memoryBandwidthGBps: lpddr5Nano(2133),
    gpuMaxMHz: mhz(
      408,
      SMOLHUB_NANO_MODES,
      'third_party_compilation',
      'Observed; the 7 W mode also power-gates part of the GPU (TPC_POWER_GATING in nvpmodel.conf) and keeps 4 CPU cores online.',
    ),
    cpuMaxMHz: mhz(960, SMOLHUB_NANO_MODES, 'third_party_compilation', 'Observed.'),
    bandwidthScale: modeFit(0.439, 'decode bandwidth efficiency relative to MAXN SUPER'),
    overheadScale: modeFit(2.58, 'per-token overhead relative to MAXN SUPER'),
  },
];

const ACCELERATOR_DATA: readonly AcceleratorData[] = [
  {
    id: 'deepx-dx-m1',
    name: 'DEEPX DX-M1 (M.2 module)',
    vendor: 'DEEPX',
    status: 'product',
    deviceClass: 'edge_npu',
    peakTops: {
      value: 25,
      unit: 'TOPS',
      source: FIREFLY_DX_M1_WIKI,
      confidence: 'manufacturer_claim',
      precision: 'INT8',
    },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: {
      value: 3,
      unit: 'W',
      range: [2, 5],
      source: DEEPX_DX_M1_PAGE,
      confidence: 'manufacturer_claim',
      note: "vendor 'typical 3 W', range 2-5 W",
    },
    maxPowerW: { value: 5, unit: 'W', source: FIREFLY_DX_M1_WIKI, confidence: 'manufacturer_claim' },
    memoryType: { value: 'LPDDR5', unit: 'memory type', source: FIREFLY_DX_M1_WIKI, confidence: 'datasheet' },
    memoryDescription: 'LPDDR5',
    memoryBandwidthGBps: unsourced('GB/s', 'Not published in sources found.'),
    memoryCapacityGB: { value: 4, unit: 'GB', source: FIREFLY_DX_M1_WIKI, confidence: 'datasheet' },
    processNode: {
      value: 'Samsung 5nm',
      unit: 'node',
      source: SISAJOURNAL_DEEPX,
      confidence: 'press_report',
    },
    year: {
      value: 2024,
      unit: 'year',
      source: SISAJOURNAL_DEEPX,
      confidence: 'press_report',
      note: 'mass production ~2024',
    },
    benchmarks: [
      {
        value: 1186,
        unit: 'FPS',
        source: DEEPX_DX_M1_PAGE,
        confidence: 'manufacturer_claim',
        workload: 'ResNet50',
      },
      {
        value: 496,
        unit: 'FPS/W',
        source: DEEPX_DX_M1_PAGE,
        confidence: 'manufacturer_claim',
        workload: 'ResNet50',
      },
    ],
    claims: [],
    notes: 'PCIe Gen3 x4. Vendor benchmark: ResNet50 1186 FPS, 496 FPS/W.',
    planningOverrides: {
      memoryBandwidthGBps: planningAssumption(
        25.6,
        'GB/s',
        'one 32-bit LPDDR5-6400 interface (6400 MT/s x 4 B = 25.6 GB/s); the DX-M1 bus width and data rate are not published. Range covers x16 to x64.',
        [12.8, 51.2],
      ),
    },
  },
  {
    id: 'deepx-dx-m2',
    name: 'DEEPX DX-M2 (target, gen-AI)',
    vendor: 'DEEPX',
    status: 'target',
    deviceClass: 'edge_npu',
    peakTops: {
      value: null,
      unit: 'TOPS',
      source: null,
      confidence: 'unsourced',
      precision: null,
      note: 'TOPS not published.',
    },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: {
      value: 5,
      unit: 'W',
      source: UNISNP_DX_M2,
      confidence: 'target',
      note: "Design target '<5 W' while running a 20B-parameter generative model at 20-30 words/s; an upper bound, not a measurement. The research catalog tags the source press_report; re-tagged 'target' here because it is a goal for an unreleased chip.",
    },
    maxPowerW: unsourced('W', 'n/a'),
    memoryType: unsourced('memory type', 'Memory type not published in sources found.'),
    memoryDescription: null,
    memoryBandwidthGBps: unsourced('GB/s'),
    memoryCapacityGB: unsourced('GB'),
    processNode: {
      value: 'Samsung SF2 (2nm GAA)',
      unit: 'node',
      source: SISAJOURNAL_DEEPX,
      confidence: 'press_report',
    },
    year: {
      value: 2027,
      unit: 'year',
      source: SISAJOURNAL_DEEPX,
      confidence: 'press_report',
      note: 'MPW 1H2026, mass production 2027 (planned)',
    },
    benchmarks: [],
    claims: [
      {
        value: 20,
        unit: 'B params',
        source: UNISNP_DX_M2,
        confidence: 'target',
        claim: 'runs a 20B-parameter generative model in real time',
      },
      {
        value: 25,
        unit: 'words/s',
        range: [20, 30],
        source: UNISNP_DX_M2,
        confidence: 'target',
        claim: 'generation speed for that 20B model',
      },
      {
        value: 5,
        unit: 'W',
        source: UNISNP_DX_M2,
        confidence: 'target',
        claim: "power while doing so ('under 5 W', an upper bound)",
      },
      {
        value: 2,
        unit: 'x perf/W vs DX-M1',
        source: SISAJOURNAL_DEEPX,
        confidence: 'target',
        claim: 'perf/W gain from the move to Samsung 2 nm alone',
        note: 'Press-reported vendor claim (research catalog notes).',
      },
    ],
    notes: 'DEEPX claims ~2x perf/W vs its 5nm DX-M1 from the process move alone.',
    claimImplied: {
      maxPowerW: {
        value: 5,
        unit: 'W',
        source: UNISNP_DX_M2,
        confidence: 'claim_implied',
        note: "The '<5 W' design target taken as the module's ceiling while running its 20B-parameter model (the typical/max rule would give 8.3 W, above the claim).",
      },
      peakTops: {
        value: 50,
        unit: 'TOPS',
        source: `${SISAJOURNAL_DEEPX} ; ${FIREFLY_DX_M1_WIKI}`,
        confidence: 'claim_implied',
        precision: 'INT8',
        note: '~2x DX-M1 performance per watt (claim) x DX-M1 25 TOPS / 5 W (manufacturer claim) = 10 TOPS/W, at the 5 W ceiling: 50 TOPS.',
      },
      memoryBandwidthGBps: {
        value: 90,
        unit: 'GB/s',
        source: UNISNP_DX_M2,
        confidence: 'claim_implied',
        note: 'A 20B-parameter model at 20-30 words/s (25 words/s = 33 tokens/s at 1.33 tokens per word). Read as a mixture-of-experts model like gpt-oss-20b (3.6B active parameters at 4.25-bit MXFP4 = 1.9 GB read per token): 63 GB/s achieved, 90 GB/s peak at the default 70 % bandwidth efficiency. A dense 20B model at 4 bits would need 475 GB/s, beyond any LPDDR interface a <5 W module could drive; PowerPlan takes the lower, plausible reading (the conservative one for planning).',
      },
      memoryCapacityGB: {
        value: 16,
        unit: 'GB',
        source: UNISNP_DX_M2,
        confidence: 'claim_implied',
        note: 'Holds the 20B model: 21B parameters at 4.25 bits = 11.2 GB of weights plus KV cache; 16 GB is the next LPDDR5X package size.',
      },
      memoryType: {
        value: 'LPDDR5X',
        unit: 'memory type',
        source: UNISNP_DX_M2,
        confidence: 'claim_implied',
        note: "Assumed: DX-M1's LPDDR5, one generation on for a 2027 chip; the type only sets the memory energy per bit.",
      },
    },
  },
  {
    id: 'deepx-dx-v1-v3',
    name: 'DEEPX DX-V1 / DX-V3 (vision SoCs)',
    vendor: 'DEEPX',
    status: 'announced',
    deviceClass: 'edge_soc',
    peakTops: {
      value: null,
      unit: 'TOPS',
      source: null,
      confidence: 'unsourced',
      precision: null,
      note: 'Not found in any corpus searched.',
    },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: unsourced('W'),
    memoryType: unsourced('memory type', 'Not in the research catalog.'),
    memoryDescription: null,
    memoryBandwidthGBps: unsourced('GB/s'),
    memoryCapacityGB: unsourced('GB'),
    processNode: unsourced('node'),
    year: unsourced('year'),
    benchmarks: [],
    claims: [],
    notes: 'No sourced figures; left null. Status: availability was not sourced; filed as announced.',
  },
  {
    id: 'hailo-8',
    name: 'Hailo-8',
    vendor: 'Hailo',
    status: 'product',
    deviceClass: 'edge_npu',
    peakTops: {
      value: 26,
      unit: 'TOPS',
      source: HAILO_8_PAGE,
      confidence: 'manufacturer_claim',
      precision: 'INT8',
    },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: {
      value: 2.5,
      unit: 'W',
      source: HAILO_8_PAGE,
      confidence: 'manufacturer_claim',
      note: 'Hailo states ~3 TOPS/W officially; 26/2.5 = 10.4 TOPS/W is a naive ratio.',
    },
    maxPowerW: {
      value: 8.65,
      unit: 'W',
      source: HAILO_8_PAGE,
      confidence: 'third_party_compilation',
      note: 'peak module power per a third-party doc; treat as estimate',
    },
    memoryType: {
      value: 'SRAM',
      unit: 'memory type',
      source: HAILO_8_PAGE,
      confidence: 'manufacturer_claim',
      note: 'On-chip memory only (no external DRAM); weights must fit on-chip.',
    },
    memoryDescription: 'none (on-chip memory only)',
    memoryBandwidthGBps: unsourced('GB/s', 'n/a'),
    memoryCapacityGB: {
      value: 0,
      unit: 'GB',
      source: HAILO_8_PAGE,
      confidence: 'manufacturer_claim',
      note: 'no external DRAM',
    },
    processNode: unsourced('node', 'Not sourced in session (commonly reported TSMC 16nm).'),
    year: { value: 2019, unit: 'year', source: 'cnx-software.com 2020 coverage', confidence: 'press_report' },
    benchmarks: [],
    claims: [],
    notes: 'Dataflow architecture; weights must fit on-chip. Hailo-8L = half compute (13 TOPS).',
  },
  {
    id: 'hailo-10h',
    name: 'Hailo-10H',
    vendor: 'Hailo',
    status: 'product',
    deviceClass: 'edge_npu',
    peakTops: {
      value: 40,
      unit: 'TOPS',
      source: HAILO_10H_PRESS,
      confidence: 'manufacturer_claim',
      precision: 'INT4',
    },
    peakTopsOther: [
      {
        value: 20,
        unit: 'TOPS',
        source: HAILO_10H_PRESS,
        confidence: 'manufacturer_claim',
        precision: 'INT8',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: { value: 2.5, unit: 'W', source: HAILO_10H_PRESS, confidence: 'manufacturer_claim' },
    maxPowerW: unsourced('W', 'Not published.'),
    memoryType: {
      value: 'LPDDR4X',
      unit: 'memory type',
      source: HAILO_10H_PRESS,
      confidence: 'manufacturer_claim',
      note: 'LPDDR4/LPDDR4X on-module; filed under LPDDR4X.',
    },
    memoryDescription: 'LPDDR4/LPDDR4X (on-module)',
    memoryBandwidthGBps: {
      value: 7.05,
      unit: 'GB/s',
      source:
        "PowerPlan fit (scripts/fit-runtimes.ts) to Hailo's published decode rates (Hailo Model Zoo GenAI v5.3.0: Llama 3.2 1B 9.89, Qwen2-1.5B 8.06, Qwen2.5-1.5B 7.35, Qwen3-1.7B 4.78 tok/s; arXiv:2603.23640 Qwen2.5-1.5B 6.9 tok/s) over the bytes each model reads per token; docs/ai-validation.md",
      confidence: 'fitted',
      note: "The effective bandwidth HailoRT decode reaches, not the module's peak (not published; one 32-bit LPDDR4X-4266 interface would be 17.1 GB/s). HailoRT GenAI's efficiency is 1 against it.",
    },
    memoryCapacityGB: {
      value: 8,
      unit: 'GB',
      range: [4, 8],
      source: HAILO_10H_PRESS,
      confidence: 'manufacturer_claim',
      note: '4 or 8 GB variants',
    },
    processNode: unsourced('node'),
    year: {
      value: 2024,
      unit: 'year',
      source: HAILO_10H_PRESS,
      confidence: 'press_report',
      note: 'announced Apr 2024',
    },
    benchmarks: [
      {
        value: 9.45,
        unit: 'tokens/s',
        source: 'https://awesomeagents.ai/hardware/hailo-10h',
        confidence: 'third_party_compilation',
        workload: 'Qwen2-1.5B',
        note: 'At about 2.5 W (research catalog).',
      },
    ],
    claims: [],
    notes: 'Benchmark: Qwen2-1.5B ~9.45 tok/s; AEC-Q100 Grade 2.',
  },
  {
    id: 'jetson-orin-nano-8gb-super',
    name: 'NVIDIA Jetson Orin Nano 8GB (Super mode)',
    vendor: 'NVIDIA',
    status: 'product',
    deviceClass: 'edge_gpu_som',
    peakTops: {
      value: 67,
      unit: 'TOPS',
      source: ORIN_NANO_SUPER_DATASHEET,
      confidence: 'datasheet',
      precision: 'INT8 sparse',
      note: '40 TOPS in original (pre-Super) mode',
    },
    peakTopsOther: [
      {
        value: 40,
        unit: 'TOPS',
        source: ORIN_NANO_SUPER_DATASHEET,
        confidence: 'datasheet',
        precision: 'INT8 sparse',
        note: 'Original (pre-Super) mode: 40 TOPS, 68 GB/s, 15 W.',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: {
      value: 15,
      unit: 'W',
      range: [7, 25],
      source: ORIN_NANO_SUPER_DATASHEET,
      confidence: 'datasheet',
      note: 'configurable 7-25 W',
    },
    maxPowerW: { value: 25, unit: 'W', source: ORIN_NANO_SUPER_DATASHEET, confidence: 'datasheet' },
    memoryType: {
      value: 'LPDDR5',
      unit: 'memory type',
      source: ORIN_NANO_SUPER_DATASHEET,
      confidence: 'datasheet',
      note: '128-bit LPDDR5.',
    },
    memoryDescription: 'LPDDR5 128-bit',
    memoryBandwidthGBps: {
      value: 102,
      unit: 'GB/s',
      source: ORIN_NANO_SUPER_DATASHEET,
      confidence: 'datasheet',
      note: '68 GB/s in original mode',
    },
    memoryCapacityGB: { value: 8, unit: 'GB', source: ORIN_NANO_SUPER_DATASHEET, confidence: 'datasheet' },
    processNode: {
      value: 'Samsung 8nm (8LPP)',
      unit: 'node',
      source: ORIN_NANO_SUPER_DATASHEET,
      confidence: 'third_party_compilation',
    },
    year: {
      value: 2024,
      unit: 'year',
      source: ORIN_NANO_SUPER_DATASHEET,
      confidence: 'datasheet',
      note: 'Super Dec 2024; module 2023',
    },
    benchmarks: [
      {
        value: 43.07,
        unit: 'tokens/s',
        source: WAYFINDR_NVIDIA_BLOG,
        confidence: 'third_party_compilation',
        workload: 'Llama-3.2-3B, INT4 MLC (Super mode)',
        note: 'NVIDIA figure quoted by a third-party document.',
      },
      {
        value: 19.14,
        unit: 'tokens/s',
        source: WAYFINDR_NVIDIA_BLOG,
        confidence: 'third_party_compilation',
        workload: 'Llama-3.1-8B, INT4 MLC (Super mode)',
        note: 'NVIDIA figure quoted by a third-party document.',
      },
    ],
    claims: [],
    notes:
      'NVIDIA INT4 MLC LLM benchmarks (Super): Llama-3.2-3B 43.07 tok/s, Llama-3.1-8B 19.14 tok/s (github msmcs-robotics/WayfindR-driver docs citing NVIDIA blog).',
    powerModes: ORIN_NANO_SUPER_MODES,
  },
  {
    id: 'jetson-orin-nx-16gb',
    name: 'NVIDIA Jetson Orin NX 16GB',
    vendor: 'NVIDIA',
    status: 'product',
    deviceClass: 'edge_gpu_som',
    peakTops: {
      value: 100,
      unit: 'TOPS',
      source: ORIN_NX_DATASHEET,
      confidence: 'datasheet',
      precision: 'INT8 sparse',
      note: '157 TOPS with Super/MAXN (40 W)',
    },
    peakTopsOther: [
      {
        value: 157,
        unit: 'TOPS',
        source: ORIN_NX_DATASHEET,
        confidence: 'datasheet',
        precision: 'INT8 sparse',
        note: 'Super / MAXN mode at 40 W.',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: {
      value: 15,
      unit: 'W',
      range: [10, 40],
      source: ORIN_NX_DATASHEET,
      confidence: 'datasheet',
      note: '10-25 W (40 W Super)',
    },
    maxPowerW: {
      value: 25,
      unit: 'W',
      source: ORIN_NX_DATASHEET,
      confidence: 'datasheet',
      note: '40 W in Super MAXN',
    },
    memoryType: {
      value: 'LPDDR5',
      unit: 'memory type',
      source: ORIN_NX_DATASHEET,
      confidence: 'datasheet',
      note: '128-bit LPDDR5.',
    },
    memoryDescription: 'LPDDR5 128-bit',
    memoryBandwidthGBps: { value: 102.4, unit: 'GB/s', source: ORIN_NX_DATASHEET, confidence: 'datasheet' },
    memoryCapacityGB: { value: 16, unit: 'GB', source: ORIN_NX_DATASHEET, confidence: 'datasheet' },
    processNode: {
      value: 'Samsung 8nm',
      unit: 'node',
      source: ORIN_NANO_SUPER_DATASHEET,
      confidence: 'third_party_compilation',
    },
    year: { value: 2023, unit: 'year', source: ORIN_NX_DATASHEET, confidence: 'datasheet' },
    benchmarks: [],
    claims: [],
    notes: '',
  },
  {
    id: 'jetson-agx-orin-64gb',
    name: 'NVIDIA Jetson AGX Orin 64GB',
    vendor: 'NVIDIA',
    status: 'product',
    deviceClass: 'edge_gpu_som',
    peakTops: {
      value: 275,
      unit: 'TOPS',
      source: AGX_ORIN_DATASHEET,
      confidence: 'datasheet',
      precision: 'INT8 sparse (GPU+DLA)',
      note: 'GPU-only INT8 ~170 TOPS sparse (~85 dense); the 275 adds the two DLAs (105 sparse). The planner halves sparse figures to dense.',
    },
    peakTopsOther: [
      {
        value: 170,
        unit: 'TOPS',
        source: 'research note cited by the research catalog (id 55798053393)',
        confidence: 'estimate',
        precision: 'INT8 sparse, GPU only',
        note: 'Approximate (~170). 275 = 170 GPU + 105 DLA, all with 2:4 sparsity; dense GPU INT8 is about half (~85).',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: {
      value: 30,
      unit: 'W',
      range: [15, 60],
      source: AGX_ORIN_DATASHEET,
      confidence: 'datasheet',
      note: '15-60 W configurable',
    },
    maxPowerW: { value: 60, unit: 'W', source: AGX_ORIN_DATASHEET, confidence: 'datasheet' },
    memoryType: {
      value: 'LPDDR5',
      unit: 'memory type',
      source: AGX_ORIN_DATASHEET,
      confidence: 'datasheet',
      note: '256-bit LPDDR5.',
    },
    memoryDescription: 'LPDDR5 256-bit',
    memoryBandwidthGBps: { value: 204.8, unit: 'GB/s', source: AGX_ORIN_DATASHEET, confidence: 'datasheet' },
    memoryCapacityGB: { value: 64, unit: 'GB', source: AGX_ORIN_DATASHEET, confidence: 'datasheet' },
    processNode: {
      value: 'Samsung 8nm',
      unit: 'node',
      source: ORIN_NANO_SUPER_DATASHEET,
      confidence: 'third_party_compilation',
    },
    year: { value: 2022, unit: 'year', source: AGX_ORIN_DATASHEET, confidence: 'datasheet' },
    benchmarks: [],
    claims: [],
    notes: '',
  },
  {
    id: 'jetson-agx-thor-t5000',
    name: 'NVIDIA Jetson AGX Thor (T5000)',
    vendor: 'NVIDIA',
    status: 'product',
    deviceClass: 'edge_gpu_som',
    peakTops: {
      value: 2070,
      unit: 'TFLOPS',
      source: THOR_SOM_OVERVIEW,
      confidence: 'datasheet',
      precision: 'FP4 sparse',
      note: '1035 TFLOPS FP8',
    },
    peakTopsOther: [
      { value: 1035, unit: 'TFLOPS', source: THOR_SOM_OVERVIEW, confidence: 'datasheet', precision: 'FP8' },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W', "no 'typical' figure; configurable 40-130 W"),
    maxPowerW: {
      value: 130,
      unit: 'W',
      range: [40, 130],
      source: THOR_SOM_OVERVIEW,
      confidence: 'manufacturer_claim',
    },
    memoryType: {
      value: 'LPDDR5X',
      unit: 'memory type',
      source: THOR_SOM_OVERVIEW,
      confidence: 'datasheet',
      note: '256-bit LPDDR5X.',
    },
    memoryDescription: 'LPDDR5X 256-bit',
    memoryBandwidthGBps: { value: 273, unit: 'GB/s', source: THOR_SOM_OVERVIEW, confidence: 'datasheet' },
    memoryCapacityGB: { value: 128, unit: 'GB', source: THOR_SOM_OVERVIEW, confidence: 'datasheet' },
    processNode: unsourced('node', 'Not sourced in session.'),
    year: {
      value: 2025,
      unit: 'year',
      source: 'https://blog.us.fixstars.com/?p=1855',
      confidence: 'press_report',
      note: 'dev kit + T5000 GA Aug 2025',
    },
    benchmarks: [],
    claims: [],
    notes: '2560 CUDA cores / 96 5th-gen Tensor Cores, 14x Neoverse V3AE CPU.',
  },
  {
    id: 'qualcomm-cloud-ai-100-ultra',
    name: 'Qualcomm Cloud AI 100 Ultra (4 SoCs)',
    vendor: 'Qualcomm',
    status: 'reference',
    deviceClass: 'datacenter_npu_card',
    peakTops: {
      value: 870,
      unit: 'TOPS',
      source: QUALCOMM_AI100_SKUS,
      confidence: 'datasheet',
      precision: 'INT8',
    },
    peakTopsOther: [
      {
        value: 290,
        unit: 'TFLOPS',
        source: QUALCOMM_AI100_SKUS,
        confidence: 'datasheet',
        precision: 'FP16',
        note: 'From the research catalog notes (same SKU table).',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W', 'TDP only'),
    maxPowerW: { value: 150, unit: 'W', source: QUALCOMM_AI100_SKUS, confidence: 'datasheet' },
    memoryType: {
      value: 'LPDDR4X',
      unit: 'memory type',
      source: QUALCOMM_AI100_SKUS,
      confidence: 'datasheet',
    },
    memoryDescription: 'LPDDR4X',
    memoryBandwidthGBps: { value: 548, unit: 'GB/s', source: QUALCOMM_AI100_SKUS, confidence: 'datasheet' },
    memoryCapacityGB: { value: 128, unit: 'GB', source: QUALCOMM_AI100_SKUS, confidence: 'datasheet' },
    processNode: unsourced('node', 'Not sourced in session.'),
    year: {
      value: 2023,
      unit: 'year',
      source: QUALCOMM_AI100_GROKIPEDIA,
      confidence: 'third_party_compilation',
      note: 'Ultra announced Nov 2023',
    },
    benchmarks: [],
    claims: [],
    notes:
      'FP16 290 TFLOPS; 576 MB on-chip SRAM. Standard SKU: 325 TOPS, 16GB, 137 GB/s, 75 W; Pro: 375 TOPS, 32GB, 137 GB/s, 75 W.',
  },
  {
    id: 'qualcomm-cloud-ai-100-pro',
    name: 'Qualcomm Cloud AI 100 Pro',
    vendor: 'Qualcomm',
    status: 'reference',
    deviceClass: 'datacenter_npu_card',
    peakTops: {
      value: 375,
      unit: 'TOPS',
      source: QUALCOMM_AI100_SKUS,
      confidence: 'datasheet',
      precision: 'INT8',
    },
    peakTopsOther: [
      {
        value: 125,
        unit: 'TFLOPS',
        source: QUALCOMM_AI100_SKUS,
        confidence: 'datasheet',
        precision: 'FP16',
        note: 'From the research catalog notes (same SKU table).',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W', 'TDP only'),
    maxPowerW: { value: 75, unit: 'W', source: QUALCOMM_AI100_SKUS, confidence: 'datasheet' },
    memoryType: {
      value: 'LPDDR4X',
      unit: 'memory type',
      source: QUALCOMM_AI100_SKUS,
      confidence: 'datasheet',
    },
    memoryDescription: 'LPDDR4X',
    memoryBandwidthGBps: { value: 137, unit: 'GB/s', source: QUALCOMM_AI100_SKUS, confidence: 'datasheet' },
    memoryCapacityGB: { value: 32, unit: 'GB', source: QUALCOMM_AI100_SKUS, confidence: 'datasheet' },
    processNode: unsourced('node'),
    year: {
      value: 2020,
      unit: 'year',
      source: QUALCOMM_AI100_GROKIPEDIA,
      confidence: 'third_party_compilation',
    },
    benchmarks: [],
    claims: [],
    notes: 'FP16 125 TFLOPS; 144 MB SRAM.',
  },
  {
    id: 'qualcomm-cloud-ai-100-standard',
    name: 'Qualcomm Cloud AI 100 Standard',
    vendor: 'Qualcomm',
    status: 'reference',
    deviceClass: 'datacenter_npu_card',
    peakTops: {
      value: 325,
      unit: 'TOPS',
      source: QUALCOMM_AI100_SKUS,
      confidence: 'datasheet',
      precision: 'INT8',
    },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W', 'TDP only'),
    maxPowerW: { value: 75, unit: 'W', source: QUALCOMM_AI100_SKUS, confidence: 'datasheet' },
    memoryType: {
      value: 'LPDDR4X',
      unit: 'memory type',
      source: QUALCOMM_AI100_SKUS,
      confidence: 'datasheet',
    },
    memoryDescription: 'LPDDR4X',
    memoryBandwidthGBps: { value: 137, unit: 'GB/s', source: QUALCOMM_AI100_SKUS, confidence: 'datasheet' },
    memoryCapacityGB: { value: 16, unit: 'GB', source: QUALCOMM_AI100_SKUS, confidence: 'datasheet' },
    processNode: unsourced('node'),
    year: unsourced('year'),
    benchmarks: [],
    claims: [],
    notes:
      'Figures from the Standard row of the same SKU table (listed in the research catalog notes of the Ultra entry).',
  },
  {
    id: 'google-coral-edge-tpu',
    name: 'Google Coral Edge TPU',
    vendor: 'Google',
    status: 'product',
    deviceClass: 'edge_npu',
    peakTops: { value: 4, unit: 'TOPS', source: CORAL_DOCS, confidence: 'datasheet', precision: 'INT8' },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: {
      value: 2,
      unit: 'W',
      source: CORAL_DOCS,
      confidence: 'datasheet',
      note: '0.5 W per TOPS',
    },
    maxPowerW: { value: 2, unit: 'W', source: CORAL_DOCS, confidence: 'datasheet' },
    memoryType: {
      value: 'SRAM',
      unit: 'memory type',
      source: CORAL_DOCS,
      confidence: 'datasheet',
      note: 'On-chip memory only (research catalog: "none (on-chip)").',
    },
    memoryDescription: 'none (on-chip)',
    memoryBandwidthGBps: unsourced('GB/s'),
    memoryCapacityGB: unsourced(
      'GB',
      "On-chip SRAM only: 'roughly 8 MB of SRAM that can cache the model's parameter data' (coral.ai/docs/edgetpu/compiler); larger models stream parameters from the host, slowly. Not a capacity for an LLM.",
    ),
    processNode: unsourced('node'),
    year: { value: 2019, unit: 'year', source: CORAL_DOCS, confidence: 'manufacturer_claim' },
    benchmarks: [
      {
        value: 400,
        unit: 'FPS',
        source: CORAL_DOCS,
        confidence: 'manufacturer_claim',
        workload: 'MobileNetV2',
        note: "'~400 FPS' from the research catalog notes; exact page not recorded.",
      },
    ],
    claims: [],
    notes: 'TFLite INT8 only; MobileNetV2 ~400 FPS.',
  },
  {
    id: 'mobilint-aries-mla100',
    name: 'Mobilint ARIES (MLA100 MXM module)',
    vendor: 'Mobilint',
    status: 'product',
    deviceClass: 'edge_npu',
    peakTops: {
      value: 80,
      unit: 'TOPS',
      source: MOBILINT_MLA100,
      confidence: 'manufacturer_claim',
      precision: 'INT8 (assumed)',
      note: "Precision assumed INT8; the vendor says only 'TOPS'.",
    },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W', 'only a single 25 W figure found'),
    maxPowerW: { value: 25, unit: 'W', source: MOBILINT_MLA100, confidence: 'manufacturer_claim' },
    memoryType: unsourced('memory type', 'Memory type not found in session.'),
    memoryDescription: null,
    memoryBandwidthGBps: unsourced('GB/s'),
    memoryCapacityGB: unsourced('GB'),
    processNode: unsourced('node'),
    year: unsourced('year'),
    benchmarks: [
      {
        value: 11551,
        unit: 'FPS',
        source: MOBILINT_MLA100,
        confidence: 'manufacturer_claim',
        workload: 'MobileNetV2',
        note: 'From the research catalog notes (vendor FPS list).',
      },
      {
        value: 3082,
        unit: 'FPS',
        source: MOBILINT_MLA100,
        confidence: 'manufacturer_claim',
        workload: 'ResNet-50',
      },
      {
        value: 784,
        unit: 'FPS',
        source: MOBILINT_MLA100,
        confidence: 'manufacturer_claim',
        workload: 'YOLO-11s',
      },
      {
        value: 259,
        unit: 'FPS',
        source: MOBILINT_MLA100,
        confidence: 'manufacturer_claim',
        workload: 'YOLO-11l',
        note: 'From the research catalog notes (vendor FPS list).',
      },
    ],
    claims: [],
    notes:
      'Vendor FPS: MobileNetV2 11,551; ResNet-50 3,082; YOLO-11s 784; YOLO-11l 259. Community repos run Llama-3.2-3B / 3.1-8B on ARIES (W8A16 MXQ).',
  },
  {
    id: 'mobilint-regulus',
    name: 'Mobilint REGULUS (on-device SoC)',
    vendor: 'Mobilint',
    status: 'announced',
    deviceClass: 'edge_soc',
    peakTops: {
      value: null,
      unit: 'TOPS',
      source: null,
      confidence: 'unsourced',
      precision: null,
      note: 'Not found in any corpus searched.',
    },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: unsourced('W'),
    memoryType: unsourced('memory type', 'Not in the research catalog.'),
    memoryDescription: null,
    memoryBandwidthGBps: unsourced('GB/s'),
    memoryCapacityGB: unsourced('GB'),
    processNode: unsourced('node'),
    year: unsourced('year'),
    benchmarks: [],
    claims: [],
    notes: 'Existence confirmed only via SDK enum MBLTML_DEVICE_REGULUS; no specs sourced.',
  },
  {
    id: 'rebellions-atom-ca22',
    name: 'Rebellions ATOM (RBLN-CA22 card)',
    vendor: 'Rebellions',
    status: 'reference',
    deviceClass: 'datacenter_npu_card',
    peakTops: {
      value: 128,
      unit: 'TOPS',
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
      precision: 'INT8',
      note: '256 TOPS INT4; 32 TFLOPS FP16',
    },
    peakTopsOther: [
      {
        value: 256,
        unit: 'TOPS',
        source: REBELLIONS_SPEC_LIST,
        confidence: 'manufacturer_claim',
        precision: 'INT4',
      },
      {
        value: 32,
        unit: 'TFLOPS',
        source: REBELLIONS_SPEC_LIST,
        confidence: 'manufacturer_claim',
        precision: 'FP16',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: {
      value: 85,
      unit: 'W',
      range: [60, 150],
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
      note: 'Conflicts: 150 W TDP (rebellions.ai/rebellions-product/rbln-ca22 (128 INT8 TOPS, 150 W TDP, 16GB GDDR6)); 60-130 W for CA12 (code search (Rebellions ATOM/REBEL summary citing Hot Chips 2025 / ISSCC 2026 / rebellions.ai)). Pick 85 W max for CA22.',
    },
    memoryType: {
      value: 'GDDR6',
      unit: 'memory type',
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
    },
    memoryDescription: 'GDDR6',
    memoryBandwidthGBps: {
      value: 256,
      unit: 'GB/s',
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
    },
    memoryCapacityGB: {
      value: 16,
      unit: 'GB',
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
    },
    processNode: {
      value: 'Samsung 5nm',
      unit: 'node',
      source: REBELLIONS_SUMMARY,
      confidence: 'third_party_compilation',
    },
    year: {
      value: 2023,
      unit: 'year',
      source: REBELLIONS_SUMMARY,
      confidence: 'third_party_compilation',
      note: 'KT Cloud deployment 2023',
    },
    benchmarks: [],
    claims: [],
    notes: '64 MB on-chip SRAM; MLPerf v3.0 ResNet50 SS 0.239 ms.',
  },
  {
    id: 'rebellions-atom-max-ca25',
    name: 'Rebellions ATOM-Max (RBLN-CA25)',
    vendor: 'Rebellions',
    status: 'reference',
    deviceClass: 'datacenter_npu_card',
    peakTops: {
      value: 512,
      unit: 'TOPS',
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
      precision: 'INT8',
      note: '1024 TOPS INT4; 128 TFLOPS FP16',
    },
    peakTopsOther: [
      {
        value: 1024,
        unit: 'TOPS',
        source: REBELLIONS_SPEC_LIST,
        confidence: 'manufacturer_claim',
        precision: 'INT4',
      },
      {
        value: 128,
        unit: 'TFLOPS',
        source: REBELLIONS_SPEC_LIST,
        confidence: 'manufacturer_claim',
        precision: 'FP16',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: { value: 350, unit: 'W', source: REBELLIONS_SPEC_LIST, confidence: 'manufacturer_claim' },
    memoryType: {
      value: 'GDDR6',
      unit: 'memory type',
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
    },
    memoryDescription: 'GDDR6',
    memoryBandwidthGBps: {
      value: 1024,
      unit: 'GB/s',
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
    },
    memoryCapacityGB: {
      value: 64,
      unit: 'GB',
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
    },
    processNode: {
      value: 'Samsung 5nm',
      unit: 'node',
      source: REBELLIONS_SUMMARY,
      confidence: 'third_party_compilation',
    },
    year: unsourced('year'),
    benchmarks: [],
    claims: [],
    notes: '',
  },
  {
    id: 'rebellions-rebel-quad',
    name: 'Rebellions REBEL-Quad (Rebel100)',
    vendor: 'Rebellions',
    status: 'reference',
    deviceClass: 'datacenter_npu',
    peakTops: {
      value: 2048,
      unit: 'TFLOPS',
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
      precision: 'FP8',
      note: 'FP16 1,024 TFLOPS',
    },
    peakTopsOther: [
      {
        value: 1024,
        unit: 'TFLOPS',
        source: REBELLIONS_SPEC_LIST,
        confidence: 'manufacturer_claim',
        precision: 'FP16',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: {
      value: 600,
      unit: 'W',
      source: REBELLIONS_SPEC_LIST,
      confidence: 'manufacturer_claim',
      note: "'up to 600 W' package",
    },
    memoryType: {
      value: 'HBM3E',
      unit: 'memory type',
      source: REBELLIONS_SUMMARY,
      confidence: 'manufacturer_claim',
      note: '4 x 12-Hi HBM3E stacks.',
    },
    memoryDescription: 'HBM3E (4 x 12-Hi)',
    memoryBandwidthGBps: {
      value: 4800,
      unit: 'GB/s',
      source: REBELLIONS_SUMMARY,
      confidence: 'manufacturer_claim',
    },
    memoryCapacityGB: {
      value: 144,
      unit: 'GB',
      source: REBELLIONS_SUMMARY,
      confidence: 'manufacturer_claim',
    },
    processNode: {
      value: 'Samsung 4nm (SF4X)',
      unit: 'node',
      source: REBELLIONS_SUMMARY,
      confidence: 'third_party_compilation',
    },
    year: {
      value: 2025,
      unit: 'year',
      source: REBELLIONS_SUMMARY,
      confidence: 'manufacturer_claim',
      note: 'Hot Chips 2025; ISSCC 2026',
    },
    benchmarks: [],
    claims: [
      {
        value: 1,
        unit: 'x H200 performance',
        source: REBELLIONS_SUMMARY,
        confidence: 'manufacturer_claim',
        claim: 'equal performance to H200 at lower power (ISSCC 2026)',
      },
      {
        value: 1.6,
        unit: 'x throughput vs top-tier GPU',
        source: REBELLIONS_SUMMARY,
        confidence: 'manufacturer_claim',
        claim: 'Llama-3.3-70B FP8 throughput vs a top-tier GPU',
      },
      {
        value: 0.5,
        unit: 'x power vs top-tier GPU',
        source: REBELLIONS_SUMMARY,
        confidence: 'manufacturer_claim',
        claim: "'50% less power' than a top-tier GPU on Llama-3.3-70B FP8",
      },
      {
        value: 3.2,
        unit: 'x tokens/s/W vs top-tier GPU',
        source: REBELLIONS_SUMMARY,
        confidence: 'manufacturer_claim',
        claim: 'tokens/s/W vs a top-tier GPU on Llama-3.3-70B FP8',
      },
      {
        value: 2.4,
        unit: 'x perf/W vs H200',
        source: 'seed essay citing a Korean blog; not found in any source searched by the research catalog',
        confidence: 'unverified',
        claim: "'2.4x the perf/W of H200 at about half the power' (Korean blog, seed essay)",
        note: 'Not corroborated; do not use as a planning input.',
      },
    ],
    notes:
      "4x 320 mm^2 dies, UCIe-Advanced 16 Gb/s, 4 TB/s aggregate. Vendor claims: equal perf to H200 at lower power (ISSCC 2026); vs 'top-tier GPU' 1.6x throughput, 50% less power, 3.2x tokens/s/W on Llama-3.3-70B FP8. The Korean-blog claim '2.4x perf/W of H200 at ~half the power' was NOT found in any source searched - treat as unverified.",
  },
  {
    id: 'furiosa-rngd',
    name: 'FuriosaAI RNGD (Renegade)',
    vendor: 'FuriosaAI',
    status: 'reference',
    deviceClass: 'datacenter_npu_card',
    peakTops: {
      value: 512,
      unit: 'TFLOPS',
      source: FURIOSA_RNGD_DOCS,
      confidence: 'datasheet',
      precision: 'FP8',
      note: '512 TOPS INT8, 1024 TOPS INT4, 256 TFLOPS BF16',
    },
    peakTopsOther: [
      { value: 512, unit: 'TOPS', source: FURIOSA_RNGD_DOCS, confidence: 'datasheet', precision: 'INT8' },
      { value: 1024, unit: 'TOPS', source: FURIOSA_RNGD_DOCS, confidence: 'datasheet', precision: 'INT4' },
      { value: 256, unit: 'TFLOPS', source: FURIOSA_RNGD_DOCS, confidence: 'datasheet', precision: 'BF16' },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: {
      value: 180,
      unit: 'W',
      range: [150, 180],
      source: FURIOSA_RNGD_TDP,
      confidence: 'manufacturer_claim',
      note: 'Hot Chips 2024/preview: 150 W TDP; later product material: 180 W. Pick 180 W for shipping card.',
    },
    memoryType: {
      value: 'HBM3',
      unit: 'memory type',
      source: FURIOSA_RNGD_DOCS,
      confidence: 'datasheet',
      note: '2 HBM3 stacks.',
    },
    memoryDescription: 'HBM3 (2 stacks)',
    memoryBandwidthGBps: { value: 1500, unit: 'GB/s', source: FURIOSA_RNGD_DOCS, confidence: 'datasheet' },
    memoryCapacityGB: { value: 48, unit: 'GB', source: FURIOSA_RNGD_TDP, confidence: 'manufacturer_claim' },
    processNode: { value: 'TSMC 5nm', unit: 'node', source: FURIOSA_RNGD_DOCS, confidence: 'datasheet' },
    year: { value: 2024, unit: 'year', source: FURIOSA_RNGD_DOCS, confidence: 'manufacturer_claim' },
    benchmarks: [
      {
        value: 3935,
        unit: 'tokens/s',
        source: FURIOSA_VENDOR_BENCH,
        confidence: 'manufacturer_claim',
        workload: 'Llama-3.1-8B, 1 card, 128 in / 4096 out',
      },
      {
        value: 957,
        unit: 'tokens/s',
        source: FURIOSA_VENDOR_BENCH,
        confidence: 'manufacturer_claim',
        workload: 'Llama-3.1-70B, 8 cards',
      },
    ],
    claims: [],
    notes:
      '256 MB on-chip SRAM (chipcraft.tech). Vendor bench: Llama-3.1-8B 3,935 tok/s (1 card, 128in/4096out); Llama-3.1-70B 957 tok/s (8 cards).',
  },
  {
    id: 'hyperaccel-bertha-500',
    name: 'HyperAccel Bertha 500 (LPU)',
    vendor: 'HyperAccel',
    status: 'reference',
    deviceClass: 'datacenter_npu_card',
    peakTops: {
      value: 768,
      unit: 'TFLOPS',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      precision: 'FP8',
      note: '384 TFLOPS FP16',
    },
    peakTopsOther: [
      {
        value: 384,
        unit: 'TFLOPS',
        source: HYPERACCEL_PRODUCTS,
        confidence: 'manufacturer_claim',
        precision: 'FP16',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: {
      value: 250,
      unit: 'W',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      note: 'TDP',
    },
    memoryType: {
      value: 'LPDDR5X',
      unit: 'memory type',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    memoryDescription: 'LPDDR5X',
    memoryBandwidthGBps: {
      value: 546,
      unit: 'GB/s',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    memoryCapacityGB: {
      value: 128,
      unit: 'GB',
      range: [128, 256],
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      note: 'up to 256 GB',
    },
    processNode: {
      value: 'Samsung 4nm',
      unit: 'node',
      source:
        "arXiv 2408.07326 / IEEE Micro 44(6) 2024 'LPU: A Latency-Optimized and Highly Scalable Processor for LLM Inference' (Samsung 4nm, 0.824 mm^2, 284.31 mW LPU IP)",
      confidence: 'manufacturer_claim',
      note: 'LPU architecture synthesized in Samsung 4nm; Bertha 500 reported as 4nm ASIC',
    },
    year: {
      value: 2027,
      unit: 'year',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      note: 'samples 2026, mass production 2027 (planned)',
    },
    benchmarks: [],
    claims: [],
    notes:
      '256 MB SRAM; no HBM by design. Datacenter card, not shipping yet (samples 2026, volume 2027 planned); kept as a reference.',
  },
  {
    id: 'hyperaccel-bertha-100',
    name: 'HyperAccel Bertha 100 (edge LPU, M.2)',
    vendor: 'HyperAccel',
    status: 'announced',
    deviceClass: 'edge_npu',
    peakTops: {
      value: 32.768,
      unit: 'TFLOPS',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      precision: 'FP8',
      note: 'marketing text also says 48 TFLOPS; spec table value used',
    },
    peakTopsOther: [
      {
        value: 48,
        unit: 'TFLOPS',
        source: HYPERACCEL_PRODUCTS,
        confidence: 'manufacturer_claim',
        precision: 'FP8',
        note: 'Marketing text; the spec table says 32.768 (used as peakTops).',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W', 'Not published.'),
    maxPowerW: unsourced('W', 'Not published.'),
    memoryType: {
      value: 'LPDDR5X',
      unit: 'memory type',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    memoryDescription: 'LPDDR5X',
    memoryBandwidthGBps: {
      value: 64,
      unit: 'GB/s',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    memoryCapacityGB: {
      value: 16,
      unit: 'GB',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    processNode: {
      value: '4nm',
      unit: 'node',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
    },
    year: {
      value: 2026,
      unit: 'year',
      source: HYPERACCEL_PRODUCTS,
      confidence: 'manufacturer_claim',
      note: "'Coming Q4 2026'",
    },
    benchmarks: [],
    claims: [],
    notes: '',
  },
  {
    id: 'nvidia-h100-sxm',
    name: 'NVIDIA H100 SXM5 (reference)',
    vendor: 'NVIDIA',
    status: 'reference',
    deviceClass: 'datacenter_gpu',
    peakTops: {
      value: 1979,
      unit: 'TFLOPS',
      source: NVIDIA_HOPPER_SPECS,
      confidence: 'datasheet',
      precision: 'FP8 dense',
      note: '3,958 with 2:4 sparsity',
    },
    peakTopsOther: [
      {
        value: 3958,
        unit: 'TFLOPS',
        source: NVIDIA_HOPPER_SPECS,
        confidence: 'datasheet',
        precision: 'FP8 sparse',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: { value: 700, unit: 'W', source: NVIDIA_HOPPER_SPECS, confidence: 'datasheet' },
    memoryType: { value: 'HBM3', unit: 'memory type', source: NVIDIA_HOPPER_SPECS, confidence: 'datasheet' },
    memoryDescription: 'HBM3',
    memoryBandwidthGBps: { value: 3350, unit: 'GB/s', source: NVIDIA_HOPPER_SPECS, confidence: 'datasheet' },
    memoryCapacityGB: { value: 80, unit: 'GB', source: NVIDIA_HOPPER_SPECS, confidence: 'datasheet' },
    processNode: {
      value: 'TSMC 4N',
      unit: 'node',
      source: 'https://hmc-tech.com/gpu/nvidia-h100-vs-nvidia-h200-sxm-vs-nvidia-gb200',
      confidence: 'third_party_compilation',
    },
    year: { value: 2022, unit: 'year', source: NVIDIA_HOPPER_SPECS, confidence: 'datasheet' },
    benchmarks: [],
    claims: [],
    notes: '',
  },
  {
    id: 'nvidia-h200-sxm',
    name: 'NVIDIA H200 SXM (reference)',
    vendor: 'NVIDIA',
    status: 'reference',
    deviceClass: 'datacenter_gpu',
    peakTops: {
      value: 1979,
      unit: 'TFLOPS',
      source: NVIDIA_HOPPER_SPECS,
      confidence: 'datasheet',
      precision: 'FP8 dense',
      note: '3,958 with sparsity; same compute as H100',
    },
    peakTopsOther: [
      {
        value: 3958,
        unit: 'TFLOPS',
        source: NVIDIA_HOPPER_SPECS,
        confidence: 'datasheet',
        precision: 'FP8 sparse',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: {
      value: 700,
      unit: 'W',
      source: NVIDIA_HOPPER_SPECS,
      confidence: 'datasheet',
      note: '600 W for NVL/PCIe',
    },
    memoryType: { value: 'HBM3E', unit: 'memory type', source: NVIDIA_HOPPER_SPECS, confidence: 'datasheet' },
    memoryDescription: 'HBM3e',
    memoryBandwidthGBps: { value: 4800, unit: 'GB/s', source: NVIDIA_HOPPER_SPECS, confidence: 'datasheet' },
    memoryCapacityGB: { value: 141, unit: 'GB', source: NVIDIA_HOPPER_SPECS, confidence: 'datasheet' },
    processNode: {
      value: 'TSMC 4N',
      unit: 'node',
      source: 'https://www.aiminingco.com/gpu/h200/specs',
      confidence: 'third_party_compilation',
    },
    year: { value: 2024, unit: 'year', source: NVIDIA_HOPPER_SPECS, confidence: 'datasheet' },
    benchmarks: [],
    claims: [],
    notes: '',
  },
  {
    id: 'nvidia-b200',
    name: 'NVIDIA B200 (reference)',
    vendor: 'NVIDIA',
    status: 'reference',
    deviceClass: 'datacenter_gpu',
    peakTops: {
      value: 9000,
      unit: 'TFLOPS',
      source: B200_COMPARISON,
      confidence: 'third_party_compilation',
      precision: 'FP8 sparse',
      note: 'likely sparsity-inclusive (dense ~4.5 PF FP8); FP4 18 PF sparse',
    },
    peakTopsOther: [
      {
        value: 18000,
        unit: 'TFLOPS',
        source: B200_COMPARISON,
        confidence: 'third_party_compilation',
        precision: 'FP4 sparse',
      },
    ],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W'),
    maxPowerW: {
      value: 1000,
      unit: 'W',
      source: B200_COMPARISON,
      confidence: 'third_party_compilation',
      note: '~1000 W; some HGX configs higher',
    },
    memoryType: {
      value: 'HBM3E',
      unit: 'memory type',
      source: B200_COMPARISON,
      confidence: 'third_party_compilation',
    },
    memoryDescription: 'HBM3e',
    memoryBandwidthGBps: {
      value: 8000,
      unit: 'GB/s',
      source: B200_COMPARISON,
      confidence: 'third_party_compilation',
    },
    memoryCapacityGB: {
      value: 192,
      unit: 'GB',
      source: B200_COMPARISON,
      confidence: 'third_party_compilation',
    },
    processNode: {
      value: 'TSMC 4NP',
      unit: 'node',
      source: 'https://hmc-tech.com/gpu/nvidia-gb200-vs-nvidia-h100-sxm',
      confidence: 'third_party_compilation',
    },
    year: { value: 2024, unit: 'year', source: B200_COMPARISON, confidence: 'third_party_compilation' },
    benchmarks: [],
    claims: [],
    notes: '',
  },
  {
    id: 'apple-m4-ane',
    name: 'Apple M4 Neural Engine (SoC)',
    vendor: 'Apple',
    status: 'product',
    deviceClass: 'client_soc_npu',
    peakTops: {
      value: 38,
      unit: 'TOPS',
      source: APPLE_M4_PRESS,
      confidence: 'manufacturer_claim',
      precision: null,
      note: 'precision not stated by Apple (likely INT8)',
    },
    peakTopsOther: [],
    idlePowerW: unsourced('W', 'No idle power figure in the research catalog.'),
    typicalPowerW: unsourced('W', 'Apple does not publish NE power.'),
    maxPowerW: unsourced('W'),
    memoryType: {
      value: 'LPDDR5X',
      unit: 'memory type',
      source: 'https://aici.pages.dev/ai-intelligence-hub/hardware/apple-m4',
      confidence: 'third_party_compilation',
      note: 'Unified LPDDR5X.',
    },
    memoryDescription: 'LPDDR5X (unified)',
    memoryBandwidthGBps: {
      value: 120,
      unit: 'GB/s',
      source: APPLE_M4_PRESS,
      confidence: 'manufacturer_claim',
    },
    memoryCapacityGB: {
      value: 32,
      unit: 'GB',
      source: 'https://aici.pages.dev/ai-intelligence-hub/hardware/apple-m4',
      confidence: 'third_party_compilation',
      note: 'up to 32 GB on base M4',
    },
    processNode: {
      value: 'TSMC 2nd-gen 3nm (N3E)',
      unit: 'node',
      source: APPLE_M4_PRESS,
      confidence: 'manufacturer_claim',
    },
    year: { value: 2024, unit: 'year', source: APPLE_M4_PRESS, confidence: 'manufacturer_claim' },
    benchmarks: [],
    claims: [],
    notes: '16-core Neural Engine.',
  },
];

function planningDefaultsFor(a: AcceleratorData): Partial<Record<AcceleratorPlanningKey, Sourced>> {
  const out: Partial<Record<AcceleratorPlanningKey, Sourced>> = { ...a.planningOverrides };
  const typicalW = a.typicalPowerW.value;
  const impliedMaxW = a.claimImplied?.maxPowerW?.value ?? null;
  const maxW = a.maxPowerW.value ?? impliedMaxW;
  if (typicalW === null && maxW !== null && out.typicalPowerW === undefined) {
    out.typicalPowerW = planningAssumption(
      roundTo(maxW * TYPICAL_FRACTION_OF_MAX_POWER),
      'W',
      `typical ≈ ${TYPICAL_FRACTION_OF_MAX_POWER} × the ${maxW} W max/TDP (median typical/max ratio of catalog ` +
        'devices that publish both); no typical figure is published.',
    );
  }
  if (maxW === null && typicalW !== null && out.maxPowerW === undefined) {
    out.maxPowerW = planningAssumption(
      roundTo(typicalW / TYPICAL_FRACTION_OF_MAX_POWER),
      'W',
      `max ≈ the ${typicalW} W typical ÷ ${TYPICAL_FRACTION_OF_MAX_POWER} (median typical/max ratio of catalog ` +
        'devices that publish both); no max figure is published.',
    );
  }
  const maxForIdleW = maxW ?? out.maxPowerW?.value ?? null;
  if (a.idlePowerW.value === null && maxForIdleW !== null && out.idlePowerW === undefined) {
    const basis =
      a.maxPowerW.value !== null
        ? 'published'
        : impliedMaxW !== null
          ? 'implied by the claim'
          : 'itself a planning default';
    out.idlePowerW = planningAssumption(
      roundTo(maxForIdleW * IDLE_FRACTION_OF_MAX_POWER),
      'W',
      `idle ≈ ${IDLE_FRACTION_OF_MAX_POWER * 100}% of the ${maxForIdleW} W max (${basis}); no idle figure is ` +
        'published. Replace with a measurement.',
    );
  }
  for (const key of Object.keys(out) as AcceleratorPlanningKey[]) {
    if (a[key].value !== null) delete out[key];
  }
  return out;
}

/**
 * Preset accelerators. Figures come from the research catalog; `planningDefaults` are PowerPlan estimates for
 * the planning keys the catalog leaves null, so the model can still run.
 */
/**
 * The LLM runtime each chip's vendor ships or its users run (src/catalog/runtimes.ts): llama.cpp on Jetson (the
 * most used, and the one with the most published measurements), HailoRT on Hailo, DX-RT on DEEPX. Chips not
 * listed get the plain roofline.
 */
const DEFAULT_RUNTIMES: Readonly<Record<string, string>> = {
  'deepx-dx-m1': 'deepx-dx-rt',
  'deepx-dx-m2': 'deepx-dx-rt',
  'hailo-10h': 'hailort-genai',
  'jetson-orin-nano-8gb-super': 'llama.cpp',
  'jetson-orin-nx-16gb': 'llama.cpp',
  'jetson-agx-orin-64gb': 'llama.cpp',
  'jetson-agx-thor-t5000': 'llama.cpp',
};

export const ACCELERATORS: readonly Accelerator[] = ACCELERATOR_DATA.map((data) => {
  const { planningOverrides: _overrides, ...accelerator } = data;
  const runtime = data.defaultRuntime ?? DEFAULT_RUNTIMES[data.id];
  return {
    ...accelerator,
    ...(runtime ? { defaultRuntime: runtime } : {}),
    planningDefaults: planningDefaultsFor(data),
  };
});

/** A chip's power mode by id (its reference mode when `id` is undefined); undefined when it has no modes. */
export function acceleratorPowerMode(a: Accelerator, id?: string): PowerMode | undefined {
  const modes = a.powerModes;
  if (!modes || modes.length === 0) return undefined;
  return id === undefined ? modes[0] : modes.find((m) => m.id === id);
}

/** The catalog figure when it has a value, else the claim-implied one, else the planning default. */
export function acceleratorPlanningFigure(a: Accelerator, key: AcceleratorPlanningKey): Sourced | undefined {
  if (a[key].value !== null) return a[key];
  const implied = key === 'memoryBandwidthGBps' || key === 'maxPowerW' ? a.claimImplied?.[key] : undefined;
  return implied ?? a.planningDefaults[key];
}

/** Peak compute as the catalog gives it, else as a target chip's claims imply it (undefined when neither). */
export function acceleratorPeakTops(a: Accelerator): SourcedPeak | undefined {
  return a.peakTops.value !== null ? a.peakTops : a.claimImplied?.peakTops;
}

/** Memory capacity (GB) from the catalog, else claim-implied. */
export function acceleratorMemoryCapacity(a: Accelerator): Sourced | undefined {
  return a.memoryCapacityGB.value !== null ? a.memoryCapacityGB : a.claimImplied?.memoryCapacityGB;
}

/** Memory type from the catalog, else claim-implied. */
export function acceleratorMemoryType(a: Accelerator): Sourced<MemoryTypeId> | undefined {
  return a.memoryType.value !== null ? a.memoryType : a.claimImplied?.memoryType;
}

/** True for datacenter-class devices (kept as references, not robot compute). */
export function isDatacenterClass(a: Accelerator): boolean {
  return a.deviceClass.startsWith('datacenter');
}
