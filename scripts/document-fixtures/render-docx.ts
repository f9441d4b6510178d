/**
 * Renders fixture blocks to a Word document with the `docx` package: one
 * paragraph per block, "\n" as a line break inside the paragraph (how a name
 * ends up wrapped), side-by-side columns as a borderless table.
 */
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from "docx";
import type { Block } from "./types";

const FONT = { eastAsia: "宋体", ascii: "Times New Roman", hAnsi: "Times New Roman" };

function runs(text: string, bold = false): TextRun[] {
  return text.split("\n").map((part, i) => new TextRun({ text: part, break: i > 0 ? 1 : 0, bold, font: FONT, size: bold ? 36 : 24 }));
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };

function blockContent(b: Block): (Paragraph | Table)[] {
  switch (b.kind) {
    case "title":
      return [new Paragraph({ children: runs(b.text, true), alignment: AlignmentType.CENTER, spacing: { after: 240 } })];
    case "p":
      return [
        new Paragraph({
          children: runs(b.text),
          alignment: b.align === "right" ? AlignmentType.RIGHT : b.align === "center" ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
          indent: b.indent ? { firstLine: 480 } : undefined,
        }),
      ];
    case "gap":
      return [new Paragraph({ children: [] })];
    case "columns":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          borders: { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER },
          rows: [new TableRow({ children: b.columns.map((c) => new TableCell({ children: c.map((l) => new Paragraph({ children: runs(l) })) })) })],
        }),
      ];
    case "rows":
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph({ children: runs(c) })] })) })),
        }),
      ];
  }
}

export async function renderDocx(blocks: Block[]): Promise<Buffer> {
  const doc = new Document({
    creator: "Accord test fixtures",
    title: "Test fixture (not a real agreement)",
    sections: [{ children: blocks.flatMap(blockContent) }],
  });
  return Packer.toBuffer(doc);
}
