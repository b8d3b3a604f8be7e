// Renstra-side tables of two provincial offices: the Sekretariat DPRD of Provinsi Kalimantan
// Utara's IKU matrix (qualitative SAKIP targets, an index on a scale of 4, rates, a
// lower-is-better duration; kondisi awal, targets 2022 .. 2026, kondisi akhir) and the Dinas PUPR
// of Provinsi Gorontalo's T-C.29 review (target, realisasi and rasio per year). Every person and
// number is invented.
import { BookW, DEC, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { refl, rt } from "./common";

type IkuIn = {
  tuj: string;
  sas: string;
  ind: string;
  rumus: string;
  sat: string;
  awal: number | string;
  t: Array<number | string>;
  akhir: number | string;
  pj: string;
};

const YEARS = [2022, 2023, 2024, 2025, 2026];

/** IKU matrix 2022-2026 of the Sekretariat DPRD Provinsi Kalimantan Utara. */
export function ikuDprd(): BookW {
  const b = new BookW(
    "iku-matriks-sakip-indeks-setwan-kaltara.xlsx",
    "IKU matrix 2022-2026 (Sekretariat DPRD)",
    "Tujuan | Sasaran | IKU | Formulasi | Satuan | Kondisi Awal 2021 | Target 2022 .. 2026 | Kondisi Akhir 2026 | PJ; a SAKIP predikat as target, an index of 4, rates and a lower-is-better duration",
  );
  const S = "Matriks IKU";
  const s = b.sheet(S);
  letterhead(s, ["SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH", "PROVINSI KALIMANTAN UTARA"]);
  s.lines(["MATRIKS INDIKATOR KINERJA UTAMA (IKU) TAHUN 2022-2026", "(Reviu Tahun 2024)"], 1, { bold: true });
  s.gap();
  const TJ = "Terwujudnya tata kelola Sekretariat DPRD yang akuntabel";
  const TJ2 = "Meningkatnya dukungan pelaksanaan fungsi DPRD";
  const rows: IkuIn[] = [
    {
      tuj: TJ,
      sas: "Meningkatnya akuntabilitas kinerja Sekretariat DPRD",
      ind: "Nilai SAKIP Sekretariat DPRD",
      rumus: "Hasil evaluasi AKIP oleh Inspektorat Provinsi",
      sat: "predikat",
      awal: "B",
      t: ["B", "BB", "BB", "BB", "A"],
      akhir: "A",
      pj: "Subbagian Perencanaan",
    },
    {
      tuj: TJ,
      sas: "Meningkatnya kualitas layanan kepada Anggota DPRD",
      ind: "Indeks Kepuasan Anggota DPRD terhadap layanan Sekretariat",
      rumus: "Rata-rata nilai survei kepuasan (skala 1-4)",
      sat: "indeks (skala 4)",
      awal: 3.05,
      t: [3.1, 3.15, 3.2, 3.52, 3.3],
      akhir: 3.3,
      pj: "Bagian Umum",
    },
    {
      tuj: TJ,
      sas: "Meningkatnya akuntabilitas kinerja Sekretariat DPRD",
      ind: "Persentase rekomendasi LHP BPK yang ditindaklanjuti",
      rumus: "Rekomendasi ditindaklanjuti / jumlah rekomendasi x 100",
      sat: "%",
      awal: 71,
      t: [75, 80, 85, 90, 95],
      akhir: 90,
      pj: "Bagian Keuangan",
    },
    {
      tuj: TJ2,
      sas: "Meningkatnya kualitas fasilitasi pembentukan Perda",
      ind: "Persentase Raperda yang ditetapkan tepat waktu sesuai Propemperda",
      rumus: "Raperda ditetapkan tepat waktu / Raperda dalam Propemperda x 100",
      sat: "%",
      awal: 62,
      t: [65, 70, 75, 80, 85],
      akhir: 85,
      pj: "Bagian Persidangan dan Perundang-undangan",
    },
    {
      tuj: TJ2,
      sas: "Meningkatnya kualitas fasilitasi pembentukan Perda",
      ind: "Persentase pokok pikiran DPRD yang diakomodir dalam RKPD",
      rumus: "Pokir diakomodir / pokir yang diusulkan x 100",
      sat: "%",
      awal: 55,
      t: [60, 65, 70, 75, 80],
      akhir: 80,
      pj: "Bagian Fasilitasi Penganggaran",
    },
    {
      tuj: TJ2,
      sas: "Meningkatnya dukungan pelaksanaan fungsi pengawasan",
      ind: "Rata-rata waktu penyampaian laporan hasil reses",
      rumus: "Jumlah hari penyampaian laporan / jumlah laporan reses",
      sat: "hari",
      awal: 14,
      t: [12, 10, 9, 8, 7],
      akhir: 7,
      pj: "Bagian Fasilitasi Pengawasan",
    },
  ];
  const TG = "Target Kinerja";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "tuj", head: ["Tujuan"], role: "tujuan", num: 2, width: 24 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", num: 3, width: 26 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: 4, width: 34 },
    { key: "rumus", head: ["Formulasi Perhitungan"], role: "rumus", num: 5, width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 6, width: 10 },
    { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, num: 7, width: 10 },
    ...YEARS.map((y, i): Col => ({
      key: `y${y}`,
      head: [TG, String(y)],
      role: "target",
      year: y,
      num: 8 + i,
      width: 8,
    })),
    { key: "akhir", head: ["Kondisi Akhir (2026)"], role: "kondisi-akhir", year: 2026, num: 13, width: 10 },
    { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: 14, width: 24 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["tuj"],
    rows: rows.map((x, i): Row => ({
      id: `i${i}`,
      cells: () => {
        const cells: Record<string, Cell> = {
          no: i + 1,
          tuj: x.tuj,
          sas: x.sas,
          ind: x.ind,
          rumus: x.rumus,
          sat: x.sat,
          awal: x.awal,
          akhir: x.akhir,
          pj: x.pj,
        };
        x.t.forEach((v, k) => (cells[`y${YEARS[k]}`] = v));
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 6 berpolaritas negatif (semakin sedikit hari semakin baik).",
    "Kondisi akhir = target tahun 2026 (akhir periode Renstra).",
  ]);
  s.gap();
  signature(s, 11, {
    tempat: "Tanjung Selor, 8 Juli 2024",
    jabatan: ["SEKRETARIS DPRD", "PROVINSI KALIMANTAN UTARA,"],
    nama: "H. MUHAMMAD SALEH IRAWAN, S.Sos., M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720519 199503 1 003",
  });
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  b.plant({
    at: { sheet: S, cell: a("y2025", 1) },
    rules: ["target-trend", "target-outlier"],
    note: "target 2025 of the indeks kepuasan is 3.52 (digits swapped): 3.10, 3.15, 3.20, 3.52, 3.30 jumps and then falls; the step of 0.05 gives 3.25 before the end target 3.30",
    truth: "3.25",
  });
  b.plant({
    at: { sheet: S, cell: a("akhir", 2) },
    rules: ["kondisi-akhir-mismatch"],
    note: "kondisi akhir of the rekomendasi LHP BPK is 90, the 2025 target copied; the 2026 target (end of the period, note) is 95",
    truth: a("y2026", 2),
  });
  // rates: the kondisi akhir is the last target, not a sum of the years
  for (const i of [3, 4])
    b.ok({
      sheet: S,
      cell: a("akhir", i),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: a("y2026", i),
      trap: `SUM(${a("y2022", i)}:${a("y2026", i)})`,
    });
  b.ok({ sheet: S, cell: a("akhir", 5), rules: ["kondisi-akhir-mismatch"], truth: a("y2026", 5) });
  b.ok({ sheet: S, cell: a("akhir", 1), rules: ["kondisi-akhir-mismatch"], truth: a("y2026", 1) });
  b.ok({ sheet: S, cell: a("akhir", 0), rules: ["kondisi-akhir-mismatch"], truth: a("y2026", 0) });
  // a lower-is-better duration falls year by year
  for (const y of [2023, 2024, 2025, 2026])
    b.ok({ sheet: S, cell: a(`y${y}`, 5), rules: ["target-trend"], truth: a(`y${y}`, 5) });
  for (const y of [2023, 2024, 2026])
    b.ok({ sheet: S, cell: a(`y${y}`, 2), rules: ["target-trend", "target-outlier"], truth: a(`y${y}`, 2) });
  return b.finish();
}

type TcIn = { ind: string; spm: string; ikk: string; t: number[]; r: number[]; neg?: boolean };

/** T-C.29 review of the Renstra 2022-2026, Dinas PUPR Provinsi Gorontalo. */
export function tc29Pupr(): BookW {
  const b = new BookW(
    "tc29-rasio-capaian-pupr-gorontalo.xlsx",
    "Renstra review T-C.29 (Dinas PUPR)",
    "T-C.29: Target SPM/Standar Nasional | Target IKK | Target Renstra PD 2022 .. 2024 | Realisasi Capaian 2022 .. 2024 | Rasio Capaian 2022 .. 2024 (%); three header rows; refleksi for the rusak berat",
  );
  const S = "T-C.29";
  const s = b.sheet(S);
  s.lines(
    [
      "Tabel T-C.29",
      "Pencapaian Kinerja Pelayanan Dinas Pekerjaan Umum dan Penataan Ruang Provinsi Gorontalo",
      "Reviu Renstra Perangkat Daerah Tahun 2022-2026 (posisi realisasi s.d. 2024)",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const rows: TcIn[] = [
    {
      ind: "Persentase jalan provinsi dalam kondisi mantap",
      spm: "-",
      ikk: "ya",
      t: [72, 74, 76],
      r: [70.85, 73.6, 77.12],
    },
    {
      ind: "Persentase daerah irigasi kewenangan provinsi dalam kondisi baik",
      spm: "-",
      ikk: "ya",
      t: [65, 68, 71],
      r: [63.2, 68.9, 70.4],
    },
    {
      ind: "Panjang jalan provinsi yang ditingkatkan (km)",
      spm: "-",
      ikk: "-",
      t: [18.5, 21, 24],
      r: [17.9, 22.35, 25.1],
    },
    {
      ind: "Jumlah jembatan provinsi yang direhabilitasi (unit)",
      spm: "-",
      ikk: "-",
      t: [4, 5, 5],
      r: [4, 5, 6],
    },
    {
      ind: "Persentase luas kawasan rawan banjir yang tertangani",
      spm: "-",
      ikk: "ya",
      t: [30, 34, 38],
      r: [28.4, 33.1, 36.8],
    },
    {
      ind: "Persentase panjang jalan provinsi dalam kondisi rusak berat",
      spm: "-",
      ikk: "ya",
      t: [9, 8, 7],
      r: [9.4, 7.6, 6.5],
      neg: true,
    },
    {
      ind: "Persentase rumah tangga yang mendapat akses air minum melalui SPAM regional",
      spm: "100",
      ikk: "ya",
      t: [41, 44, 47],
      r: [40.2, 43.5, 46.3],
    },
  ];
  const Y = [2022, 2023, 2024];
  const TG = "Target Renstra Perangkat Daerah Tahun ke-";
  const RG = "Realisasi Capaian Tahun ke-";
  const CG = "Rasio Capaian pada Tahun ke- (%)";
  const cols: Col[] = [
    { key: "no", head: ["NO"], role: "no", width: 5 },
    {
      key: "ind",
      head: ["Indikator Kinerja sesuai Tugas dan Fungsi Perangkat Daerah"],
      role: "indikator",
      width: 40,
    },
    { key: "spm", head: ["Target SPM / Standar Nasional"], width: 11 },
    { key: "ikk", head: ["Target IKK"], width: 8 },
    ...Y.map((y, i): Col => ({
      key: `t${y}`,
      head: [TG, String(i + 1), String(y)],
      role: "target",
      year: y,
      width: 8,
    })),
    ...Y.map((y, i): Col => ({
      key: `r${y}`,
      head: [RG, String(i + 1), String(y)],
      role: "realisasi",
      year: y,
      width: 8,
    })),
    ...Y.map((y, i): Col => ({
      key: `c${y}`,
      head: [CG, String(i + 1), String(y)],
      role: "capaian",
      year: y,
      fmt: DEC,
      width: 9,
    })),
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    rows: rows.map((x, i): Row => ({
      id: `i${i}`,
      cells: (c) => {
        const cells: Record<string, Cell> = { no: i + 1, ind: x.ind, spm: x.spm, ikk: x.ikk };
        Y.forEach((y, k) => {
          cells[`t${y}`] = x.t[k];
          cells[`r${y}`] = x.r[k];
          const R = c.a(`r${y}`);
          const T = c.a(`t${y}`);
          cells[`c${y}`] = fx(x.neg ? refl(R, T) : rt(R, T));
        });
        // planted (row 1): the rasio 2023 typed with digits swapped
        if (i === 1) cells.c2023 = 110.32;
        // planted (row 4): the rasio 2024 divides by the 2023 target
        if (i === 4) cells.c2024 = fx(rt(c.a("r2024"), c.a("t2023")));
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Keterangan: rasio = realisasi / target x 100; untuk indikator nomor 6 (semakin kecil semakin baik) rasio = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Gorontalo, 3 Maret 2025",
    jabatan: ["Kepala Dinas Pekerjaan Umum dan Penataan Ruang", "Provinsi Gorontalo"],
    nama: "Ir. FADLI ABDULLAH PAKAYA, M.T.",
    pangkat: "Pembina Utama Muda",
    nip: "19730911 199903 1 008",
  });
  const a = (k: string, i: number) => t.a(k, `i${i}`);
  b.plant({
    at: { sheet: S, cell: a("c2023", 1) },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "rasio 2023 of the daerah irigasi is a typed 110.32 (digits swapped) among formulas; 68.9 / 68 x 100 gives 101.32",
    truth: rt(a("r2023", 1), a("t2023", 1)),
  });
  b.plant({
    at: { sheet: S, cell: a("c2024", 4) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "rasio 2024 of the kawasan rawan banjir divides by the 2023 target: 36.8 / 34 x 100 = 108.24; against the 2024 target 38 it is 96.84",
    truth: rt(a("r2024", 4), a("t2024", 4)),
  });
  // the rusak berat is negative: its rasio is the refleksi
  for (const y of Y)
    b.ok({
      sheet: S,
      cell: a(`c${y}`, 5),
      rules: ["capaian-mismatch"],
      truth: refl(a(`r${y}`, 5), a(`t${y}`, 5)),
      trap: rt(a(`r${y}`, 5), a(`t${y}`, 5)),
    });
  // the jembatan's 120.00 in 2024 is above 100, not out of range
  b.ok({
    sheet: S,
    cell: a("c2024", 3),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("r2024", 3), a("t2024", 3)),
  });
  for (const i of [0, 2, 6])
    for (const y of Y)
      b.ok({
        sheet: S,
        cell: a(`c${y}`, i),
        rules: ["capaian-mismatch"],
        truth: rt(a(`r${y}`, i), a(`t${y}`, i)),
      });
  b.ok({
    sheet: S,
    cell: a("c2022", 1),
    rules: ["capaian-mismatch"],
    truth: rt(a("r2022", 1), a("t2022", 1)),
  });
  b.ok({
    sheet: S,
    cell: a("c2024", 1),
    rules: ["capaian-mismatch"],
    truth: rt(a("r2024", 1), a("t2024", 1)),
  });
  b.ok({
    sheet: S,
    cell: a("c2023", 4),
    rules: ["capaian-mismatch"],
    truth: rt(a("r2023", 4), a("t2023", 4)),
  });
  return b.finish();
}
