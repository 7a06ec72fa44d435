import { NotFoundMessage } from "./_components/not-found-message";

/** An address that matches no page: shown on its own, so it is the page's main landmark. */
export default function NotFound() {
  return (
    <main>
      <NotFoundMessage />
    </main>
  );
}
