// The Bagian Kerja Sama of a Sulawesi Tengah kabupaten's Sekretariat Daerah: an E.81 Renja evaluation
// for kegiatan 4.01.02.2.03 Fasilitasi Kerja Sama Daerah (KSDD, KSDPK, kerja sama luar negeri, monev),
// Rp in thousands, and a recap of the naskah kerja sama per jenis beside the serapan per sub kegiatan.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  sum,
  type Cell,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Sub = {
  id: string;
  kode: string;
  nm: string;
  ind: string;
  sat: string;
  level: boolean;
  k5: number;
  rp5: number;
  k6: number;
  rp6: number;
  k7: number;
  rp7: number;
  kq: Array<number | "-">;
  rpq: number[];
};

const SUBS: Sub[] = [
  {
    id: "s1",
    kode: "4.01.02.2.03.0001",
    nm: "Fasilitasi Kerja Sama dengan Daerah Lain",
    ind: "Jumlah naskah kerja sama daerah dengan daerah lain (KSDD) yang ditandatangani",
    sat: "naskah",
    level: false,
    k5: 20,
    rp5: 1_250_000,
    k6: 9,
    rp6: 512_400,
    k7: 4,
    rp7: 246_800,
    kq: [0, 1, 2, 1],
    rpq: [31_250, 58_900, 72_640, 79_310],
  },
  {
    id: "s2",
    kode: "4.01.02.2.03.0002",
    nm: "Fasilitasi Kerja Sama dengan Pihak Ketiga",
    ind: "Jumlah perjanjian kerja sama daerah dengan pihak ketiga (KSDPK) yang difasilitasi",
    sat: "naskah",
    level: false,
    k5: 30,
    rp5: 1_480_000,
    k6: 13,
    rp6: 598_750,
    k7: 6,
    rp7: 312_500,
    kq: [1, 2, 1, 2],
    rpq: [42_180, 77_365, 81_920, 98_455],
  },
  {
    id: "s3",
    kode: "4.01.02.2.03.0003",
    nm: "Fasilitasi Kerja Sama dengan Lembaga/Pemerintah Daerah di Luar Negeri",
    ind: "Jumlah kerja sama luar negeri (sister province / hibah LN) yang difasilitasi",
    sat: "kerja sama",
    level: false,
    k5: 8,
    rp5: 920_000,
    k6: 3,
    rp6: 366_200,
    k7: 2,
    rp7: 198_400,
    kq: [0, 0, 1, 1],
    rpq: [12_800, 24_650, 96_300, 51_120],
  },
  {
    id: "s4",
    kode: "4.01.02.2.03.0004",
    nm: "Monitoring dan Evaluasi Pelaksanaan Kerja Sama Daerah",
    ind: "Persentase naskah kerja sama aktif yang dimonitoring dan dievaluasi",
    sat: "%",
    level: true,
    k5: 100,
    rp5: 640_000,
    k6: 72.5,
    rp6: 248_300,
    k7: 85,
    rp7: 142_600,
    kq: [20, 45.5, 68.75, 87.5],
    rpq: [18_450, 33_200, 41_780, 45_620],
  },
];

export function e81KerjaSama(): BookW {
  const b = new BookW(
    "evaluasi-renja-e81-bagian-kerja-sama-banggai-tenggara.xlsx",
    "E.81 Renja evaluation (Bagian Kerja Sama)",
    "E.81 s.d. Triwulan IV 2024 of the Bagian Kerja Sama, Setda Kabupaten Banggai Tenggara, Rp in thousands: No | Kode | Program / Kegiatan / Sub Kegiatan | Indikator | Satuan | (5) target akhir Renstra 2026 | (6) realisasi s.d. Renja tahun lalu (n-2) | (7) Renja tahun berjalan (n-1) | (8)-(11) Triwulan I-IV | (12) | (13) | (14), each 'Kinerja | Keuangan'; number row '12 = 8+9+10+11', '13 = 6 + 12', '14 = 13/5 x 100' merged over the pairs; rata-rata and predikat rows; faktor pendorong / penghambat",
  );
  const S = "E81 Kerja Sama";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BANGGAI TENGGARA",
    "SEKRETARIAT DAERAH",
    "Jl. Jend. Sudirman No. 14 Luwuk Timur, Sulawesi Tengah",
  ]);
  s.lines([
    "EVALUASI TERHADAP HASIL RENJA PERANGKAT DAERAH LINGKUP KABUPATEN BANGGAI TENGGARA",
    "Sekretariat Daerah - Bagian Kerja Sama",
    "Periode Pelaksanaan: s.d. Triwulan IV Tahun 2024 (Renstra 2022-2026)",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const KN = "Kinerja";
  const KU = "Keuangan";
  const pair = (
    key: string,
    head: string,
    num: string,
    kr: Col["role"],
    rr: Col["role"],
    year?: number,
  ): Col[] => [
    { key: `k${key}`, head: [head, KN], role: kr, year, num, width: 9 },
    { key: `rp${key}`, head: [head, KU], role: rr, year, num, fmt: RP, width: 13 },
  ];
  const Q = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "kode", head: ["Kode"], role: "kode", num: "2", width: 18 },
    { key: "nm", head: ["Urusan / Bidang Urusan / Program / Kegiatan"], num: "3", width: 34 },
    {
      key: "ind",
      head: ["Indikator Kinerja Program (outcome) / Kegiatan (output)"],
      role: "indikator",
      num: "4",
      width: 36,
    },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ...pair("5", "Target Renstra PD pada Tahun 2026 (Akhir Periode Renstra)", "5", "target", "anggaran"),
    ...pair(
      "6",
      "Realisasi Capaian Kinerja Renstra PD s.d. Renja Tahun Lalu (n-2)",
      "6",
      "realisasi",
      "realisasi-anggaran",
      2023,
    ),
    ...pair(
      "7",
      "Target Kinerja dan Anggaran Renja Tahun Berjalan (n-1) yang Dievaluasi",
      "7",
      "target",
      "anggaran",
      2024,
    ),
    ...Q.flatMap((q, i) =>
      pair(
        `q${i + 1}`,
        `Realisasi Kinerja Triwulan ${q}`,
        String(8 + i),
        "realisasi",
        "realisasi-anggaran",
        2024,
      ),
    ),
    ...pair(
      "12",
      "Realisasi Capaian Kinerja dan Anggaran Renja yang Dievaluasi",
      "12 = 8+9+10+11",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    ...pair(
      "13",
      "Realisasi Kinerja dan Anggaran Renstra PD s.d. Tahun 2024",
      "13 = 6 + 12",
      "realisasi",
      "realisasi-anggaran",
      2024,
    ),
    {
      key: "k14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", KN],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    {
      key: "rp14",
      head: ["Tingkat Capaian Kinerja dan Realisasi Anggaran Renstra s.d. 2024 (%)", KU],
      role: "capaian",
      num: "14 = 13/5 x 100",
      fmt: DEC,
      width: 9,
    },
    { key: "pj", head: ["Unit PD Penanggung Jawab"], role: "penanggung-jawab", num: "15", width: 18 },
  ];
  const qk = ["kq1", "kq2", "kq3", "kq4"];
  const qr = ["rpq1", "rpq2", "rpq3", "rpq4"];
  const cap = (c: Ctx, k: string) => fx(`ROUND(${c.a(`${k}13`)}/${c.a(`${k}5`)}*100,2)`);
  const subRow = (x: Sub, i: number): Row => ({
    id: x.id,
    cells: (c: Ctx) => {
      const out: Record<string, Cell> = {
        no: `${i + 1}`,
        kode: x.kode,
        nm: x.nm,
        ind: x.ind,
        sat: x.sat,
        k5: x.k5,
        rp5: x.rp5,
        k6: x.k6,
        rp6: x.rp6,
        k7: x.k7,
        rp7: x.rp7,
        pj: "Bagian Kerja Sama",
      };
      qk.forEach((k, j) => (out[k] = x.kq[j]));
      qr.forEach((k, j) => (out[k] = x.rpq[j]));
      // the monev rate is a level: the year is its Triwulan IV value, "s.d." the latest level
      out.k12 = x.level ? fx(c.a("kq4")) : fx(qk.map((k) => c.a(k)).join("+"));
      // planted: the KSDPK Rp (12) is typed over the formula, two digits swapped
      out.rp12 = x.id === "s2" ? 229_920 : fx(qr.map((k) => c.a(k)).join("+"));
      out.k13 = x.level ? fx(c.a("k12")) : fx(`${c.a("k6")}+${c.a("k12")}`);
      out.rp13 = fx(`${c.a("rp6")}+${c.a("rp12")}`);
      // planted: the luar negeri K (14) divides (12) by (7), the Renja capaian
      out.k14 = x.id === "s3" ? fx(`ROUND(${c.a("k12")}/${c.a("k7")}*100,2)`) : cap(c, "k");
      out.rp14 = cap(c, "rp");
      return out;
    },
  });
  const rpKeys = ["rp5", "rp6", "rp7", ...qr, "rp12", "rp13"];
  // the averages as the sheet shows them (with the planted cells), and their predikat
  const k14 = (x: Sub) => {
    const q = x.kq as number[];
    if (x.level) return round((q[3] / x.k5) * 100);
    return x.id === "s3" ? round((sum(q) / x.k7) * 100) : round(((x.k6 + sum(q)) / x.k5) * 100);
  };
  const rp14 = (x: Sub) => round(((x.rp6 + (x.id === "s2" ? 229_920 : sum(x.rpq))) / x.rp5) * 100);
  const avgK = round(sum(SUBS.map(k14)) / SUBS.length);
  const avgRp = round(sum(SUBS.map(rp14)) / SUBS.length);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "pairs",
    rows: [
      { id: "urs", bold: true, cells: { kode: "4", nm: "UNSUR PENDUKUNG URUSAN PEMERINTAHAN" } },
      { id: "bid", bold: true, cells: { kode: "4.01", nm: "SEKRETARIAT DAERAH" } },
      {
        id: "prog",
        bold: true,
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "4.01.02",
            nm: "PROGRAM PEMERINTAHAN DAN KESEJAHTERAAN RAKYAT (urusan kerja sama)",
            ind: "Persentase kesepakatan kerja sama daerah yang ditindaklanjuti dengan kegiatan",
            sat: "%",
            k5: 90,
            k6: 78.4,
            k7: 82,
            kq1: "-",
            kq2: "-",
            kq3: "-",
            kq4: 84.21,
            pj: "Sekretariat Daerah",
          };
          for (const k of rpKeys) out[k] = fx(c.a(k, "keg"));
          out.k12 = fx(c.a("kq4"));
          out.k13 = fx(c.a("k12"));
          out.k14 = cap(c, "k");
          out.rp14 = cap(c, "rp");
          return out;
        },
      },
      {
        id: "keg",
        cells: (c: Ctx) => {
          const out: Record<string, Cell> = {
            kode: "4.01.02.2.03",
            nm: "Fasilitasi Kerja Sama Daerah",
            ind: "Jumlah laporan fasilitasi kerja sama daerah",
            sat: "laporan",
            k5: 5,
            k6: 2,
            k7: 1,
            kq1: 0,
            kq2: 0,
            kq3: 0,
            kq4: 1,
            pj: "Bagian Kerja Sama",
          };
          for (const k of rpKeys) out[k] = fx(`SUM(${c.a(k, "s1")}:${c.a(k, "s4")})`);
          out.k12 = fx(qk.map((k) => c.a(k)).join("+"));
          out.k13 = fx(`${c.a("k6")}+${c.a("k12")}`);
          out.k14 = cap(c, "k");
          out.rp14 = cap(c, "rp");
          return out;
        },
      },
      ...SUBS.map(subRow),
      {
        id: "avg",
        bold: true,
        span: ["no", "sat"],
        cells: (c: Ctx) => ({
          no: "Rata-rata capaian kinerja (%)",
          k14: fx(`ROUND(AVERAGE(${c.a("k14", "s1")}:${c.a("k14", "s4")}),2)`),
          rp14: fx(`ROUND(AVERAGE(${c.a("rp14", "s1")}:${c.a("rp14", "s4")}),2)`),
        }),
      },
      {
        id: "pred",
        bold: true,
        span: ["no", "sat"],
        cells: { no: "Predikat kinerja", k14: predikat(avgK), rp14: predikat(avgRp) },
      },
    ],
  });
  s.gap();
  s.lines([
    "Faktor pendorong: komitmen Gubernur Sulawesi Tengah dan forum kerja sama Banggai Bersaudara.",
    "Faktor penghambat: pembahasan PKS dengan pihak ketiga menunggu persetujuan DPRD; kunjungan sister province tertunda.",
    "Tindak lanjut: penjadwalan ulang pembahasan naskah pada Triwulan I 2025.",
  ]);
  s.gap();
  signature(s, 22, {
    tempat: "Luwuk Timur, 24 Januari 2025",
    jabatan: ["Sekretaris Daerah Kabupaten Banggai Tenggara,"],
    nama: "Drs. ABDUL RAHMAN LAPANDE, M.Si.",
    pangkat: "Pembina Utama Madya (IV/d)",
    nip: "19690814 199403 1 006",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("rp12", "s2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Realisasi Rp (12) of sub kegiatan 4.01.02.2.03.0002 (KSDPK) is a typed 229,920 among 8+9+10+11 formulas; the quarters 42,180 + 77,365 + 81,920 + 98,455 give 299,920 (in thousands)",
    truth: qr.map((k) => a(k, "s2")).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("k14", "s3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Tingkat capaian K (14) of the kerja sama luar negeri is =ROUND(12/7*100,2) = 100.00, the Renja capaian; 13/5 x 100 = (3 + 2) / 8 x 100 gives 62.50",
    truth: `ROUND(${a("k13", "s3")}/${a("k5", "s3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("k12", "s4"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s4"),
    trap: qk.map((k) => a(k, "s4")).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("k13", "s4"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "s4"),
    trap: `${a("k6", "s4")}+${a("k12", "s4")}`,
  });
  b.ok({
    sheet: S,
    cell: a("k13", "prog"),
    rules: ["sum-mismatch"],
    truth: a("kq4", "prog"),
    trap: `${a("k6", "prog")}+${a("k12", "prog")}`,
  });
  for (const id of ["s1", "s2", "s3", "keg"]) {
    b.ok({ sheet: S, cell: a("k12", id), rules: ["sum-mismatch"], truth: qk.map((k) => a(k, id)).join("+") });
    b.ok({ sheet: S, cell: a("k13", id), rules: ["sum-mismatch"], truth: `${a("k6", id)}+${a("k12", id)}` });
  }
  for (const id of ["s1", "s2", "s4", "keg", "prog"])
    b.ok({
      sheet: S,
      cell: a("k14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("k13", id)}/${a("k5", id)}*100,2)`,
    });
  for (const id of ["s1", "s3", "s4"]) {
    b.ok({
      sheet: S,
      cell: a("rp12", id),
      rules: ["sum-mismatch"],
      truth: qr.map((k) => a(k, id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("rp14", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("rp13", id)}/${a("rp5", id)}*100,2)`,
    });
  }
  for (const k of ["rp5", "rp6", "rp7", ...qr])
    b.ok({
      sheet: S,
      cell: a(k, "keg"),
      rules: ["sum-mismatch"],
      truth: ["s1", "s2", "s3", "s4"].map((id) => a(k, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("kode", "s3"),
    rules: ["code-hierarchy"],
    truth: `PARENT(${a("kode", "s3")})`,
    actual: a("kode", "keg"),
  });
  return b.finish();
}

// ======================== Bagian Kerja Sama Setda Kabupaten Sigi Lore: naskah per jenis and serapan

export function rekapKerjaSama(): BookW {
  const b = new BookW(
    "rekap-naskah-kerja-sama-serapan-setda-sigi-lore.xlsx",
    "sector recap: naskah kerja sama per jenis and serapan per sub kegiatan",
    "Rekap kerja sama daerah 2024 of the Bagian Kerja Sama, Setda Kabupaten Sigi Lore: Tabel A (left) No | Jenis Kerja Sama | Naskah Aktif s.d. 2023 | Ditandatangani 2024 | Berakhir 2024 | Aktif per 31 Des 2024 | Dimonev | % Dimonev, number row '(6) = (3)+(4)-(5)', '(8) = (7)/(6) x 100', Jumlah row; Tabel B (right, after an empty column, taller) No | Kode | Sub Kegiatan | Pagu (Rp) | Realisasi (Rp) | Serapan (%) | Sisa (Rp), Jumlah row",
  );
  const S = "Rekap KS 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SIGI LORE", "SEKRETARIAT DAERAH - BAGIAN KERJA SAMA"]);
  s.lines([
    "REKAPITULASI NASKAH KERJA SAMA DAERAH DAN REALISASI ANGGARAN TAHUN 2024",
    "Keadaan per 31 Desember 2024",
  ]);
  s.gap();
  const top = s.r;
  const ta = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
        { key: "j", head: ["Jenis Kerja Sama"], role: "indikator", num: "(2)", width: 34 },
        { key: "a23", head: ["Jumlah Naskah", "Aktif s.d. 2023"], num: "(3)", width: 10 },
        { key: "baru", head: ["Jumlah Naskah", "Ditandatangani 2024"], num: "(4)", width: 12 },
        { key: "end", head: ["Jumlah Naskah", "Berakhir 2024"], num: "(5)", width: 10 },
        { key: "akt", head: ["Jumlah Naskah", "Aktif 31 Des 2024"], num: "(6) = (3)+(4)-(5)", width: 12 },
        {
          key: "mon",
          head: ["Monev 2024", "Naskah Dimonev"],
          role: "realisasi",
          year: 2024,
          num: "(7)",
          width: 10,
        },
        {
          key: "pc",
          head: ["Monev 2024", "% Dimonev"],
          role: "capaian",
          year: 2024,
          num: "(8) = (7)/(6) x 100",
          fmt: DEC,
          width: 10,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...[
          ["ksdd", "Kerja Sama Daerah dengan Daerah Lain (KSDD)", 11, 3, 2, 10],
          ["ksdpk", "Kerja Sama Daerah dengan Pihak Ketiga (KSDPK)", 14, 6, 3, 13],
          ["ksln", "Kerja Sama Luar Negeri (sister city / KSDLN)", 2, 1, 0, 2],
        ].map(([id, j, a23, baru, end, mon], i): Row => ({
          id: String(id),
          cells: (c) => ({
            no: i + 1,
            j,
            a23,
            baru,
            end,
            akt: fx(`${c.a("a23")}+${c.a("baru")}-${c.a("end")}`),
            mon,
            // planted: the KSLN % points at (3) instead of (6)
            pc: fx(
              id === "ksln"
                ? `ROUND(${c.a("mon")}/${c.a("a23")}*100,2)`
                : `ROUND(${c.a("mon")}/${c.a("akt")}*100,2)`,
            ),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "j"],
          cells: (c) => {
            const out: Record<string, Cell> = { no: "Jumlah" };
            for (const k of ["a23", "baru", "end", "akt", "mon"])
              out[k] = fx(`SUM(${c.a(k, "ksdd")}:${c.a(k, "ksln")})`);
            out.pc = fx(`ROUND(${c.a("mon")}/${c.a("akt")}*100,2)`);
            return out;
          },
        },
      ],
    },
    1,
    top,
  );
  const tb = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kode", head: ["Kode"], role: "kode", width: 18 },
        { key: "nm", head: ["Sub Kegiatan"], width: 36 },
        { key: "pagu", head: ["Pagu 2024 (Rp)"], role: "anggaran", year: 2024, fmt: RP, width: 16 },
        {
          key: "real",
          head: ["Realisasi s.d. 31 Des 2024 (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          fmt: RP,
          width: 16,
        },
        { key: "ser", head: ["Serapan (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
        { key: "sisa", head: ["Sisa Anggaran (Rp)"], fmt: RP, width: 16 },
      ],
      headerRows: 2,
      rows: [
        ...[
          ["b1", "4.01.02.2.03.0001", "Fasilitasi Kerja Sama dengan Daerah Lain", 385_000_000, 362_415_000],
          ["b2", "4.01.02.2.03.0002", "Fasilitasi Kerja Sama dengan Pihak Ketiga", 426_500_000, 398_770_500],
          [
            "b3",
            "4.01.02.2.03.0003",
            "Fasilitasi Kerja Sama dengan Lembaga/Pemerintah Daerah di Luar Negeri",
            475_000_000,
            512_750_000,
          ],
          [
            "b4",
            "4.01.02.2.03.0004",
            "Monitoring dan Evaluasi Pelaksanaan Kerja Sama Daerah",
            218_000_000,
            201_836_000,
          ],
          [
            "b5",
            "4.01.02.2.03.0005",
            "Koordinasi dan Sinkronisasi Penyusunan Naskah Kerja Sama",
            164_250_000,
            159_112_750,
          ],
        ].map(([id, kode, nm, pagu, real], i): Row => ({
          id: String(id),
          cells: (c) => ({
            no: i + 1,
            kode,
            nm,
            pagu,
            real,
            ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
            sisa: fx(`${c.a("pagu")}-${c.a("real")}`),
          }),
        })),
        {
          id: "jml",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => ({
            no: "Jumlah",
            pagu: fx(`SUM(${c.a("pagu", "b1")}:${c.a("pagu", "b5")})`),
            real: fx(`SUM(${c.a("real", "b1")}:${c.a("real", "b5")})`),
            ser: fx(`ROUND(${c.a("real")}/${c.a("pagu")}*100,2)`),
            sisa: fx(`SUM(${c.a("sisa", "b1")}:${c.a("sisa", "b5")})`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: Aplikasi SIKS Kemendagri dan Buku Kas Umum Bagian Kerja Sama (SP2D s.d. 31 Desember 2024).",
    "*) naskah berakhir tidak diperpanjang dikeluarkan dari jumlah naskah aktif.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Bora Lore, 10 Januari 2025",
    jabatan: ["Kepala Bagian Kerja Sama,"],
    nama: "NI KETUT SRIWAHYUNI LAMAKAMPALI, S.STP., M.AP.",
    pangkat: "Pembina (IV/a)",
    nip: "19840527 200212 2 003",
  });

  const a = (k: string, id: string) => ta.a(k, id);
  const bb = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pc", "ksln") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "% Dimonev of the KSLN row is =ROUND((7)/(3)*100,2) = 100.00 (the naskah aktif s.d. 2023); (7)/(6) x 100 = 2 / 3 gives 66.67",
    truth: `ROUND(${a("mon", "ksln")}/${a("akt", "ksln")}*100,2)`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: bb("real", "b3") },
        { sheet: S, cell: bb("ser", "b3") },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Realisasi of the luar negeri sub kegiatan is 512,750,000 against a pagu of 475,000,000 (serapan 107.95 %, Sisa -37,750,000); the BKU gives 412,750,000 (86.89 %)",
    truth: `${bb("pagu", "b3")}-62250000`,
  });
  for (const id of ["ksdd", "ksdpk", "ksln", "jml"])
    b.ok({
      sheet: S,
      cell: a("akt", id),
      rules: ["sum-mismatch"],
      truth: `${a("a23", id)}+${a("baru", id)}-${a("end", id)}`,
    });
  for (const id of ["ksdd", "ksdpk"])
    b.ok({
      sheet: S,
      cell: a("pc", id),
      rules: ["capaian-mismatch", "inconsistent-formula", "percent-out-of-range"],
      truth: `ROUND(${a("mon", id)}/${a("akt", id)}*100,2)`,
    });
  // the Jumlah % is the ratio of the totals, not the average of the three rows
  b.ok({
    sheet: S,
    cell: a("pc", "jml"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("mon", "jml")}/${a("akt", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pc", "ksdd")}:${a("pc", "ksln")}),2)`,
  });
  for (const k of ["a23", "baru", "end", "mon"])
    b.ok({
      sheet: S,
      cell: a(k, "jml"),
      rules: ["sum-mismatch"],
      truth: ["ksdd", "ksdpk", "ksln"].map((id) => a(k, id)).join("+"),
    });
  for (const id of ["b1", "b2", "b4", "b5"])
    b.ok({
      sheet: S,
      cell: bb("ser", id),
      rules: ["serapan-over-100", "capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${bb("real", id)}/${bb("pagu", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: bb("pagu", "jml"),
    rules: ["sum-mismatch"],
    truth: ["b1", "b2", "b3", "b4", "b5"].map((id) => bb("pagu", id)).join("+"),
  });
  return b.finish();
}
