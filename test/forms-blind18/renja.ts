// The Renja 2025 of a Dinas Pertanian in Sumba (Nusa Tenggara Timur), laid out like T-C.31: the
// rumusan rencana program, kegiatan and sub kegiatan with lokasi, target, satuan, pagu and sumber
// dana of 2025 under one merged heading, a Catatan Penting, and the prakiraan maju 2026. Every name
// and number is invented.
import { BookW, DEC, RP, fmt, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { plus } from "./common";

type RIn = {
  id: string;
  lvl: "u" | "p" | "k" | "s" | "i";
  kode?: string;
  nama?: string;
  ind?: string;
  sat?: string;
  lok?: string;
  t25?: number;
  t26?: number;
  rp25?: number;
  rp26?: number;
  sd?: string;
  cat?: string;
  f?: string;
};

const KEC = "Kec. Laiwangi Kota, Tana Righu, Kambera Lolo, Wai Mananga";

/** Renja 2025 (T-C.31) of the Dinas Pertanian, Kabupaten Sumba Laiwangi. */
export function renjaSumba(): BookW {
  const b = new BookW(
    "renja-tc31-distan-sumbalaiwangi.xlsx",
    "Renja T-C.31 with prakiraan maju",
    "Renja 2025 (T-C.31 shape): Kode | Urusan / Bidang Urusan dan Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | 'Rencana Tahun 2025' > Lokasi (Kecamatan / Desa) | Target Capaian Kinerja | Satuan | Pagu Indikatif (Rp) | Sumber Dana | Catatan Penting | 'Prakiraan Maju Rencana Tahun 2026' > Target Capaian Kinerja | Kebutuhan Dana (Rp); plain number row 1 .. 11; the bidang urusan 3.27 as a section row; kegiatan Rp SUM of their sub kegiatan, program Rp SUM of their kegiatan (non-adjacent cells), JUMLAH over the programs; a second indicator of the embung sub kegiatan on a row without code; DAU, DAK Fisik; rabies and ASF vaccination counts",
  );
  const S = "T-C.31 Renja 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN SUMBA LAIWANGI",
    "DINAS PERTANIAN",
    "Jl. Adam Malik No. 17 Laiwangi, Nusa Tenggara Timur",
  ]);
  s.lines([
    "Tabel T-C.31",
    "RUMUSAN RENCANA PROGRAM DAN KEGIATAN DINAS PERTANIAN TAHUN 2025 DAN PRAKIRAAN MAJU TAHUN 2026",
  ]);
  s.gap();
  const rows: RIn[] = [
    { id: "u", lvl: "u", kode: "3.27", nama: "URUSAN PEMERINTAHAN BIDANG PERTANIAN" },
    {
      id: "p1",
      lvl: "p",
      kode: "3.27.02",
      nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN SARANA PERTANIAN",
      ind: "Persentase kelompok tani yang memanfaatkan sarana pertanian (benih, pupuk, alsintan)",
      sat: "%",
      lok: "Kabupaten",
      t25: 64,
      t26: 68,
      f: DEC,
    },
    {
      id: "k11",
      lvl: "k",
      kode: "3.27.02.2.01",
      nama: "Pengawasan Penyediaan dan Peredaran Sarana Pertanian",
      ind: "Jumlah kios dan distributor sarana pertanian yang diawasi",
      sat: "unit",
      lok: KEC,
      t25: 48,
      t26: 52,
    },
    {
      id: "s111",
      lvl: "s",
      kode: "3.27.02.2.01.0001",
      nama: "Pengawasan Penggunaan Sarana Pendukung Pertanian sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi",
      ind: "Jumlah laporan hasil pengawasan penggunaan sarana pertanian",
      sat: "dokumen",
      lok: KEC,
      t25: 4,
      t26: 4,
      rp25: 285_400_000,
      rp26: 310_000_000,
      sd: "DAU",
    },
    {
      id: "s112",
      lvl: "s",
      kode: "3.27.02.2.01.0002",
      nama: "Pengawasan Peredaran Sarana Pertanian (Pupuk, Pestisida dan Alsintan)",
      ind: "Jumlah kios pupuk bersubsidi dan distributor yang diawasi",
      sat: "unit",
      lok: KEC,
      t25: 48,
      t26: 52,
      rp25: 412_750_000,
      rp26: 436_500_000,
      sd: "DAU",
    },
    {
      id: "k12",
      lvl: "k",
      kode: "3.27.02.2.02",
      nama: "Pengelolaan Sumber Daya Genetik (SDG) Hewan, Tumbuhan, dan Mikro Organisme Kewenangan Kabupaten/Kota",
      ind: "Jumlah SDG lokal yang dilestarikan",
      sat: "jenis",
      lok: "Kabupaten",
      t25: 3,
      t26: 3,
    },
    {
      id: "s121",
      lvl: "s",
      kode: "3.27.02.2.02.0001",
      nama: "Pelestarian SDG Ternak Lokal (Kuda Sandel dan Sapi Sumba Ongole)",
      ind: "Jumlah ternak plasma nutfah yang dilestarikan",
      sat: "ekor",
      lok: "Desa Praikalala, Desa Waimangura",
      t25: 120,
      t26: 140,
      rp25: 624_800_000,
      rp26: 658_300_000,
      sd: "DAU",
      cat: "Bibit ternak dari UPTD Pembibitan",
    },
    {
      id: "p2",
      lvl: "p",
      kode: "3.27.03",
      nama: "PROGRAM PENYEDIAAN DAN PENGEMBANGAN PRASARANA PERTANIAN",
      ind: "Persentase luas lahan pertanian yang terlayani prasarana air (embung dan irigasi tersier)",
      sat: "%",
      lok: "Kabupaten",
      t25: 37.5,
      t26: 41,
      f: DEC,
    },
    {
      id: "k21",
      lvl: "k",
      kode: "3.27.03.2.01",
      nama: "Pengembangan Prasarana Pertanian",
      ind: "Jumlah prasarana pertanian yang dibangun/direhabilitasi",
      sat: "unit",
      lok: KEC,
      t25: 14,
      t26: 16,
    },
    {
      id: "s211",
      lvl: "s",
      kode: "3.27.03.2.01.0001",
      nama: "Pembangunan, Rehabilitasi dan Pemeliharaan Jalan Usaha Tani",
      ind: "Panjang jalan usaha tani yang dibangun/direhabilitasi",
      sat: "km",
      lok: "Desa Waimangura, Desa Lolo Wano",
      t25: 6.5,
      t26: 7,
      rp25: 1_845_000_000,
      rp26: 2_050_000_000,
      sd: "DAK Fisik",
      f: DEC,
    },
    {
      id: "s212",
      lvl: "s",
      kode: "3.27.03.2.01.0002",
      nama: "Pembangunan, Rehabilitasi dan Pemeliharaan Embung Pertanian",
      ind: "Jumlah embung pertanian yang dibangun/direhabilitasi",
      sat: "unit",
      lok: "Kec. Tana Righu, Wai Mananga",
      t25: 8,
      t26: 9,
      rp25: 3_120_600_000,
      rp26: 3_400_000_000,
      sd: "DAK Fisik",
      cat: "Usulan DAK Fisik Bidang Irigasi",
    },
    {
      id: "i212",
      lvl: "i",
      ind: "Luas lahan yang terairi embung",
      sat: "ha",
      t25: 240,
      t26: 270,
    },
    {
      id: "p3",
      lvl: "p",
      kode: "3.27.04",
      nama: "PROGRAM PENGENDALIAN KESEHATAN HEWAN DAN KESEHATAN MASYARAKAT VETERINER",
      ind: "Persentase kasus penyakit hewan menular strategis yang tertangani",
      sat: "%",
      lok: "Kabupaten",
      t25: 90,
      t26: 92,
      f: DEC,
    },
    {
      id: "k31",
      lvl: "k",
      kode: "3.27.04.2.01",
      nama: "Penjaminan Kesehatan Hewan, Penutupan dan Pembukaan Daerah Wabah Penyakit Hewan Menular dalam Daerah Kabupaten/Kota",
      ind: "Jumlah hewan yang divaksinasi",
      sat: "ekor",
      lok: "22 kecamatan",
      t25: 18_500,
      t26: 20_000,
      f: "#,##0",
    },
    {
      id: "s311",
      lvl: "s",
      kode: "3.27.04.2.01.0001",
      nama: "Pengendalian dan Penanggulangan Penyakit Hewan Menular dan Zoonosis (Rabies)",
      ind: "Jumlah hewan penular rabies (HPR) yang divaksinasi",
      sat: "ekor",
      lok: "22 kecamatan",
      t25: 15_000,
      t26: 16_500,
      rp25: 936_250_000,
      rp26: 1_012_000_000,
      sd: "DAU",
      f: "#,##0",
    },
    {
      id: "s312",
      lvl: "s",
      // planted: the 04 of the program typed as 40
      kode: "3.27.40.2.01.0002",
      nama: "Surveilans Penyakit Hewan Menular Strategis (ASF dan Jembrana)",
      ind: "Jumlah sampel surveilans yang diuji laboratorium",
      sat: "sampel",
      lok: "Kec. Laiwangi Kota, Kambera Lolo",
      t25: 1_200,
      t26: 1_350,
      rp25: 418_600_000,
      rp26: 447_900_000,
      sd: "DAU",
      f: "#,##0",
    },
  ];
  const kids: Record<string, string[]> = {
    p1: ["k11", "k12"],
    p2: ["k21"],
    p3: ["k31"],
    k11: ["s111", "s112"],
    k12: ["s121"],
    k21: ["s211", "s212"],
    k31: ["s311", "s312"],
  };
  // planted 2: the 2026 Rp of kegiatan 3.27.02.2.01 sums its first sub kegiatan only
  const PLANT_SUM = "k11";
  const R = "Rencana Tahun 2025";
  const P = "Prakiraan Maju Rencana Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 17 },
    {
      key: "nama",
      head: ["Urusan / Bidang Urusan Pemerintahan Daerah dan Program / Kegiatan / Sub Kegiatan"],
      num: 2,
      width: 42,
    },
    {
      key: "ind",
      head: ["Indikator Kinerja Program / Kegiatan / Sub Kegiatan"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "lok", head: [R, "Lokasi (Kecamatan / Desa)"], role: "lokasi", num: 4, width: 22 },
    { key: "t25", head: [R, "Target Capaian Kinerja"], role: "target", year: 2025, num: 5, width: 10 },
    { key: "sat", head: [R, "Satuan"], role: "satuan", num: 6, width: 9 },
    {
      key: "rp25",
      head: [R, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 7,
      fmt: RP,
      width: 16,
    },
    { key: "sd", head: [R, "Sumber Dana"], num: 8, width: 10 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: 9, width: 20 },
    { key: "t26", head: [P, "Target Capaian Kinerja"], role: "target", year: 2026, num: 10, width: 10 },
    {
      key: "rp26",
      head: [P, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 11,
      fmt: RP,
      width: 16,
    },
  ];
  const pos = (id: string) => rows.findIndex((x) => x.id === id);
  const body: Row[] = rows.map((x): Row => ({
    id: x.id,
    bold: x.lvl === "u" || x.lvl === "p",
    cells: (c) => {
      const cells: Record<string, Cell> = { kode: x.kode, nama: x.nama, ind: x.ind, sat: x.sat, lok: x.lok };
      if (x.t25 !== undefined) cells.t25 = x.f ? fmt(x.t25, x.f) : x.t25;
      if (x.t26 !== undefined) cells.t26 = x.f ? fmt(x.t26, x.f) : x.t26;
      if (x.lvl === "s") {
        cells.rp25 = x.rp25;
        cells.rp26 = x.rp26;
        cells.sd = x.sd;
        cells.cat = x.cat ?? "-";
      }
      if (x.lvl === "k") {
        const ks = kids[x.id];
        const range = (k: string, last: string) => `SUM(${c.a(k, ks[0])}:${c.a(k, last)})`;
        cells.rp25 = fx(range("rp25", ks[ks.length - 1]));
        cells.rp26 = fx(range("rp26", x.id === PLANT_SUM ? ks[0] : ks[ks.length - 1]));
      }
      if (x.lvl === "p") {
        cells.rp25 = fx(plus(kids[x.id].map((k) => c.a("rp25", k))));
        cells.rp26 = fx(plus(kids[x.id].map((k) => c.a("rp26", k))));
      }
      return cells;
    },
  }));
  const progIds = ["p1", "p2", "p3"];
  body.push({
    id: "jml",
    bold: true,
    span: ["kode", "ind"],
    cells: (c) => ({
      kode: "JUMLAH",
      rp25: fx(plus(progIds.map((p) => c.a("rp25", p)))),
      rp26: fx(plus(progIds.map((p) => c.a("rp26", p)))),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines([
    "Keterangan: DAU = Dana Alokasi Umum; DAK = Dana Alokasi Khusus; pagu kegiatan = jumlah pagu sub kegiatan, pagu program = jumlah pagu kegiatan.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Laiwangi, 18 Juli 2024",
    jabatan: ["KEPALA DINAS PERTANIAN", "KABUPATEN SUMBA LAIWANGI,"],
    nama: "Ir. UMBU NGGIKU TARAPANDJANG, M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19720611 199903 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kode", "s312") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Surveilans Penyakit Hewan Menular Strategis is coded 3.27.40.2.01.0002 (program 04 typed 40) under kegiatan 3.27.04.2.01; its code is 3.27.04.2.01.0002",
    truth: a("kode", "k31"),
    actual: `PARENT(${a("kode", "s312")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("rp26", PLANT_SUM) },
    rules: ["sum-mismatch"],
    note: `Kebutuhan Dana 2026 of kegiatan 3.27.02.2.01 is =SUM(${a("rp26", "s111")}:${a("rp26", "s111")}), its first sub kegiatan only (310,000,000); with the Pengawasan Peredaran Sarana Pertanian (436,500,000) the two give 746,500,000`,
    truth: plus(kids[PLANT_SUM].map((k) => a("rp26", k))),
  });
  for (const id of ["k11", "k12", "k21", "k31", "p1", "p2", "p3"]) {
    const under = rows.slice(pos(id) + 1);
    const end = under.findIndex((x) => x.lvl === "p" || (id.startsWith("k") && x.lvl === "k"));
    const all = (end < 0 ? under : under.slice(0, end)).filter((x) => x.lvl === "s" || x.lvl === "k");
    for (const k of ["rp25", "rp26"]) {
      if (id === PLANT_SUM && k === "rp26") continue;
      if (id === "p1" && k === "rp26") continue; // follows the planted kegiatan
      const parts = plus(kids[id].map((c) => a(k, c)));
      b.ok({
        sheet: S,
        cell: a(k, id),
        rules: ["sum-mismatch"],
        truth: parts,
        trap: id.startsWith("p") ? plus(all.map((x) => a(k, x.id))) : undefined,
      });
    }
  }
  b.ok({
    sheet: S,
    cell: a("rp25", "jml"),
    rules: ["sum-mismatch"],
    truth: plus(progIds.map((p) => a("rp25", p))),
  });
  for (const [kg, subs] of Object.entries(kids))
    if (kg.startsWith("k"))
      for (const sub of subs)
        if (sub !== "s312")
          b.ok({
            sheet: S,
            cell: a("kode", sub),
            rules: ["code-hierarchy"],
            truth: a("kode", kg),
            actual: `PARENT(${a("kode", sub)})`,
          });
  for (const kg of ["k11", "k12", "k21", "k31"])
    b.ok({
      sheet: S,
      cell: a("kode", kg),
      rules: ["code-hierarchy"],
      truth: a(
        "kode",
        progIds.find((p) => kids[p].includes(kg))!,
      ),
      actual: `PARENT(${a("kode", kg)})`,
    });
  return b.finish();
}
