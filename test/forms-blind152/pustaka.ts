// The Dinas Perpustakaan dan Kearsipan books: a PK 2025 beside the Renstra 2025-2029 (Kabupaten Tanjung
// Jabung Hulu, Jambi) and a T-C.27 Renstra funding table in thousands of rupiah (Kabupaten Boven Asiki,
// Papua Selatan). Levels (TGM, percentages) end at the last target; money ends at the sum of the years.
import { BookW, RP, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

// ================================================= PK 2025 and Renstra, Dispusip Tanjung Jabung Hulu (Jambi)
export function pkDispusip(): BookW {
  const b = new BookW(
    "pk-renstra-dispusip-tanjung-jabung-hulu.xlsx",
    "PK with its Renstra (Dispusip)",
    "sheet PK 2025: No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, both parties side by side; sheet Renstra 2025-2029: No | Indikator | Satuan | Baseline 2024 | 'Target Kinerja' > 2025 .. 2029 | Kondisi Akhir Renstra",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const sp = b.sheet(P);
  const sr = b.sheet(R);
  const rows = [
    {
      id: "r1",
      sas: "Meningkatnya budaya gemar membaca masyarakat",
      ind: "Tingkat Gemar Membaca (TGM) masyarakat",
      sat: "skor",
      aw: 61.4,
      y: [63, 64.5, 66, 67.5, 69],
    },
    {
      id: "r2",
      sas: "Meningkatnya budaya gemar membaca masyarakat",
      ind: "Jumlah pengunjung perpustakaan daerah per tahun",
      sat: "orang",
      aw: 182_400,
      y: [190_000, 198_000, 206_000, 214_000, 222_000],
    },
    {
      id: "r3",
      sas: "Meningkatnya pengelolaan arsip perangkat daerah",
      ind: "Persentase perangkat daerah yang mengelola arsip sesuai standar",
      sat: "%",
      aw: 42.5,
      y: [48, 55, 62, 70, 78],
    },
    {
      id: "r4",
      sas: "Meningkatnya pengelolaan arsip perangkat daerah",
      ind: "Nilai hasil pengawasan kearsipan internal",
      sat: "nilai",
      aw: 58.3,
      y: [62, 66, 70, 74, 78],
    },
  ];
  letterhead(sr, ["DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN TANJUNG JABUNG HULU"]);
  sr.lines([
    "Tabel 6.1 Indikator Kinerja Perangkat Daerah yang Mengacu pada Tujuan dan Sasaran RPJMD 2025-2029",
  ]);
  const TK = "Target Kinerja";
  const rc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "aw", head: ["Baseline 2024"], role: "kondisi-awal", year: 2024, width: 10 },
    ...[2025, 2026, 2027, 2028, 2029].map((y): Col => ({
      key: `y${y}`,
      head: [TK, String(y)],
      role: "target",
      year: y,
      width: 10,
    })),
    { key: "ka", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, width: 11 },
  ];
  const tr = sr.table({
    cols: rc,
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c: Ctx) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        aw: x.aw,
        ...Object.fromEntries(x.y.map((v, j) => [`y${2025 + j}`, v])),
        // planted: the TGM's kondisi akhir typed 70.00, the 2029 target is 69.00
        ka: x.id === "r1" ? 70 : fx(c.a("y2029")),
      }),
    })),
  });

  letterhead(sp, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN TANJUNG JABUNG HULU",
  ]);
  sp.lines([
    "Kami yang bertanda tangan di bawah ini berjanji mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  sp.gap();
  const pc: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
  ];
  const tp = sp.table({
    cols: pc,
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      // planted: the pengunjung target is the Renstra 2026 value 198,000
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: x.id === "r2" ? x.y[1] : x.y[0] },
    })),
  });
  sp.gap();
  const top = sp.r;
  sp.lines(["Pihak Kedua,", "Bupati Tanjung Jabung Hulu", "", "", "", "H. ABDUL RAHMAN SIREGAR, S.E."], 2);
  sp.r = top;
  sp.lines(
    [
      "Muara Tebo Hulu, 3 Januari 2025",
      "Pihak Pertama,",
      "Kepala Dinas Perpustakaan dan Kearsipan",
      "",
      "",
      "Dra. NURHAYATI LUBIS, M.Si.",
    ],
    3,
  );

  b.plant({
    at: { sheet: R, cell: tr.a("ka", "r1") },
    rules: ["kondisi-akhir-mismatch"],
    note: "Kondisi akhir of the TGM is a typed 70.00; the Renstra ends at the 2029 target 69.00",
    truth: tr.a("y2029", "r1"),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: tp.a("tg", "r2") },
        { sheet: R, cell: tr.a("y2025", "r2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the pengunjung perpustakaan is 198,000, the Renstra 2026 target; the Renstra 2025 target is 190,000",
    truth: `'${R}'!${tr.a("y2025", "r2")}`,
  });
  for (const id of ["r1", "r3", "r4"])
    b.ok({
      sheet: P,
      cell: tp.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y2025", id)}`,
    });
  for (const id of ["r2", "r3", "r4"])
    b.ok({
      sheet: R,
      cell: tr.a("ka", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y2029", id),
      trap: `SUM(${tr.a("y2025", id)}:${tr.a("y2029", id)})`,
    });
  return b.finish();
}

// ======================================= T-C.27 Renstra 2025-2029, Dispusip Boven Asiki (Papua Selatan)
type P = {
  id: string;
  kode: string;
  prog: string;
  ind: string;
  sat: string;
  aw: number;
  k: number[];
  rp: number[];
};

export function tc27Dispusip(): BookW {
  const b = new BookW(
    "t-c27-pendanaan-dispusip-boven-asiki.xlsx",
    "T-C.27 Renstra funding (Dispusip)",
    "T-C.27 (dalam ribuan rupiah): Kode | Program | Indikator Kinerja Program | Satuan | Kondisi Kinerja Awal (2024) | 'Target Kinerja Program dan Kerangka Pendanaan' > 'Tahun ke-1 (2025)' .. 'Tahun ke-5 (2029)' > K | Rp | 'Kondisi Kinerja pada Akhir Periode Renstra' > K | Rp | Unit Kerja | Lokasi; number row merged over the pairs; JUMLAH row",
  );
  const S = "T-C.27";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BOVEN ASIKI", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines([
    "Tabel T-C.27 Rencana Program, Kegiatan, dan Pendanaan Perangkat Daerah Tahun 2025 - 2029",
    "(dalam ribuan rupiah)",
  ]);
  const G = "Target Kinerja Program dan Kerangka Pendanaan";
  const KA = "Kondisi Kinerja pada Akhir Periode Renstra";
  const ys = [2025, 2026, 2027, 2028, 2029];
  const cols: Col[] = [
    { key: "kode", head: ["Kode"], role: "kode", num: "1", width: 10 },
    { key: "prog", head: ["Program"], num: "2", width: 34 },
    { key: "ind", head: ["Indikator Kinerja Program (outcome)"], role: "indikator", num: "3", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "4", width: 9 },
    {
      key: "aw",
      head: ["Kondisi Kinerja Awal (2024)"],
      role: "kondisi-awal",
      year: 2024,
      num: "5",
      width: 10,
    },
    ...ys.flatMap((y, i): Col[] => [
      {
        key: `k${y}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "K"],
        role: "target",
        year: y,
        num: String(6 + i),
        width: 8,
      },
      {
        key: `rp${y}`,
        head: [G, `Tahun ke-${i + 1} (${y})`, "Rp"],
        role: "anggaran",
        year: y,
        num: String(6 + i),
        fmt: RP,
        width: 13,
      },
    ]),
    { key: "kak", head: [KA, "K"], role: "kondisi-akhir", year: 2029, num: "11", width: 8 },
    { key: "karp", head: [KA, "Rp"], role: "kondisi-akhir", year: 2029, num: "11", fmt: RP, width: 14 },
    { key: "unit", head: ["Unit Kerja PD Penanggung Jawab"], role: "penanggung-jawab", num: "12", width: 18 },
    { key: "lok", head: ["Lokasi"], role: "lokasi", num: "13", width: 12 },
  ];
  const progs: P[] = [
    {
      id: "p1",
      kode: "2.23.02",
      prog: "PROGRAM PEMBINAAN PERPUSTAKAAN",
      ind: "Tingkat Gemar Membaca (TGM) masyarakat",
      sat: "skor",
      aw: 55.2,
      k: [57, 59, 61, 63, 65],
      rp: [1_850_000, 1_920_000, 2_010_000, 2_090_000, 2_180_000],
    },
    {
      id: "p2",
      kode: "2.23.03",
      prog: "PROGRAM PELESTARIAN KOLEKSI NASIONAL DAN NASKAH KUNO",
      ind: "Persentase naskah kuno yang dilestarikan",
      sat: "%",
      aw: 18,
      k: [24, 30, 36, 42, 48],
      rp: [215_000, 228_000, 240_000, 252_000, 265_000],
    },
    {
      id: "p3",
      kode: "2.24.02",
      prog: "PROGRAM PENGELOLAAN ARSIP",
      ind: "Persentase perangkat daerah dengan arsip tertata sesuai standar",
      sat: "%",
      aw: 35,
      k: [45, 55, 65, 75, 85],
      rp: [640_000, 685_000, 7_200_000, 760_000, 800_000],
    },
    {
      id: "p4",
      kode: "2.24.03",
      prog: "PROGRAM PERLINDUNGAN DAN PENYELAMATAN ARSIP",
      ind: "Persentase arsip vital yang terselamatkan",
      sat: "%",
      aw: 60,
      k: [68, 74, 80, 86, 92],
      rp: [310_000, 326_000, 342_000, 358_000, 375_000],
    },
  ];
  const t = s.table({
    cols,
    headerRows: 3,
    numberRow: "pairs",
    rows: [
      ...progs.map((x): Row => ({
        id: x.id,
        cells: (c: Ctx) => ({
          kode: x.kode,
          prog: x.prog,
          ind: x.ind,
          sat: x.sat,
          aw: x.aw,
          ...Object.fromEntries(
            ys.flatMap((y, i) => [
              [`k${y}`, x.k[i]],
              [`rp${y}`, x.rp[i]],
            ]),
          ),
          kak: x.k[4],
          // planted: p4 adds 2025-2028 only
          karp:
            x.id === "p4"
              ? fx(
                  ys
                    .slice(0, 4)
                    .map((y) => c.a(`rp${y}`))
                    .join("+"),
                )
              : fx(ys.map((y) => c.a(`rp${y}`)).join("+")),
          unit: x.kode.startsWith("2.23") ? "Bidang Perpustakaan" : "Bidang Kearsipan",
          lok: "Kab. Boven Asiki",
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["kode", "aw"],
        cells: (c: Ctx) => ({
          kode: "JUMLAH",
          ...Object.fromEntries(
            ys.map((y) => [`rp${y}`, fx(`SUM(${c.a(`rp${y}`, "p1")}:${c.a(`rp${y}`, "p4")})`)]),
          ),
          karp: fx(`SUM(${c.a("karp", "p1")}:${c.a("karp", "p4")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: kondisi kinerja akhir (K) = target tahun ke-5; kondisi akhir (Rp) = jumlah pendanaan tahun ke-1 s.d. ke-5.",
  ]);
  s.gap();
  signature(s, 12, {
    tempat: "Asiki, 28 Februari 2025",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN,"],
    nama: "MARTHINUS YOLMEN, S.Sos., M.A.P.",
    pangkat: "Pembina (IV/a)",
    nip: "19800614 200604 1 015",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const all = (id: string) => ys.map((y) => a(`rp${y}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("rp2027", "p3") },
    rules: ["target-outlier"],
    note: "pendanaan 2027 of the Program Pengelolaan Arsip is 7,200,000 (thousand rupiah) between 685,000 and 760,000: a zero too many, 720,000 meant",
    truth: "720000",
  });
  b.plant({
    at: { sheet: S, cell: a("karp", "p4") },
    rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
    note: "Kondisi akhir Rp of the Program Perlindungan dan Penyelamatan Arsip adds 2025-2028 only (1,336,000); with 2029's 375,000 it is 1,711,000",
    truth: all("p4"),
  });
  for (const id of ["p1", "p2"])
    b.ok({
      sheet: S,
      cell: a("karp", id),
      rules: ["kondisi-akhir-mismatch", "sum-mismatch"],
      truth: all(id),
    });
  for (const id of ["p1", "p2", "p3", "p4"])
    b.ok({
      sheet: S,
      cell: a("kak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: a("k2029", id),
      trap: `SUM(${a("k2025", id)}:${a("k2029", id)})`,
    });
  for (const y of [2025, 2026, 2028, 2029])
    b.ok({
      sheet: S,
      cell: a(`rp${y}`, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a(`rp${y}`, "p1")}:${a(`rp${y}`, "p4")})`,
    });
  b.ok({ sheet: S, cell: a("rp2027", "p1"), rules: ["target-outlier"], truth: "2010000" });
  return b.finish();
}
