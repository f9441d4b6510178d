import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    /** The server-side session started at sign-in (db/schema/sessions.ts). */
    sid?: string;
  }
  interface Session {
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    sid?: string;
  }
}
