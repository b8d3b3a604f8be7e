// An RKPD 2026 table like T-C.33 of a Bappeda (Kota Lipumalangi, Sulawesi Tengah): the pagu
// indikatif per program of three bidang urusan, each under a merged year heading ("Rencana Tahun
// 2026" > Target | Pagu Indikatif (Rp); "Prakiraan Maju Tahun 2027" > Target | Prakiraan Maju
// (Rp)), bidang rows as SUM subtotals of their programs and a JUMLAH over the bidang. Every name and
// number is invented; the codes follow Kepmendagri 900.1.15.5-1317/2023 in shape.
import { BookW, DEC, INT, RP, fmt, fx, letterhead, signature, sum, type Cell, type Row } from "../forms/kit";
import { must } from "./common";

type GIn = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  t: [number, number];
  rp: [number, number];
  f: string;
  pd: string;
  dana: string;
};
type BdIn = { id: string; kode: string; nama: string; progs: GIn[] };

/** RKPD 2026 rencana program prioritas dan pagu indikatif, Bappeda Kota Lipumalangi. */
export function rkpdBappeda(): BookW {
  const b = new BookW(
    "rkpd-pagu-prakiraanmaju-bappeda-lipumalangi.xlsx",
    "RKPD T-C.33-like program and pagu indikatif table (Bappeda)",
    "RKPD 2026 rencana program and pagu indikatif per Perangkat Daerah: No | Kode | Urusan / Bidang Urusan / Program | Indikator Kinerja Program | 'Rencana Tahun 2026' > Target | Pagu Indikatif (Rp) | Sumber Dana | 'Prakiraan Maju Tahun 2027' > Target | Prakiraan Maju (Rp) | Perangkat Daerah; number row; bidang SUM subtotals; JUMLAH over the bidang",
  );
  const S = "Tabel T-C.33";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA LIPUMALANGI",
    "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH",
    "Jl. Sam Ratulangi No. 66, Lipumalangi 94112",
  ]);
  s.lines([
    "Tabel T-C.33",
    "Rencana Program Prioritas, Indikator Kinerja dan Pagu Indikatif per Perangkat Daerah",
    "RKPD Kota Lipumalangi Tahun 2026",
  ]);
  s.gap();
  const DK = "Dinas Kesehatan";
  const PU = "Dinas Pekerjaan Umum dan Penataan Ruang";
  const PK = "Dinas Perumahan dan Kawasan Permukiman";
  const M = 1_000_000;
  const bidang: BdIn[] = [
    {
      id: "b1",
      kode: "1.02",
      nama: "BIDANG URUSAN KESEHATAN",
      progs: [
        {
          id: "g11",
          kode: "1.02.02",
          nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
          ind: "Persentase fasilitas kesehatan tingkat pertama yang terakreditasi paripurna",
          sat: "%",
          t: [62.5, 75],
          rp: [48_615_240_000, 51_046 * M],
          f: DEC,
          pd: DK,
          dana: "DAU, DAK, BLUD",
        },
        {
          id: "g12",
          kode: "1.02.03",
          nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
          ind: "Persentase puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar",
          sat: "%",
          t: [70, 80],
          rp: [2_384_500_000, 2_500 * M],
          f: DEC,
          pd: DK,
          dana: "DAU",
        },
        {
          id: "g13",
          kode: "1.02.04",
          nama: "PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN",
          ind: "Persentase sarana produksi pangan industri rumah tangga yang memenuhi syarat",
          sat: "%",
          t: [78, 82],
          rp: [1_126_750_000, 1_180 * M],
          f: DEC,
          pd: DK,
          dana: "DAU",
        },
      ],
    },
    {
      id: "b2",
      kode: "1.03",
      nama: "BIDANG URUSAN PEKERJAAN UMUM DAN PENATAAN RUANG",
      progs: [
        {
          id: "g21",
          kode: "1.03.02",
          nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
          ind: "Persentase saluran drainase perkotaan dalam kondisi baik",
          sat: "%",
          t: [64, 68],
          rp: [18_450 * M, 19_200 * M],
          f: DEC,
          pd: PU,
          dana: "DAU, DAK",
        },
        {
          id: "g22",
          kode: "1.03.10",
          nama: "PROGRAM PENYELENGGARAAN JALAN",
          ind: "Persentase panjang jalan kota dalam kondisi mantap",
          sat: "%",
          t: [81.5, 84],
          rp: [35_780_600_000, 33_950 * M],
          f: DEC,
          pd: PU,
          dana: "DAU, DAK, DBH",
        },
      ],
    },
    {
      id: "b3",
      kode: "1.04",
      nama: "BIDANG URUSAN PERUMAHAN DAN KAWASAN PERMUKIMAN",
      progs: [
        {
          id: "g31",
          kode: "1.04.02",
          nama: "PROGRAM PENGEMBANGAN PERUMAHAN",
          ind: "Jumlah rumah tidak layak huni yang ditangani",
          sat: "unit",
          t: [250, 300],
          rp: [6_250 * M, 7_500 * M],
          f: INT,
          pd: PK,
          dana: "DAU",
        },
        {
          id: "g32",
          kode: "1.04.03",
          nama: "PROGRAM KAWASAN PERMUKIMAN",
          ind: "Luas kawasan permukiman kumuh perkotaan yang tertangani",
          sat: "ha",
          t: [12.5, 15],
          rp: [4_875_300_000, 5_600 * M],
          f: DEC,
          pd: PK,
          dana: "DAU, DAK",
        },
      ],
    },
  ];
  // planted 1: the 2026 pagu of bidang 1.03 typed 54,320,600,000 among SUM formulas; its programs give
  // 54,230,600,000
  const PLANT_S = { id: "b2", v: 54_320_600_000 };
  must(sum(bidang[1].progs.map((g) => g.rp[0])) === 54_230_600_000, "b2 pagu");
  // planted 2: the Kawasan Permukiman program coded 1.03.03 (the PUPR prefix) under bidang 1.04
  const PLANT_C = { id: "g32", v: "1.03.03" };
  const R26 = "Rencana Tahun 2026";
  const R27 = "Prakiraan Maju Tahun 2027";
  const body: Row[] = [];
  let no = 0;
  for (const bd of bidang) {
    const [first, last] = [bd.progs[0].id, bd.progs[bd.progs.length - 1].id];
    body.push({
      id: bd.id,
      bold: true,
      cells: (c) => ({
        kode: bd.kode,
        nama: bd.nama,
        rp26: bd.id === PLANT_S.id ? PLANT_S.v : fx(`SUM(${c.a("rp26", first)}:${c.a("rp26", last)})`),
        rp27: fx(`SUM(${c.a("rp27", first)}:${c.a("rp27", last)})`),
      }),
    });
    for (const g of bd.progs)
      body.push({
        id: g.id,
        cells: {
          no: ++no,
          kode: g.id === PLANT_C.id ? PLANT_C.v : g.kode,
          nama: g.nama,
          ind: g.ind,
          t26: fmt(g.t[0], g.f),
          rp26: g.rp[0],
          dana: g.dana,
          t27: fmt(g.t[1], g.f),
          rp27: g.rp[1],
          pd: g.pd,
        },
      });
  }
  body.push({
    id: "jml",
    bold: true,
    span: ["no", "ind"],
    cells: (c) => {
      const out: Record<string, Cell> = { no: "JUMLAH" };
      for (const k of ["rp26", "rp27"]) out[k] = fx(bidang.map((bd) => c.a(k, bd.id)).join("+"));
      return out;
    },
  });
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", num: 2, width: 10 },
      { key: "nama", head: ["Urusan / Bidang Urusan / Program"], num: 3, width: 44 },
      { key: "ind", head: ["Indikator Kinerja Program"], role: "indikator", num: 4, width: 40 },
      { key: "t26", head: [R26, "Target"], role: "target", year: 2026, num: 5, width: 9 },
      {
        key: "rp26",
        head: [R26, "Pagu Indikatif (Rp)"],
        role: "anggaran",
        year: 2026,
        num: 6,
        fmt: RP,
        width: 18,
      },
      { key: "dana", head: [R26, "Sumber Dana"], num: 7, width: 14 },
      { key: "t27", head: [R27, "Target"], role: "target", year: 2027, num: 8, width: 9 },
      {
        key: "rp27",
        head: [R27, "Prakiraan Maju (Rp)"],
        role: "anggaran",
        year: 2027,
        num: 9,
        fmt: RP,
        width: 18,
      },
      { key: "pd", head: ["Perangkat Daerah Pelaksana"], role: "penanggung-jawab", num: 10, width: 26 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: body,
  });
  s.gap();
  s.lines(["Sumber: hasil Forum Perangkat Daerah dan Musrenbang RKPD Kota Lipumalangi Tahun 2026 (diolah)."]);
  s.gap();
  signature(s, 8, {
    tempat: "Lipumalangi, 30 Mei 2025",
    jabatan: ["KEPALA BAPPERIDA", "KOTA LIPUMALANGI,"],
    nama: "Dr. MOH. RIZAL LAMATTO, S.T., M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19770126 200312 1 005",
  });

  const a = (k: string, id: string) => t.a(k, id);
  const progSum = (k: string, bd: BdIn) => bd.progs.map((g) => a(k, g.id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp26", PLANT_S.id) },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "pagu indikatif 2026 of Bidang Urusan PUPR is a typed 54,320,600,000 among SUM formulas; its programs 18,450,000,000 + 35,780,600,000 give 54,230,600,000 (two digits swapped)",
    truth: progSum("rp26", bidang[1]),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", PLANT_C.id) },
    rules: ["code-hierarchy"],
    note: "PROGRAM KAWASAN PERMUKIMAN is coded 1.03.03 (bidang PUPR) under Bidang Urusan 1.04 Perumahan dan Kawasan Permukiman; its code is 1.04.03",
    truth: a("kode", "b3"),
    actual: `PARENT(${a("kode", PLANT_C.id)})`,
  });
  for (const bd of bidang) {
    for (const k of ["rp26", "rp27"])
      if (!(bd.id === PLANT_S.id && k === "rp26"))
        b.ok({
          sheet: S,
          cell: a(k, bd.id),
          rules: ["sum-mismatch", "hardcoded-value"],
          truth: progSum(k, bd),
        });
    for (const g of bd.progs) {
      if (g.id !== PLANT_C.id)
        b.ok({
          sheet: S,
          cell: a("kode", g.id),
          rules: ["code-hierarchy"],
          truth: a("kode", bd.id),
          actual: `PARENT(${a("kode", g.id)})`,
        });
      // the prakiraan maju target keeps rising, even where the money falls (jalan)
      b.ok({
        sheet: S,
        cell: a("t27", g.id),
        rules: ["target-trend"],
        truth: `${a("t26", g.id)}+${g.t[1] - g.t[0]}`,
      });
    }
  }
  // the JUMLAH adds the bidang only, not every row (the programs again)
  const all = (k: string) => `SUM(${a(k, "b1")}:${a(k, "g32")})`;
  b.ok({
    sheet: S,
    cell: a("rp27", "jml"),
    rules: ["sum-mismatch"],
    truth: bidang.map((bd) => a("rp27", bd.id)).join("+"),
    trap: all("rp27"),
  });
  return b.finish();
}
