import { AppShell } from "@/components/layout/app-shell";
import { getDb } from "@/db/client";
import { isSampleDatabase } from "@/db/queries/meta";
import { requireSignedIn } from "@/lib/auth/guard";

// The user's own account pages: open to anyone signed in, including someone who
// must first replace a one-time password (every other page sends them here).
export default async function AccountLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSignedIn();
  const sample = await isSampleDatabase(await getDb());
  return (
    <AppShell user={user} sample={sample}>
      {children}
    </AppShell>
  );
}
