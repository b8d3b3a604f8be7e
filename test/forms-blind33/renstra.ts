// A first Renstra T-C.27 of a Dinas Kesehatan in a new kabupaten of Papua Pegunungan: the indicators
// are new, so the kondisi awal is '-', 'n/a' or 'belum ada data'; five years of Target | Pagu (Rp) in
// whole rupiah under a three-row header, the kondisi akhir (target, pagu) beside them, program rows
// adding their own kegiatan. Every office, person and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col } from "../forms/kit";

type Keg = {
  id: string;
  kode: string;
  nama: string;
  ind: string;
  sat: string;
  awal: string | number;
  t: number[];
  rp: number[];
  /** flow: the kondisi akhir adds the years; level: it is the last year's target */
  flow: boolean;
};

const YEARS = [2025, 2026, 2027, 2028, 2029];

/** Renstra 2025-2029 T-C.27, Dinas Kesehatan Kabupaten Lembah Ibele (Papua Pegunungan). */
export function renstraPerdana(): BookW {
  const b = new BookW(
    "renstra-perdana-tc27-dinkes-lembahibele.xlsx",
    "T-C.27 Renstra (first Renstra of a new daerah)",
    "Kode | Program / Kegiatan | Indikator | Satuan | 'Capaian Awal (2024)' with '-', 'n/a', 'belum ada data' | 'Target Kinerja dan Kerangka Pendanaan' > Tahun 2025 .. 2029 > Target | Pagu (Rp) | 'Kondisi Akhir Renstra (2029)' > Target | Pagu (Rp) | PD Penanggung Jawab; three header rows, no number row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN LEMBAH IBELE",
    "DINAS KESEHATAN",
    "Jl. Trans Ibele - Kurulu Km. 3, Kampung Yelemu",
  ]);
  s.lines([
    "Tabel 6.1",
    "RENCANA PROGRAM, KEGIATAN DAN PENDANAAN INDIKATIF DINAS KESEHATAN KABUPATEN LEMBAH IBELE",
    "RENSTRA PERANGKAT DAERAH TAHUN 2025-2029 (RENSTRA PERTAMA)",
  ]);
  s.gap();
  const P1: Keg = {
    id: "p1",
    kode: "1.02.02",
    nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
    ind: "Persentase fasilitas pelayanan kesehatan yang terakreditasi",
    sat: "%",
    awal: "-",
    t: [20, 35, 50, 65, 80],
    rp: [],
    flow: false,
  };
  const K: Keg[] = [
    {
      id: "k11",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah Puskesmas yang dibangun / direhabilitasi",
      sat: "unit",
      awal: "belum ada data",
      t: [2, 3, 3, 2, 2],
      rp: [9_875_400_000, 12_640_250_000, 13_118_900_000, 8_472_600_000, 8_915_300_000],
      flow: true,
    },
    {
      id: "k12",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah kunjungan tim kesehatan bergerak ke kampung terpencil",
      sat: "kali",
      awal: "n/a",
      t: [24, 30, 36, 36, 40],
      rp: [2_314_750_000, 2_687_300_000, 3_045_125_000, 3_112_800_000, 3_398_450_000],
      flow: true,
    },
  ];
  const P2: Keg = {
    id: "p2",
    kode: "1.02.03",
    nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
    ind: "Rasio tenaga kesehatan per 1.000 penduduk",
    sat: "rasio",
    awal: 1.12,
    t: [1.2, 1.3, 1.4, 1.5, 1.6],
    rp: [],
    flow: false,
  };
  const K2: Keg[] = [
    {
      id: "k21",
      kode: "1.02.03.2.01",
      nama: "Pemberian Izin Praktik Tenaga Kesehatan di Wilayah Kabupaten/Kota",
      ind: "Jumlah izin praktik tenaga kesehatan yang diterbitkan",
      sat: "dokumen",
      awal: "-",
      t: [40, 45, 50, 55, 60],
      rp: [186_450_000, 204_900_000, 221_375_000, 238_600_000, 257_125_000],
      flow: true,
    },
    {
      id: "k22",
      // planted: 1.02.30.2.02 (digits of 1.02.03 swapped) under program 1.02.03
      kode: "1.02.30.2.02",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
      ind: "Jumlah dokumen perencanaan kebutuhan SDM kesehatan",
      sat: "dokumen",
      awal: "belum ada data",
      t: [1, 1, 1, 1, 1],
      rp: [412_600_000, 398_250_000, 433_700_000, 451_900_000, 476_350_000],
      flow: true,
    },
  ];
  const TK = "Target Kinerja dan Kerangka Pendanaan";
  const AK = "Kondisi Akhir Renstra (2029)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 14 },
    { key: "nama", head: ["Program / Kegiatan"], width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (Outcome) / Kegiatan (Output)"],
      role: "indikator",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "awal", head: ["Capaian Awal (2024)"], role: "kondisi-awal", year: 2024, width: 12 },
    ...YEARS.flatMap((y, i): Col[] => [
      { key: `t${i}`, head: [TK, `Tahun ${y}`, "Target"], role: "target", year: y, width: 9 },
      { key: `r${i}`, head: [TK, `Tahun ${y}`, "Pagu (Rp)"], role: "anggaran", year: y, fmt: RP, width: 16 },
    ]),
    { key: "akt", head: [AK, "Target"], role: "kondisi-akhir", year: 2029, width: 10 },
    { key: "akr", head: [AK, "Pagu (Rp)"], role: "anggaran", fmt: RP, width: 17 },
    { key: "pd", head: ["PD Penanggung Jawab"], role: "penanggung-jawab", width: 16 },
  ];
  const yr = (c: { a: (k: string) => string }, p: "r") => YEARS.map((_, i) => c.a(`${p}${i}`)).join("+");
  const kegRow = (k: Keg) => ({
    id: k.id,
    cells: (c: { a: (k: string, id?: string) => string }): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        kode: k.kode,
        nama: k.nama,
        ind: k.ind,
        sat: k.sat,
        awal: k.awal,
        pd: "Dinas Kesehatan",
      };
      k.t.forEach((v, i) => (out[`t${i}`] = v));
      k.rp.forEach((v, i) => (out[`r${i}`] = v));
      out.akt = fx(k.t.map((_, i) => c.a(`t${i}`)).join("+"));
      // planted: the pagu at the end of the period of kegiatan 1.02.02.2.01 adds 2025 .. 2028 only
      out.akr = fx(
        k.id === "k11"
          ? YEARS.slice(0, 4)
              .map((_, i) => c.a(`r${i}`))
              .join("+")
          : yr(c, "r"),
      );
      return out;
    },
  });
  const progRow = (p: Keg, kids: Keg[]) => ({
    id: p.id,
    bold: true,
    cells: (c: { a: (k: string, id?: string) => string }): Record<string, Cell> => {
      const out: Record<string, Cell> = {
        kode: p.kode,
        nama: p.nama,
        ind: p.ind,
        sat: p.sat,
        awal: p.awal,
        akt: p.t[4],
        pd: "Dinas Kesehatan",
      };
      p.t.forEach((v, i) => (out[`t${i}`] = v));
      YEARS.forEach((_, i) => (out[`r${i}`] = fx(kids.map((k) => c.a(`r${i}`, k.id)).join("+"))));
      out.akr = fx(yr(c, "r"));
      return out;
    },
  });
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      progRow(P1, K),
      ...K.map(kegRow),
      progRow(P2, K2),
      ...K2.map(kegRow),
      {
        id: "jml",
        bold: true,
        span: ["kode", "sat"],
        cells: (c) => {
          const out: Record<string, Cell> = { kode: "JUMLAH PAGU INDIKATIF" };
          for (const k of [...YEARS.map((_, i) => `r${i}`), "akr"])
            out[k] = fx(`${c.a(k, "p1")}+${c.a(k, "p2")}`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: '-', 'n/a' dan 'belum ada data' = indikator baru, belum diukur sebelum pembentukan Perangkat Daerah.",
    "Kondisi akhir indikator persentase / rasio = target tahun 2029; indikator jumlah = akumulasi 2025-2029.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Yelemu, 20 Februari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN LEMBAH IBELE,"],
    nama: "dr. YOHANIS WENDA KOGOYA, M.Kes",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19790612 200604 1 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const sumY = (id: string) => YEARS.map((_, i) => a(`r${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("akr", "k11") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "inconsistent-formula"],
    note: "pagu at the end of the Renstra of kegiatan 1.02.02.2.01 adds 2025 .. 2028 only (=r2025+..+r2028 = 44,107,150,000); with 2029's 8,915,300,000 the five years give 53,022,450,000",
    truth: sumY("k11"),
  });
  b.plant({
    at: { sheet: S, cell: a("kode", "k22") },
    rules: ["code-hierarchy"],
    note: "kegiatan Perencanaan Kebutuhan SDMK coded 1.02.30.2.02 (digits of 1.02.03 swapped) under program 1.02.03",
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k22")})`,
  });
  // kondisi akhir of a level is the last target, of a flow the sum of the years
  for (const [p, kids] of [
    [P1, K],
    [P2, K2],
  ] as const) {
    b.ok({
      sheet: S,
      cell: a("akt", p.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("t4", p.id),
      trap: p.t.map((_, i) => a(`t${i}`, p.id)).join("+"),
    });
    for (const k of kids) {
      b.ok({
        sheet: S,
        cell: a("akt", k.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: k.t.map((_, i) => a(`t${i}`, k.id)).join("+"),
      });
      if (k.id !== "k11")
        b.ok({
          sheet: S,
          cell: a("akr", k.id),
          rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
          truth: sumY(k.id),
        });
    }
    b.ok({
      sheet: S,
      cell: a("r1", p.id),
      rules: ["sum-mismatch"],
      truth: kids.map((k) => a("r1", k.id)).join("+"),
    });
  }
  b.ok({
    sheet: S,
    cell: a("kode", "k21"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p2"),
    actual: `PARENT(${a("kode", "k21")})`,
  });
  b.ok({
    sheet: S,
    cell: a("kode", "k12"),
    rules: ["code-hierarchy"],
    truth: a("kode", "p1"),
    actual: `PARENT(${a("kode", "k12")})`,
  });
  b.ok({
    sheet: S,
    cell: a("r3", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("r3", "p1")}+${a("r3", "p2")}`,
    trap: `SUM(${a("r3", "p1")}:${a("r3", "k22")})`,
  });
  b.ok({ sheet: S, cell: a("t2", "k22"), rules: ["target-trend"], truth: "1" });
  // a new indicator has no kondisi awal: the text says so
  b.ok({
    sheet: S,
    cell: a("awal", "k11"),
    rules: ["missing-value", "text-number"],
    truth: '"belum ada data"',
  });
  b.ok({ sheet: S, cell: a("awal", "p1"), rules: ["missing-value"], truth: '"-"' });
  return b.finish();
}
