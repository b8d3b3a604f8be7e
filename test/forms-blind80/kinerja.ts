// Cascading and LKjIP tables of the eightieth unseen set: the pohon kinerja (cascading) 2025 of
// tujuan / sasaran / program / kegiatan with pagu of the Bappelitbangda Kabupaten Sawang Saripa
// (Sulawesi Selatan), and the LKjIP 2024 summary of the Bappeda Kabupaten Danu Batur (Bali) with
// predikat and, under it, the budget realisation of its programs. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";
import { refl, rt } from "./ikd";

// ========================================= Cascading 2025, Kabupaten Sawang Saripa (Sulawesi Selatan)

type Node = {
  id: string;
  lvl: string;
  kode?: string;
  ur: string;
  ind: string;
  sat: string;
  tgt: number;
  pagu?: number;
  pd?: string;
};

/** Pohon kinerja: Level | Kode | uraian | indikator | 'Rencana Tahun 2025' > Target | Pagu; sums of children only. */
export function cascadingSawangSaripa(): BookW {
  const b = new BookW(
    "cascading-pohon-kinerja-pagu-bappelitbangda-sawang-saripa.xlsx",
    "Cascading (pohon kinerja) RPJMD 2025: tujuan, sasaran, program, kegiatan with pagu (Bappelitbangda)",
    "Level Kinerja | Kode | Tujuan / Sasaran / Program / Kegiatan | Indikator Kinerja | Satuan | 'Rencana Tahun 2025' > Target | Pagu Indikatif (Rp) | Perangkat Daerah Pengampu; tujuan = its sasaran, sasaran = its programs (formulas over non-adjacent rows), program 1.06.05 = its two kegiatan; JUMLAH PAGU = the two tujuan",
  );
  const S = "Cascading 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SAWANG SARIPA",
    "BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH",
  ]);
  s.lines(["CASCADING KINERJA DAN PENDANAAN TAHUN 2025 (RKPD PERUBAHAN)"], 1, { bold: true });
  s.gap();
  const DK = "Dinas Kesehatan";
  const xs: Node[] = [
    {
      id: "T1",
      lvl: "Tujuan",
      ur: "Meningkatnya kualitas sumber daya manusia",
      ind: "Indeks Pembangunan Manusia",
      sat: "poin",
      tgt: 72.95,
    },
    {
      id: "S11",
      lvl: "Sasaran",
      ur: "Meningkatnya derajat kesehatan masyarakat",
      ind: "Usia Harapan Hidup",
      sat: "tahun",
      tgt: 70.92,
    },
    {
      id: "p1",
      lvl: "Program",
      kode: "1.02.02",
      ur: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Persentase fasilitas kesehatan terakreditasi",
      sat: "%",
      tgt: 85,
      pagu: 48615320000,
      pd: DK,
    },
    {
      id: "p2",
      lvl: "Program",
      kode: "1.02.03",
      ur: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      ind: "Persentase puskesmas dengan 9 jenis tenaga kesehatan",
      sat: "%",
      tgt: 80,
      pagu: 2184500000,
      pd: DK,
    },
    {
      id: "p3",
      lvl: "Program",
      kode: "1.02.04",
      ur: "Program Sediaan Farmasi, Alat Kesehatan dan Makanan Minuman",
      ind: "Persentase sarana farmasi yang memenuhi standar",
      sat: "%",
      tgt: 90,
      pagu: 1236750000,
      pd: DK,
    },
    {
      id: "S12",
      lvl: "Sasaran",
      ur: "Meningkatnya kualitas pendidikan",
      ind: "Rata-rata lama sekolah",
      sat: "tahun",
      tgt: 8.21,
    },
    {
      id: "p4",
      lvl: "Program",
      kode: "1.01.02",
      ur: "Program Pengelolaan Pendidikan",
      ind: "Angka partisipasi murni SMP",
      sat: "%",
      tgt: 81.5,
      pagu: 96412880000,
      pd: "Dinas Pendidikan",
    },
    {
      id: "p5",
      lvl: "Program",
      kode: "1.01.03",
      ur: "Program Pengembangan Kurikulum",
      ind: "Persentase sekolah menerapkan kurikulum muatan lokal",
      sat: "%",
      tgt: 60,
      pagu: 845200000,
      pd: "Dinas Pendidikan",
    },
    {
      id: "T2",
      lvl: "Tujuan",
      ur: "Meningkatnya pertumbuhan ekonomi yang inklusif",
      ind: "Laju pertumbuhan ekonomi",
      sat: "%",
      tgt: 5.35,
    },
    {
      id: "S21",
      lvl: "Sasaran",
      ur: "Menurunnya kemiskinan dan pengangguran",
      ind: "Persentase penduduk miskin",
      sat: "%",
      tgt: 8.45,
    },
    {
      id: "p6",
      lvl: "Program",
      kode: "1.06.05",
      ur: "Program Perlindungan dan Jaminan Sosial",
      ind: "Persentase fakir miskin yang terpenuhi kebutuhan dasarnya",
      sat: "%",
      tgt: 75,
      pd: "Dinas Sosial",
    },
    {
      id: "k1",
      lvl: "Kegiatan",
      kode: "1.06.05.2.01",
      ur: "Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota",
      ind: "Jumlah desa dengan data fakir miskin mutakhir",
      sat: "desa",
      tgt: 94,
      pagu: 1206400000,
      pd: "Dinas Sosial",
    },
    // planted 2: the kegiatan code copied from program 1.06.04
    {
      id: "k2",
      lvl: "Kegiatan",
      kode: "1.06.04.2.02",
      ur: "Penyelenggaraan Jaminan Sosial Penerima Bantuan Iuran Daerah",
      ind: "Jumlah jiwa PBI daerah yang dibiayai",
      sat: "jiwa",
      tgt: 21400,
      pagu: 2212500000,
      pd: "Dinas Sosial",
    },
    {
      id: "p7",
      lvl: "Program",
      kode: "2.07.03",
      ur: "Program Pelatihan Kerja dan Produktivitas Tenaga Kerja",
      ind: "Jumlah pencari kerja yang dilatih",
      sat: "orang",
      tgt: 640,
      pagu: 1927350000,
      pd: "Disnakertrans",
    },
    {
      id: "p8",
      lvl: "Program",
      kode: "2.07.04",
      ur: "Program Penempatan Tenaga Kerja",
      ind: "Persentase pencari kerja yang ditempatkan",
      sat: "%",
      tgt: 42,
      pagu: 684000000,
      pd: "Disnakertrans",
    },
  ];
  const R = "Rencana Tahun 2025";
  const cols: Col[] = [
    { key: "lvl", head: ["Level Kinerja"], role: "lainnya", width: 10 },
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "ur", head: ["Tujuan / Sasaran / Program / Kegiatan"], role: "lainnya", width: 40 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "tgt", head: [R, "Target"], role: "target", year: 2025, width: 9 },
    { key: "pagu", head: [R, "Pagu Indikatif (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "pd", head: ["Perangkat Daerah Pengampu"], role: "penanggung-jawab", width: 18 },
  ];
  const plus = (c: { a: (k: string, id?: string) => string }, ids: string[]) =>
    fx(ids.map((id) => c.a("pagu", id)).join("+"));
  const pagu: Record<
    string,
    (c: {
      a: (k: string, id?: string) => string;
      c: (k: string) => string;
      row: (id: string) => number;
    }) => ReturnType<typeof fx>
  > = {
    T1: (c) => plus(c, ["S11", "S12"]),
    // planted 1: the SUM stops before program 1.02.04
    S11: (c) => fx(`SUM(${c.a("pagu", "p1")}:${c.a("pagu", "p2")})`),
    S12: (c) => fx(`SUM(${c.a("pagu", "p4")}:${c.a("pagu", "p5")})`),
    T2: (c) => plus(c, ["S21"]),
    S21: (c) => plus(c, ["p6", "p7", "p8"]),
    p6: (c) => fx(`SUM(${c.a("pagu", "k1")}:${c.a("pagu", "k2")})`),
  };
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.lvl === "Tujuan" || x.lvl === "Sasaran",
    cells: (c) => ({
      lvl: x.lvl,
      kode: x.kode,
      ur: x.ur,
      ind: x.ind,
      sat: x.sat,
      tgt: x.tgt,
      pagu: pagu[x.id] ? pagu[x.id](c) : x.pagu,
      pd: x.pd ?? "Bappelitbangda",
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["lvl", "tgt"],
    cells: (c) => ({ lvl: "JUMLAH PAGU", pagu: fx(`${c.a("pagu", "T1")}+${c.a("pagu", "T2")}`) }),
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Catatan: pagu tujuan dan sasaran adalah penjumlahan pagu program di bawahnya (tidak termasuk kegiatan).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Sawang Saripa, 8 Agustus 2025",
    jabatan: ["Kepala Bappelitbangda"],
    nama: "HJ. ST. NURHAEDAH MAPPAREBBA, S.STP., M.Si",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19800412 199912 2 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pagu", "S11") },
    rules: ["sum-mismatch"],
    note: "pagu of the sasaran derajat kesehatan = SUM of programs 1.02.02 and 1.02.03 only (50,799,820,000); with 1.02.04 (1,236,750,000) it is 52,036,570,000",
    truth: `${a("pagu", "p1")}+${a("pagu", "p2")}+${a("pagu", "p3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k2") },
    rules: ["code-hierarchy"],
    note: "kegiatan under program 1.06.05 coded 1.06.04.2.02 (copied from program 1.06.04); it is 1.06.05.2.02",
    actual: `PARENT(${a("kode", "k2")})`,
    truth: a("kode", "p6"),
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k1"),
    rules: ["code-hierarchy"],
    actual: `PARENT(${a("kode", "k1")})`,
    truth: a("kode", "p6"),
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "S21"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "p6")}+${a("pagu", "p7")}+${a("pagu", "p8")}`,
    trap: `SUM(${a("pagu", "p6")}:${a("pagu", "p8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "T2"),
    rules: ["sum-mismatch"],
    truth: a("pagu", "S21"),
    trap: `SUM(${a("pagu", "S21")}:${a("pagu", "p8")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "S12"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "p4")}+${a("pagu", "p5")}`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "p6"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "k1")}+${a("pagu", "k2")}`,
  });
  return b.finish();
}

// ============================================== LKjIP 2024 ringkasan, Bappeda Kabupaten Danu Batur (Bali)

type Lk = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  neg: boolean;
  t: number;
  r: number;
  p: string;
};

/** LKjIP summary with typed predikat and a rata-rata row; the program budget realisation under it. */
export function lkjipDanuBatur(): BookW {
  const b = new BookW(
    "lkjip-ringkasan-predikat-serapan-bappeda-danu-batur.xlsx",
    "LKjIP 2024 ringkasan capaian dan predikat, with realisasi anggaran per program (Bappeda)",
    "Tabel 3.1: No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat; deviasi lower is better (refleksi); predikat typed in Sangat Tinggi .. Sangat Rendah; Rata-rata Capaian Kinerja row; Tabel 3.2 under it: No | Program | Anggaran (Rp) | Realisasi (Rp) | Serapan (%) with a Jumlah row",
  );
  const S = "Ringkasan LKjIP";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN DANU BATUR", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines(["Tabel 3.1 Ringkasan Capaian Kinerja Bappeda Kabupaten Danu Batur Tahun 2024"], 1, { bold: true });
  const A = "Meningkatnya kualitas perencanaan pembangunan daerah";
  const B = "Meningkatnya kualitas pengendalian dan evaluasi pembangunan";
  const C = "Meningkatnya pemanfaatan data dan hasil kelitbangan";
  const xs: Lk[] = [
    {
      id: "i1",
      sas: A,
      ind: "Persentase konsistensi program RKPD dengan RPJMD",
      sat: "%",
      neg: false,
      t: 95,
      r: 97.4,
      p: "",
    },
    {
      id: "i2",
      sas: A,
      ind: "Persentase rekomendasi hasil evaluasi RKPD yang ditindaklanjuti",
      sat: "%",
      neg: false,
      t: 80,
      r: 68.75,
      p: "",
    },
    {
      id: "i3",
      sas: B,
      ind: "Nilai evaluasi SAKIP Kabupaten",
      sat: "nilai",
      neg: false,
      t: 70,
      r: 63.12,
      p: "",
    },
    // planted 1: predikat Sedang for 64.80
    {
      id: "i4",
      sas: B,
      ind: "Persentase deviasi realisasi terhadap target pembangunan",
      sat: "%",
      neg: true,
      t: 10,
      r: 13.52,
      p: "Sedang",
    },
    // planted 2: capaian divides by the target of the row above
    {
      id: "i5",
      sas: C,
      ind: "Jumlah hasil kelitbangan yang dimanfaatkan",
      sat: "dokumen",
      neg: false,
      t: 6,
      r: 5,
      p: "Sangat Rendah",
    },
    {
      id: "i6",
      sas: C,
      ind: "Indeks kepuasan layanan data perencanaan",
      sat: "nilai",
      neg: false,
      t: 82,
      r: 73.8,
      p: "",
    },
    {
      id: "i7",
      sas: C,
      ind: "Persentase data pembangunan terintegrasi Satu Data",
      sat: "%",
      neg: false,
      t: 75,
      r: 81.2,
      p: "",
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "cap", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: ["Predikat"], role: "predikat", width: 13 },
  ];
  // typed predikat from the true capaian (except the planted ones)
  const cap = (x: Lk) => Math.round(((x.neg ? 2 * x.t - x.r : x.r) / x.t) * 10000) / 100;
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      sas: x.sas,
      ind: x.ind,
      sat: x.sat,
      t: x.t,
      r: x.r,
      cap: fx(
        x.id === "i5"
          ? rt(c.a("r"), `${c.c("t")}${c.r - 1}`)
          : x.neg
            ? refl(c.a("r"), c.a("t"))
            : rt(c.a("r"), c.a("t")),
      ),
      pred: x.p || predikat(cap(x)),
    }),
  }));
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: (c) => ({
      no: "Rata-rata Capaian Kinerja",
      cap: fx(`ROUND(AVERAGE(${c.a("cap", "i1")}:${c.a("cap", "i7")}),2)`),
      pred: "Tinggi",
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Predikat menurut Permendagri 86/2017: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  s.lines(["Tabel 3.2 Realisasi Anggaran per Program Tahun 2024"], 1, { bold: true });
  const ps: Array<[string, string, number, number]> = [
    ["q1", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 9846215000, 9312640118],
    ["q2", "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", 3412600000, 3287114550],
    ["q3", "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", 1185400000, 1102863200],
    ["q4", "Program Penelitian dan Pengembangan Daerah", 742300000, 688417900],
  ];
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no" },
    { key: "pr", head: ["Program"], role: "lainnya" },
    { key: "ang", head: ["Anggaran (Rp)"], role: "anggaran", year: 2024, fmt: RP },
    { key: "re", head: ["Realisasi (Rp)"], role: "realisasi-anggaran", year: 2024, fmt: RP },
    { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC },
  ];
  const prows: Row[] = ps.map(([id, nm, an, re], i) => ({
    id,
    cells: (c) => ({ no: i + 1, pr: nm, ang: an, re, ser: fx(rt(c.a("re"), c.a("ang"))) }),
  }));
  prows.push({
    id: "jml",
    bold: true,
    span: ["no", "pr"],
    cells: (c) => ({
      no: "Jumlah",
      ang: fx(`SUM(${c.c("ang")}${c.row("q1")}:${c.c("ang")}${c.row("q4")})`),
      re: fx(`SUM(${c.c("re")}${c.row("q1")}:${c.c("re")}${c.row("q4")})`),
      ser: fx(rt(c.a("re"), c.a("ang"))),
    }),
  });
  const pt = s.table({ cols: pcols, headerRows: 1, rows: prows });
  s.gap();
  signature(s, 6, {
    tempat: "Kintamani Kelod, 27 Februari 2025",
    jabatan: ["Kepala Bappeda Kabupaten Danu Batur"],
    nama: "I NYOMAN SUKADANA WIRYAWAN, S.T., M.Si",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19770930 200312 1 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pred", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat Sedang for the deviasi capaian 64.80 (refleksi of 13.52 against 10); > 50 - 65 is Rendah",
    truth: `PREDIKAT(${a("cap", "i4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the kelitbangan documents divides 5 by the target of the row above (10): 50.00; 5 / 6 x 100 = 83.33",
    truth: rt(a("r", "i5"), a("t", "i5")),
  });
  b.ok({
    sheet: S,
    cell: a("cap", "i4"),
    rules: ["capaian-mismatch"],
    truth: refl(a("r", "i4"), a("t", "i4")),
    trap: rt(a("r", "i4"), a("t", "i4")),
  });
  for (const id of ["i1", "i2", "i3", "i7"])
    b.ok({ sheet: S, cell: a("cap", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  b.ok({
    sheet: S,
    cell: a("pred", "i6"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "i6")})`,
    trap: '"Sangat Tinggi"',
  });
  for (const id of ["i1", "i2", "i3", "i7"])
    b.ok({ sheet: S, cell: a("pred", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("cap", id)})` });
  b.ok({
    sheet: S,
    cell: a("pred", "avg"),
    rules: ["predikat-mismatch"],
    truth: `PREDIKAT(${a("cap", "avg")})`,
  });
  const p = (k: string, id: string) => pt.a(k, id);
  for (const k of ["ang", "re"])
    b.ok({ sheet: S, cell: p(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${p(k, "q1")}:${p(k, "q4")})` });
  b.ok({
    sheet: S,
    cell: p("ser", "jml"),
    rules: ["sum-mismatch", "serapan-over-100", "percent-out-of-range"],
    truth: rt(p("re", "jml"), p("ang", "jml")),
    trap: `SUM(${p("ser", "q1")}:${p("ser", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: p("ser", "q2"),
    rules: ["serapan-over-100"],
    truth: rt(p("re", "q2"), p("ang", "q2")),
  });
  return b.finish();
}
