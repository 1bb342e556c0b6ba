/**
 * The workshop channels' payloads (live co-editing, issue J): what the page may send main and
 * what main answers. The connection to the other laptops runs in main; Yjs updates cross IPC as
 * base64 text both ways (Electron's IPC and the test harness carry text alike), and presence
 * (who is here, their selection and pointer) as small checked objects. Everything here is
 * validated in main before it touches the document or the network, and what main passes on from
 * peers is validated again there (nothing from a peer is trusted).
 */
import { z } from 'zod';
import { MAX_JOIN_TEXT } from './workshopJoin';

/** The largest single Yjs update the page may send or receive, in base64 characters (a 20,000-step map's full state fits). */
export const MAX_UPDATE_CHARS = 40 * 1024 * 1024;
/** At most this many updates in one send. */
export const MAX_UPDATES_PER_SEND = 500;
/** At most this many selected ids shown for one person. */
export const MAX_PRESENCE_SELECTION = 200;
/** Pointer coordinates (map units) beyond this are not believed. */
export const MAX_POINTER = 1e7;
/** The longest display name shown for a participant. */
export const MAX_DISPLAY_NAME = 60;

export const colourSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'not a colour');
export const displayNameSchema = z.string().trim().min(1).max(MAX_DISPLAY_NAME);

/** Who a person is in the workshop: display name and colour (from "Who you are"). */
export const workshopIdentitySchema = z.strictObject({ name: displayNameSchema, colour: colourSchema });
export type WorkshopIdentity = z.infer<typeof workshopIdentitySchema>;

const coordinate = z.number().finite().min(-MAX_POINTER).max(MAX_POINTER);
/** One person's presence: what they have selected (step and flow ids) and where their pointer is on the map. */
export const presenceSchema = z.strictObject({
  selection: z.array(z.string().min(1).max(100)).max(MAX_PRESENCE_SELECTION),
  pointer: z.strictObject({ x: coordinate, y: coordinate }).nullable(),
});
export type Presence = z.infer<typeof presenceSchema>;

/** A Yjs update as base64 text. */
export const updateTextSchema = z
  .string()
  .min(4)
  .max(MAX_UPDATE_CHARS)
  .regex(/^[A-Za-z0-9+/]+={0,2}$/, 'not base64');

/** A team server as typed: its URL, the team's token and the map's name there (main parses them strictly). */
export const teamServerSchema = z.strictObject({
  url: z.string().max(MAX_JOIN_TEXT),
  token: z.string().max(200),
  map: z.string().max(200),
});

export type TeamServer = z.infer<typeof teamServerSchema>;

export const hostWorkshopRequest = z.strictObject({
  /** The open project (main runs it through the model's parse path before it seeds the workshop). */
  project: z.unknown(),
  identity: workshopIdentitySchema,
  /** Share it on a team server instead of on this computer. */
  team: teamServerSchema.optional(),
});

export const joinWorkshopRequest = z.strictObject({
  /** A join code or link, or a team server's URL (with `token` and `map`). */
  input: z.string().max(MAX_JOIN_TEXT),
  token: z.string().max(200).optional(),
  map: z.string().max(200).optional(),
  identity: workshopIdentitySchema,
});

export const sendWorkshopRequest = z.strictObject({
  updates: z.array(updateTextSchema).max(MAX_UPDATES_PER_SEND),
  presence: presenceSchema.optional(),
});

export const pollWorkshopRequest = z.strictObject({
  /** The page has no state yet (it has just hosted or joined, or reloaded): answer the whole document. */
  fresh: z.boolean(),
  /** How long main may hold the answer waiting for news, in ms (long polling). */
  waitMs: z.number().int().min(0).max(5000),
});

export const removeParticipantRequest = z.strictObject({ id: z.string().min(1).max(100) });

/** How the connection is: connected, trying again after a cut (or still joining), or offline. */
export type WorkshopStatus = 'connected' | 'reconnecting' | 'offline';

/** Why a workshop ended for this person. */
export type WorkshopEnd = 'left' | 'host-ended' | 'removed';

/** Another person in the workshop, as their app tells it (checked by main before the page sees it). */
export interface WorkshopPeer {
  clientId: number;
  name: string;
  colour: string;
  selection: string[];
  pointer: { x: number; y: number } | null;
}

/** A connection the host's server holds, for the host's list (Remove). */
export interface WorkshopParticipant {
  id: string;
  name: string;
}

export interface WorkshopHostInfo {
  /** The join code and link of a workshop on this computer (empty on a team server). */
  code: string;
  link: string;
  /** Hosted on a team server: where others join (with the team's token). */
  team?: { url: string; map: string };
}

/** What main has for the page since its last poll. */
export interface WorkshopNews {
  /** No workshop is running (never was, or it ended: see `ended`). */
  active: boolean;
  role: 'host' | 'guest' | null;
  status: WorkshopStatus;
  /** Yjs updates from the others (or, when `fresh`, the whole document as one). */
  updates: string[];
  peers: WorkshopPeer[];
  /** The host's server's connections (empty for a guest). */
  participants: WorkshopParticipant[];
  ended: WorkshopEnd | null;
}
