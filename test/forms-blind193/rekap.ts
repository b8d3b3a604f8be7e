// Recaps of a BRIDA: the indeks inovasi daerah inputs per perangkat daerah of a Sulawesi Tengah
// kabupaten (inovasi by tahapan, share in penerapan), and the serapan of the kelitbangan sub
// kegiatan of a Nusa Tenggara Timur kabupaten's BRIDA by quarter. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Row } from "../forms/kit";

// ======================================= BRIDA Kabupaten Morowali Hulu, rekap inovasi per perangkat daerah

export function rekapInovasi(): BookW {
  const b = new BookW(
    "rekap-inovasi-per-pd-brida-morowali-hulu.xlsx",
    "rekap inovasi daerah per perangkat daerah (BRIDA)",
    "Rekap inovasi daerah 2024 per perangkat daerah: No | Perangkat Daerah | 'Jumlah Inovasi menurut Tahapan' > Inisiatif | Uji Coba | Penerapan | Jumlah | Penerapan thd Jumlah (%) | Skor Kematangan Rata-rata; number row '(6) = (3)+(4)+(5)', '(7) = (5)/(6) x 100'; JUMLAH row with the ratio of the totals",
  );
  const S = "Rekap Inovasi PD";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MOROWALI HULU", "BADAN RISET DAN INOVASI DAERAH"]);
  s.lines([
    "REKAPITULASI INOVASI DAERAH MENURUT PERANGKAT DAERAH",
    "Bahan Pengukuran Indeks Inovasi Daerah Tahun 2024",
  ]);
  s.gap();
  const pds: Array<[string, string, number, number, number, number]> = [
    ["d1", "Dinas Kesehatan", 4, 6, 11, 68.4],
    ["d2", "Dinas Pendidikan dan Kebudayaan", 3, 5, 8, 61.25],
    ["d3", "Dinas Penanaman Modal dan PTSP", 2, 2, 7, 72.9],
    ["d4", "Dinas Kependudukan dan Pencatatan Sipil", 1, 3, 6, 70.15],
    ["d5", "Badan Pengelolaan Keuangan dan Aset Daerah", 2, 4, 5, 58.6],
    ["d6", "RSUD Kolonodale Hulu", 5, 3, 9, 64.8],
  ];
  const G = "Jumlah Inovasi menurut Tahapan";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "pd", head: ["Perangkat Daerah"], num: "(2)", width: 40 },
      { key: "a", head: [G, "Inisiatif"], role: "realisasi", year: 2024, num: "(3)", fmt: INT, width: 10 },
      { key: "u", head: [G, "Uji Coba"], role: "realisasi", year: 2024, num: "(4)", fmt: INT, width: 10 },
      { key: "p", head: [G, "Penerapan"], role: "realisasi", year: 2024, num: "(5)", fmt: INT, width: 10 },
      {
        key: "j",
        head: ["Jumlah"],
        role: "realisasi",
        year: 2024,
        num: "(6) = (3)+(4)+(5)",
        fmt: INT,
        width: 10,
      },
      {
        key: "pc",
        head: ["Penerapan thd Jumlah (%)"],
        role: "capaian",
        year: 2024,
        num: "(7) = (5)/(6) x 100",
        fmt: DEC,
        width: 12,
      },
      {
        key: "sk",
        head: ["Skor Kematangan Rata-rata"],
        role: "realisasi",
        year: 2024,
        num: "(8)",
        fmt: DEC,
        width: 12,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...pds.map(([id, pd, a, u, p, sk], i): Row => ({
        id,
        cells: (c) => ({
          no: i + 1,
          pd,
          a,
          u,
          p,
          // planted: d3's Jumlah is a typed 13 (2 + 2 + 7 = 11)
          j: id === "d3" ? 13 : fx(`${c.a("a")}+${c.a("u")}+${c.a("p")}`),
          // planted: d5 divides the penerapan by the uji coba (5 / 4)
          pc: fx(`ROUND(${c.a("p")}/${c.a(id === "d5" ? "u" : "j")}*100,2)`),
          sk,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "pd"],
        cells: (c) => ({
          no: "JUMLAH",
          a: fx(`SUM(${c.a("a", "d1")}:${c.a("a", "d6")})`),
          u: fx(`SUM(${c.a("u", "d1")}:${c.a("u", "d6")})`),
          p: fx(`SUM(${c.a("p", "d1")}:${c.a("p", "d6")})`),
          j: fx(`SUM(${c.a("j", "d1")}:${c.a("j", "d6")})`),
          pc: fx(`ROUND(${c.a("p")}/(${c.a("a")}+${c.a("u")}+${c.a("p")})*100,2)`),
          sk: fx(`ROUND(AVERAGE(${c.a("sk", "d1")}:${c.a("sk", "d6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Sistem Informasi Indeks Inovasi Daerah, diolah BRIDA (data per 30 September 2024)."]);
  s.gap();
  signature(s, 6, {
    tempat: "Kolonodale Hulu, 7 Oktober 2024",
    jabatan: ["Kepala Bidang Inovasi dan Teknologi,"],
    nama: "ANDI FARIDA LAMAKARATE, S.T., M.Si.",
    nip: "19830402 200902 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const parts = (id: string) => `${a("a", id)}+${a("u", id)}+${a("p", id)}`;
  b.plant({
    at: { sheet: S, cell: a("j", "d3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of the DPMPTSP is a typed 13 among (3)+(4)+(5) formulas; 2 + 2 + 7 give 11",
    truth: parts("d3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pc", "d5") },
    rules: ["percent-out-of-range", "capaian-mismatch", "inconsistent-formula"],
    note: "Penerapan (%) of the BPKAD divides (5) by the uji coba (4): 5 / 4 = 125.00 %; (5) / (6) gives 5 / 11 = 45.45",
    truth: `ROUND(${a("p", "d5")}/${a("j", "d5")}*100,2)`,
  });
  for (const id of ["d1", "d2", "d4", "d6"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: parts(id) });
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("p", id)}/${a("j", id)}*100,2)`,
    });
  }
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("p", "tot")}/(${parts("tot")})*100,2)`,
    // the share of the totals, not the PD percentages added up
    trap: `SUM(${a("pc", "d1")}:${a("pc", "d6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["sum-mismatch"],
    truth: pds.map(([id]) => a("p", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("sk", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(AVERAGE(${a("sk", "d1")}:${a("sk", "d6")}),2)`,
    // a rata-rata row: the mean of the scores, not their sum
    trap: `SUM(${a("sk", "d1")}:${a("sk", "d6")})`,
  });
  return b.finish();
}

// ================================== BRIDA Kabupaten Manggarai Pesisir, serapan sub kegiatan kelitbangan 2024

type Sub = { id: string; kode: string; nm: string; pagu: number; q: number[] };

export function serapanBrida(): BookW {
  const b = new BookW(
    "serapan-kelitbangan-brida-manggarai-pesisir.xlsx",
    "realisasi anggaran per sub kegiatan (BRIDA)",
    "Realisasi anggaran 2024 of a BRIDA in Nusa Tenggara Timur: No | Kode | Kegiatan / Sub Kegiatan | Pagu APBD-P (Rp) | 'Realisasi (Rp)' > TW I | TW II | TW III | TW IV | Jumlah | Serapan (%) | Sisa (Rp); kegiatan rows add their sub kegiatan; TOTAL = the two kegiatan",
  );
  const S = "Serapan 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN MANGGARAI PESISIR", "BADAN RISET DAN INOVASI DAERAH"]);
  s.lines(["LAPORAN REALISASI ANGGARAN PER SUB KEGIATAN", "Tahun Anggaran 2024 s.d. 31 Desember 2024"]);
  s.gap();
  const subs: Record<string, Sub[]> = {
    k1: [
      {
        id: "s1",
        kode: "5.05.02.2.01.0001",
        nm: "Penelitian dan Kajian Kebijakan Pembangunan Daerah",
        pagu: 486_250_000,
        q: [48_600_000, 112_350_000, 138_900_000, 171_475_000],
      },
      {
        id: "s2",
        kode: "5.05.02.2.01.0002",
        nm: "Penelitian Sosial Budaya dan Kemasyarakatan",
        pagu: 312_800_000,
        q: [21_750_000, 74_200_000, 96_300_000, 108_125_000],
      },
    ],
    k2: [
      {
        id: "s3",
        kode: "5.05.02.2.02.0001",
        nm: "Fasilitasi Kompetisi Inovasi Daerah",
        pagu: 245_000_000,
        q: [0, 38_500_000, 92_750_000, 101_200_000],
      },
      // planted: TW IV typed 187,650,000 (the SP2D says 87,650,000), so the Jumlah is above the pagu
      {
        id: "s4",
        kode: "5.05.02.2.02.0002",
        nm: "Pengelolaan Basis Data Inovasi Daerah",
        pagu: 198_500_000,
        q: [15_300_000, 42_800_000, 47_150_000, 187_650_000],
      },
    ],
  };
  const kg: Array<[string, string, string]> = [
    ["k1", "5.05.02.2.01", "Penelitian dan Pengembangan Urusan Pemerintahan Daerah"],
    ["k2", "5.05.02.2.02", "Pengembangan Inovasi dan Teknologi Daerah"],
  ];
  const Q = ["TW I", "TW II", "TW III", "TW IV"];
  const money = ["pagu", "q1", "q2", "q3", "q4", "j", "sisa"];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 18 },
      { key: "nm", head: ["Kegiatan / Sub Kegiatan"], width: 40 },
      { key: "pagu", head: ["Pagu APBD-P (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 15 },
      ...Q.map((q, i) => ({
        key: `q${i + 1}`,
        head: ["Realisasi (Rp)", q],
        role: "realisasi-anggaran" as const,
        year: 2024,
        fmt: RP,
        width: 14,
      })),
      {
        key: "j",
        head: ["Realisasi (Rp)", "Jumlah"],
        role: "realisasi-anggaran",
        year: 2024,
        fmt: RP,
        width: 15,
      },
      { key: "sr", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
      { key: "sisa", head: ["Sisa (Rp)"], role: "lainnya", fmt: RP, width: 14 },
    ],
    headerRows: 2,
    groups: "first",
    rows: [
      ...kg.flatMap(([kid, kode, nm], i): Row[] => [
        {
          id: kid,
          bold: true,
          cells: (c) => ({
            no: i + 1,
            kode,
            nm,
            ...Object.fromEntries(
              money
                .filter((m) => m !== "sisa")
                .map((m) => [m, fx(subs[kid].map((x) => c.a(m, x.id)).join("+"))]),
            ),
            sr: fx(`ROUND(${c.a("j")}/${c.a("pagu")}*100,2)`),
            sisa: fx(`${c.a("pagu")}-${c.a("j")}`),
          }),
        },
        ...subs[kid].map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            kode: x.kode,
            nm: x.nm,
            pagu: x.pagu,
            q1: x.q[0],
            q2: x.q[1],
            q3: x.q[2],
            q4: x.q[3],
            j: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
            sr: fx(`ROUND(${c.a("j")}/${c.a("pagu")}*100,2)`),
            sisa: fx(`${c.a("pagu")}-${c.a("j")}`),
          }),
        })),
      ]),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "TOTAL",
          ...Object.fromEntries(money.map((m) => [m, fx(`${c.a(m, "k1")}+${c.a(m, "k2")}`)])),
          sr: fx(`ROUND(${c.a("j")}/${c.a("pagu")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Catatan: realisasi berdasarkan SP2D yang diterbitkan BPKAD s.d. 31 Desember 2024."]);
  s.gap();
  signature(s, 9, {
    tempat: "Reo Pesisir, 10 Januari 2025",
    jabatan: ["Kepala BRIDA,"],
    nama: "FRANSISKUS XAVERIUS JEHAMAT, S.E., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19790605 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("sr", "s4") },
        { sheet: S, cell: a("j", "s4") },
        { sheet: S, cell: a("q4", "s4") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Pengelolaan Basis Data Inovasi: TW IV typed 187,650,000 (SP2D 87,650,000), so the Jumlah 292,900,000 is above the pagu 198,500,000 (147.56 %, Sisa -94,400,000); a serapan is at most 100",
    truth: "100",
    actual: `ROUND(${a("j", "s4")}/${a("pagu", "s4")}*100,2)`,
  });
  for (const id of ["s1", "s2", "s3"])
    b.ok({
      sheet: S,
      cell: a("sr", id),
      rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("pagu", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("sr", "k1"),
    rules: ["capaian-mismatch", "serapan-over-100"],
    truth: `ROUND(${a("j", "k1")}/${a("pagu", "k1")}*100,2)`,
    // the serapan of the kegiatan is the ratio of its totals, not the mean of its sub kegiatan's
    trap: `(${a("sr", "s1")}+${a("sr", "s2")})/2`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "k1")}+${a("pagu", "k2")}`,
    // TOTAL is the two kegiatan, not every row above added
    trap: `SUM(${a("pagu", "k1")}:${a("pagu", "s4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pagu", "k2"),
    rules: ["sum-mismatch"],
    truth: `${a("pagu", "s3")}+${a("pagu", "s4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("j", "s2"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("q1", "s2")}:${a("q4", "s2")})`,
  });
  return b.finish();
}
