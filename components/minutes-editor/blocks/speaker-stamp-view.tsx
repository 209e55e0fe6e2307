// The speaker stamp: an inline chip with who spoke and when, the time in the
// reader's digits and the full Jalali date and time as its tooltip.
import { NodeViewWrapper, type ReactNodeViewProps } from "@tiptap/react";
import { stampDateTime, stampTime } from "@/lib/editor/stamp-time";
import { direction } from "@/lib/i18n/locales";
import { UserText } from "@/components/ui/user-text";
import { useBlocks } from "./blocks-context";

export function SpeakerStampView({ node }: ReactNodeViewProps) {
  const { t, locale } = useBlocks();
  const speaker = typeof node.attrs.speaker === "string" ? node.attrs.speaker : "";
  const at = typeof node.attrs.at === "string" ? node.attrs.at : "";
  const time = stampTime(at, locale);
  return (
    // Its own direction, so that the paragraph's dir="auto" reads the paragraph's
    // text and not the chip's (the hidden "Speaker:" is in the UI's language).
    <NodeViewWrapper
      as="span"
      className="speaker-stamp"
      dir={direction(locale)}
      title={stampDateTime(at, locale) || undefined}
    >
      <span className="speaker-stamp__label">{`${t("blocks.stamp.label")}: `}</span>
      {speaker && <UserText text={speaker} className="speaker-stamp__name" />}
      {time && (
        <time className="speaker-stamp__time" dateTime={at}>
          {time}
        </time>
      )}
    </NodeViewWrapper>
  );
}
