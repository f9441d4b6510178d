import bcrypt from "bcryptjs";

const COST = 12;

/** bcrypt (pure JS, no native build step); cost 12 is ~250 ms on this hardware. */
export function hashPassword(plain: string): Promise<string> {
  return bcrypt.hash(plain, COST);
}

export function verifyPassword(plain: string, hash: string): Promise<boolean> {
  return bcrypt.compare(plain, hash);
}
