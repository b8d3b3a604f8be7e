// Service and programme recaps: the 2024 licences issued per month per jenis izin of the DPMPTSP of
// Provinsi Daerah Khusus Jayakarta with SLA compliance, and the E.81 evaluation of the Renja 2024 of
// the Dinas Ketenagakerjaan of Provinsi Kalimantan Selatan (K / Rp per triwulan, the tingkat
// pengangguran terbuka a lower-is-better rate). Every office, person and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

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

/** Rekap izin terbit per bulan 2024, DPMPTSP Provinsi DK Jayakarta. */
export function izinTerbitJayakarta(): BookW {
  const b = new BookW(
    "rekap-izin-terbit-per-bulan-2024-dpmptsp-provinsi-dk-jayakarta.xlsx",
    "licences issued per month per jenis izin with SLA compliance percentage",
    "months down: No | Bulan | 'Jenis Perizinan yang Diterbitkan (dokumen)' > PB UMKU / Persetujuan Lingkungan / SIP Tenaga Kesehatan / Izin Trayek AKDP / Izin Reklame | Total Terbit | Terbit Sesuai SLA | Kepatuhan SLA (%); JUMLAH 2024 row of SUM, its % from its own counts",
  );
  const S = "Izin Terbit 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS PENANAMAN MODAL DAN PELAYANAN TERPADU SATU PINTU",
    "PROVINSI DAERAH KHUSUS JAYAKARTA",
  ]);
  s.lines(["Rekapitulasi Izin Terbit dan Kepatuhan Standar Waktu Layanan (SLA) Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const data = [
    [412, 86, 153, 38, 61, 676],
    [389, 74, 161, 29, 55, 650],
    [455, 91, 147, 41, 72, 741],
    [367, 68, 139, 33, 49, 609],
    [421, 83, 170, 36, 64, 701],
    [438, 79, 158, 44, 58, 708],
    [472, 95, 166, 39, 70, 783],
    [449, 88, 174, 42, 67, 752],
    [463, 97, 169, 35, 73, 777],
    [481, 102, 181, 47, 76, 817],
    [458, 90, 176, 40, 69, 769],
    [503, 111, 192, 52, 84, 843],
  ];
  const J = ["PB UMKU", "Persetujuan Lingkungan", "SIP Tenaga Kesehatan", "Izin Trayek AKDP", "Izin Reklame"];
  const G = "Jenis Perizinan yang Diterbitkan (dokumen)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "bln", head: ["Bulan"], role: "lainnya", width: 12 },
    ...J.map((j, i): Col => ({ key: `j${i}`, head: [G, j], role: "realisasi", year: 2024, width: 12 })),
    { key: "tot", head: ["Total Terbit"], role: "realisasi", year: 2024, width: 10 },
    { key: "sla", head: ["Terbit Sesuai SLA"], role: "realisasi", year: 2024, width: 10 },
    { key: "pct", head: ["Kepatuhan SLA (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const rows: Row[] = BULAN.map((m, i) => ({
    id: m,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = { no: i + 1, bln: m };
      data[i].slice(0, 5).forEach((v, k) => (out[`j${k}`] = v));
      // planted: Mei's total typed with two digits swapped (the five kinds give 774)
      out.tot = m === "Mei" ? 747 : fx(`SUM(${c.a("j0")}:${c.a("j4")})`);
      out.sla = data[i][5];
      // planted: September's % keeps a stale cached result from before the SLA count was corrected
      out.pct = fx(`ROUND(${c.a("sla")}/${c.a("tot")}*100,2)`, m === "September" ? 92.15 : undefined);
      return out;
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "bln"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH 2024" };
      for (const k of ["j0", "j1", "j2", "j3", "j4", "tot", "sla"])
        out[k] = fx(`SUM(${c.a(k, "Januari")}:${c.a(k, "Desember")})`);
      out.pct = fx(`ROUND(${c.a("sla")}/${c.a("tot")}*100,2)`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Keterangan: SLA sesuai Peraturan Gubernur tentang Standar Pelayanan Perizinan (3 s.d. 14 hari kerja per jenis izin).",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Jayakarta, 10 Januari 2025",
    jabatan: ["Kepala Bidang Pelayanan Perizinan"],
    nama: "RAHMAT HIDAYATULLOH SIREGAR, S.E., M.M.",
    nip: "19820227 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("tot", "Mei") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Mei Total Terbit typed 747 among SUM formulas; 421 + 83 + 170 + 36 + 64 = 774 (digits swapped)",
    truth: `SUM(${a("j0", "Mei")}:${a("j4", "Mei")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "September") },
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    note: "September Kepatuhan SLA shows the stale cached 92.15; 777 / 837 x 100 = 92.83",
    truth: `ROUND(${a("sla", "September")}/${a("tot", "September")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "jml"),
    rules: ["sum-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("sla", "jml")}/${a("tot", "jml")}*100,2)`,
    trap: `SUM(${a("pct", "Januari")}:${a("pct", "Desember")})`,
  });
  return b.finish();
}

type E81R = {
  id: string;
  kode: string;
  ur: string;
  ind: string;
  sat: string;
  tk: number;
  trp: number;
  k: number[];
  rp: number[];
  level?: boolean;
  neg?: boolean;
  bold?: boolean;
};

/** E.81 evaluasi Renja 2024, Dinas Ketenagakerjaan Provinsi Kalimantan Selatan. */
export function e81DisnakerKalsel(): BookW {
  const b = new BookW(
    "e81-evaluasi-renja-2024-dinas-ketenagakerjaan-provinsi-kalimantan-selatan.xlsx",
    "E.81 evaluation of the Renja with K / Rp per triwulan",
    "Kode | Program / Kegiatan | Indikator Kinerja | Satuan | Target Renja 2024 > K / Rp | 'Realisasi Kinerja dan Anggaran Triwulan' > I .. IV > K / Rp | Realisasi s.d. Triwulan IV > K / Rp | Tingkat Capaian (%) > K / Rp; TPT a level (s.d. TW IV = TW IV) with refleksi capaian; counts and Rp added over quarters",
  );
  const S = "E.81 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN SELATAN", "DINAS KETENAGAKERJAAN"]);
  s.lines(["EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP PROVINSI", "TAHUN ANGGARAN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const rs: E81R[] = [
    {
      id: "prog",
      kode: "2.07.03",
      ur: "PROGRAM PENEMPATAN TENAGA KERJA",
      ind: "Tingkat Pengangguran Terbuka",
      sat: "%",
      tk: 4.1,
      trp: 6_845_200_000,
      k: [4.38, 4.29, 4.21, 4.04],
      rp: [812_450_000, 1_904_377_500, 1_966_210_000, 1_873_615_400],
      level: true,
      neg: true,
      bold: true,
    },
    {
      id: "k1",
      kode: "2.07.03.2.02",
      ur: "Pelayanan Antarkerja di Daerah Provinsi",
      ind: "Jumlah pencari kerja yang ditempatkan",
      sat: "orang",
      tk: 5200,
      trp: 3_912_600_000,
      k: [1108, 1342, 1297, 1385],
      rp: [455_300_000, 1_108_725_000, 1_176_480_000, 1_097_215_400],
    },
    {
      id: "k2",
      kode: "2.07.03.2.03",
      ur: "Penerbitan Izin LPTKS Lebih dari 1 Daerah Kabupaten/Kota",
      ind: "Jumlah izin LPTKS yang diterbitkan",
      sat: "izin",
      tk: 24,
      trp: 418_000_000,
      k: [4, 7, 6, 5],
      rp: [62_150_000, 118_402_500, 124_330_000, 98_600_000],
    },
    {
      id: "k3",
      kode: "2.07.03.2.04",
      ur: "Pengelolaan Informasi Pasar Kerja",
      ind: "Jumlah lowongan kerja yang dipublikasikan",
      sat: "lowongan",
      tk: 9000,
      trp: 2_514_600_000,
      k: [2015, 2360, 2218, 2681],
      rp: [295_000_000, 677_250_000, 665_400_000, 677_800_000],
    },
  ];
  const TW = ["I", "II", "III", "IV"];
  const G = "Realisasi Kinerja dan Anggaran Triwulan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 13 },
    { key: "ur", head: ["Program / Kegiatan"], role: "lainnya", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 30 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    { key: "tk", head: ["Target Renja 2024", "K"], role: "target", year: 2024, fmt: "#,##0.00", width: 9 },
    { key: "trp", head: ["Target Renja 2024", "Rp"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
  ];
  for (let q = 0; q < 4; q++) {
    cols.push({
      key: `k${q}`,
      head: [G, TW[q], "K"],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.00",
      width: 8,
    });
    cols.push({
      key: `r${q}`,
      head: [G, TW[q], "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 15,
    });
  }
  cols.push(
    {
      key: "sk",
      head: ["Realisasi s.d. Triwulan IV", "K"],
      role: "realisasi",
      year: 2024,
      fmt: "#,##0.00",
      width: 9,
    },
    {
      key: "srp",
      head: ["Realisasi s.d. Triwulan IV", "Rp"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 16,
    },
    { key: "ck", head: ["Tingkat Capaian (%)", "K"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "crp", head: ["Tingkat Capaian (%)", "Rp"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
  );
  const rows: Row[] = rs.map((x) => ({
    id: x.id,
    bold: x.bold,
    cells: (c): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        ur: x.ur,
        ind: x.ind,
        sat: x.sat,
        tk: x.tk,
        trp: x.trp,
      };
      x.k.forEach((v, q) => (out[`k${q}`] = v));
      x.rp.forEach((v, q) => (out[`r${q}`] = v));
      out.sk = x.level ? fx(c.a("k3")) : fx(`${c.a("k0")}+${c.a("k1")}+${c.a("k2")}+${c.a("k3")}`);
      // planted: the Rp to date of Informasi Pasar Kerja typed with two digits swapped
      out.srp = x.id === "k3" ? 2_135_450_000 : fx(`${c.a("r0")}+${c.a("r1")}+${c.a("r2")}+${c.a("r3")}`);
      // planted: the capaian K of Pelayanan Antarkerja divides TW IV alone by the target
      out.ck = x.neg
        ? fx(`ROUND((2*${c.a("tk")}-${c.a("sk")})/${c.a("tk")}*100,2)`)
        : x.id === "k1"
          ? fx(`ROUND(${c.a("k3")}/${c.a("tk")}*100,2)`)
          : fx(`ROUND(${c.a("sk")}/${c.a("tk")}*100,2)`);
      out.crp = fx(`ROUND(${c.a("srp")}/${c.a("trp")}*100,2)`);
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, rows });
  s.gap();
  s.lines([
    "Catatan: TPT adalah indikator tingkat (bukan kumulatif) dan negatif; realisasi s.d. TW IV = TW IV,",
    "capaian = (2 x target - realisasi) / target x 100.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Banjarbaru, 31 Januari 2025",
    jabatan: ["Kepala Dinas Ketenagakerjaan", "Provinsi Kalimantan Selatan"],
    nama: "Drs. H. AHMAD FAUZI RAHMANI, M.AP.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690715 199403 1 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("srp", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Informasi Pasar Kerja Rp s.d. TW IV typed 2,135,450,000; 295,000,000 + 677,250,000 + 665,400,000 + 677,800,000 = 2,315,450,000 (digits swapped)",
    truth: `${a("r0", "k3")}+${a("r1", "k3")}+${a("r2", "k3")}+${a("r3", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("ck", "k1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Pelayanan Antarkerja capaian K = TW IV / target = 1,385 / 5,200 = 26.63; the realisation to date 5,132 / 5,200 gives 98.69",
    truth: `ROUND(${a("sk", "k1")}/${a("tk", "k1")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("sk", "prog"),
    rules: ["sum-mismatch"],
    truth: a("k3", "prog"),
    trap: `${a("k0", "prog")}+${a("k1", "prog")}+${a("k2", "prog")}+${a("k3", "prog")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "prog"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("tk", "prog")}-${a("sk", "prog")})/${a("tk", "prog")}*100,2)`,
    trap: `${a("sk", "prog")}/${a("tk", "prog")}*100`,
  });
  b.ok({
    sheet: S,
    cell: a("srp", "prog"),
    rules: ["sum-mismatch"],
    truth: `${a("r0", "prog")}+${a("r1", "prog")}+${a("r2", "prog")}+${a("r3", "prog")}`,
  });
  b.ok({
    sheet: S,
    cell: a("ck", "k2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("sk", "k2")}/${a("tk", "k2")}*100,2)`,
  });
  return b.finish();
}
