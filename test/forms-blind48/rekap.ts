// The recaps: a disaster-event recap per kabupaten/kota of the BPBD Provinsi Sumatera Barat (jumlah
// kejadian per jenis bencana, korban jiwa, rumah rusak, kerugian in rupiah) with a Sub Jumlah per
// wilayah and a JUMLAH over the Sub Jumlah rows, and an LRA-style budget realisation per sub
// kegiatan of the Satpol PP Provinsi Riau (Anggaran, Realisasi, Sisa, %). Every office, region,
// person and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  signature,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Kab = {
  id: string;
  nama: string;
  n: [number, number, number, number];
  mati: number;
  luka: number;
  rr: [number, number, number];
  rp: number;
};

/** Rekapitulasi kejadian bencana per kabupaten/kota 2024, BPBD Provinsi Sumatera Barat. */
export function rekapBencanaSumbar(): BookW {
  const b = new BookW(
    "rekapitulasi-kejadian-bencana-bpbd-sumbar-2024.xlsx",
    "disaster-event recap per kabupaten/kota",
    "No | Kabupaten/Kota | Frekuensi Kejadian > Banjir / Longsor / Puting Beliung / Karhutla / Total | Korban Jiwa > Meninggal / Luka-luka | Kerusakan Rumah (unit) > RB / RS / RR | Taksiran Kerugian (Rp); Sub Jumlah per wilayah, JUMLAH over the Sub Jumlah rows",
  );
  const S = "Rekap Bencana";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SUMATERA BARAT",
    "BADAN PENANGGULANGAN BENCANA DAERAH",
    "Jl. Raya Bukit Sariak No. 17, Padang",
  ]);
  s.lines(
    ["REKAPITULASI KEJADIAN BENCANA MENURUT KABUPATEN/KOTA", "Periode 1 Januari s.d. 31 Desember 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const pesisir: Kab[] = [
    {
      id: "a1",
      nama: "Kab. Pesisir Batang Kapeh",
      n: [14, 9, 4, 2],
      mati: 3,
      luka: 11,
      rr: [18, 27, 64],
      rp: 18_742_500_000,
    },
    {
      id: "a2",
      nama: "Kab. Tiku Selatan",
      n: [11, 6, 5, 1],
      mati: 1,
      luka: 7,
      rr: [9, 16, 41],
      rp: 9_318_250_000,
    },
    {
      id: "a3",
      nama: "Kota Pariaman Baru",
      n: [7, 2, 3, 0],
      mati: 0,
      luka: 2,
      rr: [3, 8, 22],
      rp: 3_905_700_000,
    },
  ];
  const darek: Kab[] = [
    {
      id: "b1",
      nama: "Kab. Lintau Sumaniak",
      n: [8, 15, 3, 6],
      mati: 5,
      luka: 14,
      rr: [21, 19, 38],
      rp: 22_164_800_000,
    },
    {
      id: "b2",
      nama: "Kab. Koto Ampek Angkek",
      n: [6, 12, 2, 4],
      mati: 2,
      luka: 9,
      rr: [12, 15, 29],
      rp: 11_587_350_000,
    },
    {
      id: "b3",
      nama: "Kab. Alahan Rajo",
      n: [5, 10, 4, 9],
      mati: 1,
      luka: 5,
      rr: [7, 11, 33],
      rp: 8_236_900_000,
    },
    {
      id: "b4",
      nama: "Kota Sungai Tarab Indah",
      n: [3, 4, 2, 1],
      mati: 0,
      luka: 3,
      rr: [2, 5, 17],
      rp: 2_471_600_000,
    },
  ];
  const JB = ["Banjir", "Tanah Longsor", "Angin Puting Beliung", "Karhutla"];
  const num = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: 1, width: 5 },
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", num: 2, width: 26 },
    ...JB.map((j, i): Col => ({
      key: `n${i}`,
      head: ["Frekuensi Kejadian (kali)", j],
      role: "realisasi",
      year: 2024,
      num: num[i],
      fmt: INT,
      width: 9,
    })),
    {
      key: "nt",
      head: ["Frekuensi Kejadian (kali)", "Total"],
      role: "realisasi",
      year: 2024,
      num: 7,
      fmt: INT,
      width: 8,
    },
    {
      key: "md",
      head: ["Korban Jiwa (orang)", "Meninggal/ Hilang"],
      role: "realisasi",
      year: 2024,
      num: 8,
      fmt: INT,
      width: 10,
    },
    {
      key: "lk",
      head: ["Korban Jiwa (orang)", "Luka-luka"],
      role: "realisasi",
      year: 2024,
      num: 9,
      fmt: INT,
      width: 9,
    },
    {
      key: "rb",
      head: ["Kerusakan Rumah (unit)", "Rusak Berat"],
      role: "realisasi",
      year: 2024,
      num: 10,
      fmt: INT,
      width: 9,
    },
    {
      key: "rs",
      head: ["Kerusakan Rumah (unit)", "Rusak Sedang"],
      role: "realisasi",
      year: 2024,
      num: 11,
      fmt: INT,
      width: 9,
    },
    {
      key: "rrg",
      head: ["Kerusakan Rumah (unit)", "Rusak Ringan"],
      role: "realisasi",
      year: 2024,
      num: 12,
      fmt: INT,
      width: 9,
    },
    {
      key: "rp",
      head: ["Taksiran Kerugian (Rp)"],
      role: "realisasi",
      year: 2024,
      num: 13,
      fmt: RP,
      width: 18,
    },
  ];
  const SUMK = ["n0", "n1", "n2", "n3", "nt", "md", "lk", "rb", "rs", "rrg", "rp"];
  const kabRow = (k: Kab, i: number): Row => ({
    id: k.id,
    cells: (x: Ctx) => ({
      no: i + 1,
      kab: k.nama,
      n0: k.n[0],
      n1: k.n[1],
      n2: k.n[2],
      n3: k.n[3],
      // planted: Kab. Lintau Sumaniak's total typed 23 for 32
      nt: k.id === "b1" ? 23 : fx(`SUM(${x.a("n0")}:${x.a("n3")})`),
      md: k.mati,
      lk: k.luka,
      rb: k.rr[0],
      rs: k.rr[1],
      rrg: k.rr[2],
      rp: k.rp,
    }),
  });
  const sub = (id: string, label: string, first: string, last: string, short?: string): Row => ({
    id,
    bold: true,
    span: ["no", "kab"],
    cells: (x: Ctx) => {
      const c: Record<string, Cell> = { no: label };
      for (const k of SUMK) c[k] = fx(`SUM(${x.a(k, first)}:${x.a(k, k === "rp" && short ? short : last)})`);
      return c;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "wa", cells: { no: "I", kab: "WILAYAH PESISIR" }, bold: true },
      ...pesisir.map(kabRow),
      sub("sa", "Sub Jumlah I", "a1", "a3"),
      { id: "wb", cells: { no: "II", kab: "WILAYAH DAREK" }, bold: true },
      ...darek.map((k, i) => kabRow(k, i + 3)),
      // planted: the Darek kerugian Sub Jumlah stops at Kab. Alahan Rajo
      sub("sb", "Sub Jumlah II", "b1", "b4", "b3"),
      {
        id: "tot",
        bold: true,
        span: ["no", "kab"],
        cells: (x: Ctx) => {
          const c: Record<string, Cell> = { no: "JUMLAH (I + II)" };
          for (const k of SUMK) c[k] = fx(`${x.a(k, "sa")}+${x.a(k, "sb")}`);
          return c;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: RB = rusak berat, RS = rusak sedang, RR = rusak ringan; kerugian menurut kaji cepat TRC BPBD kabupaten/kota.",
    "Sumber: Pusdalops PB Provinsi Sumatera Barat, diolah.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Padang, 20 Januari 2025",
    jabatan: ["Kepala Pelaksana BPBD", "Provinsi Sumatera Barat,"],
    nama: "Ir. SYAHRUL DATUAK RAJO BATUAH, M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19700314 199503 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("nt", "b1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "total kejadian of Kab. Lintau Sumaniak typed 23; 8 + 15 + 3 + 6 = 32 (digits swapped)",
    truth: `SUM(${a("n0", "b1")}:${a("n3", "b1")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp", "sb") },
    rules: ["sum-mismatch"],
    note: "Sub Jumlah II kerugian SUMs b1..b3 (41,989,050,000); Kota Sungai Tarab Indah (2,471,600,000) left out, 44,460,650,000",
    truth: `SUM(${a("rp", "b1")}:${a("rp", "b4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("rp", "sa")}+${a("rp", "sb")}`,
    trap: `SUM(${a("rp", "a1")}:${a("rp", "sb")})`,
  });
  b.ok({
    sheet: S,
    cell: a("md", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("md", "a1")}:${a("md", "a3")})+SUM(${a("md", "b1")}:${a("md", "b4")})`,
    trap: `SUM(${a("md", "a1")}:${a("md", "sb")})`,
  });
  b.ok({
    sheet: S,
    cell: a("nt", "a2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("n0", "a2")}:${a("n3", "a2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rrg", "sa"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("rrg", "a1")}:${a("rrg", "a3")})`,
  });
  return b.finish();
}

type Sk = { id: string; kode: string; nama: string; pagu?: number; real?: number; kids?: string[] };

/** Laporan realisasi anggaran per sub kegiatan 2024, Satpol PP Provinsi Riau. */
export function lraSatpolRiau(): BookW {
  const b = new BookW(
    "lra-realisasi-sub-kegiatan-satpolpp-prov-riau-2024.xlsx",
    "LRA-style realisation per sub kegiatan",
    "Kode | Program / Kegiatan / Sub Kegiatan | Anggaran Setelah Perubahan (Rp) | Realisasi s.d. Desember (Rp) | Sisa Anggaran (Rp) | Persentase (%); programme and kegiatan rows add their children with SUM of their own rows, TOTAL = programmes; % of TOTAL = total / total",
  );
  const S = "LRA SKPD";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI RIAU",
    "SATUAN POLISI PAMONG PRAJA",
    "LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN",
    "Tahun Anggaran 2024",
  ]);
  const subs: Sk[] = [
    {
      id: "p1",
      kode: "1.05.02",
      nama: "PROGRAM PENINGKATAN KETENTERAMAN DAN KETERTIBAN UMUM",
      kids: ["k1", "k2"],
    },
    {
      id: "k1",
      kode: "1.05.02.1.01",
      nama: "Penanganan Gangguan Ketenteraman dan Ketertiban Umum dalam 1 (Satu) Daerah Kabupaten/Kota",
      kids: ["s11", "s12", "s13"],
    },
    {
      id: "s11",
      kode: "1.05.02.1.01.0001",
      nama: "Deteksi Dini dan Pencegahan Gangguan Trantibum",
      pagu: 1_284_600_000,
      real: 1_197_455_800,
    },
    {
      id: "s12",
      kode: "1.05.02.1.01.0002",
      nama: "Patroli Wilayah dan Pengamanan Objek Vital Provinsi",
      pagu: 2_917_350_000,
      real: 2_846_102_500,
    },
    // planted: the code of a sub kegiatan of kegiatan 1.05.02.1.02 typed under 1.05.02.1.01
    {
      id: "s13",
      kode: "1.05.02.1.02.0003",
      nama: "Operasi Penertiban Pelanggaran Ketertiban Umum",
      pagu: 864_200_000,
      real: 839_917_000,
    },
    {
      id: "k2",
      kode: "1.05.02.1.02",
      nama: "Penegakan Peraturan Daerah dan Peraturan Kepala Daerah",
      kids: ["s21", "s22"],
    },
    {
      id: "s21",
      kode: "1.05.02.1.02.0001",
      nama: "Penyelidikan dan Penyidikan Pelanggaran Perda dan Perkada",
      pagu: 742_800_000,
      real: 688_364_000,
    },
    // planted: realisasi above the pagu (a second SP2D entered twice)
    {
      id: "s22",
      kode: "1.05.02.1.02.0002",
      nama: "Pembinaan dan Sosialisasi Perda kepada Masyarakat",
      pagu: 515_000_000,
      real: 538_690_000,
    },
    {
      id: "p2",
      kode: "1.05.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI",
      kids: ["k3"],
    },
    { id: "k3", kode: "1.05.01.1.02", nama: "Administrasi Keuangan Perangkat Daerah", kids: ["s31", "s32"] },
    {
      id: "s31",
      kode: "1.05.01.1.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      pagu: 18_463_275_000,
      real: 17_906_841_260,
    },
    {
      id: "s32",
      kode: "1.05.01.1.02.0003",
      nama: "Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD",
      pagu: 386_500_000,
      real: 361_218_400,
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 20 },
    { key: "nama", head: ["Uraian Program / Kegiatan / Sub Kegiatan"], role: "indikator", width: 52 },
    {
      key: "pagu",
      head: ["Anggaran Setelah Perubahan (Rp)"],
      role: "anggaran",
      year: 2024,
      fmt: RP,
      width: 18,
    },
    {
      key: "real",
      head: ["Realisasi s.d. 31 Desember (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      fmt: RP,
      width: 18,
    },
    { key: "sisa", head: ["Sisa Anggaran (Rp)"], role: "lainnya", fmt: RP, width: 16 },
    { key: "pct", head: ["Persentase (%)"], role: "capaian", fmt: DEC, width: 10 },
  ];
  s.gap();
  const t = s.table({
    cols,
    headerRows: 1,
    rows: [
      ...subs.map((x): Row => ({
        id: x.id,
        bold: !!x.kids,
        cells: (c: Ctx) => {
          const kidsRng = (k: string) => {
            const ks = x.kids!;
            return `SUM(${c.a(k, ks[0])}:${c.a(k, ks[ks.length - 1])})`;
          };
          // a kegiatan SUMs its sub kegiatan rows; a programme adds its kegiatan one by one
          const tot = (k: string) =>
            x.id.startsWith("k") ? kidsRng(k) : x.kids!.map((id) => c.a(k, id)).join("+");
          return {
            kode: x.kode,
            nama: x.nama,
            pagu: x.kids ? fx(tot("pagu")) : x.pagu,
            real: x.kids ? fx(tot("real")) : x.real,
            sisa: fx(`${c.a("pagu")}-${c.a("real")}`),
            pct: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
          };
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "nama"],
        cells: (c: Ctx) => ({
          kode: "TOTAL BELANJA",
          pagu: fx(`${c.a("pagu", "p1")}+${c.a("pagu", "p2")}`),
          real: fx(`${c.a("real", "p1")}+${c.a("real", "p2")}`),
          sisa: fx(`${c.a("pagu")}-${c.a("real")}`),
          pct: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Pekanbaru, 10 Januari 2025", "Pejabat Penatausahaan Keuangan,"], 5);
  s.gap(3);
  s.lines(["RIZALDI SIREGAR, S.E., M.Ak.", "NIP. 19810506 200604 1 012"], 5);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", "s22") },
    rules: ["serapan-over-100"],
    note: "realisasi 538,690,000 against a pagu of 515,000,000: 104.60 %, an SP2D of 23,690,000 booked twice",
    truth: "100",
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s13") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan 1.05.02.1.02.0003 listed (and added) under kegiatan 1.05.02.1.01",
    truth: a("kode", "k1"),
    actual: `PARENT(${a("kode", "s13")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("real", "tot")}/${a("pagu", "tot")}*100,2)`,
    trap: `SUM(${a("pct", "p1")}:${a("pct", "p2")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "k1")}+${a("pagu", "k2")}`,
    trap: `SUM(${a("pagu", "k1")}:${a("pagu", "s22")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sisa", "s31"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "s31")}-${a("real", "s31")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s21"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s21")})`,
  });
  return b.finish();
}
