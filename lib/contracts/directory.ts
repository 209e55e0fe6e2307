// What GET /api/directory answers: active accounts matching what was typed.
import { z } from "zod";

export const directoryEntry = z.object({ id: z.string(), name: z.string(), email: z.string() });

export const directoryAnswer = z.object({ accounts: z.array(directoryEntry) });

export type DirectoryEntry = z.output<typeof directoryEntry>;
