// Two recaps of a Badan Pendapatan Daerah: realisasi pajak daerah per jenis per triwulan with the
// retribusi below it (Kabupaten Sawang Kidul), and piutang PBB-P2 per kecamatan beside the PBB-P2
// triwulan realisation (Kota Teluk Sirandah). Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

const k = (x: number) => Math.round(x / 1000) * 1000;

/** Realisasi pajak daerah per jenis per triwulan 2024 + retribusi daerah, Kabupaten Sawang Kidul. */
export function realisasiPad(): BookW {
  const b = new BookW(
    "realisasi-pad-per-jenis-pajak-sawang-kidul-311.xlsx",
    "Rekap realisasi PAD per jenis pajak (Bapenda)",
    "Pajak daerah per jenis: target APBD-P, Realisasi > TW I..IV (merged group), Jumlah =SUM, % and Lebih/(Kurang) formulas, number row '8 = 4+5+6+7', JUMLAH row; a typed retribusi table below after a caption",
  );
  const S = "Realisasi PAD 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SAWANG KIDUL", "BADAN PENDAPATAN DAERAH"]);
  s.lines(["LAPORAN REALISASI PENERIMAAN PAJAK DAERAH PER TRIWULAN", "TAHUN ANGGARAN 2024"]);
  s.gap();
  const pajak: Array<[string, number, number[]]> = [
    ["PBJT atas Makanan dan/atau Minuman", 21_500_000_000, [0.22, 0.24, 0.25, 0.27]],
    ["PBJT atas Tenaga Listrik", 38_200_000_000, [0.24, 0.25, 0.25, 0.25]],
    ["PBJT atas Jasa Perhotelan", 6_850_000_000, [0.2, 0.23, 0.24, 0.29]],
    ["PBJT atas Jasa Parkir", 1_420_000_000, [0.19, 0.22, 0.23, 0.24]],
    ["PBJT atas Jasa Kesenian dan Hiburan", 2_150_000_000, [0.17, 0.21, 0.22, 0.26]],
    ["Pajak Reklame", 3_600_000_000, [0.31, 0.18, 0.2, 0.22]],
    ["Pajak Air Tanah", 1_180_000_000, [0.24, 0.24, 0.25, 0.26]],
    ["Pajak Mineral Bukan Logam dan Batuan", 9_750_000_000, [0.18, 0.23, 0.24, 0.21]],
    ["Pajak Bumi dan Bangunan Perdesaan dan Perkotaan", 34_600_000_000, [0.08, 0.22, 0.46, 0.17]],
    ["Bea Perolehan Hak atas Tanah dan Bangunan", 27_900_000_000, [0.26, 0.27, 0.28, 0.314]],
    ["Opsen Pajak Kendaraan Bermotor", 41_300_000_000, [0.23, 0.25, 0.24, 0.25]],
    ["Opsen Bea Balik Nama Kendaraan Bermotor", 18_450_000_000, [0.21, 0.24, 0.26, 0.24]],
  ];
  const TW = ["I", "II", "III", "IV"];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "jp", head: ["Jenis Pajak Daerah"], num: "2", width: 36 },
    {
      key: "t",
      head: ["Target APBD Perubahan (Rp)"],
      role: "target",
      year: 2024,
      num: "3",
      fmt: RP,
      width: 17,
    },
    ...TW.map((w, i): Col => ({
      key: `q${i + 1}`,
      head: ["Realisasi (Rp)", `Triwulan ${w}`],
      role: "realisasi",
      year: 2024,
      num: String(4 + i),
      fmt: RP,
      width: 16,
    })),
    {
      key: "j",
      head: ["Jumlah Realisasi s.d. Triwulan IV (Rp)"],
      role: "realisasi",
      year: 2024,
      num: "8 = 4+5+6+7",
      fmt: RP,
      width: 17,
    },
    { key: "p", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "9 = 8/3 x 100", fmt: DEC },
    { key: "l", head: ["Lebih / (Kurang) (Rp)"], num: "10 = 8-3", fmt: RP, width: 17 },
  ];
  const ids = pajak.map((_, i) => `p${i + 1}`);
  const first = ids[0];
  const last = ids[ids.length - 1];
  const body: Row[] = pajak.map(([nama, t, f], i) => ({
    id: ids[i],
    cells: (x) => ({
      no: i + 1,
      jp: nama,
      t,
      q1: k(t * f[0]),
      q2: k(t * f[1]),
      q3: k(t * f[2]),
      q4: k(t * f[3]),
      j: fx(`SUM(${x.a("q1")}:${x.a("q4")})`),
      p: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
      l: fx(`${x.a("j")}-${x.a("t")}`),
    }),
  }));
  const t1 = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...body,
      {
        id: "jml",
        bold: true,
        span: ["no", "jp"],
        cells: (x) => {
          const col = (key: string, to = last) => fx(`SUM(${x.a(key, first)}:${x.a(key, to)})`);
          return {
            no: "JUMLAH PAJAK DAERAH",
            t: col("t"),
            q1: col("q1"),
            q2: col("q2"),
            // planted: TW III total one row short (Opsen BBNKB left out)
            q3: col("q3", ids[ids.length - 2]),
            q4: col("q4"),
            j: col("j"),
            p: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
            l: fx(`${x.a("j")}-${x.a("t")}`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Realisasi Retribusi Daerah s.d. Triwulan IV Tahun 2024"]);
  const ret: Array<[string, number, number, string]> = [
    ["Retribusi Pelayanan Kesehatan", 9_850_000_000, 9_312_600_000, "Dinas Kesehatan"],
    ["Retribusi Pelayanan Kebersihan", 2_400_000_000, 2_118_450_000, "Dinas Lingkungan Hidup"],
    ["Retribusi Pelayanan Parkir di Tepi Jalan Umum", 1_250_000_000, 980_000_000, "Dinas Perhubungan"],
    ["Retribusi Pemanfaatan Aset Daerah", 3_100_000_000, 3_267_400_000, "BPKAD"],
    ["Retribusi Pelayanan Pasar", 2_760_000_000, 2_455_900_000, "Dinas Perdagangan"],
    ["Retribusi Persetujuan Bangunan Gedung", 1_900_000_000, 1_604_750_000, "DPMPTSP"],
  ];
  const tot = sum(ret.map((r) => r[1]));
  const rtot = sum(ret.map((r) => r[2]));
  // planted: parkir tepi jalan typed 87.40; 980,000,000 / 1,250,000,000 gives 78.40
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "jr", head: ["Jenis Retribusi"], width: 36 },
      { key: "t", head: ["Target (Rp)"], role: "target", year: 2024, fmt: RP },
      { key: "r", head: ["Realisasi (Rp)"], role: "realisasi", year: 2024, fmt: RP },
      { key: "p", head: ["%"], role: "capaian", year: 2024, fmt: DEC },
      { key: "opd", head: ["OPD Pemungut"], role: "penanggung-jawab", width: 18 },
    ],
    headerRows: 1,
    rows: [
      ...ret.map(([n, t, r, o], i) => ({
        id: `r${i + 1}`,
        cells: { no: i + 1, jr: n, t, r, p: i === 2 ? 87.4 : round((r / t) * 100), opd: o },
      })),
      {
        id: "rj",
        span: ["no", "jr"] as [string, string],
        bold: true,
        cells: { no: "Jumlah", t: tot, r: rtot, p: round((rtot / tot) * 100) },
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Sawang Kidul, 15 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH"],
    nama: "Dr. BAMBANG SURYO WICAKSONO, S.E., M.Si.",
    nip: "19720815 199803 1 006",
  });
  const a = (key: string, id: string) => t1.a(key, id);
  const colSum = (key: string) => ids.map((id) => a(key, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("q3", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH Triwulan III is =SUM one row short: Opsen BBNKB (4,797,000,000) is left out",
    truth: colSum("q3"),
  });
  const b2 = (key: string, id: string) => t2.a(key, id);
  b.plant({
    at: { sheet: S, cell: b2("p", "r3") },
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    note: "Parkir tepi jalan umum typed 87.40 %; 980,000,000 / 1,250,000,000 x 100 = 78.40",
    truth: `ROUND(${b2("r", "r3")}/${b2("t", "r3")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "jml"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("j", "jml")}/${a("t", "jml")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", first)}:${a("p", last)}),2)`,
  });
  b.ok({
    sheet: S,
    cell: b2("p", "rj"),
    rules: ["capaian-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${b2("r", "rj")}/${b2("t", "rj")}*100,2)`,
    trap: `ROUND(AVERAGE(${b2("p", "r1")}:${b2("p", "r6")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "p10"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("j", "p10")}/${a("t", "p10")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: b2("p", "r4"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${b2("r", "r4")}/${b2("t", "r4")}*100,2)`,
  });
  for (const key of ["t", "q1", "q2", "q4", "j"])
    b.ok({ sheet: S, cell: a(key, "jml"), rules: ["sum-mismatch"], truth: colSum(key) });
  for (const id of ["p1", "p9", "p12"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: ["q1", "q2", "q3", "q4"].map((q) => a(q, id)).join("+"),
    });
  for (const key of ["t", "r"])
    b.ok({
      sheet: S,
      cell: b2(key, "rj"),
      rules: ["sum-mismatch"],
      truth: [1, 2, 3, 4, 5, 6].map((i) => b2(key, `r${i}`)).join("+"),
    });
  for (const i of [1, 2, 5, 6])
    b.ok({
      sheet: S,
      cell: b2("p", `r${i}`),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${b2("r", `r${i}`)}/${b2("t", `r${i}`)}*100,2)`,
    });
  return b.finish();
}

/** Piutang PBB-P2 per kecamatan beside the PBB-P2 realisation per triwulan, Kota Teluk Sirandah 2024. */
export function piutangPbb(): BookW {
  const b = new BookW(
    "piutang-pbb-p2-per-kecamatan-teluk-sirandah-311.xlsx",
    "Rekap piutang pajak per kecamatan (Bapenda)",
    "Mutasi piutang PBB-P2 per kecamatan (saldo awal + penambahan - pelunasan - penghapusan, '(7)=(3)+(4)-(5)-(6)', % tertagih) side by side, after one empty column, with a shorter PBB-P2 realisasi per triwulan table (kumulatif column whose Jumlah is the TW IV level)",
  );
  const S = "Piutang PBB-P2 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TELUK SIRANDAH",
    "BADAN PENDAPATAN DAERAH",
    "Bidang Penagihan dan Keberatan",
  ]);
  s.lines(["REKAPITULASI MUTASI PIUTANG PBB-P2 PER KECAMATAN DAN REALISASI PBB-P2 PER TRIWULAN TAHUN 2024"]);
  s.gap();
  const kec: Array<[string, number, number, number, number]> = [
    ["Sirandah Kota", 6_845_120_000, 2_310_450_000, 3_402_880_000, 118_300_000],
    ["Sirandah Timur", 4_120_780_000, 1_486_200_000, 1_862_540_000, 64_900_000],
    ["Banua Anyar", 3_507_300_000, 1_122_650_000, 1_390_100_000, 201_450_000],
    ["Tanjung Rema", 2_264_050_000, 874_300_000, 951_720_000, 38_000_000],
    ["Pasar Lama", 5_018_400_000, 1_705_900_000, 2_644_310_000, 0],
    ["Sungai Karias", 1_876_920_000, 602_150_000, 588_430_000, 17_600_000],
  ];
  const top = s.r;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], num: "(2)", width: 18 },
    { key: "sa", head: ["Saldo Piutang 1 Januari 2024 (Rp)"], num: "(3)", fmt: RP, width: 16 },
    { key: "tb", head: ["Mutasi Tahun 2024 (Rp)", "Penambahan Ketetapan"], num: "(4)", fmt: RP, width: 16 },
    { key: "ln", head: ["Mutasi Tahun 2024 (Rp)", "Pelunasan"], num: "(5)", fmt: RP, width: 16 },
    { key: "hp", head: ["Mutasi Tahun 2024 (Rp)", "Penghapusan"], num: "(6)", fmt: RP, width: 14 },
    {
      key: "sk",
      head: ["Saldo Piutang 31 Desember 2024 (Rp)"],
      num: "(7)=(3)+(4)-(5)-(6)",
      fmt: RP,
      width: 16,
    },
    { key: "pt", head: ["Piutang Tertagih (%)"], num: "(8)=(5)/((3)+(4))x100", fmt: DEC, width: 12 },
  ];
  const kids = kec.map((_, i) => `k${i + 1}`);
  // planted: Banua Anyar % tertagih typed 104.62 (impossible: pelunasan is below saldo + penambahan)
  const left = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...kec.map(([n, sa, tb, ln, hp], i) => ({
          id: kids[i],
          cells: (x: { a: (key: string, id?: string) => string }) => ({
            no: i + 1,
            kec: n,
            sa,
            tb,
            ln,
            hp,
            sk: fx(`${x.a("sa")}+${x.a("tb")}-${x.a("ln")}-${x.a("hp")}`),
            pt: i === 2 ? 104.62 : fx(`ROUND(${x.a("ln")}/(${x.a("sa")}+${x.a("tb")})*100,2)`),
          }),
        })),
        {
          id: "kj",
          bold: true,
          span: ["no", "kec"] as [string, string],
          cells: (x: { a: (key: string, id?: string) => string }) => ({
            no: "Jumlah",
            ...Object.fromEntries(
              ["sa", "tb", "ln", "hp", "sk"].map((key) => [
                key,
                fx(`SUM(${x.a(key, "k1")}:${x.a(key, "k6")})`),
              ]),
            ),
            pt: fx(`ROUND(${x.a("ln")}/(${x.a("sa")}+${x.a("tb")})*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  // right table after one empty column (I), same top, shorter
  const tw: Array<[string, number, number]> = [
    ["Triwulan I", 3_150_000_000, 1_204_380_000],
    ["Triwulan II", 6_300_000_000, 3_862_150_000],
    ["Triwulan III", 9_450_000_000, 10_418_700_000],
    ["Triwulan IV", 4_200_000_000, 3_107_640_000],
  ];
  const tids = ["w1", "w2", "w3", "w4"];
  // planted: Jumlah realisasi keeps a stale cached 17,592,870,000 (the quarters give 18,592,870,000)
  const right = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], num: "(1)", width: 13 },
        {
          key: "t",
          head: ["Target PBB-P2 (Rp)"],
          role: "target",
          year: 2024,
          num: "(2)",
          fmt: RP,
          width: 16,
        },
        {
          key: "r",
          head: ["Realisasi (Rp)", "Triwulan Berjalan"],
          role: "realisasi",
          year: 2024,
          num: "(3)",
          fmt: RP,
          width: 16,
        },
        {
          key: "rk",
          head: ["Realisasi (Rp)", "Kumulatif"],
          role: "realisasi",
          year: 2024,
          num: "(4)",
          fmt: RP,
          width: 16,
        },
        {
          key: "p",
          head: ["Capaian Kumulatif thd Target Tahunan (%)"],
          role: "capaian",
          year: 2024,
          num: "(5)",
          fmt: DEC,
          width: 14,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...tw.map(([n, t, r], i) => ({
          id: tids[i],
          cells: (x: { a: (key: string, id?: string) => string }) => ({
            tw: n,
            t,
            r,
            rk: i === 0 ? fx(x.a("r")) : fx(`${x.a("rk", tids[i - 1])}+${x.a("r")}`),
            p: fx(`ROUND(${x.a("rk")}/${x.a("t", "wj")}*100,2)`),
          }),
        })),
        {
          id: "wj",
          bold: true,
          cells: (x: { a: (key: string, id?: string) => string }) => ({
            tw: "Jumlah",
            t: fx(`SUM(${x.a("t", "w1")}:${x.a("t", "w4")})`),
            r: fx(`SUM(${x.a("r", "w1")}:${x.a("r", "w4")})`, 17_592_870_000),
            rk: fx(x.a("rk", "w4")),
            p: fx(`ROUND(${x.a("rk")}/${x.a("t")}*100,2)`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.r = Math.max(left.lastDataRow, right.lastDataRow) + 2;
  s.lines([
    "Catatan: penghapusan piutang berdasarkan Keputusan Wali Kota tentang penghapusan piutang PBB-P2 kedaluwarsa.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Teluk Sirandah, 20 Januari 2025",
    jabatan: ["KEPALA BIDANG PENAGIHAN DAN KEBERATAN"],
    nama: "AHMAD FAUZAN NOOR, S.STP., M.Si.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19860911 200501 1 003",
  });
  const a = (key: string, id: string) => left.a(key, id);
  const w = (key: string, id: string) => right.a(key, id);
  const tert = (id: string) => `ROUND(${a("ln", id)}/(${a("sa", id)}+${a("tb", id)})*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("pt", "k3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "Banua Anyar piutang tertagih typed 104.62 %; pelunasan 1,390,100,000 / (3,507,300,000 + 1,122,650,000) gives 30.02",
    truth: tert("k3"),
  });
  b.plant({
    at: { sheet: S, cell: w("r", "wj") },
    rules: ["sum-mismatch"],
    note: "Jumlah realisasi =SUM of the quarters with a stale cached 17,592,870,000; the quarters give 18,592,870,000",
    truth: tids.map((id) => w("r", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("pt", "kj"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: tert("kj"),
    trap: `ROUND(AVERAGE(${a("pt", "k1")}:${a("pt", "k6")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: w("rk", "wj"),
    rules: ["sum-mismatch"],
    truth: w("rk", "w4"),
    trap: tids.map((id) => w("rk", id)).join("+"),
  });
  for (const id of [...kids, "kj"])
    b.ok({
      sheet: S,
      cell: a("sk", id),
      rules: ["sum-mismatch"],
      truth: `${a("sa", id)}+${a("tb", id)}-${a("ln", id)}-${a("hp", id)}`,
    });
  for (const id of ["k1", "k2", "k4", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("pt", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: tert(id),
    });
  for (const key of ["sa", "tb", "ln", "hp"])
    b.ok({
      sheet: S,
      cell: a(key, "kj"),
      rules: ["sum-mismatch"],
      truth: kids.map((id) => a(key, id)).join("+"),
    });
  b.ok({
    sheet: S,
    cell: w("t", "wj"),
    rules: ["sum-mismatch"],
    truth: tids.map((id) => w("t", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: w("p", "wj"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${w("rk", "wj")}/${w("t", "wj")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: w("rk", "w3"),
    rules: ["sum-mismatch"],
    truth: `${w("r", "w1")}+${w("r", "w2")}+${w("r", "w3")}`,
  });
  return b.finish();
}
