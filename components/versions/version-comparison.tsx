"use client";
// Two versions of the minutes compared block by block, side by side (the older
// version at the start of the line) or inline, only what changed or the whole
// minutes. Added text is <ins>, removed text <del>; each also says so in words
// to a screen reader and is underlined or struck through, not only coloured.
// (Those words are <bdi>, which dir="auto" passes over when it finds the
// direction of the text around them.)
import { useId, useState } from "react";
import type { Locale } from "@/lib/i18n/locales";
import type { MessageKey } from "@/lib/i18n/messages-fa";
import { formatInteger } from "@/lib/i18n/numbers";
import { translator, type Translator } from "@/lib/i18n/translate";
import { sideBySide, type BlockDiff, type DiffSegment, type FieldDiff, type TextField } from "@/lib/version-diff";
import { blockTypeName } from "./describe-changes";

type View = "side" | "inline";
type Scope = "changed" | "all";

const FIELD_LABELS: Record<TextField, MessageKey> = {
  title: "compare.field.title",
  text: "compare.field.text",
  question: "compare.field.question",
  askedBy: "compare.field.askedBy",
  answer: "compare.field.answer",
  answeredBy: "compare.field.answeredBy",
  responsibleBody: "compare.field.responsibleBody",
};

const STATUS_LABELS: Record<BlockDiff["status"], MessageKey> = {
  added: "compare.status.added",
  removed: "compare.status.removed",
  changed: "compare.status.changed",
  unchanged: "compare.status.unchanged",
};

export function VersionComparison(props: { locale: Locale; from: number; to: number; blocks: readonly BlockDiff[] }) {
  const { locale, blocks } = props;
  const t = translator(locale);
  const ids = useId();
  const [view, setView] = useState<View>("side");
  const [scope, setScope] = useState<Scope>("changed");
  const columns = {
    before: t("versions.version", { version: formatInteger(props.from, locale) }),
    after: t("versions.version", { version: formatInteger(props.to, locale) }),
  };
  const shown = scope === "all" ? blocks : blocks.filter((block) => block.status !== "unchanged" || block.moved);

  const choice = <T extends string>(name: string, value: T, current: T, set: (value: T) => void, label: string) => (
    <label className="diff-toggle__option">
      <input type="radio" name={`${ids}-${name}`} value={value} checked={current === value} onChange={() => set(value)} />
      {label}
    </label>
  );

  return (
    <section className="diff" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`} className="section-title">
        {t("compare.blocks")}
      </h2>
      <div className="diff-controls">
        <fieldset className="diff-toggle">
          <legend>{t("compare.display")}</legend>
          {choice("view", "side", view, setView, t("compare.sideBySide"))}
          {choice("view", "inline", view, setView, t("compare.inline"))}
        </fieldset>
        <fieldset className="diff-toggle">
          <legend>{t("compare.scope")}</legend>
          {choice("scope", "changed", scope, setScope, t("compare.onlyChanged"))}
          {choice("scope", "all", scope, setScope, t("compare.all"))}
        </fieldset>
        <div className="diff-legend" role="group" aria-labelledby={`${ids}-legend`}>
          <span id={`${ids}-legend`} className="diff-legend__title">
            {t("compare.legend")}:
          </span>
          <span className="diff-sample diff-sample--ins">{t("compare.legendAdded")}</span>
          <span className="diff-sample diff-sample--del">{t("compare.legendRemoved")}</span>
        </div>
      </div>
      {shown.length === 0 ? (
        <p className="muted">{t("compare.noBlocks")}</p>
      ) : (
        <>
          {view === "side" && (
            <div className="diff-columns diff-columns--head" aria-hidden="true">
              <p className="diff-column__label">{columns.before}</p>
              <p className="diff-column__label">{columns.after}</p>
            </div>
          )}
          <ol className="diff-blocks" data-view={view}>
            {shown.map((block) => (
              <BlockItem key={block.key} block={block} view={view} columns={columns} t={t} />
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function BlockItem(props: { block: BlockDiff; view: View; columns: { before: string; after: string }; t: Translator }) {
  const { block, view, columns, t } = props;
  const fields = block.fields.filter((field) => field.segments.length > 0);
  return (
    <li className="diff-block" data-status={block.status} data-moved={block.moved || undefined}>
      <h3 className="diff-block__title">
        <span className="diff-block__kind">{blockTypeName(block.type, t)}</span>{" "}
        {block.status !== "unchanged" && (
          <span className="diff-badge" data-status={block.status}>
            {t(STATUS_LABELS[block.status])}
          </span>
        )}{" "}
        {block.moved && <span className="diff-badge diff-badge--moved">{t("compare.moved")}</span>}
      </h3>
      {view === "inline" ? (
        <div className="diff-fields">
          {fields.map((field) => (
            <Field key={field.field} field={field} segments={field.segments} t={t} />
          ))}
        </div>
      ) : (
        <div className="diff-columns">
          <div className="diff-column" role="group" aria-label={columns.before}>
            {block.status === "added" ? (
              <p className="diff-absent">{t("compare.absent")}</p>
            ) : (
              fields.map((field) => <Field key={field.field} field={field} segments={sideBySide(field.segments).before} t={t} />)
            )}
          </div>
          <div className="diff-column" role="group" aria-label={columns.after}>
            {block.status === "removed" ? (
              <p className="diff-absent">{t("compare.absent")}</p>
            ) : (
              fields.map((field) => <Field key={field.field} field={field} segments={sideBySide(field.segments).after} t={t} />)
            )}
          </div>
        </div>
      )}
    </li>
  );
}

function Field({ field, segments, t }: { field: FieldDiff; segments: readonly DiffSegment[]; t: Translator }) {
  return (
    <div className="diff-field" data-changed={field.changed || undefined}>
      <p className="diff-field__label">{t(FIELD_LABELS[field.field])}</p>
      <p className="diff-text" dir="auto">
        {segments.length === 0 ? <span className="muted">{t("compare.empty")}</span> : <Segments segments={segments} t={t} />}
      </p>
    </div>
  );
}

function Segments({ segments, t }: { segments: readonly DiffSegment[]; t: Translator }) {
  return (
    <>
      {segments.map((segment, index) => {
        if (segment.op === "equal") return <span key={index}>{segment.text}</span>;
        if (segment.op === "insert") {
          return (
            <ins key={index}>
              <bdi className="visually-hidden">{t("compare.addedStart")} </bdi>
              {segment.text}
              <bdi className="visually-hidden"> ({t("compare.addedEnd")})</bdi>
            </ins>
          );
        }
        return (
          <del key={index}>
            <bdi className="visually-hidden">{t("compare.removedStart")} </bdi>
            {segment.text}
            <bdi className="visually-hidden"> ({t("compare.removedEnd")})</bdi>
          </del>
        );
      })}
    </>
  );
}
