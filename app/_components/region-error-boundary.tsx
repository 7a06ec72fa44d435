"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Component, type ErrorInfo, type ReactNode } from "react";
import { buttonClass } from "./button-class";

/**
 * Keeps a failure inside one interactive region (the reader, a claim's checking panel):
 * the rest of the page stays, and the region says what happened and offers to start again.
 * It catches what React routes to boundaries: errors while rendering and errors thrown in
 * transitions (an action's `startTransition`), not those in plain event handlers.
 * What was saved before the failure is on the server; "Try again" fetches the page's server
 * data again and re-renders the region from it.
 */
export class RegionErrorBoundary extends Component<{ region: string; children: ReactNode }, { error: Error | null }> {
  state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.region} failed`, error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-900">
        <RegionStopped region={this.props.region} />
        <TryAgainButton onReset={() => this.setState({ error: null })} />
      </div>
    );
  }
}

/** The sentence in the person's language (a class component cannot use hooks itself). `region` is already in it. */
function RegionStopped({ region }: { region: string }) {
  const t = useTranslations("Common");
  return <p className="font-medium">{t("regionStopped", { region })}</p>;
}

function TryAgainButton({ onReset }: { onReset: () => void }) {
  const router = useRouter();
  const t = useTranslations("Common");
  return (
    <button
      type="button"
      className={buttonClass("secondary", "mt-3")}
      onClick={() => {
        router.refresh();
        onReset();
      }}
    >
      {t("tryAgain")}
    </button>
  );
}
