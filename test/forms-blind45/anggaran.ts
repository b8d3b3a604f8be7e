// The budget tables: the Renja T-C.31 of the Dinas Kesehatan of Kabupaten Musi Rawas Hilir (sub
// kegiatan codes, pagu in ribuan rupiah, program rows over their kegiatan only) and the BLUD report
// of Puskesmas Tanjung Lubuk Raya of Kabupaten Bangka Pesisir per triwulan (revenue realised above
// its target is no mistake). Every office, region, person and number is invented.
import { BookW, DEC, RP, fx, fmt, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type R = {
  id: string;
  kode: string;
  nama: string;
  ind?: string;
  lok?: string;
  tgt?: string;
  pagu?: number;
  sd?: string;
  t26?: string;
  p26?: number;
  kind: "bid" | "prog" | "keg" | "sub";
};

/** Renja T-C.31 Dinas Kesehatan Kabupaten Musi Rawas Hilir 2025, pagu in Rp ribu. */
export function renjaDinkesMusiRawasHilir(): BookW {
  const b = new BookW(
    "renja-tc31-dinkes-musi-rawas-hilir-2025.xlsx",
    "Renja T-C.31 (Dinas Kesehatan kabupaten)",
    "Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2025' > Lokasi / Target Capaian Kinerja / Kebutuhan Dana (Rp ribu) / Sumber Dana | 'Prakiraan Maju 2026' > Target / Kebutuhan Dana (Rp ribu); number row (1) .. (9); kegiatan = SUM of sub kegiatan, program = + of its kegiatan",
  );
  const S = "T-C.31";
  const s = b.sheet(S);
  letterhead(s, [
    "Tabel T-C.31",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
    "Dinas Kesehatan Kabupaten Musi Rawas Hilir",
  ]);
  const rows: R[] = [
    { id: "bid", kode: "1.02", nama: "URUSAN PEMERINTAHAN BIDANG KESEHATAN", kind: "bid" },
    {
      id: "p1",
      kode: "1.02.02",
      nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Persentase fasilitas kesehatan tingkat pertama yang terakreditasi",
      lok: "Kab. Musi Rawas Hilir",
      tgt: "82 %",
      t26: "88 %",
      kind: "prog",
    },
    {
      id: "k1",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah puskesmas dengan sarana, prasarana dan alat kesehatan sesuai standar",
      lok: "19 Puskesmas",
      tgt: "14 unit",
      t26: "17 unit",
      kind: "keg",
    },
    {
      id: "s11",
      kode: "1.02.02.2.01.0009",
      nama: "Rehabilitasi dan Pemeliharaan Puskesmas",
      ind: "Jumlah puskesmas yang direhabilitasi",
      lok: "Pkm Muara Lakitan Ilir, Pkm Sungai Kelingi",
      tgt: "2 unit",
      pagu: 1_742_150,
      sd: "DAK Fisik",
      t26: "3 unit",
      p26: 2_150_000,
      kind: "sub",
    },
    {
      id: "s12",
      kode: "1.02.02.2.01.0014",
      nama: "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah paket alat kesehatan yang disediakan",
      lok: "Kab. Musi Rawas Hilir",
      tgt: "6 paket",
      pagu: 2_865_400,
      sd: "DAK Fisik",
      t26: "5 paket",
      p26: 2_410_000,
      kind: "sub",
    },
    {
      id: "s13",
      kode: "1.02.02.2.01.0020",
      nama: "Pemeliharaan Rutin dan Berkala Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan",
      ind: "Jumlah alat kesehatan yang dipelihara dan dikalibrasi",
      lok: "19 Puskesmas",
      tgt: "420 unit",
      pagu: 318_600,
      sd: "DAU",
      t26: "450 unit",
      p26: 335_000,
      kind: "sub",
    },
    {
      id: "k2",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase layanan kesehatan dasar sesuai standar",
      lok: "Kab. Musi Rawas Hilir",
      tgt: "90 %",
      t26: "95 %",
      kind: "keg",
    },
    {
      id: "s21",
      kode: "1.02.02.2.02.0001",
      nama: "Pengelolaan Pelayanan Kesehatan Ibu Hamil",
      ind: "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
      lok: "19 Puskesmas",
      tgt: "6.214 orang",
      pagu: 412_380,
      sd: "DAK Non Fisik (BOK)",
      t26: "6.180 orang",
      p26: 425_000,
      kind: "sub",
    },
    {
      id: "s22",
      kode: "1.02.02.2.02.0002",
      nama: "Pengelolaan Pelayanan Kesehatan Ibu Bersalin",
      ind: "Jumlah ibu bersalin yang mendapatkan pelayanan kesehatan sesuai standar",
      lok: "19 Puskesmas",
      tgt: "5.932 orang",
      pagu: 286_940,
      sd: "DAK Non Fisik (BOK)",
      t26: "5.900 orang",
      p26: 295_000,
      kind: "sub",
    },
    {
      id: "s23",
      kode: "1.02.02.2.02.0004",
      nama: "Pengelolaan Pelayanan Kesehatan Balita",
      ind: "Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar",
      lok: "19 Puskesmas",
      tgt: "23.870 orang",
      pagu: 355_720,
      sd: "DAU",
      t26: "23.650 orang",
      p26: 362_000,
      kind: "sub",
    },
    {
      id: "s24",
      kode: "1.02.02.2.01.0011",
      nama: "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
      ind: "Jumlah orang terduga TBC yang mendapatkan pelayanan sesuai standar",
      lok: "19 Puskesmas",
      tgt: "3.480 orang",
      pagu: 245_800,
      sd: "DAK Non Fisik (BOK)",
      t26: "3.600 orang",
      p26: 258_000,
      kind: "sub",
    },
    {
      id: "s25",
      kode: "1.02.02.2.02.0017",
      nama: "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat",
      ind: "Jumlah balita stunting dan gizi kurang yang mendapat intervensi gizi spesifik",
      lok: "Desa lokus stunting (24 desa)",
      tgt: "2.150 orang",
      pagu: 628_450,
      sd: "DAU (Specific Grant)",
      t26: "1.900 orang",
      p26: 590_000,
      kind: "sub",
    },
    {
      id: "p2",
      kode: "1.02.03",
      nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
      ind: "Persentase puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar",
      lok: "Kab. Musi Rawas Hilir",
      tgt: "68 %",
      t26: "74 %",
      kind: "prog",
    },
    {
      id: "k3",
      kode: "1.02.03.2.02",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
      ind: "Jumlah tenaga kesehatan yang didayagunakan",
      lok: "Kab. Musi Rawas Hilir",
      tgt: "146 orang",
      t26: "152 orang",
      kind: "keg",
    },
    {
      id: "s31",
      kode: "1.02.03.2.02.0001",
      nama: "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar",
      ind: "Jumlah tenaga kesehatan kontrak yang dibiayai",
      lok: "19 Puskesmas",
      tgt: "118 orang",
      pagu: 1_184_300,
      sd: "DAU",
      t26: "120 orang",
      p26: 1_215_000,
      kind: "sub",
    },
    {
      id: "s32",
      kode: "1.02.03.2.02.0002",
      nama: "Distribusi dan Pemerataan Sumber Daya Manusia Kesehatan",
      ind: "Jumlah tenaga kesehatan yang didistribusikan ke daerah terpencil",
      lok: "Kec. Karang Dapo Hulu, Kec. Nibung Raya",
      tgt: "18 orang",
      pagu: 96_250,
      sd: "DAU",
      t26: "20 orang",
      p26: 104_000,
      kind: "sub",
    },
    {
      id: "s33",
      kode: "1.02.03.2.02.0003",
      nama: "Pembinaan dan Pengawasan Sumber Daya Manusia Kesehatan",
      ind: "Jumlah tenaga kesehatan yang dibina",
      lok: "19 Puskesmas",
      tgt: "640 orang",
      pagu: 74_800,
      sd: "DAU",
      t26: "660 orang",
      p26: 80_000,
      kind: "sub",
    },
  ];
  const G = "Rencana Tahun 2025";
  const H = "Prakiraan Maju Rencana Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 18 },
    {
      key: "nama",
      head: ["Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub Kegiatan"],
      num: "(2)",
      width: 46,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: "(3)",
      width: 40,
    },
    { key: "lok", head: [G, "Lokasi"], role: "lokasi", num: "(4)", width: 22 },
    { key: "tgt", head: [G, "Target Capaian Kinerja"], role: "target", year: 2025, num: "(5)", width: 13 },
    {
      key: "pagu",
      head: [G, "Kebutuhan Dana / Pagu Indikatif (Rp ribu)"],
      role: "anggaran",
      year: 2025,
      num: "(6)",
      fmt: RP,
      width: 15,
    },
    { key: "sd", head: [G, "Sumber Dana"], role: "keterangan", num: "(7)", width: 14 },
    { key: "t26", head: [H, "Target Capaian Kinerja"], role: "target", year: 2026, num: "(8)", width: 13 },
    {
      key: "p26",
      head: [H, "Kebutuhan Dana (Rp ribu)"],
      role: "anggaran",
      year: 2026,
      num: "(9)",
      fmt: RP,
      width: 15,
    },
  ];
  const subsOf = (k: string) => {
    const i = rows.findIndex((r) => r.id === k);
    const out: string[] = [];
    for (let j = i + 1; j < rows.length && rows[j].kind === "sub"; j++) out.push(rows[j].id);
    return out;
  };
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.kind !== "sub",
      cells: (c) => {
        const cells: Record<string, Cell> = {
          kode: x.kode,
          nama: x.nama,
          ind: x.ind,
          lok: x.lok,
          tgt: x.tgt,
          sd: x.sd,
          t26: x.t26,
        };
        const sumKeg = (key: string, k: string, planted = false) => {
          const subs = subsOf(k);
          const last = planted ? subs[subs.length - 2] : subs[subs.length - 1];
          return fx(`SUM(${c.c(key)}${c.row(subs[0])}:${c.c(key)}${c.row(last)})`);
        };
        for (const key of ["pagu", "p26"]) {
          if (x.kind === "sub") cells[key] = key === "pagu" ? x.pagu : x.p26;
          else if (x.kind === "keg") cells[key] = sumKeg(key, x.id, x.id === "k3" && key === "pagu");
          else if (x.id === "p1") cells[key] = fx(`${c.a(key, "k1")}+${c.a(key, "k2")}`);
          else if (x.id === "p2") cells[key] = fx(c.a(key, "k3"));
          else cells[key] = fx(`${c.a(key, "p1")}+${c.a(key, "p2")}`);
        }
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: pagu indikatif dalam ribuan rupiah (Rp 000); kegiatan = jumlah sub kegiatan, program = jumlah kegiatan.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Muara Lakitan, 14 Juni 2024",
    jabatan: ["Kepala Dinas Kesehatan", "Kabupaten Musi Rawas Hilir,"],
    nama: "dr. HENDRA SYAFRUDIN KOSASIH, M.K.M.",
    pangkat: "Pembina Utama Muda",
    nip: "19760811 200604 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pagu", "k3") },
    rules: ["sum-mismatch"],
    note: "kegiatan 1.02.03.2.02 = SUM of its first two sub kegiatan only = 1,280,550; sub kegiatan .0003 (74,800) is left out; the three give 1,355,350",
    truth: `${a("pagu", "s31")}+${a("pagu", "s32")}+${a("pagu", "s33")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s24") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan TBC coded 1.02.02.2.01.0011 (kegiatan .2.01) stands under kegiatan 1.02.02.2.02 and is summed into it; the code should be 1.02.02.2.02.0011",
    truth: a("kode", "k2"),
    actual: `PARENT(${a("kode", "s24")})`,
  });
  // traps: the program adds its kegiatan only, not the sub kegiatan under them
  b.ok({
    sheet: S,
    cell: a("pagu", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "k1")}+${a("pagu", "k2")}`,
    trap: `SUM(${a("pagu", "k1")}:${a("pagu", "s25")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p26", "p1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("p26", "s11")}:${a("p26", "s25")})-${a("p26", "k2")}`,
    trap: `SUM(${a("p26", "k1")}:${a("p26", "s25")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "s21")}+${a("pagu", "s22")}+${a("pagu", "s23")}+${a("pagu", "s24")}+${a("pagu", "s25")}`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "s33"),
    rules: ["code-hierarchy"],
    truth: a("kode", "k3"),
    actual: `PARENT(${a("kode", "s33")})`,
  });
  return b.finish();
}

type L = {
  id: string;
  kode: string;
  ur: string;
  ang?: number;
  q?: number[];
  kind: "head" | "line" | "tot" | "net";
};

/** Laporan pendapatan dan belanja BLUD Puskesmas Tanjung Lubuk Raya per triwulan 2024 (full rupiah). */
export function bludPuskesmasBangkaPesisir(): BookW {
  const b = new BookW(
    "laporan-blud-puskesmas-tanjung-lubuk-raya-bangka-pesisir-2024.xlsx",
    "BLUD revenue and spending report per triwulan (puskesmas)",
    "Kode Rekening | Uraian | Anggaran 2024 (Rp) | 'Realisasi per Triwulan (Rp)' > I / II / III / IV | Jumlah Realisasi (Rp) | % Realisasi; number row 1 .. 9 with '8 = 4+5+6+7'; JUMLAH PENDAPATAN / JUMLAH BELANJA as SUM, SURPLUS / (DEFISIT); jasa layanan realised above its target",
  );
  const S = "LRA BLUD TW IV";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BANGKA PESISIR",
    "UPTD PUSKESMAS TANJUNG LUBUK RAYA (BLUD)",
    "LAPORAN REALISASI PENDAPATAN DAN BELANJA BLUD PER TRIWULAN TAHUN ANGGARAN 2024",
  ]);
  const rows: L[] = [
    { id: "h4", kode: "4", ur: "PENDAPATAN BLUD", kind: "head" },
    {
      id: "d1",
      kode: "4.1.04.16.01.0001",
      ur: "Pendapatan Jasa Layanan dari Masyarakat",
      ang: 1_250_000_000,
      q: [298_450_000, 331_870_500, 342_615_000, 356_204_500],
      kind: "line",
    },
    {
      id: "d2",
      kode: "4.1.04.16.01.0002",
      ur: "Pendapatan Jasa Layanan dari Entitas Lain (Kapitasi JKN)",
      ang: 2_460_000_000,
      q: [601_250_000, 603_480_000, 598_870_000, 612_015_000],
      kind: "line",
    },
    {
      id: "d3",
      kode: "4.1.04.16.05.0001",
      ur: "Lain-lain Pendapatan BLUD yang Sah (Jasa Giro)",
      ang: 12_000_000,
      q: [2_841_225, 3_105_640, 2_976_310, 3_214_880],
      kind: "line",
    },
    { id: "jd", kode: "", ur: "JUMLAH PENDAPATAN", kind: "tot" },
    { id: "h5", kode: "5", ur: "BELANJA BLUD", kind: "head" },
    {
      id: "b1",
      kode: "5.1.01",
      ur: "Belanja Pegawai",
      ang: 1_380_000_000,
      q: [318_200_000, 329_450_000, 341_760_000, 352_915_000],
      kind: "line",
    },
    {
      id: "b2",
      kode: "5.1.02",
      ur: "Belanja Barang dan Jasa",
      ang: 1_765_000_000,
      q: [392_150_000, 451_820_000, 468_305_000, 425_610_000],
      kind: "line",
    },
    {
      id: "b3",
      kode: "5.2.02",
      ur: "Belanja Modal Peralatan dan Mesin",
      ang: 545_000_000,
      q: [0, 86_400_000, 215_750_000, 233_625_000],
      kind: "line",
    },
    { id: "jb", kode: "", ur: "JUMLAH BELANJA", kind: "tot" },
    { id: "net", kode: "", ur: "SURPLUS / (DEFISIT)", kind: "net" },
  ];
  const G = "Realisasi per Triwulan (Rp)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: 1, width: 18 },
    { key: "ur", head: ["Uraian"], num: 2, width: 40 },
    { key: "ang", head: ["Anggaran 2024 (Rp)"], role: "anggaran", year: 2024, num: 3, fmt: RP, width: 16 },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: [G, `Triwulan ${q}`],
      role: "realisasi-anggaran",
      year: 2024,
      num: i + 4,
      fmt: RP,
      width: 15,
    })),
    {
      key: "jr",
      head: ["Jumlah Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      // (set bug fixed after first sight: numbered "7 = 3+4+5+6" after the quarters' 4 .. 7)
      num: "8 = 4+5+6+7",
      fmt: RP,
      width: 16,
    },
    { key: "pc", head: ["% Realisasi"], role: "capaian", year: 2024, num: "9 = 8 / 3", fmt: DEC, width: 9 },
  ];
  const STALE_B2 = 392_150_000 + 451_820_000 + 468_305_000;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: rows.map((x): Row => ({
      id: x.id,
      bold: x.kind !== "line",
      span: x.kind === "tot" || x.kind === "net" ? ["kode", "ur"] : undefined,
      cells: (c) => {
        const cells: Record<string, Cell> = { kode: x.kind === "tot" || x.kind === "net" ? x.ur : x.kode };
        if (x.kind !== "tot" && x.kind !== "net") cells.ur = x.ur;
        if (x.kind === "head") return cells;
        const keys = ["ang", "q0", "q1", "q2", "q3"];
        if (x.kind === "line") {
          cells.ang = x.ang;
          x.q!.forEach((v, i) => (cells[`q${i}`] = v));
          cells.jr = fx(`SUM(${c.a("q0")}:${c.a("q3")})`, x.id === "b2" ? STALE_B2 : undefined);
        } else if (x.kind === "tot") {
          const [f, l] = x.id === "jd" ? ["d1", "d3"] : ["b1", "b3"];
          for (const k of [...keys, "jr"]) cells[k] = fx(`SUM(${c.a(k, f)}:${c.a(k, l)})`);
        } else {
          for (const k of [...keys, "jr"]) cells[k] = fx(`${c.a(k, "jd")}-${c.a(k, "jb")}`);
        }
        if (x.kind !== "net")
          cells.pc = x.id === "b3" ? fmt(93.81, DEC) : fx(`ROUND(${c.a("jr")}/${c.a("ang")}*100,2)`);
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Catatan: pendapatan jasa layanan melampaui target karena kenaikan kunjungan pasien umum pada Triwulan III-IV.",
    "Realisasi belanja modal: pengadaan kursi gigi dan autoclave (SP2D 18 Desember 2024).",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Tanjung Lubuk, 15 Januari 2025",
    jabatan: ["Kepala UPTD Puskesmas Tanjung Lubuk Raya,"],
    nama: "drg. YULIANA PRATIWI SAMOSIR",
    pangkat: "Penata Tingkat I",
    nip: "19850307 201101 2 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jr", "b2") },
    rules: ["sum-mismatch"],
    note: "Jumlah Realisasi of Belanja Barang dan Jasa is SUM(Triwulan I:IV) with a stale cached 1,312,275,000 (Triwulan I-III, before TW IV's 425,610,000 was entered); the four give 1,737,885,000",
    truth: `${a("q0", "b2")}+${a("q1", "b2")}+${a("q2", "b2")}+${a("q3", "b2")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "b3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Realisasi of Belanja Modal typed 93.81 among ROUND formulas; 535,775,000 / 545,000,000 gives 98.31 (digits swapped)",
    truth: `ROUND(${a("jr", "b3")}/${a("ang", "b3")}*100,2)`,
  });
  // traps: revenue realised above its target; the total's % is the ratio of totals, not a sum
  b.ok({
    sheet: S,
    cell: a("pc", "d1"),
    rules: ["serapan-over-100", "percent-out-of-range"],
    truth: `ROUND(${a("jr", "d1")}/${a("ang", "d1")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("pc", "jd"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("jr", "jd")}/${a("ang", "jd")}*100,2)`,
    trap: `${a("pc", "d1")}+${a("pc", "d2")}+${a("pc", "d3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("jr", "jd"),
    rules: ["sum-mismatch"],
    truth: `${a("jr", "d1")}+${a("jr", "d2")}+${a("jr", "d3")}`,
  });
  b.ok({
    sheet: S,
    cell: a("q3", "net"),
    rules: ["sum-mismatch"],
    truth: `${a("q3", "jd")}-${a("q3", "jb")}`,
    trap: `${a("q3", "jd")}+${a("q3", "jb")}`,
  });
  return b.finish();
}
