// An E.80 evaluation of the Renstra 2021-2026 of the Dinas Koperasi dan Usaha Kecil Menengah of Kota
// Labuhan Marbau (Sumatera Utara) after the third year: realisasi per year (K, Rp) 2022 .. 2024,
// realisasi s.d. 2024 and 'Tingkat Capaian Kinerja dan Realisasi Anggaran s.d. Tahun Berjalan'.
// Every person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type EIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  akK: number;
  r: [number, number, number];
  /** a flow: s.d. K is the sum of the years; else the latest level */
  flow?: boolean;
  /** kegiatan: Rp given; program: ids of its kegiatan */
  akRp?: number;
  rp?: [number, number, number];
  kids?: string[];
};

const YR = [2022, 2023, 2024];

export function e80DinkopLabuhanMarbau(): BookW {
  const b = new BookW(
    "e80-sd-tahun-berjalan-dinkopukm-labuhan-marbau.xlsx",
    "E.80 evaluasi Renstra 2021-2026 s.d. 2024 (Dinas Koperasi dan UKM)",
    "three header rows: No | Sasaran (merged) | Kode | Program / Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | Data Capaian Awal (2021) | 'Target Akhir Renstra (2026)' > K | Rp | 'Realisasi Kinerja dan Anggaran' > Tahun 2022 .. 2024 > K | Rp | 'Realisasi s.d. Tahun 2024' > K | Rp | 'Tingkat Capaian Kinerja dan Realisasi Anggaran s.d. Tahun Berjalan (%)' > K | Rp | Unit Penanggung Jawab; program Rp SUM of its kegiatan; levels take the latest value, counts add up",
  );
  const S = "E.80";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA LABUHAN MARBAU", "DINAS KOPERASI DAN USAHA KECIL MENENGAH"]);
  s.lines([
    "Tabel E.80",
    "Evaluasi terhadap Hasil Renstra Dinas Koperasi dan UKM Kota Labuhan Marbau",
    "Periode Renstra 2021 - 2026, s.d. Tahun 2024",
  ]);
  s.gap();
  const rows: EIn[] = [
    {
      id: "p1",
      kode: "2.17.06",
      nama: "PROGRAM PEMBERDAYAAN DAN PERLINDUNGAN KOPERASI",
      ind: "Persentase koperasi aktif",
      sat: "%",
      awal: 58.4,
      akK: 70,
      r: [61.2, 63.85, 66.1],
      kids: ["k11", "k12"],
    },
    {
      id: "k11",
      kode: "2.17.06.2.01",
      nama: "Pemberdayaan dan Perlindungan Koperasi yang Keanggotaannya dalam Daerah Kabupaten/Kota",
      ind: "Jumlah koperasi yang mendapatkan pendampingan kelembagaan dan usaha",
      sat: "unit",
      awal: 41,
      akK: 250,
      r: [48, 52, 55],
      flow: true,
      akRp: 4_250_000_000,
      rp: [742_815_000, 806_440_500, 861_275_800],
    },
    {
      id: "k12",
      kode: "2.17.06.2.02",
      nama: "Fasilitasi Penilaian Kesehatan dan Rapat Anggota Tahunan Koperasi",
      ind: "Jumlah koperasi yang melaksanakan RAT tepat waktu",
      sat: "unit",
      awal: 96,
      akK: 650,
      r: [112, 121, 134],
      flow: true,
      akRp: 2_600_000_000,
      rp: [468_250_000, 497_118_400, 512_604_750],
    },
    {
      id: "p2",
      kode: "2.17.07",
      nama: "PROGRAM PEMBERDAYAAN USAHA MENENGAH, USAHA KECIL, DAN USAHA MIKRO (UMKM)",
      ind: "Persentase usaha mikro yang naik kelas menjadi usaha kecil",
      sat: "%",
      awal: 2.1,
      akK: 6,
      r: [3.05, 3.9, 4.72],
      kids: ["k21", "k22"],
    },
    {
      id: "k21",
      kode: "2.17.07.2.01",
      nama: "Pemberdayaan Usaha Mikro melalui Pendataan, Kemitraan, Kemudahan Perizinan dan Penguatan Kelembagaan",
      ind: "Jumlah usaha mikro yang difasilitasi",
      sat: "pelaku usaha",
      awal: 385,
      akK: 2_500,
      r: [430, 512, 548],
      flow: true,
      akRp: 5_400_000_000,
      rp: [918_462_000, 1_046_335_500, 1_112_870_250],
    },
    {
      id: "k22",
      kode: "2.17.08.2.02",
      nama: "Pengembangan Usaha Mikro dengan Orientasi Peningkatan Skala Usaha Menjadi Usaha Kecil",
      ind: "Jumlah usaha mikro yang mendapatkan pelatihan dan sertifikasi produk",
      sat: "pelaku usaha",
      awal: 120,
      akK: 900,
      r: [165, 178, 190],
      flow: true,
      akRp: 3_150_000_000,
      rp: [512_740_000, 588_915_250, 603_482_900],
    },
  ];
  // planted 1: the second kegiatan of program 2.17.07 is coded 2.17.08.2.02 (the Program Pengembangan UMKM)
  // planted 2: tingkat capaian Rp s.d. 2024 of kegiatan 2.17.07.2.01 typed 65.99; 3,077,667,750 / 5,400,000,000 = 56.99
  const byId = new Map(rows.map((x) => [x.id, x]));
  const pair = (
    key: string,
    path: string[],
    kRole: Col["role"],
    rRole: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `${key}K`, head: [...path, "K"], role: kRole, year, fmt: DEC, width: 9 },
    { key: `${key}R`, head: [...path, "Rp"], role: rRole, year, fmt: RP, width: 16 },
  ];
  const RG = "Realisasi Kinerja dan Anggaran";
  const TC = "Tingkat Capaian Kinerja dan Realisasi Anggaran s.d. Tahun Berjalan (%)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 24 },
    { key: "kode", head: ["Kode"], role: "kode", width: 13 },
    { key: "nama", head: ["Program / Kegiatan"], role: "lainnya", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    {
      key: "awal",
      head: ["Data Capaian Awal (2021)"],
      role: "kondisi-awal",
      year: 2021,
      fmt: DEC,
      width: 10,
    },
    {
      key: "akK",
      head: ["Target Akhir Renstra (2026)", "K"],
      role: "kondisi-akhir",
      year: 2026,
      fmt: DEC,
      width: 9,
    },
    { key: "akR", head: ["Target Akhir Renstra (2026)", "Rp"], role: "anggaran", fmt: RP, width: 16 },
    ...YR.flatMap((y) => pair(`y${y}`, [RG, `Tahun ${y}`], "realisasi", "realisasi-anggaran", y)),
    ...pair("sd", ["Realisasi s.d. Tahun 2024"], "realisasi", "realisasi-anggaran", 2024),
    ...pair("tc", [TC], "capaian", "capaian"),
    { key: "unit", head: ["Unit Penanggung Jawab"], role: "penanggung-jawab", width: 18 },
  ];
  for (const c of cols) if (c.key === "tcR" || c.key === "tcK") c.fmt = DEC;
  const SAS = "Meningkatnya kualitas kelembagaan koperasi dan daya saing usaha mikro";
  const t = s.table({
    cols,
    headerRows: 3,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      bold: !!x.kids,
      cells: (c) => {
        const cells: Record<string, Cell> = {
          no: i + 1,
          sas: SAS,
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
          akK: x.akK,
          unit: x.kids
            ? "Kepala Dinas"
            : x.id.startsWith("k1")
              ? "Bidang Kelembagaan Koperasi"
              : "Bidang UMKM",
        };
        const kidSum = (key: string) => {
          const rs = x.kids!.map((k) => c.row(k));
          return `SUM(${c.c(key)}${Math.min(...rs)}:${c.c(key)}${Math.max(...rs)})`;
        };
        cells.akR = x.kids ? fx(kidSum("akR")) : x.akRp;
        YR.forEach((y, j) => {
          cells[`y${y}K`] = x.r[j];
          cells[`y${y}R`] = x.kids ? fx(kidSum(`y${y}R`)) : x.rp![j];
        });
        cells.sdK = x.flow
          ? fx(`SUM(${c.a("y2022K")},${c.a("y2023K")},${c.a("y2024K")})`)
          : fx(c.a("y2024K"));
        cells.sdR = fx(`${c.a("y2022R")}+${c.a("y2023R")}+${c.a("y2024R")}`);
        cells.tcK = fx(`ROUND(${c.a("sdK")}/${c.a("akK")}*100,2)`);
        cells.tcR = x.id === "k21" ? 65.99 : fx(`ROUND(${c.a("sdR")}/${c.a("akR")}*100,2)`);
        return cells;
      },
    })),
  });
  void byId;
  s.gap();
  s.lines([
    "Catatan: realisasi s.d. 2024 indikator persentase = posisi tahun 2024; indikator jumlah = akumulasi 2022 - 2024.",
    "Faktor pendorong: dukungan Kementerian Koperasi dan UKM melalui dana dekonsentrasi.",
    "Faktor penghambat: banyak koperasi belum melaksanakan RAT karena pengurus tidak aktif.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Labuhan Marbau, 30 Januari 2025",
    jabatan: ["KEPALA DINAS KOPERASI DAN UKM", "KOTA LABUHAN MARBAU,"],
    nama: "Drs. ZULKARNAIN BATUBARA, M.AP.",
    pangkat: "Pembina Tingkat I",
    nip: "19740219 199903 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "k22") },
    rules: ["code-hierarchy"],
    note: "the second kegiatan of program 2.17.07 is coded 2.17.08.2.02, a code of the Program Pengembangan UMKM (2.17.08); under 2.17.07 it should be 2.17.07.2.02",
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k22")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("tcR", "k21") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "tingkat capaian Rp s.d. 2024 of kegiatan 2.17.07.2.01 is typed 65.99; 3,077,667,750 / 5,400,000,000 gives 56.99 (digits swapped), as the formulas of the other rows compute",
    truth: `ROUND(${a("sdR", "k21")}/${a("akR", "k21")}*100,2)`,
  });
  // traps: a level's s.d. is its 2024 value, a count's is the sum; program Rp = its kegiatan only
  b.ok({
    sheet: S,
    cell: a("sdK", "p1"),
    rules: ["sum-mismatch"],
    truth: a("y2024K", "p1"),
    trap: `${a("y2022K", "p1")}+${a("y2023K", "p1")}+${a("y2024K", "p1")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "p2"),
    rules: ["sum-mismatch"],
    truth: a("y2024K", "p2"),
    trap: `${a("y2022K", "p2")}+${a("y2023K", "p2")}+${a("y2024K", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdK", "k11"),
    rules: ["sum-mismatch"],
    truth: `${a("y2022K", "k11")}+${a("y2023K", "k11")}+${a("y2024K", "k11")}`,
    trap: a("y2024K", "k11"),
  });
  b.ok({
    sheet: S,
    cell: a("tcK", "p1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("y2024K", "p1")}/${a("akK", "p1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("tcK", "k21"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${a("y2022K", "k21")}+${a("y2023K", "k21")}+${a("y2024K", "k21")})/${a("akK", "k21")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("y2024R", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("y2024R", "k11")}+${a("y2024R", "k12")}`,
    trap: `${a("y2024R", "k11")}+${a("y2024R", "k12")}+${a("y2024R", "p2")}`,
  });
  b.ok({
    sheet: S,
    cell: a("sdR", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("sdR", "k21")}+${a("sdR", "k22")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k12"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p1"),
    actual: `PARENT(${a("kode", "k12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("tcR", "p1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sdR", "p1")}/${a("akR", "p1")}*100,2)`,
  });
  return b.finish();
}
