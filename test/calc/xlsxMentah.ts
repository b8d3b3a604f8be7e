// A bare .xlsx written part by part, for formulas LibreOffice is to compute: constants (numbers
// with all their digits, inline strings, logicals) and formulas as a dynamic-array Excel saves
// them (an array formula over the cells it fills, t="array"), with no cached value, so that
// nothing but the formula decides what a reader shows.
import JSZip from "jszip";
import { toA1 } from "../../src/core/grid";
import { escapeAttr, escapeText, MAIN_NS, REL_NS } from "../../src/cli/ooxml";

export type IsiSel =
  | { nilai: number | string | boolean }
  /** A formula as a file stores it (no "=", _xlfn. prefixes); `luas` rows x cols it fills. */
  | { rumus: string; luas?: { rows: number; cols: number } };

export type LembarMentah = { name: string; cells: Map<number, Map<number, IsiSel>> };

export function set(sheet: LembarMentah, row: number, col: number, isi: IsiSel): void {
  const r = sheet.cells.get(row) ?? new Map<number, IsiSel>();
  sheet.cells.set(row, r);
  r.set(col, isi);
}

function sel(row: number, col: number, isi: IsiSel): string {
  const ref = toA1(row, col);
  if ("rumus" in isi) {
    const l = isi.luas ?? { rows: 1, cols: 1 };
    const area = `${ref}:${toA1(row + l.rows - 1, col + l.cols - 1)}`;
    return `<c r="${ref}"><f t="array" ref="${area}">${escapeText(isi.rumus)}</f></c>`;
  }
  const v = isi.nilai;
  if (typeof v === "number") return `<c r="${ref}"><v>${String(v)}</v></c>`;
  if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
  return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeText(v)}</t></is></c>`;
}

function sheetXml(sheet: LembarMentah): string {
  const rows = [...sheet.cells.keys()].sort((a, b) => a - b);
  const body = rows
    .map((r) => {
      const cells = sheet.cells.get(r) as Map<number, IsiSel>;
      const cols = [...cells.keys()].sort((a, b) => a - b);
      return `<row r="${r}">${cols.map((c) => sel(r, c, cells.get(c) as IsiSel)).join("")}</row>`;
    })
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${body}</sheetData></worksheet>`;
}

export async function tulisXlsx(sheets: LembarMentah[]): Promise<Buffer> {
  const pkg = "http://schemas.openxmlformats.org/package/2006";
  const ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const z = new JSZip();
  z.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${pkg}/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${ct}.sheet.main+xml"/>${sheets
      .map(
        (_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ct}.worksheet+xml"/>`,
      )
      .join("")}</Types>`,
  );
  z.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${pkg}/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  z.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets
      .map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
      .join("")}</sheets><calcPr fullCalcOnLoad="1"/></workbook>`,
  );
  z.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${pkg}/relationships">${sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join("")}</Relationships>`,
  );
  sheets.forEach((s, i) => z.file(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(s)));
  return z.generateAsync({ type: "nodebuffer" });
}
