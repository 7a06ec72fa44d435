import { NotFoundMessage } from "@/app/_components/not-found-message";

/** Something missing inside the workspace: shown within the workspace's own main landmark, not in a second one. */
export default function WorkspaceNotFound() {
  return <NotFoundMessage />;
}
