// An LKjIP 2024 measurement table of the Dinas Kesehatan of Kabupaten Seulimeum Raya (Aceh) with
// refleksi formulas for the lower-is-better rates and predikat words, and the Perjanjian Kinerja 2025
// of the RSUD Toto Paguyaman (Kabupaten Paguyaman Raya, Gorontalo) beside its Renstra 2025-2029.
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, type Cell, type Col, type Ctx, type Row } from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  r23: number;
  t: number;
  r: number;
  tak: number;
};

export function lkjipDinkes(): BookW {
  const b = new BookW(
    "lkjip-2024-dinkes-seulimeum-raya-pengukuran.xlsx",
    "LKjIP pengukuran kinerja (Dinkes)",
    "LKjIP 2024 Tabel 3.1 of a Dinas Kesehatan in Aceh: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Target Akhir Renstra 2026; ROUND formulas with refleksi on the lower-is-better rates; Rata-rata and predikat footer",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines([
    "BAB III AKUNTABILITAS KINERJA",
    "Tabel 3.1 Pengukuran Capaian Kinerja Sasaran Dinas Kesehatan Kabupaten Seulimeum Raya Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya derajat kesehatan ibu dan anak";
  const S2 = "Meningkatnya mutu dan akses pelayanan kesehatan";
  const I: Ind[] = [
    {
      id: "aki",
      sas: S1,
      ind: "Angka Kematian Ibu (per 100.000 KH)",
      sat: "per 100.000 KH",
      neg: true,
      r23: 181,
      t: 170,
      r: 158,
      tak: 154,
    },
    {
      id: "akb",
      sas: S1,
      ind: "Angka Kematian Bayi (per 1.000 KH)",
      sat: "per 1.000 KH",
      neg: true,
      r23: 14.4,
      t: 13,
      r: 13.9,
      tak: 12.6,
    },
    {
      id: "stn",
      sas: S1,
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      neg: true,
      r23: 21.3,
      t: 19.5,
      r: 18.7,
      tak: 15.3,
    },
    {
      id: "k6",
      sas: S1,
      ind: "Persentase ibu hamil mendapatkan pelayanan antenatal K6",
      sat: "%",
      neg: false,
      r23: 81.2,
      t: 90,
      r: 84.6,
      tak: 95,
    },
    {
      id: "uhc",
      sas: S2,
      ind: "Persentase penduduk dengan jaminan kesehatan aktif (UHC)",
      sat: "%",
      neg: false,
      r23: 96.9,
      t: 98,
      r: 98.62,
      tak: 98.5,
    },
    {
      id: "akr",
      sas: S2,
      ind: "Persentase puskesmas terakreditasi paripurna",
      sat: "%",
      neg: false,
      r23: 28.57,
      t: 60,
      r: 42.86,
      tak: 85,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 10 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: [G, "Predikat"], role: "predikat", width: 12 },
    { key: "tak", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, fmt: DEC, width: 11 },
  ];
  const PRED: Record<string, string> = {
    aki: "Sangat Baik",
    akb: "Sangat Baik",
    stn: "Sangat Baik",
    k6: "Sangat Baik",
    uhc: "Sangat Baik",
    akr: "Baik",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the AKB row has the positive formula among the refleksi rows
          c:
            x.neg && x.id !== "akb"
              ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
              : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          pred: PRED[x.id],
          tak: x.tak,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        bold: true,
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "aki")}:${c.a("c", "akr")}),2)`),
          pred: "Sangat Baik",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: AKI, AKB dan prevalensi stunting semakin rendah semakin baik; capaian = (2 x target - realisasi) / target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "akb") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of the AKB (lower is better by the note) is =ROUND(R/T*100,2) = 106.92; (2 x 13 - 13.9) / 13 gives 93.08, as the AKI and stunting rows compute",
    truth: refl("akb"),
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "akr") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for a capaian of 71.43 (42.86 against 60); the band > 65 - 75 of the note is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "akr")})`,
  });
  // traps: the refleksi rows are right, R / T is not
  for (const id of ["aki", "stn"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: refl(id),
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["k6", "uhc", "akr"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["aki", "stn", "k6", "uhc"])
    b.ok({
      sheet: S,
      cell: a("pred", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)})`,
    });
  return b.finish();
}

export function pkRsud(): BookW {
  const b = new BookW(
    "pk-2025-rsud-toto-paguyaman-renstra.xlsx",
    "Perjanjian Kinerja with its Renstra (RSUD)",
    "PK 2025 of an RSUD in Gorontalo: statement, No | Sasaran | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program / Kegiatan / Sub Kegiatan | Anggaran (Rp) | Keterangan with JUMLAH; sheet Renstra RSUD 2025-2029: No | Indikator | Satuan | Kondisi Awal | Target 2025 .. 2029 | Kondisi Akhir",
  );
  const P = "PK RSUD 2025";
  const R = "Renstra RSUD 2025-2029";
  const s = b.sheet(P);
  letterhead(s, ["PEMERINTAH KABUPATEN PAGUYAMAN RAYA", "RUMAH SAKIT UMUM DAERAH TOTO PAGUYAMAN"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: dr. Nurdin A. Mopangga (Direktur RSUD Toto Paguyaman) sebagai pihak pertama",
    "dan Ir. Hamzah Lasena (Bupati Paguyaman Raya) sebagai pihak kedua, sepakat atas target kinerja berikut.",
  ]);
  s.gap();
  const ind = [
    {
      id: "ikm",
      sas: "Meningkatnya kepuasan pasien",
      ind: "Indeks Kepuasan Masyarakat (IKM)",
      sat: "nilai",
      rs: [82, 83, 84, 85, 86],
      awal: 80.9,
    },
    {
      id: "spm",
      sas: "Meningkatnya mutu pelayanan RSUD",
      ind: "Persentase pemenuhan Standar Pelayanan Minimal RS",
      sat: "%",
      rs: [90, 92, 94, 96, 98],
      awal: 86.5,
    },
    {
      id: "ndr",
      sas: "Meningkatnya mutu pelayanan RSUD",
      ind: "Net Death Rate (NDR)",
      sat: "per mil",
      rs: [24, 23, 22, 21, 20],
      awal: 25.8,
    },
    {
      id: "wt",
      sas: "Meningkatnya mutu pelayanan RSUD",
      ind: "Waktu tunggu pelayanan rawat jalan",
      sat: "menit",
      rs: [55, 50, 45, 40, 35],
      awal: 62,
    },
    {
      id: "pobo",
      sas: "Meningkatnya kemandirian keuangan BLUD",
      ind: "Rasio pendapatan BLUD terhadap biaya operasional (POBO)",
      sat: "%",
      rs: [78, 80, 82, 84, 86],
      awal: 74.3,
    },
  ];
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i): Row => ({
      id: x.id,
      // planted: the SPM target is the Renstra's 2026 target
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: x.id === "spm" ? x.rs[1] : x.rs[0] },
    })),
  });
  s.gap();
  const PR1 = "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA";
  const PR2 = "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT";
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      {
        id: "p1",
        bold: true,
        cells: (c: Ctx) => ({ no: 1, kode: "1.02.01", nm: PR1, rp: fx(c.a("rp", "k1")), ket: "BLUD" }),
      },
      {
        id: "k1",
        cells: (c: Ctx) => ({
          kode: "1.02.01.2.10",
          nm: "Peningkatan Pelayanan BLUD",
          rp: fx(c.a("rp", "s1")),
        }),
      },
      {
        id: "s1",
        cells: {
          kode: "1.02.01.2.10.0001",
          nm: "Pelayanan dan Penunjang Pelayanan BLUD",
          rp: 38_750_000_000,
          ket: "Pendapatan BLUD",
        },
      },
      {
        id: "p2",
        bold: true,
        cells: (c: Ctx) => ({ no: 2, kode: "1.02.02", nm: PR2, rp: fx(c.a("rp", "k2")), ket: "DAK / DAU" }),
      },
      {
        id: "k2",
        cells: (c: Ctx) => ({
          kode: "1.02.02.2.01",
          nm: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
          rp: fx(`SUM(${c.a("rp", "s2")}:${c.a("rp", "s3")})`),
        }),
      },
      {
        id: "s2",
        cells: {
          kode: "1.02.02.2.01.0014",
          nm: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
          rp: 6_420_000_000,
          ket: "DAK Fisik",
        },
      },
      // planted: coded under program 1.02.01
      {
        id: "s3",
        cells: {
          kode: "1.02.01.2.01.0020",
          nm: "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik",
          rp: 1_185_500_000,
          ket: "DAU",
        },
      },
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c: Ctx) => ({ no: "JUMLAH", rp: fx(`${c.a("rp", "p1")}+${c.a("rp", "p2")}`) }),
      },
    ],
  });
  s.gap();
  s.put(s.r, 2, "Pihak Kedua,");
  s.put(s.r, 4, "Paguyaman, 2 Januari 2025");
  s.r++;
  s.put(s.r, 2, "BUPATI PAGUYAMAN RAYA,");
  s.put(s.r, 4, "DIREKTUR RSUD TOTO PAGUYAMAN,");
  s.r += 4;
  s.put(s.r, 2, "Ir. HAMZAH LASENA");
  s.put(s.r, 4, "dr. NURDIN A. MOPANGGA, M.Kes");
  s.put(s.r + 1, 4, "NIP. 19750308 200312 1 004");

  const r = b.sheet(R);
  r.lines(["RENSTRA RSUD TOTO PAGUYAMAN TAHUN 2025-2029", "Tabel 5.1 Target Indikator Kinerja Utama"], 1, {
    bold: true,
  });
  r.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const t3 = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 10 },
      ...Y.map((y, i): Col => ({
        key: `t${i}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        width: 8,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: ind.map((x, i): Row => {
      const cells: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal, ak: x.rs[4] };
      x.rs.forEach((v, j) => (cells[`t${j}`] = v));
      return { id: x.id, cells };
    }),
  });
  const a1 = (id: string) => t1.a("tg", id);
  const a2 = (k: string, id: string) => t2.a(k, id);
  const a3 = (k: string, id: string) => t3.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: a1("spm") },
        { sheet: R, cell: a3("t0", "spm") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the SPM RS is 92, the Renstra's 2026 target; the Renstra 2025 target is 90",
    truth: `'${R}'!${a3("t0", "spm")}`,
  });
  b.plant({
    at: { sheet: P, cell: a2("kode", "s3") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pemeliharaan Rutin dan Berkala Alat Kesehatan is coded 1.02.01.2.01.0020 under kegiatan 1.02.02.2.01 (1.02.02.2.01.0020 is meant)",
    actual: `PARENT(${a2("kode", "s3")})`,
    truth: a2("kode", "k2"),
  });
  for (const id of ["ikm", "ndr", "wt", "pobo"])
    b.ok({ sheet: P, cell: a1(id), rules: ["cross-table-mismatch"], truth: `'${R}'!${a3("t0", id)}` });
  b.ok({
    sheet: P,
    cell: a2("rp", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a2("rp", "s2")}+${a2("rp", "s3")}`,
  });
  // trap: the JUMLAH is the two programs, not every row added
  b.ok({
    sheet: P,
    cell: a2("rp", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a2("rp", "s1")}+${a2("rp", "s2")}+${a2("rp", "s3")}`,
    trap: `SUM(${a2("rp", "p1")}:${a2("rp", "s3")})`,
  });
  for (const id of ["ikm", "ndr", "wt"])
    b.ok({
      sheet: R,
      cell: a3("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a3("t4", id),
      trap: [0, 1, 2, 3, 4].map((i) => a3(`t${i}`, id)).join("+"),
    });
  return b.finish();
}
