/** Export progress, outside the dialog so the app stays usable while a file is built. */
import { create } from 'zustand';
import { DEFAULT_CHOICES, type ExportChoices } from './choices';

export interface ExportState {
  choices: ExportChoices;
  running: string | null;
  result: { ok: boolean; message: string; warnings: string[] } | null;
  setChoices(c: Partial<ExportChoices>): void;
  setRunning(label: string | null): void;
  setResult(r: ExportState['result']): void;
}

export const useExport = create<ExportState>()((set) => ({
  choices: DEFAULT_CHOICES,
  running: null,
  result: null,
  setChoices: (c) => set((s) => ({ choices: { ...s.choices, ...c } })),
  setRunning: (running) => set({ running }),
  setResult: (result) => set({ result }),
}));
