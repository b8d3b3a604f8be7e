// Performance reports of two kota offices: the LKjIP 2024 measurement table of the Satuan Polisi
// Pamong Praja of Kota Tanjung Ruai (Kepulauan Bangka Belitung), with predikat bands in a note and
// two lower-is-better indicators, and the Perjanjian Kinerja Perubahan 2024 of the Sekretaris DPRD
// of Kota Rantau Ikil (Jambi) beside the Renstra 2022-2026 sheet it quotes. Every name and number
// is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type LkR = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  pred: string;
};

/** LKjIP 2024, Satpol PP Kota Tanjung Ruai. */
export function lkjipSatpolTanjungRuai(): BookW {
  const b = new BookW(
    "lkjip-2024-satpol-pp-kota-tanjung-ruai-pengukuran-kinerja.xlsx",
    "LKjIP measurement table with capaian and predikat",
    "No | Sasaran (merged) | Indikator Kinerja Sasaran | Satuan | Realisasi 2023 | 'Tahun 2024' > Target / Realisasi / Capaian (%) / Predikat Capaian | Keterangan; bands of the predikat in a note; two lower-is-better rows with refleksi capaian; predikat typed",
  );
  const S = "Bab III Capaian";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG RUAI",
    "SATUAN POLISI PAMONG PRAJA",
    "Jl. Bukit Kelumpang No. 4, Tanjung Ruai, Kepulauan Bangka Belitung",
  ]);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Strategis Tahun 2024"], 1, { bold: true });
  s.gap();
  const S1 = "Terwujudnya ketenteraman dan ketertiban umum yang kondusif";
  const S2 = "Meningkatnya perlindungan masyarakat";
  const S3 = "Meningkatnya kualitas layanan Satpol PP";
  const rs: LkR[] = [
    {
      id: "perda",
      sas: S1,
      ind: "Persentase penegakan Perda dan Perkada",
      sat: "%",
      r23: 81.5,
      t: 85,
      r: 88.4,
      pred: "Sangat Tinggi",
    },
    {
      id: "ulang",
      sas: S1,
      ind: "Persentase pelanggar Perda yang mengulangi pelanggaran",
      sat: "%",
      r23: 13.6,
      t: 12,
      r: 10.2,
      neg: true,
      pred: "Sangat Tinggi",
    },
    {
      id: "trantib",
      sas: S1,
      ind: "Persentase gangguan trantibum yang ditangani tuntas",
      sat: "%",
      r23: 70.4,
      t: 90,
      r: 72.9,
      pred: "Tinggi",
    },
    {
      id: "resp",
      sas: S1,
      ind: "Rata-rata waktu tanggap pengaduan ketertiban umum",
      sat: "jam",
      r23: 7.5,
      t: 6,
      r: 6.9,
      neg: true,
      pred: "Sangat Tinggi",
    },
    {
      id: "linmas",
      sas: S2,
      ind: "Persentase anggota Satlinmas yang terlatih",
      sat: "%",
      r23: 48.2,
      t: 75,
      r: 52.5,
      pred: "Tinggi",
    },
    {
      id: "ikm",
      sas: S3,
      ind: "Indeks kepuasan masyarakat terhadap layanan Satpol PP",
      sat: "indeks",
      r23: 79.1,
      t: 82,
      r: 80.36,
      pred: "Sangat Tinggi",
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "cap", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "pred", head: [G, "Predikat Capaian"], role: "predikat", width: 14 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 22 },
  ];
  const rows: Row[] = rs.map((r, i) => ({
    id: r.id,
    cells: (x) => ({
      no: i + 1,
      sas: r.sas,
      ind: r.ind,
      sat: r.sat,
      r23: r.r23,
      t: r.t,
      r: r.r,
      // planted: the waktu tanggap (lower is better) takes the positive R / T formula
      cap:
        r.neg && r.id !== "resp"
          ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
          : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
      pred: r.pred,
      ket: r.neg ? "indikator negatif" : null,
    }),
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["sas"] });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Indikator negatif (semakin kecil semakin baik): Capaian = (2 x Target - Realisasi) / Target x 100.",
    "2. Predikat capaian (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 s.d. 90 Tinggi; > 65 s.d. 75 Sedang; > 50 s.d. 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Ruai, 20 Februari 2025",
    jabatan: ["Kepala Satuan Polisi Pamong Praja", "Kota Tanjung Ruai"],
    nama: "HENDRA SAPUTRA AMIN, S.STP., M.Si.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790612 199810 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("cap", "resp") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "capaian of the rata-rata waktu tanggap (jam, lower is better by the note) is R / T = 115.00 (6.90 / 6.00); the refleksi the note prescribes gives (12 - 6.90) / 6 = 85.00",
    truth: `ROUND((2*${a("t", "resp")}-${a("r", "resp")})/${a("t", "resp")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("pred", "linmas") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' for a capaian of 70.00 (52.50 / 75.00); the band > 65 s.d. 75 of the note is Sedang",
    truth: `PREDIKAT(${a("cap", "linmas")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "ulang"),
    rules: ["capaian-mismatch"],
    truth: `(2*${a("t", "ulang")}-${a("r", "ulang")})/${a("t", "ulang")}*100`,
    trap: `${a("r", "ulang")}/${a("t", "ulang")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "perda"),
    rules: ["percent-out-of-range", "capaian-mismatch"],
    truth: `${a("r", "perda")}/${a("t", "perda")}*100`,
  });
  for (const id of ["perda", "ulang", "trantib", "ikm"])
    b.ok({ sheet: S, cell: a("pred", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("cap", id)})` });
  return b.finish();
}

type RsR = { id: string; ind: string; sat: string; aw: number; k: number[]; sas: string };

/** Perjanjian Kinerja Perubahan 2024 of the Sekretaris DPRD, Kota Rantau Ikil, with its Renstra sheet. */
export function pkPerubahanSetwanRantauIkil(): BookW {
  const b = new BookW(
    "pk-perubahan-2024-sekretaris-dprd-kota-rantau-ikil.xlsx",
    "Perjanjian Kinerja Perubahan with programme budgets before and after, and the Renstra targets",
    "sheet `Renstra 2022-2026`: No | Indikator Kinerja | Satuan | Kondisi Awal (2021) | 'Target Kinerja Tahun' > 2022..2026 | Kondisi Akhir Renstra (formula = 2026); sheet `PK Perubahan 2024`: statement, Tabel 1 No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | Target Tahun 2024; Tabel 2 No | Kode | Program / Kegiatan | Anggaran Sebelum Perubahan (Rp) | Anggaran Setelah Perubahan (Rp) | Bertambah / (Berkurang) (Rp), JUMLAH; both parties sign",
  );
  const Y = [2022, 2023, 2024, 2025, 2026];
  const SA = "Meningkatnya kualitas dukungan terhadap fungsi DPRD";
  const SB = "Meningkatnya akuntabilitas kinerja Sekretariat DPRD";
  const rs: RsR[] = [
    {
      id: "perda",
      sas: SA,
      ind: "Persentase Raperda inisiatif DPRD yang ditetapkan menjadi Perda",
      sat: "%",
      aw: 60,
      k: [65, 70, 75, 80, 85],
    },
    {
      id: "fungsi",
      sas: SA,
      ind: "Persentase agenda fungsi legislasi, anggaran dan pengawasan yang terlaksana tepat waktu",
      sat: "%",
      aw: 80,
      k: [85, 88, 90, 92, 95],
    },
    {
      id: "reses",
      sas: SA,
      ind: "Persentase pokok pikiran hasil reses yang diakomodasi dalam RKPD",
      sat: "%",
      aw: 35,
      k: [40, 45, 50, 55, 60],
    },
    {
      id: "fasil",
      sas: SA,
      ind: "Persentase layanan fasilitasi kegiatan pimpinan dan anggota DPRD yang tepat waktu",
      sat: "%",
      aw: 100,
      k: [100, 100, 100, 100, 100],
    },
    {
      id: "sakip",
      sas: SB,
      ind: "Nilai SAKIP Sekretariat DPRD",
      sat: "nilai",
      aw: 62.15,
      k: [64, 66, 68, 70, 72],
    },
  ];
  // Renstra sheet
  const R = "Renstra 2022-2026";
  const r = b.sheet(R);
  letterhead(r, [
    "SEKRETARIAT DPRD KOTA RANTAU IKIL",
    "Target Indikator Kinerja Renstra 2022-2026 (Perubahan)",
  ]);
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "aw", head: ["Kondisi Awal (2021)"], role: "kondisi-awal", year: 2021, fmt: DEC, width: 10 },
    ...Y.map((y): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja Tahun", String(y)],
      role: "target",
      year: y,
      fmt: DEC,
      width: 8,
    })),
    { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC, width: 11 },
  ];
  const rt = r.table({
    cols: rcols,
    headerRows: 2,
    rows: rs.map((x, i) => ({
      id: x.id,
      cells: (c) => {
        const o: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, aw: x.aw, ak: fx(c.a("t2026")) };
        Y.forEach((y, j) => (o[`t${y}`] = x.k[j]));
        return o;
      },
    })),
  });
  // PK sheet
  const P = "PK Perubahan 2024";
  const s = b.sheet(P);
  letterhead(s, [
    "PEMERINTAH KOTA RANTAU IKIL",
    "SEKRETARIAT DEWAN PERWAKILAN RAKYAT DAERAH",
    "Jl. Sultan Thaha No. 11, Rantau Ikil, Provinsi Jambi",
  ]);
  s.lines(["PERJANJIAN KINERJA PERUBAHAN TAHUN 2024"], 1, { bold: true });
  s.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama: Drs. M. RIDWAN HASIBUAN, M.Si.   Jabatan: Sekretaris DPRD Kota Rantau Ikil, selanjutnya disebut PIHAK PERTAMA;",
    "Nama: Ir. H. ZULKARNAIN DJAMIL, M.M.   Jabatan: Wali Kota Rantau Ikil, selanjutnya disebut PIHAK KEDUA.",
  ]);
  s.gap();
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "tgt", head: ["Target Tahun 2024 (Perubahan)"], role: "target", year: 2024, fmt: DEC, width: 12 },
  ];
  const pk = s.table({
    cols: pcols,
    headerRows: 1,
    rows: rs.map((x, i) => ({
      id: x.id,
      // planted: the reses target copied from the 2025 column of the Renstra
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tgt: x.id === "reses" ? x.k[3] : x.k[2] },
    })),
    vmerge: ["sas"],
  });
  s.gap();
  type Pg = { id: string; kode: string; nama: string; a0: number; a1: number; prog?: boolean };
  const pg: Pg[] = [
    {
      id: "k1",
      kode: "4.02.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      a0: 412850000,
      a1: 398600000,
    },
    {
      id: "k2",
      kode: "4.02.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      a0: 14926740000,
      a1: 15284310000,
    },
    {
      id: "k3",
      kode: "4.02.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      a0: 1186500000,
      a1: 1244750000,
    },
    {
      id: "k4",
      kode: "4.02.01.2.08",
      nama: "Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah",
      a0: 2216270000,
      a1: 2178210000,
    },
    {
      id: "k5",
      kode: "4.02.02.2.01",
      nama: "Pembentukan Peraturan Daerah dan Peraturan DPRD",
      a0: 1875400000,
      a1: 1702900000,
    },
    {
      id: "k6",
      kode: "4.02.02.2.02",
      nama: "Pembahasan Kebijakan Umum APBD dan Prioritas Plafon Anggaran Sementara",
      a0: 386250000,
      a1: 412600000,
    },
    {
      id: "k7",
      kode: "4.02.02.2.03",
      nama: "Pengawasan Penyelenggaraan Pemerintahan Daerah",
      a0: 2946800000,
      a1: 3118450000,
    },
    { id: "k8", kode: "4.02.02.2.04", nama: "Peningkatan Kapasitas DPRD", a0: 4318600000, a1: 4062350000 },
    {
      id: "k9",
      kode: "4.02.02.2.05",
      nama: "Penyerapan dan Penghimpunan Aspirasi Masyarakat",
      a0: 3127500000,
      a1: 3284900000,
    },
    {
      id: "k10",
      kode: "4.02.02.2.06",
      nama: "Pelaksanaan dan Pengawasan Kode Etik DPRD",
      a0: 168300000,
      a1: 154800000,
    },
  ];
  const gcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nama", head: ["Kegiatan"], width: 44 },
    {
      key: "a0",
      head: ["Anggaran Sebelum Perubahan (Rp)"],
      role: "anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    {
      key: "a1",
      head: ["Anggaran Setelah Perubahan (Rp)"],
      role: "anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "sel", head: ["Bertambah / (Berkurang) (Rp)"], fmt: RP, width: 15 },
  ];
  const grows: Row[] = pg.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      kode: x.kode,
      nama: x.nama,
      a0: x.a0,
      a1: x.a1,
      sel: fx(`${c.a("a1")}-${c.a("a0")}`),
    }),
  }));
  grows.push({
    id: "jml",
    bold: true,
    span: ["no", "nama"],
    cells: (c) => ({
      no: "JUMLAH",
      a0: fx(`SUM(${c.a("a0", "k1")}:${c.a("a0", "k10")})`),
      // planted: the SUM stops at Penyerapan Aspirasi (Kode Etik left out)
      a1: fx(`SUM(${c.a("a1", "k1")}:${c.a("a1", "k9")})`),
      sel: fx(`SUM(${c.a("sel", "k1")}:${c.a("sel", "k10")})`),
    }),
  });
  const gt = s.table({ cols: gcols, headerRows: 1, rows: grows });
  s.gap();
  s.lines(["Rantau Ikil, 2 September 2024"], 4);
  s.lines(["PIHAK KEDUA,", "WALI KOTA RANTAU IKIL"], 1);
  s.r -= 2;
  s.lines(["PIHAK PERTAMA,", "SEKRETARIS DPRD KOTA RANTAU IKIL"], 4);
  s.gap(3);
  s.lines(["Ir. H. ZULKARNAIN DJAMIL, M.M."], 1);
  s.r -= 1;
  s.lines(["Drs. M. RIDWAN HASIBUAN, M.Si.", "Pembina Utama Muda (IV/c)", "NIP. 19700304 199503 1 006"], 4);
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("tgt", "reses") },
        { sheet: R, cell: rt.a("t2024", "reses") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 2024 of the pokok pikiran hasil reses is 55.00, the Renstra's 2025 target; the Renstra's 2024 target is 50.00",
    truth: ra("t2024", "reses"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("a1", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran setelah perubahan is SUM over nine kegiatan (31,687,070,000); with Kode Etik DPRD (154,800,000) it is 31,841,870,000",
    truth: `SUM(${gt.a("a1", "k1")}:${gt.a("a1", "k10")})`,
  });
  b.ok({
    sheet: P,
    cell: gt.a("a0", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${gt.a("a0", "k1")}:${gt.a("a0", "k10")})`,
  });
  b.ok({
    sheet: P,
    cell: gt.a("sel", "k5"),
    rules: ["sum-mismatch"],
    truth: `${gt.a("a1", "k5")}-${gt.a("a0", "k5")}`,
    trap: `${gt.a("a1", "k5")}+${gt.a("a0", "k5")}`,
  });
  for (const id of ["perda", "fungsi", "sakip"])
    b.ok({ sheet: P, cell: pk.a("tgt", id), rules: ["cross-table-mismatch"], truth: ra("t2024", id) });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "fungsi"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("t2026", "fungsi"),
    trap: `SUM(${rt.a("t2022", "fungsi")}:${rt.a("t2026", "fungsi")})`,
  });
  b.ok({
    sheet: R,
    cell: rt.a("t2026", "fasil"),
    rules: ["target-trend", "target-outlier"],
    truth: rt.a("t2022", "fasil"),
  });
  return b.finish();
}
