// Formula results in date-formatted cells that are no numbers (issue 15). exceljs turns the cached
// result of every formula in a date-formatted cell into a date, a text, TRUE/FALSE or error result
// too: `=1/0` reads as Invalid Date instead of #DIV/0!, a text result "2024" as a day in 1905.
// Excel applies a number format to numbers only and shows the others as they are. So such a cell
// gets a copy of its style with the General format: exceljs then reads its result as it is, and
// its font, fill and borders (bold header detection) stay. Plain string work: no Node built-in.
import { Splice, children, getAttr, setAttr, uniqueElement } from "./ooxml";

// Built-in formats exceljs takes for dates (its defaultnumformats.js, through isDateFmt); 27-36
// and 50-81 have no code there, so exceljs never treats them as dates.
const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** exceljs's isDateFmt: a date letter outside quoted text and [...] sections. */
const isDateCode = (code: string): boolean =>
  /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));

const NOT_A_NUMBER = /\st\s*=\s*["'](?:str|e|b)["']/;
const FORMULA_NEXT = /^\s*<f[\s>/]/;

/** A quick test: can the sheet hold a formula with a text, boolean or error result at all? */
export const mayHoldDatedResults = (sheet: string): boolean =>
  sheet.includes("<f") && NOT_A_NUMBER.test(sheet);

export class DatedResults {
  /** the `s` attribute of a cell in a style whose number format exceljs reads as a date */
  private readonly styleAttr?: RegExp;
  /** the copies made so far: original index -> index of its General copy */
  private readonly copies = new Map<number, number>();
  /** each `<xf>` element's text and the length of its start tag */
  private readonly xfs: Array<{ xml: string; tag: number }> = [];
  private readonly count: number = 0;

  /** `styles`: the styles part exactly as exceljs will read it (unprefixed). */
  constructor(private readonly styles: string | undefined) {
    if (!styles) return;
    const custom = new Map<number, string>();
    const numFmts = uniqueElement(styles, "numFmts");
    for (const f of numFmts ? children(styles, numFmts) : [])
      if (f.name === "numFmt") {
        const tag = styles.slice(f.start, f.end);
        custom.set(Number(getAttr(tag, "numFmtId")), getAttr(tag, "formatCode") ?? "");
      }
    const cellXfs = uniqueElement(styles, "cellXfs");
    const dated: number[] = [];
    const xfs = cellXfs ? children(styles, cellXfs).filter((x) => x.name === "xf") : [];
    this.count = xfs.length;
    xfs.forEach((x, i) => {
      this.xfs.push({ xml: styles.slice(x.start, x.elementEnd), tag: x.end - x.start });
      const id = parseInt(getAttr(styles.slice(x.start, x.end), "numFmtId") ?? "", 10);
      if (!id) return; // exceljs reads no format for 0 or none
      const code = custom.get(id);
      if (code !== undefined ? isDateCode(code) : BUILTIN_DATES.has(id)) dated.push(i);
    });
    // exceljs gives s="0" no style at all
    const ids = dated.filter((i) => i > 0);
    if (ids.length) this.styleAttr = new RegExp(`\\ss=(["'])(${ids.join("|")})\\1`, "g");
  }

  /**
   * The sheet with its date-formatted formula cells that hold a text, boolean or error result
   * moved to General copies of their styles; undefined when it has none.
   */
  undate(sheet: string): { xml: string; cells: number } | undefined {
    if (!this.styleAttr) return undefined;
    // The rarer side first: cells in a date style (s="N", as writers spell it), then among them
    // formula cells whose result is no number; a regular expression over every cell costs more.
    let edit: Splice | undefined;
    const re = this.styleAttr;
    re.lastIndex = 0;
    for (let m = re.exec(sheet); m; m = re.exec(sheet)) {
      const start = sheet.lastIndexOf("<", m.index);
      if (sheet.charCodeAt(start + 1) !== 99 /* c */ || !/\s/.test(sheet[start + 2])) continue;
      const end = sheet.indexOf(">", m.index);
      if (end < 0 || !NOT_A_NUMBER.test(sheet.slice(start, end))) continue;
      if (!FORMULA_NEXT.test(sheet.slice(end + 1, end + 40))) continue;
      const id = Number(m[2]);
      let copy = this.copies.get(id);
      if (copy === undefined) this.copies.set(id, (copy = this.count + this.copies.size));
      edit ??= new Splice(sheet);
      edit.replace(m.index, m[0].length, ` s=${m[1]}${copy}${m[1]}`);
    }
    return edit ? { xml: edit.apply(), cells: edit.size } : undefined;
  }

  /** The styles part with the copies `undate` asked for; undefined when none. */
  stylesWithCopies(): string | undefined {
    if (!this.styles || this.copies.size === 0) return undefined;
    const cellXfs = uniqueElement(this.styles, "cellXfs")!;
    const add = [...this.copies.keys()].map((id) => {
      const { xml, tag } = this.xfs[id];
      return setAttr(xml.slice(0, tag), "numFmtId", "0") + xml.slice(tag);
    });
    const edit = new Splice(this.styles);
    const open = this.styles.slice(cellXfs.start, cellXfs.end);
    edit.replace(cellXfs.start, open.length, setAttr(open, "count", String(this.count + add.length)));
    edit.insert(cellXfs.contentEnd, add.join(""));
    return edit.apply();
  }
}
