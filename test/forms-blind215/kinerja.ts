// LKjIP, PK with its Renstra, the recap of logistik kebencanaan with the kaji cepat recap beside it,
// and the recap of rumah rusak and huntap pascagempa per kecamatan, of BPBD Kabupaten Tanah Sirandu
// (Sumatera Barat) and BPBD Kabupaten Rinjanipura (Nusa Tenggara Barat). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, predikat, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja of BPBD Tanah Sirandu: sasaran merged, refleksi on the negative rows. */
export function lkjipBpbd(): BookW {
  const b = new BookW(
    "lkjip-2024-bpbd-tanah-sirandu.xlsx",
    "LKjIP pengukuran kinerja (BPBD)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Tahun 2024 > Target, Realisasi, Capaian (%) | Realisasi 2023 | Target Akhir Renstra 2026 | Predikat (Permendagri words); ROUND formulas, refleksi (2T-R)/T on the negative rows (IRB, waktu tanggap); Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran BPBD Kabupaten Tanah Sirandu Tahun 2024"]);
  s.gap();
  const S1 = "Menurunnya indeks risiko bencana daerah";
  const S2 = "Meningkatnya kecepatan dan mutu penanganan darurat bencana";
  const S3 = "Pulihnya permukiman penyintas pascabencana";
  const I = [
    {
      id: "i1",
      sas: S1,
      ind: "Indeks Risiko Bencana (IRB)",
      sat: "indeks",
      neg: true,
      t: 131.4,
      r: 128.9,
      r23: 135.2,
      ak: 122,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase desa/nagari tangguh bencana",
      sat: "%",
      neg: false,
      t: 35,
      r: 31.5,
      r23: 27.5,
      ak: 45,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Rata-rata waktu tanggap darurat (respon time) TRC sejak laporan kejadian",
      sat: "jam",
      neg: true,
      t: 6,
      r: 7.5,
      r23: 8,
      ak: 4,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase korban bencana yang menerima bantuan logistik dalam 24 jam",
      sat: "%",
      neg: false,
      t: 95,
      r: 92.15,
      r23: 88.6,
      ak: 100,
    },
    {
      id: "i5",
      sas: S3,
      ind: "Persentase rumah rusak berat yang telah direhabilitasi / direkonstruksi",
      sat: "%",
      neg: false,
      t: 60,
      r: 40.8,
      r23: 31.2,
      ak: 90,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target" },
    { key: "p", head: ["Predikat Capaian"], role: "predikat", year: 2024 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const val = (neg: boolean, t: number, r: number) =>
    Math.round((neg ? (2 * t - r) / t : r / t) * 10000) / 100;
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the waktu tanggap row (negative) has the R / T formula of the positive rows
          c: fx(cap(x.id === "i3" ? false : x.neg, c.a("t"), c.a("r"))),
          r23: x.r23,
          ak: x.ak,
          // planted: "Tinggi" for the huntap row (68.00 is Sedang); the waktu tanggap word follows its 125
          p: x.id === "i5" ? "Tinggi" : predikat(x.id === "i3" ? 125 : val(x.neg, x.t, x.r)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: "Sangat Tinggi",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator IRB dan waktu tanggap bersifat negatif; capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Waktu tanggap darurat (negative, jam) computed with R / T = 7.5 / 6 = 125.00; refleksi (2 x 6 - 7.5) / 6 gives 75.00",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Tinggi' for 68.00 (40.8 / 60); the band > 65 - 75 is Sedang",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i1"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i1"), a("r", "i1")),
    trap: `ROUND(${a("r", "i1")}/${a("t", "i1")}*100,2)`,
  });
  for (const id of ["i2", "i4", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Pelaksana BPBD Rinjanipura, beside the Renstra 2025-2029 (Tahun - 1 .. - 5). */
export function pkBpbd(): BookW {
  const b = new BookW(
    "pk-2025-renstra-bpbd-rinjanipura.xlsx",
    "PK 2025 with Renstra (BPBD)",
    "sheet 'PK 2025': statement, No | Sasaran (merged) | Indikator | Target Tahun 2025 | Satuan; No | Kode | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'Renstra': Kondisi Awal (2024) | Tahun - 1 .. Tahun - 5 (years only in the title) | Kondisi Akhir",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Indeks Risiko Bencana (IRB)",
      sat: "indeks",
      awal: 146.8,
      k: [142.5, 138, 133.6, 129.2, 125],
    },
    { id: "b", ind: "Persentase desa tangguh bencana", sat: "%", awal: 22, k: [26, 30, 35, 40, 45] },
    {
      id: "c",
      ind: "Persentase penyintas bencana yang menempati hunian tetap",
      sat: "%",
      awal: 38,
      k: [48, 58, 68, 78, 88],
    },
    {
      id: "d",
      ind: "Persentase wilayah rawan bencana yang terjangkau EWS",
      sat: "%",
      awal: 30,
      k: [36, 42, 50, 58, 65],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "Tabel 5.2 Indikator Kinerja Utama dan Target Renstra BPBD Kabupaten Rinjanipura Tahun 2025-2029",
  ]);
  rs.gap();
  const TG = "Target Kinerja";
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...[1, 2, 3, 4, 5].map((n): Col => ({
        key: `y${n}`,
        head: [TG, `Tahun - ${n}`],
        role: "target",
        year: 2024 + n,
      })),
      { key: "ak", head: ["Kondisi Kinerja Akhir Periode Renstra"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  rs.gap();
  rs.lines(["IRB: indikator negatif (semakin kecil semakin baik)."]);
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN RINJANIPURA",
  ]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan, dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: Kepala Pelaksana BPBD dan Bupati Rinjanipura, sepakat atas target kinerja berikut.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "tg", head: ["Target Tahun 2025"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 2 ? "Menurunnya risiko bencana" : "Meningkatnya ketangguhan dan pemulihan masyarakat",
        ind: x.ind,
        // planted: the huntap target is the Renstra Tahun - 3 (2027) value 68 (2025: 48)
        tg: x.id === "c" ? x.k[2] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "1.05.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_126_880_000,
    },
    { id: "p2", kode: "1.05.03", nm: "Program Penanggulangan Bencana", rp: 7_542_300_000 },
    {
      id: "p3",
      kode: "1.05.04",
      nm: "Program Pencegahan, Penanggulangan, Penyelamatan Kebakaran dan Penyelamatan Non Kebakaran",
      rp: 1_318_450_000,
    },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, sd: "APBD" },
      })),
      // planted: Jumlah typed 12,897,630,000 (the programs give 12,987,630,000)
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 12_897_630_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Praya Rinjani, 2 Januari 2025",
    jabatan: ["KEPALA PELAKSANA BPBD KABUPATEN RINJANIPURA"],
    nama: "L. MUHAMAD SYAIFUL HADI, S.T., M.M.",
    nip: "19780409 200312 1 008",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y1", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of penyintas menempati huntap is 68, the Renstra Tahun - 3 (2027) target; Tahun - 1 (2025) is 48",
    truth: `'${R}'!${rt.a("y1", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 12,897,630,000; the three programs add up to 12,987,630,000 (digits swapped)",
    truth: prog.map((x) => at.a("rp", x.id)).join("+"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  for (const id of ["a", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((n) => rt.a(`y${n}`, id)).join("+"),
    });
  return b.finish();
}

/** Mutasi persediaan logistik per triwulan, BPBD Tanah Sirandu, with the kaji cepat recap beside it. */
export function rekapLogistik(): BookW {
  const b = new BookW(
    "rekap-logistik-kaji-cepat-bpbd-tanah-sirandu.xlsx",
    "Rekap logistik kebencanaan (BPBD)",
    "Mutasi persediaan logistik 2024 per triwulan (nilai Rp): Saldo Awal | Penerimaan > BNPB/Provinsi, APBD | Penyaluran | Saldo Akhir '(6) = (2)+(3)+(4)-(5)' | % Tersalur '(7) = (5)/((2)+(3)+(4)) x 100'; Jumlah row where the saldo are stocks (awal = TW I, akhir = TW IV); beside it (one empty column) kaji cepat TRC per triwulan with a number row '(d) = (c)/(b) x 100'",
  );
  const S = "Logistik 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "BADAN PENANGGULANGAN BENCANA DAERAH KABUPATEN TANAH SIRANDU",
    "Seksi Logistik dan Peralatan / Tim Reaksi Cepat (TRC)",
  ]);
  s.lines(["LAPORAN MUTASI PERSEDIAAN LOGISTIK KEBENCANAAN DAN KAJI CEPAT TAHUN ANGGARAN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", aw: 412_650_000, bn: 0, ap: 185_400_000, sl: 236_900_000 },
    { id: "q2", tw: "Triwulan II", aw: 361_150_000, bn: 150_000_000, ap: 96_750_000, sl: 318_420_000 },
    { id: "q3", tw: "Triwulan III", aw: 289_480_000, bn: 0, ap: 210_300_000, sl: 147_260_000 },
    { id: "q4", tw: "Triwulan IV", aw: 352_520_000, bn: 275_000_000, ap: 64_800_000, sl: 498_150_000 },
  ];
  const top = s.r;
  const PN = "Penerimaan";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "aw", head: ["Saldo Awal (Rp)"], num: "(2)", fmt: RP, width: 16 },
      { key: "bn", head: [PN, "Bantuan BNPB / Provinsi (Rp)"], num: "(3)", fmt: RP, width: 16 },
      { key: "ap", head: [PN, "Pengadaan APBD (Rp)"], num: "(4)", fmt: RP, width: 16 },
      { key: "sl", head: ["Penyaluran ke Lokasi Bencana (Rp)"], num: "(5)", fmt: RP, width: 16 },
      { key: "ak", head: ["Saldo Akhir (Rp)"], num: "(6) = (2)+(3)+(4)-(5)", fmt: RP, width: 16 },
      {
        key: "p",
        head: ["% Tersalur"],
        role: "capaian",
        year: 2024,
        num: "(7) = (5)/((2)+(3)+(4)) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          aw: q.aw,
          bn: q.bn,
          ap: q.ap,
          sl: q.sl,
          // planted: Triwulan III's saldo akhir typed 325,520,000 (the mutasi give 352,520,000)
          ak: q.id === "q3" ? 325_520_000 : fx(`${c.a("aw")}+${c.a("bn")}+${c.a("ap")}-${c.a("sl")}`),
          p: fx(`ROUND(${c.a("sl")}/(${c.a("aw")}+${c.a("bn")}+${c.a("ap")})*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah 2024",
          aw: fx(c.a("aw", "q1")),
          bn: fx(`SUM(${c.a("bn", "q1")}:${c.a("bn", "q4")})`),
          ap: fx(`SUM(${c.a("ap", "q1")}:${c.a("ap", "q4")})`),
          sl: fx(`SUM(${c.a("sl", "q1")}:${c.a("sl", "q4")})`),
          ak: fx(`${c.a("aw")}+${c.a("bn")}+${c.a("ap")}-${c.a("sl")}`),
          p: fx(`ROUND(${c.a("sl")}/(${c.a("aw")}+${c.a("bn")}+${c.a("ap")})*100,2)`),
        }),
      },
    ],
  });
  const K = [
    { id: "q1", tw: "TW I", n: 14, kc: 12 },
    { id: "q2", tw: "TW II", n: 9, kc: 9 },
    { id: "q3", tw: "TW III", n: 16, kc: 14 },
    { id: "q4", tw: "TW IV", n: 21, kc: 19 },
  ];
  const kt = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], num: "(a)" },
        { key: "n", head: ["Kejadian Bencana"], num: "(b)", fmt: INT },
        { key: "kc", head: ["Dikaji Cepat <= 24 Jam"], role: "realisasi", year: 2024, num: "(c)", fmt: INT },
        {
          key: "p",
          head: ["% Dikaji Cepat"],
          role: "capaian",
          year: 2024,
          num: "(d) = (c)/(b) x 100",
          fmt: DEC,
        },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...K.map((k): Row => ({
          id: k.id,
          cells: (c) => ({
            tw: k.tw,
            n: k.n,
            kc: k.kc,
            // planted: TW III typed 112.50 (18 / 16: the TRC deployments instead of the 14 kaji cepat reports)
            p: k.id === "q3" ? 112.5 : fx(`ROUND(${c.a("kc")}/${c.a("n")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          cells: (c) => ({
            tw: "Jumlah",
            n: fx(`SUM(${c.a("n", "q1")}:${c.a("n", "q4")})`),
            kc: fx(`SUM(${c.a("kc", "q1")}:${c.a("kc", "q4")})`),
            p: fx(`ROUND(${c.a("kc")}/${c.a("n")}*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: saldo awal tahun = saldo awal Triwulan I; saldo akhir tahun = saldo akhir Triwulan IV.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Lubuk Sirandu, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG KEDARURATAN DAN LOGISTIK"],
    nama: "YULIA FITRIANI, S.E., M.Si.",
    nip: "19810726 200604 2 011",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const mut = (id: string) => `${a("aw", id)}+${a("bn", id)}+${a("ap", id)}-${a("sl", id)}`;
  b.plant({
    at: { sheet: S, cell: a("ak", "q3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Saldo akhir of Triwulan III is a typed 325,520,000 among formulas; 289,480,000 + 0 + 210,300,000 - 147,260,000 = 352,520,000 (the saldo awal of Triwulan IV)",
    truth: mut("q3"),
  });
  b.plant({
    at: { sheet: S, cell: kt.a("p", "q3") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "% dikaji cepat of TW III is a typed 112.50 (18 TRC deployments / 16), over 100 although no more kejadian can be assessed than occurred; 14 / 16 gives 87.50",
    truth: `ROUND(${kt.a("kc", "q3")}/${kt.a("n", "q3")}*100,2)`,
  });
  for (const id of ["q1", "q2", "q4"])
    b.ok({ sheet: S, cell: a("ak", id), rules: ["sum-mismatch"], truth: mut(id) });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("sl", id)}/(${a("aw", id)}+${a("bn", id)}+${a("ap", id)})*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("aw", "tot"),
    rules: ["sum-mismatch"],
    truth: a("aw", "q1"),
    trap: `SUM(${a("aw", "q1")}:${a("aw", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("ak", "tot"),
    rules: ["sum-mismatch"],
    truth: `${a("aw", "q4")}+${a("bn", "q4")}+${a("ap", "q4")}-${a("sl", "q4")}`,
    trap: `SUM(${a("ak", "q1")}:${a("ak", "q4")})`,
  });
  for (const k of ["bn", "sl"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${a("sl", "tot")}/(${a("aw", "q1")}+${a("bn", "tot")}+${a("ap", "tot")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "q1")}:${a("p", "q4")}),2)`,
  });
  for (const id of ["q1", "q2", "q4"])
    b.ok({
      sheet: S,
      cell: kt.a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${kt.a("kc", id)}/${kt.a("n", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: kt.a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${kt.a("kc", "q1")}:${kt.a("kc", "q4")})/SUM(${kt.a("n", "q1")}:${kt.a("n", "q4")})*100,2)`,
  });
  return b.finish();
}

/** Rumah rusak and huntap pascagempa per kecamatan, BPBD Rinjanipura, with shares of the dana stimulan. */
export function rekapHuntap(): BookW {
  const b = new BookW(
    "rekap-huntap-pascagempa-rinjanipura.xlsx",
    "Rekap rehabilitasi-rekonstruksi huntap (BPBD)",
    "Per kecamatan: Kerusakan Rumah (unit) > Rusak Berat | Sedang | Ringan | Jumlah '(6) = (3)+(4)+(5)' (typed) | Huntap Selesai | % Huntap thd RB '(8) = (7)/(3) x 100' | Dana Stimulan (Rp) | Porsi Dana (%) '(10) = (9)/Σ(9) x 100'; TOTAL row with the ratio of totals",
  );
  const S = "Huntap 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN RINJANIPURA",
    "BADAN PENANGGULANGAN BENCANA DAERAH - BIDANG REHABILITASI DAN REKONSTRUKSI",
  ]);
  s.lines([
    "REKAPITULASI KERUSAKAN RUMAH DAN PEMBANGUNAN HUNIAN TETAP PASCAGEMPA",
    "Kondisi s.d. 31 Desember 2024",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Tanjung Sangkar", rb: 412, rs: 638, rr: 1204, h: 356, d: 21_375_000_000 },
    { id: "k2", nm: "Kokok Putih", rb: 286, rs: 517, rr: 966, h: 251, d: 15_820_000_000 },
    { id: "k3", nm: "Lendang Nangka Raya", rb: 524, rs: 702, rr: 1388, h: 398, d: 26_940_000_000 },
    { id: "k4", nm: "Montong Baan", rb: 158, rs: 344, rr: 721, h: 158, d: 9_115_000_000 },
    { id: "k5", nm: "Suela Timur", rb: 97, rs: 231, rr: 509, h: 84, d: 6_230_000_000 },
  ];
  const KR = "Kerusakan Rumah (unit)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "rb", head: [KR, "Rusak Berat"], num: "(3)", fmt: INT },
      { key: "rs", head: [KR, "Rusak Sedang"], num: "(4)", fmt: INT },
      { key: "rr", head: [KR, "Rusak Ringan"], num: "(5)", fmt: INT },
      { key: "j", head: [KR, "Jumlah"], num: "(6) = (3)+(4)+(5)", fmt: INT },
      {
        key: "h",
        head: ["Huntap Selesai Dibangun (unit)"],
        role: "realisasi",
        year: 2024,
        num: "(7)",
        fmt: INT,
      },
      {
        key: "p",
        head: ["% Huntap terhadap Rusak Berat"],
        role: "capaian",
        year: 2024,
        num: "(8) = (7)/(3) x 100",
        fmt: DEC,
      },
      {
        key: "d",
        head: ["Dana Stimulan Tersalur (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(9)",
        fmt: RP,
        width: 18,
      },
      { key: "ps", head: ["Porsi Dana (%)"], num: "(10) = (9)/Σ(9) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          rb: k.rb,
          rs: k.rs,
          rr: k.rr,
          // planted: Lendang Nangka Raya's Jumlah typed 2,641 (524 + 702 + 1,388 = 2,614)
          j: k.id === "k3" ? 2641 : k.rb + k.rs + k.rr,
          h: k.h,
          p: fx(`ROUND(${c.a("h")}/${c.a("rb")}*100,2)`),
          d: k.d,
          ps: fx(`ROUND(${c.a("d")}/${c.a("d", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => ({
          no: "TOTAL",
          rb: fx(`SUM(${c.a("rb", "k1")}:${c.a("rb", "k5")})`),
          // planted: TOTAL rusak sedang one row short
          rs: fx(`SUM(${c.a("rs", "k1")}:${c.a("rs", "k4")})`),
          rr: fx(`SUM(${c.a("rr", "k1")}:${c.a("rr", "k5")})`),
          j: fx(`SUM(${c.a("j", "k1")}:${c.a("j", "k5")})`),
          h: fx(`SUM(${c.a("h", "k1")}:${c.a("h", "k5")})`),
          p: fx(`ROUND(${c.a("h")}/${c.a("rb")}*100,2)`),
          d: fx(`SUM(${c.a("d", "k1")}:${c.a("d", "k5")})`),
          ps: fx(`SUM(${c.a("ps", "k1")}:${c.a("ps", "k5")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Tim Pendamping Teknis Rehabilitasi dan Rekonstruksi; dana stimulan dari hibah BNPB."]);
  s.gap();
  signature(s, 8, {
    tempat: "Praya Rinjani, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG REHABILITASI DAN REKONSTRUKSI"],
    nama: "BAIQ NURUL AINI, S.T., M.T.",
    nip: "19840512 200902 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const jml = (id: string) => `${a("rb", id)}+${a("rs", id)}+${a("rr", id)}`;
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch"],
    note: "Jumlah rumah rusak of Lendang Nangka Raya is 2,641; 524 + 702 + 1,388 = 2,614 (digits swapped)",
    truth: jml("k3"),
  });
  b.plant({
    at: { sheet: S, cell: a("rs", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL rusak sedang is =SUM over four kecamatan (2,201); with Suela Timur's 231 it is 2,432",
    truth: `SUM(${a("rs", "k1")}:${a("rs", "k5")})`,
  });
  for (const id of ["k1", "k2", "k4", "k5"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: jml(id) });
  for (const id of ["k1", "k2", "k3", "k4", "k5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("h", id)}/${a("rb", id)}*100,2)`,
    });
  for (const k of ["rb", "rr", "h", "d"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("h", "k1")}:${a("h", "k5")})/SUM(${a("rb", "k1")}:${a("rb", "k5")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")}:${a("p", "k5")}),2)`,
  });
  for (const id of ["k1", "k3"])
    b.ok({
      sheet: S,
      cell: a("ps", id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("d", id)}/SUM(${a("d", "k1")}:${a("d", "k5")})*100,2)`,
    });
  return b.finish();
}
