// Performance tables on pengembangan kompetensi ASN: the LKjIP 2024 measurement of the BPSDM Provinsi
// Kalimantan Timur (indeks profesionalitas ASN, 20 JP, aksi perubahan PKA / PKP, biaya pelatihan per
// peserta lower is better, latsar CPNS, e-learning), the PK 2025 of its Kepala beside the Renstra BPSDM
// 2025-2029, and the IKU matrix 2021-2026 of the BKPSDM of a Bali kabupaten (Giri Amerta, invented).
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

// ================================================== BPSDM Provinsi Kalimantan Timur, LKjIP 2024

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

export function lkjipBpsdmKaltim(): BookW {
  const b = new BookW(
    "lkjip-kompetensi-asn-bpsdm-kaltim-2024.xlsx",
    "LKjIP pengukuran kinerja (BPSDM)",
    "LKjIP 2024 Tabel 3.1 of the BPSDM Provinsi Kalimantan Timur: No | Sasaran Strategis (merged) | Indikator Kinerja Utama | Satuan | 'Tahun 2024' > Target (5) | Realisasi (6) | Capaian (%) '(7) = (6) : (5) x 100' | Kategori; number row; ROUND formulas, refleksi on the biaya per peserta (lower is better); Rata-rata row",
  );
  const S = "Pengukuran Kinerja 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI KALIMANTAN TIMUR",
    "BADAN PENGEMBANGAN SUMBER DAYA MANUSIA",
    "Jl. H.A.M.M. Rifaddin, Samarinda Seberang",
  ]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Indikator Kinerja Utama BPSDM Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya profesionalitas ASN Pemerintah Provinsi";
  const S2 = "Meningkatnya kualitas penyelenggaraan pengembangan kompetensi";
  const rows: Ind[] = [
    { id: "i1", sas: S1, ind: "Indeks Profesionalitas ASN", sat: "indeks", t: 72, r: 74.35, f: DEC },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
      sat: "%",
      t: 75,
      r: 61.8,
      f: DEC,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Persentase alumni PKA dan PKP yang mengimplementasikan aksi perubahan",
      sat: "%",
      t: 80,
      r: 84.5,
      f: DEC,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Rata-rata biaya pelatihan klasikal per peserta",
      sat: "juta Rp",
      t: 4.25,
      r: 3.9,
      neg: true,
      f: DEC,
    },
    { id: "i5", sas: S2, ind: "Persentase kelulusan peserta Latsar CPNS", sat: "%", t: 98, r: 96.12, f: DEC },
    {
      id: "i6",
      sas: S2,
      ind: "Jumlah ASN peserta pembelajaran e-learning (MOOC)",
      sat: "orang",
      t: 6000,
      r: 4120,
      f: "#,##0",
    },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[1]) !== 82.4 || predikat(capOf(rows[5])) !== "Sedang") throw new Error("lkjip kaltim");
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: "(3)", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, num: "(5)", width: 10 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, num: "(6)", width: 10 },
    {
      key: "c",
      head: [G, "Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "(7) = (6) : (5) x 100",
      fmt: DEC,
      width: 12,
    },
    { key: "p", head: ["Kategori"], role: "predikat", num: "(8)", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: fmt(x.t, x.f),
          r: fmt(x.r, x.f),
          // planted: the 20 JP capaian typed 92.40 (82.40 by the formula of the other rows)
          c: x.id === "i2" ? 92.4 : fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          // planted: "Tinggi" for the e-learning's 68.67 (Sedang)
          p: x.id === "i6" ? "Tinggi" : predikat(capOf(x)),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
          p: "Sangat Tinggi",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator biaya pelatihan per peserta semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori capaian (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Samarinda, 14 Februari 2025",
    jabatan: ["Kepala Badan Pengembangan Sumber Daya Manusia", "Provinsi Kalimantan Timur,"],
    nama: "Dr. H. ARIFIN NOOR SYAHRANI, M.Si.",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19710305 199503 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the ASN memenuhi 20 JP is a typed 92.40 among ROUND formulas; 61.80 / 75.00 x 100 gives 82.40",
    truth: rt(a("r", "i2"), a("t", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i6") },
    rules: ["predikat-mismatch"],
    note: "kategori 'Tinggi' for the e-learning capaian 68.67 (4,120 of 6,000); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "i6")})`,
  });
  for (const x of rows) {
    if (x.id === "i2") continue;
    const R = a("r", x.id);
    const T = a("t", x.id);
    b.ok({
      sheet: S,
      cell: a("c", x.id),
      rules: x.neg
        ? ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"]
        : ["capaian-mismatch", "percent-out-of-range"],
      truth: x.neg ? refl(R, T) : rt(R, T),
      // the biaya per peserta is lower is better: 108.24, not R / T 91.76
      trap: x.neg ? rt(R, T) : undefined,
    });
    if (x.id !== "i6")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  return b.finish();
}

// ======================================= BPSDM Provinsi Kalimantan Timur, PK 2025 and Renstra 2025-2029

type RInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; f: string };

export function pkBpsdmKaltim(): BookW {
  const b = new BookW(
    "pk-kepala-bpsdm-kaltim-renstra-2025-2029.xlsx",
    "PK 2025 and Renstra BPSDM 2025-2029",
    "sheet 'PK 2025': statement, Tabel sasaran No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025; Tabel anggaran No | Kode | Program / Kegiatan / Sub Kegiatan | Pagu Anggaran (Rp) | Keterangan with Kepmendagri codes 5.03.03 and a JUMLAH; sheet 'Renstra BPSDM 2025-2029': No | Indikator | Satuan | Kondisi Awal (2024) | 'Target Kinerja Tahun ke-' > I (2025) .. V (2029) | Kondisi Akhir (2029)",
  );
  const S = "PK 2025";
  const R = "Renstra BPSDM 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN TIMUR", "BADAN PENGEMBANGAN SUMBER DAYA MANUSIA"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Pada hari ini Kamis tanggal dua bulan Januari tahun dua ribu dua puluh lima, kami yang bertanda tangan di bawah ini:",
    "Nama : Dr. H. ARIFIN NOOR SYAHRANI, M.Si. - Jabatan : Kepala BPSDM Provinsi Kalimantan Timur (PIHAK PERTAMA)",
    "Nama : Drs. H. MUHAMMAD RAMADHANI, M.M. - Jabatan : Sekretaris Daerah Provinsi Kalimantan Timur (PIHAK KEDUA)",
  ]);
  s.gap();
  const rows: RInd[] = [
    {
      id: "r1",
      ind: "Indeks Profesionalitas ASN",
      sat: "indeks",
      awal: 72.6,
      tg: [74, 76, 78, 80, 82],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
      sat: "%",
      awal: 61.8,
      tg: [68, 72, 76, 80, 85],
      f: DEC,
    },
    {
      id: "r3",
      ind: "Persentase alumni PKA dan PKP yang mengimplementasikan aksi perubahan",
      sat: "%",
      awal: 84.5,
      tg: [85, 86, 87, 88, 90],
      f: DEC,
    },
    {
      id: "r4",
      ind: "Indeks kepuasan peserta pelatihan (skala 4)",
      sat: "indeks",
      awal: 3.42,
      tg: [3.45, 3.5, 3.55, 3.6, 3.65],
      f: DEC,
    },
  ];
  const SAS = "Meningkatnya profesionalitas dan kompetensi ASN";
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, k) => ({
      id: x.id,
      // planted: the 20 JP target is the Renstra's 2026 value
      cells: { no: k + 1, sas: SAS, ind: x.ind, sat: x.sat, tg: fmt(x.id === "r2" ? x.tg[1] : x.tg[0], x.f) },
    })),
  });
  s.gap();
  type P = { id: string; kode: string; nm: string; rp?: number; kids?: string[] };
  const prog: P[] = [
    { id: "p", kode: "5.03.03", nm: "PROGRAM PENGEMBANGAN SUMBER DAYA MANUSIA", kids: ["k1", "k2"] },
    { id: "k1", kode: "5.03.03.2.01", nm: "Pengembangan Kompetensi Teknis", kids: ["s11", "s12"] },
    {
      id: "s11",
      kode: "5.03.03.2.01.0001",
      nm: "Penyelenggaraan Pelatihan Teknis dan Fungsional ASN",
      rp: 3_845_600_000,
    },
    {
      id: "s12",
      kode: "5.03.03.2.01.0002",
      nm: "Pengembangan Pembelajaran Digital (e-Learning)",
      rp: 612_300_000,
    },
    {
      id: "k2",
      kode: "5.03.03.2.02",
      nm: "Sertifikasi, Kelembagaan, Pengembangan Kompetensi Manajerial dan Fungsional",
      kids: ["s21", "s22"],
    },
    {
      id: "s21",
      kode: "5.03.03.2.02.0001",
      nm: "Penyelenggaraan Pelatihan Kepemimpinan Administrator dan Pengawas",
      rp: 6_420_750_000,
    },
    // planted: coded under kegiatan 5.03.03.2.01
    { id: "s22", kode: "5.03.03.2.01.0003", nm: "Penyelenggaraan Pelatihan Dasar CPNS", rp: 5_118_400_000 },
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 20 },
      { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], width: 46 },
      { key: "rp", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, k): Row => ({
        id: x.id,
        bold: !!x.kids,
        cells: (c) => ({
          no: k + 1,
          kode: x.kode,
          nm: x.nm,
          rp: x.kids ? fx(x.kids.map((id) => c.a("rp", id)).join("+")) : x.rp,
          ket: "APBD",
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({ no: "JUMLAH", rp: fx(c.a("rp", "p")) }),
      },
    ],
  });
  s.gap();
  s.lines(["PIHAK KEDUA,", "", "", "", "Drs. H. MUHAMMAD RAMADHANI, M.M."], 2);
  s.r -= 5;
  s.lines(["Samarinda, 2 Januari 2025", "PIHAK PERTAMA,", "", "", "Dr. H. ARIFIN NOOR SYAHRANI, M.Si."], 4);

  const r = b.sheet(R);
  r.lines(["Tabel 6.1 Indikator Kinerja BPSDM yang Mengacu pada Tujuan dan Sasaran RPJMD 2025-2029"], 1, {
    bold: true,
  });
  r.gap();
  const TG = "Target Kinerja pada Tahun ke-";
  const ORD = ["I", "II", "III", "IV", "V"];
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 11 },
      ...ORD.map((o, i): Col => ({
        key: `y${2025 + i}`,
        head: [TG, `${o} (${2025 + i})`],
        role: "target",
        year: 2025 + i,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir (2029)"], role: "kondisi-akhir", year: 2029, width: 11 },
    ],
    headerRows: 2,
    rows: rows.map((x, k) => {
      const out: Row["cells"] = {
        no: k + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ak: fmt(x.tg[4], x.f),
      };
      x.tg.forEach((v, i) => (out[`y${2025 + i}`] = fmt(v, x.f)));
      return { id: x.id, cells: out };
    }),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the ASN memenuhi 20 JP is 72.00, the Renstra's target for 2026 (Tahun ke-II); the Renstra 2025 target is 68.00",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("kode", "s22") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penyelenggaraan Pelatihan Dasar CPNS is coded 5.03.03.2.01.0003 (kegiatan 5.03.03.2.01) under kegiatan 5.03.03.2.02; its code is 5.03.03.2.02.0002",
    truth: `${t2.a("kode", "k2")}&".0002"`,
  });
  for (const x of rows) {
    if (x.id !== "r2")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y2025", x.id)}`,
      });
    const ys = [2025, 2026, 2027, 2028, 2029].map((y) => tr.a(`y${y}`, x.id));
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ys[4],
      // an index or a rate ends at its last target, not at the sum of the five
      trap: ys.join("+"),
    });
  }
  for (const id of ["s11", "s12", "s21"])
    b.ok({
      sheet: S,
      cell: t2.a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${t2.a("kode", id)})`,
      actual: t2.a("kode", id.startsWith("s1") ? "k1" : "k2"),
    });
  for (const id of ["k1", "k2"])
    b.ok({
      sheet: S,
      cell: t2.a("rp", id),
      rules: ["sum-mismatch"],
      truth: prog
        .find((x) => x.id === id)!
        .kids!.map((k) => t2.a("rp", k))
        .join("+"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("rp", "tot"),
    rules: ["sum-mismatch"],
    truth: t2.a("rp", "p"),
    // the JUMLAH is the program, not every row above added
    trap: `SUM(${t2.a("rp", "p")}:${t2.a("rp", "s22")})`,
  });
  return b.finish();
}

// =========================================== BKPSDM Kabupaten Giri Amerta (Bali), IKU 2021-2026

type IkuInd = {
  id: string;
  ind: string;
  def: string;
  sat: string;
  awal: number;
  tg: number[];
  neg?: boolean;
  pj: string;
};

export function ikuBkpsdmGiriAmerta(): BookW {
  const b = new BookW(
    "iku-bkpsdm-giri-amerta-2021-2026.xlsx",
    "IKU matrix (BKPSDM)",
    "Indikator Kinerja Utama BKPSDM Kabupaten Giri Amerta 2021-2026: No | Sasaran | Indikator Kinerja Utama | Definisi Operasional / Formulasi | Satuan | Kondisi Awal (2021) | 'Target Tahun ke-' > 1 (2022) .. 5 (2026) | Kondisi Akhir (2026) | Penanggung Jawab; one lower-is-better row (hukuman disiplin)",
  );
  const S = "IKU 2021-2026";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN GIRI AMERTA",
    "BADAN KEPEGAWAIAN DAN PENGEMBANGAN SUMBER DAYA MANUSIA",
  ]);
  s.lines([
    "LAMPIRAN KEPUTUSAN BUPATI GIRI AMERTA NOMOR 118/HK/2022",
    "INDIKATOR KINERJA UTAMA BKPSDM TAHUN 2021-2026",
  ]);
  s.gap();
  const SAS = "Meningkatnya profesionalitas ASN Pemerintah Kabupaten";
  const rows: IkuInd[] = [
    {
      id: "k1",
      ind: "Indeks Profesionalitas ASN",
      def: "Rata-rata nilai dimensi kualifikasi, kompetensi, kinerja dan disiplin (PermenPANRB 38/2018)",
      sat: "indeks",
      awal: 61.2,
      tg: [64, 66.5, 69, 71.5, 74],
      pj: "Bidang Pengembangan Kompetensi",
    },
    {
      id: "k2",
      ind: "Persentase ASN yang memenuhi 20 JP pengembangan kompetensi",
      def: "Jumlah ASN dengan >= 20 JP / jumlah ASN x 100%",
      sat: "%",
      awal: 32.4,
      tg: [45, 55, 65, 70, 80],
      pj: "Bidang Pengembangan Kompetensi",
    },
    {
      id: "k3",
      ind: "Persentase ASN yang dijatuhi hukuman disiplin",
      def: "Jumlah ASN dijatuhi hukuman disiplin / jumlah ASN x 100%",
      sat: "%",
      awal: 1.85,
      tg: [1.6, 1.4, 1.2, 1, 0.8],
      neg: true,
      pj: "Bidang Pembinaan dan Kinerja",
    },
    {
      id: "k4",
      ind: "Persentase jabatan pimpinan tinggi dan administrator yang diisi sesuai standar kompetensi",
      def: "Jumlah jabatan diisi sesuai hasil uji kompetensi / jumlah jabatan x 100%",
      sat: "%",
      awal: 58,
      tg: [62, 66, 70, 74, 78],
      pj: "Bidang Mutasi dan Promosi",
    },
  ];
  const TG = "Target Tahun ke-";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "sas", head: ["Sasaran"], role: "sasaran", num: 2, width: 28 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", num: 3, width: 40 },
      { key: "def", head: ["Definisi Operasional / Formulasi"], role: "rumus", num: 4, width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: 5, width: 9 },
      { key: "awal", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, num: 6, width: 10 },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${2022 + i}`,
        head: [TG, `${i + 1} (${2022 + i})`],
        role: "target",
        year: 2022 + i,
        num: 7 + i,
        fmt: DEC,
        width: 9,
      })),
      {
        key: "ak",
        head: ["Kondisi Akhir (2026)"],
        role: "kondisi-akhir",
        year: 2026,
        num: 12,
        fmt: DEC,
        width: 10,
      },
      { key: "pj", head: ["Penanggung Jawab"], role: "penanggung-jawab", num: 13, width: 22 },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["sas"],
    rows: rows.map((x, k) => {
      const out: Row["cells"] = {
        no: k + 1,
        sas: SAS,
        ind: x.ind,
        def: x.def,
        sat: x.sat,
        awal: fmt(x.awal, DEC),
        ak: x.tg[4],
        pj: x.pj,
      };
      x.tg.forEach((v, i) => (out[`y${2022 + i}`] = v));
      // planted: the IP ASN 2024 target typed without its decimal point (690 for 69.0)
      if (x.id === "k1") out.y2024 = 690;
      // planted: the 20 JP 2025 target falls from 65 to 47.5 and climbs to 80
      if (x.id === "k2") out.y2025 = 47.5;
      return { id: x.id, cells: out };
    }),
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 bersifat negatif (semakin kecil semakin baik).",
    "Target tahun ke-4 (2025) indikator nomor 2 disesuaikan dengan Renstra Perubahan: 70,00.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Amerta, 12 Juli 2022",
    jabatan: ["BUPATI GIRI AMERTA,"],
    nama: "I NYOMAN GEDE SUARTANA",
    nip: "-",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("y2024", "k1") },
    rules: ["target-outlier"],
    note: "IP ASN target for 2024 (Tahun ke-3) is 690 between 66.50 and 71.50; the decimal point was lost, it is 69.00",
    truth: `(${a("y2023", "k1")}+${a("y2025", "k1")})/2`,
  });
  b.plant({
    at: { sheet: S, cell: a("y2025", "k2") },
    rules: ["target-trend"],
    note: "20 JP target for 2025 (Tahun ke-4) drops to 47.50 after 65.00 in 2024 and before 80.00 in 2026, for an indicator where higher is better; the note and the Renstra Perubahan give 70.00",
    truth: "70",
  });
  for (const x of rows) {
    const ys = [2022, 2023, 2024, 2025, 2026].map((y) => a(`y${y}`, x.id));
    b.ok({
      sheet: S,
      cell: a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: ys[4],
      trap: ys.join("+"),
    });
  }
  b.ok({ sheet: S, cell: a("y2026", "k3"), rules: ["target-trend"], truth: "0.8" });
  b.ok({ sheet: S, cell: a("y2025", "k3"), rules: ["target-trend"], truth: "1" });
  b.ok({ sheet: S, cell: a("y2025", "k4"), rules: ["target-trend", "target-outlier"], truth: "74" });
  b.ok({ sheet: S, cell: a("y2023", "k1"), rules: ["target-outlier"], truth: "66.5" });
  return b.finish();
}
