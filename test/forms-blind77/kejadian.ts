// The fire-event recap of the seventy-seventh unseen set: a Dinas Pemadam Kebakaran dan Penyelamatan
// of a kota in Kalimantan Utara counts its fires per month on one sheet and per kecamatan on another
// (kejadian, kerugian Rp, korban jiwa, waktu tanggap rata-rata in menit: a level, averaged, never
// added). Every name and number is invented.
import { BookW, INT, RP, fx, letterhead, signature, sum, type Cell, type Col, type Ctx } from "../forms/kit";

const BULAN = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];
// kejadian, kerugian (Rp), meninggal, luka, waktu tanggap (menit)
const M: Array<[number, number, number, number, number]> = [
  [9, 612_500_000, 0, 1, 11.4],
  [7, 438_000_000, 0, 0, 12.1],
  [12, 1_245_750_000, 1, 2, 10.8],
  [8, 356_200_000, 0, 1, 11.9],
  [11, 874_300_000, 0, 0, 12.6],
  [10, 693_000_000, 0, 3, 11.2],
  [15, 1_532_400_000, 1, 2, 13.4],
  [18, 2_104_650_000, 0, 4, 14.1],
  [16, 1_768_900_000, 2, 1, 13.7],
  [9, 520_000_000, 0, 0, 12.0],
  [6, 291_350_000, 0, 1, 11.5],
  [7, 487_600_000, 0, 1, 10.9],
];
const KEC: Array<{ id: string; nama: string; n: number; rp: number; md: number; lk: number; wt: number }> = [
  { id: "k1", nama: "Sesayap Kota", n: 34, rp: 3_184_250_000, md: 1, lk: 5, wt: 9.8 },
  { id: "k2", nama: "Tanjung Buyu", n: 27, rp: 2_206_400_000, md: 1, lk: 3, wt: 11.6 },
  { id: "k3", nama: "Sebakis Hulu", n: 19, rp: 1_457_900_000, md: 0, lk: 2, wt: 15.3 },
  { id: "k4", nama: "Selumit Baru", n: 31, rp: 2_611_750_000, md: 2, lk: 4, wt: 12.4 },
  { id: "k5", nama: "Binalatung Pesisir", n: 17, rp: 0, md: 0, lk: 2, wt: 13.9 },
];

/** Rekap kejadian kebakaran 2024: per month (sheet 1) and per kecamatan (sheet 2). */
export function rekapKejadian(): BookW {
  const b = new BookW(
    "rekap-kejadian-damkar-sesayap-hilir.xlsx",
    "Rekapitulasi kejadian kebakaran (Dinas Damkar), per bulan and per kecamatan",
    "Rekap of fire events 2024 of a kota Damkar on two sheets: 'Per Bulan 2024' No. | Bulan | Jumlah Kejadian (kali) | Taksiran Kerugian (Rp) | 'Korban Jiwa (orang)' > Meninggal | Luka-luka | Waktu Tanggap Rata-rata (menit) | Keterangan, number row a..h; JUMLAH row of SUMs whose waktu tanggap is ROUND(AVERAGE); 'Per Kecamatan 2024' the same columns per kecamatan, TOTAL KOTA row",
  );
  const total = sum(M.map((m) => m[1]));
  KEC[4].rp = total - sum(KEC.slice(0, 4).map((k) => k.rp));
  const S1 = "Per Bulan 2024";
  const s = b.sheet(S1);
  letterhead(s, [
    "PEMERINTAH KOTA SESAYAP HILIR",
    "DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "Jl. Sungai Kayan No. 7, Sesayap Hilir, Kalimantan Utara 77212",
  ]);
  s.lines(["REKAPITULASI KEJADIAN KEBAKARAN MENURUT BULAN", "KOTA SESAYAP HILIR TAHUN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const cols = (first: Col): Col[] => [
    { key: "no", head: ["No."], role: "no", num: "a", width: 5 },
    first,
    { key: "n", head: ["Jumlah Kejadian (kali)"], role: "realisasi", year: 2024, num: "b", fmt: INT },
    {
      key: "rp",
      head: ["Taksiran Kerugian (Rp)"],
      role: "realisasi",
      year: 2024,
      num: "c",
      fmt: RP,
      width: 18,
    },
    { key: "md", head: ["Korban Jiwa (orang)", "Meninggal"], num: "d", fmt: INT },
    { key: "lk", head: ["Korban Jiwa (orang)", "Luka-luka"], num: "e", fmt: INT },
    { key: "wt", head: ["Waktu Tanggap Rata-rata (menit)"], num: "f", fmt: "0.0", width: 14 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "g", width: 22 },
  ];
  const t1 = s.table({
    cols: cols({ key: "bln", head: ["Bulan"], num: "a1", width: 12 }),
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...M.map((m, i) => ({
        id: `m${i}`,
        cells: {
          no: i + 1,
          bln: BULAN[i],
          n: m[0],
          rp: m[1],
          md: m[2],
          lk: m[3],
          wt: m[4],
          ket: i === 7 ? "kemarau, kebakaran lahan" : i === 2 ? "pasar Sesayap Kota" : "-",
        } as Record<string, Cell>,
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "bln"] as [string, string],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          n: fx(`SUM(${x.a("n", "m0")}:${x.a("n", "m11")})`),
          // planted: the loss total stops at November (December's 487,600,000 left out)
          rp: fx(`SUM(${x.a("rp", "m0")}:${x.a("rp", "m10")})`),
          md: fx(`SUM(${x.a("md", "m0")}:${x.a("md", "m11")})`),
          lk: fx(`SUM(${x.a("lk", "m0")}:${x.a("lk", "m11")})`),
          wt: fx(`ROUND(AVERAGE(${x.a("wt", "m0")}:${x.a("wt", "m11")}),1)`),
          ket: "rata-rata waktu tanggap",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: waktu tanggap dihitung sejak laporan diterima sampai unit pertama tiba di lokasi (standar 15 menit).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sesayap Hilir, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pemadaman dan Penyelamatan,"],
    nama: "YOHANES ALANG LAWING, S.Sos.",
    pangkat: "Penata Tingkat I",
    nip: "19810614 200803 1 004",
  });

  const S2 = "Per Kecamatan 2024";
  const s2 = b.sheet(S2);
  s2.lines(["REKAPITULASI KEJADIAN KEBAKARAN MENURUT KECAMATAN TAHUN 2024"], 1, { bold: true });
  s2.gap();
  const t2 = s2.table({
    cols: cols({ key: "bln", head: ["Kecamatan"], role: "lokasi", num: "a1", width: 20 }),
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...KEC.map((k, i) => ({
        id: k.id,
        cells: {
          no: i + 1,
          bln: k.nama,
          // planted: Selumit Baru typed 13 kejadian for 31 (digits swapped)
          n: k.id === "k4" ? 13 : k.n,
          rp: k.rp,
          md: k.md,
          lk: k.lk,
          wt: k.wt,
          ket: "-",
        } as Record<string, Cell>,
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "bln"] as [string, string],
        cells: (x: Ctx) => ({
          no: "TOTAL KOTA",
          n: fx(`SUM(${x.a("n", "k1")}:${x.a("n", "k5")})`),
          rp: fx(`SUM(${x.a("rp", "k1")}:${x.a("rp", "k5")})`),
          md: fx(`SUM(${x.a("md", "k1")}:${x.a("md", "k5")})`),
          lk: fx(`SUM(${x.a("lk", "k1")}:${x.a("lk", "k5")})`),
          wt: fx(`ROUND(AVERAGE(${x.a("wt", "k1")}:${x.a("wt", "k5")}),1)`),
          ket: "waktu tanggap: rata-rata",
        }),
      },
    ],
  });
  const q = (a: string) => `'${S1}'!${a}`;
  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: { sheet: S1, cell: a1("rp", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH kerugian = SUM over January - November (${total - M[11][1]}); December's 487,600,000 left out of the range, the twelve months give ${total}`,
    truth: `SUM(${a1("rp", "m0")}:${a1("rp", "m11")})`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S2, cell: a2("n", "tot") },
        { sheet: S2, cell: a2("n", "k4") },
        { sheet: S1, cell: a1("n", "tot") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "TOTAL KOTA kejadian per kecamatan is 110 while the months give 128: Selumit Baru typed 13 for 31 (digits swapped)",
    truth: q(a1("n", "tot")),
  });
  // traps and clean cells
  b.ok({
    sheet: S1,
    cell: a1("wt", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a1("wt", "m0")}:${a1("wt", "m11")}),1)`,
    trap: `SUM(${a1("wt", "m0")}:${a1("wt", "m11")})`,
  });
  b.ok({
    sheet: S2,
    cell: a2("wt", "tot"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: `ROUND(AVERAGE(${a2("wt", "k1")}:${a2("wt", "k5")}),1)`,
    trap: `SUM(${a2("wt", "k1")}:${a2("wt", "k5")})`,
  });
  for (const k of ["n", "md", "lk"])
    b.ok({
      sheet: S1,
      cell: a1(k, "tot"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a1(k, "m0")}:${a1(k, "m11")})`,
    });
  for (const k of ["md", "lk"])
    b.ok({
      sheet: S2,
      cell: a2(k, "tot"),
      rules: ["sum-mismatch", "cross-table-mismatch"],
      truth: q(a1(k, "tot")),
      actual: `SUM(${a2(k, "k1")}:${a2(k, "k5")})`,
    });
  b.ok({
    sheet: S2,
    cell: a2("rp", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a2("rp", "k1")}:${a2("rp", "k5")})`,
  });
  return b.finish();
}
