// LKjIP, PK with its Renstra, the malaria recap per puskesmas and the kusta / kelambu recap of the
// two Dinas Kesehatan (Maluku Utara, Nusa Tenggara Barat). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 capaian, Dinkes Halmahera Teluk: refleksi on API and prevalensi kusta. */
export function lkjipMalaria(): BookW {
  const b = new BookW(
    "lkjip-2024-eliminasi-malaria-halmahera-teluk.xlsx",
    "LKjIP capaian kinerja (Dinkes P2P malaria)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged over its indicators) | Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat; ROUND formulas, refleksi (2T-R)/T on API and prevalensi kusta; Rata-rata row",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.2", "Capaian Indikator Kinerja Utama Dinas Kesehatan Kabupaten Halmahera Teluk Tahun 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const SA = "Menurunnya angka kesakitan malaria dan kusta";
  const SB = "Meningkatnya upaya eliminasi malaria di desa reseptif";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Annual Parasite Incidence (API) per 1.000 penduduk",
      sat: "per 1.000",
      neg: true,
      t: 2,
      r: 1.64,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Prevalensi kusta per 10.000 penduduk",
      sat: "per 10.000",
      neg: true,
      t: 0.9,
      r: 1.02,
    },
    {
      id: "i3",
      sas: SB,
      ind: "Persentase desa reseptif dengan surveilans migrasi aktif",
      sat: "%",
      neg: false,
      t: 75,
      r: 68.4,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase kasus malaria positif yang diobati sesuai standar",
      sat: "%",
      neg: false,
      t: 95,
      r: 88.3,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Cakupan kelambu berinsektisida di desa endemis tinggi",
      sat: "%",
      neg: false,
      t: 85,
      r: 61.2,
    },
  ];
  const cap = (neg: boolean, t: number, r: number) => round(neg ? ((2 * t - r) / t) * 100 : (r / t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", year: 2024 },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
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
          // planted: a stale cached capaian (97.12) on the pengobatan row; 88.3 / 95 = 92.95
          c: x.neg
            ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
            : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`, x.id === "i4" ? 97.12 : undefined),
          // planted: "Baik" for the kelambu capaian 72.00 (Cukup)
          p: x.id === "i5" ? "Baik" : predikatBaik(cap(x.neg, x.t, x.r)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: API dan prevalensi kusta berpolaritas negatif; capaian = (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "Capaian of pengobatan sesuai standar shows a stale cached 97.12; =ROUND(R/T*100,2) with 88.3 / 95 gives 92.95",
    truth: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for a capaian of 72.00; the footnote band > 65 - 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`,
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Dinkes Sumbawa Hulu beside its Renstra 2025-2029 targets. */
export function pkMalaria(): BookW {
  const b = new BookW(
    "pk-2025-p2p-malaria-kusta-sumbawa-hulu.xlsx",
    "Perjanjian Kinerja 2025 + Renstra (Dinkes P2P)",
    "sheet 'PK 2025': statement lines, No | Sasaran | Indikator | Satuan | Target 2025 with the sasaran merged; then No | Kode | Program | Anggaran (Rp) | Keterangan with a typed Jumlah; sheet 'Renstra 2025-2029': Kondisi Awal 2024 | Target 2025..2029 | Kondisi Akhir 2029",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const rs = b.sheet(R);
  rs.lines(["Target Indikator Kinerja Dinas Kesehatan Kabupaten Sumbawa Hulu 2025-2029"], 1, { bold: true });
  rs.gap();
  const ind = [
    {
      id: "a",
      ind: "Annual Parasite Incidence (API) malaria per 1.000 penduduk",
      sat: "per 1.000",
      awal: 1.84,
      k: [1.5, 1.2, 0.95, 0.7, 0.5],
    },
    {
      id: "b",
      ind: "Prevalensi kusta per 10.000 penduduk",
      sat: "per 10.000",
      awal: 0.92,
      k: [0.9, 0.8, 0.7, 0.6, 0.45],
    },
    {
      id: "c",
      ind: "Persentase desa reseptif dengan surveilans migrasi aktif",
      sat: "%",
      awal: 58,
      k: [62, 66, 70, 74, 78],
    },
    {
      id: "d",
      ind: "Persentase puskesmas dengan pemeriksaan mikroskopis malaria terstandar",
      sat: "%",
      awal: 70,
      k: [75, 80, 85, 90, 95],
    },
  ];
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...Y.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "akhir", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => {
      const cells: Record<string, number | string> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        akhir: x.k[4],
      };
      Y.forEach((y, j) => (cells[`y${y}`] = x.k[j]));
      return { id: x.id, cells };
    }),
  });
  const pk = b.sheet(P);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KESEHATAN KABUPATEN SUMBAWA HULU"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const SA = "Menurunnya angka kesakitan malaria dan kusta";
  const SB = "Meningkatnya eliminasi malaria di desa reseptif";
  // planted: desa reseptif target 66 is the Renstra 2026 target (2025 is 62)
  const pkT: Record<string, number> = { a: 1.5, b: 0.9, c: 66, d: 75 };
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: i < 2 ? SA : SB, ind: x.ind, sat: x.sat, t: pkT[x.id] },
    })),
  });
  pk.gap();
  pk.lines(["Program dan anggaran:"]);
  const prog = [
    {
      id: "p1",
      kode: "1.02.01",
      nm: "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA",
      rp: 18_742_615_000,
    },
    {
      id: "p2",
      kode: "1.02.02",
      nm: "PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT",
      rp: 9_386_240_500,
    },
    {
      id: "p3",
      kode: "1.02.03",
      nm: "PROGRAM PENINGKATAN KAPASITAS SUMBER DAYA MANUSIA KESEHATAN",
      rp: 1_254_800_000,
    },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 12 },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, ket: "APBD" },
      })),
      // planted: Jumlah typed 29,833,655,500; the programs add up to 29,383,655,500
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 29_833_655_500 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Taliwang Hulu, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS KESEHATAN"],
    nama: "dr. BAIQ NURHAYATI ISKANDAR, M.P.H.",
    nip: "19800517 200604 2 011",
  });
  const rc = (id: string, y: number) => `'${R}'!${rt.a(`y${y}`, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of desa reseptif is 66, the Renstra 2026 target; Renstra 2025 is 62",
    truth: rc("c", 2025),
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran typed 29,833,655,500; the three programs add up to 29,383,655,500 (digits swapped)",
    truth: ["p1", "p2", "p3"].map((id) => at.a("rp", id)).join("+"),
  });
  for (const id of ["a", "b", "d"])
    b.ok({ sheet: P, cell: pt.a("t", id), rules: ["cross-table-mismatch"], truth: rc(id, 2025) });
  b.ok({
    sheet: R,
    cell: rt.a("akhir", "a"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y2029", "a"),
    trap: Y.map((y) => rt.a(`y${y}`, "a")).join("+"),
  });
  for (const id of ["b", "c", "d"])
    b.ok({ sheet: R, cell: rt.a("akhir", id), rules: ["kondisi-akhir-mismatch"], truth: rt.a("y2029", id) });
  return b.finish();
}

/** Malaria cases per puskesmas, Dinkes Halmahera Teluk 2024: species, API, positivity rate. */
export function rekapMalariaPuskesmas(): BookW {
  const b = new BookW(
    "rekap-kasus-malaria-per-puskesmas-halmahera-teluk.xlsx",
    "Rekap kasus malaria per puskesmas (Dinkes P2P)",
    "Per puskesmas: Penduduk | Sediaan darah diperiksa | Positif Pf / Pv / Mix | Jumlah (typed) | API per 1.000 and positivity rate (formulas); number row '(8) = (5)+(6)+(7)', '(9) = (8)/(3) x 1.000', '(10) = (8)/(4) x 100'; Jumlah Kabupaten row with ratios of totals",
  );
  const S = "Malaria per PKM 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS KESEHATAN KABUPATEN HALMAHERA TELUK", "BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT"]);
  s.lines(["REKAPITULASI KASUS MALARIA MENURUT PUSKESMAS TAHUN 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Weda Hulu", pd: 18_420, sd: 2_310, f: 21, v: 12, m: 2 },
    { id: "k2", nm: "Sagea", pd: 11_085, sd: 1_640, f: 9, v: 7, m: 1 },
    { id: "k3", nm: "Loleo Jaya", pd: 9_730, sd: 1_925, f: 28, v: 14, m: 3 },
    { id: "k4", nm: "Messa", pd: 14_266, sd: 2_105, f: 16, v: 10, m: 0 },
    { id: "k5", nm: "Kobe Pantai", pd: 7_512, sd: 980, f: 4, v: 5, m: 0 },
    { id: "k6", nm: "Tilope", pd: 12_948, sd: 2_470, f: 33, v: 19, m: 4 },
  ];
  const PO = "Kasus Positif Malaria";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Puskesmas"], role: "lokasi", num: "(2)", width: 16 },
      { key: "pd", head: ["Jumlah Penduduk"], num: "(3)", fmt: INT },
      { key: "sd", head: ["Sediaan Darah Diperiksa"], num: "(4)", fmt: INT },
      { key: "f", head: [PO, "P. falciparum"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "v", head: [PO, "P. vivax"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      { key: "m", head: [PO, "Mix"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
      { key: "j", head: [PO, "Jumlah"], role: "realisasi", year: 2024, num: "(8) = (5)+(6)+(7)", fmt: INT },
      {
        key: "api",
        head: ["API per 1.000 Penduduk"],
        role: "lainnya",
        num: "(9) = (8)/(3) x 1.000",
        fmt: DEC,
      },
      { key: "pr", head: ["Positivity Rate (%)"], role: "lainnya", num: "(10) = (8)/(4) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          pd: k.pd,
          sd: k.sd,
          f: k.f,
          v: k.v,
          m: k.m,
          // planted: Loleo Jaya typed 54 (28 + 14 + 3 = 45)
          j: k.id === "k3" ? 54 : k.f + k.v + k.m,
          api: fx(`ROUND(${c.a("j")}/${c.a("pd")}*1000,2)`),
          // planted: Sagea's positivity rate typed 103.66 (per 10.000, not per 100)
          pr: k.id === "k2" ? 103.66 : fx(`ROUND(${c.a("j")}/${c.a("sd")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "Jumlah Kabupaten" };
          for (const k of ["pd", "sd", "f", "v", "m", "j"])
            out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`);
          out.api = fx(`ROUND(${c.a("j")}/${c.a("pd")}*1000,2)`);
          out.pr = fx(`ROUND(${c.a("j")}/${c.a("sd")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan bulanan SISMAL puskesmas, Januari - Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  const add = (id: string) => `${a("f", id)}+${a("v", id)}+${a("m", id)}`;
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch"],
    note: "Jumlah positif of Puskesmas Loleo Jaya typed 54; Pf 28 + Pv 14 + Mix 3 = 45",
    truth: add("k3"),
  });
  b.plant({
    at: { sheet: S, cell: a("pr", "k2") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "Positivity rate of Puskesmas Sagea typed 103.66%, impossible for positives among slides; 17 / 1,640 x 100 = 1.04",
    truth: `ROUND(${a("j", "k2")}/${a("sd", "k2")}*100,2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5", "k6"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: add(id) });
  for (const k of ["pd", "sd", "f", "v", "m"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["k1", "k2", "k3", "k4", "k5", "k6"].map((id) => a(k, id)).join("+"),
    });
  for (const id of ["k1", "k4", "k6"])
    b.ok({
      sheet: S,
      cell: a("pr", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("sd", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("api", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("pd", "tot")}*1000,2)`,
    trap: `ROUND(AVERAGE(${a("api", "k1")}:${a("api", "k6")}),2)`,
  });
  return b.finish();
}

/** Kusta per triwulan beside the kelambu distribution per kecamatan, Dinkes Sumbawa Hulu 2024. */
export function kustaKelambu(): BookW {
  const b = new BookW(
    "kusta-triwulan-kelambu-kecamatan-sumbawa-hulu.xlsx",
    "Rekap kusta per triwulan + kelambu per kecamatan (Dinkes P2P)",
    "Two tables side by side, one empty column between, of different heights: kasus baru kusta per triwulan (PB | MB | Jumlah | anak | % anak | cacat tingkat 2), Jumlah row with SUM formulas and the ratio of totals; kelambu per kecamatan (sasaran | dibagikan | % cakupan), Jumlah row",
  );
  const S = "Kusta dan Kelambu 2024";
  const s = b.sheet(S);
  s.lines(
    ["DINAS KESEHATAN KABUPATEN SUMBAWA HULU - PROGRAM P2P", "Rekap Kusta dan Distribusi Kelambu Tahun 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const top = s.r;
  const Q = [
    { id: "q1", tw: "Triwulan I", pb: 3, mb: 7, an: 1, ct: 1 },
    { id: "q2", tw: "Triwulan II", pb: 2, mb: 9, an: 2, ct: 0 },
    { id: "q3", tw: "Triwulan III", pb: 4, mb: 6, an: 1, ct: 1 },
    { id: "q4", tw: "Triwulan IV", pb: 1, mb: 8, an: 1, ct: 2 },
  ];
  const KB = "Kasus Baru Kusta";
  const kt = s.table({
    cols: [
      { key: "tw", head: ["Periode"], num: "(1)", width: 14 },
      { key: "pb", head: [KB, "Tipe PB"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
      { key: "mb", head: [KB, "Tipe MB"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "j", head: [KB, "Jumlah"], role: "realisasi", year: 2024, num: "(4) = (2)+(3)", fmt: INT },
      { key: "an", head: ["Kasus Anak < 15 Tahun"], num: "(5)", fmt: INT },
      { key: "pa", head: ["% Kasus Anak"], role: "lainnya", num: "(6) = (5)/(4) x 100", fmt: DEC },
      { key: "ct", head: ["Cacat Tingkat 2"], num: "(7)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (c) => ({
          tw: q.tw,
          pb: q.pb,
          mb: q.mb,
          j: fx(`${c.a("pb")}+${c.a("mb")}`),
          an: q.an,
          pa: fx(`ROUND(${c.a("an")}/${c.a("j")}*100,2)`),
          ct: q.ct,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          tw: "Jumlah 2024",
          pb: fx(`SUM(${c.a("pb", "q1")}:${c.a("pb", "q4")})`),
          // planted: SUM one row short (Triwulan IV left out)
          mb: fx(`SUM(${c.a("mb", "q1")}:${c.a("mb", "q3")})`),
          j: fx(`SUM(${c.a("j", "q1")}:${c.a("j", "q4")})`),
          an: fx(`SUM(${c.a("an", "q1")}:${c.a("an", "q4")})`),
          pa: fx(`ROUND(${c.a("an")}/${c.a("j")}*100,2)`),
          ct: fx(`SUM(${c.a("ct", "q1")}:${c.a("ct", "q4")})`),
        }),
      },
    ],
  });
  const D = [
    { id: "d1", kc: "Taliwang Hulu", sk: 4_820, lb: 4_510 },
    { id: "d2", kc: "Brang Rea Atas", sk: 3_265, lb: 2_980 },
    { id: "d3", kc: "Seteluk Dalam", sk: 2_940, lb: 2_415 },
    { id: "d4", kc: "Jereweh Timur", sk: 1_875, lb: 1_790 },
    { id: "d5", kc: "Sekongkang Hulu", sk: 2_410, lb: 1_960 },
    { id: "d6", kc: "Maluk Dalam", sk: 1_530, lb: 1_205 },
  ];
  const lt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "kc", head: ["Kecamatan"], role: "lokasi", width: 18 },
        { key: "sk", head: ["Sasaran Kelambu (lembar)"], role: "target", year: 2024, fmt: INT },
        { key: "lb", head: ["Kelambu Dibagikan (lembar)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pc", head: ["% Cakupan"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 3,
      rows: [
        ...D.map((d, i): Row => ({
          id: d.id,
          cells: (c) => ({
            no: i + 1,
            kc: d.kc,
            sk: d.sk,
            lb: d.lb,
            // planted: Seteluk Dalam's cached % is stale (89.46 from an older count); 2,415 / 2,940 = 82.14
            pc: fx(`ROUND(${c.a("lb")}/${c.a("sk")}*100,2)`, d.id === "d3" ? 89.46 : undefined),
          }),
        })),
        {
          id: "tot",
          span: ["no", "kc"],
          bold: true,
          cells: (c) => ({
            no: "Jumlah",
            sk: fx(`SUM(${c.a("sk", "d1")}:${c.a("sk", "d6")})`),
            lb: fx(`SUM(${c.a("lb", "d1")}:${c.a("lb", "d6")})`),
            pc: fx(`ROUND(${c.a("lb")}/${c.a("sk")}*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines(["Catatan: % pada baris Jumlah dihitung dari jumlah, bukan rata-rata baris."]);
  const a = (k: string, id: string) => kt.a(k, id);
  const l = (k: string, id: string) => lt.a(k, id);
  const quarters = (k: string) => ["q1", "q2", "q3", "q4"].map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("mb", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah MB is =SUM over Triwulan I-III only (22); the four quarters give 30",
    truth: quarters("mb"),
  });
  b.plant({
    at: { sheet: S, cell: l("pc", "d3") },
    rules: ["capaian-mismatch"],
    note: "% cakupan of Seteluk Dalam has a stale cached 89.46; 2,415 / 2,940 x 100 = 82.14",
    truth: `ROUND(${l("lb", "d3")}/${l("sk", "d3")}*100,2)`,
  });
  for (const k of ["pb", "an", "ct"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: quarters(k) });
  b.ok({
    sheet: S,
    cell: a("pa", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("an", "tot")}/${a("j", "tot")}*100,2)`,
    trap: quarters("pa"),
  });
  b.ok({
    sheet: S,
    cell: l("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${l("lb", "tot")}/${l("sk", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${l("pc", "d1")}:${l("pc", "d6")}),2)`,
  });
  for (const id of ["d1", "d2", "d4", "d5", "d6"])
    b.ok({
      sheet: S,
      cell: l("pc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${l("lb", id)}/${l("sk", id)}*100,2)`,
    });
  for (const k of ["sk", "lb"])
    b.ok({
      sheet: S,
      cell: l(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["d1", "d2", "d3", "d4", "d5", "d6"].map((id) => l(k, id)).join("+"),
    });
  return b.finish();
}
