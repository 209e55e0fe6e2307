import { Fragment } from "react";
import { UserText } from "./user-text";

/** A catalogue sentence with a `{name}` placeholder, the name isolated (UserText)
 * so that a Persian name reads right in an English sentence and vice versa. */
export function NamedSentence({ template, name }: { template: string; name: string }) {
  return <IsolatedSentence template={template} values={{ name }} />;
}

/** A catalogue sentence whose `{placeholders}` are filled with user-supplied
 * values (a name, a category, a responsible body), each isolated (UserText), so
 * that the words and arrows between them keep their place; an unknown
 * placeholder stays as written. */
export function IsolatedSentence({ template, values }: { template: string; values: Readonly<Record<string, string>> }) {
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) => {
        // split() with a capture group: odd places are placeholder names.
        if (index % 2 === 0) return <Fragment key={index}>{part}</Fragment>;
        const value = values[part];
        return value === undefined ? <Fragment key={index}>{`{${part}}`}</Fragment> : <UserText key={index} text={value} />;
      })}
    </>
  );
}
