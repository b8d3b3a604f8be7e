// The office (OPD) a workbook belongs to, for the folder overview (--rekap): from the tables'
// titles ("IKU Dinas Sosial Kota Blitar Tahun 2022-2023" -> "Dinas Sosial Kota Blitar"), else from
// the file name without the document's kind and years ("renstra-dinsos-2025.xlsx" -> "dinsos"),
// else from the folder it sits in (kiriman/dinkes/renja.xlsx -> "dinkes").
import type { Report } from "../core/report";

const OFFICE =
  /\b(?:Dinas|Badan|Inspektorat|Sekretariat|Satuan Polisi|Kecamatan|Kelurahan|Rumah Sakit|RSUD|Kantor|Bappeda|Bapenda|Bappelitbangda|BPKAD|BPKPD|BPBD|BKPSDM|BKD|Satpol PP|DPRD)\b/i;
// words that end an office's name in a title: the year, the period, the document
const STOP =
  /^(?:Tahun|TA|T\.A\.?|Periode|Renstra|Renja|RKPD|RPJMD|Perjanjian|Laporan|LKjIP|Indikator|Target|Realisasi|Capaian|Provinsi)$/i;
const CONNECTOR = /^(?:dan|&|serta)$/i;

/** "Dinas Sosial Kota Blitar" from a title, or undefined. */
export function officeIn(title: string): string | undefined {
  const m = OFFICE.exec(title);
  if (!m) return undefined;
  const words: string[] = [];
  for (const w of title.slice(m.index).split(/\s+/)) {
    const bare = w.replace(/[,.;:()]+$/, "");
    if (words.length && (STOP.test(bare) || /\d/.test(bare) || /^[(\-–]/.test(w))) break;
    if (words.length && !CONNECTOR.test(bare) && !/^[A-Z]/.test(bare)) break;
    words.push(bare);
    if (bare !== w) break; // "Blitar," ends the name
  }
  while (words.length && CONNECTOR.test(words[words.length - 1])) words.pop();
  const name = words.join(" ");
  // a title in capitals reads better in title case
  return name === name.toUpperCase() && name.length > 5
    ? name.toLowerCase().replace(/\b\p{L}/gu, (c) => c.toUpperCase())
    : name;
}

const KIND_WORDS =
  /^(?:renstra|renja|rkpd|rpjmd|iku|pk|lkjip|lakip|perjanjian|kinerja|laporan|evaluasi|revisi|perubahan|final|draft|draf|rev|v\d*|tabel|data|kiriman|\d+)$/i;

/** The office for the overview: a title's, else the file name's words, else the folder's. */
export function officeOf(relPath: string, report?: Report): string {
  for (const t of report?.tables ?? []) {
    const o = t.title ? officeIn(t.title) : undefined;
    if (o) return o;
  }
  const parts = relPath.split("/");
  const stem = parts[parts.length - 1].replace(/\.[^.]+$/, "");
  const fromName = officeIn(stem.replace(/[_-]+/g, " "));
  if (fromName) return fromName;
  const words = stem.split(/[\s_.-]+/).filter((w) => w && !KIND_WORDS.test(w));
  if (words.length) return words.join(" ");
  return parts.length > 1 ? parts[parts.length - 2] : "";
}
