// `--out`: a copy of the workbook with every finding marked on its cell (error red, warning
// amber, info blue), the messages in a note, and a first sheet "Hasil Pemeriksaan" listing the
// findings with links to their cells. The input file is read, never written.
//
// The copy is the input package edited in place, not a workbook rebuilt by a library: every part
// we do not need to touch stays byte for byte as it was (charts, pivot tables, external links,
// data validations, themes, anything a library would not read back). What marking adds:
// - styles.xml: the three severity fills and, for each style a marked cell had, a copy of that
//   style with the fill; the marked cell points at its copy, so no other cell sharing the style
//   changes (a cell format is shared by index in the file);
// - the marked sheets: the `s` attribute of the marked cells (an empty cell is added where the
//   finding's cell was never written), a note per marked cell (comments part and VML shape,
//   appended to the sheet's own when it has them), `legacyDrawing` when the sheet had no notes;
// - the results sheet (inline strings, so sharedStrings.xml is untouched), its relationship,
//   content type and defined names (filter, print titles), first in the workbook and active;
//   the other sheets' `tabSelected` is cleared and sheet-scoped names move up one index;
// - calcChain.xml is dropped (a cache Excel rebuilds; it would name sheets by position).
import JSZip from "jszip";
import type { Report } from "../core/report";
import { EMPTY_STYLES, FILL, Styles, TONE_RANK, toneOf } from "./markStyles";
import { InputError } from "./inputError";
import { writeAtomically } from "./outPath";
import { Mark, ShapeIds, addNotes, markCells, onMergeMasters } from "./markSheet";
import { TEXT, quoteSheet, resultStyles, resultsSheet } from "./resultsSheet";
import {
  CONTENT_TYPE,
  ContentTypes,
  Package,
  REL,
  REL_NS,
  Splice,
  addRel,
  attrs,
  children,
  colLetters,
  element,
  escapeAttr,
  escapeText,
  findElement,
  getAttr,
  parseCell,
  prefixFor,
  readRels,
  relType,
  relativeTarget,
  relsPath,
  removeAttr,
  resolveTarget,
  schemaName,
  setAttr,
  tags,
} from "./ooxml";

export { FILL };

// ---------------------------------------------------------------------------------------------
// The workbook part.

type SheetEntry = { name: string; part?: string; worksheet: boolean };

/** Workbook children that come after definedNames (the schema's order). */
const AFTER_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

function uniqueSheetName(base: string, names: string[]): string {
  const taken = new Set(names.map((n) => n.toLowerCase()));
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} (${i})`;
  return name;
}

/** The marked copy as bytes. A package too damaged to edit gives an InputError that says so. */
export async function markedCopy(
  input: Buffer,
  report: Report,
  lang: "id" | "en",
  now = new Date(),
): Promise<Buffer> {
  try {
    return await editPackage(input, report, lang, now);
  } catch (e) {
    const detail = (e as Error).message;
    throw new InputError(
      `salinan bertanda tidak dapat dibuat karena bagian buku kerja tidak lengkap atau rusak (${detail}). Buka dan simpan ulang di Excel, lalu coba lagi.`,
      `the marked copy cannot be made: parts of the workbook are missing or damaged (${detail}). Open and save it again in Excel, then try again.`,
    );
  }
}

async function editPackage(input: Buffer, report: Report, lang: "id" | "en", now: Date): Promise<Buffer> {
  const zip = await JSZip.loadAsync(input);
  const pkg = new Package(zip, input);
  const docRel = readRels(await pkg.text("_rels/.rels")).find((r) => relType(r.type, "officeDocument"));
  if (!docRel) throw new Error("no workbook part");
  const wbPath = resolveTarget("", docRel.target);
  const wbRelsPath = relsPath(wbPath);
  let wbXml = await pkg.text(wbPath);
  let wbRels = await pkg.text(wbRelsPath);
  const ctXml = await pkg.text("[Content_Types].xml");
  if (wbXml === undefined || wbRels === undefined || ctXml === undefined)
    throw new Error("incomplete package");
  const ct = new ContentTypes(ctXml);
  const rels = readRels(wbRels);
  const wbRoot = findElement(wbXml, "workbook");
  const sheetsEl = findElement(wbXml, "sheets");
  if (!wbRoot || !sheetsEl) throw new Error("workbook without <sheets>");
  const sheets: SheetEntry[] = children(wbXml, sheetsEl)
    .filter((c) => c.name === "sheet")
    .map((c) => {
      const a = attrs(wbXml!.slice(c.start, c.end));
      const rid = [...a].find(([k]) => /:id$/.test(k))?.[1];
      const rel = rels.find((r) => r.id === rid);
      return {
        name: a.get("name") ?? "",
        part: rel && !rel.external ? resolveTarget(wbPath, rel.target) : undefined,
        worksheet: !!rel && relType(rel.type, "worksheet"),
      };
    });

  // Styles (created when the package has none).
  const stylesRel = rels.find((r) => relType(r.type, "styles"));
  let stylesPath = stylesRel ? resolveTarget(wbPath, stylesRel.target) : undefined;
  let stylesXml = stylesPath ? await pkg.text(stylesPath) : undefined;
  if (!stylesPath || stylesXml === undefined) {
    stylesPath = stylesPath ?? `${wbPath.slice(0, wbPath.lastIndexOf("/") + 1)}styles.xml`;
    stylesXml = EMPTY_STYLES;
    if (!stylesRel) wbRels = addRel(wbRels, REL.styles, relativeTarget(wbPath, stylesPath)).xml;
    ct.override(stylesPath, CONTENT_TYPE.styles);
  }
  const styles = new Styles(stylesXml);

  // The marks: the worst open finding of a cell decides its colour (a cell whose findings were all
  // accepted in the pane is grey); all its messages go in the note, an accepted one with its reason.
  const T = TEXT[lang];
  const marks = new Map<string, Map<string, Mark>>();
  for (const f of report.findings) {
    const sheet = sheets.find((s) => s.name === f.sheet && s.worksheet && s.part);
    const at = parseCell(f.cell);
    if (!sheet || !at) continue;
    const ref = `${colLetters(at.col)}${at.row}`;
    const byCell = marks.get(sheet.name) ?? new Map<string, Mark>();
    marks.set(sheet.name, byCell);
    const line =
      `Cermat IKU (${f.rule}): ${f.message}` + (f.accepted ? `\n${T.acceptedNote(f.accepted.reason)}` : "");
    const tone = toneOf(f);
    const m = byCell.get(ref);
    if (!m) byCell.set(ref, { ...at, ref, tone, note: line });
    else {
      if (TONE_RANK[tone] < TONE_RANK[m.tone]) m.tone = tone;
      m.note += `\n${line}`;
    }
  }
  const shapeTexts: string[] = [];
  for (const p of pkg.parts())
    if (/\.vml$/i.test(p) || /drawings\/[^/]+\.xml$/i.test(p)) shapeTexts.push((await pkg.text(p)) ?? "");
  const ids = new ShapeIds(shapeTexts);

  for (const sheet of sheets) {
    if (!sheet.part) continue;
    let xml = await pkg.text(sheet.part);
    if (xml === undefined) continue;
    const before = xml;
    const list = onMergeMasters(xml, [...(marks.get(sheet.name)?.values() ?? [])]);
    if (list.length) {
      xml = markCells(xml, list, styles);
      xml = await addNotes(pkg, sheet.part, xml, list, ids, ct);
    }
    // The results sheet opens first: no other sheet stays selected with it.
    if (xml.includes("tabSelected")) {
      const views = findElement(xml, "sheetViews");
      if (views) {
        const edit = new Splice(xml);
        for (const v of children(xml, views)) {
          const tag = xml.slice(v.start, v.end);
          if (v.name === "sheetView" && getAttr(tag, "tabSelected") !== undefined)
            edit.replace(v.start, v.end - v.start, removeAttr(tag, "tabSelected"));
        }
        xml = edit.apply();
      }
    }
    if (xml !== before) pkg.put(sheet.part, xml);
  }

  // The results sheet.
  const name = uniqueSheetName(
    T.sheet,
    sheets.map((s) => s.name),
  );
  const st = resultStyles(styles);
  const linkable = new Set(sheets.filter((s) => s.worksheet).map((s) => s.name));
  const results = resultsSheet(
    report,
    lang,
    st,
    sheets.map((s) => s.name),
    linkable,
    now,
  );
  const wbDir = wbPath.slice(0, wbPath.lastIndexOf("/") + 1);
  const resultsPart = pkg.fresh(`${wbDir}worksheets/sheet`, ".xml");
  pkg.put(resultsPart, results.xml);
  ct.override(resultsPart, CONTENT_TYPE.worksheet);
  const added = addRel(wbRels, REL.worksheet, relativeTarget(wbPath, resultsPart));
  wbRels = added.xml;
  pkg.put(stylesPath, styles.toXml());

  // calcChain.xml lists formula cells by sheet: a cache Excel rebuilds, dropped rather than kept stale.
  for (const r of readRels(wbRels).filter((x) => relType(x.type, "calcChain"))) {
    const target = resolveTarget(wbPath, r.target);
    pkg.remove(target);
    ct.remove(target);
    const text: string = wbRels;
    const t = [...tags(text)].find(
      (x) =>
        x.kind !== "close" && x.name === "Relationship" && getAttr(text.slice(x.start, x.end), "Id") === r.id,
    );
    if (t) wbRels = text.slice(0, t.start) + text.slice(element(text, t).elementEnd);
  }
  pkg.put(wbRelsPath, wbRels);

  // workbook.xml: the sheet first, sheet-scoped names one index up, our names, the active tab.
  const edit = new Splice(wbXml);
  const rootTag = wbXml.slice(wbRoot.start, wbRoot.end);
  let rp = prefixFor(rootTag, REL_NS);
  if (!rp) {
    rp = rootTag.includes("xmlns:r=") ? "cermatr" : "r";
    edit.replace(wbRoot.start, wbRoot.end - wbRoot.start, setAttr(rootTag, `xmlns:${rp}`, REL_NS));
  }
  const p = sheetsEl.prefix;
  const sheetIds = children(wbXml, sheetsEl).map((c) =>
    Number(getAttr(wbXml!.slice(c.start, c.end), "sheetId") ?? 0),
  );
  const sheetId = Math.max(0, ...sheetIds) + 1;
  edit.insert(
    sheetsEl.contentStart,
    `<${p}sheet name="${escapeAttr(name)}" sheetId="${sheetId}" ${rp}:id="${added.id}"/>`,
  );
  const q = quoteSheet(name);
  const ours =
    `<${p}definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeText(`${q}!$A$${results.headerRow}:$H$${results.filterLastRow}`)}</${p}definedName>` +
    `<${p}definedName name="_xlnm.Print_Titles" localSheetId="0">${escapeText(`${q}!$${results.headerRow}:$${results.headerRow}`)}</${p}definedName>`;
  // the workbook's elements after <sheets> (definedNames goes among them)
  const top = children(wbXml, { ...wbRoot, contentStart: sheetsEl.elementEnd });
  const names = top.find((c) => c.name === "definedNames");
  if (names) {
    for (const d of children(wbXml, names)) {
      const tag = wbXml.slice(d.start, d.end);
      const local = getAttr(tag, "localSheetId");
      if (local !== undefined && /^\d+$/.test(local))
        edit.replace(d.start, d.end - d.start, setAttr(tag, "localSheetId", String(Number(local) + 1)));
    }
    if (names.kind === "empty")
      edit.replace(names.start, names.end - names.start, `<${p}definedNames>${ours}</${p}definedNames>`);
    else edit.insert(names.contentStart, ours);
  } else {
    const after = top.find((c) => AFTER_NAMES.includes(schemaName(wbXml!, c)));
    edit.insert(after ? after.start : wbRoot.contentEnd, `<${p}definedNames>${ours}</${p}definedNames>`);
  }
  const views = children(wbXml, wbRoot).find((c) => c.name === "bookViews");
  if (views)
    for (const v of children(wbXml, views)) {
      let tag = wbXml.slice(v.start, v.end);
      if (v.name !== "workbookView") continue;
      tag = removeAttr(removeAttr(tag, "activeTab"), "firstSheet");
      edit.replace(v.start, v.end - v.start, tag);
    }
  wbXml = edit.apply();
  pkg.put(wbPath, wbXml);
  pkg.put("[Content_Types].xml", ct.toXml());
  return pkg.toBuffer();
}

export async function markWorkbook(
  input: Buffer,
  report: Report,
  out: string,
  lang: "id" | "en",
): Promise<void> {
  writeAtomically(out, await markedCopy(input, report, lang));
}
