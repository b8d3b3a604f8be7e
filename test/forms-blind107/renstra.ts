// A T-C.27 of the Renstra 2025-2029 of the Dinas Ketahanan Pangan of Provinsi Kepulauan Bangka
// Belitung "(dalam ribuan rupiah)": years in a three-row header over Target | Rp, kondisi akhir that is
// the last target for stocks, rates and the desa rawan pangan (lower is better), the sum for flows.
// Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type L = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  flow: boolean;
  awal: number;
  tg: number[];
  rp?: number[];
  kids?: string[];
  f: string;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

export function tc27PanganBabel(): BookW {
  const b = new BookW(
    "tc27-renstra-dkp-babel-2025-2029.xlsx",
    "T-C.27 rencana program, kegiatan dan pendanaan (Dinas Ketahanan Pangan)",
    "T-C.27 of the Dinas Ketahanan Pangan Provinsi Kepulauan Bangka Belitung, Renstra 2025-2029, (dalam ribuan rupiah): Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | Data Capaian Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra PD' > Target | Rp | Unit Kerja | Lokasi; three header rows and a number row; two programs",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KEPULAUAN BANGKA BELITUNG", "DINAS KETAHANAN PANGAN"]);
  s.lines([
    "Tabel T-C.27",
    "Rencana Program, Kegiatan, Sub Kegiatan dan Pendanaan Indikatif Dinas Ketahanan Pangan Tahun 2025-2029",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const lines: L[] = [
    {
      id: "p1",
      kode: "2.09.02",
      nm: "Program Pengelolaan Sumber Daya Ekonomi untuk Kedaulatan dan Kemandirian Pangan",
      ind: "Jumlah cadangan pangan pemerintah provinsi (beras)",
      sat: "ton",
      flow: false,
      awal: 85,
      tg: [100, 115, 130, 145, 160],
      kids: ["g1"],
      f: INT,
    },
    {
      id: "g1",
      kode: "2.09.02.2.02",
      nm: "Pengelolaan dan Keseimbangan Cadangan Pangan Provinsi",
      ind: "Persentase kebutuhan cadangan pangan provinsi yang terpenuhi",
      sat: "%",
      flow: false,
      awal: 42.5,
      tg: [50, 57.5, 65, 72.5, 80],
      kids: ["s1", "s2"],
      f: DEC,
    },
    {
      id: "s1",
      kode: "2.09.02.2.02.0001",
      nm: "Pengadaan Cadangan Pangan Pemerintah Provinsi",
      ind: "Jumlah beras cadangan yang diadakan",
      sat: "ton",
      flow: true,
      awal: 35,
      tg: [40, 45, 500, 55, 60],
      rp: [3_250_000, 3_575_000, 3_900_000, 4_225_000, 4_550_000],
      f: INT,
    },
    {
      id: "s2",
      kode: "2.09.02.2.01.0002",
      nm: "Penyaluran Cadangan Pangan Pemerintah Provinsi",
      ind: "Persentase penyaluran cadangan pangan yang tepat sasaran",
      sat: "%",
      flow: false,
      awal: 88,
      tg: [90, 92, 94, 95, 96],
      rp: [412_500, 437_250, 463_000, 490_750, 520_200],
      f: DEC,
    },
    {
      id: "p2",
      kode: "2.09.04",
      nm: "Program Penanganan Kerawanan Pangan",
      ind: "Jumlah desa rawan pangan (semakin kecil semakin baik)",
      sat: "desa",
      flow: false,
      awal: 58,
      tg: [52, 46, 40, 35, 30],
      kids: ["g2"],
      f: INT,
    },
    {
      id: "g2",
      kode: "2.09.04.2.01",
      nm: "Pemantauan dan Penanganan Daerah Rawan Pangan Provinsi",
      ind: "Jumlah dokumen peta ketahanan dan kerentanan pangan (FSVA)",
      sat: "dokumen",
      flow: true,
      awal: 1,
      tg: [1, 1, 1, 1, 1],
      kids: ["s3", "s4"],
      f: INT,
    },
    {
      id: "s3",
      kode: "2.09.04.2.01.0001",
      nm: "Penyusunan Laporan Sistem Kewaspadaan Pangan dan Gizi (SKPG)",
      ind: "Jumlah laporan SKPG bulanan",
      sat: "laporan",
      flow: true,
      awal: 12,
      tg: [12, 12, 12, 12, 12],
      rp: [285_000, 298_500, 312_000, 327_600, 343_900],
      f: INT,
    },
    {
      id: "s4",
      kode: "2.09.04.2.01.0003",
      nm: "Penanganan Daerah Rawan Pangan melalui Bantuan Pangan",
      ind: "Jumlah desa rawan pangan yang diintervensi",
      sat: "desa",
      flow: true,
      awal: 9,
      tg: [8, 8, 7, 6, 5],
      rp: [1_180_000, 1_125_000, 1_012_500, 922_000, 815_000],
      f: INT,
    },
  ];
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra PD";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 18 },
    { key: "nm", head: ["Program / Kegiatan / Sub Kegiatan"], num: "2", width: 36 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome), Kegiatan dan Sub Kegiatan (output)"],
      role: "indikator",
      num: "3",
      width: 34,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    {
      key: "awal",
      head: ["Data Capaian pada Tahun Awal Perencanaan (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      width: 11,
    },
    ...YEARS.flatMap((y, i): Col[] => [
      {
        key: `t${i + 1}`,
        head: [G, String(y), "Target"],
        role: "target",
        year: y,
        num: String(6 + 2 * i),
        width: 9,
      },
      {
        key: `r${i + 1}`,
        head: [G, String(y), "Rp"],
        role: "anggaran",
        year: y,
        num: String(7 + 2 * i),
        fmt: INT,
        width: 13,
      },
    ]),
    { key: "kat", head: [KA, "Target"], role: "kondisi-akhir", num: "16", width: 10 },
    { key: "kar", head: [KA, "Rp"], num: "17", fmt: INT, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "18", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "19", width: 16 },
  ];
  const byId = new Map(lines.map((l) => [l.id, l]));
  const leaves = (l: L): string[] =>
    l.kids ? l.kids.flatMap((k) => (byId.get(k)!.rp ? [k] : leaves(byId.get(k)!))) : [];
  const tk = YEARS.map((_, i) => `t${i + 1}`);
  const rk = YEARS.map((_, i) => `r${i + 1}`);
  const rows: Row[] = lines.map((l): Row => ({
    id: l.id,
    bold: !l.rp,
    cells: (c) => {
      const out: Record<string, Cell> = {
        kode: l.kode,
        nm: l.nm,
        ind: l.ind,
        sat: l.sat,
        awal: { v: l.awal, fmt: l.f },
        unit:
          l.id.startsWith("s") || l.id.startsWith("g")
            ? "Bidang Ketersediaan dan Kerawanan Pangan"
            : "Sekretariat / Bidang",
        lok: "Provinsi Kep. Bangka Belitung",
      };
      l.tg.forEach((v, i) => (out[tk[i]] = { v, fmt: l.f }));
      rk.forEach((k, i) => {
        out[k] = l.rp ? { v: l.rp[i], fmt: "#,##0" } : fx(l.kids!.map((id) => c.a(k, id)).join("+"));
      });
      out.kat = fx(l.flow ? tk.map((k) => c.a(k)).join("+") : c.a("t5"));
      // planted: the bantuan pangan sub kegiatan's kondisi akhir Rp is typed with two digits swapped
      out.kar = l.id === "s4" ? 5_045_500 : fx(rk.map((k) => c.a(k)).join("+"));
      return out;
    },
  }));
  const t = s.table({ cols, headerRows: 3, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: target jumlah desa rawan pangan semakin kecil semakin baik; cadangan pangan adalah stok akhir tahun.",
  ]);
  s.gap();
  signature(s, 14, {
    tempat: "Pangkalpinang, 30 April 2025",
    jabatan: ["KEPALA DINAS KETAHANAN PANGAN", "PROVINSI KEPULAUAN BANGKA BELITUNG,"],
    nama: "Ir. HENDRA KUSUMA WIJAYA, M.Si.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720415 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("kar", "s4") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "kondisi akhir Rp of sub kegiatan 2.09.04.2.01.0003 is a typed 5,045,500 among formulas; the five years give 5,054,500 (ribuan rupiah)",
    truth: rk.map((k) => a(k, "s4")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "s2") },
    rules: ["code-hierarchy"],
    note: "sub kegiatan Penyaluran Cadangan Pangan is coded 2.09.02.2.01.0002 under kegiatan 2.09.02.2.02",
    truth: a("kode", "g1"),
    actual: `PARENT(${a("kode", "s2")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("t3", "s1") },
    rules: ["target-outlier"],
    note: "2027 target of the beras cadangan diadakan is 500 ton in a series 40, 45, .., 55, 60 (a zero too many; 50 fits the series)",
    truth: `(${a("t2", "s1")}+${a("t4", "s1")})/2`,
  });
  // traps: the kondisi akhir of stocks, rates and the desa rawan pangan is the 2029 target
  for (const id of ["p1", "g1", "s2", "p2"])
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t5", id),
      trap: tk.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["g2", "s3", "s4"])
    b.ok({
      sheet: S,
      cell: a("kat", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tk.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["p1", "g1", "s1", "s2", "g2", "s3"])
    b.ok({
      sheet: S,
      cell: a("kar", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: rk.map((k) => a(k, id)).join("+"),
    });
  for (const id of ["g1", "g2"])
    b.ok({
      sheet: S,
      cell: a("r3", id),
      rules: ["sum-mismatch"],
      truth: leaves(byId.get(id)!)
        .map((k) => a("r3", k))
        .join("+"),
    });
  b.ok({ sheet: S, cell: a("t5", "p2"), rules: ["target-trend", "target-outlier"], truth: "30" });
  b.ok({
    sheet: S,
    cell: a("kode", "s4"),
    rules: ["code-hierarchy"],
    truth: a("kode", "g2"),
    actual: `PARENT(${a("kode", "s4")})`,
  });
  return b.finish();
}
