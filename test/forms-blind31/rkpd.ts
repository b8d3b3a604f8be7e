// The RKPD 2026 'Program Prioritas' table of Kabupaten Rinjani Utara (NTB): prioritas daerah over
// their programs, a program shared by two Perangkat Daerah split into rows per OPD, target and pagu
// indikatif 2026 and prakiraan maju 2027; and on a second sheet the recap of the pagu per Perangkat
// Daerah, linked to the first. Every name and number is invented.
import { BookW, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type PrIn = {
  id: string;
  kode?: string;
  nama: string;
  ind?: string;
  t26?: string | number;
  t27?: string | number;
  p26?: number;
  p27?: number;
  opd?: string;
  /** OPD rows under this program (their pagu add up to the program's) */
  parts?: string[];
};

/** RKPD 2026 Program Prioritas with pagu indikatif per OPD, Kabupaten Rinjani Utara. */
export function rkpdPrioritasRinjani(): BookW {
  const b = new BookW(
    "rkpd-program-prioritas-rinjani-utara.xlsx",
    "RKPD 2026 Program Prioritas with pagu indikatif and prakiraan maju (Bappeda)",
    "sheet 'Prioritas RKPD 2026': No | Kode | Prioritas Daerah / Program / Perangkat Daerah | Indikator Kinerja Program | 'Rencana Tahun 2026' > Target | Pagu Indikatif (Rp) | 'Prakiraan Maju 2027' > Target | Pagu Indikatif (Rp) | PD Penanggung Jawab; prioritas rows =SUM of their programs, a shared program =SUM of its OPD rows, TOTAL of the prioritas; sheet 'Rekap per PD': No | Perangkat Daerah | Pagu Indikatif 2026 (Rp) | Prakiraan Maju 2027 (Rp), formulas pointing at the first sheet (one typed)",
  );
  const S = "Prioritas RKPD 2026";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN RINJANI UTARA", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines([
    "Tabel 5.2",
    "Program Prioritas Daerah, Pagu Indikatif dan Prakiraan Maju",
    "RKPD Kabupaten Rinjani Utara Tahun 2026",
  ]);
  s.gap();
  const DKES = "Dinas Kesehatan";
  const RSUD = "RSUD Tanjung Rinjani";
  const PUPR = "Dinas Pekerjaan Umum dan Penataan Ruang";
  const DSOS = "Dinas Sosial";
  const DPAR = "Dinas Pariwisata";
  const DTPH = "Dinas Pertanian dan Perkebunan";
  const P1: PrIn[] = [
    {
      id: "kes",
      kode: "1.02.02",
      nama: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      ind: "Prevalensi balita stunting (%)",
      t26: 14.2,
      t27: 12.9,
      parts: ["kes-d", "kes-r"],
    },
    { id: "kes-d", nama: `- ${DKES}`, p26: 38_642_500_000, p27: 40_575_000_000, opd: DKES },
    { id: "kes-r", nama: `- ${RSUD}`, p26: 21_318_750_000, p27: 22_385_000_000, opd: RSUD },
    {
      id: "sos",
      kode: "1.06.04",
      nama: "Program Rehabilitasi Sosial",
      ind: "Persentase PPKS yang tertangani (%)",
      t26: 78,
      t27: 82,
      p26: 4_286_400_000,
      p27: 4_500_000_000,
      opd: DSOS,
    },
    {
      id: "air",
      kode: "1.03.03",
      nama: "Program Pengelolaan dan Pengembangan Sistem Penyediaan Air Minum",
      ind: "Persentase rumah tangga akses air minum layak (%)",
      t26: 88.5,
      t27: 91,
      p26: 12_475_000_000,
      p27: 13_100_000_000,
      opd: PUPR,
    },
  ];
  const P2: PrIn[] = [
    {
      id: "jln",
      kode: "1.03.10",
      nama: "Program Penyelenggaraan Jalan",
      ind: "Persentase jalan kabupaten dalam kondisi mantap (%)",
      t26: 71.5,
      t27: 74,
      p26: 46_820_000_000,
      p27: 49_160_000_000,
      opd: PUPR,
    },
    {
      id: "par",
      kode: "3.26.02",
      nama: "Program Peningkatan Daya Tarik Destinasi Pariwisata",
      ind: "Jumlah kunjungan wisatawan (orang)",
      t26: 1_250_000,
      t27: 1_340_000,
      p26: 6_935_000_000,
      p27: 7_280_000_000,
      opd: DPAR,
    },
    {
      id: "tan",
      kode: "3.27.03",
      nama: "Program Penyediaan dan Pengembangan Prasarana Pertanian",
      ind: "Luas lahan sawah beririgasi teknis (ha)",
      t26: 18_450,
      t27: 18_900,
      p26: 9_764_300_000,
      p27: 10_250_000_000,
      opd: DTPH,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", width: 10 },
    { key: "nama", head: ["Prioritas Daerah / Program / Perangkat Daerah"], role: "indikator", width: 46 },
    { key: "ind", head: ["Indikator Kinerja Program"], width: 36 },
    {
      key: "t26",
      head: ["Rencana Tahun 2026", "Target"],
      role: "target",
      year: 2026,
      fmt: "#,##0.##",
      width: 11,
    },
    {
      key: "p26",
      head: ["Rencana Tahun 2026", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2026,
      fmt: RP,
      width: 17,
    },
    {
      key: "t27",
      head: ["Prakiraan Maju 2027", "Target"],
      role: "target",
      year: 2027,
      fmt: "#,##0.##",
      width: 11,
    },
    {
      key: "p27",
      head: ["Prakiraan Maju 2027", "Pagu Indikatif (Rp)"],
      role: "anggaran",
      year: 2027,
      fmt: RP,
      width: 17,
    },
    { key: "opd", head: ["PD Penanggung Jawab"], role: "penanggung-jawab", width: 28 },
  ];
  const progRows = (xs: PrIn[], no: string): Row[] => {
    let n = 0;
    return xs.map((x): Row => ({
      id: x.id,
      cells: (c) => {
        const cells: Record<string, Cell> = { nama: x.nama, ind: x.ind, t26: x.t26, t27: x.t27, opd: x.opd };
        if (x.kode) {
          n++;
          cells.no = `${no}.${n}`;
          cells.kode = x.kode;
        }
        for (const k of ["p26", "p27"] as const) {
          if (x.parts) cells[k] = fx(x.parts.map((p) => c.a(k, p)).join("+"));
          else cells[k] = x[k];
        }
        if (x.parts) cells.opd = x.parts.map((p) => (p === "kes-d" ? DKES : RSUD)).join(", ");
        return cells;
      },
    }));
  };
  const progIds = (xs: PrIn[]) => xs.filter((x) => x.kode).map((x) => x.id);
  const prio = (id: string, no: string, nama: string, ids: string[]): Row => ({
    id,
    bold: true,
    cells: (c) => ({
      no,
      nama,
      p26: fx(ids.map((p) => c.a("p26", p)).join("+")),
      p27: fx(ids.map((p) => c.a("p27", p)).join("+")),
    }),
  });
  // planted: Prioritas II's 2026 pagu adds the jalan and pariwisata programs only (the pertanian
  // program, added last, is missed); 2027 adds all three
  const p2ids = progIds(P2);
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      {
        id: "pr1",
        bold: true,
        cells: (c) => ({
          no: "I",
          nama: "PRIORITAS I: Penurunan kemiskinan ekstrem dan stunting",
          p26: fx(
            progIds(P1)
              .map((p) => c.a("p26", p))
              .join("+"),
          ),
          p27: fx(
            progIds(P1)
              .map((p) => c.a("p27", p))
              .join("+"),
          ),
        }),
      },
      ...progRows(P1, "I"),
      {
        id: "pr2",
        bold: true,
        cells: (c) => ({
          no: "II",
          nama: "PRIORITAS II: Infrastruktur konektivitas dan ekonomi berbasis pariwisata dan pertanian",
          p26: fx(
            p2ids
              .slice(0, 2)
              .map((p) => c.a("p26", p))
              .join("+"),
          ),
          p27: fx(p2ids.map((p) => c.a("p27", p)).join("+")),
        }),
      },
      ...progRows(P2, "II"),
      { ...prio("tot", "", "TOTAL PAGU PROGRAM PRIORITAS", ["pr1", "pr2"]), span: undefined },
    ],
  });
  s.gap();
  s.lines(["Sumber: Rancangan Akhir RKPD Tahun 2026, hasil Musrenbang Kabupaten 18 Maret 2025."]);
  s.gap();
  signature(s, 7, {
    tempat: "Tanjung Rinjani, 2 Mei 2025",
    jabatan: ["KEPALA BAPPEDA", "KABUPATEN RINJANI UTARA,"],
    nama: "H. BAIQ NURUL HIDAYATI, S.E., M.Ak.",
    pangkat: "Pembina Tingkat I",
    nip: "19780522 200501 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);

  // ------------------------------------------------------------------ recap per Perangkat Daerah
  const S2 = "Rekap per PD";
  const s2 = b.sheet(S2);
  s2.lines(
    [
      "REKAPITULASI PAGU INDIKATIF PROGRAM PRIORITAS PER PERANGKAT DAERAH",
      "RKPD KABUPATEN RINJANI UTARA TAHUN 2026",
    ],
    1,
    { bold: true },
  );
  s2.gap();
  const ref = (k: string, ids: string[]) => ids.map((id) => `'${S}'!${a(k, id)}`).join("+");
  type RkIn = { id: string; opd: string; ids: string[]; typed26?: number };
  const rk: RkIn[] = [
    { id: "r1", opd: DKES, ids: ["kes-d"] },
    { id: "r2", opd: RSUD, ids: ["kes-r"] },
    { id: "r3", opd: PUPR, ids: ["air", "jln"], typed26: 59_925_000_000 },
    { id: "r4", opd: DSOS, ids: ["sos"] },
    { id: "r5", opd: DPAR, ids: ["par"] },
    { id: "r6", opd: DTPH, ids: ["tan"] },
  ];
  const cols2: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], role: "penanggung-jawab", width: 38 },
    { key: "p26", head: ["Pagu Indikatif 2026 (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 18 },
    { key: "p27", head: ["Prakiraan Maju 2027 (Rp)"], role: "anggaran", year: 2027, fmt: RP, width: 18 },
  ];
  const t2 = s2.table({
    cols: cols2,
    headerRows: 1,
    rows: [
      ...rk.map((x, k): Row => ({
        id: x.id,
        cells: {
          no: k + 1,
          opd: x.opd,
          p26: x.typed26 ?? fx(ref("p26", x.ids)),
          p27: fx(ref("p27", x.ids)),
        },
      })),
      {
        id: "jml",
        bold: true,
        cells: (c) => ({
          opd: "JUMLAH",
          p26: fx(`SUM(${c.c("p26")}${c.row("r1")}:${c.c("p26")}${c.row("r6")})`),
          p27: fx(`SUM(${c.c("p27")}${c.row("r1")}:${c.c("p27")}${c.row("r6")})`),
        }),
      },
    ],
  });
  const a2 = (k: string, id: string) => t2.a(k, id);

  b.plant({
    at: { sheet: S, cell: a("p26", "pr2") },
    rules: ["sum-mismatch"],
    note: "pagu 2026 of Prioritas II is =jalan+pariwisata = 53,755,000,000; the pertanian program (9,764,300,000) is left out, its three programs give 63,519,300,000 (the 2027 column adds all three)",
    truth: p2ids.map((p) => a("p26", p)).join("+"),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S2, cell: a2("p26", "r3") },
        { sheet: S, cell: a("p26", "air") },
        { sheet: S, cell: a("p26", "jln") },
      ],
    },
    rules: ["cross-table-mismatch", "hardcoded-value"],
    note: "the recap's 2026 pagu of the Dinas PUPR is a typed 59,925,000,000 among links; its two programs on the first sheet give 12,475,000,000 + 46,820,000,000 = 59,295,000,000 (digits swapped)",
    truth: ref("p26", ["air", "jln"]),
  });
  // clean: a program of two OPD adds its OPD rows; Prioritas I adds its programs only (not the
  // OPD rows as well); the total adds the prioritas
  for (const k of ["p26", "p27"]) {
    b.ok({
      sheet: S,
      cell: a(k, "kes"),
      rules: ["sum-mismatch"],
      truth: `${a(k, "kes-d")}+${a(k, "kes-r")}`,
    });
    b.ok({
      sheet: S,
      cell: a(k, "pr1"),
      rules: ["sum-mismatch"],
      truth: progIds(P1)
        .map((p) => a(k, p))
        .join("+"),
      trap: `SUM(${a(k, "kes")}:${a(k, "air")})`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("p27", "pr2"),
    rules: ["sum-mismatch"],
    truth: p2ids.map((p) => a("p27", p)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("p27", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("p27", "pr1")}+${a("p27", "pr2")}`,
  });
  for (const x of rk) {
    if (x.id !== "r3")
      b.ok({ sheet: S2, cell: a2("p26", x.id), rules: ["cross-table-mismatch"], truth: ref("p26", x.ids) });
    b.ok({
      sheet: S2,
      cell: a2("p27", x.id),
      rules: ["cross-table-mismatch", "sum-mismatch"],
      truth: ref("p27", x.ids),
    });
  }
  b.ok({
    sheet: S2,
    cell: a2("p27", "jml"),
    rules: ["sum-mismatch", "cross-table-mismatch"],
    truth: `'${S}'!${a("p27", "tot")}`,
  });
  return b.finish();
}
