// Tax recaps of the Badan Pendapatan Daerah per UPT Samsat: the PKB / BBNKB target and realisasi 2024
// of a Jawa Timur Bapenda (side-by-side pairs, a Jumlah group, "(dalam ribuan rupiah)") and the PKB
// realisasi per quarter with the tunggakan PKB of a Kalimantan Barat Bapenda. Every UPT name, person
// and number is invented.
import {
  BookW,
  DEC,
  RP,
  fx,
  letterhead,
  round,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const pct = (r: string, t: string) => `ROUND(${r}/${t}*100,2)`;

// ===================================================== Bapenda Provinsi Jawa Timur, PKB and BBNKB 2024

type Upt = { id: string; nm: string; pt: number; pr: number; bt: number; br: number };

export function rekapPkbBbnkbJatim(): BookW {
  const b = new BookW(
    "rekap-pkb-bbnkb-upt-samsat-bapenda-jatim-2024.xlsx",
    "sector recap: PKB and BBNKB target / realisasi per UPT Samsat (2024)",
    "Rekap per UPT PPD / Samsat 2024 of a Jawa Timur Bapenda, (dalam ribuan rupiah): No | UPT | PKB > Target | Realisasi | % | BBNKB > Target | Realisasi | % | Jumlah > Target | Realisasi | %; number row '5 = 4/3 x 100' .. '9 = 3 + 6', '10 = 4 + 7'; JUMLAH row; notes and signature",
  );
  const S = "Rekap PKB BBNKB 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI JAWA TIMUR",
    "BADAN PENDAPATAN DAERAH",
    "Jl. Ahmad Yani No. 248 Surabaya",
  ]);
  s.lines([
    "REKAPITULASI TARGET DAN REALISASI PKB DAN BBNKB PER UPT PPD / SAMSAT",
    "TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const upts: Upt[] = [
    {
      id: "u1",
      nm: "UPT PPD Kedungrejo",
      pt: 412_500_000,
      pr: 428_316_450,
      bt: 265_000_000,
      br: 251_884_120,
    },
    { id: "u2", nm: "UPT PPD Wonoasri", pt: 238_750_000, pr: 241_009_870, bt: 143_200_000, br: 139_457_300 },
    {
      id: "u3",
      nm: "UPT PPD Telaga Sari",
      pt: 176_300_000,
      pr: 169_842_615,
      bt: 98_400_000,
      br: 101_236_480,
    },
    {
      id: "u4",
      nm: "UPT PPD Pandanwangi",
      pt: 321_600_000,
      pr: 333_715_240,
      bt: 187_900_000,
      br: 176_402_950,
    },
    { id: "u5", nm: "UPT PPD Sumberlawang", pt: 94_850_000, pr: 88_613_205, bt: 52_300_000, br: 46_120_770 },
    { id: "u6", nm: "UPT PPD Ngrambe Kulon", pt: 61_200_000, pr: 63_874_390, bt: 31_750_000, br: 33_902_640 },
  ];
  const grp = (g: string, k: string, n: number): Col[] => [
    { key: `${k}t`, head: [g, "Target"], role: "target", year: 2024, num: `${n}`, fmt: RP, width: 15 },
    {
      key: `${k}r`,
      head: [g, "Realisasi"],
      role: "realisasi",
      year: 2024,
      num: `${n + 1}`,
      fmt: RP,
      width: 15,
    },
    {
      key: `${k}c`,
      head: [g, "%"],
      role: "capaian",
      year: 2024,
      num: `${n + 2} = ${n + 1}/${n} x 100`,
      fmt: DEC,
      width: 9,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No."], role: "no", num: "1", width: 5 },
    { key: "nm", head: ["UPT PPD / Samsat"], num: "2", width: 26 },
    ...grp("Pajak Kendaraan Bermotor (PKB)", "p", 3),
    ...grp("Bea Balik Nama Kendaraan Bermotor (BBNKB)", "b", 6),
    {
      key: "jt",
      head: ["Jumlah PKB + BBNKB", "Target"],
      role: "target",
      year: 2024,
      num: "9 = 3 + 6",
      fmt: RP,
      width: 15,
    },
    {
      key: "jr",
      head: ["Jumlah PKB + BBNKB", "Realisasi"],
      role: "realisasi",
      year: 2024,
      num: "10 = 4 + 7",
      fmt: RP,
      width: 15,
    },
    {
      key: "jc",
      head: ["Jumlah PKB + BBNKB", "%"],
      role: "capaian",
      year: 2024,
      num: "11 = 10/9 x 100",
      fmt: DEC,
      width: 9,
    },
  ];
  const u3 = upts[2];
  const u3j = u3.pr + u3.br; // 271,079,095
  const u5 = upts[4];
  const rows: Row[] = upts.map((u, i) => ({
    id: u.id,
    cells: (c) => {
      const out: Record<string, Cell> = {
        no: i + 1,
        nm: u.nm,
        pt: u.pt,
        pr: u.pr,
        bt: u.bt,
        br: u.br,
        pc: fx(pct(c.a("pr"), c.a("pt"))),
        // planted: u5's BBNKB % keeps the result of the triwulan III figures
        bc: u.id === "u5" ? fx(pct(c.a("br"), c.a("bt")), 78.46) : fx(pct(c.a("br"), c.a("bt"))),
        jt: fx(`${c.a("pt")}+${c.a("bt")}`),
        // planted: a typed Jumlah realisasi with two digits swapped
        jr: u.id === "u3" ? 217_079_095 : fx(`${c.a("pr")}+${c.a("br")}`),
        jc: fx(pct(c.a("jr"), c.a("jt"))),
      };
      return out;
    },
  }));
  const sumKeys = ["pt", "pr", "bt", "br", "jt", "jr"];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...rows,
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of sumKeys) out[k] = fx(`SUM(${c.a(k, "u1")}:${c.a(k, "u6")})`);
          out.pc = fx(pct(c.a("pr"), c.a("pt")));
          out.bc = fx(pct(c.a("br"), c.a("bt")));
          out.jc = fx(pct(c.a("jr"), c.a("jt")));
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: realisasi berdasarkan rekonsiliasi dengan Bank Jatim per 31 Desember 2024.",
    "*) Persentase JUMLAH dihitung dari total realisasi dibagi total target, bukan penjumlahan persentase UPT.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Surabaya, 20 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH", "PROVINSI JAWA TIMUR"],
    nama: "Dr. HERU WICAKSONO ADI, S.E., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720514 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jr", "u3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: `Jumlah realisasi of UPT PPD Telaga Sari is a typed 217,079,095 among (4)+(7) formulas; 169,842,615 + 101,236,480 give ${u3j.toLocaleString("en")} (digits swapped)`,
    truth: `${a("pr", "u3")}+${a("br", "u3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("bc", "u5") },
    rules: ["capaian-mismatch"],
    note: `BBNKB % of UPT PPD Sumberlawang is =ROUND(7/6*100,2) with a stale cached 78.46; 46,120,770 / 52,300,000 gives ${round((u5.br / u5.bt) * 100)}`,
    truth: pct(a("br", "u5"), a("bt", "u5")),
  });
  for (const u of upts) {
    b.ok({
      sheet: S,
      cell: a("pc", u.id),
      rules: ["capaian-mismatch"],
      truth: pct(a("pr", u.id), a("pt", u.id)),
    });
    b.ok({
      sheet: S,
      cell: a("jt", u.id),
      rules: ["sum-mismatch"],
      truth: `${a("pt", u.id)}+${a("bt", u.id)}`,
    });
  }
  for (const k of ["pt", "pr", "bt", "br", "jt"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: upts.map((u) => a(k, u.id)).join("+"),
    });
  // traps: the JUMLAH % is the ratio of the totals, not the average of the UPT percentages
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: pct(a("pr", "tot"), a("pt", "tot")),
    trap: `AVERAGE(${a("pc", "u1")}:${a("pc", "u6")})`,
  });
  // the UPTs above their target (over 100 %) are fine for a tax target
  b.ok({
    sheet: S,
    cell: a("pc", "u4"),
    rules: ["percent-out-of-range", "serapan-over-100"],
    truth: pct(a("pr", "u4"), a("pt", "u4")),
  });
  return b.finish();
}

// ============================== Bapenda Provinsi Kalimantan Barat, PKB per triwulan and tunggakan 2024

type Q = { id: string; nm: string; t: number; q: number[]; tg: number; cr: number };

export function pkbTriwulanKalbar(): BookW {
  const b = new BookW(
    "realisasi-pkb-triwulan-tunggakan-samsat-kalbar.xlsx",
    "PKB realisasi per UPT Samsat and quarter, with tunggakan PKB (2024)",
    "Kalimantan Barat Bapenda, (dalam ribuan rupiah): No | UPT Samsat | Target PKB 2024 | Realisasi > Triwulan I .. IV | Jumlah '8 = 4+5+6+7' | % '9 = 8/3 x 100' | Tunggakan PKB s.d. 31-12-2023 | Pencairan Tunggakan 2024 | % Pencairan; JUMLAH row, rata-rata and predikat rows",
  );
  const S = "PKB Triwulan 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH PROVINSI KALIMANTAN BARAT", "BADAN PENDAPATAN DAERAH"]);
  s.lines([
    "REALISASI PENERIMAAN PAJAK KENDARAAN BERMOTOR PER UPT SAMSAT PER TRIWULAN",
    "DAN PENCAIRAN TUNGGAKAN PKB TAHUN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const us: Q[] = [
    {
      id: "k1",
      nm: "UPT Samsat Sungai Ambawang Raya",
      t: 186_400_000,
      q: [44_215_300, 46_870_150, 47_992_410, 51_306_780],
      tg: 38_450_200,
      cr: 12_604_900,
    },
    {
      id: "k2",
      nm: "UPT Samsat Bukit Selimbau",
      t: 72_150_000,
      q: [16_904_220, 17_308_640, 18_112_905, 19_027_335],
      tg: 21_306_750,
      cr: 5_127_400,
    },
    {
      id: "k3",
      nm: "UPT Samsat Nanga Tebidah",
      t: 41_800_000,
      q: [9_450_120, 9_873_660, 10_215_900, 11_380_450],
      tg: 14_982_300,
      cr: 2_946_150,
    },
    {
      id: "k4",
      nm: "UPT Samsat Teluk Pakedai Hulu",
      t: 58_300_000,
      q: [12_640_700, 13_982_450, 14_105_870, 12_976_310],
      tg: 17_854_600,
      cr: 4_218_700,
    },
    {
      id: "k5",
      nm: "UPT Samsat Sekadau Hilir Baru",
      t: 36_750_000,
      q: [8_806_930, 9_115_240, 9_402_615, 10_247_160],
      tg: 9_517_430,
      cr: 3_302_880,
    },
    {
      id: "k6",
      nm: "UPT Samsat Ketapang Pesisir",
      t: 94_600_000,
      q: [21_357_800, 22_946_110, 23_802_470, 25_413_905],
      tg: 26_740_150,
      cr: 6_015_320,
    },
  ];
  const Qs = ["I", "II", "III", "IV"];
  const qk = ["q1", "q2", "q3", "q4"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nm", head: ["UPT Samsat"], num: 2, width: 30 },
    { key: "t", head: ["Target PKB Tahun 2024"], role: "target", year: 2024, num: 3, fmt: RP, width: 15 },
    ...Qs.map((q, i): Col => ({
      key: qk[i],
      head: ["Realisasi Penerimaan PKB Tahun 2024", `Triwulan ${q}`],
      role: "realisasi",
      year: 2024,
      num: 4 + i,
      fmt: RP,
      width: 14,
    })),
    {
      key: "j",
      head: ["Realisasi Penerimaan PKB Tahun 2024", "Jumlah s.d. Triwulan IV"],
      role: "realisasi",
      year: 2024,
      num: "8 = 4+5+6+7",
      fmt: RP,
      width: 15,
    },
    {
      key: "c",
      head: ["Capaian (%)"],
      role: "capaian",
      year: 2024,
      num: "9 = 8/3 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "tg", head: ["Tunggakan PKB s.d. 31 Desember 2023"], num: 10, fmt: RP, width: 15 },
    { key: "cr", head: ["Pencairan Tunggakan PKB Tahun 2024"], num: 11, fmt: RP, width: 15 },
    { key: "pc", head: ["% Pencairan Tunggakan"], num: "12 = 11/10 x 100", fmt: DEC, width: 10 },
  ];
  const jOf = (u: Q) => u.q.reduce((n, v) => n + v, 0);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...us.map((u, i): Row => ({
        id: u.id,
        cells: (c) => {
          const out: Record<string, Cell> = { no: i + 1, nm: u.nm, t: u.t, tg: u.tg, cr: u.cr };
          qk.forEach((k, j) => (out[k] = u.q[j]));
          out.j = fx(qk.map((k) => c.a(k)).join("+"));
          // planted: k4's capaian divides by the target of the row above (k3)
          out.c = fx(pct(c.a("j"), u.id === "k4" ? c.a("t", "k3") : c.a("t")));
          out.pc = fx(pct(c.a("cr"), c.a("tg")));
          return out;
        },
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["t", ...qk, "j", "tg", "cr"]) {
            const f = `SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`;
            // planted: the Triwulan III total keeps the result from before Ketapang Pesisir was revised
            out[k] = k === "q3" ? fx(f, 121_232_170) : fx(f);
          }
          out.c = fx(pct(c.a("j"), c.a("t")));
          out.pc = fx(pct(c.a("cr"), c.a("tg")));
          return out;
        },
      },
      {
        id: "avg",
        bold: true,
        span: ["no", "j"],
        cells: (c) => ({
          no: "Rata-rata capaian UPT Samsat (%)",
          c: fx(`ROUND(AVERAGE(${c.a("c", "k1")}:${c.a("c", "k6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: pencairan tunggakan termasuk hasil razia gabungan dan program pemutihan denda PKB Agustus - Oktober 2024.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Pontianak, 27 Januari 2025",
    jabatan: ["Kepala Bidang Pajak Daerah,"],
    nama: "SRI RAHAYUNINGSIH LUBIS, S.Sos., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19780930 200501 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const k4 = us[3];
  b.plant({
    at: { sheet: S, cell: a("c", "k4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `Capaian of UPT Samsat Teluk Pakedai Hulu divides its Jumlah by the target of the row above (41,800,000) = ${round((jOf(k4) / 41_800_000) * 100)}; ${jOf(k4).toLocaleString("en")} / 58,300,000 gives ${round((jOf(k4) / k4.t) * 100)}`,
    truth: pct(a("j", "k4"), a("t", "k4")),
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch"],
    note: `JUMLAH Triwulan III is SUM with a stale cached result 121,232,170; the six UPT add up to ${us.reduce((n, u) => n + u.q[2], 0).toLocaleString("en")}`,
    truth: us.map((u) => a("q3", u.id)).join("+"),
  });
  for (const u of us) {
    b.ok({
      sheet: S,
      cell: a("j", u.id),
      rules: ["sum-mismatch"],
      truth: qk.map((k) => a(k, u.id)).join("+"),
    });
    b.ok({
      sheet: S,
      cell: a("pc", u.id),
      rules: ["capaian-mismatch"],
      truth: pct(a("cr", u.id), a("tg", u.id)),
    });
    if (u.id !== "k4")
      b.ok({
        sheet: S,
        cell: a("c", u.id),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: pct(a("j", u.id), a("t", u.id)),
      });
  }
  for (const k of ["t", "q1", "q2", "q4", "j", "tg", "cr"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: us.map((u) => a(k, u.id)).join("+"),
    });
  // traps: the totals' percentages are ratios of totals, not averages of the rows
  b.ok({
    sheet: S,
    cell: a("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: pct(a("cr", "tot"), a("tg", "tot")),
    trap: `AVERAGE(${a("pc", "k1")}:${a("pc", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: pct(a("j", "tot"), a("t", "tot")),
    trap: `SUM(${a("c", "k1")}:${a("c", "k6")})`,
  });
  return b.finish();
}
