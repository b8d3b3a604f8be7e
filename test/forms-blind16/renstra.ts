// Two T-C.27 tables of a Renstra 2025-2029 (Rencana program, kegiatan, sub kegiatan dan pendanaan
// indikatif) in two local variants: a Dinas PU Sumber Daya Air with sub kegiatan, full rupiah, SUM
// formulas and a kondisi akhir Rp formula on every row; and a Dinas Kesehatan with tujuan and
// sasaran indicator rows, the kondisi akhir columns before the years, amounts typed in thousands and
// a JUMLAH of formulas. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";
import { rp, sumRange } from "./util";

const YS = [2025, 2026, 2027, 2028, 2029];

type TcIn = {
  id: string;
  lvl: "p" | "k" | "s" | "i";
  parent?: string;
  kode?: string;
  nama?: string;
  ind: string;
  sat: string;
  awal: number;
  k: number[];
  /** a yearly increment: its kondisi akhir is the sum of the years; otherwise the last target */
  flow?: boolean;
  /** lower is better */
  neg?: boolean;
  rp?: number[];
  pj?: string;
  lok?: string;
  f: string;
};

const akhirK = (x: TcIn): number => (x.flow ? round(sum(x.k)) : x.k[4]);

// ============================================ T-C.27 Dinas PU Sumber Daya Air Kabupaten Kaliandong

/** T-C.27 with sub kegiatan, full rupiah, SUM formulas, kondisi akhir Rp as a formula on every row. */
export function tc27Psda(): BookW {
  const b = new BookW(
    "tc27-subkegiatan-psda-kaliandong.xlsx",
    "T-C.27 Renstra with sub kegiatan (Dinas PU SDA)",
    "Tabel 6.1 of a Renstra 2025-2029: Kode | Program / Kegiatan / Sub Kegiatan | Indikator Outcome / Output | Satuan | Kondisi Kinerja Awal (2024) | 'Target Capaian Kinerja dan Pagu Indikatif' > 'Tahun ke-1 (2025)' .. 'Tahun ke-5 (2029)' > Target | Pagu (Rp) | 'Kondisi Akhir Periode Renstra (2029)' > Target | Pagu (Rp) | Bidang Penanggung Jawab | Lokasi; number row 1 .. 19; full rupiah; sub kegiatan typed, kegiatan SUM over their sub kegiatan, programs SUM of their kegiatan, kondisi akhir Rp the five years added on every row; a second program indicator (flooded area, lower is better) without code; TOTAL PAGU INDIKATIF",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  s.lines(
    [
      "TABEL 6.1",
      "RENCANA PROGRAM, KEGIATAN, SUB KEGIATAN DAN PENDANAAN INDIKATIF",
      "DINAS PEKERJAAN UMUM SUMBER DAYA AIR KABUPATEN KALIANDONG TAHUN 2025 - 2029",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const SEK = "Sekretariat";
  const SUNGAI = "Bidang Sungai dan Pengendalian Banjir";
  const IRI = "Bidang Irigasi";
  const rows: TcIn[] = [
    {
      id: "p1",
      lvl: "p",
      kode: "1.03.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai SAKIP Dinas Pekerjaan Umum Sumber Daya Air",
      sat: "nilai",
      awal: 62.1,
      k: [63.5, 65, 66.5, 68, 70],
      pj: SEK,
      lok: "Kabupaten Kaliandong",
      f: DEC,
    },
    {
      id: "k11",
      lvl: "k",
      parent: "p1",
      kode: "1.03.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Persentase laporan keuangan yang disusun tepat waktu",
      sat: "%",
      awal: 100,
      k: [100, 100, 100, 100, 100],
      pj: SEK,
      lok: "Kabupaten Kaliandong",
      f: DEC,
    },
    {
      id: "s111",
      lvl: "s",
      parent: "k11",
      kode: "1.03.01.2.02.0001",
      nama: "Penyediaan Gaji dan Tunjangan ASN",
      ind: "Persentase ASN yang menerima gaji dan tunjangan tepat waktu",
      sat: "%",
      awal: 100,
      k: [100, 100, 100, 100, 100],
      rp: [8_215_600_000, 8_544_200_000, 8_886_000_000, 9_241_400_000, 9_611_100_000],
      pj: SEK,
      lok: "Kantor Dinas PU SDA",
      f: DEC,
    },
    {
      id: "k12",
      lvl: "k",
      parent: "p1",
      kode: "1.03.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Persentase pemenuhan kebutuhan administrasi umum perkantoran",
      sat: "%",
      awal: 100,
      k: [100, 100, 100, 100, 100],
      pj: SEK,
      lok: "Kabupaten Kaliandong",
      f: DEC,
    },
    {
      id: "s121",
      lvl: "s",
      parent: "k12",
      kode: "1.03.01.2.06.0004",
      nama: "Penyediaan Bahan Logistik Kantor",
      ind: "Jumlah paket bahan logistik kantor yang disediakan",
      sat: "paket",
      awal: 1,
      k: [1, 1, 1, 1, 1],
      flow: true,
      rp: [186_500_000, 192_100_000, 197_900_000, 203_800_000, 209_900_000],
      pj: SEK,
      lok: "Kantor Dinas PU SDA",
      f: INT,
    },
    {
      id: "s122",
      lvl: "s",
      parent: "k12",
      kode: "1.03.01.2.06.0009",
      nama: "Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD",
      ind: "Jumlah laporan penyelenggaraan rapat koordinasi dan konsultasi",
      sat: "laporan",
      awal: 12,
      k: [12, 12, 12, 12, 12],
      flow: true,
      rp: [142_000_000, 146_300_000, 150_700_000, 155_200_000, 159_900_000],
      pj: SEK,
      lok: "Kantor Dinas PU SDA",
      f: INT,
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.03.02",
      nama: "PROGRAM PENGELOLAAN SUMBER DAYA AIR (SDA)",
      ind: "Persentase jaringan irigasi kewenangan kabupaten dalam kondisi baik",
      sat: "%",
      awal: 61.4,
      k: [64, 66.5, 69, 71.5, 74],
      pj: IRI,
      lok: "Kabupaten Kaliandong",
      f: DEC,
    },
    {
      id: "i2",
      lvl: "i",
      parent: "p2",
      ind: "Luas kawasan terdampak genangan banjir",
      sat: "Ha",
      awal: 1_240,
      k: [1_150, 1_060, 980, 900, 820],
      neg: true,
      pj: SUNGAI,
      lok: "DAS Kali Andong",
      f: INT,
    },
    {
      id: "k21",
      lvl: "k",
      parent: "p2",
      kode: "1.03.02.2.01",
      nama: "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Panjang sungai yang dinormalisasi/direstorasi",
      sat: "km",
      awal: 3.8,
      k: [4.5, 5, 5, 5.5, 6],
      flow: true,
      pj: SUNGAI,
      lok: "WS Andong - Putih",
      f: DEC,
    },
    {
      id: "s211",
      lvl: "s",
      parent: "k21",
      kode: "1.03.02.2.01.0012",
      nama: "Normalisasi/Restorasi Sungai",
      ind: "Panjang sungai yang dinormalisasi",
      sat: "km",
      awal: 3.8,
      k: [4.5, 5, 5, 5.5, 6],
      flow: true,
      rp: [3_450_000_000, 3_800_000_000, 3_850_000_000, 4_250_000_000, 4_600_000_000],
      pj: SUNGAI,
      lok: "Kali Andong, Kali Putih, Kali Gedhe",
      f: DEC,
    },
    {
      id: "s212",
      lvl: "s",
      parent: "k21",
      kode: "1.03.02.2.01.0021",
      nama: "Pembangunan Embung dan Penampung Air Lainnya",
      ind: "Jumlah embung yang dibangun",
      sat: "unit",
      awal: 1,
      k: [2, 2, 3, 3, 2],
      flow: true,
      rp: [1_960_000_000, 2_020_000_000, 3_150_000_000, 3_240_000_000, 2_230_000_000],
      pj: SUNGAI,
      lok: "Kec. Watugiring, Kec. Sendangrejo",
      f: INT,
    },
    {
      id: "k22",
      lvl: "k",
      parent: "p2",
      kode: "1.03.02.2.02",
      nama: "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya dibawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota",
      ind: "Luas daerah irigasi yang terlayani jaringan irigasi dalam kondisi baik",
      sat: "Ha",
      awal: 9_420,
      k: [9_850, 10_300, 10_760, 11_200, 11_650],
      pj: IRI,
      lok: "46 Daerah Irigasi",
      f: INT,
    },
    {
      id: "s221",
      lvl: "s",
      parent: "k22",
      kode: "1.03.02.2.02.0003",
      nama: "Rehabilitasi Jaringan Irigasi Permukaan",
      ind: "Panjang jaringan irigasi permukaan yang direhabilitasi",
      sat: "km",
      awal: 11.2,
      k: [12.4, 13, 13.5, 14.2, 15],
      flow: true,
      rp: [9_840_000_000, 10_420_000_000, 10_950_000_000, 11_680_000_000, 12_500_000_000],
      pj: IRI,
      lok: "DI Kaliputih, DI Sidowaras, DI Gondang",
      f: DEC,
    },
    {
      id: "s222",
      lvl: "s",
      parent: "k22",
      kode: "1.03.02.2.02.0011",
      nama: "Operasi dan Pemeliharaan Jaringan Irigasi Permukaan",
      ind: "Persentase daerah irigasi yang dioperasikan dan dipelihara",
      sat: "%",
      awal: 80.43,
      k: [82.61, 84.78, 86.96, 89.13, 91.3],
      rp: [2_315_000_000, 2_384_500_000, 2_456_000_000, 2_529_700_000, 2_605_600_000],
      pj: IRI,
      lok: "46 Daerah Irigasi",
      f: DEC,
    },
  ];
  // planted 1: program 1.03.02's 2027 pagu is =SUM over every row beneath it (kegiatan and sub
  // kegiatan together, counted twice)
  const PLANT_D = { id: "p2", i: 2 };
  // planted 2: the kondisi akhir Pagu of Rehabilitasi Jaringan Irigasi Permukaan leaves 2029 out
  const PLANT_A = "s221";
  const byId = new Map(rows.map((x) => [x.id, x]));
  const kids = (id: string) => rows.filter((x) => x.parent === id && x.lvl !== "i");
  const subsOf = (id: string): TcIn[] =>
    byId.get(id)!.lvl === "s" ? [byId.get(id)!] : kids(id).flatMap((q) => subsOf(q.id));
  const rpOf = (id: string, i: number) => sum(subsOf(id).map((q) => q.rp![i]));
  const G = "Target Capaian Kinerja dan Pagu Indikatif";
  const AK = "Kondisi Akhir Periode Renstra (2029)";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: 1, width: 18 },
    { key: "nama", head: ["Program / Kegiatan / Sub Kegiatan"], num: 2, width: 40 },
    { key: "ind", head: ["Indikator Outcome / Output"], role: "indikator", num: 3, width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: 4, width: 8 },
    { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", num: 5, width: 10 },
    ...YS.flatMap((y, i): Col[] => [
      {
        key: `k${i}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Target"],
        role: "target",
        year: y,
        num: 6 + 2 * i,
        width: 9,
      },
      {
        key: `rp${i}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Pagu (Rp)"],
        role: "anggaran",
        year: y,
        num: 7 + 2 * i,
        fmt: RP,
        width: 16,
      },
    ]),
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", num: 16, width: 10 },
    { key: "akRp", head: [AK, "Pagu (Rp)"], num: 17, fmt: RP, width: 17 },
    { key: "pj", head: ["Bidang Penanggung Jawab"], role: "penanggung-jawab", num: 18, width: 22 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: 19, width: 22 },
  ];
  const progs = rows.filter((x) => x.lvl === "p");
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "plain",
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lvl === "p",
        cells: (c) => {
          const cells: Record<string, Cell> = {
            kode: x.kode,
            nama: x.nama,
            ind: x.ind,
            sat: x.sat,
            awal: fmt(x.awal, x.f),
            akK: fmt(akhirK(x), x.f),
            pj: x.pj,
            lok: x.lok,
          };
          x.k.forEach((v, i) => (cells[`k${i}`] = fmt(v, x.f)));
          if (x.lvl === "i") return cells;
          YS.forEach((_, i) => {
            const k = `rp${i}`;
            if (x.lvl === "s") cells[k] = x.rp![i];
            else if (x.lvl === "k") {
              const ks = kids(x.id);
              cells[k] = fx(sumRange(c.c(k), c.row(ks[0].id), c.row(ks[ks.length - 1].id)));
            } else if (x.id === PLANT_D.id && i === PLANT_D.i) {
              const last = rows.filter((q) => q.parent && subsOf(x.id).includes(q)).pop()!;
              cells[k] = fx(`SUM(${c.c(k)}${c.r + 1}:${c.c(k)}${c.row(last.id)})`);
            } else
              cells[k] = fx(
                `SUM(${kids(x.id)
                  .map((q) => c.a(k, q.id))
                  .join(",")})`,
              );
          });
          const years = YS.map((_, i) => c.a(`rp${i}`));
          cells.akRp = fx((x.id === PLANT_A ? years.slice(0, 4) : years).join("+"));
          return cells;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "awal"],
        cells: (c) => {
          const cells: Record<string, Cell> = { kode: "TOTAL PAGU INDIKATIF" };
          YS.forEach((_, i) => (cells[`rp${i}`] = fx(progs.map((p) => c.a(`rp${i}`, p.id)).join("+"))));
          cells.akRp = fx(YS.map((_, i) => c.a(`rp${i}`)).join("+"));
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan:",
    "1. Kondisi akhir indikator persentase, nilai dan luas layanan/genangan adalah target tahun 2029; untuk panjang sungai/jaringan, jumlah embung, paket dan laporan adalah akumulasi 2025 - 2029.",
    "2. Pagu kegiatan adalah jumlah pagu sub kegiatan, pagu program adalah jumlah pagu kegiatan.",
  ]);
  s.gap();
  signature(s, 16, {
    tempat: "Kaliandong, 16 Juni 2025",
    jabatan: ["KEPALA DINAS PEKERJAAN UMUM SUMBER DAYA AIR", "KABUPATEN KALIANDONG,"],
    nama: "Ir. GALIH PRASETYA NUGRAHA, M.T.",
    pangkat: "Pembina Tingkat I",
    nip: "19740923 200003 1 006",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const rk = `rp${PLANT_D.i}`;
  const dbl = 2 * rpOf("p2", PLANT_D.i);
  b.plant({
    at: { sheet: S, cell: a(rk, PLANT_D.id) },
    rules: ["sum-mismatch"],
    note: `Pagu 2027 of program 1.03.02 is =SUM over every row beneath it, kegiatan and sub kegiatan together (${rp(dbl)}, counted twice); its two kegiatan give ${rp(rpOf("p2", PLANT_D.i))}`,
    truth: kids("p2")
      .map((q) => a(rk, q.id))
      .join("+"),
    tol: 0.5,
  });
  const sa = byId.get(PLANT_A)!;
  b.plant({
    at: { sheet: S, cell: a("akRp", PLANT_A) },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch", "inconsistent-formula"],
    note: `Kondisi akhir Pagu of sub kegiatan Rehabilitasi Jaringan Irigasi Permukaan adds 2025 - 2028 only (${rp(sum(sa.rp!.slice(0, 4)))}); the five years give ${rp(sum(sa.rp!))}`,
    truth: YS.map((_, i) => a(`rp${i}`, PLANT_A)).join("+"),
    tol: 0.5,
  });
  for (const x of rows) {
    if (x.kode && x.parent)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    // kondisi akhir K: the last target of a level, the five years of a flow
    const ks = YS.map((_, i) => a(`k${i}`, x.id));
    b.ok({
      sheet: S,
      cell: a("akK", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: x.flow ? ks.join("+") : ks[4],
      trap: x.flow ? ks[4] : ks.join("+"),
    });
    if (x.neg) for (const c of ks) b.ok({ sheet: S, cell: c, rules: ["target-trend"], truth: c });
    if (x.lvl === "i") continue;
    // pagu: a kegiatan adds its sub kegiatan, a program its kegiatan (not every row beneath it)
    if (x.lvl !== "s")
      YS.forEach((_, i) => {
        const k = `rp${i}`;
        if (x.id === PLANT_D.id && i === PLANT_D.i) return;
        b.ok({
          sheet: S,
          cell: a(k, x.id),
          rules: ["sum-mismatch"],
          truth: subsOf(x.id)
            .map((q) => a(k, q.id))
            .join("+"),
          trap: x.lvl === "p" ? [...kids(x.id), ...subsOf(x.id)].map((q) => a(k, q.id)).join("+") : undefined,
          tol: 0.5,
        });
      });
    // kondisi akhir Rp is the five years; not listed where it follows the plants (p2, k22)
    if (x.id !== PLANT_A && x.id !== "p2" && x.id !== "k22")
      b.ok({
        sheet: S,
        cell: a("akRp", x.id),
        rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
        truth: YS.map((_, i) => a(`rp${i}`, x.id)).join("+"),
        trap: `${a("rp4", x.id)}`,
        tol: 0.5,
      });
  }
  YS.forEach((_, i) => {
    if (i === PLANT_D.i) return;
    const k = `rp${i}`;
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: rows
        .filter((x) => x.lvl === "s")
        .map((x) => a(k, x.id))
        .join("+"),
      tol: 0.5,
    });
  });
  return b.finish();
}

// ============================================================ T-C.27 Dinas Kesehatan Kota Purbasari

type DkIn = TcIn & { sec?: string };

/** T-C.27 with tujuan / sasaran rows, kondisi akhir before the years, amounts typed in thousands. */
export function tc27Dinkes(): BookW {
  const b = new BookW(
    "tc27-akhirdulu-dinkes-purbasari.xlsx",
    "T-C.27 Renstra, kondisi akhir first (Dinas Kesehatan)",
    "Tabel 6.1 of a Renstra 2025-2029 in thousands of rupiah: Kode | Program dan Kegiatan | Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output) | Satuan | Kondisi Kinerja pada Awal Periode (2024) | 'Kondisi Kinerja pada Akhir Periode Renstra' > Target | Pagu, standing before 'Target Kinerja Program dan Kerangka Pendanaan' > 2025 .. 2029 > Target | Pagu | Unit Kerja PD Penanggung Jawab | Lokasi; no number row; the tujuan and sasaran indicators on rows of their own (no code, no pagu); every amount typed (the SIPD export pasted), JUMLAH PAGU of SUM formulas over the programs",
  );
  const S = "Tabel 6.1";
  const s = b.sheet(S);
  s.lines(["Tabel 6.1"]);
  s.lines(["Rencana Program, Kegiatan dan Pendanaan Dinas Kesehatan Kota Purbasari Tahun 2025 - 2029"], 1, {
    bold: true,
  });
  s.lines(["(dalam ribuan rupiah)"]);
  s.gap();
  const YANKES = "Bidang Pelayanan Kesehatan";
  const KESMAS = "Bidang Kesehatan Masyarakat";
  const SDK = "Bidang Sumber Daya Kesehatan";
  const SEK = "Sekretariat";
  const KOTA = "Kota Purbasari";
  const rows: DkIn[] = [
    {
      id: "tj",
      lvl: "i",
      sec: "Tujuan 1: Meningkatnya derajat kesehatan masyarakat",
      ind: "Usia Harapan Hidup (UHH)",
      sat: "tahun",
      awal: 73.12,
      k: [73.3, 73.48, 73.66, 73.84, 74.02],
      f: DEC,
      lok: KOTA,
    },
    {
      id: "ss",
      lvl: "i",
      sec: "Sasaran 1.1: Menurunnya angka kematian ibu dan bayi",
      ind: "Angka Kematian Ibu (per 100.000 kelahiran hidup)",
      sat: "per 100.000 KH",
      awal: 98.6,
      k: [95, 91, 87, 83, 79],
      neg: true,
      f: DEC,
      lok: KOTA,
    },
    {
      id: "p1",
      lvl: "p",
      kode: "1.02.01",
      nama: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      ind: "Nilai evaluasi SAKIP Dinas Kesehatan",
      sat: "nilai",
      awal: 68.4,
      k: [70, 71.5, 73, 74.5, 76],
      f: DEC,
      pj: SEK,
      lok: KOTA,
    },
    {
      id: "k11",
      lvl: "k",
      parent: "p1",
      kode: "1.02.01.2.02",
      nama: "Administrasi Keuangan Perangkat Daerah",
      ind: "Persentase laporan keuangan yang tersusun tepat waktu",
      sat: "%",
      awal: 100,
      k: [100, 100, 100, 100, 100],
      rp: [96_845_200, 100_719_000, 104_747_800, 108_937_700, 113_295_200],
      f: DEC,
      pj: SEK,
      lok: KOTA,
    },
    {
      id: "k12",
      lvl: "k",
      parent: "p1",
      kode: "1.02.01.2.06",
      nama: "Administrasi Umum Perangkat Daerah",
      ind: "Jumlah paket penyediaan administrasi umum perkantoran",
      sat: "paket",
      awal: 6,
      k: [6, 6, 6, 6, 6],
      flow: true,
      rp: [2_145_600, 2_210_000, 2_276_300, 2_344_600, 2_414_900],
      f: INT,
      pj: SEK,
      lok: KOTA,
    },
    {
      id: "k13",
      lvl: "k",
      parent: "p1",
      kode: "1.02.01.2.10",
      nama: "Peningkatan Pelayanan BLUD",
      ind: "Persentase Puskesmas BLUD dengan kinerja keuangan sehat",
      sat: "%",
      awal: 71.43,
      k: [78.57, 85.71, 92.86, 100, 100],
      rp: [48_600_000, 50_544_000, 52_565_800, 54_668_400, 56_855_100],
      f: DEC,
      pj: SEK,
      lok: "14 Puskesmas",
    },
    {
      id: "p2",
      lvl: "p",
      kode: "1.02.02",
      nama: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      ind: "Angka Kematian Bayi (per 1.000 kelahiran hidup)",
      sat: "per 1.000 KH",
      awal: 9.8,
      k: [9.4, 9, 8.6, 8.2, 7.8],
      neg: true,
      f: DEC,
      pj: KESMAS,
      lok: KOTA,
    },
    {
      id: "p2b",
      lvl: "i",
      parent: "p2",
      ind: "Prevalensi balita stunting",
      sat: "%",
      awal: 17.6,
      k: [16.2, 14.8, 13.4, 12, 10.5],
      neg: true,
      f: DEC,
      pj: KESMAS,
      lok: KOTA,
    },
    {
      id: "k21",
      lvl: "k",
      parent: "p2",
      kode: "1.02.02.2.01",
      nama: "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
      ind: "Jumlah fasilitas pelayanan kesehatan yang dibangun/direhabilitasi",
      sat: "unit",
      awal: 1,
      k: [2, 2, 1, 2, 1],
      flow: true,
      rp: [18_750_000, 21_400_000, 12_860_000, 19_325_000, 11_940_000],
      f: INT,
      pj: YANKES,
      lok: "Puskesmas Cempaka, Puskesmas Sukorame",
    },
    {
      id: "k22",
      lvl: "k",
      parent: "p2",
      kode: "1.02.02.2.02",
      nama: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar",
      sat: "%",
      awal: 91.2,
      k: [93, 95, 97, 99, 100],
      rp: [24_360_500, 25_335_000, 26_348_400, 27_402_300, 28_498_400],
      f: DEC,
      pj: KESMAS,
      lok: KOTA,
    },
    {
      id: "k23",
      lvl: "k",
      parent: "p2",
      kode: "1.02.02.2.03",
      nama: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi",
      ind: "Jumlah dokumen profil kesehatan yang tersusun",
      sat: "dokumen",
      awal: 2,
      k: [2, 2, 2, 2, 2],
      flow: true,
      rp: [612_000, 636_500, 662_000, 688_500, 716_000],
      f: INT,
      pj: SEK,
      lok: KOTA,
    },
    {
      id: "p3",
      lvl: "p",
      kode: "1.02.03",
      nama: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
      ind: "Persentase puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar",
      sat: "%",
      awal: 64.29,
      k: [71.43, 78.57, 85.71, 92.86, 100],
      f: DEC,
      pj: SDK,
      lok: "14 Puskesmas",
    },
    {
      id: "k31",
      lvl: "k",
      parent: "p3",
      kode: "1.02.03.2.02",
      nama: "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
      ind: "Jumlah tenaga kesehatan yang ditingkatkan kompetensinya",
      sat: "orang",
      awal: 110,
      k: [120, 130, 140, 150, 160],
      flow: true,
      rp: [1_240_000, 1_345_000, 1_450_000, 1_560_000, 1_665_000],
      f: INT,
      pj: SDK,
      lok: KOTA,
    },
    {
      id: "p4",
      lvl: "p",
      kode: "1.02.04",
      nama: "PROGRAM SEDIAAN FARMASI, ALAT KESEHATAN DAN MAKANAN MINUMAN",
      ind: "Persentase sarana produksi pangan industri rumah tangga yang memenuhi syarat",
      sat: "%",
      awal: 72,
      k: [75, 78, 81, 84, 87],
      f: DEC,
      pj: SDK,
      lok: KOTA,
    },
    {
      id: "k41",
      lvl: "k",
      parent: "p4",
      kode: "1.02.04.2.06",
      nama: "Pemeriksaan dan Tindak Lanjut Hasil Pemeriksaan Post Market pada Produksi dan Produk Makanan Minuman Industri Rumah Tangga",
      ind: "Jumlah produk makanan minuman PIRT yang diperiksa",
      sat: "produk",
      awal: 140,
      k: [150, 150, 150, 150, 150],
      flow: true,
      rp: [185_000, 192_400, 200_100, 208_100, 216_400],
      f: INT,
      pj: SDK,
      lok: KOTA,
    },
    {
      id: "p5",
      lvl: "p",
      kode: "1.02.05",
      nama: "PROGRAM PEMBERDAYAAN MASYARAKAT BIDANG KESEHATAN",
      ind: "Persentase kelurahan siaga aktif mandiri",
      sat: "%",
      awal: 44.44,
      k: [51.85, 59.26, 66.67, 74.07, 81.48],
      f: DEC,
      pj: KESMAS,
      lok: "27 kelurahan",
    },
    {
      id: "k51",
      lvl: "k",
      parent: "p5",
      kode: "1.02.05.2.01",
      nama: "Advokasi, Pemberdayaan, Kemitraan, Peningkatan Peran serta Masyarakat dan Lintas Sektor Tingkat Daerah Kabupaten/Kota",
      ind: "Jumlah dokumen hasil advokasi, pemberdayaan dan kemitraan",
      sat: "dokumen",
      awal: 4,
      k: [4, 4, 4, 4, 4],
      flow: true,
      rp: [420_000, 436_800, 454_300, 472_500, 491_400],
      f: INT,
      pj: KESMAS,
      lok: KOTA,
    },
    {
      id: "k52",
      lvl: "k",
      parent: "p5",
      kode: "1.02.05.2.02",
      nama: "Pengembangan dan Pelaksanaan Upaya Kesehatan Bersumber Daya Masyarakat (UKBM) Tingkat Daerah Kabupaten/Kota",
      ind: "Persentase posyandu aktif",
      sat: "%",
      awal: 68.5,
      k: [72, 75.5, 79, 82.5, 86],
      rp: [1_835_000, 1_908_400, 1_984_700, 2_064_100, 2_146_700],
      f: DEC,
      pj: KESMAS,
      lok: "312 posyandu",
    },
  ];
  // planted 1: JUMLAH PAGU 2028 adds the first four programs (PROGRAM PEMBERDAYAAN MASYARAKAT left out)
  const PLANT_J = 3;
  // planted 2: kondisi akhir of the nakes trained (a yearly count) is the 2029 target, not the sum
  const PLANT_K = "k31";
  const kids = (id: string) => rows.filter((x) => x.parent === id && x.lvl === "k");
  const progs = rows.filter((x) => x.lvl === "p");
  const rpOf = (x: DkIn, i: number): number =>
    x.lvl === "k" ? x.rp![i] : sum(kids(x.id).map((q) => q.rp![i]));
  const akRp = (x: DkIn) => sum(YS.map((_, i) => rpOf(x, i)));
  const akK = (x: DkIn) => (x.id === PLANT_K ? x.k[4] : akhirK(x));
  const AK = "Kondisi Kinerja pada Akhir Periode Renstra";
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", width: 13 },
    { key: "nama", head: ["Program dan Kegiatan"], width: 40 },
    {
      key: "ind",
      head: ["Indikator Kinerja Tujuan, Sasaran, Program (outcome) dan Kegiatan (output)"],
      role: "indikator",
      width: 38,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 11 },
    { key: "awal", head: ["Kondisi Kinerja pada Awal Periode (2024)"], role: "kondisi-awal", width: 11 },
    { key: "akK", head: [AK, "Target"], role: "kondisi-akhir", width: 10 },
    { key: "akRp", head: [AK, "Pagu"], fmt: RP, width: 14 },
    ...YS.flatMap((y, i): Col[] => [
      { key: `k${i}`, head: [G, String(y), "Target"], role: "target", year: y, width: 9 },
      { key: `rp${i}`, head: [G, String(y), "Pagu"], role: "anggaran", year: y, fmt: RP, width: 13 },
    ]),
    { key: "pj", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", width: 20 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    rows: [
      ...rows.map((x): Row => ({
        id: x.id,
        bold: x.lvl === "p" || !!x.sec,
        cells: () => {
          const cells: Record<string, Cell> = {
            kode: x.kode,
            nama: x.nama ?? x.sec,
            ind: x.ind,
            sat: x.sat,
            awal: fmt(x.awal, x.f),
            akK: fmt(akK(x), x.f),
            pj: x.pj,
            lok: x.lok,
          };
          x.k.forEach((v, i) => (cells[`k${i}`] = fmt(v, x.f)));
          if (x.lvl === "i") return cells;
          YS.forEach((_, i) => (cells[`rp${i}`] = rpOf(x, i)));
          cells.akRp = akRp(x);
          return cells;
        },
      })),
      {
        id: "j",
        bold: true,
        span: ["kode", "awal"],
        cells: (c) => {
          const cells: Record<string, Cell> = { kode: "JUMLAH PAGU" };
          for (const k of ["akRp", ...YS.map((_, i) => `rp${i}`)]) {
            const ps = k === `rp${PLANT_J}` ? progs.slice(0, -1) : progs;
            cells[k] = fx(`SUM(${ps.map((p) => c.a(k, p.id)).join(",")})`);
          }
          return cells;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: hasil pengolahan data SIPD dan Bidang-bidang Dinas Kesehatan Kota Purbasari, 2025."]);
  s.gap();
  signature(s, 12, {
    tempat: "Purbasari, 2 Juni 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KOTA PURBASARI,"],
    nama: "dr. RATNA KUSUMAWARDHANI, M.Kes.",
    pangkat: "Pembina Utama Muda",
    nip: "19760514 200312 2 008",
  });

  // ----------------------------------------------------------------------------------- claims
  const a = (k: string, id: string) => t.a(k, id);
  const rj = `rp${PLANT_J}`;
  const p5 = progs[progs.length - 1];
  b.plant({
    at: { sheet: S, cell: a(rj, "j") },
    rules: ["sum-mismatch", "inconsistent-formula"],
    note: `JUMLAH PAGU 2028 is =SUM over the first four programs (${rp(sum(progs.slice(0, -1).map((p) => rpOf(p, PLANT_J))))} thousand); with ${p5.nama} (${rp(rpOf(p5, PLANT_J))}) the five programs give ${rp(sum(progs.map((p) => rpOf(p, PLANT_J))))}`,
    truth: progs.map((p) => a(rj, p.id)).join("+"),
    tol: 0.5,
  });
  const pk = rows.find((x) => x.id === PLANT_K)!;
  b.plant({
    at: { sheet: S, cell: a("akK", PLANT_K) },
    rules: ["kondisi-akhir-mismatch"],
    note: `Kondisi akhir of the tenaga kesehatan ditingkatkan kompetensinya (orang trained each year) is ${pk.k[4]}, the 2029 target; the five years give ${sum(pk.k)}`,
    truth: YS.map((_, i) => a(`k${i}`, PLANT_K)).join("+"),
  });
  for (const x of rows) {
    const ks = YS.map((_, i) => a(`k${i}`, x.id));
    if (x.id !== PLANT_K)
      b.ok({
        sheet: S,
        cell: a("akK", x.id),
        rules: ["kondisi-akhir-mismatch"],
        truth: x.flow ? ks.join("+") : ks[4],
        trap: x.flow ? ks[4] : ks.join("+"),
      });
    if (x.neg) for (const c of ks) b.ok({ sheet: S, cell: c, rules: ["target-trend"], truth: c });
    if (x.lvl === "i") continue;
    if (x.parent)
      b.ok({
        sheet: S,
        cell: a("kode", x.id),
        rules: ["code-hierarchy"],
        truth: a("kode", x.parent),
        actual: `PARENT(${a("kode", x.id)})`,
      });
    b.ok({
      sheet: S,
      cell: a("akRp", x.id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: YS.map((_, i) => a(`rp${i}`, x.id)).join("+"),
      trap: a("rp4", x.id),
      tol: 0.5,
    });
    if (x.lvl === "p")
      YS.forEach((_, i) =>
        b.ok({
          sheet: S,
          cell: a(`rp${i}`, x.id),
          rules: i === 0 ? ["sum-mismatch", "number-scale"] : ["sum-mismatch"],
          truth: kids(x.id)
            .map((q) => a(`rp${i}`, q.id))
            .join("+"),
          tol: 0.5,
        }),
      );
  }
  // JUMLAH adds the programs, not the programs and their kegiatan together
  // (the JUMLAH's kondisi akhir Pagu adds the programs too, but no longer its own years as written)
  for (const k of YS.map((_, i) => `rp${i}`)) {
    if (k === rj) continue;
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: progs.map((p) => a(k, p.id)).join("+"),
      trap: rows
        .filter((x) => x.lvl === "p" || x.lvl === "k")
        .map((x) => a(k, x.id))
        .join("+"),
      tol: 0.5,
    });
  }
  return b.finish();
}
