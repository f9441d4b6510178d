// pdf.js ships no types for its worker module; the server imports it only for its side effect
// (registering the worker in-process, lib/documents/text/pdf-text.ts).
declare module "pdfjs-dist/legacy/build/pdf.worker.mjs";
