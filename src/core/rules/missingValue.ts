// missing-value: a value a row needs but left blank. An evaluation cannot judge a realisation
// without its target, and a capaian without the numbers it was computed from cannot be traced.
// Reported (warning) at the blank cell:
// - a target (or Rp budget) left blank where the same row has a realisation (or realised Rp)
//   for the same year;
// - a realisation or target left blank where the same row states a capaian for that year (K
//   columns, or the money columns when the year has no K columns or the capaian is Rp);
// - an indicator row whose targets (K) are all blank while most other rows have targets, at its
//   first yearly target cell (once for the row, instead of once per year).
// A row whose only target is one without a year (Target NSPK / IKK / lainnya, seed Tabel 2.3.1
// SPM rows before the SPM began) gets an info for a yearly target left blank, not a warning,
// and no finding for a capaian next to it.
// Not reported: section and total rows; a realisation column that is blank in every row (a year
// not reached yet: plans leave future realisations blank); cells written "-" or "NA" on purpose
// (an info where a realisation stands next to such a target); rows without indicator text.
import type { DetectedColumn, DetectedRow, DetectedTable, Role } from "../detect";
import type { Grid } from "../grid";
import { parseAngka } from "../numbers";
import type { Rule, RuleFinding } from "./types";
import type { MessageData } from "./messages";
import { barisNilai, isUang, kolomKosong } from "./kolomAngka";
import { awalan } from "./values";
import { numAt, textAt } from "./values";

type Isi = "kosong" | "tanda" | "isi";

function isiSel(grid: Grid, row: number, col: number): Isi {
  const v = grid.value(row, col);
  if (v === null || v === undefined) return "kosong";
  if (typeof v === "string") {
    const a = parseAngka(v);
    if (a.kind === "kosong") return "kosong";
    if (a.kind === "tanpa-nilai") return "tanda";
  }
  return "isi";
}

function satu(
  table: DetectedTable,
  role: Role,
  year: number | undefined,
  uang: boolean,
): DetectedColumn | undefined {
  const found = table.columns.filter((c) => c.role === role && c.year === year && isUang(c) === uang);
  return found.length === 1 ? found[0] : undefined;
}

function tahun(y: number | undefined): string {
  return y === undefined ? "" : ` ${y}`;
}

export const missingValue: Rule = {
  id: "missing-value",
  severity: "warning",
  description: {
    id: "Nilai yang kosong padahal dibutuhkan: realisasi tanpa target, capaian tanpa realisasi atau target, indikator tanpa target sama sekali.",
    en: "A needed value left blank: a realisation without its target, an achievement without realisation or target, an indicator without any target.",
  },
  example: {
    id: "Realisasi 2017 terisi, target 2017 kosong; indikator tanpa target sama sekali.",
    en: "Realisation 2017 filled, target 2017 blank; an indicator without any target.",
  },
  howToFix: {
    id: 'Isi nilai yang kosong, atau tulis "-" bila indikator itu memang tanpa nilai untuk tahun tersebut.',
    en: 'Fill in the blank value, or write "-" where the indicator has none for that year.',
  },
  otherSeverities: [
    {
      severity: "info",
      when: {
        id: 'hanya target tanpa tahun (mis. Target NSPK) yang terisi, atau targetnya "-" / "NA"',
        en: 'only a target without a year (e.g. Target NSPK) is filled, or the target is "-" / "NA"',
      },
    },
  ],
  messages: {
    noTargets: {
      id: '{{name}}semua kolom target baris ini kosong{{realised}}, padahal {{filled}} baris lain di tabel ini bertarget. Isi targetnya, atau tulis "-" bila indikator ini memang tanpa target.',
      en: '{{name}}every target of this row is blank{{realised}}, while {{filled}} other rows of the table have targets. Fill in the targets, or write "-" if this indicator has none.',
    },
    onlyUnyearedTarget: {
      id: "{{name}}{{realisation}}{{year}} terisi tetapi target{{year}} kosong; hanya target tanpa tahun ({{header}}) yang terisi. Isi target tahunannya bila ada.",
      en: "{{name}}the {{realisation}}{{year}} is filled but the target{{year}} is blank; only a target without year ({{header}}) is filled. Fill in the yearly target if there is one.",
    },
    targetBlank: {
      id: '{{name}}{{realisation}}{{year}} terisi tetapi {{target}}{{year}} kosong. Isi {{target}}nya dari dokumen perencanaan, atau tulis "-" bila memang tidak ada {{target}}.',
      en: '{{name}}the {{realisation}}{{year}} is filled but the {{target}}{{year}} is blank. Fill in the {{target}} from the planning document, or write "-" if there is none.',
    },
    targetMark: {
      id: '{{name}}{{target}}{{year}} ditulis "{{text}}" padahal {{realisation}}{{year}} terisi; capaiannya tidak dapat dihitung.',
      en: '{{name}}the {{target}}{{year}} reads "{{text}}" while the {{realisation}}{{year}} is filled; no achievement can be computed.',
    },
    achievementWithoutRealisation: {
      id: "{{name}}capaian{{year}} tertulis {{achievement}} tetapi realisasi{{year}} kosong, sehingga capaian itu tidak dapat ditelusuri. Isi realisasinya, atau kosongkan capaiannya bila realisasi belum ada.",
      en: "{{name}}the achievement{{year}} reads {{achievement}} but the realisation{{year}} is blank, so it cannot be traced. Fill in the realisation, or clear the achievement if there is none yet.",
    },
    achievementWithoutTarget: {
      id: '{{name}}capaian{{year}} tertulis {{achievement}} tetapi target{{year}} kosong; capaian tanpa target tidak dapat diperiksa. Isi targetnya, atau tulis "-" bila memang tidak ada target.',
      en: '{{name}}the achievement{{year}} reads {{achievement}} but the target{{year}} is blank; an achievement without a target cannot be checked. Fill in the target, or write "-" if there is none.',
    },
  },
  check(table, ctx) {
    const g = ctx.grid;
    const out: RuleFinding[] = [];
    const seen = new Set<string>();
    const lapor = (row: number, col: number, messageId: string, data: MessageData, info = false): void => {
      const key = `${row}:${col}`;
      if (seen.has(key)) return;
      seen.add(key);
      out.push(info ? { row, col, messageId, data, severity: "info" } : { row, col, messageId, data });
    };
    const indCol = table.columns.find((c) => c.role === "indikator")?.col;
    const rows = barisNilai(table);

    // pairs: realisation -> target of the same year and measure
    const pairs: Array<{ t: DetectedColumn; r: DetectedColumn; uang: boolean }> = [];
    for (const r of table.columns) {
      if (r.role !== "realisasi" && r.role !== "realisasi-anggaran") continue;
      const uang = isUang(r);
      const t = satu(table, uang ? "anggaran" : "target", r.year, uang);
      if (t) pairs.push({ t, r, uang });
    }
    // capaian -> its target and realisation
    const caps: Array<{ c: DetectedColumn; t?: DetectedColumn; r?: DetectedColumn }> = [];
    for (const c of table.columns) {
      if (c.role !== "capaian") continue;
      const kT = satu(table, "target", c.year, false);
      const kR = satu(table, "realisasi", c.year, false);
      const uang = c.ukuran === "Rp" || (!kT && !kR);
      const t = uang ? satu(table, "anggaran", c.year, true) : kT;
      const r = uang ? satu(table, "realisasi-anggaran", c.year, true) : kR;
      if (t || r) caps.push({ c, t, r });
    }
    const futureBlank = new Map<number, boolean>();
    const kosongSemua = (col: number): boolean => {
      let b = futureBlank.get(col);
      if (b === undefined) futureBlank.set(col, (b = kolomKosong(table, g, col)));
      return b;
    };

    const tanpaTarget = new Set<number>();
    // indicator rows without any target while the others have them
    const targets = table.columns.filter((c) => c.role === "target" && !isUang(c));
    if (targets.length > 0) {
      // one pass: how many named rows have a target, and which have none at all (few)
      let eligible = 0;
      let filled = 0;
      const kosong: DetectedRow[] = [];
      for (const r of rows) {
        if ((textAt(g, r.row, indCol) || r.indikator || "").trim() === "") continue;
        eligible++;
        let isi = false;
        let semuaKosong = true;
        for (const c of targets) {
          const x = isiSel(g, r.row, c.col);
          if (x === "isi") isi = true;
          if (x !== "kosong") semuaKosong = false;
        }
        if (isi) filled++;
        if (semuaKosong) kosong.push(r);
      }
      for (const r of kosong) {
        if (filled < 2 || filled * 2 < eligible) continue;
        const ada = pairs.some((p) => !p.uang && isiSel(g, r.row, p.r.col) === "isi");
        const nama = awalan(textAt(g, r.row, indCol) || r.indikator);
        tanpaTarget.add(r.row);
        lapor(r.row, (targets.find((c) => c.year !== undefined) ?? targets[0]).col, "noTargets", {
          name: nama,
          realised: ada ? { id: " (realisasinya terisi)", en: " (its realisations are filled)" } : "",
          filled: String(filled),
        });
      }
    }
    for (const row of rows) {
      // the name is shortened only for a finding: most rows have none
      let awal: string | undefined;
      const nama = (): string => (awal ??= awalan(textAt(g, row.row, indCol) || row.indikator));
      for (const { t, r, uang } of pairs) {
        if (isiSel(g, row.row, r.col) !== "isi") continue;
        if (!uang && tanpaTarget.has(row.row)) continue; // reported once for the whole row
        const st = isiSel(g, row.row, t.col);
        const y = tahun(r.year ?? t.year);
        const apaT = uang ? { id: "pagu anggaran", en: "budget" } : { id: "target", en: "target" };
        const apaR = uang
          ? { id: "realisasi anggaran", en: "budget realisation" }
          : { id: "realisasi", en: "realisation" };
        // a target without a year (Target NSPK / IKK / lainnya) filled: the row has a target
        const umum =
          !uang && targets.some((c) => c.year === undefined && isiSel(g, row.row, c.col) === "isi");
        if (st === "kosong" && umum)
          lapor(
            row.row,
            t.col,
            "onlyUnyearedTarget",
            {
              name: nama(),
              realisation: apaR,
              year: y,
              header: String(
                targets.find((c) => c.year === undefined && isiSel(g, row.row, c.col) === "isi")?.header,
              ),
            },
            true,
          );
        else if (st === "kosong")
          lapor(row.row, t.col, "targetBlank", { name: nama(), realisation: apaR, year: y, target: apaT });
        else if (st === "tanda")
          lapor(
            row.row,
            t.col,
            "targetMark",
            { name: nama(), target: apaT, year: y, text: textAt(g, row.row, t.col), realisation: apaR },
            true,
          );
      }
      for (const { c, t, r } of caps) {
        if (isiSel(g, row.row, c.col) !== "isi") continue;
        const y = tahun(c.year);
        const n = numAt(g, row.row, c.col);
        const achievement = n ? n.value : `"${textAt(g, row.row, c.col)}"`;
        if (r && isiSel(g, row.row, r.col) === "kosong" && !kosongSemua(r.col))
          lapor(row.row, r.col, "achievementWithoutRealisation", { name: nama(), year: y, achievement });
        const umum = targets.some((x) => x.year === undefined && isiSel(g, row.row, x.col) === "isi");
        if (
          t &&
          isiSel(g, row.row, t.col) === "kosong" &&
          !(t.role === "target" && (tanpaTarget.has(row.row) || umum))
        )
          lapor(row.row, t.col, "achievementWithoutTarget", { name: nama(), year: y, achievement });
      }
    }

    return out;
  },
};
