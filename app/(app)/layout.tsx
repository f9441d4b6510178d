import { AppShell } from "@/components/layout/app-shell";
import { requireSession } from "@/lib/auth/guard";
import { isSampleDatabase } from "@/db/queries/meta";
import { getDb } from "@/db/client";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireSession();
  const sample = await isSampleDatabase(await getDb());
  return (
    <AppShell user={user} sample={sample}>
      {children}
    </AppShell>
  );
}
