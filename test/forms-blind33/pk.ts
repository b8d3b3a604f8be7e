// The Perjanjian Kinerja 2025 of a Sekretaris Daerah in a new kabupaten of Papua Tengah: qualitative
// targets ('WTP', 'Tersusun', 'Terlaksana') among numeric ones, a program table with a Jumlah under it,
// and on a second sheet the Renstra Setda's targets 2025-2029 the PK must repeat for 2025. Every
// office, person and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col } from "../forms/kit";

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  awal: string | number;
  t: Array<string | number>;
};

/** PK 2025 Sekretaris Daerah Kabupaten Teluk Wapoga (Papua Tengah) and the Renstra Setda beside it. */
export function pkSekda(): BookW {
  const b = new BookW(
    "pk-sekda-kualitatif-setda-telukwapoga.xlsx",
    "PK (Sekretaris Daerah) beside the Renstra",
    "sheet 'PK Sekda 2025': No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Target Tahun 2025' with WTP / Tersusun / Terlaksana and numbers, then No | Program | Anggaran (Rp) | Keterangan with Jumlah; sheet 'Renstra Setda': Indikator | Satuan | Kondisi Awal | 'Target Renstra' > 2025 .. 2029",
  );
  const SAS1 = "Meningkatnya akuntabilitas kinerja dan keuangan Pemerintah Daerah";
  const SAS2 = "Meningkatnya kualitas tata kelola dan kelembagaan Pemerintah Daerah";
  const IND: Ind[] = [
    {
      id: "opini",
      sas: SAS1,
      ind: "Opini BPK atas LKPD",
      sat: "opini",
      awal: "WDP",
      t: ["WTP", "WTP", "WTP", "WTP", "WTP"],
    },
    {
      id: "sakip",
      sas: SAS1,
      ind: "Nilai SAKIP Pemerintah Kabupaten",
      sat: "nilai",
      awal: 54.12,
      t: [58.5, 61.5, 64.5, 67.0, 70.0],
    },
    {
      id: "tl",
      sas: SAS1,
      ind: "Persentase rekomendasi hasil pemeriksaan BPK yang ditindaklanjuti",
      sat: "%",
      awal: 62.4,
      t: [75, 80, 85, 90, 95],
    },
    {
      id: "berulang",
      sas: SAS1,
      ind: "Jumlah temuan berulang hasil pemeriksaan",
      sat: "temuan",
      awal: 9,
      t: [7, 6, 5, 4, 3],
    },
    {
      id: "rb",
      sas: SAS2,
      ind: "Indeks Reformasi Birokrasi",
      sat: "indeks",
      awal: "belum dinilai",
      t: [52.2, 55.8, 59.4, 63.0, 66.5],
    },
    {
      id: "rpjmd",
      sas: SAS2,
      ind: "Dokumen RPJMD 2025-2029",
      sat: "dokumen",
      awal: "-",
      t: ["Tersusun", "Dievaluasi", "Dievaluasi", "Dievaluasi", "Dievaluasi"],
    },
    {
      id: "evkel",
      sas: SAS2,
      ind: "Evaluasi kelembagaan Perangkat Daerah",
      sat: "kegiatan",
      awal: "-",
      t: ["Terlaksana", "Terlaksana", "Terlaksana", "Terlaksana", "Terlaksana"],
    },
  ];
  // ------------------------------------------------------------------ the Renstra on its own sheet
  const R = "Renstra Setda";
  const r = b.sheet(R);
  r.lines([
    "TARGET INDIKATOR KINERJA SEKRETARIAT DAERAH KABUPATEN TELUK WAPOGA",
    "RENSTRA PERANGKAT DAERAH 2025-2029",
  ]);
  r.gap();
  const YEARS = [2025, 2026, 2027, 2028, 2029];
  const tr = r.table({
    cols: [
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, width: 12 },
      ...YEARS.map((y, i): Col => ({
        key: `t${i}`,
        head: ["Target Renstra", String(y)],
        role: "target",
        year: y,
        width: 11,
      })),
    ],
    headerRows: 2,
    rows: IND.map((x) => ({
      id: x.id,
      cells: { ind: x.ind, sat: x.sat, awal: x.awal, ...Object.fromEntries(x.t.map((v, i) => [`t${i}`, v])) },
    })),
  });
  // ------------------------------------------------------------------------------ the PK sheet
  const S = "PK Sekda 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TELUK WAPOGA", "SEKRETARIAT DAERAH"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: SEKRETARIS DAERAH KABUPATEN TELUK WAPOGA, berjanji mewujudkan target kinerja berikut.",
  ]);
  s.gap();
  const tp = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
      { key: "t", head: ["Target Tahun 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: IND.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        // planted: the SAKIP target is the Renstra's 2026 value
        t: x.id === "sakip" ? x.t[1] : x.t[0],
      },
    })),
  });
  s.gap();
  const PROG: Array<[string, number]> = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 38_642_715_000],
    ["Program Pemerintahan dan Kesejahteraan Rakyat", 6_215_480_000],
    ["Program Perekonomian dan Pembangunan", 4_387_250_000],
    ["Program Dukungan Pelaksanaan Tugas dan Fungsi DPRD", 2_954_300_000],
  ];
  const ta = s.table({
    cols: [
      { key: "no", head: ["No."], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 34 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 10 },
    ],
    headerRows: 1,
    rows: [
      ...PROG.map(([p, v], i) => ({ id: `g${i}`, cells: { no: i + 1, prog: p, rp: v, ket: "APBD 2025" } })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"] as [string, string],
        // planted: the Jumlah stops before the fourth program
        cells: (c: { a: (k: string, id?: string) => string }): Record<string, Cell> => ({
          no: "Jumlah",
          rp: fx(`SUM(${c.a("rp", "g0")}:${c.a("rp", "g2")})`),
        }),
      },
    ],
  });
  s.gap();
  signature(s, 4, {
    tempat: "Wapoga, 6 Januari 2025",
    jabatan: ["SEKRETARIS DAERAH", "KABUPATEN TELUK WAPOGA,"],
    nama: "Drs. NATALIS MAIRIMAU WANDIK, M.Si",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19730822 199803 1 007",
  });
  const a = (k: string, id: string) => tp.a(k, id);
  const ren = (id: string, i: number) => `'${R}'!${tr.a(`t${i}`, id)}`;
  b.plant({
    at: { sheet: S, cell: a("t", "sakip") },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the Nilai SAKIP is 61.50, the Renstra's 2026 target; the Renstra gives 58.50 for 2025",
    truth: ren("sakip", 0),
  });
  b.plant({
    at: { sheet: S, cell: ta.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran =SUM over the first three programs (49,245,445,000); with the DPRD support program's 2,954,300,000 the four give 52,199,745,000",
    truth: `SUM(${ta.a("rp", "g0")}:${ta.a("rp", "g3")})`,
  });
  for (const x of IND.filter((y) => y.id !== "sakip"))
    b.ok({
      sheet: S,
      cell: a("t", x.id),
      rules: ["cross-table-mismatch"],
      truth: ren(x.id, 0),
      trap:
        x.id === "rb" || x.id === "tl" || x.id === "berulang" || x.id === "rpjmd" ? ren(x.id, 1) : undefined,
    });
  // lower is better: the Renstra's targets of repeated findings fall year by year
  for (const i of [1, 2, 3, 4])
    b.ok({
      sheet: R,
      cell: tr.a(`t${i}`, "berulang"),
      rules: ["target-trend"],
      truth: `${tr.a(`t${i - 1}`, "berulang")}-1`,
    });
  b.ok({
    sheet: R,
    cell: tr.a("awal", "rb"),
    rules: ["missing-value", "text-number"],
    truth: '"belum dinilai"',
  });
  return b.finish();
}
