// The slash menu's list, drawn under the "/" while lib/editor/slash-menu.ts
// says it is open. Focus stays in the editor: the editor points at the
// highlighted option with aria-activedescendant.
import { useEditorState, type Editor } from "@tiptap/react";
import { useEffect, useRef } from "react";
import { slashMenuKey } from "@/lib/editor/slash-menu";
import type { Translator } from "@/lib/i18n/translate";
import { chooseSlashItem, matchSlashItems, SLASH_ITEM_TEXT, SLASH_LISTBOX_ID, slashOptionId } from "./insert-block";

interface MenuPlacement {
  from: number;
  query: string;
  index: number;
  /** From the top of the editor's positioned frame, in px. */
  top: number;
  /** Under the "/": from the frame's left edge (a left-to-right line) or its
   * right edge (a right-to-left line), in px. */
  side: "left" | "right";
  offset: number;
}

function placement(editor: Editor | null): MenuPlacement | null {
  if (!editor || editor.isDestroyed) return null;
  const menu = slashMenuKey.getState(editor.state);
  if (!menu?.active) return null;
  const { view } = editor;
  const frame = view.dom.offsetParent;
  if (!(frame instanceof HTMLElement)) return null;
  const box = frame.getBoundingClientRect();
  const at = view.coordsAtPos(menu.from);
  // The line's own direction: a lone "/" reads left to right even in Persian.
  const line = view.nodeDOM(menu.from - 1);
  const rtl = getComputedStyle(line instanceof HTMLElement ? line : view.dom).direction === "rtl";
  return {
    from: menu.from,
    query: menu.query,
    index: menu.index,
    top: at.bottom - box.top + 4,
    side: rtl ? "right" : "left",
    offset: Math.max(0, rtl ? box.right - at.right : at.left - box.left),
  };
}

const samePlacement = (a: MenuPlacement | null, b: MenuPlacement | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.from === b.from &&
    a.query === b.query &&
    a.index === b.index &&
    a.top === b.top &&
    a.side === b.side &&
    a.offset === b.offset);

export function SlashMenu({ editor, t, speaker }: { editor: Editor | null; t: Translator; speaker: string }) {
  const menu = useEditorState({ editor, selector: ({ editor: current }) => placement(current), equalityFn: samePlacement });
  const list = useRef<HTMLUListElement>(null);
  const openAt = menu?.from ?? null;
  // A menu opened near the bottom of the window scrolls into view.
  useEffect(() => {
    if (openAt !== null) list.current?.scrollIntoView({ block: "nearest" });
  }, [openAt]);
  if (!editor || !menu) return null;
  const items = matchSlashItems(menu.query);
  return (
    <ul
      ref={list}
      id={SLASH_LISTBOX_ID}
      className="slash-menu"
      role="listbox"
      aria-label={t("blocks.slash.label")}
      style={{ top: menu.top, [menu.side]: menu.offset }}
    >
      {items.map((item, index) => (
        <li
          key={item}
          id={slashOptionId(index)}
          role="option"
          aria-selected={index === menu.index}
          className="slash-menu__option"
          // Keep the focus (and the selection) in the editor.
          onMouseDown={(event) => {
            event.preventDefault();
            chooseSlashItem(editor, item, { from: menu.from, to: menu.from + 1 + menu.query.length }, speaker);
          }}
        >
          <span className="slash-menu__label">{t(SLASH_ITEM_TEXT[item].label)}</span>
          <span className="slash-menu__hint">{t(SLASH_ITEM_TEXT[item].hint)}</span>
        </li>
      ))}
    </ul>
  );
}
