// Valid but odd, and pathological, .xlsx packages built part by part with jszip (issue 15): the
// fixtures of the reader's tests. Nothing large is kept in git; each file is built in a moment.
import JSZip from "jszip";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const CT = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export type Value = string | number | null;

/** A small IKU table the engine recognises: header, one numbered row, values. */
export const TABLE: Value[][] = [
  ["No", "Indikator Kinerja Utama", "Satuan", "Target 2022", "Target 2023"],
  [1, "Persentase fakir miskin yang berdaya", "%", 10, 12],
  [2, "Persentase penurunan PMKS", "%", 1.45, 1.47],
];

export const col = (n: number): string => {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** `<row>` elements for rows of values; text as inline strings, or shared-string indexes. */
export function rowsXml(
  rows: Value[][],
  opts: { from?: number; refs?: boolean; sst?: string[]; prefix?: string } = {},
): string {
  const p = opts.prefix ? `${opts.prefix}:` : "";
  const refs = opts.refs ?? true;
  const from = opts.from ?? 1;
  return rows
    .map((cells, i) => {
      const r = from + i;
      const cs = cells
        .map((v, j) => {
          if (v === null) return "";
          const ref = refs ? ` r="${col(j + 1)}${r}"` : "";
          if (typeof v === "number") return `<${p}c${ref}><${p}v>${v}</${p}v></${p}c>`;
          if (opts.sst) {
            let k = opts.sst.indexOf(v);
            if (k < 0) k = opts.sst.push(v) - 1;
            return `<${p}c${ref} t="s"><${p}v>${k}</${p}v></${p}c>`;
          }
          return `<${p}c${ref} t="inlineStr"><${p}is><${p}t>${esc(v)}</${p}t></${p}is></${p}c>`;
        })
        .join("");
      return `<${p}row${refs ? ` r="${r}"` : ""}>${cs}</${p}row>`;
    })
    .join("");
}

export const STYLES = `${DECL}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3"><xf/><xf fontId="1" applyFont="1"/><xf fillId="2" applyFill="1"/></cellXfs><dxfs count="1"><dxf><font><b/></font></dxf></dxfs></styleSheet>`;

export const sstXml = (strings: string[]): string =>
  `${DECL}<sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`).join("")}</sst>`;

export const worksheet = (sheetData: string, before = "", after = ""): string =>
  `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">${before}<sheetData>${sheetData}</sheetData>${after}</worksheet>`;

export type Spec = {
  /** the sheet's XML (default: TABLE in inline strings) */
  sheet?: string;
  /** shared strings (a part only when given) */
  sst?: string[];
  /** the styles part; false for none */
  styles?: string | false;
  /** parts replaced or added, by part name */
  parts?: Record<string, string | Buffer>;
  /** zip entry names for part names (Windows separators, leading slash, ...) */
  names?: Record<string, string>;
  /** parts written as UTF-16 (little endian, with a byte-order mark) */
  utf16?: string[];
  /** sheet name, state and the workbook's date system */
  sheetName?: string;
  state?: string;
  date1904?: boolean;
};

/** A one-sheet package in the usual layout, changed as the spec says. */
export async function buildPackage(spec: Spec = {}): Promise<Buffer> {
  const parts: Record<string, string | Buffer> = {
    "[Content_Types].xml": `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="${CT}.worksheet+xml"/></Types>`,
    "_rels/.rels": `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    "xl/workbook.xml": `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ""}<sheets><sheet name="${esc(spec.sheetName ?? "Tabel").replace(/"/g, "&quot;")}" sheetId="1"${spec.state ? ` state="${spec.state}"` : ""} r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels": `${DECL}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${spec.styles === false ? "" : `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`}${spec.sst ? `<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ""}</Relationships>`,
    "xl/worksheets/sheet1.xml": spec.sheet ?? worksheet(rowsXml(TABLE)),
  };
  if (spec.styles !== false) parts["xl/styles.xml"] = spec.styles ?? STYLES;
  if (spec.sst) parts["xl/sharedStrings.xml"] = sstXml(spec.sst);
  Object.assign(parts, spec.parts ?? {});
  const zip = new JSZip();
  for (const [part, content] of Object.entries(parts)) {
    let data = content;
    if (spec.utf16?.includes(part) && typeof content === "string")
      data = Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from(content.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le"),
      ]);
    zip.file(spec.names?.[part] ?? part, data);
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
