import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { CaptureCheckList } from "../../_components/capture/capture-check-list";
import { CaptureFileLinks } from "../../_components/capture/capture-file-links";
import { CaptureRequestButton } from "../../_components/capture/capture-request-button";
import { CaptureState } from "../../_components/capture/capture-state";
import { formatDateTime } from "../../_components/format";
import { LiveUpdates } from "../../_components/live-updates";
import { recheckCaptureAction } from "../capture-actions";
import { CaptureFacts } from "./capture-facts";
import { CapturedText } from "./captured-text";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { listCaptureChecks } from "@/db/queries/capture-checks";
import { mayRequestCapture } from "@/db/queries/capture-requests";
import { getCapture, getCaptureText } from "@/db/queries/captures";
import { getLatestEventIdOfWorkspace } from "@/db/queries/events";
import { getInvestigationById } from "@/db/queries/investigations";
import { isolateBidi } from "@/lib/bidi-isolate";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requireActor();
  const capture = await orNotFound(async () => await getCapture({ actor, id }));
  const t = await getTranslations("Captures.page");
  return { title: t("title", { address: isolateBidi(capture.finalUrl ?? capture.url) }) };
}

/**
 * One capture of a web page (issue #19): what was asked for and where it ended, the HTTP
 * status, when (UTC), the SHA-256 of the archive and of the text, the screenshot and the
 * captured TEXT, the checks against the live page with their diffs, and the archive to
 * download. The captured HTML is never shown or served here: only text and the PNG.
 */
export default async function CapturePage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const afterEventId = await getLatestEventIdOfWorkspace(); // before the page reads its data: see LiveUpdates
  const capture = await orNotFound(async () => await getCapture({ actor, id }));
  const isDone = capture.status === "done";
  const [investigation, text, checks, mayCheckAgain, t, investigations, locale] = await Promise.all([
    getInvestigationById({ actor, id: capture.investigationId }),
    isDone ? getCaptureText({ actor, id }) : null,
    listCaptureChecks({ actor, captureId: id }),
    mayRequestCapture(actor, id),
    getTranslations("Captures"),
    getTranslations("Investigations"),
    getLocale(),
  ]);
  return (
    <div className="space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/investigations", label: investigations("title") },
          { href: `/investigations/${investigation.id}`, label: investigation.title },
        ]}
      />
      <header className="space-y-1">
        <p className="text-xs font-semibold uppercase tracking-wide text-stone-500">{t("page.heading")}</p>
        <h1 className="break-words text-2xl font-semibold tracking-tight">
          <bdi>{capture.title || t("page.untitled")}</bdi>
        </h1>
        <CaptureState capture={capture} />
      </header>
      <CaptureFacts capture={capture} capturedAt={capture.capturedAt ? formatDateTime(capture.capturedAt, locale as Locale) : null} />
      {isDone ? (
        <>
          <CaptureFileLinks captureId={id} withView={false} />
          <section aria-labelledby="checks-heading" id="checks" className="space-y-2">
            <h2 id="checks-heading" className="text-lg font-semibold">
              {t("page.checks")}
            </h2>
            {mayCheckAgain ? <CaptureRequestButton label={t("checkAgain")} pendingLabel={t("checking")} action={recheckCaptureAction.bind(null, id)} /> : null}
            <CaptureCheckList checks={checks} openFirst />
          </section>
          <section aria-labelledby="screenshot-heading" className="space-y-2">
            <h2 id="screenshot-heading" className="text-lg font-semibold">
              {t("page.screenshot")}
            </h2>
            {/* eslint-disable-next-line @next/next/no-img-element -- the workspace's own PNG route; Next's optimiser would fetch it again without the session */}
            <img
              src={`/api/captures/${id}/screenshot`}
              alt={t("thumbnailAlt")}
              className="h-auto w-full max-w-3xl rounded border border-stone-300 bg-white"
              data-testid="capture-screenshot"
            />
          </section>
          <CapturedText text={text?.text ?? ""} />
        </>
      ) : (
        <p className="text-sm text-stone-600">{t("page.notYet")}</p>
      )}
      <LiveUpdates investigationId={investigation.id} afterEventId={afterEventId} />
    </div>
  );
}
