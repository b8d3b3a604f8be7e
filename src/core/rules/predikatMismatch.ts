// predikat-mismatch: a predikat (tingkat capaian) that does not match the row's capaian on the
// scale in settings.skalaPredikat (default 'permendagri86', Permendagri 86/2017: Sangat Tinggi
// > 90, Tinggi > 75, Sedang > 65, Rendah > 50, Sangat Rendah; half-open, so 90,5 is Sangat
// Tinggi and 90 Tinggi; above 100 Sangat Tinggi). LKjIP often write Sangat Baik / Baik / Cukup /
// Kurang / Sangat Kurang for the same five bands; on a scale with those bounds either set of
// words is accepted and the fix keeps the set the table uses. A predikat typed by hand is often
// left behind when the capaian changes, and the evaluation reads the word, not the number.
// The capaian is the capaian column of the predikat's year, or else the nearest capaian column
// to its left. A capaian whose format hides digits it has (90,004 printed 90,00) accepts the
// words of the band of its value and of the band of the number printed; settings.toleransi widens that. Words that are no label of the scale are
// not judged. Blank, "-" and "NA" capaian or predikat are left alone.
import type { DetectedColumn, DetectedTable } from "../detect";
import { norm } from "../detect/text";
import {
  SKALA_IKM,
  SKALA_IKM_KINERJA,
  SKALA_PREDIKAT,
  labelPredikat,
  labelSkala,
  parseSkala,
} from "../indicators";
import type { SkalaPredikat } from "../indicators";
import type { Rule, RuleFinding } from "./types";
import type { Num } from "./values";
import { barisNilai, persenAt } from "./kolomAngka";
import { awalan } from "./values";
import { kolomTahunIni } from "./tahunan";
import { angkaEn, angkaId, numAt, round, textAt } from "./values";
import { textOf } from "../grid";
import type { Grid } from "../grid";

const PEMBANDING = /\b(nasional|rpjmn|rpjmd|provinsi|renstra|akhir)\b/i;

/** The capaian column a predikat column grades. */
function kolomCapaian(table: DetectedTable, p: DetectedColumn): DetectedColumn | undefined {
  const cap = table.columns.filter((c) => c.role === "capaian");
  if (p.year !== undefined) {
    const same = cap.filter((c) => c.year === p.year);
    if (same.length === 1) return same[0];
    // "Predikat Capaian 2024" beside the year's capaian and one "s.d. 2024 terhadap target akhir":
    // the year's own
    const own = same.filter(kolomTahunIni);
    if (own.length === 1) return own[0];
  }
  // a capaian against another benchmark (the national target, the end-period one) is not what
  // the table's predikat grades when the row's own capaian stands beside it (forms-blind19)
  const all = cap.filter((c) => c.col < p.col);
  const own = all.filter((c) => !PEMBANDING.test(c.header) && !c.endOfPeriod);
  const left = own.length ? own : all;
  // beside "Capaian (%) > Kinerja | Anggaran" the predikat grades the performance, not the serapan
  const kinerja = left.filter((c) => c.ukuran !== "Rp");
  if (kinerja.length && left.length > kinerja.length) return kinerja[kinerja.length - 1];
  return left.length ? left[left.length - 1] : undefined;
}

/**
 * Half a unit of the last printed decimal when the format hides digits the value has (90,004
 * printed 90,00), else 0: a typed 90 is exactly 90.
 */
function tersembunyi(v: number, shown: number): number {
  const s = String(Math.abs(v));
  const i = s.indexOf(".");
  const has = s.includes("e") ? 6 : i < 0 ? 0 : s.length - i - 1;
  return has > shown ? 0.5 * 10 ** -shown : 0;
}

/** Band index 0 (highest) .. batas.length (terendah) of a value. */
function pita(v: number, s: SkalaPredikat): number {
  const label = labelPredikat(v, s);
  const i = s.batas.findIndex((b) => b.label === label);
  return i < 0 ? s.batas.length : i;
}

/** The word sets that name the bands of a scale: its own, and for the five Permendagri bands both word sets. */
function kosakata(s: SkalaPredikat): string[][] {
  const sets = [labelSkala(s)];
  const p = SKALA_PREDIKAT.permendagri86;
  const samaBatas =
    !s.inklusif &&
    s.batas.length === p.batas.length &&
    s.batas.every((b, i) => b.lebihDari === p.batas[i].lebihDari);
  if (samaBatas) for (const x of [p, SKALA_PREDIKAT.lkjip]) sets.push(labelSkala(x));
  return sets;
}

/** "> 75 - 90" for a band, for messages. */
function rentang(s: SkalaPredikat, i: number, lang: "id" | "en"): string {
  const f = lang === "id" ? angkaId : angkaEn;
  const op = s.inklusif ? ">=" : ">";
  if (i >= s.batas.length) return `${s.inklusif ? "<" : "<="} ${f(s.batas[s.batas.length - 1].lebihDari)}`;
  if (i === 0) return `${op} ${f(s.batas[0].lebihDari)}`;
  return `${op} ${f(s.batas[i].lebihDari)} ${lang === "id" ? "s.d." : "to"} ${f(s.batas[i - 1].lebihDari)}`;
}

const SURVEI = /\bnrr\b|\bikm\b|\bskm\b|interval konversi|nilai persepsi|kepuasan masyarakat/;
const NILAI_IKM = /nilai (unsur|interval|konversi|ikm|skm|indeks)|\bikm\b|\bx ?25\b/;

// the bands as PermenPANRB 14/2017 prints them, A to D
const RENTANG_IKM = ["88.31 - 100.00", "76.61 - 88.30", "65.00 - 76.60", "25.00 - 64.99"];

/** The survey score column a "Mutu Pelayanan" column grades, when the table is an IKM survey. */
function kolomNilaiIkm(table: DetectedTable, p: DetectedColumn): DetectedColumn | undefined {
  const head = (c: DetectedColumn): string => norm(c.header);
  if (!/\bmutu\b/.test(head(p)) && !table.columns.some((c) => SURVEI.test(head(c)))) return undefined;
  const left = table.columns.filter((c) => c.col < p.col && NILAI_IKM.test(head(c)));
  return left[left.length - 1];
}

/** Each row's written mutu against its score on the IKM scale (letters A-D or their words). */
function mutuIkm(
  table: DetectedTable,
  g: Grid,
  p: DetectedColumn,
  nilai: DetectedColumn,
  toleransi: number,
): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const r of barisNilai(table)) {
    const n = numAt(g, r.row, nilai.col);
    const tulis = g.value(r.row, p.col);
    if (!n || n.value < 25 || n.value > 100 || typeof tulis !== "string" || !tulis.trim()) continue;
    const kata = norm(tulis);
    const skala = [SKALA_IKM, SKALA_IKM_KINERJA].find((s) => labelSkala(s).some((l) => norm(l) === kata));
    if (!skala) continue;
    const tol = tersembunyi(n.value, n.decimals) + toleransi;
    const boleh = [n.value, n.value - tol, n.value + tol].map((v) => norm(labelPredikat(v, skala)));
    if (boleh.includes(kata)) continue;
    const benar = labelPredikat(n.value, skala);
    const i = labelSkala(skala).indexOf(benar);
    const nama = awalan(
      textAt(g, r.row, table.columns.find((c) => c.role === "lainnya" && c.col < nilai.col)?.col),
    );
    const f: RuleFinding = {
      row: r.row,
      col: p.col,
      expected: benar,
      actual: tulis.trim(),
      messageId: "surveyGrade",
      data: {
        name: nama,
        score: n.value,
        correct: benar,
        range: { id: RENTANG_IKM[i].replace(/\./g, ","), en: RENTANG_IKM[i] },
        scale: skala.nama,
        written: tulis.trim(),
      },
    };
    if (!g.formula(r.row, p.col)) f.fix = { value: benar };
    out.push(f);
  }
  return out;
}

export const predikatMismatch: Rule = {
  id: "predikat-mismatch",
  severity: "error",
  description: {
    id: "Predikat yang tidak sesuai dengan capaian di barisnya pada skala yang dipakai (bawaan Permendagri 86/2017).",
    en: "A rating (predikat) that does not match the row's achievement on the scale in use (default Permendagri 86/2017).",
  },
  example: {
    id: 'Capaian 80,47 % dengan predikat "Sangat Baik" (skala Permendagri 86/2017: Baik).',
    en: 'Achievement 80.47 % rated "Sangat Baik" (Permendagri 86/2017 scale: Baik).',
  },
  howToFix: {
    id: "Ganti predikatnya sesuai skala yang dipakai, atau periksa capaiannya; pilih skala lain di panel bila dokumen memakai skala lain.",
    en: "Change the rating to the scale in use, or check the achievement; choose another scale in the pane if the document uses one.",
  },
  messages: {
    band: {
      id: '{{name}}capaian {{achievement}} % termasuk "{{correct}}" ({{range}}) pada skala {{scale}}, tetapi predikat tertulis "{{written}}". Ganti predikatnya, atau periksa capaiannya.',
      en: '{{name}}an achievement of {{achievement}} % is "{{correct}}" ({{range}}) on the {{scale}} scale, but the rating reads "{{written}}". Change the rating, or check the achievement.',
    },
    status: {
      id: '{{name}}capaian {{achievement}} % berstatus "{{correct}}" (tercapai bila capaian >= 100 %), tetapi tertulis "{{written}}". Ganti statusnya, atau periksa capaiannya.',
      en: '{{name}}an achievement of {{achievement}} % is "{{correct}}" (achieved at 100 % or more), but the status reads "{{written}}". Change the status, or check the achievement.',
    },
    surveyGrade: {
      id: '{{name}}nilai {{score}} termasuk mutu "{{correct}}" ({{range}}) pada skala {{scale}}, tetapi tertulis "{{written}}". Ganti mutunya, atau periksa nilainya.',
      en: '{{name}}a score of {{score}} is grade "{{correct}}" ({{range}}) on the {{scale}} scale, but the grade reads "{{written}}". Change the grade, or check the score.',
    },
  },
  fixable: "value",
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    const preds = table.columns.filter((c) => c.role === "predikat");
    if (preds.length === 0 && !table.rows.some((r) => r.kind === "predikat")) return out;
    const parsed = parseSkala(ctx.settings.skalaPredikat);
    const skala = parsed && parsed.ok ? parsed.value : SKALA_PREDIKAT.permendagri86;
    const sets = kosakata(skala);
    const indCol = table.columns.find((c) => c.role === "indikator")?.col;
    /** Judges one written predikat against the capaian it names. */
    const judge = (
      row: number,
      col: number,
      n: Num,
      nama: { id: string; en: string },
      identity: Pick<RuleFinding, "inputs" | "recheck"> = {},
      asal?: [number, number, number],
    ): void => {
      const tulis = g.value(row, col);
      if (typeof tulis !== "string" || !tulis.trim()) return;
      const kata = norm(tulis);
      // which word set and band the written word is
      let set: string[] | undefined;
      let ditulis = -1;
      for (const s of sets) {
        const i = s.findIndex((l) => norm(l) === kata);
        if (i >= 0) {
          set = s;
          ditulis = i;
          break;
        }
      }
      if (!set) {
        // "Tercapai" / "Tidak Tercapai": the two-level status of an LKjIP, at 100 %
        const status = /^(tercapai|tidak tercapai|belum tercapai)$/.exec(kata);
        if (!status) return; // not a label of this scale: not judged
        const benar = n.value >= 100 - tersembunyi(n.value, n.decimals) ? "Tercapai" : "Tidak Tercapai";
        if ((status[1] === "tercapai") === (benar === "Tercapai")) return;
        out.push({
          ...identity,
          row,
          col,
          expected: benar,
          actual: tulis.trim(),
          ...(g.formula(row, col) ? {} : { fix: { value: benar } }),
          messageId: "status",
          data: { name: nama, achievement: n.value, correct: benar, written: tulis.trim() },
        });
        return;
      }
      // the band of the value, or of the number the sheet prints when its format hides digits
      // (90,004 printed 90,00 may be read either way; 74,99 printed 75 is "Sedang" both ways, since
      // Tinggi is above 75: forms-blind265's E.81 footer), within settings.toleransi
      const tol = ctx.settings.toleransi;
      const cetak = (v: number): number => (tersembunyi(v, n.decimals) > 0 ? round(v, n.decimals) : v);
      const bolehPada = (v: number): Set<number> =>
        new Set([v, cetak(v), v - tol, v + tol].map((x) => pita(x, skala)));
      if (bolehPada(n.value).has(ditulis)) return;
      // the row's own capaian read: a wrong capaian makes this predikat its consequence (./precision)
      if (asal && !identity.recheck) {
        const [ar, ac, faktor] = asal;
        identity = {
          inputs: [[ar, ac]],
          recheck: (cells) => {
            const v = cells(ar, ac);
            return v === undefined || bolehPada(v * faktor).has(ditulis);
          },
        };
      }
      const benarIdx = pita(n.value, skala);
      const benar = set[benarIdx];
      const f: RuleFinding = {
        ...identity,
        row,
        col,
        expected: benar,
        actual: tulis.trim(),
        messageId: "band",
        data: {
          name: nama,
          achievement: n.value,
          correct: benar,
          range: { id: rentang(skala, benarIdx, "id"), en: rentang(skala, benarIdx, "en") },
          scale: skala.nama,
          written: tulis.trim(),
        },
      };
      if (!g.formula(row, col)) f.fix = { value: benar };
      out.push(f);
    };
    for (const p of preds) {
      // a satisfaction survey grades its scores on the IKM scale, not a capaian on the pane's scale
      const ikm = kolomNilaiIkm(table, p);
      if (ikm) {
        out.push(...mutuIkm(table, g, p, ikm, ctx.settings.toleransi));
        continue;
      }
      const cap = kolomCapaian(table, p);
      if (!cap) continue;
      for (const r of table.rows) {
        if (r.kind === "section" || r.kind === "rata-rata" || r.kind === "predikat") continue;
        const n = persenAt(g, r.row, cap.col);
        const nama = awalan(textAt(g, r.row, indCol) || r.indikator);
        const mentah = numAt(g, r.row, cap.col)?.value;
        if (n)
          judge(r.row, p.col, n, { id: nama, en: nama }, {}, [r.row, cap.col, mentah ? n.value / mentah : 1]);
      }
    }
    // An evaluation form's footer: "Predikat kinerja" under "Rata-rata capaian", column by column.
    let rata: number | undefined;
    for (const r of table.rows) {
      if (r.kind === "rata-rata") rata = r.row;
      if (r.kind !== "predikat" || rata === undefined) continue;
      for (const c of table.columns) {
        const n = persenAt(g, rata, c.col);
        if (!n) continue;
        // the average follows the capaian above it: a wrong capaian makes this rating a consequence
        const data = barisNilai(table).filter((x) => x.row < rata! && numAt(g, x.row, c.col));
        const scale = n.value / ((numAt(g, rata, c.col) as Num).value || 1);
        const label = norm(textOf(g.value(r.row, c.col)));
        judge(
          r.row,
          c.col,
          n,
          { id: "Predikat kinerja (rata-rata capaian): ", en: "Performance rating (average achievement): " },
          {
            inputs: data.map((x) => [x.row, c.col] as [number, number]),
            recheck: (cells) => {
              const vs = data.map((x) => cells(x.row, c.col)).filter((v): v is number => v !== undefined);
              if (vs.length === 0) return true;
              const avg = (vs.reduce((a, b) => a + b, 0) / vs.length) * scale;
              return sets.some((set) => norm(set[pita(avg, skala)] ?? "") === label);
            },
          },
        );
      }
    }
    if (preds.length === 0) return out;
    return out;
  },
};
