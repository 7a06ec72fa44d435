import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** Runs a read; a NOT_FOUND AppError becomes the 404 page, anything else propagates. */
export function orNotFound<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
