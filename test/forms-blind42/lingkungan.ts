// The environment office of Kota Tanjung Rangai (Lampung): waste handled per month in tons for
// 2021-2024 with a yearly total, and under it the IKLH per year (a weighted index of IKA, IKU and
// IKTL, a level) with its RPJMD target and capaian. Every office, person and number is invented.
import { BookW, DEC, fx, letterhead, round, signature, sum, type Col, type Ctx } from "../forms/kit";

const BULAN = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/** Sampah tertangani per bulan 2021-2024 and IKLH, DLH Kota Tanjung Rangai. */
export function sampahIklhTanjungRangai(): BookW {
  const b = new BookW(
    "sampah-tertangani-bulanan-iklh-dlh-tanjung-rangai.xlsx",
    "waste handled per month and IKLH per year (DLH kota)",
    "one sheet, two tables: No | Bulan | Sampah Tertangani (ton) > 2021 .. 2024 with 'Jumlah Setahun' (SUM, one typed); under it Tahun | IKA | IKU | IKTL | IKLH (weighted ROUND) | Target IKLH (RPJMD) | Capaian (%)",
  );
  const S = "Sampah & IKLH";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG RANGAI",
    "DINAS LINGKUNGAN HIDUP",
    "Jl. Raden Intan Gg. Teratai No. 9, Tanjung Rangai",
  ]);
  s.lines(["A. SAMPAH TERTANGANI (DIANGKUT KE TPA SUKARAME BARU) MENURUT BULAN, 2021-2024"], 1, {
    bold: true,
  });
  const base = [
    4812.35, 4390.2, 4915.6, 4788.45, 5021.3, 4870.15, 5012.8, 5098.4, 4932.75, 5105.6, 5011.25, 5244.9,
  ];
  const growth = [1, 1.034, 1.071, 1.112];
  const years = [2021, 2022, 2023, 2024];
  const ton = years.map((_, j) => base.map((v, i) => round(v * growth[j] + ((i * 7 + j * 3) % 5) * 1.15)));
  const tot22 = round(sum(ton[1]));
  // planted: the 2022 total typed with two digits swapped
  const str = tot22.toFixed(2);
  const p = str.length - 6; // hundreds and tens
  const swapped = Number(str.slice(0, p) + str[p + 1] + str[p] + str.slice(p + 2));
  if (Math.abs(swapped - tot22) < 1) throw new Error("dlh: swap gives the same total");
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "bln", head: ["Bulan"], role: "lainnya", width: 10 },
    ...years.map((y): Col => ({
      key: `y${y}`,
      head: ["Sampah Tertangani (ton)", String(y)],
      role: "realisasi",
      year: y,
      fmt: "#,##0.00",
      width: 12,
    })),
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...BULAN.map((n, i) => ({
        id: `m${i}`,
        cells: Object.fromEntries([["no", i + 1], ["bln", n], ...years.map((y, j) => [`y${y}`, ton[j][i]])]),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "bln"] as [string, string],
        cells: (x: Ctx) =>
          Object.fromEntries([
            ["no", "Jumlah Setahun"],
            ...years.map((y) => [
              `y${y}`,
              y === 2022 ? swapped : fx(`SUM(${x.a(`y${y}`, "m0")}:${x.a(`y${y}`, "m11")})`),
            ]),
          ]),
      },
    ],
  });
  s.gap();
  s.lines(["B. INDEKS KUALITAS LINGKUNGAN HIDUP (IKLH) KOTA TANJUNG RANGAI"], 1, { bold: true });
  const ik = [
    { y: 2021, ika: 52.4, iku: 86.15, iktl: 38.72, t: 62.5 },
    { y: 2022, ika: 53.1, iku: 87.02, iktl: 38.95, t: 63.2 },
    { y: 2023, ika: 51.8, iku: 86.4, iktl: 39.1, t: 63.9 },
    { y: 2024, ika: 54.6, iku: 88.3, iktl: 39.4, t: 64.6 },
  ];
  const ic: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "th", head: ["Tahun"], role: "lainnya", width: 10 },
    { key: "ika", head: ["Komponen Indeks", "IKA"], role: "lainnya", fmt: DEC, width: 12 },
    { key: "iku", head: ["Komponen Indeks", "IKU"], role: "lainnya", fmt: DEC, width: 12 },
    { key: "iktl", head: ["Komponen Indeks", "IKTL"], role: "lainnya", fmt: DEC, width: 12 },
    { key: "iklh", head: ["IKLH"], role: "realisasi", fmt: DEC, width: 12 },
    { key: "t", head: ["Target IKLH (RPJMD)"], role: "target", fmt: DEC, width: 12 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", fmt: DEC, width: 12 },
  ];
  const it = s.table({
    cols: ic,
    headerRows: 2,
    rows: ik.map((q, i) => ({
      id: `k${q.y}`,
      cells: (x: Ctx) => ({
        no: i + 1,
        th: String(q.y),
        ika: q.ika,
        iku: q.iku,
        iktl: q.iktl,
        iklh: fx(`ROUND(0.376*${x.a("ika")}+0.405*${x.a("iku")}+0.219*${x.a("iktl")},2)`),
        t: q.t,
        // planted: 2023 keeps the value pasted from 2022
        c: q.y === 2023 ? 100.85 : fx(`ROUND(${x.a("iklh")}/${x.a("t")}*100,2)`),
      }),
    })),
  });
  s.gap();
  s.lines(
    [
      "Keterangan: IKLH = 0,376 x IKA + 0,405 x IKU + 0,219 x IKTL; IKLH adalah nilai per tahun (bukan jumlah).",
      "Data sampah: jembatan timbang TPA; data indeks: hasil pemantauan DLH dan KLHK.",
    ],
    1,
  );
  s.gap();
  signature(s, 5, {
    tempat: "Tanjung Rangai, 10 Februari 2025",
    jabatan: ["Kepala Dinas Lingkungan Hidup", "Kota Tanjung Rangai,"],
    nama: "Ir. SYAMSUL BAHRI TANJUNG, M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19730628 199903 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ia = (k: string, id: string) => it.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2022", "jml") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Jumlah Setahun 2022 typed ${swapped.toFixed(2)} where the other years have SUM; the twelve months give ${tot22.toFixed(2)} (two digits swapped)`,
    truth: `SUM(${a("y2022", "m0")}:${a("y2022", "m11")})`,
  });
  b.plant({
    at: { sheet: S, cell: ia("c", "k2023") },
    rules: ["capaian-mismatch", "hardcoded-value", "inconsistent-formula"],
    note: "capaian IKLH 2023 typed 100.85, the 2022 value; 63.03 / 63.90 = 98.64",
    truth: `ROUND(${ia("iklh", "k2023")}/${ia("t", "k2023")}*100,2)`,
  });
  for (const y of [2021, 2024])
    b.ok({
      sheet: S,
      cell: a(`y${y}`, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(`y${y}`, "m0")}:${a(`y${y}`, "m11")})`,
    });
  b.ok({
    sheet: S,
    cell: ia("iklh", "k2024"),
    rules: ["sum-mismatch"],
    truth: `ROUND(0.376*${ia("ika", "k2024")}+0.405*${ia("iku", "k2024")}+0.219*${ia("iktl", "k2024")},2)`,
    trap: `${ia("ika", "k2024")}+${ia("iku", "k2024")}+${ia("iktl", "k2024")}`,
  });
  b.ok({
    sheet: S,
    cell: ia("c", "k2024"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${ia("iklh", "k2024")}/${ia("t", "k2024")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: ia("c", "k2022"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${ia("iklh", "k2022")}/${ia("t", "k2022")}*100,2)`,
  });
  return b.finish();
}
