/**
 * The one message about files the user must read: why a file could not be
 * opened, imported or saved. It stays until dismissed or replaced, unlike the
 * editor's passing toast, because a validation message may be long.
 */
import { create } from 'zustand';

export interface FileNoticeState {
  message: string | null;
  show(message: string): void;
  clear(): void;
}

export const useFileNotice = create<FileNoticeState>()((set) => ({
  message: null,
  show: (message) => set({ message }),
  clear: () => set({ message: null }),
}));
