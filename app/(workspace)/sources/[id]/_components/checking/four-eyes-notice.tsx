import { useLocale } from "next-intl";
import { fourEyesReason, type FourEyesDecision } from "@/lib/checking/four-eyes";

/** Said before an editor tries: four eyes keeps them from approving a verdict they set, and who may approve instead. */
export function FourEyesNotice({ decision }: { decision: FourEyesDecision }) {
  const locale = useLocale();
  if (decision.allowed) return null;
  return (
    <p className="rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-900" data-testid="four-eyes-notice">
      {fourEyesReason(decision.approvers, locale)}
    </p>
  );
}
