/**
 * Files anywhere: open and save `.touchmap` files outside the library, recent
 * files, drag and drop, and the question when a file changed on disk.
 */
export { saveProjectAsking } from './conflict';
export { startFileEvents } from './events';
export { FileNotice } from './FileNotice';
export { dropProblem, importDroppedFile, openDroppedFile, openFileFlow, saveAsFlow, setProjectOpener } from './flows';
export { useFileNotice } from './notice';
export { OpenFileButton } from './OpenFileButton';
export { RecentFiles } from './RecentFiles';
