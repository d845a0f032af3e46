/** The documents the preset accelerators cite (./<vendor>.ts), as their `source` texts. */

/** Firefly wiki page for the DX-M1 M.2 module. */
export const FIREFLY_DX_M1_WIKI =
  'https://wiki.t-firefly.com/en/DX-M1/DX-M1.html (25 TOPS, 2-5 W, 4GB LPDDR5, PCIe Gen3 x4)';
/** DEEPX DX-M1 product page. */
export const DEEPX_DX_M1_PAGE =
  'deepx.ai/products/dx-m1 (typ 3 W, >10 TOPS/W ResNet50, ResNet50 1186 FPS, 496 FPS/W)';
/** Korean press report on DEEPX process nodes and DX-M2 schedule. */
export const SISAJOURNAL_DEEPX =
  'https://www.sisajournal-e.com/news/articleView.html?idxno=414350 (DX-M1 on Samsung 5nm; DX-M2 on Samsung 2nm, MPW 1H2026, mass production 2027, ~2x perf/W)';
/** Press report on the DX-M2 design target. */
export const UNISNP_DX_M2 =
  'https://www.unisnp.com/2025/08/2nm-ai.html (DX-M2: 20B-param gen-AI real-time at 20-30 words/s under 5 W)';
/** Hailo-8 product page plus a third-party power figure. */
export const HAILO_8_PAGE =
  'hailo.ai/products/ai-accelerators/hailo-8 (26 TOPS, typ 2.5 W, vendor efficiency ~3 TOPS/W) ; branes-ai/graphs docs/hardware/hailo_edge_ai.md (8.65 W peak)';
/** Hailo-10H press coverage. */
export const HAILO_10H_PRESS =
  'https://www.theregister.com/2024/04/10/hailo_10h_ai_chip/ ; https://awesomeagents.ai/hardware/hailo-10h (40 TOPS INT4 / 20 TOPS INT8, 2.5 W typ, 4/8 GB LPDDR4/4X, Qwen2-1.5B 9.45 tok/s)';
/** NVIDIA Orin Nano Super datasheet as cited by a public page. */
export const ORIN_NANO_SUPER_DATASHEET =
  'https://www.brojogopalsapui.com/ai-foundations/sub_contents/AI_hardware/jetson_orin_nano_light.html (citing NVIDIA Orin Nano Super datasheet Dec 2024: 67 TOPS sparse INT8, 7-25 W, 8GB 128-bit LPDDR5, 102 GB/s, Samsung 8nm; original 40 TOPS / 68 GB/s / 15 W)';
/** NVIDIA Jetson Orin NX series datasheet. */
export const ORIN_NX_DATASHEET =
  'NVIDIA Jetson Orin NX Series datasheet (github icub-tech-iit/cad-libraries files/13056089) (100 TOPS, 10-25 W) ; Super figures (157 sparse INT8 TOPS, 10/15/25/40 W, 16GB 128-bit LPDDR5 102.4 GB/s) via code search';
/** NVIDIA Jetson AGX Orin modules data sheet DS-10662-001. */
export const AGX_ORIN_DATASHEET =
  'NVIDIA Jetson AGX Orin Series Modules Data Sheet DS-10662-001 (64GB 256-bit LPDDR5 204.8 GB/s; 275 TOPS sparse INT8; 15-60 W) as cited in code search doc ids 68815958733/62562234033 and https://blog.us.fixstars.com/?p=1855';
/** Jetson AGX Thor T5000 SoM overview. */
export const THOR_SOM_OVERVIEW =
  'https://developer.ridgerun.com/wiki/index.php/NVIDIA_Jetson_AGX_Thor/Introduction/SoM_Overview (T5000: 2070 FP4 TFLOPS / 1035 FP8 TFLOPS, 2560-core Blackwell GPU, 128GB LPDDR5X 256-bit 273 GB/s) ; https://learnaivisually.com/ai-explained/jetson-thor-edge-blackwell (40-130 W)';
/** Qualcomm Cloud AI 100 SKU table. */
export const QUALCOMM_AI100_SKUS =
  'https://quic.github.io/cloud-ai-sdk-pages/latest/Getting-Started/Architecture (Cloud AI 100 SKU table)';
/** Third-party page on Qualcomm Cloud AI 100. */
export const QUALCOMM_AI100_GROKIPEDIA = 'https://grokipedia.com/page/Qualcomm_Cloud_AI_100';
/** Coral Edge TPU FAQ and USB Accelerator datasheet. */
export const CORAL_DOCS =
  'https://coral.ai/docs/edgetpu/faq ; Coral USB Accelerator datasheet v1.4 (4 TOPS int8, 2 W, 2 TOPS/W)';
/** Mobilint MLA100 product page. */
export const MOBILINT_MLA100 =
  'https://www.mobilint.com/aries/mla100 and aithority.com (MLA100 MXM: 80 TOPS, 25 W; ResNet-50 3,082 FPS, YOLO-11s 784 FPS)';
/** Rebellions server-configuration spec list. */
export const REBELLIONS_SPEC_LIST =
  'code search (Rebellions server-config spec list: ATOM CA22, ATOM-Max CA25, Rebel-Quad CR13)';
/** Rebellions ATOM/REBEL summary (Hot Chips 2025, ISSCC 2026, rebellions.ai). */
export const REBELLIONS_SUMMARY =
  'code search (Rebellions ATOM/REBEL summary citing Hot Chips 2025 / ISSCC 2026 / rebellions.ai)';
/** FuriosaAI RNGD documentation. */
export const FURIOSA_RNGD_DOCS =
  'https://furiosa-runtime-docs.pages.dev/overview/rngd/ and https://developer.furiosa.ai/docs-dev/PR-3475/en/overview/rngd.html (TSMC 5nm, 1.0 GHz, 256 TF BF16, 512 TF FP8, 512 TOPS INT8, 1024 TOPS INT4, 2x HBM3 1.5 TB/s, PCIe Gen5 x16)';
/** FuriosaAI RNGD TDP sources. */
export const FURIOSA_RNGD_TDP =
  'https://furiosa.ai/blog/rngd-preview-furiosa-ai (TDP 150 W) vs https://b-lab.team/... and reportify summary (48 GB HBM3, 180 W TDP)';
/** HyperAccel Bertha 500 / 100 product pages. */
export const HYPERACCEL_PRODUCTS =
  'code search: https://hyperaccel.ai/ha_product/bertha-500/ and /bertha-100/';
/** H100 / H200 spec compilations (dense figures). */
export const NVIDIA_HOPPER_SPECS =
  'https://lzwjava.github.io/nvidia-h200-gpu-specs-en ; https://itkb.uw.cz/2026/06/nvidia-h200-vs-b300-precisions-cores.html (dense figures) ; https://haink.org/knowledge/compare/h100-vs-h200-vs-b200.html';
/** Third-party H100/H200/B200 comparison. */
export const B200_COMPARISON =
  "https://haink.org/knowledge/compare/h100-vs-h200-vs-b200.html (192 GB HBM3e, 8 TB/s, ~1000 W, 9 PF FP8 / 18 PF FP4 - these match NVIDIA's sparsity-inclusive numbers)";
/** Apple M4 launch coverage. */
export const APPLE_M4_PRESS =
  'https://www.engadget.com/apples-m4-chip-arrives-with-a-big-focus-on-ai-142448428.html ; https://www.mactech.com/2024/05/07/apples-new-m4-processor-debuts-in-the-new-ipad-pro/ (38 TOPS NE, 120 GB/s, 2nd-gen 3nm)';
/** Third-party doc quoting NVIDIA Jetson LLM benchmarks. */
export const WAYFINDR_NVIDIA_BLOG = 'github msmcs-robotics/WayfindR-driver docs citing an NVIDIA blog';
/** FuriosaAI vendor LLM benchmark. */
export const FURIOSA_VENDOR_BENCH =
  'FuriosaAI vendor benchmark (research catalog notes; exact page not recorded)';
