// The RKPD recap of a Bappeda in Kalimantan Barat: urusan / bidang / program with the OPD and the
// pagu indikatif per year (2025 APBD, 2026 rencana, 2027 prakiraan maju), column numbers as letters,
// one program's pagu pasted as text with thousands dots. Every office, person and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type RkIn = {
  id: string;
  lvl: "u" | "b" | "p";
  kode: string;
  nama: string;
  opd?: string;
  rp?: Array<number | string>;
  of?: string[];
};

const Y = [2025, 2026, 2027];

/** Rekap RKPD 2026 per urusan / bidang / program of Bappeda Kabupaten Bukit Segaloh (Kalbar). */
export function rkpdRekap(): BookW {
  const b = new BookW(
    "rkpd-rekap-urusan-bappeda-bukitsegaloh.xlsx",
    "RKPD rekap urusan / bidang / program (Bappeda)",
    "RKPD 2026 recap with pagu 2025-2027, letters as column numbers, a pagu pasted as text",
  );
  const S = "Rekap RKPD 2026";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BUKIT SEGALOH",
    "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    "Jl. Tanjung Lalang No. 7 Nanga Segaloh, Kalimantan Barat",
  ]);
  s.lines([
    "REKAPITULASI RENCANA PROGRAM DAN PAGU INDIKATIF MENURUT URUSAN, BIDANG URUSAN DAN PROGRAM",
    "RKPD KABUPATEN BUKIT SEGALOH TAHUN 2026",
  ]);
  s.gap();
  const DIK = "Dinas Pendidikan dan Kebudayaan";
  const KES = "Dinas Kesehatan, Pengendalian Penduduk dan KB";
  const PGN = "Dinas Ketahanan Pangan dan Perikanan";
  const rows: RkIn[] = [
    {
      id: "u1",
      lvl: "u",
      kode: "1",
      nama: "URUSAN PEMERINTAHAN WAJIB YANG BERKAITAN DENGAN PELAYANAN DASAR",
      of: ["b1", "b2"],
    },
    { id: "b1", lvl: "b", kode: "1.01", nama: "BIDANG URUSAN PENDIDIKAN", of: ["p11", "p12", "p13"] },
    {
      id: "p11",
      lvl: "p",
      kode: "1.01.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      opd: DIK,
      rp: [148_362_450_000, 155_910_200_000, 161_250_000_000],
    },
    {
      id: "p12",
      lvl: "p",
      kode: "1.01.02",
      nama: "PROGRAM PENGELOLAAN PENDIDIKAN",
      opd: DIK,
      rp: [38_716_825_000, 41_205_600_000, 43_980_000_000],
    },
    {
      id: "p13",
      lvl: "p",
      kode: "1.01.03",
      nama: "PROGRAM PENGEMBANGAN KURIKULUM",
      opd: DIK,
      rp: [612_400_000, 685_000_000, 720_000_000],
    },
    { id: "b2", lvl: "b", kode: "1.02", nama: "BIDANG URUSAN KESEHATAN", of: ["p21", "p22", "p23"] },
    {
      id: "p21",
      lvl: "p",
      kode: "1.02.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      opd: KES,
      rp: [72_418_900_000, 76_320_450_000, 79_800_000_000],
    },
    {
      id: "p22",
      lvl: "p",
      kode: "1.02.02",
      nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      opd: KES,
      // 2026 pasted from the SIPD export as text with thousands dots
      rp: [11_906_750_000, "12.475.380.000", 13_100_000_000],
    },
    {
      id: "p23",
      lvl: "p",
      kode: "1.02.03",
      nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
      opd: KES,
      rp: [845_600_000, 910_250_000, 950_000_000],
    },
    {
      id: "u2",
      lvl: "u",
      kode: "2",
      nama: "URUSAN PEMERINTAHAN WAJIB YANG TIDAK BERKAITAN DENGAN PELAYANAN DASAR",
      of: ["b3"],
    },
    { id: "b3", lvl: "b", kode: "2.09", nama: "BIDANG URUSAN PANGAN", of: ["p31", "p32"] },
    {
      id: "p31",
      lvl: "p",
      kode: "2.09.02",
      nama: "PROGRAM PENINGKATAN DIVERSIFIKASI DAN KETAHANAN PANGAN MASYARAKAT",
      opd: PGN,
      rp: [1_284_300_000, 1_356_800_000, 1_420_000_000],
    },
    {
      id: "p32",
      // planted: two digits of the bidang swapped (2.90 for 2.09)
      lvl: "p",
      kode: "2.90.03",
      nama: "PROGRAM PENANGANAN KERAWANAN PANGAN",
      opd: PGN,
      rp: [486_150_000, 512_700_000, 540_000_000],
    },
  ];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "a", width: 10 },
    { key: "nama", head: ["Urusan / Bidang Urusan /\nProgram Pemerintahan Daerah"], num: "b", width: 52 },
    {
      key: "opd",
      head: ["Perangkat Daerah\nPelaksana"],
      role: "penanggung-jawab",
      num: "c",
      width: 30,
    },
    {
      key: "r0",
      head: ["Pagu Indikatif (Rp)", "Tahun 2025\n(APBD Murni)"],
      role: "anggaran",
      year: 2025,
      num: "d",
      fmt: RP,
      width: 20,
    },
    {
      key: "r1",
      head: ["Pagu Indikatif (Rp)", "Tahun 2026\n(Rencana)"],
      role: "anggaran",
      year: 2026,
      num: "e",
      fmt: RP,
      width: 20,
    },
    {
      key: "r2",
      head: ["Pagu Indikatif (Rp)", "Tahun 2027\n(Prakiraan Maju)"],
      role: "anggaran",
      year: 2027,
      num: "f",
      fmt: RP,
      width: 20,
    },
  ];
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: x.lvl !== "p",
    cells: (c) => {
      const out: Record<string, Cell> = { kode: x.kode, nama: x.nama, opd: x.opd };
      Y.forEach((_, i) => {
        const k = `r${i}`;
        if (x.rp) out[k] = x.rp[i];
        else if (x.lvl === "b") out[k] = fx(`SUM(${c.a(k, x.of![0])}:${c.a(k, x.of![x.of!.length - 1])})`);
        else out[k] = fx(x.of!.map((id) => c.a(k, id)).join("+"));
      });
      return out;
    },
  }));
  body.push({
    id: "tot",
    bold: true,
    span: ["kode", "opd"],
    cells: (c) => ({
      kode: "JUMLAH TOTAL",
      r0: fx(`${c.a("r0", "u1")}+${c.a("r0", "u2")}`),
      r1: fx(`${c.a("r1", "u1")}+${c.a("r1", "u2")}`),
      r2: fx(`${c.a("r2", "u1")}+${c.a("r2", "u2")}`),
    }),
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows: body });
  s.gap();
  s.lines(["Sumber: SIPD-RI, Rancangan Akhir RKPD Kabupaten Bukit Segaloh Tahun 2026 (diolah)."]);
  s.gap();
  signature(s, 5, {
    tempat: "Nanga Segaloh, 24 Juni 2025",
    jabatan: ["KEPALA BAPPEDA", "KABUPATEN BUKIT SEGALOH,"],
    nama: "HERONIMUS ALOY, S.Sos., M.Si.",
    pangkat: "Pembina Utama Muda",
    nip: "19720419 199503 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("r1", "b2") },
        { sheet: S, cell: a("r1", "p22") },
      ],
    },
    rules: ["sum-mismatch", "text-number"],
    note: "2026 pagu of Bidang Kesehatan is =SUM over its three programs, but the 12.475.380.000 of program 1.02.02 was pasted as text and SUM skips it: 77,230,700,000; the three programs give 89,706,080,000",
    truth: `${a("r1", "p21")}+${a("r1", "p23")}+12475380000`,
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "p32") },
    rules: ["code-hierarchy"],
    note: "program Penanganan Kerawanan Pangan coded 2.90.03 (digits swapped) under Bidang Urusan Pangan 2.09",
    truth: a("kode", "b3"),
    actual: `PARENT(${a("kode", "p32")})`,
  });
  // urusan and bidang sum their own children, not every row beneath
  Y.forEach((_, i) => {
    const k = `r${i}`;
    if (i !== 1) {
      b.ok({
        sheet: S,
        cell: a(k, "u1"),
        rules: ["sum-mismatch"],
        truth: `${a(k, "b1")}+${a(k, "b2")}`,
        trap: `SUM(${a(k, "b1")}:${a(k, "p23")})`,
      });
      b.ok({
        sheet: S,
        cell: a(k, "tot"),
        rules: ["sum-mismatch"],
        truth: `${a(k, "u1")}+${a(k, "u2")}`,
        trap: `SUM(${a(k, "u1")}:${a(k, "p32")})`,
      });
      b.ok({
        sheet: S,
        cell: a(k, "b2"),
        rules: ["sum-mismatch"],
        truth: `${a(k, "p21")}+${a(k, "p22")}+${a(k, "p23")}`,
      });
    }
    b.ok({
      sheet: S,
      cell: a(k, "b1"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "p11")}+${a(k, "p12")}+${a(k, "p13")}`,
    });
    b.ok({
      sheet: S,
      cell: a(k, "u2"),
      rules: ["sum-mismatch"],
      truth: a(k, "b3"),
      trap: `SUM(${a(k, "b3")}:${a(k, "p32")})`,
    });
  });
  for (const [id, parent] of [
    ["p11", "b1"],
    ["p12", "b1"],
    ["p21", "b2"],
    ["p23", "b2"],
    ["p31", "b3"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", parent),
      actual: `PARENT(${a("kode", id)})`,
    });
  return b.finish();
}
