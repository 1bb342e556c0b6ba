/** Backups: the earlier versions main keeps of each project, listed and restored from the home screen. */
export { BackupsDialog } from './BackupsDialog';
export type { BackupsDialogProps } from './BackupsDialog';
export { backupRows, formatBytes } from './format';
export type { BackupRow } from './format';
