// A sector recap of the Dinas Perhubungan of a kota in Sumatera Barat for 2024, two tables side by
// side separated by one empty column: the budget absorption per bidang / UPTD (pagu, realisasi, serapan,
// sisa as reported by SIPD) and the street lighting (PJU) per kecamatan (titik s.d. 2023, penambahan,
// jumlah, menyala, persentase menyala; the total row's percentage is the ratio of the totals). Every
// name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Row } from "../forms/kit";

type Unit = { id: string; nm: string; pagu: number; real: number };
type Kec = { id: string; nm: string; lama: number; baru: number; padam: number };

export function rekapDishubBukitSikumpar(): BookW {
  const b = new BookW(
    "rekap-serapan-dan-pju-dishub-bukit-sikumpar-2024.xlsx",
    "Rekap sektor perhubungan (serapan anggaran and PJU, side by side)",
    "Two tables side by side: left No | Bidang / UPTD | Pagu Anggaran 2024 (Rp) | Realisasi (Rp) | Serapan (%) | Sisa Anggaran (Rp) with a Jumlah row (sisa as reported by SIPD, serapan ROUND formulas); right, after one empty column: No | Kecamatan | 'Titik PJU' > s.d. 2023 | Penambahan 2024 | Jumlah s.d. 2024 | Menyala | Persentase Menyala (%) with a Jumlah row",
  );
  const S = "Rekap 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BUKIT SIKUMPAR", "DINAS PERHUBUNGAN"]);
  s.lines(["REKAPITULASI KINERJA SEKTOR PERHUBUNGAN TAHUN 2024"]);
  s.gap();
  const U: Unit[] = [
    { id: "u1", nm: "Sekretariat", pagu: 4_812_365_200, real: 4_655_918_400 },
    { id: "u2", nm: "Bidang Lalu Lintas dan Angkutan", pagu: 2_145_000_000, real: 2_071_710_000 },
    { id: "u3", nm: "Bidang Sarana dan Prasarana (PJU)", pagu: 7_870_500_000, real: 7_512_386_250 },
    { id: "u4", nm: "UPTD Pengujian Kendaraan Bermotor", pagu: 985_000_000, real: 959_900_000 },
    { id: "u5", nm: "UPTD Terminal Tipe C", pagu: 684_000_000, real: 670_850_000 },
    { id: "u6", nm: "UPTD Perparkiran", pagu: 1_065_420_000, real: 1_002_194_300 },
  ];
  // planted: UPTD Terminal's realisasi typed with an extra zero
  const REAL_U5 = 6_708_500_000;
  const K: Kec[] = [
    { id: "c1", nm: "Koto Tuo", lama: 1_184, baru: 96, padam: 112 },
    { id: "c2", nm: "Batang Agam", lama: 962, baru: 74, padam: 85 },
    { id: "c3", nm: "Aur Kuning", lama: 1_305, baru: 120, padam: 249 },
    { id: "c4", nm: "Tanjung Alam", lama: 748, baru: 58, padam: 61 },
    { id: "c5", nm: "Padang Gamuak", lama: 891, baru: 65, padam: 93 },
    { id: "c6", nm: "Simpang Limau", lama: 576, baru: 41, padam: 38 },
    { id: "c7", nm: "Kubu Gadang", lama: 1_037, baru: 88, padam: 140 },
  ];
  // planted: Aur Kuning's persentase typed 92.48 (the formula gives 82.53)
  const PCT_C3 = 92.48;
  const top = s.r;
  s.lines(["Tabel 1. Serapan Anggaran per Bidang / UPTD"], 1);
  s.r = top;
  s.lines(["Tabel 2. Penerangan Jalan Umum (PJU) per Kecamatan"], 8);
  const tT = s.r;
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Bidang / UPTD"], width: 30 },
      { key: "pagu", head: ["Pagu Anggaran 2024 (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 17 },
      { key: "real", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP, width: 17 },
      { key: "ser", head: ["Serapan (%)"], fmt: DEC, width: 10 },
      { key: "sisa", head: ["Sisa Anggaran (Rp)"], fmt: RP, width: 15 },
    ],
    headerRows: 2,
    rows: [
      ...U.map((u, i): Row => ({
        id: u.id,
        cells: (c) => ({
          no: i + 1,
          nm: u.nm,
          pagu: u.pagu,
          real: u.id === "u5" ? REAL_U5 : u.real,
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          sisa: u.pagu - u.real,
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "Jumlah",
          pagu: fx(`SUM(${c.a("pagu", "u1")}:${c.a("pagu", "u6")})`),
          real: fx(`SUM(${c.a("real", "u1")}:${c.a("real", "u6")})`),
          ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          sisa: fx(`SUM(${c.a("sisa", "u1")}:${c.a("sisa", "u6")})`),
        }),
      },
    ],
  });
  const P = "Titik PJU";
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 18 },
        { key: "lama", head: [P, "s.d. 2023"], fmt: INT, width: 10 },
        { key: "baru", head: [P, "Penambahan 2024"], role: "realisasi", year: 2024, fmt: INT, width: 11 },
        { key: "jml", head: [P, "Jumlah s.d. 2024"], fmt: INT, width: 11 },
        { key: "nyala", head: [P, "Menyala"], fmt: INT, width: 10 },
        { key: "pct", head: ["Persentase PJU Menyala (%)"], fmt: DEC, width: 12 },
      ],
      headerRows: 2,
      rows: [
        ...K.map((k, i): Row => ({
          id: k.id,
          cells: (c) => ({
            no: i + 1,
            kec: k.nm,
            lama: k.lama,
            baru: k.baru,
            jml: fx(`${c.a("lama")}+${c.a("baru")}`),
            nyala: k.lama + k.baru - k.padam,
            pct: k.id === "c3" ? PCT_C3 : fx(`ROUND(${c.a("nyala")}/${c.a("jml")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "kec"],
          cells: (c) => ({
            no: "Jumlah",
            lama: fx(`SUM(${c.a("lama", "c1")}:${c.a("lama", "c7")})`),
            baru: fx(`SUM(${c.a("baru", "c1")}:${c.a("baru", "c7")})`),
            jml: fx(`SUM(${c.a("jml", "c1")}:${c.a("jml", "c7")})`),
            nyala: fx(`SUM(${c.a("nyala", "c1")}:${c.a("nyala", "c7")})`),
            pct: fx(`ROUND(${c.a("nyala")}/${c.a("jml")}*100,2)`),
          }),
        },
      ],
    },
    8,
    tT,
  );
  s.gap();
  s.lines([
    "Sumber: SIPD (realisasi dan sisa per 31 Desember 2024); pendataan PJU Bidang Sarana dan Prasarana.",
    "Persentase PJU menyala baris Jumlah dihitung dari jumlah titik, bukan rata-rata kecamatan.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Bukit Sikumpar, 20 Januari 2025",
    jabatan: ["KEPALA DINAS PERHUBUNGAN", "KOTA BUKIT SIKUMPAR,"],
    nama: "Ir. HENDRA SYAFRIZAL DT. RAJO BASA, M.T.",
    nip: "19720814 199803 1 006",
  });

  const a1 = (k: string, id: string) => t1.a(k, id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a1("real", "u5") },
        { sheet: S, cell: a1("ser", "u5") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "UPTD Terminal Tipe C: realisasi typed 6,708,500,000 (an extra zero) against a pagu of 684,000,000, serapan 980.77 %; pagu - sisa (13,150,000 per SIPD) gives 670,850,000, 98.08 %",
    truth: `${a1("pagu", "u5")}-${a1("sisa", "u5")}`,
  });
  b.plant({
    at: { sheet: S, cell: a2("pct", "c3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Persentase PJU menyala of Aur Kuning is a typed 92.48 among ROUND formulas; 1,176 menyala of 1,425 titik gives 82.53",
    truth: `ROUND(${a2("nyala", "c3")}/${a2("jml", "c3")}*100,2)`,
  });
  for (const u of U) {
    if (u.id === "u5") continue;
    b.ok({
      sheet: S,
      cell: a1("ser", u.id),
      rules: ["serapan-over-100", "percent-out-of-range"],
      truth: `ROUND(${a1("real", u.id)}/${a1("pagu", u.id)}*100,2)`,
    });
  }
  for (const k of ["pagu", "sisa"])
    b.ok({ sheet: S, cell: a1(k, "j"), rules: ["sum-mismatch"], truth: U.map((u) => a1(k, u.id)).join("+") });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a2("jml", k.id),
      rules: ["sum-mismatch"],
      truth: `${a2("lama", k.id)}+${a2("baru", k.id)}`,
    });
    if (k.id !== "c3")
      b.ok({
        sheet: S,
        cell: a2("pct", k.id),
        rules: ["percent-out-of-range", "hardcoded-value"],
        truth: `ROUND(${a2("nyala", k.id)}/${a2("jml", k.id)}*100,2)`,
      });
  }
  for (const k of ["lama", "baru", "jml", "nyala"])
    b.ok({ sheet: S, cell: a2(k, "j"), rules: ["sum-mismatch"], truth: K.map((x) => a2(k, x.id)).join("+") });
  // the total's percentage is the ratio of the totals, not the average of the kecamatan
  b.ok({
    sheet: S,
    cell: a2("pct", "j"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(SUM(${a2("nyala", "c1")}:${a2("nyala", "c7")})/SUM(${a2("jml", "c1")}:${a2("jml", "c7")})*100,2)`,
    trap: `ROUND(AVERAGE(${a2("pct", "c1")}:${a2("pct", "c7")}),2)`,
    tol: 0.006,
  });
  return b.finish();
}
