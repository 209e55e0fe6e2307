// The demo's accounts and their published password. The demo creates them
// (server/demo); accounts need them after it: a password may never be set to
// the published one, and a server whose accounts still have it stays on loopback.
import type { Role } from "@/lib/roles";

export const DEMO_PASSWORD = "kateb-demo";

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; color: string; role: Role }> = [
  { email: "organizer@kateb.local", name: "زهرا احمدی", color: "#7c3aed", role: "organizer" },
  { email: "notetaker1@kateb.local", name: "علی رضایی", color: "#0f766e", role: "note-taker" },
  { email: "notetaker2@kateb.local", name: "مریم حسینی", color: "#c2410c", role: "note-taker" },
  { email: "reviewer@kateb.local", name: "حسن کریمی", color: "#1d4ed8", role: "reviewer" },
  { email: "viewer@kateb.local", name: "Sara Viewer", color: "#be185d", role: "viewer" },
];
