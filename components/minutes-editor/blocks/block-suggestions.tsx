// The suggestion lists behind "asked by", "answered by" and "responsible
// body": the meeting's people, and the bodies named by earlier meetings'
// follow-ups, the guests' organisations and this document's own follow-ups.
import { useEditorState, type Editor } from "@tiptap/react";
import { comparisonKey } from "@/lib/persian-text";

/** The responsible bodies the document's follow-ups name, one per line. */
function documentBodies(editor: Editor | null): string {
  if (!editor || editor.isDestroyed) return "";
  const bodies: string[] = [];
  editor.state.doc.descendants((node) => {
    if (node.type.name !== "followUp") return !node.isTextblock;
    const body = typeof node.attrs.responsibleBody === "string" ? node.attrs.responsibleBody.trim() : "";
    if (body) bodies.push(body);
    return false;
  });
  return bodies.join("\n");
}

function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = comparisonKey(value);
    if (!key || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface BlockSuggestionsProps {
  editor: Editor | null;
  people: readonly string[];
  bodies: readonly string[];
  peopleListId: string;
  bodiesListId: string;
}

export function BlockSuggestions({ editor, people, bodies, peopleListId, bodiesListId }: BlockSuggestionsProps) {
  const inDocument = useEditorState({ editor, selector: ({ editor: current }) => documentBodies(current) }) ?? "";
  const allBodies = distinct([...bodies, ...inDocument.split("\n")]);
  return (
    <>
      <datalist id={peopleListId}>
        {distinct(people).map((person) => (
          <option key={person} value={person} />
        ))}
      </datalist>
      <datalist id={bodiesListId}>
        {allBodies.map((body) => (
          <option key={body} value={body} />
        ))}
      </datalist>
    </>
  );
}
