// Money tables of a Bagian Umum / Rumah Tangga Setda: the SPPD recap per bagian (per triwulan) of a
// Kalimantan Selatan kabupaten, and the belanja jasa kantor (listrik, air, telepon) of a Sumatera
// Barat kota in thousands of rupiah. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;
const id = (n: number) => n.toLocaleString("en-US");

// ===================================== Setda Kabupaten Batang Alai Raya (Kalsel), rekap SPPD 2024

type Unit = { id: string; nm: string; pagu: number; tw: number[] };

export function sppdBatangAlai(): BookW {
  const b = new BookW(
    "rekap-sppd-per-bagian-setda-batang-alai-raya.xlsx",
    "rekap realisasi perjalanan dinas per bagian (Bagian Umum)",
    "rekap SPPD 2024 of the Setda of a Kalimantan Selatan kabupaten: No | Bagian | Pagu Perjalanan Dinas (Rp) | 'Realisasi SPPD (Rp)' > Triwulan I .. IV | Jumlah s.d. Triwulan IV | % Serapan | Sisa Pagu (Rp); number row '8 = 4+5+6+7', '9 = 8/3 x 100', '10 = 3 - 8'; JUMLAH row; notes and signature",
  );
  const S = "Rekap SPPD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG ALAI RAYA", "SEKRETARIAT DAERAH - BAGIAN UMUM"]);
  s.lines(["REKAPITULASI REALISASI BELANJA PERJALANAN DINAS (SPPD) PER BAGIAN", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const units: Unit[] = [
    {
      id: "u1",
      nm: "Bagian Umum",
      pagu: 865_000_000,
      tw: [142_350_000, 218_400_000, 231_150_000, 204_600_000],
    },
    {
      id: "u2",
      nm: "Bagian Tata Pemerintahan",
      pagu: 540_000_000,
      tw: [96_200_000, 131_750_000, 148_300_000, 117_900_000],
    },
    {
      id: "u3",
      nm: "Bagian Hukum",
      pagu: 385_000_000,
      tw: [58_600_000, 92_450_000, 101_200_000, 88_750_000],
    },
    {
      id: "u4",
      nm: "Bagian Perekonomian dan SDA",
      pagu: 410_000_000,
      tw: [71_300_000, 104_900_000, 97_650_000, 135_150_000],
    },
    {
      id: "u5",
      nm: "Bagian Pengadaan Barang dan Jasa",
      pagu: 265_000_000,
      tw: [39_800_000, 64_250_000, 72_100_000, 57_400_000],
    },
    {
      id: "u6",
      nm: "Bagian Organisasi",
      pagu: 298_000_000,
      tw: [52_400_000, 81_600_000, 88_350_000, 121_650_000],
    },
    {
      id: "u7",
      nm: "Bagian Protokol dan Komunikasi Pimpinan",
      pagu: 720_000_000,
      tw: [128_900_000, 176_400_000, 189_250_000, 171_800_000],
    },
    {
      id: "u8",
      nm: "Bagian Kesejahteraan Rakyat",
      pagu: 330_000_000,
      tw: [44_150_000, 79_300_000, 83_600_000, 76_450_000],
    },
  ];
  // u6 is planted over its pagu: its Triwulan IV was 71,650,000 before the double entry of one SPPD batch
  const u3 = sum(units[2].tw);
  const typed3 = u3 + 9_000_000;
  const T = ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"];
  const G = "Realisasi SPPD (Rp)";
  const cols: Col[] = [
    { key: "no", head: ["No."], num: 1, width: 5 },
    { key: "nm", head: ["Bagian / Unit Kerja"], num: 2, width: 36 },
    {
      key: "pagu",
      head: ["Pagu Perjalanan Dinas (Rp)"],
      role: "anggaran",
      year: 2024,
      num: 3,
      fmt: RP,
      width: 16,
    },
    ...T.map((t, k): Col => ({
      key: `tw${k + 1}`,
      head: [G, t],
      role: "realisasi-anggaran",
      year: 2024,
      num: 4 + k,
      fmt: RP,
      width: 15,
    })),
    {
      key: "jml",
      head: [G, "Jumlah s.d. Triwulan IV"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "8 = 4+5+6+7",
      fmt: RP,
      width: 16,
    },
    {
      key: "pct",
      head: ["% Serapan"],
      role: "capaian",
      year: 2024,
      num: "9 = 8/3 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "sisa", head: ["Sisa Pagu (Rp)"], num: "10 = 3 - 8", fmt: RP, width: 15 },
  ];
  const tws = (c: { a(k: string, id?: string): string }, rid?: string) =>
    [1, 2, 3, 4].map((k) => c.a(`tw${k}`, rid)).join("+");
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...units.map((u, k): Row => ({
        id: u.id,
        cells: (c) => ({
          no: k + 1,
          nm: u.nm,
          pagu: u.pagu,
          tw1: u.tw[0],
          tw2: u.tw[1],
          tw3: u.tw[2],
          tw4: u.tw[3],
          // planted: a typed Jumlah for the Bagian Hukum
          jml: u.id === "u3" ? typed3 : fx(tws(c)),
          pct: fx(rt(c.a("jml"), c.a("pagu"))),
          sisa: fx(`${c.a("pagu")}-${c.a("jml")}`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["pagu", "tw1", "tw2", "tw3", "tw4", "jml", "sisa"].map((k) => [
              k,
              fx(`SUM(${c.a(k, "u1")}:${c.a(k, "u8")})`),
            ]),
          ),
          pct: fx(rt(c.a("jml"), c.a("pagu"))),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan:",
    "1. Realisasi berdasarkan SP2D GU/TU perjalanan dinas yang telah dipertanggungjawabkan s.d. 31 Desember 2024.",
    "2. % Serapan kolom JUMLAH dihitung dari jumlah realisasi dibagi jumlah pagu, bukan rata-rata persentase per bagian.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Barabai Hulu, 15 Januari 2025",
    jabatan: ["Kepala Bagian Umum,"],
    nama: "H. MUHAMMAD RIDHANI, S.STP., M.AP.",
    pangkat: "Pembina (IV/a)",
    nip: "19830412 200212 1 004",
  });

  const a = (k: string, r: string) => t.a(k, r);
  const sumOf = (r: string) => [1, 2, 3, 4].map((k) => a(`tw${k}`, r)).join("+");
  b.plant({
    at: { sheet: S, cell: a("jml", "u3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Jumlah of the Bagian Hukum is a typed ${id(typed3)} among (4)+(5)+(6)+(7) formulas; its four triwulan give ${id(u3)}`,
    truth: sumOf("u3"),
  });
  const u6 = units[5];
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("jml", "u6") },
        { sheet: S, cell: a("pct", "u6") },
        { sheet: S, cell: a("tw4", "u6") },
      ],
    },
    rules: ["serapan-over-100"],
    note: `Bagian Organisasi: Triwulan IV ${id(u6.tw[3])} (one SPPD batch of 50,000,000 entered twice; 71,650,000 by the SPJ), so the Jumlah ${id(sum(u6.tw))} is above the pagu of ${id(u6.pagu)} (${round((sum(u6.tw) / u6.pagu) * 100)} %, Sisa negative)`,
    truth: `${a("tw1", "u6")}+${a("tw2", "u6")}+${a("tw3", "u6")}+71650000`,
  });
  for (const u of units) {
    if (u.id === "u3" || u.id === "u6") continue;
    b.ok({ sheet: S, cell: a("jml", u.id), rules: ["sum-mismatch", "serapan-over-100"], truth: sumOf(u.id) });
    b.ok({
      sheet: S,
      cell: a("pct", u.id),
      rules: ["capaian-mismatch", "serapan-over-100", "percent-out-of-range"],
      truth: rt(a("jml", u.id), a("pagu", u.id)),
    });
  }
  for (const k of ["pagu", "tw1", "tw2", "tw3"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: units.map((u) => a(k, u.id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: rt(a("jml", "tot"), a("pagu", "tot")),
    // the total's serapan is the ratio of the totals, not the average of the bagian
    trap: `ROUND(AVERAGE(${a("pct", "u1")}:${a("pct", "u8")}),2)`,
  });
  return b.finish();
}

// ======================== Setda Kota Padang Sikumbang (Sumbar), belanja jasa kantor 2024 (ribuan)

type Line = { id: string; nm: string; ang: number; s1: number; s2: number };

export function jasaKantorPadangSikumbang(): BookW {
  const b = new BookW(
    "belanja-jasa-listrik-air-telepon-setda-padang-sikumbang.xlsx",
    "realisasi belanja jasa kantor per jenis (Bagian Umum)",
    "belanja jasa kantor 2024 of the Setda of a Sumatera Barat kota in thousands of rupiah: No | Uraian | Anggaran 2024 | 'Realisasi' > Semester I | Semester II | Total | % | Sisa; number row '6 = 4 + 5', '7 = 6 : 3 x 100'; groups A listrik, B air, C telepon and internet with Jumlah rows, JUMLAH (A+B+C); notes",
  );
  const S = "Jasa Kantor";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA PADANG SIKUMBANG", "SEKRETARIAT DAERAH", "BAGIAN UMUM DAN RUMAH TANGGA"]);
  s.lines([
    "Laporan Realisasi Belanja Jasa Listrik, Air dan Telepon Tahun Anggaran 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const groups: Array<{ g: string; nm: string; lines: Line[] }> = [
    {
      g: "A",
      nm: "Belanja Tagihan Listrik",
      lines: [
        {
          id: "a1",
          nm: "Kantor Balai Kota (ID PLN 1421 0088 7713)",
          ang: 1_260_000,
          s1: 598_420,
          s2: 612_935,
        },
        { id: "a2", nm: "Rumah Dinas Wali Kota", ang: 186_000, s1: 84_615, s2: 91_270 },
        { id: "a3", nm: "Rumah Dinas Wakil Wali Kota", ang: 144_000, s1: 66_180, s2: 70_455 },
        { id: "a4", nm: "Rumah Jabatan Sekretaris Daerah", ang: 96_000, s1: 41_930, s2: 45_610 },
      ],
    },
    {
      g: "B",
      nm: "Belanja Tagihan Air (Perumda Air Minum)",
      lines: [
        { id: "b1", nm: "Kantor Balai Kota", ang: 84_000, s1: 37_265, s2: 39_840 },
        { id: "b2", nm: "Rumah Dinas dan Rumah Jabatan (3 unit)", ang: 54_000, s1: 24_110, s2: 26_395 },
      ],
    },
    {
      g: "C",
      nm: "Belanja Tagihan Telepon dan Internet",
      lines: [
        { id: "c1", nm: "Telepon Kantor (PSTN 14 sambungan)", ang: 72_000, s1: 31_480, s2: 29_755 },
        { id: "c2", nm: "Langganan Internet Dedicated 200 Mbps", ang: 264_000, s1: 132_000, s2: 129_800 },
      ],
    },
  ];
  const all = groups.flatMap((g) => g.lines);
  const staleLine = "a3";
  const rows: Row[] = [];
  for (const g of groups) {
    const first = g.lines[0].id;
    const last = g.lines[g.lines.length - 1].id;
    rows.push({ id: `h${g.g}`, bold: true, cells: { no: g.g, nm: g.nm } });
    g.lines.forEach((l, k) =>
      rows.push({
        id: l.id,
        cells: (c) => ({
          no: k + 1,
          nm: l.nm,
          ang: l.ang,
          s1: l.s1,
          s2: l.s2,
          tot: fx(`${c.a("s1")}+${c.a("s2")}`),
          // planted: a stale cached % (before the December tagihan was booked)
          pct: fx(rt(c.a("tot"), c.a("ang")), l.id === staleLine ? 77.53 : undefined),
          sisa: fx(`${c.a("ang")}-${c.a("tot")}`),
        }),
      }),
    );
    rows.push({
      id: `j${g.g}`,
      bold: true,
      cells: (c) => ({
        nm: `Jumlah ${g.g}`,
        // planted: Jumlah A of the Anggaran leaves the Rumah Jabatan Sekda out
        ang: fx(`SUM(${c.a("ang", first)}:${c.a("ang", g.g === "A" ? "a3" : last)})`),
        s1: fx(`SUM(${c.a("s1", first)}:${c.a("s1", last)})`),
        s2: fx(`SUM(${c.a("s2", first)}:${c.a("s2", last)})`),
        tot: fx(`SUM(${c.a("tot", first)}:${c.a("tot", last)})`),
        pct: fx(rt(c.a("tot"), c.a("ang"))),
        sisa: fx(`${c.a("ang")}-${c.a("tot")}`),
      }),
    });
  }
  rows.push({
    id: "all",
    bold: true,
    span: ["no", "nm"],
    cells: (c) => ({
      no: "JUMLAH (A + B + C)",
      ...Object.fromEntries(
        ["ang", "s1", "s2", "tot"].map((k) => [k, fx(["A", "B", "C"].map((g) => c.a(k, `j${g}`)).join("+"))]),
      ),
      pct: fx(rt(c.a("tot"), c.a("ang"))),
      sisa: fx(`${c.a("ang")}-${c.a("tot")}`),
    }),
  });
  const R = "Realisasi";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], num: 1, width: 5 },
      { key: "nm", head: ["Uraian"], num: 2, width: 40 },
      { key: "ang", head: ["Anggaran 2024"], role: "anggaran", year: 2024, num: 3, fmt: RP, width: 13 },
      {
        key: "s1",
        head: [R, "Semester I"],
        role: "realisasi-anggaran",
        year: 2024,
        num: 4,
        fmt: RP,
        width: 13,
      },
      {
        key: "s2",
        head: [R, "Semester II"],
        role: "realisasi-anggaran",
        year: 2024,
        num: 5,
        fmt: RP,
        width: 13,
      },
      {
        key: "tot",
        head: [R, "Total"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "6 = 4 + 5",
        fmt: RP,
        width: 13,
      },
      { key: "pct", head: [R, "%"], role: "capaian", year: 2024, num: "7 = 6 : 3 x 100", fmt: DEC, width: 9 },
      { key: "sisa", head: ["Sisa Anggaran"], num: "8 = 3 - 6", fmt: RP, width: 12 },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows,
  });
  s.gap();
  s.lines([
    "Keterangan: tagihan bulan Desember 2024 dibayarkan melalui mekanisme LS tanggal 20 Desember 2024.",
    "Sumber: BKU Bendahara Pengeluaran Sekretariat Daerah.",
  ]);
  const a = (k: string, r: string) => t.a(k, r);
  const a3 = all.find((l) => l.id === staleLine)!;
  b.plant({
    at: { sheet: S, cell: a("ang", "jA") },
    rules: ["sum-mismatch"],
    note: "Jumlah A of the Anggaran is SUM over the first three lines = 1,590,000; the Rumah Jabatan Sekda's 96,000 is left out; the four lines give 1,686,000",
    truth: groups[0].lines.map((l) => a("ang", l.id)).join("+"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", staleLine) },
    rules: ["capaian-mismatch"],
    note: `% of the Rumah Dinas Wakil Wali Kota is =ROUND(6/3*100,2) with a stale cached 77.53; ${id(a3.s1 + a3.s2)} / ${id(a3.ang)} gives ${round(((a3.s1 + a3.s2) / a3.ang) * 100)}`,
    truth: rt(a("tot", staleLine), a("ang", staleLine)),
  });
  for (const l of all) {
    b.ok({
      sheet: S,
      cell: a("tot", l.id),
      rules: ["sum-mismatch"],
      truth: `${a("s1", l.id)}+${a("s2", l.id)}`,
    });
    if (l.id !== staleLine)
      b.ok({
        sheet: S,
        cell: a("pct", l.id),
        rules: ["capaian-mismatch", "percent-out-of-range", "serapan-over-100"],
        truth: rt(a("tot", l.id), a("ang", l.id)),
      });
  }
  for (const g of ["B", "C"])
    b.ok({
      sheet: S,
      cell: a("ang", `j${g}`),
      rules: ["sum-mismatch"],
      truth: groups
        .find((x) => x.g === g)!
        .lines.map((l) => a("ang", l.id))
        .join("+"),
    });
  for (const k of ["s1", "s2", "tot"])
    b.ok({
      sheet: S,
      cell: a(k, "all"),
      rules: ["sum-mismatch"],
      truth: all.map((l) => a(k, l.id)).join("+"),
      // JUMLAH (A + B + C) adds the three group Jumlah, not every row above (each line twice)
      trap: `SUM(${a(k, "hA")}:${a(k, "jC")})`,
    });
  return b.finish();
}
