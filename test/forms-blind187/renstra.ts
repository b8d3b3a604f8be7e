// A T-C.27 of the Renstra 2025-2029 of a Dinas Sosial in Papua Barat Daya (Kabupaten Teluk Mayalibit,
// invented): "Tahun ke-1 .. ke-5" over Target | Rp with the years only in the title, "(dalam ribuan
// rupiah)", program 1.06.04 with two kegiatan and their sub kegiatan, kondisi akhir per kind (rates take
// the last target, counts of people the sum).
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Ctx, type Row } from "../forms/kit";

type Line = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  rp?: number[];
  level: boolean;
};

export function tc27DinsosMayalibit(): BookW {
  const b = new BookW(
    "tc27-renstra-dinsos-rehsos-teluk-mayalibit.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan Dinas Sosial (Renstra 2025-2029)",
    "T-C.27 of a Dinas Sosial in Papua Barat Daya: Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Tahun Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > Tahun ke-1 .. ke-5 > Target | Rp | Kondisi Kinerja pada Akhir Periode Renstra > Target | Rp | Unit Kerja PD | Lokasi; Rp in thousands; SUM formulas for kegiatan and program",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TELUK MAYALIBIT",
    "DINAS SOSIAL",
    "Jl. Trans Papua Barat Daya, Distrik Waisai Selatan",
  ]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan, dan Pendanaan Indikatif Dinas Sosial Kabupaten Teluk Mayalibit",
    "Renstra Perangkat Daerah Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 18 },
    { key: "nm", head: ["Program dan Kegiatan"], width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 8 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan"],
      role: "kondisi-awal",
      year: 2024,
      width: 10,
    },
    ...Y.flatMap((y, i): Col[] => [
      { key: `k${i + 1}`, head: [G, `Tahun ke-${i + 1}`, "Target"], role: "target", year: y, width: 9 },
      {
        key: `r${i + 1}`,
        head: [G, `Tahun ke-${i + 1}`, "Rp"],
        role: "anggaran",
        year: y,
        fmt: RP,
        width: 13,
      },
    ]),
    {
      key: "ka",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Target"],
      role: "kondisi-akhir",
      width: 9,
    },
    {
      key: "ra",
      head: ["Kondisi Kinerja pada Akhir Periode Renstra PD", "Rp"],
      role: "kondisi-akhir",
      fmt: RP,
      width: 14,
    },
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 14 },
  ];
  const subs: Line[] = [
    {
      id: "a1",
      kode: "1.06.04.2.01.0001",
      nm: "Penyediaan Permakanan",
      ind: "Jumlah lanjut usia terlantar dan anak terlantar yang menerima permakanan",
      sat: "orang",
      awal: 140,
      k: [150, 160, 170, 180, 190],
      rp: [612_000, 660_000, 714_000, 765_000, 817_000],
      level: false,
    },
    {
      id: "a2",
      kode: "1.06.04.2.01.0003",
      nm: "Pemberian Pelayanan Reunifikasi Keluarga",
      ind: "Jumlah gelandangan, pengemis dan ODGJ terlantar yang dipulangkan ke keluarga",
      sat: "orang",
      awal: 18,
      k: [20, 22, 24, 26, 28],
      rp: [186_500, 205_000, 224_300, 243_000, 262_200],
      level: false,
    },
    {
      id: "b1",
      kode: "1.06.04.2.02.0001",
      nm: "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial",
      ind: "Jumlah PPKS lainnya yang mendapat bimbingan sosial",
      sat: "orang",
      awal: 60,
      k: [65, 70, 75, 80, 85],
      rp: [238_000, 256_500, 275_000, 294_000, 312_500],
      level: false,
    },
    // planted: coded under the other kegiatan
    {
      id: "b2",
      kode: "1.06.04.2.01.0006",
      nm: "Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar",
      ind: "Jumlah PPKS lainnya yang mendapat akses layanan dasar",
      sat: "orang",
      awal: 45,
      k: [50, 55, 60, 65, 70],
      rp: [148_000, 162_400, 176_000, 190_500, 205_000],
      level: false,
    },
  ];
  const keg1: Line = {
    id: "keg1",
    kode: "1.06.04.2.01",
    nm: "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
    ind: "Persentase ODGJ terlantar dan gelandangan pengemis yang direhabilitasi di luar panti",
    sat: "%",
    awal: 62.5,
    k: [67, 71, 75, 80, 85],
    level: true,
  };
  const keg2: Line = {
    id: "keg2",
    kode: "1.06.04.2.02",
    nm: "Rehabilitasi Sosial PPKS Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
    ind: "Jumlah PPKS lainnya yang memperoleh rehabilitasi sosial",
    sat: "orang",
    awal: 105,
    k: [115, 125, 135, 145, 155],
    level: false,
  };
  const prog: Line = {
    id: "prog",
    kode: "1.06.04",
    nm: "PROGRAM REHABILITASI SOSIAL",
    ind: "Persentase PPKS yang terpenuhi kebutuhan dasarnya (SPM)",
    sat: "%",
    awal: 71.3,
    k: [74, 77, 80, 83, 86],
    level: true,
  };
  const akhirRp = (c: Ctx) => fx([1, 2, 3, 4, 5].map((i) => c.a(`r${i}`)).join("+"));
  const line = (x: Line, rp: (c: Ctx, i: number) => Cell, akhirK?: Cell): Row => ({
    id: x.id,
    bold: x.id === "prog",
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        pj: "Bidang Rehabilitasi Sosial",
        lok: "14 distrik",
      };
      x.k.forEach((v, i) => {
        out[`k${i + 1}`] = v;
        out[`r${i + 1}`] = rp(c, i + 1);
      });
      out.ka = akhirK ?? (x.level ? x.k[4] : fx([1, 2, 3, 4, 5].map((i) => c.a(`k${i}`)).join("+")));
      out.ra = akhirRp(c);
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      line(prog, (c, i) => fx(`${c.a(`r${i}`, "keg1")}+${c.a(`r${i}`, "keg2")}`)),
      // planted: the kondisi akhir of the kegiatan 1 rate is the average of the five targets
      line(keg1, (c, i) => fx(`SUM(${c.a(`r${i}`, "a1")}:${c.a(`r${i}`, "a2")})`), 75.6),
      ...subs.slice(0, 2).map((x) => line(x, (_c, i) => x.rp![i - 1])),
      line(keg2, (c, i) => fx(`SUM(${c.a(`r${i}`, "b1")}:${c.a(`r${i}`, "b2")})`)),
      ...subs.slice(2).map((x) => line(x, (_c, i) => x.rp![i - 1])),
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi akhir indikator persentase = target tahun ke-5; indikator jumlah orang = jumlah lima tahun.",
    "Tahun ke-1 s.d. ke-5 = Tahun 2025 s.d. 2029.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Waisai Selatan, 14 Februari 2025",
    jabatan: ["KEPALA DINAS SOSIAL", "KABUPATEN TELUK MAYALIBIT,"],
    nama: "YOHANES K. MAMBRASAR, S.Sos., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19760912 200212 1 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ka", "keg1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir K of the kegiatan rate (%) is 75.6, the average of the five targets; a rate ends at its tahun ke-5 target, 85",
    truth: a("k5", "keg1"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "b2") },
    rules: ["code-hierarchy"],
    note: "Sub kegiatan Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar is coded 1.06.04.2.01.0006 under kegiatan 1.06.04.2.02",
    truth: a("kode", "keg2"),
    actual: `PARENT(${a("kode", "b2")})`,
  });
  const five = (k: string, id: string) => [1, 2, 3, 4, 5].map((i) => a(`${k}${i}`, id)).join("+");
  b.ok({
    sheet: S,
    cell: a("ka", "prog"),
    rules: ["kondisi-akhir-mismatch"],
    truth: a("k5", "prog"),
    trap: five("k", "prog"),
  });
  for (const id of ["a1", "a2", "b1", "keg2"])
    b.ok({
      sheet: S,
      cell: a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: five("k", id),
      trap: a("k5", id),
    });
  for (const id of ["prog", "keg1", "a1", "b2"])
    b.ok({
      sheet: S,
      cell: a("ra", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: five("r", id),
    });
  for (const i of [1, 3, 5]) {
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "prog"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "keg1")}+${a(`r${i}`, "keg2")}`,
    });
    b.ok({
      sheet: S,
      cell: a(`r${i}`, "keg2"),
      rules: ["sum-mismatch"],
      truth: `${a(`r${i}`, "b1")}+${a(`r${i}`, "b2")}`,
    });
  }
  for (const id of ["a1", "a2", "b1"])
    b.ok({
      sheet: S,
      cell: a("kode", id),
      rules: ["code-hierarchy"],
      truth: `PARENT(${a("kode", id)})`,
      actual: a("kode", id === "b1" ? "keg2" : "keg1"),
    });
  return b.finish();
}
