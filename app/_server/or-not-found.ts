import { notFound } from "next/navigation";
import { isAppError } from "@/lib/errors";

/** Runs a read; a NOT_FOUND AppError becomes the 404 page, anything else propagates. */
export async function orNotFound<T>(read: () => Promise<T> | T): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
