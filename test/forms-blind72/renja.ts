// The Renja 2025 of the Inspektorat Daerah Kabupaten Ketungau Hulu (Kalimantan Barat), seventy-fourth
// unseen set: Kepmendagri codes 6.01 (unsur pengawasan), targets typed with their unit in one cell
// ("18 Laporan"), pagu in thousands of rupiah, the prakiraan maju 2026 beside it. Every name and
// number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Rj = {
  id: string;
  lvl: "b" | "p" | "k" | "s";
  kode: string;
  ur: string;
  ind?: string;
  t25?: string;
  t26?: string;
  rp25?: number;
  rp26?: number;
  sd?: string;
  parent?: string;
};

/** Renja with kegiatan SUM of their sub kegiatan and program = sum of their kegiatan. */
export function renjaKetungauHulu(): BookW {
  const b = new BookW(
    "renja-kode-6-01-inspektorat-ketungau-hulu.xlsx",
    "Renja 2025 of an Inspektorat Daerah (codes 6.01)",
    "Kode | Bidang / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja (outcome / keluaran) | 'Rencana Tahun 2025' > Target Kinerja (number and unit in one cell) | Pagu Indikatif | Sumber Dana | 'Prakiraan Maju Tahun 2026' > Target Kinerja | Pagu Indikatif; number row (1) .. (8); '(dalam ribuan rupiah)' under the title; kegiatan SUM of their sub kegiatan, program = kegiatan + kegiatan, JUMLAH of the programs",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN KETUNGAU HULU",
    "INSPEKTORAT DAERAH",
    "Jl. Merdeka Timur No. 4, Nanga Ketungau, Kalimantan Barat",
  ]);
  s.lines(["RENCANA KERJA (RENJA) INSPEKTORAT DAERAH TAHUN 2025", "(dalam ribuan rupiah)"], 1, {
    bold: true,
  });
  s.gap();
  const xs: Rj[] = [
    { id: "bd", lvl: "b", kode: "6.01", ur: "INSPEKTORAT DAERAH" },
    {
      id: "p1",
      lvl: "p",
      kode: "6.01.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai SAKIP Inspektorat Daerah",
      t25: "BB",
      t26: "BB",
      parent: "bd",
    },
    {
      id: "k11",
      lvl: "k",
      kode: "6.01.01.2.01",
      ur: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan dan evaluasi kinerja",
      t25: "7 Dokumen",
      t26: "7 Dokumen",
      parent: "p1",
    },
    {
      id: "s111",
      lvl: "s",
      kode: "6.01.01.2.01.0001",
      ur: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan",
      t25: "3 Dokumen",
      t26: "3 Dokumen",
      rp25: 48_500,
      rp26: 52_000,
      sd: "DAU",
      parent: "k11",
    },
    {
      id: "s112",
      lvl: "s",
      kode: "6.01.01.2.01.0007",
      ur: "Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah laporan evaluasi kinerja",
      t25: "4 Laporan",
      t26: "4 Laporan",
      rp25: 36_750,
      rp26: 38_500,
      sd: "DAU",
      parent: "k11",
    },
    {
      id: "k12",
      lvl: "k",
      kode: "6.01.01.2.02",
      ur: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah laporan administrasi keuangan",
      t25: "13 Laporan",
      t26: "13 Laporan",
      parent: "p1",
    },
    {
      id: "s121",
      lvl: "s",
      kode: "6.01.01.2.02.0001",
      ur: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      t25: "58 Orang",
      t26: "60 Orang",
      rp25: 6_284_317,
      rp26: 6_597_500,
      sd: "DAU",
      parent: "k12",
    },
    {
      id: "s122",
      lvl: "s",
      kode: "6.01.01.2.02.0005",
      ur: "Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD",
      ind: "Jumlah laporan keuangan akhir tahun",
      t25: "1 Laporan",
      t26: "1 Laporan",
      rp25: 18_900,
      rp26: 20_000,
      sd: "DAU",
      parent: "k12",
    },
    {
      id: "k13",
      lvl: "k",
      kode: "6.01.01.2.06",
      ur: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah paket administrasi umum",
      t25: "2 Paket",
      t26: "2 Paket",
      parent: "p1",
    },
    {
      id: "s131",
      lvl: "s",
      kode: "6.01.01.2.06.0002",
      ur: "Penyediaan Peralatan dan Perlengkapan Kantor",
      ind: "Jumlah paket peralatan dan perlengkapan kantor",
      t25: "1 Paket",
      t26: "1 Paket",
      rp25: 74_260,
      rp26: 80_000,
      sd: "DAU",
      parent: "k13",
    },
    {
      id: "s132",
      lvl: "s",
      kode: "6.01.01.2.06.0009",
      ur: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      ind: "Jumlah laporan rapat koordinasi dan konsultasi",
      t25: "36 Laporan",
      t26: "36 Laporan",
      rp25: 212_400,
      rp26: 225_000,
      sd: "DAU",
      parent: "k13",
    },
    {
      id: "p2",
      lvl: "p",
      kode: "6.01.02",
      ur: "PROGRAM PENYELENGGARAAN PENGAWASAN",
      ind: "Persentase rekomendasi hasil pengawasan yang ditindaklanjuti",
      t25: "82%",
      t26: "85%",
      parent: "bd",
    },
    {
      id: "k21",
      lvl: "k",
      kode: "6.01.02.2.01",
      ur: "Penyelenggaraan Pengawasan Internal",
      ind: "Jumlah laporan hasil pengawasan internal",
      t25: "44 Laporan",
      t26: "46 Laporan",
      parent: "p2",
    },
    {
      id: "s211",
      lvl: "s",
      kode: "6.01.02.2.01.0001",
      ur: "Pengawasan Kinerja Pemerintah Daerah",
      ind: "Jumlah laporan hasil pengawasan kinerja",
      t25: "18 Laporan",
      t26: "19 Laporan",
      rp25: 386_450,
      rp26: 410_000,
      sd: "DAU",
      parent: "k21",
    },
    {
      id: "s212",
      lvl: "s",
      kode: "6.01.02.2.01.0002",
      ur: "Pengawasan Keuangan Pemerintah Daerah",
      ind: "Jumlah laporan hasil pengawasan keuangan",
      t25: "24 Laporan",
      t26: "25 Laporan",
      rp25: 512_780,
      rp26: 540_000,
      sd: "DAU",
      parent: "k21",
    },
    {
      id: "s213",
      lvl: "s",
      kode: "6.01.02.2.01.0003",
      ur: "Reviu Laporan Kinerja",
      ind: "Jumlah laporan hasil reviu LKjIP",
      t25: "1 Laporan",
      t26: "1 Laporan",
      rp25: 64_300,
      rp26: 68_000,
      sd: "DAU",
      parent: "k21",
    },
    {
      id: "s214",
      lvl: "s",
      kode: "6.01.02.2.01.0004",
      ur: "Reviu Laporan Keuangan",
      ind: "Jumlah laporan hasil reviu LKPD",
      t25: "1 Laporan",
      t26: "1 Laporan",
      rp25: 97_650,
      rp26: 102_500,
      sd: "DAU",
      parent: "k21",
    },
    {
      id: "k22",
      lvl: "k",
      kode: "6.01.02.2.02",
      ur: "Penyelenggaraan Pengawasan dengan Tujuan Tertentu",
      ind: "Jumlah laporan pengawasan dengan tujuan tertentu",
      t25: "102 Laporan",
      t26: "104 Laporan",
      parent: "p2",
    },
    // planted: coded under kegiatan 6.01.02.2.01 although it stands under 6.01.02.2.02
    {
      id: "s221",
      lvl: "s",
      kode: "6.01.02.2.01.0005",
      ur: "Pengawasan Desa",
      ind: "Jumlah desa yang diawasi pengelolaan keuangannya",
      t25: "96 Desa",
      t26: "98 Desa",
      rp25: 428_900,
      rp26: 455_000,
      sd: "DAU / ADD",
      parent: "k22",
    },
    {
      id: "s222",
      lvl: "s",
      kode: "6.01.02.2.02.0002",
      ur: "Pengawasan dengan Tujuan Tertentu atas Permintaan",
      ind: "Jumlah laporan pemeriksaan khusus / investigatif",
      t25: "6 Laporan",
      t26: "6 Laporan",
      rp25: 85_600,
      rp26: 90_000,
      sd: "DAU",
      parent: "k22",
    },
    {
      id: "p3",
      lvl: "p",
      kode: "6.01.03",
      ur: "PROGRAM PERUMUSAN KEBIJAKAN, PENDAMPINGAN DAN ASISTENSI",
      ind: "Persentase perangkat daerah yang didampingi",
      t25: "100%",
      t26: "100%",
      parent: "bd",
    },
    {
      id: "k31",
      lvl: "k",
      kode: "6.01.03.2.02",
      ur: "Pendampingan, Asistensi, dan Verifikasi Penyelenggaraan Pemerintahan Daerah",
      ind: "Jumlah laporan pendampingan dan asistensi",
      t25: "46 Laporan",
      t26: "48 Laporan",
      parent: "p3",
    },
    {
      id: "s311",
      lvl: "s",
      kode: "6.01.03.2.02.0001",
      ur: "Pendampingan dan Asistensi Penyelenggaraan Pemerintahan Daerah",
      ind: "Jumlah kegiatan pendampingan dan asistensi",
      t25: "40 Kegiatan",
      t26: "42 Kegiatan",
      rp25: 124_350,
      rp26: 130_000,
      sd: "DAU",
      parent: "k31",
    },
    {
      id: "s312",
      lvl: "s",
      kode: "6.01.03.2.02.0003",
      ur: "Verifikasi Penyelenggaraan Pemerintahan Daerah",
      ind: "Jumlah laporan verifikasi",
      t25: "6 Laporan",
      t26: "6 Laporan",
      rp25: 58_200,
      rp26: 61_000,
      sd: "DAU",
      parent: "k31",
    },
  ];
  const subs = (k: string) => xs.filter((x) => x.parent === k);
  const k21 = subs("k21").reduce((n, x) => n + x.rp25!, 0);
  if (k21 !== 1_061_180) throw new Error("renja: k21");
  const PLANT_RP = 1_016_180;
  const RN = "Rencana Tahun 2025";
  const PM = "Prakiraan Maju Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 19 },
    { key: "ur", head: ["Bidang / Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 44 },
    {
      key: "ind",
      head: ["Indikator Kinerja (outcome / keluaran)"],
      role: "indikator",
      num: "(3)",
      width: 40,
    },
    { key: "t25", head: [RN, "Target Kinerja"], role: "target", year: 2025, num: "(4)", width: 12 },
    {
      key: "rp25",
      head: [RN, "Pagu Indikatif"],
      role: "anggaran",
      year: 2025,
      num: "(5)",
      fmt: RP,
      width: 14,
    },
    { key: "sd", head: [RN, "Sumber Dana"], num: "(6)", width: 10 },
    { key: "t26", head: [PM, "Target Kinerja"], role: "target", year: 2026, num: "(7)", width: 12 },
    {
      key: "rp26",
      head: [PM, "Pagu Indikatif"],
      role: "anggaran",
      year: 2026,
      num: "(8)",
      fmt: RP,
      width: 14,
    },
  ];
  const rows: Row[] = xs.map((x) => ({
    id: x.id,
    bold: x.lvl === "b" || x.lvl === "p",
    cells: (c) => {
      const o: Record<string, Cell> = {
        kode: x.kode,
        ur: x.ur,
        ind: x.ind,
        t25: x.t25,
        t26: x.t26,
        sd: x.sd,
      };
      const rec = o;
      for (const k of ["rp25", "rp26"] as const) {
        if (x.lvl === "s") rec[k] = x[k];
        else if (x.lvl === "k") {
          const ch = subs(x.id);
          rec[k] =
            x.id === "k21" && k === "rp25"
              ? PLANT_RP
              : fx(`SUM(${c.a(k, ch[0].id)}:${c.a(k, ch[ch.length - 1].id)})`);
        } else if (x.lvl === "p")
          rec[k] = fx(
            subs(x.id)
              .map((y) => c.a(k, y.id))
              .join("+"),
          );
      }
      return o;
    },
  }));
  rows.push({
    id: "tot",
    bold: true,
    span: ["kode", "t25"],
    cells: (c) => ({
      kode: "JUMLAH",
      rp25: fx(`${c.a("rp25", "p1")}+${c.a("rp25", "p2")}+${c.a("rp25", "p3")}`),
      rp26: fx(`${c.a("rp26", "p1")}+${c.a("rp26", "p2")}+${c.a("rp26", "p3")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  signature(s, 6, {
    tempat: "Nanga Ketungau, 12 Juni 2024",
    jabatan: ["INSPEKTUR KABUPATEN KETUNGAU HULU,"],
    nama: "H. SYARIFUDDIN ABANG DOLLAH, S.E., M.Ak.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19740519 199903 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s221") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Pengawasan Desa is coded 6.01.02.2.01.0005 (kegiatan 6.01.02.2.01, pengawasan internal) under kegiatan 6.01.02.2.02 (tujuan tertentu)",
    truth: a("kode", "k22"),
    actual: `PARENT(${a("kode", "s221")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp25", "k21") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "pagu 2025 of kegiatan 6.01.02.2.01 is a typed 1,016,180 among SUM formulas; its four sub kegiatan 386,450 + 512,780 + 64,300 + 97,650 give 1,061,180 (digits swapped)",
    truth: `SUM(${a("rp25", "s211")}:${a("rp25", "s214")})`,
  });
  for (const x of xs) {
    if ((x.lvl === "s" || x.lvl === "k") && x.id !== "s221")
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent!),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    if (x.lvl === "k")
      for (const k of ["rp25", "rp26"]) {
        if (x.id === "k21" && k === "rp25") continue;
        const ch = subs(x.id);
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: `SUM(${a(k, ch[0].id)}:${a(k, ch[ch.length - 1].id)})`,
        });
      }
  }
  // programs: their kegiatan only, not every row beneath them (kegiatan and sub kegiatan together)
  const progs: Array<[string, string, string]> = [
    ["p1", "k11", "s132"],
    ["p3", "k31", "s312"],
  ];
  for (const [p, f, l] of progs)
    for (const k of ["rp25", "rp26"])
      b.ok({
        sheet: S,
        cell: a(k, p),
        rules: ["sum-mismatch"],
        truth: subs(p)
          .map((y) => a(k, y.id))
          .join("+"),
        trap: `SUM(${a(k, f)}:${a(k, l)})`,
      });
  b.ok({
    sheet: S,
    cell: a("rp26", "p2"),
    rules: ["sum-mismatch"],
    truth: `${a("rp26", "k21")}+${a("rp26", "k22")}`,
    trap: `SUM(${a("rp26", "k21")}:${a("rp26", "s222")})`,
  });
  b.ok({
    sheet: S,
    cell: a("rp26", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("rp26", "p1")}+${a("rp26", "p2")}+${a("rp26", "p3")}`,
  });
  return b.finish();
}
