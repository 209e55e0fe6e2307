// A catalogue sentence whose {placeholders} are filled with values the user
// wrote (a category, a responsible body, a name), each isolated in <bdi> so a
// Persian value reads right in an English sentence and an English value in a
// Persian one, and the arrow between two values keeps its place.
import { Fragment } from "react";

export function IsolatedSentence({ template, values }: { template: string; values: Readonly<Record<string, string>> }) {
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) => {
        // split() with a capture group: odd places are placeholder names.
        if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
        const value = values[part];
        return value === undefined ? <Fragment key={index}>{`{${part}}`}</Fragment> : <bdi key={index}>{value}</bdi>;
      })}
    </>
  );
}
