import { contextBridge, ipcRenderer } from 'electron';
import { createPreloadApi } from './api';

// Sandboxed preload (bundled to out/preload/index.cjs, CommonJS): expose the typed API, never ipcRenderer.
contextBridge.exposeInMainWorld('powerplan', createPreloadApi(ipcRenderer));
