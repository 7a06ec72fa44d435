import { UserText } from "./user-text";

/**
 * "Outlet · date" under a source's title. The outlet is someone's text, so it sits in its
 * own <bdi>: a right-to-left override in it cannot reorder the date beside it.
 */
export function OutletAndDate({ outlet, date }: { outlet: string | null | undefined; date: string }) {
  return (
    <>
      {outlet ? (
        <>
          <UserText>{outlet}</UserText> ·{" "}
        </>
      ) : null}
      {date}
    </>
  );
}
