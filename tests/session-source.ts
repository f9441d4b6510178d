/**
 * The one edge the session tests replace: the Auth.js instance (`@/lib/auth`),
 * which cannot load outside Next. Its `auth()` answers what a request's cookie
 * would decode to (`{ user: { id }, sid }`), or nothing. The real guard, the
 * sessions table and the user rows decide the rest.
 */
import { vi } from "vitest";

export const cookie: { value: { user: { id: string }; sid: string } | null } = { value: null };

/** Sets the decoded cookie the next requests carry (null: no cookie). */
export function carry(session: { userId: number; sessionId: string } | null): void {
  cookie.value = session ? { user: { id: String(session.userId) }, sid: session.sessionId } : null;
}

export function sessionSourceMock() {
  return {
    auth: vi.fn(async () => cookie.value),
    signIn: vi.fn(),
    signOut: vi.fn(),
    handlers: { GET: vi.fn(), POST: vi.fn() },
  };
}
