import Link from "next/link";

/** What a missing page says: its heading, why, and the way back. The caller supplies the landmark. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600">This page does not exist, or what it showed was deleted.</p>
      <Link href="/" className="mt-6 inline-block text-accent-700 underline">
        Back to investigations
      </Link>
    </div>
  );
}
