// What every block's view needs from the page around the editor: the
// language, whether the minutes may be changed now, and the suggestions.
// Node views are rendered inside EditorContent, so they read this context.
import { createContext, useContext } from "react";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translator } from "@/lib/i18n/translate";
import { NO_BLOCK_OPTIONS, type MinutesBlockOptions } from "./block-options";

export interface BlocksContextValue {
  locale: Locale;
  t: Translator;
  editable: boolean;
  options: MinutesBlockOptions;
  /** The ids of the <datalist>s of people and of responsible bodies. */
  peopleListId: string;
  bodiesListId: string;
}

export const BlocksContext = createContext<BlocksContextValue>({
  locale: "fa",
  t: translator("fa"),
  editable: false,
  options: NO_BLOCK_OPTIONS,
  peopleListId: "",
  bodiesListId: "",
});

export function useBlocks(): BlocksContextValue {
  return useContext(BlocksContext);
}
