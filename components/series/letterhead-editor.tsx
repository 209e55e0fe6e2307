"use client";
// A series' letterhead for its organizers: the organisation's name and the
// unit (saved together), and the logo (uploaded on choosing a file, checked
// for its size here and for what it is on the server; removable). Each
// version keeps the letterhead it was locked with.
import Image from "next/image";
import { useState, type FormEvent } from "react";
import { letterhead as letterheadContract, type Letterhead } from "@/lib/contracts/letterhead";
import type { Locale } from "@/lib/i18n/locales";
import { translator, type Translator } from "@/lib/i18n/translate";
import { LOGO_MAX_BYTES } from "@/lib/letterhead-logo";
import { letterheadTextSchema } from "@/lib/validation/letterhead";
import { safeParseInput } from "@/lib/validation/parse-input";
import { sendFile, sendJson } from "../ui/api-request";
import { ChangeOutcome, FieldError, invalidProps } from "../ui/form-parts";
import { translatedFields } from "../ui/use-form-errors";

const ORGANISATION_ID = "letterhead-organisation";
const UNIT_ID = "letterhead-unit";
const LOGO_ID = "letterhead-logo";

/** The letterhead as saved, the texts being typed, and what the last change came to. */
function useLetterheadChanges(locale: Locale, url: string, initial: Letterhead) {
  const t = translator(locale);
  const [current, setCurrent] = useState(initial);
  const [texts, setTexts] = useState({ organisation: initial.organisation, unit: initial.unit });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const settle = (result: Awaited<ReturnType<typeof sendJson<Letterhead>>>, done: string): void => {
    setBusy(false);
    if (result.ok) {
      setCurrent(result.data);
      setTexts({ organisation: result.data.organisation, unit: result.data.unit });
      setErrors({});
      setError(null);
      setStatus(done);
    } else {
      // A refused logo's sentence is the answer's own: said once, in the alert.
      setErrors(Object.fromEntries(Object.entries(result.fields).filter(([field]) => field !== "logo")));
      setError(result.message);
      setStatus("");
    }
  };

  const saveTexts = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const parsed = safeParseInput(letterheadTextSchema, texts);
    if (!parsed.success) {
      setErrors(translatedFields(locale, parsed.error));
      return;
    }
    setBusy(true);
    settle(await sendJson({ method: "PATCH", url, body: parsed.data, answer: letterheadContract, locale }), t("letterhead.saved"));
  };

  const uploadLogo = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (file.size > LOGO_MAX_BYTES) {
      setError(t("invalid.logo.tooLarge"));
      setStatus("");
      return;
    }
    setBusy(true);
    settle(await sendFile({ url: `${url}/logo`, file, answer: letterheadContract, locale }), t("letterhead.logoSaved"));
  };

  const removeLogo = async (): Promise<void> => {
    setBusy(true);
    settle(await sendJson({ method: "DELETE", url: `${url}/logo`, answer: letterheadContract, locale }), t("letterhead.logoRemoved"));
  };
  return { current, texts, setTexts, errors, status, error, busy, saveTexts, uploadLogo, removeLogo };
}

export function LetterheadEditor({ locale, seriesId, initial }: { locale: Locale; seriesId: string; initial: Letterhead }) {
  const t = translator(locale);
  const url = `/api/series/${encodeURIComponent(seriesId)}/letterhead`;
  const { current, texts, setTexts, errors, status, error, busy, saveTexts, uploadLogo, removeLogo } = useLetterheadChanges(locale, url, initial);
  return (
    <div className="letterhead-editor">
      <form onSubmit={(event) => void saveTexts(event)} noValidate>
        {(["organisation", "unit"] as const).map((field) => {
          const id = field === "organisation" ? ORGANISATION_ID : UNIT_ID;
          const fieldError = errors[field] ?? errors[id];
          return (
            <div className="field" key={field}>
              <label htmlFor={id}>{t(`letterhead.${field}`)}</label>
              <input
                {...invalidProps(id, fieldError)}
                dir="auto"
                maxLength={200}
                value={texts[field]}
                onChange={(event) => setTexts({ ...texts, [field]: event.target.value })}
              />
              <FieldError fieldId={id} error={fieldError} />
            </div>
          );
        })}
        <button type="submit" className="button" disabled={busy}>
          {t("letterhead.save")}
        </button>
      </form>
      <LogoField
        t={t}
        url={url}
        current={current}
        busy={busy}
        onFile={(file) => void uploadLogo(file)}
        onRemove={() => void removeLogo()}
      />
      <ChangeOutcome status={status} error={error} />
    </div>
  );
}

/** The logo: its preview (or "none"), the file to upload, and its removal. */
function LogoField(props: {
  t: Translator;
  url: string;
  current: Letterhead;
  busy: boolean;
  onFile: (file: File | undefined) => void;
  onRemove: () => void;
}) {
  const { t, url, current, busy, onFile, onRemove } = props;
  return (
    <div className="field letterhead-editor__logo">
      <label htmlFor={LOGO_ID}>{t("letterhead.logo")}</label>
      {current.logo ? (
        <Image
          unoptimized
          className="letterhead-editor__preview"
          src={`${url}/logo?v=${current.logo.sha256}`}
          alt={current.organisation ? t("letterhead.logoAlt", { organisation: current.organisation }) : t("letterhead.logoAltPlain")}
          width={current.logo.width}
          height={current.logo.height}
        />
      ) : (
        <p className="muted">{t("letterhead.noLogo")}</p>
      )}
      <input
        id={LOGO_ID}
        type="file"
        accept="image/png,image/jpeg"
        disabled={busy}
        onChange={(event) => {
          onFile(event.target.files?.[0]);
          event.target.value = "";
        }}
      />
      {current.logo && (
        <button type="button" className="button button--small" disabled={busy} onClick={onRemove}>
          {t("letterhead.removeLogo")}
        </button>
      )}
    </div>
  );
}
