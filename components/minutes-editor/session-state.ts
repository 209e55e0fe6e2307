// The state an open meeting's minutes show (connection, saved or not, the
// lock, who is here), its start, and the readings of what the server sends
// that feed it: the lock state and the others' presence.
import type { Awareness } from "y-protocols/awareness";
import type { MinutesLockState } from "@/lib/collab-protocol";
import { SECTION_TITLE_MAX } from "@/lib/editor/current-section";
import type { SaveTracker } from "@/lib/editor/save-tracker";
import type { SetAsideEdits } from "@/lib/offline/kept-edits";
import { roleSchema, type Role } from "@/lib/roles";
import type { CollabTicket } from "./collab-ticket";
import type { OfflineCapture } from "./offline-capture";

export type ConnectionState = "connecting" | "connected" | "offline" | "closed";

export interface Peer {
  clientId: number;
  name: string;
  color: string;
  /** Their role in the meeting: the server stamps it on every presence it relays. */
  role: Role | null;
  /** The title of the section their cursor is in. */
  sectionTitle: string | null;
  self: boolean;
}

export interface SessionState {
  connection: ConnectionState;
  /** The first sync with the server is done, or the document holds edits kept
   * from an earlier page (and the state they were made on). Until then nothing
   * is editable, so no change is made against an empty document. */
  synced: boolean;
  canEdit: boolean;
  /** This user's role in the meeting, from the latest collaboration ticket. */
  role: Role | null;
  unsaved: boolean;
  /** How many of this user's edits are not known to be on the server's disk. */
  waitingEdits: number;
  /** Kept edits that were not sent because the minutes moved on: shown for copying. */
  setAside: readonly SetAsideEdits[];
  /** The close code when the server ended the connection for good. */
  closeCode: number | null;
  /** "session-ended": the sign-in expired; "revoked": no longer a member. */
  access: "session-ended" | "revoked" | null;
  /** The role changed while the minutes were open. */
  roleChanged: boolean;
  /** Told by the server when the minutes were locked or reopened while open. */
  lock: MinutesLockState | null;
  peers: readonly Peer[];
  /** This server cannot reach the others now: colleagues connected elsewhere see changes late (saving is not affected). */
  clusterDelayed: boolean;
}

/** The state before the first connection. `restoredEdits`: edits kept from an earlier page were loaded. */
export function initialState(ticket: CollabTicket, restoredEdits: boolean, tracker: SaveTracker, offline: OfflineCapture | null): SessionState {
  return {
    connection: "connecting",
    synced: restoredEdits,
    canEdit: ticket.canEdit,
    role: ticket.role,
    unsaved: tracker.unsaved,
    waitingEdits: tracker.waitingEdits,
    setAside: offline?.setAsideEdits ?? [],
    closeCode: null,
    access: null,
    roleChanged: false,
    lock: null,
    peers: [],
    clusterDelayed: false,
  };
}

/** Who is here, from the awareness states: this user first, then by name. */
export function readPeers(awareness: Awareness, selfId: number): Peer[] {
  const peers: Peer[] = [];
  awareness.getStates().forEach((state, clientId) => {
    const user: unknown = state.user;
    if (typeof user !== "object" || user === null) return;
    const { name, color, role } = user as Record<string, unknown>;
    if (typeof name !== "string" || !name) return;
    const sectionTitle: unknown = state.sectionTitle;
    const parsedRole = roleSchema.safeParse(role);
    peers.push({
      clientId,
      name,
      color: typeof color === "string" && /^#[0-9a-fA-F]{6}$/.test(color) ? color : "#64748b",
      role: parsedRole.success ? parsedRole.data : null,
      sectionTitle: typeof sectionTitle === "string" && sectionTitle ? sectionTitle.slice(0, SECTION_TITLE_MAX) : null,
      self: clientId === selfId,
    });
  });
  return peers.sort((a, b) => Number(b.self) - Number(a.self) || a.name.localeCompare(b.name));
}

export function parseLockState(text: string): MinutesLockState | null {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== "object" || value === null) return null;
    const { locked, lockedBy, version } = value as Record<string, unknown>;
    if (typeof locked !== "boolean") return null;
    return {
      locked,
      lockedBy: typeof lockedBy === "string" ? lockedBy : null,
      version: typeof version === "number" ? version : null,
    };
  } catch {
    return null;
  }
}
