// What a follow-up's and a resolution's cards share: the status (one of the
// tracker's), the body responsible (suggested from the series' bodies) and the
// due date, which may not fall before the meeting unless the block is an
// earlier meeting's item, carried over.
import type { Editor, ReactNodeViewProps } from "@tiptap/react";
import { FOLLOW_UP_STATUSES } from "@/lib/editor/nodes/follow-up";
import { isTrackerStatus, minutesStatusName } from "@/lib/tracker-status";
import { SelectField, TextField } from "./block-fields";
import { useBlocks } from "./blocks-context";
import { DueDateField } from "./due-date-field";

/** Whether the block at `pos` is in the carry-over section: an earlier
 * meeting's item, whose date may well be before this meeting by now. */
function isCarriedOver(editor: Editor, pos: number | undefined): boolean {
  if (pos === undefined || editor.isDestroyed || pos > editor.state.doc.content.size) return false;
  const at = editor.state.doc.resolve(pos);
  for (let depth = at.depth; depth > 0; depth -= 1) {
    const ancestor = at.node(depth);
    if (ancestor.type.name === "section") return ancestor.attrs.kind === "carryOver";
  }
  return false;
}

type RoutedProps = Pick<ReactNodeViewProps, "node" | "editor" | "getPos" | "updateAttributes"> & { onEscape: () => void };

/** The block's status as the tracker names it (an older word as the status it stood for). */
export function routedStatus(node: ReactNodeViewProps["node"]): string {
  return minutesStatusName(typeof node.attrs.status === "string" ? node.attrs.status : "");
}

/** The status select: the tracker's path, plus a status stored that it does not know. */
export function StatusField({ node, updateAttributes, onEscape }: Pick<RoutedProps, "node" | "updateAttributes" | "onEscape">) {
  const { t, editable } = useBlocks();
  const status = routedStatus(node);
  const statuses = FOLLOW_UP_STATUSES.map((value) => ({ value: value as string, label: t(`tracker.status.${value}`) }));
  if (!statuses.some((option) => option.value === status)) {
    statuses.push({ value: status, label: isTrackerStatus(status) ? t(`tracker.status.${status}`) : status });
  }
  return (
    <SelectField
      label={t("blocks.followUp.status")}
      value={status}
      disabled={!editable}
      options={statuses}
      onChange={(value) => updateAttributes({ status: value })}
      onEscape={onEscape}
    />
  );
}

/** The body responsible and the due date. */
export function BodyAndDueFields({ node, editor, getPos, updateAttributes, onEscape }: RoutedProps) {
  const { t, editable, bodiesListId, options } = useBlocks();
  const due = typeof node.attrs.due === "string" && node.attrs.due ? node.attrs.due : null;
  return (
    <>
      <TextField
        label={t("blocks.followUp.body")}
        value={typeof node.attrs.responsibleBody === "string" ? node.attrs.responsibleBody : ""}
        disabled={!editable}
        listId={bodiesListId}
        wide
        onChange={(value) => updateAttributes({ responsibleBody: value })}
        onEscape={onEscape}
      />
      <DueDateField
        due={due}
        notBefore={isCarriedOver(editor, getPos()) ? null : options.meetingDay}
        disabled={!editable}
        onChange={(value) => updateAttributes({ due: value })}
        onEscape={onEscape}
      />
    </>
  );
}
