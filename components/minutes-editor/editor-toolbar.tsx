import { useEditorState, type Editor } from "@tiptap/react";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import type { Translator } from "@/lib/i18n/translate";
import { keepEditorFocus } from "./keep-editor-focus";

interface ToolbarState {
  bold: boolean;
  italic: boolean;
  heading: boolean;
  subheading: boolean;
  bulletList: boolean;
  orderedList: boolean;
  quote: boolean;
  canUndo: boolean;
  canRedo: boolean;
}

const IDLE: ToolbarState = {
  bold: false,
  italic: false,
  heading: false,
  subheading: false,
  bulletList: false,
  orderedList: false,
  quote: false,
  canUndo: false,
  canRedo: false,
};

export function EditorToolbar({ editor, editable, t }: { editor: Editor | null; editable: boolean; t: Translator }) {
  const state =
    useEditorState({
      editor,
      selector: ({ editor: current }): ToolbarState => {
        if (!current) return IDLE;
        return {
          bold: current.isActive("bold"),
          italic: current.isActive("italic"),
          heading: current.isActive("heading", { level: 2 }),
          subheading: current.isActive("heading", { level: 3 }),
          bulletList: current.isActive("bulletList"),
          orderedList: current.isActive("orderedList"),
          quote: current.isActive("blockquote"),
          canUndo: current.isEditable && current.can().undo(),
          canRedo: current.isEditable && current.can().redo(),
        };
      },
    }) ?? IDLE;
  const disabled = !editor || !editable;

  const toggle = (label: MessageKey, pressed: boolean, run: (editor: Editor) => void, shortcut?: string) => (
    <button
      type="button"
      className="toolbar__button"
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      disabled={disabled}
      onMouseDown={keepEditorFocus}
      onClick={() => editor && run(editor)}
    >
      {t(label)}
    </button>
  );

  return (
    <div className="toolbar" role="toolbar" aria-label={t("editor.toolbar")}>
      <div className="toolbar__group">
        {toggle("editor.bold", state.bold, (e) => e.chain().focus().toggleBold().run(), "Control+B")}
        {toggle("editor.italic", state.italic, (e) => e.chain().focus().toggleItalic().run(), "Control+I")}
      </div>
      <div className="toolbar__group">
        {toggle("editor.heading", state.heading, (e) => e.chain().focus().toggleHeading({ level: 2 }).run())}
        {toggle("editor.subheading", state.subheading, (e) => e.chain().focus().toggleHeading({ level: 3 }).run())}
        {toggle("editor.bulletList", state.bulletList, (e) => e.chain().focus().toggleBulletList().run())}
        {toggle("editor.orderedList", state.orderedList, (e) => e.chain().focus().toggleOrderedList().run())}
        {toggle("editor.quote", state.quote, (e) => e.chain().focus().toggleBlockquote().run())}
      </div>
      <div className="toolbar__group">
        <button
          type="button"
          className="toolbar__button"
          aria-keyshortcuts="Control+Z"
          disabled={disabled || !state.canUndo}
          onMouseDown={keepEditorFocus}
          onClick={() => editor?.chain().focus().undo().run()}
        >
          {t("editor.undo")}
        </button>
        <button
          type="button"
          className="toolbar__button"
          aria-keyshortcuts="Control+Shift+Z"
          disabled={disabled || !state.canRedo}
          onMouseDown={keepEditorFocus}
          onClick={() => editor?.chain().focus().redo().run()}
        >
          {t("editor.redo")}
        </button>
      </div>
    </div>
  );
}
