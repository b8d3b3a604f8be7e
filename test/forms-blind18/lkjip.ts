// A row-wise LKjIP table of a Dinas Kesehatan in Kalimantan Barat: each IKU takes a Target, a
// Realisasi and a "% Capaian" row, the years 2022 .. 2024 across under a merged "Tahun", the Renstra
// end target beside the Target row only; the capaian of 2022 and 2023 typed from the earlier LKjIP,
// those of 2024 formulas; two lower-is-better indicators with refleksi by the note. Every name and
// number is invented.
import { BookW, DEC, fx, round, signature, type Cell, type Col, type Row } from "../forms/kit";
import { refl, rt } from "./common";

type Ik = {
  ind: string;
  sat: string;
  neg?: boolean;
  t: number[];
  r: number[];
  akhir: number;
  f: string;
};

/** LKjIP 2024 Tabel 3.4, Dinas Kesehatan Kabupaten Riam Pinang. */
export function barisRiamPinang(): BookW {
  const b = new BookW(
    "lkjip-tigabaris-dinkes-riampinang.xlsx",
    "LKjIP row-wise",
    "LKjIP 2024 row-wise (Dinas Kesehatan): No | Indikator Kinerja Utama | Satuan | Uraian (Target / Realisasi / % Capaian) | 'Tahun' > 2022 | 2023 | 2024 | Target Akhir Renstra (2026) on the Target rows only; No, indicator and satuan merged over their three rows; no sasaran column; 2022 and 2023 capaian typed, 2024 ROUND formulas; AKI per 100.000 KH and stunting lower is better (refleksi by the note); desa SBS realised above target",
  );
  const S = "Tabel 3.4";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.4",
    "Perbandingan Target, Realisasi dan Capaian Indikator Kinerja Utama Tahun 2022 - 2024",
    "Dinas Kesehatan Kabupaten Riam Pinang",
  ]);
  s.gap();
  const inds: Ik[] = [
    {
      ind: "Angka Kematian Ibu (AKI)",
      sat: "per 100.000 KH",
      neg: true,
      t: [190, 180, 170],
      r: [205, 176, 158],
      akhir: 150,
      f: "#,##0",
    },
    {
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      neg: true,
      t: [24, 21, 18],
      r: [26.3, 22.1, 18.9],
      akhir: 14,
      f: DEC,
    },
    {
      ind: "Cakupan imunisasi dasar lengkap (IDL)",
      sat: "%",
      t: [90, 93, 95],
      r: [86.4, 91.2, 90.12],
      akhir: 96,
      f: DEC,
    },
    {
      ind: "Persentase desa Stop Buang Air Besar Sembarangan (SBS)",
      sat: "%",
      t: [35, 45, 55],
      r: [38.6, 47.9, 58.3],
      akhir: 75,
      f: DEC,
    },
  ];
  // planted 1: the IDL 2024 capaian typed with two digits swapped among formulas (94.86 -> 98.46)
  const PLANT_TYPED = { i: 2, v: 98.46 };
  // planted 2: the stunting 2024 refleksi takes the 2023 target
  const PLANT_REF = 1;
  const years = [2022, 2023, 2024];
  const cap = (x: Ik, k: number) =>
    round(x.neg ? ((2 * x.t[k] - x.r[k]) / x.t[k]) * 100 : (x.r[k] / x.t[k]) * 100);
  const rows: Row[] = [];
  inds.forEach((x, i) => {
    const base = { no: i + 1, ind: x.ind, sat: x.sat };
    const y = (vals: number[]) => Object.fromEntries(vals.map((v, k) => [`y${k}`, v]));
    rows.push({ id: `t${i}`, cells: { ...base, u: "Target", ...y(x.t), akhir: x.akhir } });
    rows.push({ id: `r${i}`, cells: { ...base, u: "Realisasi", ...y(x.r) } });
    rows.push({
      id: `c${i}`,
      cells: (c) => {
        const T = c.a("y2", `t${i}`);
        const R = c.a("y2", `r${i}`);
        const cells: Record<string, Cell> = { ...base, u: "% Capaian", y0: cap(x, 0), y1: cap(x, 1) };
        if (i === PLANT_TYPED.i) cells.y2 = PLANT_TYPED.v;
        else if (i === PLANT_REF) cells.y2 = fx(refl(R, c.a("y1", `t${i}`)));
        else cells.y2 = fx(x.neg ? refl(R, T) : rt(R, T));
        return cells;
      },
    });
  });
  const cols: Col[] = [
    { key: "no", head: ["No"], width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], width: 36 },
    { key: "sat", head: ["Satuan"], width: 14 },
    { key: "u", head: ["Uraian"], width: 12 },
    ...years.map((yr, k): Col => ({ key: `y${k}`, head: ["Tahun", String(yr)], fmt: DEC, width: 10 })),
    { key: "akhir", head: ["Target Akhir Renstra (2026)"], fmt: DEC, width: 12 },
  ];
  const t = s.table({ cols, headerRows: 2, vmerge: ["no", "ind", "sat"], rows });
  s.gap();
  s.lines([
    "Catatan:",
    "1) AKI dan prevalensi stunting berpolaritas negatif (semakin rendah semakin baik): % capaian = (2 x target - realisasi) / target x 100%.",
    "2) Indikator lainnya: % capaian = realisasi / target x 100%.",
    "3) Realisasi 2024 prevalensi stunting bersumber dari SSGI/e-PPGBM (angka sementara).",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Riam Pinang, 21 Februari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN RIAM PINANG,"],
    nama: "dr. YOSEPHA ENDANG LIMBAI, M.Kes.",
    pangkat: "Pembina Tingkat I",
    nip: "19790422 200604 2 011",
  });

  const truthOf = (i: number, k: number) => {
    const T = t.a(`y${k}`, `t${i}`);
    const R = t.a(`y${k}`, `r${i}`);
    return inds[i].neg ? refl(R, T) : rt(R, T);
  };
  b.plant({
    at: { sheet: S, cell: t.a("y2", `c${PLANT_TYPED.i}`) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% capaian 2024 of the imunisasi dasar lengkap is a typed 98.46 among the 2024 formulas; 90.12 / 95.00 gives 94.86 (two digits swapped)",
    truth: truthOf(PLANT_TYPED.i, 2),
  });
  b.plant({
    at: { sheet: S, cell: t.a("y2", `c${PLANT_REF}`) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `% capaian 2024 of the prevalensi stunting (lower is better) is =${refl(t.a("y2", `r${PLANT_REF}`), t.a("y1", `t${PLANT_REF}`))}, the 2023 target 21.00 in place of the 2024 target: (2 x 21.00 - 18.90) / 21.00 = 110.00; (2 x 18.00 - 18.90) / 18.00 gives 95.00`,
    truth: truthOf(PLANT_REF, 2),
  });
  inds.forEach((x, i) =>
    years.forEach((_, k) => {
      if (k === 2 && (i === PLANT_TYPED.i || i === PLANT_REF)) return;
      const T = t.a(`y${k}`, `t${i}`);
      const R = t.a(`y${k}`, `r${i}`);
      const rules = ["capaian-mismatch"];
      if (cap(x, k) > 100) rules.push("percent-out-of-range");
      b.ok({
        sheet: S,
        cell: t.a(`y${k}`, `c${i}`),
        rules,
        truth: truthOf(i, k),
        trap: x.neg ? rt(R, T) : undefined,
      });
    }),
  );
  return b.finish();
}
