/**
 * The zh-CN catalogue's areas: the same as ../en/index.ts, each translated in its own file
 * (plural keys follow this language's own plural categories). One line per area;
 * ../../catalogues.ts merges them.
 */
export { app } from './app';
export { band } from './band';
export { comments } from './comments';
export { deliverable } from './deliverable';
export { domain } from './domain';
export { editor } from './editor';
export { evidence } from './evidence';
export { exports } from './exports';
export { filters } from './filters';
export { formats } from './formats';
export { insightsView } from './insightsView';
export { inspector } from './inspector';
export { journey } from './journey';
export { look } from './look';
export { main } from './main';
export { metrics } from './metrics';
export { personas } from './personas';
export { presentation } from './presentation';
export { states } from './states';
export { storage } from './storage';
export { survey } from './survey';
export { viewer } from './viewer';
export { voting } from './voting';
export { workshop } from './workshop';
