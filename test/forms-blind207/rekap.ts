// A sector recap of the Bidang Kearsipan of Kabupaten Teluk Tomini Raya (Sulawesi Tengah), 2024: arsip
// inaktif per perangkat daerah (diterima, dinilai berdasarkan JRA, dimusnahkan, % dinilai) and, beside
// it after one empty column, the akuisisi arsip statis per source and quarter. Every number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Cell, type Ctx, type Row } from "../forms/kit";

export function rekapArsipInaktif(): BookW {
  const b = new BookW(
    "rekap-arsip-inaktif-akuisisi-teluk-tomini-raya.xlsx",
    "Rekap arsip inaktif dan akuisisi arsip statis (Bidang Kearsipan)",
    "Two tables side by side: No | Perangkat Daerah | 'Arsip Inaktif (boks)' > Diterima di Record Center | Dinilai berdasarkan JRA | Dimusnahkan | % Dinilai, number row '(6) = (4) / (3) x 100', JUMLAH row; and No | Sumber Akuisisi | Triwulan I .. IV | Jumlah (berkas) with a Jumlah row",
  );
  const S = "Rekap Kearsipan 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERPUSTAKAAN DAN KEARSIPAN KABUPATEN TELUK TOMINI RAYA", "BIDANG KEARSIPAN"]);
  s.lines(["REKAPITULASI PENGELOLAAN ARSIP INAKTIF DAN AKUISISI ARSIP STATIS TAHUN 2024"]);
  s.gap();
  const top = s.r;
  const pds: Array<[string, string, number, number, number]> = [
    ["d1", "Sekretariat Daerah", 420, 336, 118],
    ["d2", "Badan Keuangan dan Aset Daerah", 385, 292, 96],
    ["d3", "Dinas Kesehatan", 240, 150, 42],
    ["d4", "Dinas Pendidikan dan Kebudayaan", 310, 248, 77],
    // planted: % typed the wrong way round (diterima / dinilai)
    ["d5", "Dinas Pekerjaan Umum dan Penataan Ruang", 120, 96, 25],
    ["d6", "Badan Kepegawaian dan Pengembangan SDM", 205, 184, 63],
  ];
  const G = "Arsip Inaktif (boks)";
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "pd", head: ["Perangkat Daerah"], role: "indikator", num: "(2)", width: 34 },
        {
          key: "ter",
          head: [G, "Diterima di Record Center"],
          role: "lainnya",
          num: "(3)",
          fmt: INT,
          width: 11,
        },
        {
          key: "nil",
          head: [G, "Dinilai berdasarkan JRA"],
          role: "realisasi",
          year: 2024,
          num: "(4)",
          fmt: INT,
          width: 11,
        },
        { key: "mus", head: [G, "Dimusnahkan"], role: "lainnya", num: "(5)", fmt: INT, width: 11 },
        {
          key: "pc",
          head: ["% Dinilai"],
          role: "capaian",
          num: "(6) = (4) / (3) x 100",
          fmt: DEC,
          width: 10,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...pds.map(([id, pd, ter, nil, mus], i): Row => ({
          id,
          cells: (c: Ctx) => ({
            no: i + 1,
            pd,
            ter,
            nil,
            mus,
            pc: id === "d5" ? 125 : fx(`ROUND(${c.a("nil")}/${c.a("ter")}*100,2)`),
          }),
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "pd"],
          cells: (c: Ctx) => ({
            no: "JUMLAH",
            ter: fx(`SUM(${c.a("ter", "d1")}:${c.a("ter", "d6")})`),
            nil: fx(`SUM(${c.a("nil", "d1")}:${c.a("nil", "d6")})`),
            // planted: the range stops one row short
            mus: fx(`SUM(${c.a("mus", "d1")}:${c.a("mus", "d5")})`),
            pc: fx(`ROUND(${c.a("nil")}/${c.a("ter")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const q = ["q1", "q2", "q3", "q4"];
  const src: Array<[string, string, number[]]> = [
    ["a1", "Perangkat daerah yang dibubarkan / digabung", [0, 145, 60, 38]],
    ["a2", "Tokoh masyarakat dan mantan pejabat", [12, 25, 18, 41]],
    ["a3", "Organisasi kemasyarakatan dan adat", [5, 0, 22, 16]],
    ["a4", "BUMD dan perusahaan daerah", [0, 30, 0, 54]],
  ];
  const t2 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "src", head: ["Sumber Akuisisi Arsip Statis"], role: "indikator", width: 30 },
        ...q.map((k, i) => ({
          key: k,
          head: ["Realisasi Akuisisi 2024 (berkas)", `Triwulan ${["I", "II", "III", "IV"][i]}`],
          role: "realisasi" as const,
          year: 2024,
          fmt: INT,
          width: 10,
        })),
        {
          key: "jml",
          head: ["Realisasi Akuisisi 2024 (berkas)", "Jumlah"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
          width: 10,
        },
      ],
      headerRows: 2,
      rows: [
        ...src.map(([id, nm, v], i): Row => ({
          id,
          cells: (c: Ctx) => {
            const out: Record<string, Cell> = { no: i + 1, src: nm, jml: fx(q.map((k) => c.a(k)).join("+")) };
            q.forEach((k, j) => (out[k] = v[j]));
            return out;
          },
        })),
        {
          id: "j",
          bold: true,
          span: ["no", "src"],
          cells: (c: Ctx) =>
            Object.fromEntries([
              ["no", "Jumlah"],
              ...[...q, "jml"].map((k) => [k, fx(`SUM(${c.a(k, "a1")}:${c.a(k, "a4")})`)]),
            ]),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: arsip inaktif yang dinilai meliputi arsip usul musnah dan arsip usul serah (statis) sesuai JRA.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Ampana Baru, 15 Januari 2025",
    jabatan: ["Kepala Bidang Kearsipan,"],
    nama: "NURHAYATI DG. MASIKKI, S.IP.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830611 200604 2 013",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "d5") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% Dinilai of the Dinas PUPR is a typed 125.00 (120 / 96, diterima over dinilai); (4) / (3) = 96 / 120 gives 80.00",
    truth: `ROUND(${a("nil", "d5")}/${a("ter", "d5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("mus", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Dimusnahkan is =SUM over rows 1-5 only (358); with the BKPSDM's 63 boks the six perangkat daerah give 421",
    truth: pds.map(([id]) => a("mus", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("pc", "j"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("nil", "j")}/${a("ter", "j")}*100,2)`,
    // the total's % is the ratio of the totals, not the mean of the six percentages
    trap: `ROUND((${pds.map(([id]) => `${a("nil", id)}/${a("ter", id)}`).join("+")})/6*100,2)`,
  });
  for (const k of ["ter", "nil"])
    b.ok({
      sheet: S,
      cell: a(k, "j"),
      rules: ["sum-mismatch"],
      truth: pds.map(([id]) => a(k, id)).join("+"),
    });
  for (const [id] of pds)
    if (id !== "d5")
      b.ok({
        sheet: S,
        cell: a("pc", id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${a("nil", id)}/${a("ter", id)}*100,2)`,
      });
  for (const [id] of src)
    b.ok({
      sheet: S,
      cell: t2.a("jml", id),
      rules: ["sum-mismatch"],
      truth: q.map((k) => t2.a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: t2.a("jml", "j"),
    rules: ["sum-mismatch"],
    truth: src.map(([id]) => t2.a("jml", id)).join("+"),
  });
  return b.finish();
}
