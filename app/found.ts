// A page's answer when the domain says "not found": the 404 page, which tells
// a non-member nothing about whether the meeting or series exists.
import { notFound } from "next/navigation";
import { isAppError } from "../lib/app-error";

export async function orNotFound<T>(result: Promise<T>): Promise<T> {
  try {
    return await result;
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") notFound();
    throw error;
  }
}
