import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChannelActions } from "@/components/reminders/channel-actions";
import { ChannelForm } from "@/components/reminders/channel-form";
import { DeliveryTable } from "@/components/reminders/delivery-table";
import { ReminderSettingsForm } from "@/components/reminders/reminder-settings-form";
import { RunJobButton } from "@/components/reminders/run-job-button";
import { PageHeader } from "@/components/ui/page-header";
import { getDb } from "@/db/client";
import { getStaleDays } from "@/db/mutations/reminders";
import { listChannels, listRecentDeliveries } from "@/db/queries/notification-channels";
import { requireRole } from "@/lib/auth/guard";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reminders.admin"))("title") };
}

const card = "rounded-xl border border-slate-200 bg-white p-5 shadow-sm";

/** Admins: the staleness rule, the channels reminders go to, a test button per channel, and every delivery attempt. */
export default async function NotificationSettingsPage() {
  await requireRole("admin");
  const db = await getDb();
  const [channels, deliveries, staleDays] = await Promise.all([listChannels(db), listRecentDeliveries(db), getStaleDays(db)]);
  const t = await getTranslations("reminders.admin");
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="rules-h" className={card}>
          <h2 id="rules-h" className="mb-3 text-base font-semibold">{t("settingsTitle")}</h2>
          <ReminderSettingsForm staleDays={staleDays} />
        </section>
        <section aria-labelledby="job-h" className={card}>
          <h2 id="job-h" className="text-base font-semibold">{t("runTitle")}</h2>
          <p className="mb-3 mt-1 text-sm text-slate-500">{t("runHint")}</p>
          <RunJobButton />
        </section>
      </div>
      <section aria-labelledby="channels-h">
        <h2 id="channels-h" className="mb-3 text-base font-semibold">{t("channelsTitle")}</h2>
        {channels.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-500" data-testid="channels-empty">{t("channelsEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm" data-testid="channel-list">
            {channels.map((c) => (
              <li key={c.id} className="flex flex-wrap items-start justify-between gap-3 px-5 py-3" data-testid="channel-row">
                <div className="min-w-0">
                  <p className="font-medium text-slate-900">{c.name}</p>
                  <p className="text-sm text-slate-600">
                    {t(`kinds.${c.kind}`)}
                    {c.hasSecret && <span className="ml-2 rounded bg-slate-100 px-1.5 text-xs text-slate-600">{t("signed")}</span>}
                  </p>
                  <p className="break-all font-mono text-xs text-slate-500">{c.url}</p>
                </div>
                <ChannelActions id={c.id} name={c.name} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="add-channel-h" className={card}>
        <h2 id="add-channel-h" className="mb-3 text-base font-semibold">{t("addTitle")}</h2>
        <ChannelForm />
      </section>
      <section aria-labelledby="deliveries-h">
        <h2 id="deliveries-h" className="mb-3 text-base font-semibold">{t("deliveriesTitle")}</h2>
        {deliveries.length === 0 ? (
          <p className="rounded-xl border border-dashed border-slate-300 bg-white p-6 text-center text-slate-500" data-testid="deliveries-empty">{t("deliveriesEmpty")}</p>
        ) : (
          <DeliveryTable rows={deliveries} />
        )}
      </section>
    </div>
  );
}
