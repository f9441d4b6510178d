/**
 * Attachments through their real route handlers and action against a real
 * database (PGlite, or Postgres with DATABASE_URL): upload with type sniffing
 * and limits, deduplicated storage, download headers, soft delete into history
 * and audit, and who may do what. Only the session source is replaced.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

vi.mock("@/db/client", async (importOriginal) => (await import("./fixtures")).dbClientMock(await importOriginal<typeof import("@/db/client")>()));
vi.mock("@/lib/auth", async () => (await import("./fixtures")).authMock());
vi.mock("next/navigation", async () => (await import("./fixtures")).navigationMock());
vi.mock("next/cache", async () => (await import("./fixtures")).cacheMock());

import { eq } from "drizzle-orm";
import { removeAttachmentAction } from "@/app/(app)/agreements/[id]/actions";
import { GET as listRoute, POST as uploadRoute } from "@/app/api/v1/agreements/[id]/attachments/route";
import { GET as downloadRoute } from "@/app/api/v1/attachments/[id]/route";
import { listAgreementHistory } from "@/db/queries/agreement-detail";
import { attachments, auditLog, documentBlobs } from "@/db/schema";
import { MAX_DOCUMENT_BYTES } from "@/lib/documents/file-types";
import { fixtureBytes } from "./document-fixtures";
import { baseFixtures, insertAgreementRows, signIn, state, type Fx } from "./fixtures";
import { createTestDb, type TestDb } from "./test-db";
import { getRequest, idParams, pdfOfSize, uploadRequest } from "./upload-requests";

let t: TestDb;
let fx: Fx;
let agreementId: number;
let otherId: number;
let deletedId: number;

const pdf = fixtureBytes("01-strategic-bank-pdf.pdf");
const docx = fixtureBytes("06-preamble-jiaofen-docx.docx");
const png = fixtureBytes("10-scan-png.png");

const upload = (id: number | string, bytes: Uint8Array, name: string, opts?: Parameters<typeof uploadRequest>[3]) =>
  uploadRoute(uploadRequest(`/api/v1/agreements/${id}/attachments`, bytes, name, opts), idParams(id));
const list = async (id: number) => (await (await listRoute(getRequest(`/api/v1/agreements/${id}/attachments`), idParams(id))).json()).items;
const download = (id: number | string) => downloadRoute(getRequest(`/api/v1/attachments/${id}`), idParams(id));
const stored = async () => ({ attachments: await t.db.$count(attachments), blobs: await t.db.$count(documentBlobs) });

beforeAll(async () => {
  t = await createTestDb();
  state.db = t.db;
  state.kind = t.kind;
});
afterAll(() => t?.close());

beforeEach(async () => {
  await t.reset();
  fx = await baseFixtures(t.db);
  const base = { categoryId: fx.cat.fin.id, status: "signed" as const, signedOn: "2025-07-10", signedValue: "350000000.00", partyIds: [fx.org.cqrcb.id, fx.org.msxj.id] };
  [{ id: agreementId }, { id: otherId }, { id: deletedId }] = await insertAgreementRows(t.db, [
    { ...base, reference: "CQ-2025-0001", titleZh: "战略合作协议" },
    { ...base, reference: "CQ-2025-0002", titleZh: "框架协议" },
    { ...base, reference: "CQ-2025-0003", titleZh: "已删除的协议", deleted: true },
  ]);
  signIn(fx.users.staff);
});

describe("uploading", () => {
  it("attaches a PDF: stored once with its real type, listed with name, size, type, uploader and time, written to history", async () => {
    const res = await upload(agreementId, pdf, "战略合作协议（签署版）.pdf");
    expect(res.status).toBe(201);
    const { attachment, created } = await res.json();
    expect(created).toBe(true);
    expect(attachment).toMatchObject({ fileName: "战略合作协议（签署版）.pdf", contentType: "application/pdf", sizeBytes: pdf.byteLength, url: `/api/v1/attachments/${attachment.id}` });
    const [item] = await list(agreementId);
    expect(item).toMatchObject({ id: attachment.id, fileName: "战略合作协议（签署版）.pdf", contentType: "application/pdf", sizeBytes: pdf.byteLength, uploadedByName: "李专员" });
    expect(new Date(item.uploadedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const [entry] = await listAgreementHistory(t.db, agreementId);
    expect(entry).toMatchObject({ action: "attach", actorName: "李专员", after: { attachmentId: attachment.id, fileName: "战略合作协议（签署版）.pdf", sizeBytes: pdf.byteLength } });
    expect(await stored()).toEqual({ attachments: 1, blobs: 1 });
  });

  it("keeps the same file once: again on the same agreement it is the same attachment, on another it shares the bytes", async () => {
    const first = await (await upload(agreementId, docx, "协议.docx")).json();
    const again = await upload(agreementId, docx, "协议（副本）.docx");
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ created: false, attachment: { id: first.attachment.id, fileName: "协议.docx" } });
    expect((await upload(otherId, docx, "协议.docx")).status).toBe(201);
    expect(await stored()).toEqual({ attachments: 2, blobs: 1 });
    expect(await t.db.$count(auditLog, eq(auditLog.action, "attach"))).toBe(2);
  });

  it("decides the type by the bytes: a .pdf that is HTML is refused and nothing is stored; a PNG named .pdf is kept as a PNG", async () => {
    const html = new TextEncoder().encode("<!doctype html><html><body><script>alert(1)</script></body></html>");
    const refused = await upload(agreementId, html, "合同.pdf");
    expect(refused.status).toBe(415);
    expect(await refused.json()).toEqual({ error: "unsupportedType" });
    expect(await stored()).toEqual({ attachments: 0, blobs: 0 });
    const res = await upload(agreementId, png, "scan.pdf");
    expect(await res.json()).toMatchObject({ attachment: { contentType: "image/png", fileName: "scan.pdf.png" } });
  });

  it("takes a file of exactly 20 MB and refuses one byte more, before storing anything", async () => {
    expect((await upload(agreementId, pdfOfSize(MAX_DOCUMENT_BYTES), "large.pdf")).status).toBe(201);
    const res = await upload(otherId, pdfOfSize(MAX_DOCUMENT_BYTES + 1), "too-large.pdf");
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({ error: "tooLarge" });
    expect(await stored()).toEqual({ attachments: 1, blobs: 1 });
  });

  it("refuses a body announced as too large without reading it", async () => {
    const req = new Request("http://localhost:3000/api/v1/agreements/1/attachments", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(MAX_DOCUMENT_BYTES * 2), host: "localhost:3000" },
      body: new ReadableStream({ pull: () => { throw new Error("the body was read"); } }),
      duplex: "half",
    } as RequestInit);
    expect((await uploadRoute(req, idParams(agreementId))).status).toBe(413);
  });

  it("answers a request without a usable file with a 4xx that names the problem", async () => {
    const notMultipart = new Request("http://localhost:3000/x", { method: "POST", body: "{}", headers: { "content-type": "application/json" } });
    expect(await (await uploadRoute(notMultipart, idParams(agreementId))).json()).toEqual({ error: "expectedMultipart" });
    const wrongField = await upload(agreementId, pdf, "a.pdf", { field: "document" });
    expect([wrongField.status, await wrongField.json()]).toEqual([400, { error: "fileMissing" }]);
    const empty = await upload(agreementId, new Uint8Array(), "empty.pdf");
    expect([empty.status, await empty.json()]).toEqual([400, { error: "emptyFile" }]);
  });

  it("answers 404 for an agreement that is deleted, missing or not an id", async () => {
    for (const id of [deletedId, 999999, "abc"]) expect((await upload(id, pdf, "a.pdf")).status).toBe(404);
    expect(await stored()).toEqual({ attachments: 0, blobs: 0 });
  });

  it("refuses an upload sent from another site with the user's cookie", async () => {
    const res = await upload(agreementId, pdf, "a.pdf", { origin: "https://evil.example" });
    expect([res.status, await res.json()]).toEqual([403, { error: "crossOrigin" }]);
    expect((await upload(agreementId, pdf, "a.pdf", { origin: null })).status).toBe(201); // a script: no Origin at all
  });
});

describe("who may do what", () => {
  it("lets an executive list and download but not upload; nobody signed out gets anything", async () => {
    const { attachment } = await (await upload(agreementId, pdf, "协议.pdf")).json();
    signIn(fx.users.executive);
    expect((await upload(agreementId, docx, "b.docx")).status).toBe(403);
    expect(await list(agreementId)).toHaveLength(1);
    expect((await download(attachment.id)).status).toBe(200);
    signIn(null);
    expect((await upload(agreementId, docx, "b.docx")).status).toBe(401);
    expect((await listRoute(getRequest("/x"), idParams(agreementId))).status).toBe(401);
    expect((await download(attachment.id)).status).toBe(401);
    signIn(fx.users.deactivated);
    expect((await download(attachment.id)).status).toBe(401);
  });

  it("lets an admin attach too", async () => {
    signIn(fx.users.admin);
    expect((await upload(agreementId, pdf, "a.pdf")).status).toBe(201);
  });
});

describe("downloading", () => {
  it("sends the stored bytes as an attachment of the stored type, not sniffable, not cached", async () => {
    const { attachment } = await (await upload(agreementId, pdf, "战略合作协议.pdf")).json();
    const res = await download(attachment.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(
      `attachment; filename="attachment-${attachment.id}.pdf"; filename*=UTF-8''${encodeURIComponent("战略合作协议.pdf")}`,
    );
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("content-security-policy")).toContain("sandbox");
    expect(res.headers.get("content-length")).toBe(String(pdf.byteLength));
    expect(Buffer.compare(Buffer.from(await res.arrayBuffer()), Buffer.from(pdf))).toBe(0);
  });

  it("answers 404 for an attachment that does not exist", async () => {
    expect((await download(424242)).status).toBe(404);
    expect((await download("1e3")).status).toBe(404);
  });
});

describe("removing", () => {
  it("is a soft delete: gone from the list and the download, kept as a row, in the history and the audit", async () => {
    const { attachment } = await (await upload(agreementId, pdf, "协议.pdf")).json();
    expect(await removeAttachmentAction({ id: attachment.id })).toEqual({ ok: true, data: { agreementId } });
    expect(await list(agreementId)).toEqual([]);
    expect((await download(attachment.id)).status).toBe(404);
    const [row] = await t.db.select().from(attachments).where(eq(attachments.id, attachment.id));
    expect(row.deletedAt).not.toBeNull();
    expect(row.deletedBy).toBe(fx.users.staff.id);
    expect(await stored()).toEqual({ attachments: 1, blobs: 1 });
    const [entry] = await listAgreementHistory(t.db, agreementId);
    expect(entry).toMatchObject({ action: "detach", actorName: "李专员", before: { attachmentId: attachment.id, fileName: "协议.pdf" } });
    // The same file attached again is a new attachment.
    expect((await upload(agreementId, pdf, "协议.pdf")).status).toBe(201);
  });

  it("refuses an executive, and a second removal is not found", async () => {
    const { attachment } = await (await upload(agreementId, pdf, "协议.pdf")).json();
    signIn(fx.users.executive);
    await expect(removeAttachmentAction({ id: attachment.id })).rejects.toThrow("FORBIDDEN");
    signIn(fx.users.staff);
    expect((await removeAttachmentAction({ id: attachment.id })).ok).toBe(true);
    expect(await removeAttachmentAction({ id: attachment.id })).toMatchObject({ ok: false, code: "notFound" });
    expect(await removeAttachmentAction({ id: "x" as unknown as number })).toMatchObject({ ok: false, code: "invalid" });
  });
});
