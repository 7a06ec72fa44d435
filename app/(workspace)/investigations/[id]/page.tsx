import type { Metadata } from "next";
import { countDependentsOfInvestigation } from "@/db/queries/deletion-counts";
import { describeDeletion } from "@/lib/checking/deletion-summary";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Breadcrumbs } from "../../_components/breadcrumbs";
import { buttonClass } from "@/app/_components/button-class";
import { requireActor } from "@/app/_server/current-actor";
import { orNotFound } from "@/app/_server/or-not-found";
import { getAgreementByInvestigation } from "@/db/queries/assessments";
import { countClaimsByStatus, getInvestigationById } from "@/db/queries/investigations";
import { listFactComparisonsByInvestigation } from "@/db/queries/facts";
import { chartTextOf } from "@/lib/charts/chart-text-of";
import { factSparklines } from "./_components/fact-sparklines";
import { AgreementSummary } from "./_components/agreement-summary";
import { FactList } from "./_components/fact-list";
import { InvestigationSettingsForm } from "./_components/investigation-settings-form";
import { PublicationSettings } from "./_components/publication-settings";
import { FourEyesForm } from "./_components/four-eyes-form";
import { ReportLanguageForm } from "./_components/report-language-form";
import { DailyRecheckForm } from "./_components/daily-recheck-form";
import { getLatestEventIdOfWorkspace } from "@/db/queries/events";
import { LiveUpdates } from "../../_components/live-updates";
import { canManageInvestigations } from "@/lib/permissions";
import { DeleteButton } from "../../_components/delete-button";
import { formatCalendarDate } from "../../_components/format";
import { InvestigationTitle } from "./_components/investigation-title";
import { deleteInvestigationAction } from "../../investigation-actions";
import { ExportMenu } from "../../_components/export-menu";
import { ImportAnnotationsForm } from "./_components/import-annotations-form";
import { WebhooksSettings } from "./_components/webhooks-settings";
import { isPdfAvailable } from "@/lib/export/pdf";
import { OutletAndDate } from "@/app/_components/outlet-and-date";
import { UserText } from "@/app/_components/user-text";
import { isolateBidi } from "@/lib/bidi-isolate";
import { SourceLanguage } from "../../_components/source-language";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const actor = await requireActor();
  return { title: isolateBidi((await orNotFound(async () => await getInvestigationById({ actor, id }))).title) };
}

export default async function InvestigationPage({ params }: Props) {
  const { id } = await params;
  const actor = await requireActor();
  const afterEventId = await getLatestEventIdOfWorkspace(); // before the page reads its data: see LiveUpdates
  const investigation = await orNotFound(async () => await getInvestigationById({ actor, id }));
  const isEditor = canManageInvestigations(actor);
  const [t, locale] = await Promise.all([getTranslations("Investigations"), getLocale()]);
  return (
    <div className="space-y-8">
      <Breadcrumbs trail={[{ href: "/investigations", label: t("title") }]} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <InvestigationTitle id={investigation.id} title={investigation.title} version={investigation.version} canRename={isEditor} />
        <div className="flex flex-wrap gap-2">
          <Link href={`/investigations/${investigation.id}/sources/new`} className={buttonClass("primary")}>
            {t("addSource")}
          </Link>
          <ExportMenu endpoint={`/api/export/investigations/${investigation.id}`} pdfAvailable={isPdfAvailable()} />
          {isEditor ? (
            <DeleteButton
              label={t("delete")}
              title={t.rich("deleteTitle", { title: () => <UserText>{investigation.title}</UserText> })}
              description={t("deleteDescription", {
                summary: describeDeletion("investigation", await countDependentsOfInvestigation({ actor, investigationId: investigation.id }), locale),
              })}
              action={deleteInvestigationAction.bind(null, investigation.id)}
            />
          ) : null}
        </div>
      </div>
      <AgreementSummary
        counts={await countClaimsByStatus({ actor, investigationId: investigation.id })}
        agreement={await getAgreementByInvestigation({ actor, investigationId: investigation.id })}
        scale={investigation.ratingScale}
        claimListHref={`/investigations/${investigation.id}/claims`}
      />
      {isEditor ? (
        <details className="rounded-xl border border-stone-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">
            {t("settingsSummary")} <span className="font-normal text-stone-500">{t(investigation.fourEyes ? "fourEyesOn" : "fourEyesOff")}</span>
          </summary>
          <div className="mt-3 max-w-2xl">
            <InvestigationSettingsForm
              investigationId={investigation.id}
              version={investigation.version}
              scale={investigation.ratingScale}
              hidesOthersAssessments={investigation.hidesOthersAssessments}
              approximateTolerancePercent={investigation.approximateTolerancePercent}
            />
            <FourEyesForm investigationId={investigation.id} version={investigation.version} fourEyes={investigation.fourEyes} />
            <ReportLanguageForm investigationId={investigation.id} version={investigation.version} reportLanguage={investigation.reportLanguage} />
            <DailyRecheckForm investigationId={investigation.id} version={investigation.version} dailyRecheck={investigation.dailyRecheck} />
          </div>
        </details>
      ) : null}
      {isEditor ? (
        <PublicationSettings actor={actor} investigationId={investigation.id} version={investigation.version} publishedUrl={investigation.publishedUrl} />
      ) : null}
      {isEditor ? (
        <details className="rounded-xl border border-stone-200 bg-white p-4">
          <summary className="cursor-pointer font-medium">{t("importAnnotations")}</summary>
          <div className="mt-3 max-w-2xl">
            <ImportAnnotationsForm investigationId={investigation.id} />
          </div>
        </details>
      ) : null}
      {isEditor ? <WebhooksSettings actor={actor} investigationId={investigation.id} /> : null}
      <LiveUpdates investigationId={investigation.id} afterEventId={afterEventId} />
      <FactList {...factSparklines(await listFactComparisonsByInvestigation({ actor, investigationId: investigation.id }), chartTextOf(locale))} />
      <section aria-labelledby="sources-heading" className="space-y-3">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id="sources-heading" className="text-lg font-semibold">
            {t("sources")} <span className="font-normal text-stone-500">({investigation.sources.length})</span>
          </h2>
          {investigation.sources.length >= 2 ? (
            <Link href={`/investigations/${investigation.id}/compare`} className="text-sm text-accent-700 underline">
              {t("compareLink")}
            </Link>
          ) : null}
        </div>
        {investigation.sources.length === 0 ? (
          <div className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
            <p className="font-medium">{t("noSources")}</p>
            <p className="mt-1 text-sm text-stone-600">{t("noSourcesHint")}</p>
          </div>
        ) : (
          <ul aria-label={t("sources")} className="divide-y divide-stone-200 overflow-hidden rounded-xl border border-stone-200 bg-white">
            {investigation.sources.map((source) => (
              <li key={source.id}>
                <Link href={`/sources/${source.id}`} className="block px-5 py-4 hover:bg-stone-50">
                  <span className="font-medium text-stone-900">
                    <UserText>{source.title}</UserText>
                  </span>
                  <span className="mt-0.5 block text-sm text-stone-500">
                    <OutletAndDate outlet={source.outlet} date={source.publishedAt ? formatCalendarDate(source.publishedAt, locale) : t("dateUnknown")} />
                    {" · "}
                    <SourceLanguage code={source.language} short />
                  </span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
