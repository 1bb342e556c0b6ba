/** Main's storage and file messages (electron/storage, electron/ipc.ts, electron/pdfFont, the preload): what a user reads when a project cannot be opened or saved. */
export const storage = {} as const;
