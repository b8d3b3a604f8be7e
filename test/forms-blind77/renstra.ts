// The Renstra funding table of the seventy-seventh unseen set: T-C.27 of a Dinas Pemadam Kebakaran dan
// Penyelamatan in Papua Barat Daya for 2025-2029, full rupiah, program and kegiatan rows (codes 1.05),
// a response time in menit (lower is better, a level: its kondisi akhir is the last target) beside
// counts (their kondisi akhir the sum). Every name and number is invented.
import {
  BookW,
  RP,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

const YEARS = [2025, 2026, 2027, 2028, 2029];
type Rw = {
  id: string;
  lvl: "p" | "k";
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  ak: number;
  rp?: number[];
  pj: string;
};

/** Renstra 2025-2029 T-C.27 of a Damkar. */
export function renstraDamkar(): BookW {
  const b = new BookW(
    "tc27-renstra-damkar-salawati-timur.xlsx",
    "Renstra T-C.27 rencana program, kegiatan dan pendanaan (Dinas Damkar)",
    "T-C.27 2025-2029 of a kota Damkar: Kode | Program / Kegiatan | Indikator Kinerja Program (outcome) / Kegiatan (output) | Satuan | Data Capaian Awal (2024) | 'Target Kinerja dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja Akhir Periode Renstra' > Target | Rp | Unit Kerja Penanggung Jawab | Lokasi; three header rows and a number row 1..19; full rupiah; program Rp as SUM of its kegiatan, kondisi akhir Rp as '=G+I+K+M+O'; TOTAL row of the two programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "RENCANA STRATEGIS DINAS PEMADAM KEBAKARAN DAN PENYELAMATAN",
    "KOTA SALAWATI TIMUR TAHUN 2025 - 2029",
  ]);
  s.lines(["Tabel T-C.27 Rencana Program, Kegiatan dan Pendanaan Indikatif"], 1, { bold: true });
  s.gap();
  const SEK = "Sekretariat";
  const rows: Rw[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.05.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai SAKIP Perangkat Daerah",
      sat: "nilai",
      awal: 62.4,
      k: [64, 66, 68, 70, 72],
      ak: 72,
      pj: SEK,
    },
    {
      id: "k11",
      lvl: "k",
      kode: "1.05.01.2.01",
      nama: "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
      ind: "Jumlah dokumen perencanaan dan evaluasi kinerja",
      sat: "dokumen",
      awal: 6,
      k: [6, 6, 6, 6, 6],
      ak: 30,
      rp: [185_000_000, 194_250_000, 203_960_000, 214_160_000, 224_870_000],
      pj: SEK,
    },
    {
      id: "k12",
      lvl: "k",
      kode: "1.05.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Jumlah ASN yang gaji dan tunjangannya terbayar",
      sat: "orang",
      awal: 142,
      k: [150, 158, 166, 172, 178],
      ak: 178,
      rp: [6_840_000_000, 7_182_000_000, 7_541_100_000, 7_918_200_000, 8_314_100_000],
      pj: SEK,
    },
    {
      id: "k13",
      lvl: "k",
      kode: "1.05.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Persentase layanan administrasi umum yang terpenuhi",
      sat: "%",
      awal: 100,
      k: [100, 100, 100, 100, 100],
      ak: 100,
      rp: [412_500_000, 433_100_000, 454_800_000, 477_500_000, 501_400_000],
      pj: SEK,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.05.03",
      nama: "PROGRAM PENCEGAHAN, PENANGGULANGAN, PENYELAMATAN KEBAKARAN DAN PENYELAMATAN NON KEBAKARAN",
      ind: "Response time penanganan kebakaran",
      sat: "menit",
      awal: 17,
      k: [16, 15, 14, 13, 12],
      ak: 12,
      pj: "Bidang Pemadaman dan Penyelamatan",
    },
    {
      id: "k21",
      lvl: "k",
      kode: "1.05.03.2.01",
      nama: "Pencegahan, Pengendalian, Pemadaman, Penyelamatan, dan Penanganan Bahan Berbahaya dan Beracun Kebakaran dalam Daerah Kabupaten/Kota",
      ind: "Persentase kejadian kebakaran yang tertangani",
      sat: "%",
      awal: 91,
      k: [92, 93, 94, 95, 96],
      ak: 96,
      rp: [2_350_000_000, 2_467_500_000, 2_590_900_000, 2_720_400_000, 2_856_400_000],
      pj: "Bidang Pemadaman dan Penyelamatan",
    },
    {
      id: "k22",
      lvl: "k",
      kode: "1.05.03.2.02",
      nama: "Inspeksi Peralatan Proteksi Kebakaran",
      ind: "Jumlah bangunan gedung yang diinspeksi peralatan proteksinya",
      sat: "gedung",
      awal: 36,
      k: [40, 45, 50, 55, 60],
      ak: 250,
      rp: [148_000_000, 155_400_000, 163_200_000, 171_300_000, 179_900_000],
      pj: "Bidang Pencegahan",
    },
    {
      id: "k23",
      lvl: "k",
      // planted: coded under program 1.05.02 while it stands under 1.05.03
      kode: "1.05.02.2.04",
      nama: "Pemberdayaan Masyarakat dalam Pencegahan Kebakaran",
      ind: "Jumlah relawan kebakaran (redkar) yang dilatih",
      sat: "orang",
      awal: 45,
      k: [60, 60, 75, 75, 90],
      ak: 360,
      rp: [96_500_000, 101_300_000, 106_400_000, 111_700_000, 117_300_000],
      pj: "Bidang Pencegahan",
    },
    {
      id: "k24",
      lvl: "k",
      kode: "1.05.03.2.05",
      nama: "Penyelenggaraan Sarana dan Prasarana Pencegahan, Penanggulangan Kebakaran",
      ind: "Jumlah unit armada pemadam yang diadakan",
      sat: "unit",
      awal: 1,
      k: [2, 1, 2, 1, 2],
      ak: 8,
      rp: [3_450_000_000, 1_725_000_000, 3_622_500_000, 1_811_300_000, 3_803_600_000],
      pj: "Bidang Sarana dan Prasarana",
    },
  ];
  const kids: Record<string, string[]> = { p1: ["k11", "k13"], p2: ["k21", "k24"] };
  const G = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Kinerja Akhir Periode Renstra";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 14 },
    { key: "prog", head: ["Program / Kegiatan"], num: 2, width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: 3,
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4 },
    { key: "awal", head: ["Data Capaian Awal (2024)"], role: "kondisi-awal", num: 5 },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, String(y), "Target"], role: "target", year: y, num: 6 + 2 * i },
      {
        key: `rp${i}`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 16,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16 },
    { key: "akRp", head: [AK, "Rp"], role: "anggaran", num: 17, fmt: RP, width: 17 },
    { key: "pj", head: ["Unit Kerja Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 20 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 16 },
  ];
  // planted: program 1.05.01's 2027 Rp typed 8,919,860,000 (the kegiatan give 8,199,860,000)
  const TYPED = 8_919_860_000;
  const body: Row[] = rows.map((x) => ({
    id: x.id,
    bold: x.lvl === "p",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        prog: x.nama,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        akK: x.ak,
        pj: x.pj,
        lok: "Kota Salawati Timur",
      };
      YEARS.forEach((_, i) => {
        out[`k${i}`] = x.k[i];
        if (x.lvl === "p") {
          const [f, l] = kids[x.id];
          out[`rp${i}`] =
            x.id === "p1" && i === 2 ? TYPED : fx(`SUM(${c.a(`rp${i}`, f)}:${c.a(`rp${i}`, l)})`);
        } else out[`rp${i}`] = x.rp![i];
      });
      // planted: the sarana kegiatan's kondisi akhir Rp leaves out 2029
      const yrs = x.id === "k24" ? [0, 1, 2, 3] : [0, 1, 2, 3, 4];
      out.akRp = fx(yrs.map((i) => c.a(`rp${i}`)).join("+"));
      return out;
    },
  }));
  body.push({
    id: "tot",
    bold: true,
    span: ["kode", "sat"],
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = { kode: "TOTAL PENDANAAN" };
      for (const k of [...YEARS.map((_, i) => `rp${i}`), "akRp"])
        out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
      return out;
    },
  });
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows: body });
  s.gap();
  signature(s, 16, {
    tempat: "Salawati Timur, 3 Maret 2025",
    jabatan: ["Kepala Dinas Pemadam Kebakaran", "dan Penyelamatan Kota Salawati Timur,"],
    nama: "FREDERIK WAMAFMA, S.T., M.Si.",
    pangkat: "Pembina Tingkat I",
    nip: "19770930 200312 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const rpAll = (id: string) => YEARS.map((_, i) => a(`rp${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp2", "p1") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Rp 2027 of program 1.05.01 is a typed 8,919,860,000 among SUM formulas; its kegiatan give ${sum(rows.slice(1, 4).map((x) => x.rp![2]))} (digits swapped)`,
    truth: `SUM(${a("rp2", "k11")}:${a("rp2", "k13")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("akRp", "k24") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: `kondisi akhir Rp of kegiatan 1.05.03.2.05 adds 2025-2028 only (10,608,800,000); with 2029 the five years give ${sum(rows[8].rp!)}`,
    truth: rpAll("k24"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k23") },
    rules: ["code-hierarchy"],
    note: "kegiatan Pemberdayaan Masyarakat dalam Pencegahan Kebakaran is coded 1.05.02.2.04 (program 1.05.02, ketenteraman dan ketertiban) under program 1.05.03; its code is 1.05.03.2.04",
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k23")})`,
  });
  for (const [id, p] of [
    ["k11", "p1"],
    ["k12", "p1"],
    ["k13", "p1"],
    ["k21", "p2"],
    ["k22", "p2"],
    ["k24", "p2"],
  ])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: a("kode", p),
      actual: `PARENT(${a("kode", id)})`,
    });
  // traps: kondisi akhir of levels = last target, of counts = sum
  for (const id of ["p1", "k13", "k21", "k12"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k4", id),
      trap: `${a("k0", id)}+${a("k1", id)}+${a("k2", id)}+${a("k3", id)}+${a("k4", id)}`,
    });
  b.ok({
    sheet: S,
    cell: a("akK", "p2"),
    rules: ["kondisi-akhir-mismatch", "target-trend"],
    truth: a("k4", "p2"),
    trap: `${a("k0", "p2")}+${a("k1", "p2")}+${a("k2", "p2")}+${a("k3", "p2")}+${a("k4", "p2")}`,
  });
  for (const id of ["k11", "k22", "k24"])
    b.ok({
      sheet: S,
      cell: a("akK", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: `${a("k0", id)}+${a("k1", id)}+${a("k2", id)}+${a("k3", id)}+${a("k4", id)}`,
      trap: a("k4", id),
    });
  for (let i = 1; i < 5; i++)
    b.ok({ sheet: S, cell: a(`k${i}`, "p2"), rules: ["target-trend"], truth: `${a(`k${i - 1}`, "p2")}-1` });
  for (const id of ["k11", "k12", "k13", "k21", "k22", "k23"])
    b.ok({
      sheet: S,
      cell: a("akRp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rpAll(id),
    });
  for (const i of [0, 1, 2, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`rp${i}`, "p2"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(`rp${i}`, "k21")}:${a(`rp${i}`, "k24")})`,
      trap: `SUM(${a(`rp${i}`, "k11")}:${a(`rp${i}`, "k24")})`,
    });
  for (const i of [0, 1, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`rp${i}`, "p1"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(`rp${i}`, "k11")}:${a(`rp${i}`, "k13")})`,
    });
  for (const i of [0, 1, 3, 4])
    b.ok({
      sheet: S,
      cell: a(`rp${i}`, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(`rp${i}`, "p1")}+${a(`rp${i}`, "p2")}`,
      trap: `SUM(${a(`rp${i}`, "p1")}:${a(`rp${i}`, "k24")})`,
    });
  return b.finish();
}
