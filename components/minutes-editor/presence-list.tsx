import type { CSSProperties } from "react";
import type { Translator } from "@/lib/i18n/translate";
import { NamedSentence } from "../ui/named-sentence";
import { UserText } from "../ui/user-text";
import type { Peer } from "./collab-session";

/** Who has the minutes open now, each in the colour of their caret, with
 * their role and the section their cursor is in. */
export function PresenceList({ peers, t }: { peers: readonly Peer[]; t: Translator }) {
  if (peers.length === 0) return null;
  return (
    <ul className="presence" aria-label={t("presence.label")}>
      {peers.map((peer) => (
        <li
          key={peer.clientId}
          className="presence__person"
          data-role={peer.role ?? undefined}
          style={{ "--peer-color": peer.color } as CSSProperties}
        >
          <span className="presence__dot" aria-hidden="true" />
          <span className="presence__who">
            <span className="presence__name">
              {peer.self ? <NamedSentence template={t("presence.you")} name={peer.name} /> : <UserText text={peer.name} />}
              {peer.role && <span className="presence__role">{t(`role.${peer.role}`)}</span>}
            </span>
            {peer.sectionTitle && (
              <span className="presence__section">
                <NamedSentence template={t("presence.inSection", { section: "{name}" })} name={peer.sectionTitle} />
              </span>
            )}
          </span>
        </li>
      ))}
    </ul>
  );
}
