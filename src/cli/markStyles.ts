// Cell formats of the marked copy: styles.xml gets new fonts, fills and cell formats appended,
// nothing existing is renumbered. A cell format is shared by index by every cell that uses it, so
// a marked cell gets a copy of its own format with the severity fill, never a change to the shared
// one (the trap of the earlier exceljs copy: `cell.fill = ...` painted every cell of that style).
import type { Finding } from "../core/report";
import { Element, Splice, XML_DECL, children, findElement, setAttr } from "./ooxml";

export const FILL: Record<Finding["severity"], string> = {
  error: "FFF4B6B6",
  warning: "FFFFD98A",
  info: "FFCFE2F3",
};
export { SEVERITY_RANK as RANK } from "../core/report";

/**
 * How a marked cell is painted: in its worst open finding's severity, or, when every finding on
 * it was accepted with a reason in the pane, in a neutral grey that no severity uses.
 */
export type Tone = Finding["severity"] | "accepted";
export const TONE_FILL: Record<Tone, string> = { ...FILL, accepted: "FFE7E6E6" };
/** Lower wins: an open finding on a cell outranks an accepted one. */
export const TONE_RANK: Record<Tone, number> = { error: 0, warning: 1, info: 2, accepted: 3 };
/** A finding's tone: "accepted" once the planner accepted it, else its severity. */
export const toneOf = (f: Finding): Tone => (f.accepted ? "accepted" : f.severity);
export const NOTE_AUTHOR = "Cermat IKU";
// ---------------------------------------------------------------------------------------------
// styles.xml: new fonts, fills and cell formats are appended; nothing existing is renumbered.

const STYLE_ORDER = [
  "numFmts",
  "fonts",
  "fills",
  "borders",
  "cellStyleXfs",
  "cellXfs",
  "cellStyles",
  "dxfs",
  "tableStyles",
  "colors",
  "extLst",
];
const STYLE_DEFAULTS: Record<string, string[]> = {
  fonts: ['<font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'],
  fills: [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ],
  borders: ["<border><left/><right/><top/><bottom/><diagonal/></border>"],
  cellStyleXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'],
  cellXfs: ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'],
};
export const EMPTY_STYLES = `${XML_DECL}<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"></styleSheet>`;

type Section = { el?: Element; items: string[]; added: string[] };

export class Styles {
  private sections = new Map<string, Section>();
  private prefix: string;
  private xfCopies = new Map<string, number>();
  private fills = new Map<string, number>();
  private fonts = new Map<string, number>();

  constructor(private xml: string) {
    const root = findElement(xml, "styleSheet");
    if (!root) throw new Error("styles.xml without <styleSheet>");
    this.prefix = root.prefix;
    const top = children(xml, root);
    for (const name of Object.keys(STYLE_DEFAULTS)) {
      const el = top.find((c) => c.name === name);
      const items = el ? children(xml, el).map((c) => xml.slice(c.start, c.elementEnd)) : [];
      const added =
        items.length < STYLE_DEFAULTS[name].length ? STYLE_DEFAULTS[name].slice(items.length) : [];
      this.sections.set(name, { el, items, added: added.map((x) => this.p(x)) });
    }
  }

  /** Writes our element templates with the stylesheet's namespace prefix, if it uses one. */
  private p(x: string): string {
    return this.prefix ? x.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${this.prefix}`) : x;
  }

  private add(section: string, item: string): number {
    const s = this.sections.get(section)!;
    s.added.push(item);
    return s.items.length + s.added.length - 1;
  }

  fill(argb: string): number {
    let id = this.fills.get(argb);
    if (id === undefined) {
      id = this.add(
        "fills",
        this.p(
          `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`,
        ),
      );
      this.fills.set(argb, id);
    }
    return id;
  }

  /** A font like the workbook's default font (font 0) with these changes. */
  font(opts: { bold?: boolean; size?: number; color?: string; underline?: boolean }): number {
    const key = JSON.stringify(opts);
    let id = this.fonts.get(key);
    if (id === undefined) {
      const fonts = this.sections.get("fonts")!;
      const base = fonts.items[0] ?? fonts.added[0] ?? "";
      const inner = base
        .replace(/^<[^>]*?\/>$/, "")
        .replace(/^<[^>]*>|<\/[^>]*>$/g, "")
        .replace(/<([\w]+:)?(b|u|sz|color)\b[^>]*?(\/>|>\s*<\/([\w]+:)?\2>)/g, (m, _p, name: string) =>
          (name === "b" && opts.bold) ||
          (name === "u" && opts.underline) ||
          (name === "sz" && opts.size) ||
          (name === "color" && opts.color)
            ? ""
            : m,
        );
      const add =
        (opts.bold ? "<b/>" : "") +
        (opts.underline ? "<u/>" : "") +
        (opts.size ? `<sz val="${opts.size}"/>` : "") +
        (opts.color ? `<color rgb="${opts.color}"/>` : "");
      id = this.add("fonts", `${this.p(`<font>${add}`)}${inner}${this.p("</font>")}`);
      this.fonts.set(key, id);
    }
    return id;
  }

  /** The cell format `xf` with the fill `argb`: a copy, appended once per (format, colour). */
  withFill(xf: number, argb: string): number {
    const key = `${xf}|${argb}`;
    let id = this.xfCopies.get(key);
    if (id === undefined) {
      const fillId = this.fill(argb);
      const xfs = this.sections.get("cellXfs")!;
      const base = xfs.items[xf] ?? xfs.items[0] ?? xfs.added[0];
      const end = base.indexOf(">") + 1;
      let open = base.slice(0, end);
      open = setAttr(setAttr(open, "fillId", String(fillId)), "applyFill", "1");
      id = this.add("cellXfs", open + base.slice(end));
      this.xfCopies.set(key, id);
    }
    return id;
  }

  /** A new cell format for the results sheet. */
  xf(opts: {
    font?: number;
    fill?: number;
    align?: { horizontal?: string; vertical?: string; wrap?: boolean };
  }): number {
    const a = opts.align;
    const alignment = a
      ? `<alignment${a.horizontal ? ` horizontal="${a.horizontal}"` : ""}${a.vertical ? ` vertical="${a.vertical}"` : ""}${a.wrap ? ' wrapText="1"' : ""}/>`
      : "";
    const open =
      `<xf numFmtId="0" fontId="${opts.font ?? 0}" fillId="${opts.fill ?? 0}" borderId="0" xfId="0"` +
      `${opts.font !== undefined ? ' applyFont="1"' : ""}${opts.fill !== undefined ? ' applyFill="1"' : ""}` +
      `${a ? ' applyAlignment="1"' : ""}`;
    return this.add("cellXfs", this.p(alignment ? `${open}>${alignment}</xf>` : `${open}/>`));
  }

  toXml(): string {
    const xml = this.xml;
    const root = findElement(xml, "styleSheet")!;
    const top = children(xml, root);
    const edit = new Splice(xml);
    for (const name of STYLE_ORDER) {
      const s = this.sections.get(name);
      if (!s || !s.added.length) continue;
      const total = s.items.length + s.added.length;
      if (s.el) {
        const open = xml.slice(s.el.start, s.el.end);
        const counted = setAttr(open, "count", String(total));
        if (s.el.kind === "empty") {
          edit.replace(
            s.el.start,
            s.el.end - s.el.start,
            `${counted.replace(/\s*\/>$/, ">")}${s.added.join("")}</${s.el.prefix}${s.el.name}>`,
          );
        } else {
          edit.replace(s.el.start, s.el.end - s.el.start, counted);
          edit.insert(s.el.contentEnd, s.added.join(""));
        }
      } else {
        const later = STYLE_ORDER.slice(STYLE_ORDER.indexOf(name) + 1);
        const next = top.find((c) => later.includes(c.name));
        const at = next ? next.start : root.contentEnd;
        const section = `${this.p(`<${name} count="${total}">`)}${s.added.join("")}${this.p(`</${name}>`)}`;
        if (root.kind === "empty") throw new Error("empty <styleSheet/>");
        edit.insert(at, section);
      }
    }
    return edit.apply();
  }
}
