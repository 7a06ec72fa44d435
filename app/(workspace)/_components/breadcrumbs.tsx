import Link from "next/link";
import { useTranslations } from "next-intl";
import { UserText } from "@/app/_components/user-text";

/** The path back up: Investigations / an investigation / … (each a link). */
export function Breadcrumbs({ trail }: { trail: { href: string; label: string }[] }) {
  const t = useTranslations("Investigations");
  return (
    <nav aria-label={t("breadcrumb")} className="text-sm text-stone-500">
      {trail.map((step, index) => (
        <span key={step.href}>
          {index > 0 ? " / " : null}
          <Link href={step.href} className="hover:underline">
            <UserText>{step.label}</UserText>
          </Link>
        </span>
      ))}
    </nav>
  );
}
