// A value someone typed (a name, a title, a category, a responsible body…)
// where it shares a line with other words: in a <bdi>, so that it reads in its
// own direction and reorders nothing around it, and without the directional
// controls a value stored before input was cleaned may still hold.
import { withoutDirectionalControls } from "@/lib/directional-controls";

export function UserText({ text, dir, className }: { text: string; dir?: "ltr"; className?: string }) {
  return (
    <bdi dir={dir} className={className}>
      {withoutDirectionalControls(text)}
    </bdi>
  );
}
