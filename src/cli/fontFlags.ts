// Font flags exceljs reads as on where the file says off (issue 15). In a font (styles.xml, a
// rich-text run's <rPr> in shared strings) <b/>, <i/>, <strike/>, <outline/>, <shadow/>,
// <condense/> and <extend/> are on/off elements whose `val` defaults to true; exceljs reads them
// by presence alone, so <b val="0"/> and <b val="false"/> come out bold, and <u val="none"/> as
// underline "none". Such an element means what its absence means, so it is dropped: otherwise
// every cell of a style written that way looks bold, like a header row, to the table detection.
// Plain string work, no Node built-in: the pane's reader (src/taskpane/berkas) uses it too.

// A start tag's rest before ">" or "/>", quoted values skipped whole.
const TAG_REST = `(?:[^>"'/]|"[^"]*"|'[^']*'|/(?!>))*`;
// Comments, CDATA sections and processing instructions are matched whole so that nothing inside
// them is taken for an element (a shared string's CDATA text stays as written); outside them
// every "<" starts a tag, since XML allows no raw "<" in text or attribute values.
const TOKEN = new RegExp(
  `<!--[\\s\\S]*?-->|<!\\[CDATA\\[[\\s\\S]*?\\]\\]>|<\\?[\\s\\S]*?\\?>|` +
    `<(b|i|u|strike|outline|shadow|condense|extend)(?=[\\s/>])(${TAG_REST})(?:/>|>\\s*</\\1\\s*>)`,
  "g",
);
const VAL = /(?:^|\s)val\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/** A quick test that skips the scan of parts with no such value at all (the usual case). */
const MAYBE_OFF = /\sval\s*=\s*["']\s*(?:0|false|none)\s*["']/;

/** Off as xsd:boolean spells it (whitespace collapsed); for <u>, ST_UnderlineValues "none". */
function isOff(name: string, attrs: string): boolean {
  const m = VAL.exec(attrs);
  if (!m) return false;
  const v = (m[1] ?? m[2]).trim();
  return name === "u" ? v === "none" : v === "0" || v === "false";
}

/** The part without its font flags set off; undefined when it has none. */
export function dropOffFlags(xml: string): { xml: string; dropped: number } | undefined {
  if (!MAYBE_OFF.test(xml)) return undefined;
  const out: string[] = [];
  let from = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m; m = TOKEN.exec(xml)) {
    if (!m[1] || !isOff(m[1], m[2])) continue;
    out.push(xml.slice(from, m.index));
    from = m.index + m[0].length;
  }
  if (!out.length) return undefined;
  out.push(xml.slice(from));
  return { xml: out.join(""), dropped: out.length - 1 };
}
