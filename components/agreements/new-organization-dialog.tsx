"use client";

import { useEffect, useRef } from "react";
import { createPortal } from "react-dom";
import { useTranslations } from "next-intl";
import { OrganizationForm } from "@/components/parties/organization-form";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { OrganizationOption } from "./party-picker";

/**
 * A modal <dialog> with the organisation form, portalled to <body> so it is not a
 * form nested inside the agreement form (the inner form stops its submit event).
 */
export function NewOrganizationDialog({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (org: OrganizationOption) => void }) {
  const t = useTranslations("agreementForm");
  const ref = useRef<HTMLDialogElement>(null);
  // The portal target exists only in the browser; render nothing until mounted so hydration matches.
  const mounted = useHydrated();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open, mounted]);
  if (!mounted) return null;
  return createPortal(
    <dialog ref={ref} onClose={onClose} aria-labelledby="new-org-title" data-testid="new-organization-dialog"
      className="m-auto w-[min(40rem,calc(100vw-2rem))] rounded-xl border border-slate-200 p-0 shadow-xl backdrop:bg-slate-900/40">
      <div className="p-5">
        <h2 id="new-org-title" className="mb-4 text-lg font-semibold">{t("newOrganization")}</h2>
        {open && <OrganizationForm onSaved={(org) => onCreated(org)} onCancel={onClose} />}
      </div>
    </dialog>,
    document.body,
  );
}
