/** A catalogue sentence with a `{name}` placeholder, the name isolated (<bdi>)
 * so that a Persian name reads right in an English sentence and vice versa. */
export function NamedSentence({ template, name }: { template: string; name: string }) {
  const [before = "", after = ""] = template.split("{name}");
  return (
    <>
      {before}
      <bdi>{name}</bdi>
      {after}
    </>
  );
}
