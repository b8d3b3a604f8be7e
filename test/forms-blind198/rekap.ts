// A sector recap of the Bidang Statistik of the Diskominfo of Kabupaten Tanjung Lore (Sulawesi Tengah):
// rekomendasi kegiatan statistik and metadata per perangkat daerah in 2024, with a per-triwulan recap side
// by side (one empty column between). Invented throughout.
import { BookW, DEC, INT, fx, letterhead, signature, type Row } from "../forms/kit";

type Opd = { id: string; nm: string; aj: number; rk: number; ds: number; md: number };

export function rekapTanjung(): BookW {
  const b = new BookW(
    "rekap-rekomendasi-metadata-per-opd-tanjung-lore.xlsx",
    "rekap statistik sektoral per perangkat daerah",
    "recap 2024: No | Perangkat Daerah | 'Rekomendasi Kegiatan Statistik' > Diajukan | Diterbitkan | % | 'Metadata Statistik' > Dataset | Bermetadata | %; number row '(5)=(4)/(3)x100', '(8)=(7)/(6)x100'; JUMLAH row; beside it Triwulan | Rekomendasi | Dataset Bermetadata with a Jumlah",
  );
  const S = "Rekap PD 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KOMUNIKASI, INFORMATIKA, STATISTIK DAN PERSANDIAN KABUPATEN TANJUNG LORE",
    "BIDANG STATISTIK",
  ]);
  s.lines([
    "REKAPITULASI REKOMENDASI KEGIATAN STATISTIK SEKTORAL DAN METADATA PER PERANGKAT DAERAH",
    "TAHUN ANGGARAN 2024",
  ]);
  s.gap();
  const opds: Opd[] = [
    { id: "o1", nm: "Badan Perencanaan Pembangunan Daerah", aj: 4, rk: 4, ds: 62, md: 58 },
    { id: "o2", nm: "Dinas Kesehatan", aj: 3, rk: 2, ds: 88, md: 71 },
    { id: "o3", nm: "Dinas Pendidikan dan Kebudayaan", aj: 2, rk: 2, ds: 74, md: 52 },
    { id: "o4", nm: "Dinas Pertanian dan Ketahanan Pangan", aj: 3, rk: 1, ds: 56, md: 30 },
    { id: "o5", nm: "Dinas Sosial", aj: 1, rk: 1, ds: 41, md: 38 },
    { id: "o6", nm: "Dinas Kependudukan dan Pencatatan Sipil", aj: 1, rk: 1, ds: 35, md: 35 },
    { id: "o7", nm: "Dinas Perikanan", aj: 2, rk: 1, ds: 47, md: 19 },
    { id: "o8", nm: "Dinas Komunikasi, Informatika, Statistik dan Persandian", aj: 2, rk: 1, ds: 29, md: 27 },
  ];
  const top = s.r;
  const RK = "Rekomendasi Kegiatan Statistik";
  const MD = "Metadata Statistik";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Perangkat Daerah"], role: "indikator", num: "(2)", width: 40 },
      { key: "aj", head: [RK, "Diajukan"], role: "target", year: 2024, num: "(3)", fmt: INT, width: 10 },
      {
        key: "rk",
        head: [RK, "Diterbitkan"],
        role: "realisasi",
        year: 2024,
        num: "(4)",
        fmt: INT,
        width: 11,
      },
      {
        key: "prk",
        head: [RK, "%"],
        role: "capaian",
        year: 2024,
        num: "(5)=(4)/(3)x100",
        fmt: DEC,
        width: 10,
      },
      { key: "ds", head: [MD, "Dataset"], role: "target", year: 2024, num: "(6)", fmt: INT, width: 10 },
      {
        key: "md",
        head: [MD, "Bermetadata"],
        role: "realisasi",
        year: 2024,
        num: "(7)",
        fmt: INT,
        width: 12,
      },
      {
        key: "pmd",
        head: [MD, "%"],
        role: "capaian",
        year: 2024,
        num: "(8)=(7)/(6)x100",
        fmt: DEC,
        width: 10,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...opds.map((o, i): Row => ({
        id: o.id,
        cells: (c) => ({
          no: i + 1,
          nm: o.nm,
          aj: o.aj,
          rk: o.rk,
          prk: fx(`ROUND(${c.a("rk")}/${c.a("aj")}*100,2)`),
          ds: o.ds,
          md: o.md,
          // planted: Dinas Perikanan divides by the next row's dataset count
          pmd: fx(
            o.id === "o7"
              ? `ROUND(${c.a("md")}/${c.a("ds", "o8")}*100,2)`
              : `ROUND(${c.a("md")}/${c.a("ds")}*100,2)`,
          ),
        }),
      })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          aj: fx(`SUM(${c.a("aj", "o1")}:${c.a("aj", "o8")})`),
          // planted: a stale cached total (the sheet was not recalculated after two rows were corrected)
          rk: fx(`SUM(${c.a("rk", "o1")}:${c.a("rk", "o8")})`, 15),
          prk: fx(`ROUND(${c.a("rk")}/${c.a("aj")}*100,2)`),
          ds: fx(`SUM(${c.a("ds", "o1")}:${c.a("ds", "o8")})`),
          md: fx(`SUM(${c.a("md", "o1")}:${c.a("md", "o8")})`),
          pmd: fx(`ROUND(${c.a("md")}/${c.a("ds")}*100,2)`),
        }),
      },
    ],
  });
  const q: Array<[string, number, number]> = [
    ["I", 2, 48],
    ["II", 3, 77],
    ["III", 4, 96],
    ["IV", 4, 109],
  ];
  const side = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], width: 10 },
        { key: "rk", head: ["Rekomendasi Diterbitkan"], role: "realisasi", year: 2024, fmt: INT, width: 13 },
        { key: "md", head: ["Dataset Bermetadata"], role: "realisasi", year: 2024, fmt: INT, width: 13 },
      ],
      headerRows: 1,
      rows: [
        ...q.map(([tw, rk, md], i): Row => ({ id: `q${i + 1}`, cells: { tw, rk, md } })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            rk: fx(`SUM(${c.a("rk", "q1")}:${c.a("rk", "q4")})`),
            md: fx(`SUM(${c.a("md", "q1")}:${c.a("md", "q4")})`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: (5) dan (8) baris JUMLAH dihitung dari jumlah, bukan rata-rata persentase perangkat daerah.",
    "Sumber: Aplikasi Romantik BPS dan portal Satu Data Tanjung Lore, diolah.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Tanjung Lore, 10 Januari 2025",
    jabatan: ["Kepala Bidang Statistik,"],
    nama: "SITTI NURHALIZA LAPASERE, S.ST., M.Si.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19870611 201001 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rk", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH rekomendasi diterbitkan is SUM with a stale cached 15; the eight perangkat daerah give 13 (and the triwulan recap 13)",
    truth: opds.map((o) => a("rk", o.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("pmd", "o7") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% metadata of Dinas Perikanan divides its 19 by the next row's 29 datasets (65.52); 19 / 47 gives 40.43",
    truth: `ROUND(${a("md", "o7")}/${a("ds", "o7")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pmd", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("md", "j")}/${a("ds", "j")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pmd", "o1")}:${a("pmd", "o8")}),2)`,
  });
  for (const k of ["aj", "ds", "md"])
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: opds.map((o) => a(k, o.id)).join("+"),
    });
  for (const id of ["o1", "o4", "o6"])
    b.ok({
      sheet: S,
      cell: a("pmd", id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: `ROUND(${a("md", id)}/${a("ds", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("prk", "o8"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("rk", "o8")}/${a("aj", "o8")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: side.a("md", "j"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: a("md", "j"),
  });
  return b.finish();
}
