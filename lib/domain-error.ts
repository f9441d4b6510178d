/** A refusal a person can act on, thrown by domain functions and returned to the form by the action wrapper. */
export class DomainError extends Error {
  constructor(
    public code: "invalid" | "conflict" | "notFound",
    message: string,
    public fieldErrors?: Record<string, string[]>,
    public details?: Record<string, string>,
  ) {
    super(message);
  }
}
