import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-600">This page does not exist, or what it showed was deleted.</p>
      <Link href="/" className="mt-6 inline-block text-accent-700 underline">
        Back to investigations
      </Link>
    </main>
  );
}
