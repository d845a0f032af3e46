import type { PreloadApi } from '../../app/ipc/contract';
import { electronPlatform } from './electron';
import type { Platform } from './types';
import { webPlatform } from './web';

/** The desktop preload exposes `window.powerplan`; without it we are in a browser. */
export function detectPlatform(): Platform {
  const api = (window as unknown as { powerplan?: PreloadApi }).powerplan;
  return api ? electronPlatform(api) : webPlatform();
}

export type { Platform };
