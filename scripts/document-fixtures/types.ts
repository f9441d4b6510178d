/**
 * How the test documents are described: their content as blocks (rendered to
 * PDF by Chromium and to DOCX by the `docx` package) and, written by hand
 * beside it, the fields a reader should find in them.
 */
import type { PartyRole } from "@/lib/documents/extract-fields";

/** A line break inside a paragraph is "\n" (a name wrapped onto the next line). */
export type Block =
  | { kind: "title"; text: string }
  | { kind: "p"; text: string; indent?: boolean; align?: "right" | "center" }
  | { kind: "gap" }
  /** Side-by-side columns, one paragraph per line, as signature blocks are laid out. */
  | { kind: "columns"; columns: string[][] }
  /** A bordered table, one row per entry: label cell, value cell (a Word template's party block). */
  | { kind: "rows"; rows: string[][] };

export interface ExpectedParty {
  role: PartyRole;
  /** The name as the document writes it. */
  name: string;
  /** The registry organisation (its nameZh in registry.ts) it must be matched to, or null for none. */
  organization: string | null;
}

/** What the extraction must answer; a field absent here must be absent there too. */
export type Expected =
  | {
      fields: {
        titleZh?: string;
        parties?: ExpectedParty[];
        signedValue?: string;
        signedOn?: string;
        termStart?: string;
        termEnd?: string;
        category?: string;
      };
    }
  | { error: "noTextLayer" };

export interface FixtureSpec {
  /** File name without extension: "01-strategic-bank". */
  name: string;
  /** "scan-pdf" is a PDF of a picture of the text: no text layer. */
  format: "pdf" | "docx" | "scan-pdf" | "png" | "jpeg";
  blocks: Block[];
  expected: Expected;
}
