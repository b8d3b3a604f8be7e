// The Renja 2025 of a Kecamatan (unsur kewilayahan, codes 7.01) as its planners fill it in: No first,
// "Target" before "Sat.", the year's group over Target | Sat. | Lokasi (Kelurahan) | Pagu Indikatif |
// Sumber Dana and a prakiraan maju group; the Dana Kelurahan sub kegiatan broken down by kelurahan on
// rows without code that carry their own pagu (the sub kegiatan is their SUM, the kegiatan adds only
// its sub kegiatan). Every name and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";
import { KAB, codeOk } from "./common";

type Lv = "p" | "k" | "s" | "d";
type RIn = {
  id: string;
  lv: Lv;
  no?: string;
  kode?: string;
  ur: string;
  ind: string;
  t25: number;
  sat: string;
  lok: string;
  /** typed pagu (sub kegiatan without detail, detail rows) */
  p25?: number;
  p26?: number;
  t26: number;
  sd?: string;
  /** children summed (kegiatan: sub kegiatan; program: kegiatan; sub kegiatan: its kelurahan rows) */
  of?: string[];
};

const KEC = "Kecamatan Wanasigra";
const KEL = ["Kel. Wanasigra", "Kel. Ciparigi", "Kel. Kertaraharja", "Kel. Sukaresmi Wetan"];

/** Renja 2025 of Kecamatan Wanasigra, Tabel 3.1. */
export function renjaWanasigra(): BookW {
  const b = new BookW(
    "renja-kelurahan-wanasigra-sumberkarta.xlsx",
    "Renja (Kecamatan), kelurahan detail rows",
    "Renja 2025 Tabel 3.1 of a Kecamatan: No | Kode Rekening | Program / Kegiatan / Sub Kegiatan | Indikator Kinerja (Keluaran / Hasil) | 'Rencana Tahun 2025' > Target | Sat. | Lokasi (Kelurahan) | Pagu Indikatif (Rp) | Sumber Dana | 'Prakiraan Maju Tahun 2026' > Target | Pagu (Rp); number row (1) .. (11); the Dana Kelurahan sub kegiatan broken down into four kelurahan rows without code, each with its own pagu (the sub kegiatan a SUM of them); kegiatan pagu as '+' of their sub kegiatan, program pagu as '+' of their kegiatan, JUMLAH",
  );
  const S = "Renja Kec 2025";
  const s = b.sheet(S);
  letterhead(s, [`PEMERINTAH ${KAB}`, "KECAMATAN WANASIGRA", "Jl. Raya Wanasigra No. 4, Sumberkarta 45781"]);
  s.lines([
    "RENCANA KERJA (RENJA) KECAMATAN WANASIGRA TAHUN 2025",
    "Tabel 3.1 Rumusan Rencana Program dan Kegiatan Tahun 2025 dan Prakiraan Maju Tahun 2026",
  ]);
  s.gap();
  const DD = "DAU";
  const rows: RIn[] = [
    {
      id: "p1",
      lv: "p",
      no: "1",
      kode: "7.01.01",
      ur: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Persentase dokumen perencanaan, keuangan dan kepegawaian yang disusun tepat waktu",
      t25: 100,
      sat: "%",
      lok: KEC,
      t26: 100,
      of: ["k11", "k12", "k16"],
    },
    {
      id: "k11",
      lv: "k",
      kode: "7.01.01.2.01",
      ur: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan dan laporan kinerja yang disusun",
      t25: 6,
      sat: "dokumen",
      lok: KEC,
      t26: 6,
      of: ["s111", "s116"],
    },
    {
      id: "s111",
      lv: "s",
      kode: "7.01.01.2.01.0001",
      ur: "Penyusunan Dokumen Perencanaan Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan perangkat daerah",
      t25: 3,
      sat: "dokumen",
      lok: KEC,
      p25: 18_450_000,
      t26: 3,
      p26: 19_500_000,
      sd: DD,
    },
    {
      id: "s116",
      lv: "s",
      kode: "7.01.01.2.01.0006",
      ur: "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD",
      ind: "Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja",
      t25: 3,
      sat: "laporan",
      lok: KEC,
      p25: 12_750_000,
      t26: 3,
      p26: 13_400_000,
      sd: DD,
    },
    {
      id: "k12",
      lv: "k",
      kode: "7.01.01.2.02",
      ur: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah bulan pembayaran gaji dan tunjangan ASN",
      t25: 12,
      sat: "bulan",
      lok: KEC,
      t26: 12,
      of: ["s121"],
    },
    {
      id: "s121",
      lv: "s",
      kode: "7.01.01.2.02.0001",
      ur: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah orang yang menerima gaji dan tunjangan ASN",
      t25: 47,
      sat: "orang",
      lok: KEC,
      p25: 2_846_520_000,
      t26: 47,
      p26: 2_932_000_000,
      sd: DD,
    },
    {
      id: "k16",
      lv: "k",
      kode: "7.01.01.2.06",
      ur: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah paket administrasi umum yang terlaksana",
      t25: 64,
      sat: "paket",
      lok: KEC,
      t26: 64,
      of: ["s162", "s168"],
    },
    {
      id: "s162",
      lv: "s",
      kode: "7.01.01.2.06.0002",
      ur: "Penyediaan Peralatan dan Perlengkapan Kantor",
      ind: "Jumlah paket peralatan dan perlengkapan kantor yang disediakan",
      t25: 40,
      sat: "paket",
      lok: KEC,
      p25: 37_800_000,
      t26: 40,
      p26: 39_150_000,
      sd: DD,
    },
    {
      id: "s168",
      lv: "s",
      kode: "7.01.01.2.06.0008",
      ur: "Fasilitasi Kunjungan Tamu",
      ind: "Jumlah laporan fasilitasi kunjungan tamu",
      t25: 24,
      sat: "laporan",
      lok: KEC,
      p25: 21_600_000,
      t26: 24,
      p26: 22_800_000,
      sd: DD,
    },
    {
      id: "p3",
      lv: "p",
      no: "2",
      kode: "7.01.03",
      ur: "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN",
      ind: "Persentase kelurahan dengan sarana dan prasarana lingkungan dalam kondisi baik",
      t25: 82.5,
      sat: "%",
      lok: KEC,
      t26: 85,
      of: ["k31", "k32"],
    },
    {
      id: "k31",
      lv: "k",
      kode: "7.01.03.2.01",
      ur: "Koordinasi Pemberdayaan Masyarakat Kelurahan",
      ind: "Jumlah kelurahan yang difasilitasi pemberdayaan masyarakat",
      t25: 4,
      sat: "kelurahan",
      lok: KEC,
      t26: 4,
      of: ["s311", "s313"],
    },
    {
      id: "s311",
      lv: "s",
      kode: "7.01.03.2.01.0001",
      ur: "Fasilitasi Musyawarah Perencanaan Pembangunan Kelurahan",
      ind: "Jumlah dokumen hasil musrenbang kelurahan",
      t25: 4,
      sat: "dokumen",
      lok: "4 kelurahan",
      p25: 34_200_000,
      t26: 4,
      p26: 35_900_000,
      sd: DD,
    },
    {
      id: "s313",
      lv: "s",
      kode: "7.01.03.2.01.0003",
      ur: "Pembinaan Lembaga Kemasyarakatan Kelurahan",
      ind: "Jumlah lembaga kemasyarakatan kelurahan yang dibina",
      t25: 16,
      sat: "lembaga",
      lok: "4 kelurahan",
      p25: 27_650_000,
      t26: 16,
      p26: 28_700_000,
      sd: DD,
    },
    {
      id: "k32",
      lv: "k",
      kode: "7.01.03.2.02",
      ur: "Pembangunan Sarana dan Prasarana Kelurahan",
      ind: "Jumlah paket sarana dan prasarana kelurahan yang dibangun",
      t25: 11,
      sat: "paket",
      lok: KEC,
      t26: 12,
      of: ["s321", "s322"],
    },
    {
      id: "s321",
      lv: "s",
      kode: "7.01.03.2.02.0001",
      ur: "Pembangunan Sarana dan Prasarana Kelurahan (Dana Kelurahan)",
      ind: "Jumlah paket sarana dan prasarana lingkungan kelurahan",
      t25: 11,
      sat: "paket",
      lok: KEC,
      t26: 12,
      sd: "DAU (Dana Kelurahan)",
      of: ["d1", "d2", "d3", "d4"],
    },
    {
      id: "d1",
      lv: "d",
      ur: "a. Rehabilitasi drainase lingkungan RW 03 dan RW 05",
      ind: "Panjang drainase lingkungan yang direhabilitasi: 3 paket",
      t25: 3,
      sat: "paket",
      lok: KEL[0],
      p25: 312_400_000,
      t26: 3,
      p26: 298_000_000,
    },
    {
      id: "d2",
      lv: "d",
      ur: "b. Pembangunan jalan lingkungan rabat beton",
      ind: "Ruas jalan lingkungan yang dibangun: 3 paket",
      t25: 3,
      sat: "paket",
      lok: KEL[1],
      p25: 287_650_000,
      t26: 3,
      p26: 305_500_000,
    },
    {
      id: "d3",
      lv: "d",
      ur: "c. Pembangunan tembok penahan tanah dan jalan setapak",
      ind: "Paket TPT dan jalan setapak: 2 paket",
      t25: 2,
      sat: "paket",
      lok: KEL[2],
      p25: 264_800_000,
      t26: 3,
      p26: 281_250_000,
    },
    {
      id: "d4",
      lv: "d",
      ur: "d. Penerangan jalan lingkungan dan sumur resapan",
      ind: "Paket PJL dan sumur resapan: 3 paket",
      t25: 3,
      sat: "paket",
      lok: KEL[3],
      p25: 296_150_000,
      t26: 3,
      p26: 290_750_000,
    },
    {
      id: "s322",
      lv: "s",
      kode: "7.01.03.2.02.0002",
      ur: "Pemberdayaan Masyarakat di Kelurahan",
      ind: "Jumlah kelurahan yang melaksanakan kegiatan pemberdayaan masyarakat",
      t25: 4,
      sat: "kelurahan",
      lok: "4 kelurahan",
      p25: 198_400_000,
      t26: 4,
      p26: 204_600_000,
      sd: "DAU (Dana Kelurahan)",
    },
    {
      id: "p4",
      lv: "p",
      no: "3",
      kode: "7.01.04",
      ur: "PROGRAM KOORDINASI KETENTRAMAN DAN KETERTIBAN UMUM",
      ind: "Persentase gangguan ketenteraman dan ketertiban umum yang tertangani",
      t25: 95,
      sat: "%",
      lok: KEC,
      t26: 96,
      of: ["k41"],
    },
    {
      id: "k41",
      lv: "k",
      kode: "7.01.04.2.01",
      ur: "Koordinasi Upaya Penyelenggaraan Ketenteraman dan Ketertiban Umum",
      ind: "Jumlah laporan koordinasi ketenteraman dan ketertiban umum",
      t25: 12,
      sat: "laporan",
      lok: KEC,
      t26: 12,
      of: ["s412", "s413"],
    },
    {
      id: "s412",
      lv: "s",
      kode: "7.01.04.2.01.0002",
      ur: "Pelaksanaan Patroli Ketenteraman Wilayah Kecamatan",
      ind: "Jumlah patroli wilayah yang dilaksanakan",
      t25: 48,
      sat: "kali",
      lok: KEC,
      p25: 41_800_000,
      t26: 48,
      p26: 43_200_000,
      sd: DD,
    },
    {
      id: "s413",
      lv: "s",
      // planted: kegiatan 01 typed 10
      kode: "7.01.04.2.10.0003",
      ur: "Sinkronisasi Pelaksanaan Penegakan Perda dan Perkada di Wilayah Kecamatan",
      ind: "Jumlah pelanggaran perda yang ditertibkan bersama Satpol PP",
      t25: 20,
      sat: "kasus",
      lok: KEC,
      p25: 23_500_000,
      t26: 20,
      p26: 24_700_000,
      sd: DD,
    },
  ];
  const PLANT_SUM = "s321"; // its 2025 pagu SUMs the first three kelurahan only
  const RN = "Rencana Tahun 2025";
  const PM = "Prakiraan Maju Tahun 2026";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kode", head: ["Kode Rekening"], role: "kode", num: "(2)", width: 19 },
    { key: "ur", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(3)", width: 42 },
    { key: "ind", head: ["Indikator Kinerja (Keluaran / Hasil)"], role: "indikator", num: "(4)", width: 40 },
    { key: "t25", head: [RN, "Target"], role: "target", year: 2025, num: "(5)", width: 9 },
    { key: "sat", head: [RN, "Sat."], role: "satuan", num: "(6)", width: 10 },
    { key: "lok", head: [RN, "Lokasi (Kelurahan)"], role: "lokasi", num: "(7)", width: 20 },
    {
      key: "p25",
      head: [RN, "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: "(8)",
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: [RN, "Sumber Dana"], num: "(9)", width: 14 },
    { key: "t26", head: [PM, "Target"], role: "target", year: 2026, num: "(10)", width: 9 },
    { key: "p26", head: [PM, "Pagu (Rp)"], role: "anggaran", year: 2026, num: "(11)", fmt: RP, width: 17 },
  ];
  const byId = new Map(rows.map((x) => [x.id, x]));
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lv === "p",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.no,
            kode: x.kode,
            ur: x.ur,
            ind: x.ind,
            t25: x.t25,
            sat: x.sat,
            lok: x.lok,
            sd: x.sd,
            t26: x.t26,
          };
          for (const k of ["p25", "p26"]) {
            if (!x.of) cells[k] = x[k as "p25" | "p26"];
            else if (x.lv === "s") {
              const r1 = c.row(x.of[0]);
              const r2 = c.row(x.of[x.of.length - 1]);
              cells[k] = fx(
                `SUM(${c.c(k)}${r1}:${c.c(k)}${x.id === PLANT_SUM && k === "p25" ? r2 - 1 : r2})`,
              );
            } else cells[k] = fx(x.of.map((y) => c.a(k, y)).join("+"));
          }
          return cells;
        },
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "ind"],
        cells: (c) => ({
          no: "JUMLAH",
          p25: fx(["p1", "p3", "p4"].map((y) => c.a("p25", y)).join("+")),
          p26: fx(["p1", "p3", "p4"].map((y) => c.a("p26", y)).join("+")),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "- Rincian lokasi sub kegiatan Pembangunan Sarana dan Prasarana Kelurahan sesuai hasil Musrenbang Kelurahan Tahun 2024.",
    "- Pagu indikatif mengacu pada Surat Edaran Bupati tentang Pagu Indikatif Perangkat Daerah Tahun 2025.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Wanasigra, 22 Juli 2024",
    jabatan: ["CAMAT WANASIGRA,"],
    nama: "RIZKI MAULANA SAPUTRA, S.STP., M.Si.",
    pangkat: "Pembina",
    nip: "19860312 200412 1 003",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const lines = (id: string, k: string): string[] => {
    const x = byId.get(id)!;
    return x.of ? x.of.flatMap((y) => lines(y, k)) : [a(k, id)];
  };
  /** every row beneath a program or kegiatan up to the next row of its level (the naive sum) */
  const beneath = (id: string, k: string): string => {
    const i = rows.findIndex((x) => x.id === id);
    const lv = rows[i].lv;
    const rank = { p: 0, k: 1, s: 2, d: 3 };
    const out: string[] = [];
    for (let j = i + 1; j < rows.length && rank[rows[j].lv] > rank[lv]; j++)
      if (rows[j].of || rows[j][k as "p25" | "p26"] !== undefined) out.push(a(k, rows[j].id));
    return out.join("+");
  };
  b.plant({
    at: { sheet: S, cell: a("p25", PLANT_SUM) },
    rules: ["sum-mismatch"],
    note: "pagu 2025 of sub kegiatan 7.01.03.2.02.0001 is =SUM over the first three kelurahan rows (864,850,000); with Kel. Sukaresmi Wetan (296,150,000) the four give 1,161,000,000",
    truth: lines(PLANT_SUM, "p25").join("+"),
    tol: 0.5,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s413") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Sinkronisasi Pelaksanaan Penegakan Perda is coded 7.01.04.2.10.0003 (kegiatan 01 typed 10) under kegiatan 7.01.04.2.01",
    truth: a("kode", "k41"),
    actual: `PARENT(${a("kode", "s413")})`,
  });
  // sums: 2026 everywhere; 2025 where the planted sub kegiatan does not reach
  for (const x of rows.filter((y) => y.of)) {
    for (const k of ["p25", "p26"]) {
      if (k === "p25" && ["s321", "k32", "p3"].includes(x.id)) continue;
      const naive = x.lv === "s" ? undefined : beneath(x.id, k);
      const direct = x.of!.map((y) => a(k, y)).join("+");
      b.ok({
        sheet: S,
        cell: a(k, x.id),
        rules: ["sum-mismatch"],
        truth: lines(x.id, k).join("+"),
        // a kegiatan or program adds its children only, not every row beneath it
        trap: naive && naive !== direct ? naive : undefined,
        tol: 0.5,
      });
    }
  }
  b.ok({
    sheet: S,
    cell: a("p26", "jml"),
    rules: ["sum-mismatch"],
    truth: ["p1", "p3", "p4"].flatMap((y) => lines(y, "p26")).join("+"),
    tol: 0.5,
  });
  // the codes nest
  let prog = "";
  let keg = "";
  for (const x of rows) {
    if (x.lv === "p") prog = x.id;
    else if (x.lv === "k") {
      keg = x.id;
      codeOk(b, S, a("kode", x.id), a("kode", prog));
    } else if (x.lv === "s" && x.id !== "s413") codeOk(b, S, a("kode", x.id), a("kode", keg));
  }
  return b.finish();
}
