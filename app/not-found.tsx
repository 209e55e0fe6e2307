import Link from "next/link";
import { translator } from "../lib/i18n/translate";
import { requestLocale } from "./locale";

export default async function NotFound() {
  const t = translator(await requestLocale());
  return (
    <section className="card notice" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t("notFound.title")}</h1>
      <p>{t("notFound.body")}</p>
      <Link href="/">{t("notFound.home")}</Link>
    </section>
  );
}
