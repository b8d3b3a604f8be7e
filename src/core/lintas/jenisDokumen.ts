// What a workbook is, read from its file name, sheet names and table titles: Renstra, Renja,
// Perjanjian Kinerja, LKjIP, the IKU decree or an evaluation form, with its year or period. A set
// of documents of one office is compared only where the kinds say the values must agree
// (docs/lintas-dokumen.md).
import type { DetectedTable } from "../detect";
import { konteksDari } from "../detect/periode";
import { norm } from "../detect/text";

export type JenisDokumen = "renstra" | "renja" | "pk" | "lkjip" | "iku" | "evaluasi" | "lainnya";

export type Dokumen = {
  jenis: JenisDokumen;
  /** The one year a Renja, PK, LKjIP or evaluation is of. */
  tahun?: number;
  /** The period of a Renstra or an IKU decree. */
  periode?: [number, number];
  /** The words that decided, for the report ("judul: Perjanjian Kinerja Tahun 2025"). */
  alasan: string;
};

// Most specific first: an LKjIP quotes the PK and the Renstra, an evaluation form quotes the Renja.
const KATA: Array<[JenisDokumen, RegExp]> = [
  [
    "evaluasi",
    /\bevaluasi (terhadap )?(hasil )?(renja|rkpd|renstra|rpjmd|pelaksanaan)|\bformulir e\.?\s?(79|80|81)\b/,
  ],
  [
    "lkjip",
    /\blkjip\b|\blkj ?ip\b|laporan kinerja( instansi pemerintah)?\b|pengukuran kinerja|akuntabilitas kinerja/,
  ],
  ["pk", /perjanjian kinerja|\bpk\b (tahun|\d{4})/],
  [
    "iku",
    /(keputusan|penetapan|matriks?) .*indikator kinerja utama|indikator kinerja utama .*(tahun )?\d{4}\s?-\s?\d{4}/,
  ],
  ["renja", /\brenja\b|rencana kerja( perangkat daerah)?\b/],
  ["renstra", /\brenstra\b|rencana strategis/],
];

/** The document kind and its year or period from the texts that name it, the file name first. */
export function kenaliDokumen(file: string, sheets: string[], tables: DetectedTable[]): Dokumen {
  const texts = [
    `berkas: ${file.replace(/\.[a-z]+$/i, "").replace(/[_-]+/g, " ")}`,
    ...tables.filter((t) => t.title).map((t) => `judul: ${t.title}`),
    ...sheets.map((s) => `lembar: ${s}`),
  ];
  // the file name is the sender's own label and wins; otherwise the kind most titles name
  const named = (t: string): JenisDokumen | undefined => KATA.find(([, re]) => re.test(norm(t)))?.[0];
  let jenis = named(texts[0]);
  let hit = jenis ? texts[0] : undefined;
  if (!jenis) {
    const count = new Map<JenisDokumen, number>();
    for (const t of texts.slice(1)) {
      const k = named(t);
      if (k) count.set(k, (count.get(k) ?? 0) + 1);
    }
    const best = [...count.entries()].sort(
      (a, b) => b[1] - a[1] || KATA.findIndex(([k]) => k === a[0]) - KATA.findIndex(([k]) => k === b[0]),
    )[0];
    jenis = best?.[0];
    hit = jenis ? texts.slice(1).find((t) => named(t) === jenis) : undefined;
  }
  if (jenis && hit) {
    const out: Dokumen = { jenis, alasan: hit };
    // the year or period: in the text that named the kind, else in the first text that has one
    for (const t of [hit, ...texts]) {
      const k = konteksDari([t]);
      if (jenis === "renstra" || jenis === "iku") {
        if (k.awalPeriode !== undefined && k.akhirPeriode !== undefined)
          out.periode = [k.awalPeriode, k.akhirPeriode];
      } else if (k.tahun !== undefined && k.awalPeriode === undefined) out.tahun = k.tahun;
      if (out.periode || out.tahun) break;
    }
    return out;
  }
  return { jenis: "lainnya", alasan: texts[0] };
}
