// Plans of the BPKAD: the Renstra 2025-2029 T-C.27 of the invented Provinsi Kepulauan Riau office for
// its program Pengelolaan Barang Milik Daerah (calendar years over Target | Rp, "(dalam ribuan
// rupiah)", kegiatan Rp by SUM formulas, kondisi akhir), and the Renja 2025 T-C.30-like table of the
// invented Kabupaten Sekayam Hilir BPKAD (rencana tahun 2025 with lokasi and sumber dana, prakiraan
// maju 2026, a JUMLAH over the programs). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];

type PlanRow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  /** kondisi akhir K: last target (level) or sum (flow) */
  level: boolean;
};

export function renstraAsetKepri(): BookW {
  const b = new BookW(
    "renstra-tc27-bmd-bpkad-kepri-2025-2029.xlsx",
    "T-C.27 Renstra program and pendanaan indikatif (BPKAD Provinsi, aset)",
    "T-C.27 of a provincial BPKAD, Renstra 2025-2029, program 5.02.03 Pengelolaan BMD: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025..2029 > Target | Rp | Kondisi Kinerja Akhir Periode (Target | Rp) | Unit Kerja | Lokasi; Rp in thousands; kegiatan Rp SUM formulas; kondisi akhir K last target for rates, sum for counts",
  );
  const S = "T-C.27 BMD";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KEPULAUAN RIAU", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "Tabel 6.1",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif BPKAD Provinsi Kepulauan Riau 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "(1)", width: 19 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "(2)", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "(3)",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "(5)",
      fmt: DEC,
      width: 11,
    },
    ...YEARS.flatMap((y, i) => [
      {
        key: `t${y}`,
        head: [G, String(y), "Target"],
        role: "target" as const,
        year: y,
        num: `(${6 + 2 * i})`,
        fmt: DEC,
        width: 9,
      },
      {
        key: `r${y}`,
        head: [G, String(y), "Rp"],
        role: "anggaran" as const,
        year: y,
        num: `(${7 + 2 * i})`,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "akK",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      num: "(16)",
      fmt: DEC,
      width: 10,
    },
    {
      key: "akR",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      num: "(17)",
      fmt: RP,
      width: 14,
    },
    {
      key: "unit",
      head: ["Unit Kerja PD Penanggung Jawab"],
      role: "penanggung-jawab",
      num: "(18)",
      width: 16,
    },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "(19)", width: 14 },
  ];
  const rows: PlanRow[] = [
    {
      id: "prog",
      kode: "5.02.03",
      nm: "PROGRAM PENGELOLAAN BARANG MILIK DAERAH",
      ind: "Persentase aset tanah Pemerintah Provinsi yang bersertifikat",
      sat: "%",
      awal: 57.4,
      k: [62, 68, 74, 80, 86],
      level: true,
    },
    {
      id: "ka",
      kode: "5.02.03.1.01",
      nm: "Pengelolaan Barang Milik Daerah",
      ind: "Persentase BMD yang tercatat dan diinventarisasi",
      sat: "%",
      awal: 85.2,
      k: [88, 91, 94, 97, 100],
      level: true,
    },
    {
      id: "a1",
      kode: "5.02.03.1.01.0004",
      nm: "Penatausahaan Barang Milik Daerah",
      ind: "Jumlah laporan penatausahaan BMD",
      sat: "laporan",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      rp: [410_500, 432_000, 455_800, 478_300, 502_100],
      level: false,
    },
    {
      id: "a2",
      kode: "5.02.03.1.01.0006",
      nm: "Pengamanan Barang Milik Daerah",
      ind: "Jumlah bidang tanah yang disertifikatkan",
      sat: "bidang",
      awal: 31,
      // planted: 2027 is 400 (40 meant; the kondisi akhir 205 adds 35 + 40 + 40 + 45 + 45)
      k: [35, 40, 400, 45, 45],
      rp: [1_250_000, 1_420_000, 1_465_500, 1_580_000, 1_612_750],
      level: false,
    },
    {
      id: "a3",
      kode: "5.02.03.1.01.0009",
      nm: "Inventarisasi Barang Milik Daerah",
      ind: "Jumlah dokumen hasil inventarisasi BMD",
      sat: "dokumen",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      rp: [285_400, 298_000, 312_650, 326_900, 341_200],
      level: false,
    },
    {
      id: "kb",
      kode: "5.02.03.1.02",
      nm: "Penilaian dan Pemanfaatan Barang Milik Daerah",
      ind: "Persentase BMD idle yang dimanfaatkan",
      sat: "%",
      awal: 16.5,
      k: [20, 25, 30, 35, 40],
      level: true,
    },
    {
      id: "b1",
      kode: "5.02.03.1.02.0002",
      nm: "Pemanfaatan Barang Milik Daerah (sewa dan KSP)",
      ind: "Jumlah perjanjian pemanfaatan BMD",
      sat: "dokumen",
      awal: 5,
      k: [6, 7, 8, 8, 9],
      rp: [186_300, 195_600, 205_400, 215_700, 226_450],
      level: false,
    },
    {
      id: "b2",
      // planted: coded under kegiatan 5.02.03.1.01
      kode: "5.02.03.1.01.0005",
      nm: "Penilaian Barang Milik Daerah",
      ind: "Jumlah objek BMD yang dinilai",
      sat: "objek",
      awal: 110,
      k: [120, 130, 140, 150, 160],
      rp: [640_000, 672_000, 705_600, 740_900, 777_950],
      level: false,
    },
  ];
  const kids: Record<string, [string, string]> = { ka: ["a1", "a3"], kb: ["b1", "b2"] };
  const mk = (x: PlanRow): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c) => {
      const out: Record<string, Cell> = { kode: x.kode, nm: x.nm, ind: x.ind, sat: x.sat, awal: x.awal };
      YEARS.forEach((y, i) => {
        out[`t${y}`] = x.k[i];
        if (x.rp) out[`r${y}`] = x.rp[i];
        else if (x.id === "prog") out[`r${y}`] = fx(`${c.a(`r${y}`, "ka")}+${c.a(`r${y}`, "kb")}`);
        else
          out[`r${y}`] = fx(
            `SUM(${c.c(`r${y}`)}${c.row(kids[x.id][0])}:${c.c(`r${y}`)}${c.row(kids[x.id][1])})`,
          );
      });
      // planted: the program's kondisi akhir is the 2027 target
      out.akK =
        x.id === "prog" ? 74 : x.id === "a2" ? 205 : x.level ? x.k[4] : x.k.reduce((n, v) => n + v, 0);
      out.akR = fx(YEARS.map((y) => c.a(`r${y}`)).join("+"));
      out.unit = x.id === "prog" ? "BPKAD" : "Bidang Aset";
      out.lok = "Provinsi Kepulauan Riau";
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: rows.map(mk) });
  s.gap();
  s.lines([
    "Catatan: target kondisi akhir indikator persentase adalah target tahun 2029; indikator jumlah adalah akumulasi lima tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Tanjungpinang, 3 Maret 2025",
    jabatan: ["KEPALA BPKAD PROVINSI KEPULAUAN RIAU,"],
    nama: "Drs. RAJA AZHARI SYAHPUTRA, M.Si.",
    nip: "19720514 199303 1 004",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("akK", "prog") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the program rate (aset tanah bersertifikat) is 74.00, the 2027 target; the 2029 target is 86.00",
    truth: a("t2029", "prog"),
  });
  b.plant({
    at: { sheet: S, cell: a("t2027", "a2") },
    rules: ["target-outlier"],
    note: "2027 target of bidang tanah disertifikatkan is 400 in 35, 40, 400, 45, 45 (40 meant: the kondisi akhir 205 less the other four years)",
    truth: `${a("akK", "a2")}-(${a("t2025", "a2")}+${a("t2026", "a2")}+${a("t2028", "a2")}+${a("t2029", "a2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "b2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Penilaian BMD is coded 5.02.03.1.01.0005 under kegiatan 5.02.03.1.02",
    truth: `${a("kode", "kb")}&".0005"`,
  });
  for (const id of ["ka", "kb"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t2029", id),
      trap: YEARS.map((y) => a(`t${y}`, id)).join("+"),
    });
  for (const id of ["a1", "a3", "b1", "b2"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: YEARS.map((y) => a(`t${y}`, id)).join("+"),
    });
  for (const id of ["prog", "ka", "a2", "b1"])
    b.ok({
      sheet: S,
      cell: a("akR", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: YEARS.map((y) => a(`r${y}`, id)).join("+"),
    });
  for (const y of [2025, 2029])
    b.ok({
      sheet: S,
      cell: a(`r${y}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${y}`, "ka")}+${a(`r${y}`, "kb")}`,
      trap: `SUM(${a(`r${y}`, "ka")}:${a(`r${y}`, "b2")})`,
    });
  b.ok({
    sheet: S,
    cell: a("r2027", "ka"),
    rules: ["sum-mismatch"],
    truth: `${a("r2027", "a1")}+${a("r2027", "a2")}+${a("r2027", "a3")}`,
  });
  for (const [id, p] of [
    ["a1", "ka"],
    ["a3", "ka"],
    ["b1", "kb"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", p),
    });
  return b.finish();
}

type RenjaRow = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  t: number | string;
  pm: number | string;
  rp?: number;
  rpPm?: number;
  sd?: string;
};

export function renjaBpkadKalbar(): BookW {
  const b = new BookW(
    "renja-2025-prakiraan-maju-bpkad-sekayam-hilir.xlsx",
    "T-C.30-like Renja 2025 with prakiraan maju (BPKAD kabupaten)",
    "Renja 2025 of a Kalbar kabupaten BPKAD: Kode | Urusan / Program / Kegiatan / Sub Kegiatan | Indikator Kinerja | Satuan | 'Rencana Tahun 2025' > Lokasi | Target Capaian Kinerja | Kebutuhan Dana / Pagu Indikatif (Rp) | Sumber Dana | Catatan Penting | 'Prakiraan Maju Rencana Tahun 2026' > Target | Kebutuhan Dana (Rp); program and kegiatan pagu by formulas; JUMLAH over the programs",
  );
  const S = "Renja 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEKAYAM HILIR", "BADAN PENGELOLAAN KEUANGAN DAN ASET DAERAH"]);
  s.lines([
    "Tabel 3.1",
    "Rumusan Rencana Program dan Kegiatan Perangkat Daerah Tahun 2025 dan Prakiraan Maju Tahun 2026",
    "Kabupaten Sekayam Hilir",
  ]);
  s.gap();
  const R25 = "Rencana Tahun 2025";
  const PM = "Prakiraan Maju Rencana Tahun 2026";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 19 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan / Sub Kegiatan"], num: 2, width: 38 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: 3, width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 9 },
    { key: "lok", head: [R25, "Lokasi"], role: "lokasi", num: 5, width: 14 },
    { key: "tgt", head: [R25, "Target Capaian Kinerja"], role: "target", year: 2025, num: 6, width: 10 },
    {
      key: "pagu",
      head: [R25, "Kebutuhan Dana / Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2025,
      num: 7,
      fmt: RP,
      width: 17,
    },
    { key: "sd", head: [R25, "Sumber Dana"], role: "lainnya", num: 8, width: 9 },
    { key: "cat", head: ["Catatan Penting"], role: "keterangan", num: 9, width: 16 },
    { key: "pmT", head: [PM, "Target Capaian Kinerja"], role: "target", year: 2026, num: 10, width: 10 },
    {
      key: "pmRp",
      head: [PM, "Kebutuhan Dana (Rp)"],
      role: "anggaran",
      year: 2026,
      num: 11,
      fmt: RP,
      width: 17,
    },
  ];
  const rr: RenjaRow[] = [
    {
      id: "p1",
      kode: "5.02.01",
      nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Persentase capaian kinerja dan realisasi keuangan BPKAD",
      sat: "%",
      t: 100,
      pm: 100,
    },
    {
      id: "k11",
      kode: "5.02.01.2.02",
      nm: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah laporan keuangan BPKAD yang disusun",
      sat: "dokumen",
      t: 13,
      pm: 13,
    },
    {
      id: "s111",
      kode: "5.02.01.2.02.0001",
      nm: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Jumlah ASN yang menerima gaji dan tunjangan",
      sat: "orang",
      t: 96,
      pm: 98,
      rp: 9_842_600_000,
      rpPm: 10_216_300_000,
      sd: "DAU",
    },
    {
      id: "s112",
      kode: "5.02.01.2.02.0007",
      nm: "Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD",
      ind: "Jumlah laporan keuangan bulanan, triwulanan dan semesteran SKPD",
      sat: "laporan",
      t: 12,
      pm: 12,
      rp: 86_400_000,
      rpPm: 90_700_000,
      sd: "DAU",
    },
    {
      id: "p2",
      kode: "5.02.02",
      nm: "PROGRAM PENGELOLAAN KEUANGAN DAERAH",
      ind: "Opini BPK atas Laporan Keuangan Pemerintah Daerah",
      sat: "opini",
      t: "WTP",
      pm: "WTP",
    },
    {
      id: "k21",
      kode: "5.02.02.2.02",
      nm: "Koordinasi dan Pengelolaan Perbendaharaan Daerah",
      ind: "Persentase SP2D yang terbit tepat waktu",
      sat: "%",
      t: 95,
      pm: 96,
    },
    {
      id: "s211",
      kode: "5.02.02.2.02.0003",
      nm: "Koordinasi dan Pengelolaan Kas Daerah",
      ind: "Jumlah laporan posisi kas harian",
      sat: "laporan",
      t: 246,
      pm: 246,
      rp: 412_850_000,
      rpPm: 433_500_000,
      sd: "PAD",
    },
    {
      id: "s212",
      kode: "5.02.02.2.02.0010",
      nm: "Penerbitan Surat Perintah Pencairan Dana (SP2D)",
      ind: "Jumlah SP2D yang diterbitkan",
      sat: "dokumen",
      t: 14_500,
      pm: 14_800,
      rp: 1_124_600_000,
      rpPm: 1_180_800_000,
      sd: "DAU",
    },
    {
      id: "s213",
      kode: "5.02.02.2.02.0014",
      nm: "Rekonsiliasi Penerimaan dan Pengeluaran Kas Daerah",
      ind: "Jumlah dokumen rekonsiliasi kas daerah",
      sat: "dokumen",
      t: 12,
      pm: 12,
      rp: 330_000_000,
      rpPm: 346_500_000,
      sd: "PAD",
    },
    {
      id: "k22",
      kode: "5.02.02.2.03",
      nm: "Koordinasi dan Pelaksanaan Akuntansi dan Pelaporan Keuangan Daerah",
      ind: "Jumlah laporan keuangan pemerintah daerah",
      sat: "dokumen",
      t: 2,
      pm: 2,
    },
    {
      id: "s221",
      kode: "5.02.02.2.03.0002",
      nm: "Penyusunan Laporan Keuangan Pemerintah Daerah",
      ind: "Jumlah dokumen LKPD unaudited dan audited",
      sat: "dokumen",
      t: 2,
      pm: 2,
      rp: 1_485_200_000,
      rpPm: 1_559_400_000,
      sd: "DAU",
    },
    {
      id: "s222",
      kode: "5.02.02.2.03.0005",
      nm: "Rekonsiliasi dan Verifikasi Aset Tetap",
      ind: "Jumlah dokumen rekonsiliasi aset tetap",
      sat: "dokumen",
      t: 2,
      pm: 2,
      rp: 612_700_000,
      rpPm: 643_300_000,
      sd: "DAU",
    },
  ];
  const kids: Record<string, string[]> = {
    k11: ["s111", "s112"],
    k21: ["s211", "s213"],
    k22: ["s221", "s222"],
  };
  const mk = (x: RenjaRow): Row => ({
    id: x.id,
    bold: x.id.startsWith("p"),
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        lok: x.rp ? "Kantor BPKAD, Nanga Sekayam" : "Kabupaten Sekayam Hilir",
        tgt: x.t,
        pmT: x.pm,
        sd: x.sd,
      };
      if (x.rp !== undefined) {
        out.pagu = x.rp;
        out.pmRp = x.rpPm;
      } else if (x.id === "p1") {
        out.pagu = fx(c.a("pagu", "k11"));
        out.pmRp = fx(c.a("pmRp", "k11"));
      } else if (x.id === "p2") {
        out.pagu = fx(`${c.a("pagu", "k21")}+${c.a("pagu", "k22")}`);
        // planted: the program's 2026 need points at kegiatan 5.02.02.2.02 only
        out.pmRp = fx(c.a("pmRp", "k21"));
      } else if (x.id === "k21") {
        // planted: a typed pagu among SUM formulas (1,867,450,000 with two digits swapped)
        out.pagu = 1_876_450_000;
        out.pmRp = fx(`SUM(${c.c("pmRp")}${c.row("s211")}:${c.c("pmRp")}${c.row("s213")})`);
      } else {
        const [f, l] = kids[x.id];
        out.pagu = fx(`SUM(${c.c("pagu")}${c.row(f)}:${c.c("pagu")}${c.row(l)})`);
        out.pmRp = fx(`SUM(${c.c("pmRp")}${c.row(f)}:${c.c("pmRp")}${c.row(l)})`);
      }
      if (x.id === "p2") out.cat = "Pertahankan WTP ke-7";
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      { id: "urs", bold: true, cells: { kode: "5", nm: "UNSUR PENUNJANG URUSAN PEMERINTAHAN" } },
      { id: "bid", bold: true, cells: { kode: "5.02", nm: "KEUANGAN" } },
      ...rr.map(mk),
      {
        id: "jml",
        bold: true,
        span: ["kode", "sat"],
        cells: (c) => ({
          kode: "JUMLAH",
          pagu: fx(`${c.a("pagu", "p1")}+${c.a("pagu", "p2")}`),
          pmRp: fx(`${c.a("pmRp", "p1")}+${c.a("pmRp", "p2")}`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 9, {
    tempat: "Nanga Sekayam, 14 Juni 2024",
    jabatan: ["KEPALA BPKAD KABUPATEN SEKAYAM HILIR,"],
    nama: "HENDRIKUS ALOYSIUS DJUMAIN, S.E., M.M.",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19740818 199903 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pagu", "k21") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Pagu 2025 of kegiatan 5.02.02.2.02 is a typed 1,876,450,000 among SUM formulas; its three sub kegiatan add up to 1,867,450,000",
    truth: `SUM(${a("pagu", "s211")}:${a("pagu", "s213")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pmRp", "p2") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: "Prakiraan maju 2026 of program 5.02.02 is =kegiatan 5.02.02.2.02 only (1,960,800,000); with kegiatan 5.02.02.2.03 it is 4,163,500,000",
    truth: `${a("pmRp", "k21")}+${a("pmRp", "k22")}`,
  });
  // the program total takes its kegiatan, not every row under it; the JUMLAH takes the programs
  b.ok({
    sheet: S,
    cell: a("pagu", "p1"),
    rules: ["sum-mismatch"],
    truth: a("pagu", "k11"),
    trap: `SUM(${a("pagu", "k11")}:${a("pagu", "s112")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pmRp", "p1"),
    rules: ["sum-mismatch"],
    truth: `${a("pmRp", "s111")}+${a("pmRp", "s112")}`,
    trap: `SUM(${a("pmRp", "k11")}:${a("pmRp", "s112")})`,
  });
  for (const k of ["pagu", "pmRp"]) {
    b.ok({ sheet: S, cell: a(k, "k11"), rules: ["sum-mismatch"], truth: `${a(k, "s111")}+${a(k, "s112")}` });
    b.ok({ sheet: S, cell: a(k, "k22"), rules: ["sum-mismatch"], truth: `${a(k, "s221")}+${a(k, "s222")}` });
  }
  b.ok({
    sheet: S,
    cell: a("pmRp", "k21"),
    rules: ["sum-mismatch"],
    truth: `${a("pmRp", "s211")}+${a("pmRp", "s212")}+${a("pmRp", "s213")}`,
  });
  for (const [id, p] of [
    ["s111", "k11"],
    ["s213", "k21"],
    ["s222", "k22"],
    ["k11", "p1"],
    ["k22", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", p),
    });
  return b.finish();
}
