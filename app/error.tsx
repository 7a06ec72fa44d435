"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { startTransition } from "react";
import { buttonClass } from "@/app/_components/button-class";

/**
 * What a page shows when it could not be made on the server, most often because the database
 * cannot be reached for a moment (restarting, failing over). It sits at the root so that a
 * failure in the workspace layout (which reads the signed-in account) is caught too. Nothing
 * saved is lost; "Try again" asks the server again.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const t = useTranslations("Errors");
  const common = useTranslations("Common");
  return (
    <div role="alert" className="mx-4 mt-10 max-w-xl rounded-lg sm:mx-auto border border-amber-300 bg-amber-50 p-5 text-sm text-amber-950">
      <h1 className="text-base font-semibold">{t("pageNotLoaded")}</h1>
      <p className="mt-2">{t("pageNotLoadedBody")}</p>
      <button
        type="button"
        className={buttonClass("secondary", "mt-4")}
        onClick={() =>
          startTransition(() => {
            router.refresh();
            reset();
          })
        }
      >
        {common("tryAgain")}
      </button>
    </div>
  );
}
