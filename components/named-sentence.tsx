/** A catalogue sentence with a `{name}` placeholder, the name isolated (<bdi>)
 * so that a Persian name reads right in an English sentence and vice versa. */
export function NamedSentence({ template, name }: { template: string; name: string }) {
  return <IsolatedSentence template={template} values={{ name }} />;
}

/** A catalogue sentence whose `{placeholders}` are filled with user-supplied
 * values, each isolated (<bdi>); an unknown placeholder stays as written. */
export function IsolatedSentence({ template, values }: { template: string; values: Readonly<Record<string, string>> }) {
  const parts = template.split(/\{(\w+)\}/);
  return (
    <>
      {parts.map((part, index) => {
        if (index % 2 === 0) return part;
        const value = values[part];
        return value === undefined ? `{${part}}` : <bdi key={index}>{value}</bdi>;
      })}
    </>
  );
}
