import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { getSourceById, getSourceVersionByNumber, listSourceVersions } from "@/db/queries/sources";
import { canDeleteSource, canEditSourceDetails } from "@/lib/permissions";
import { isHttpUrl } from "@/lib/validation/fields";
import { DeleteButton } from "../../_components/delete-button";
import { formatCalendarDate, formatDateTime } from "@/app/(workspace)/_components/format";
import { deleteSourceAction } from "../../source-actions";
import { listClaimsBySource } from "@/db/queries/claims";
import { canCreateClaim } from "@/lib/permissions";
import { claimStateOf, highlightLayersOf } from "@/lib/reader/highlight-layers";
import { getRatingScaleByInvestigation } from "@/db/queries/investigations";
import { InitialHighlights } from "./_components/initial-highlights";
import { readerTextId } from "./_components/paint-highlights";
import { Reader } from "./_components/reader";
import { RegionErrorBoundary } from "@/app/_components/region-error-boundary";
import { ReanchoringBanner } from "./_components/reanchoring-banner";
import { VersionPicker } from "./_components/version-picker";
import { buttonClass } from "@/app/_components/button-class";
import { CheckingPanel } from "./_components/checking/checking-panel";
import { ExportMenu } from "@/app/(workspace)/_components/export-menu";
import { isPdfAvailable, pdfUnavailableMessage } from "@/lib/export/pdf";
import { getLatestEventIdOfWorkspace } from "@/db/queries/events";
import { LiveUpdates } from "../../_components/live-updates";
import { readerClaimOf } from "./reader-claim";
import { OutletAndDate } from "@/app/_components/outlet-and-date";
import { SourceCapture } from "./_components/source-capture";
import { SourceHeader } from "./_components/source-header";
import { countDependentsOfSource } from "@/db/queries/deletion-counts";
import { describeDeletion } from "@/lib/checking/deletion-summary";
import { UserText } from "@/app/_components/user-text";
import { isolateBidi } from "@/lib/bidi-isolate";
import { languageOptions } from "@/lib/languages";
import { SourceLanguage } from "../../_components/source-language";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string; reanchored?: string; version?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requireActor();
  return { title: isolateBidi((await orNotFound(async () => await getSourceById({ actor, id }))).title) };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id } = await params;
  const { claim: openClaimId, reanchored, version: versionParam } = await searchParams;
  const actor = await requireActor();
  const [t, captures, locale] = await Promise.all([getTranslations("Reader"), getTranslations("Captures"), getLocale()]);
  const afterEventId = await getLatestEventIdOfWorkspace(); // before the page reads its data: see LiveUpdates
  const source = await orNotFound(async () => await getSourceById({ actor, id }));
  const scale = await getRatingScaleByInvestigation({ investigationId: source.investigation.id });
  // An earlier version is shown read-only, with the claims as they fall on it.
  const requestedNumber = Number(versionParam);
  const shown =
    Number.isInteger(requestedNumber) && requestedNumber > 0 && requestedNumber !== source.currentVersion.number
      ? await orNotFound(async () => await getSourceVersionByNumber({ actor, sourceId: source.id, number: requestedNumber }))
      : source.currentVersion;
  const isEarlierVersion = shown.id !== source.currentVersion.id;
  const claims = (await listClaimsBySource({ actor, sourceId: source.id, version: shown })).map((claim) => readerClaimOf(claim, actor, scale));
  const isOpenClaimHere = Boolean(openClaimId && claims.some((claim) => claim.id === openClaimId));
  const initialLayers = highlightLayersOf({
    claims: claims.flatMap((claim) => (claim.anchor.status === "orphan" ? [] : [{ ...claim.anchor, state: claimStateOf(claim.verdict?.ratingValue) }])),
    suggestions: [], // found in a worker and fetched after hydration: a long source would hold the page up
    active: null,
  });
  const wordCount = source.currentVersion.text.split(/\s+/).filter(Boolean).length;
  return (
    <article className="space-y-6">
      <Breadcrumbs
        trail={[
          { href: "/investigations", label: t("investigations") },
          { href: `/investigations/${source.investigation.id}`, label: source.investigation.title },
        ]}
      />
      <SourceHeader
        sourceId={source.id}
        values={{
          title: source.title,
          outlet: source.outlet,
          url: source.url,
          publishedAt: source.publishedAt,
          language: source.language,
          version: source.version,
        }}
        languageOptions={languageOptions(await getLocale())}
        canEditDetails={canEditSourceDetails(actor, source)}
        details={
          <>
            <h1 className="font-serif text-3xl font-semibold leading-tight tracking-tight">
              <UserText>{source.title}</UserText>
            </h1>
            <p className="mt-2 text-sm text-stone-600">
              <OutletAndDate
                outlet={source.outlet}
                date={source.publishedAt ? t("published", { date: formatCalendarDate(source.publishedAt, locale) }) : t("publishDateUnknown")}
              />
            </p>
            <p className="mt-1 text-sm text-stone-600">
              <SourceLanguage code={source.language} />
            </p>
            {source.url && isHttpUrl(source.url) ? (
              <p className="mt-1 truncate text-sm">
                <a
                  href={source.url}
                  rel="noopener noreferrer nofollow"
                  target="_blank"
                  className="text-accent-700 underline decoration-accent-700/30 hover:decoration-accent-700"
                >
                  {source.url}
                </a>
              </p>
            ) : null}
            {source.captureId ? (
              <RegionErrorBoundary region={captures("region")}>
                <SourceCapture actor={actor} captureId={source.captureId} />
              </RegionErrorBoundary>
            ) : null}
            <p className="mt-1 text-xs text-stone-500">
              {t("versionLine", { number: source.currentVersion.number, words: wordCount, date: formatDateTime(source.currentVersion.createdAt, locale) })}
            </p>
          </>
        }
        actions={
          <>
            <ExportMenu endpoint={`/api/export/sources/${source.id}`} pdfAvailable={isPdfAvailable()} pdfHelp={pdfUnavailableMessage} />
            <Link href={`/sources/${source.id}/edit`} className={buttonClass("secondary")}>
              {t("editText")}
            </Link>
          </>
        }
        trailing={
          canDeleteSource(actor) ? (
            <DeleteButton
              label={t("deleteSource")}
              title={t.rich("deleteSourceTitle", { title: () => <UserText>{source.title}</UserText> })}
              description={`${describeDeletion("source", await countDependentsOfSource({ actor, sourceId: source.id }), locale)} ${t("deleteSourceWarning")}`}
              action={deleteSourceAction.bind(null, source.id)}
            />
          ) : null
        }
      />
      {reanchored ? <ReanchoringBanner summary={reanchored} versionNumber={source.currentVersion.number} /> : null}
      <VersionPicker
        sourceId={source.id}
        versions={await listSourceVersions({ actor, sourceId: source.id })}
        shownNumber={shown.number}
        currentNumber={source.currentVersion.number}
      />
      <RegionErrorBoundary region={t("readerRegion")}>
        <Reader
          key={shown.id}
          sourceId={source.id}
          sourceVersionId={shown.id}
          text={shown.text}
          language={source.language}
          initialClaims={claims}
          findSuggestions={!isEarlierVersion}
          canCreate={canCreateClaim(actor) && !isEarlierVersion}
          firstPaint={<InitialHighlights rootId={readerTextId(shown.id)} layers={initialLayers} />}
          openClaimId={isOpenClaimHere && !isEarlierVersion ? openClaimId : undefined}
          checkingPanel={
            isOpenClaimHere && !isEarlierVersion ? <CheckingPanel key={openClaimId} actor={actor} claimId={openClaimId!} sourceId={source.id} /> : undefined
          }
        />
      </RegionErrorBoundary>
      <LiveUpdates investigationId={source.investigation.id} afterEventId={afterEventId} />
    </article>
  );
}
