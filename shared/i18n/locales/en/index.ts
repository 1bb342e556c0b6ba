import { journey } from './journey';
import { band } from './band';
import { insightsView } from './insightsView';
import { filters } from './filters';
import { deliverable } from './deliverable';
import { viewer } from './viewer';
import { look } from './look';
import { evidence } from './evidence';
import { survey } from './survey';
import { metrics } from './metrics';
import { personas } from './personas';
import { states } from './states';
import { app } from './app';
import { domain } from './domain';
import { editor } from './editor';
import { exports } from './exports';
import { formats } from './formats';
import { inspector } from './inspector';
import { main } from './main';
import { storage } from './storage';

/**
 * The English catalogue: the source every other language translates. Each
 * area file owns its top-level keys; keys are grouped by screen.
 */
export const en = {
  ...main,
  ...app,
  ...editor,
  ...inspector,
  ...exports,
  ...formats,
  ...storage,
  ...domain,
  ...journey,
  ...band,
  ...insightsView,
  ...filters,
  ...deliverable,
  ...viewer,
  ...look,
  ...evidence,
  ...survey,
  ...metrics,
  ...personas,
  ...states,
} as const;
