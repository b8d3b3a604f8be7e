// cross-document-mismatch: the documents of one office checked together, as the SAKIP evaluators'
// "selaras" criteria ask (docs/lintas-dokumen.md):
// - a year's target is the same in the Renstra, the Renja, the PK and the LKjIP (error, reported
//   in the later document, the earlier one named: Renstra, then IKU decree, Renja, PK, LKjIP);
// - the LKjIP's realisation of a year is the evaluation form's (error);
// - the Renstra end-period target is quoted alike wherever it is quoted (error);
// - the same indicator has the same unit (warning);
// - an indicator of the IKU decree appears in the PK and the LKjIP (warning, at the decree's row);
// - a Renja program's pagu of its year is the Renstra's indicative Rp for that year, and the
//   program is in the Renstra (warning: a Renja may differ for a reason, which must be given).
// Only indicators matched for certain are compared; an unsure match is an info that shows it.
import type { Finding } from "../report";
import { angkaEn, angkaId, tolerance } from "../rules/values";
import type { Dokumen, JenisDokumen } from "./jenisDokumen";
import { cocok } from "./indikator";
import type { IndikatorDokumen, Nilai } from "./indikator";
import type { ProgramDokumen } from "./program";

export const CROSS_RULE = "cross-document-mismatch";

export type DokumenLintas = {
  file: string;
  dokumen: Dokumen;
  indikator: IndikatorDokumen[];
  /** Programs with their Rp per year (./program); absent when the caller did not read them. */
  program?: ProgramDokumen[];
};

/** A finding in one workbook of the set; `other` is the cell of the other document it names. */
export type LintasFinding = Finding & { file: string; other?: { file: string; sheet: string; cell: string } };

const URUTAN: JenisDokumen[] = ["renstra", "iku", "renja", "pk", "lkjip", "evaluasi"];
const NAMA: Record<JenisDokumen, string> = {
  renstra: "Renstra",
  iku: "keputusan IKU",
  renja: "Renja",
  pk: "Perjanjian Kinerja",
  lkjip: "LKjIP",
  evaluasi: "formulir evaluasi",
  lainnya: "dokumen lain",
};

const tampil = (v: number | string, lang: "id" | "en"): string =>
  typeof v === "number" ? (lang === "id" ? angkaId(v) : angkaEn(v)) : `"${v}"`;

function beda(a: Nilai, b: Nilai): boolean {
  if (typeof a.value !== typeof b.value) return false; // a number against a grade: not comparable
  if (typeof a.value === "string") return a.value.toLowerCase() !== String(b.value).toLowerCase();
  const n = { value: a.value, decimals: Math.max(a.decimals, b.decimals), text: false };
  return Math.abs(a.value - (b.value as number)) > tolerance(n);
}

/** The years a document's values are compared for: its own year, or every year. */
const tahunDari = (d: Dokumen, years: Iterable<number>): number[] =>
  d.tahun !== undefined ? [d.tahun] : [...years];

function pesanBeda(
  apa: { id: string; en: string },
  mine: Nilai,
  ref: Nilai,
  refDoc: DokumenLintas,
  lang: "id" | "en",
): string {
  const where = `${refDoc.file} ${ref.sheet}!${ref.cell}`;
  return lang === "id"
    ? `${apa.id} tertulis ${tampil(mine.value, "id")}, sedangkan ${NAMA[refDoc.dokumen.jenis]} (${where}) menulis ${tampil(ref.value, "id")}. Dokumen kinerja satu perangkat daerah harus selaras: samakan dengan dokumen yang berlaku, atau jelaskan perubahannya.`
    : `${apa.en} is ${tampil(mine.value, "en")}, while the ${NAMA[refDoc.dokumen.jenis]} (${where}) has ${tampil(ref.value, "en")}. An office's performance documents must agree: align it with the document in force, or explain the change.`;
}

/** Findings over a set of documents of one office. */
export function periksaLintas(docs: DokumenLintas[], lang: "id" | "en" = "id"): LintasFinding[] {
  const out: LintasFinding[] = [];
  const sorted = [...docs]
    .filter((d) => d.dokumen.jenis !== "lainnya")
    .sort((a, b) => URUTAN.indexOf(a.dokumen.jenis) - URUTAN.indexOf(b.dokumen.jenis));
  const reported = new Set<string>();
  const push = (doc: DokumenLintas, f: Omit<LintasFinding, "file" | "rule">): void => {
    const key = `${doc.file}|${f.sheet}!${f.cell}`;
    if (reported.has(key)) return; // the most authoritative document decides, once per cell
    reported.add(key);
    out.push({ rule: CROSS_RULE, file: doc.file, ...f });
  };

  sorted.forEach((doc, i) => {
    for (const ind of doc.indikator) {
      // the same indicator in each earlier (more authoritative) document, most authoritative first
      const matches: Array<{ ref: DokumenLintas; match: IndikatorDokumen }> = [];
      let maybe: { ref: DokumenLintas; match: IndikatorDokumen } | undefined;
      for (const ref of sorted.slice(0, i)) {
        if (ref.file === doc.file) continue;
        const sure = ref.indikator.filter((r) => cocok(ind, r) === "pasti");
        const m = sure.find((r) => !ind.unitKey || r.unitKey === ind.unitKey) ?? sure[0];
        if (m) matches.push({ ref, match: m });
        else if (!maybe) {
          const r = ref.indikator.find((x) => cocok(ind, x) === "mungkin");
          if (r) maybe = { ref, match: r };
        }
      }
      if (matches.length === 0) {
        if (maybe)
          push(doc, {
            severity: "info",
            sheet: ind.sheet,
            cell: ind.cell,
            message:
              lang === "id"
                ? `"${ind.name}" mungkin sama dengan "${maybe.match.name}" di ${maybe.ref.file} ${maybe.match.sheet}!${maybe.match.cell}, tetapi namanya berbeda: tidak dibandingkan. Samakan nama indikatornya bila memang sama.`
                : `"${ind.name}" may be "${maybe.match.name}" in ${maybe.ref.file} ${maybe.match.sheet}!${maybe.match.cell}, but the names differ: not compared. Use one name if they are the same indicator.`,
            other: { file: maybe.ref.file, sheet: maybe.match.sheet, cell: maybe.match.cell },
          });
        continue;
      }
      // the unit, against the most authoritative document that writes one
      const u = matches.find((m) => m.match.unitKey);
      if (ind.unitKey && u && u.match.unitKey !== ind.unitKey) {
        push(doc, {
          severity: "warning",
          sheet: ind.sheet,
          cell: ind.cell,
          expected: u.match.unit,
          actual: ind.unit,
          message:
            lang === "id"
              ? `Satuan "${ind.name}" tertulis "${ind.unit}", sedangkan ${NAMA[u.ref.dokumen.jenis]} (${u.ref.file} ${u.match.sheet}!${u.match.cell}) memakai "${u.match.unit}". Satu indikator memakai satu satuan di semua dokumen.`
              : `The unit of "${ind.name}" is "${ind.unit}", while the ${NAMA[u.ref.dokumen.jenis]} (${u.ref.file} ${u.match.sheet}!${u.match.cell}) uses "${u.match.unit}". One indicator has one unit in every document.`,
          other: { file: u.ref.file, sheet: u.match.sheet, cell: u.match.cell },
        });
        continue; // values in other units are not compared
      }
      const first = (get: (m: IndikatorDokumen) => Nilai | undefined) =>
        matches.map((m) => ({ ...m, v: get(m.match) })).find((m) => m.v !== undefined);
      const bandingkan = (
        mine: Nilai | undefined,
        ref: ReturnType<typeof first>,
        apa: { id: string; en: string },
      ) => {
        if (!mine || !ref?.v || !beda(mine, ref.v)) return;
        push(doc, {
          severity: "error",
          sheet: mine.sheet,
          cell: mine.cell,
          expected: ref.v.value,
          actual: mine.value,
          message: pesanBeda(apa, mine, ref.v, ref.ref, lang),
          other: { file: ref.ref.file, sheet: ref.v.sheet, cell: ref.v.cell },
        });
      };
      // a year's target, against the most authoritative document that has it
      for (const y of tahunDari(doc.dokumen, ind.targets.keys()))
        bandingkan(
          ind.targets.get(y),
          first((m) => m.targets.get(y)),
          { id: `Target ${y} "${ind.name}"`, en: `The ${y} target of "${ind.name}"` },
        );
      // the evaluation form's realisation against the LKjIP's
      if (doc.dokumen.jenis === "evaluasi")
        for (const y of tahunDari(doc.dokumen, ind.realisasi.keys()))
          bandingkan(
            ind.realisasi.get(y),
            matches
              .filter((m) => m.ref.dokumen.jenis === "lkjip")
              .map((m) => ({ ...m, v: m.match.realisasi.get(y) }))
              .find((m) => m.v !== undefined),
            { id: `Realisasi ${y} "${ind.name}"`, en: `The ${y} realisation of "${ind.name}"` },
          );
      // the Renstra's end-period target, wherever it is quoted
      bandingkan(
        ind.akhir,
        matches
          .filter((m) => m.ref.dokumen.jenis === "renstra")
          .map((m) => ({ ...m, v: m.match.akhir }))
          .find((m) => m.v !== undefined),
        { id: `Target akhir periode "${ind.name}"`, en: `The end-period target of "${ind.name}"` },
      );
    }
  });

  // the IKU decree's indicators in the PK and the LKjIP
  for (const iku of sorted.filter((d) => d.dokumen.jenis === "iku"))
    for (const other of sorted.filter((d) => d.dokumen.jenis === "pk" || d.dokumen.jenis === "lkjip"))
      for (const ind of iku.indikator) {
        if (other.indikator.some((x) => cocok(ind, x) !== undefined)) continue;
        push(iku, {
          severity: "warning",
          sheet: ind.sheet,
          cell: ind.cell,
          message:
            lang === "id"
              ? `IKU "${ind.name}" tidak ada di ${NAMA[other.dokumen.jenis]} (${other.file}). Setiap IKU yang ditetapkan diperjanjikan dalam PK dan dilaporkan dalam LKjIP; tambahkan, atau jelaskan bila IKU-nya sudah diubah.`
              : `The IKU "${ind.name}" is missing from the ${NAMA[other.dokumen.jenis]} (${other.file}). Every adopted IKU is agreed in the PK and reported in the LKjIP; add it, or explain if the IKU was changed.`,
        });
      }
  for (const renja of sorted.filter((d) => d.dokumen.jenis === "renja"))
    for (const f of paguRenja(renja, sorted, lang)) push(renja, f);
  return out;
}

/** A Renja's programs against the Renstra's: the same code, the same Rp for the Renja's year. */
function paguRenja(
  renja: DokumenLintas,
  docs: DokumenLintas[],
  lang: "id" | "en",
): Array<Omit<LintasFinding, "file" | "rule">> {
  const out: Array<Omit<LintasFinding, "file" | "rule">> = [];
  const renstra = docs.find((d) => d.dokumen.jenis === "renstra" && d.program?.length);
  const tahun = renja.dokumen.tahun;
  if (!renstra?.program || tahun === undefined) return out;
  const rp = (v: number): string => `Rp ${lang === "id" ? angkaId(v) : angkaEn(v)}`;
  // a Renstra whose programs carry no Rp for this year cannot be compared
  if (!renstra.program.some((p) => p.pagu.has(tahun))) return out;
  for (const p of renja.program ?? []) {
    const mine = p.pagu.get(tahun);
    if (!mine) continue;
    const ref = renstra.program.find((x) => x.kode === p.kode);
    const nama = p.nama ? ` ${p.nama}` : "";
    if (!ref) {
      out.push({
        severity: "warning",
        sheet: p.sheet,
        cell: p.cell,
        message:
          lang === "id"
            ? `Program ${p.kode}${nama} tidak ada di Renstra (${renstra.file}). Program Renja diturunkan dari Renstra: periksa kodenya, atau jelaskan program baru itu (Renstra perubahan?).`
            : `Programme ${p.kode}${nama} is not in the Renstra (${renstra.file}). A Renja's programmes come from the Renstra: check the code, or explain the new programme (an amended Renstra?).`,
      });
      continue;
    }
    const theirs = ref.pagu.get(tahun);
    if (!theirs || typeof mine.value !== "number" || typeof theirs.value !== "number") continue;
    if (Math.abs(mine.value - theirs.value) <= 0.5) continue;
    const selisih = mine.value - theirs.value;
    out.push({
      severity: "warning",
      sheet: mine.sheet,
      cell: mine.cell,
      expected: theirs.value,
      actual: mine.value,
      message:
        lang === "id"
          ? `Pagu ${tahun} program ${p.kode}${nama} di Renja ${rp(mine.value)}, sedangkan pendanaan indikatif Renstra untuk ${tahun} (${renstra.file} ${theirs.sheet}!${theirs.cell}) ${rp(theirs.value)} (selisih ${rp(selisih)}). Perbedaan pagu Renja dari Renstra perlu dijelaskan (misalnya penyesuaian dengan pagu indikatif KUA-PPAS).`
          : `The ${tahun} pagu of programme ${p.kode}${nama} in the Renja is ${rp(mine.value)}, while the Renstra's indicative funding for ${tahun} (${renstra.file} ${theirs.sheet}!${theirs.cell}) is ${rp(theirs.value)} (difference ${rp(selisih)}). A Renja pagu that differs from the Renstra needs a reason (for example the KUA-PPAS ceiling).`,
      other: { file: renstra.file, sheet: theirs.sheet, cell: theirs.cell },
    });
  }
  return out;
}
