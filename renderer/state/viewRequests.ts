/** Requests from commands to the canvas viewport: bring a step into view. */
import { create } from 'zustand';

export interface ViewRequests {
  reveal: { stepId: string; n: number } | null;
  revealStep(stepId: string): void;
}

export const useViewRequests = create<ViewRequests>()((set, get) => ({
  reveal: null,
  revealStep: (stepId) => set({ reveal: { stepId, n: (get().reveal?.n ?? 0) + 1 } }),
}));
