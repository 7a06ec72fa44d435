import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/app/_server/current-actor";
import { getMyWork, myWorkSectionSize, type MyWorkSection } from "@/db/queries/my-work";
import { todayUtc } from "@/lib/checking/due-date";
import { hasRole } from "@/lib/roles";
import { ClaimRows } from "./_components/claim-rows";
import { MyDrafts } from "./_components/my-drafts";

export const metadata: Metadata = { title: "My work" };

/**
 * My work, the page after sign-in: what is the person's to do, each section with its count
 * (db/queries/my-work.ts), then the drafts they left in this browser. Investigations are one
 * click away in the main menu and in the line under the heading.
 */
export default async function MyWorkPage() {
  const actor = await requireActor();
  const work = await getMyWork({ actor, today: todayUtc() });
  const isEditor = hasRole(actor.role, "editor");
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">My work</h1>
        <p className="mt-1 text-sm text-stone-600">
          Claims that are yours to check, approve or keep an eye on. Every investigation is under{" "}
          <Link href="/investigations" className="text-accent-700 underline">
            Investigations
          </Link>
          .
        </p>
      </div>
      <WorkSection
        id="overdue"
        title="Overdue"
        section={work.overdue}
        empty={isEditor ? "Nothing is overdue. Give a claim a due date in its panel to plan the desk's work." : "Nothing of yours is overdue."}
      />
      <WorkSection
        id="assigned"
        title="Assigned to me"
        section={work.assigned}
        empty={
          isEditor
            ? "No claim is assigned to you. Open an investigation and assign claims in their panels — to yourself or to a reviewer."
            : "No claim is assigned to you. An editor assigns claims; you can also take an unassigned one in its panel."
        }
      />
      {isEditor ? (
        <WorkSection
          id="to-approve"
          title="Waiting for my approval"
          section={work.toApprove}
          empty="No claim in review is waiting for you. Claims appear here when someone sends them to review; under four eyes, not those whose verdict you set."
        />
      ) : null}
      <WorkSection
        id="following"
        title="Claims I follow"
        section={work.following}
        empty="You follow the claims you create, are assigned or comment on. Follow any other with the Follow button in its panel."
      />
      <MyDrafts userId={actor.id} />
    </div>
  );
}

function WorkSection({ id, title, section, empty }: { id: string; title: string; section: MyWorkSection; empty: string }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-3">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        {title}{" "}
        <span className="font-normal text-stone-500" data-testid={`${id}-count`}>
          ({section.count})
        </span>
      </h2>
      {section.claims.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 bg-white px-4 py-6 text-sm text-stone-600">{empty}</p>
      ) : (
        <>
          <ClaimRows label={title} claims={section.claims} />
          {section.count > myWorkSectionSize ? (
            <p className="text-xs text-stone-500">
              The first {myWorkSectionSize} of {section.count}, those due soonest first. Each investigation&apos;s claim list filters the rest.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
