import type { VisionModel } from './types';

/** Vision models (detectors). */
export const VISION_MODELS: readonly VisionModel[] = [
  {
    kind: 'vision',
    id: 'yolov8n',
    name: 'YOLOv8n (640)',
    inputSizePx: 640,
    paramsM: {
      value: 3.2,
      unit: 'M params',
      source:
        'Ultralytics YOLOv8 README table (as reproduced in https://blog.csdn.net/m0_73406727/article/details/139865972); yolov8.yaml comment: 3,157,200 params',
      confidence: 'datasheet',
    },
    gflopsPerFrame: {
      value: 8.7,
      unit: 'GFLOPs',
      range: [8.7, 8.9],
      source: 'Ultralytics README table; yolov8.yaml comment gives 8.9 GFLOPs (unfused)',
      confidence: 'datasheet',
      note: 'Per 640 px frame; the range upper end is the unfused yaml figure.',
    },
    typicalQuantization: 'INT8 on NPUs (DeepX/Hailo/Coral), FP16/INT8 TensorRT on Jetson',
  },
  {
    kind: 'vision',
    id: 'yolov8s',
    name: 'YOLOv8s (640)',
    inputSizePx: 640,
    paramsM: {
      value: 11.2,
      unit: 'M params',
      source: 'Ultralytics README; yolov8.yaml comment: 11,166,560 params',
      confidence: 'datasheet',
    },
    gflopsPerFrame: {
      value: 28.6,
      unit: 'GFLOPs',
      range: [28.6, 28.8],
      source: 'Ultralytics README; yaml comment 28.8 GFLOPs',
      confidence: 'datasheet',
      note: 'Per 640 px frame; the range upper end is the unfused yaml figure.',
    },
    typicalQuantization: 'INT8',
  },
];
