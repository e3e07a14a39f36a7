/**
 * Expected failures of an action or a page, with a message fit to show the user. Anything else
 * is logged and replaced by a generic message.
 */
export class UserFacingError extends Error {
  constructor(
    message: string,
    readonly kind: "not_found" | "forbidden" | "conflict" | "invalid" | "unauthenticated",
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "UserFacingError";
  }
}

export const notFound = (what = "记录") => new UserFacingError(`${what}不存在或您无权查看`, "not_found");
export const conflict = (message: string) => new UserFacingError(message, "conflict");
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) =>
  new UserFacingError(message, "invalid", fieldErrors);
