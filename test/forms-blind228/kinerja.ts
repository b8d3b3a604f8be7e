// LKjIP, Perjanjian Kinerja and two recap tables of two Dinas Perkebunan (Sungai Lesap, Riau;
// Muara Tebing, Jambi): PSR per kecamatan, TBS per koperasi beside ISPO per koperasi. Invented.
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

/** LKjIP 2024 capaian table of the Dinas Perkebunan Kabupaten Sungai Lesap. */
export function lkjipPerkebunan(): BookW {
  const b = new BookW(
    "lkjip-2024-disbun-sungai-lesap-capaian.xlsx",
    "LKjIP capaian (Dinas Perkebunan)",
    "Tabel 3.2 Pengukuran Kinerja 2024: Sasaran merged over its indicators, Target | Realisasi | Capaian (%) | Kategori, ROUND formulas, refleksi (2T-R)/T for negative indicators marked '(-)', Rata-rata row, scale as a footnote",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "Dinas Perkebunan dan Peternakan Kabupaten Sungai Lesap",
    "Tabel 3.2 Pengukuran Capaian Indikator Kinerja Sasaran Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya produksi dan produktivitas perkebunan rakyat";
  const S2 = "Meningkatnya perkebunan rakyat yang berkelanjutan";
  const ind = [
    {
      id: "a",
      sas: S1,
      ind: "Produktivitas TBS kebun sawit rakyat",
      sat: "ton/ha/th",
      neg: false,
      t: 19.5,
      r: 19.8,
    },
    {
      id: "b",
      sas: S1,
      ind: "Luas peremajaan sawit rakyat terealisasi",
      sat: "ha",
      neg: false,
      t: 1200,
      r: 1170,
    },
    {
      id: "c",
      sas: S1,
      ind: "Nilai Tukar Petani subsektor perkebunan rakyat",
      sat: "nilai",
      neg: false,
      t: 112,
      r: 104.3,
    },
    { id: "d", sas: S2, ind: "Persentase pekebun bersertifikat ISPO", sat: "%", neg: false, t: 8, r: 6.9 },
    { id: "e", sas: S2, ind: "Luas kebun rakyat terbakar (-)", sat: "ha", neg: true, t: 120, r: 96 },
    {
      id: "f",
      sas: S2,
      ind: "Intensitas serangan Ganoderma pada sawit rakyat (-)",
      sat: "%",
      neg: true,
      t: 12,
      r: 14.1,
    },
  ];
  const cap = (x: (typeof ind)[number]) => round(((x.neg ? 2 * x.t - x.r : x.r) / x.t) * 100);
  const G = "Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: [G, "Target"], role: "target", year: 2024 },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
      { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
      { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024 },
    ],
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...ind.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the Ganoderma row (negative) is computed as R/T
          c:
            x.neg && x.id !== "f"
              ? fx(`ROUND((2*${c.a("t")}-${c.a("r")})/${c.a("t")}*100,2)`)
              : fx(`ROUND(${c.a("r")}/${c.a("t")}*100,2)`),
          // planted: the ISPO row 86.25 written "Sangat Baik"
          p: x.id === "d" ? "Sangat Baik" : predikatBaik(x.id === "f" ? round((x.r / x.t) * 100) : cap(x)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "a")}:${c.a("c", "f")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator bertanda (-) bersifat negatif; capaian = (2 x Target - Realisasi) / Target x 100.",
    "Kategori: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "f") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Intensitas serangan Ganoderma is a negative indicator but its capaian is R/T = 117.50; refleksi (2T-R)/T gives 82.50",
    truth: `ROUND((2*${a("t", "f")}-${a("r", "f")})/${a("t", "f")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "d") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Sangat Baik' for a capaian of 86.25; the band > 75 to 90 is 'Baik'",
    truth: `PREDIKAT_BAIK(${a("c", "d")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "e"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "e")}-${a("r", "e")})/${a("t", "e")}*100,2)`,
    trap: `ROUND(${a("r", "e")}/${a("t", "e")}*100,2)`,
  });
  for (const id of ["a", "b", "c", "d"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["a", "b", "c", "e"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2026 of the Dinas Perkebunan Kabupaten Muara Tebing, beside its Renstra 2025-2029 targets. */
export function pkPerkebunan(): BookW {
  const b = new BookW(
    "pk-2026-disbun-muara-tebing-renstra.xlsx",
    "PK 2026 with Renstra (Dinas Perkebunan)",
    "sheet 'PK 2026': letterhead, statement, No | Sasaran | Indikator Kinerja | Satuan | Target, then Program | Anggaran (Rp) | Sumber Dana with Jumlah (SUM); sheet 'Renstra' with Kondisi Awal 2024, 2025..2029 and Kondisi Akhir",
  );
  const P = "PK 2026";
  const R = "Renstra";
  const ind = [
    {
      id: "a",
      ind: "Persentase kebun sawit rakyat tersertifikasi ISPO",
      sat: "%",
      awal: 6.5,
      k: [9, 12.5, 16, 20, 24],
    },
    {
      id: "b",
      ind: "Produktivitas TBS kebun sawit rakyat",
      sat: "ton/ha/th",
      awal: 18.9,
      k: [19.4, 19.9, 20.5, 21.2, 22],
    },
    { id: "c", ind: "Luas peremajaan sawit rakyat", sat: "ha", awal: 410, k: [500, 600, 650, 700, 750] },
    {
      id: "d",
      ind: "Persentase kebun rakyat terserang Ganoderma",
      sat: "%",
      awal: 14,
      k: [13, 12, 11, 10, 9],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Indikator Kinerja Utama dan Target Renstra Dinas Perkebunan Kabupaten Muara Tebing 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(Y.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.id === "c" ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      },
    })),
  });
  letterhead(pk, ["PEMERINTAH KABUPATEN MUARA TEBING", "DINAS PERKEBUNAN", "PERJANJIAN KINERJA TAHUN 2026"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2026 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya daya saing dan keberlanjutan perkebunan rakyat",
        ind: x.ind,
        sat: x.sat,
        // planted: produktivitas takes the Renstra 2027 target
        tg: x.id === "b" ? x.k[2] : x.k[1],
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      nm: "3.27.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 9_846_210_000,
    },
    { id: "p2", nm: "3.27.02 Program Penyediaan dan Pengembangan Sarana Pertanian", rp: 14_285_400_000 },
    { id: "p3", nm: "3.27.03 Program Penyediaan dan Pengembangan Prasarana Pertanian", rp: 6_912_750_000 },
    { id: "p4", nm: "3.27.07 Program Penyuluhan Pertanian", rp: 2_437_600_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: i === 2 ? "DAK" : "APBD" },
      })),
      {
        id: "j",
        span: ["no", "nm"],
        // planted: stale cached result (the total before Penyuluhan was added)
        cells: (c) => ({
          no: "Jumlah",
          rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p4")})`, 31_044_360_000),
        }),
      },
    ],
  });
  pk.gap();
  signature(pk, 4, {
    tempat: "Muara Tebing, 5 Januari 2026",
    jabatan: ["Kepala Dinas Perkebunan"],
    nama: "Dr. Ir. SYAFRIZAL AMRI, M.P.",
    nip: "19710903 199803 1 006",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2026", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2026 target of produktivitas TBS is 20.5, the Renstra 2027 target; the Renstra 2026 target is 19.9",
    truth: `'${R}'!${rt.a("y2026", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over the four programs caches 31,044,360,000 (a stale result); the programs add up to 33,481,960,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2026", id)}`,
    });
  const yrs = (id: string) => Y.map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: yrs(id),
    });
  b.ok({ sheet: R, cell: rt.a("ak", "c"), rules: ["kondisi-akhir-mismatch"], truth: yrs("c") });
  return b.finish();
}

/** PSR realisation per kecamatan, Kabupaten Sungai Lesap 2024, with the BPDPKS grant at Rp 60 juta/ha. */
export function rekapPsr(): BookW {
  const b = new BookW(
    "rekap-psr-per-kecamatan-sungai-lesap-2024.xlsx",
    "Rekap PSR per kecamatan (Dinas Perkebunan)",
    "numbered columns (1)..(10) with identities '(8) = (5)+(6)+(7)', '(9) = (8)/(4) x 100', '(10) = (8) x 60' (dana in juta rupiah), formulas throughout, JUMLAH row, a note row under the table after a blank row",
  );
  const S = "PSR 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "REKAPITULASI REALISASI PEREMAJAAN SAWIT RAKYAT (PSR) PER KECAMATAN",
    "KABUPATEN SUNGAI LESAP TAHUN 2024",
  ]);
  const kec = [
    { id: "k1", nm: "Lesap Hilir", tua: 2_140, tg: 300, t: [85, 120, 90] },
    { id: "k2", nm: "Pangkalan Duri", tua: 1_870, tg: 260, t: [60, 95, 70] },
    { id: "k3", nm: "Sungai Rambai", tua: 1_320, tg: 180, t: [40, 55, 66] },
    { id: "k4", nm: "Teluk Merbau", tua: 960, tg: 150, t: [30, 52, 48] },
    { id: "k5", nm: "Kuala Sintong", tua: 1_455, tg: 190, t: [45, 70, 68] },
    { id: "k6", nm: "Bukit Selasih", tua: 705, tg: 120, t: [32, 60, 19] },
  ];
  const T = "Realisasi Tanam Ulang (ha)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
      { key: "tua", head: ["Luas Sawit Rakyat Tua/Rusak (ha)"], role: "lainnya", num: "(3)", fmt: INT },
      { key: "tg", head: ["Target PSR (ha)"], role: "target", year: 2024, num: "(4)", fmt: INT },
      { key: "t1", head: [T, "Tahap I"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      { key: "t2", head: [T, "Tahap II"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
      { key: "t3", head: [T, "Tahap III"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
      { key: "j", head: [T, "Jumlah"], role: "realisasi", year: 2024, num: "(8) = (5)+(6)+(7)", fmt: INT },
      { key: "p", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(9) = (8)/(4) x 100", fmt: DEC },
      {
        key: "d",
        head: ["Dana PSR BPDPKS (Rp juta)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(10) = (8) x 60",
        fmt: RP,
        width: 14,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          tua: x.tua,
          tg: x.tg,
          t1: x.t[0],
          t2: x.t[1],
          t3: x.t[2],
          j: fx(`${c.a("t1")}+${c.a("t2")}+${c.a("t3")}`),
          // planted: Sungai Rambai's % keeps a stale 98.44 (the formula gives 89.44)
          p: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`, x.id === "k3" ? 98.44 : undefined),
          d: fx(`${c.a("j")}*60`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            ["tua", "tg", "t1", "t2", "t3", "j"].map((k) => [k, fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k6")})`)]),
          ),
          p: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
          // planted: the dana total stops one row short
          d: fx(`SUM(${c.a("d", "k1")}:${c.a("d", "k5")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: rekomendasi teknis Dinas dan laporan tanam ulang koperasi/poktan pengusul PSR."]);
  s.gap();
  signature(s, 8, {
    tempat: "Lesap Hilir, 10 Januari 2025",
    jabatan: ["Kepala Bidang Produksi Perkebunan"],
    nama: "RAHMAT HIDAYAT LUBIS, S.P., M.Si.",
    nip: "19820417 200604 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "k3") },
    rules: ["capaian-mismatch"],
    note: "Sungai Rambai % caches a stale 98.44; 161/180 x 100 = 89.44",
    truth: `ROUND(${a("j", "k3")}/${a("tg", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("d", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH dana =SUM over five kecamatan (59,640); with Bukit Selasih's 6,660 it is 66,300",
    truth: `SUM(${a("d", "k1")}:${a("d", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "tot")}/${a("tg", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("p", "k1")},${a("p", "k2")},${a("j", "k3")}/${a("tg", "k3")}*100,${a("p", "k4")},${a("p", "k5")},${a("p", "k6")}),2)`,
  });
  for (const id of ["k1", "k4", "k6"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("t1", id)}+${a("t2", id)}+${a("t3", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
  }
  for (const k of ["tg", "j"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  return b.finish();
}

/** TBS production per koperasi by quarter, beside ISPO certification per koperasi (Muara Tebing 2024). */
export function tbsKoperasi(): BookW {
  const b = new BookW(
    "produksi-tbs-dan-ispo-per-koperasi-muara-tebing-2024.xlsx",
    "Rekap TBS per triwulan + ISPO per koperasi (Dinas Perkebunan)",
    "two tables side by side one empty column apart: TBS per koperasi (Luas TM, TW I-IV, Jumlah, Produktivitas) with a Total row, and ISPO per koperasi (Anggota, Bersertifikat, %) with a Total row; typed per-row totals",
  );
  const S = "TBS & ISPO 2024";
  const s = b.sheet(S);
  s.lines([
    "DINAS PERKEBUNAN KABUPATEN MUARA TEBING",
    "Produksi TBS Kebun Swadaya dan Sertifikasi ISPO per Koperasi, Tahun 2024",
  ]);
  s.gap();
  const kop = [
    { id: "a", nm: "KUD Tebing Makmur", luas: 1_250, q: [4_310, 4_720, 5_180, 4_960], ang: 412, ispo: 286 },
    {
      id: "b",
      nm: "Koperasi Sawit Jaya Bersama",
      luas: 860,
      q: [2_840, 3_105, 3_420, 3_260],
      ang: 305,
      ispo: 244,
    },
    { id: "c", nm: "KUD Karya Mandiri", luas: 1_020, q: [3_650, 3_910, 4_280, 4_105], ang: 150, ispo: 132 },
    {
      id: "d",
      nm: "Koperasi Produsen Sumber Rezeki",
      luas: 640,
      q: [1_980, 2_215, 2_460, 2_330],
      ang: 228,
      ispo: 97,
    },
    {
      id: "e",
      nm: "Gapoktan Lestari Swadaya",
      luas: 475,
      q: [1_395, 1_540, 1_705, 1_620],
      ang: 176,
      ispo: 18,
    },
  ];
  const top = s.r;
  const Q = "Produksi TBS (ton)";
  const qs = ["q1", "q2", "q3", "q4"];
  const t1 = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", width: 5 },
        { key: "nm", head: ["Koperasi / Kelompok"], role: "lokasi", width: 30 },
        { key: "luas", head: ["Luas TM (ha)"], role: "lainnya", fmt: INT },
        ...qs.map((k, i): Col => ({
          key: k,
          head: [Q, `TW ${["I", "II", "III", "IV"][i]}`],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        })),
        { key: "j", head: [Q, "Jumlah"], role: "realisasi", year: 2024, fmt: INT },
        { key: "pv", head: ["Produktivitas (ton/ha)"], role: "realisasi", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...kop.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            nm: x.nm,
            luas: x.luas,
            ...Object.fromEntries(qs.map((k, j) => [k, x.q[j]])),
            // planted: Sumber Rezeki's year typed 9,895 (the quarters give 8,985)
            j: x.id === "d" ? 9_895 : x.q.reduce((p, v) => p + v, 0),
            pv: fx(`ROUND(${c.a("j")}/${c.a("luas")},2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "nm"],
          cells: (c) => ({
            no: "Total",
            ...Object.fromEntries(
              ["luas", ...qs, "j"].map((k) => [k, fx(`SUM(${c.a(k, "a")}:${c.a(k, "e")})`)]),
            ),
            pv: fx(`ROUND(${c.a("j")}/${c.a("luas")},2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const t2 = s.table(
    {
      cols: [
        { key: "nm", head: ["Koperasi"], role: "lokasi", width: 30 },
        { key: "ang", head: ["Anggota Pekebun (orang)"], role: "target", year: 2024, fmt: INT },
        { key: "ispo", head: ["Bersertifikat ISPO (orang)"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["% Bersertifikat"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        ...kop.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            nm: x.nm,
            ang: x.ang,
            ispo: x.ispo,
            // planted: KUD Karya Mandiri typed 112.00 (132/150 = 88.00)
            p: x.id === "c" ? 112 : fx(`ROUND(${c.a("ispo")}/${c.a("ang")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            nm: "Total",
            ang: fx(`SUM(${c.a("ang", "a")}:${c.a("ang", "e")})`),
            ispo: fx(`SUM(${c.a("ispo", "a")}:${c.a("ispo", "e")})`),
            p: fx(`ROUND(${c.a("ispo")}/${c.a("ang")}*100,2)`),
          }),
        },
      ],
    },
    t1.right + 2,
    top,
  );
  s.gap();
  s.lines(["Catatan: produktivitas = produksi setahun / luas tanaman menghasilkan (TM)."]);
  s.gap();
  signature(s, 6, {
    tempat: "Muara Tebing, 14 Februari 2025",
    jabatan: ["Kepala Bidang Usaha dan Sertifikasi Perkebunan"],
    nama: "NURHAYATI SIREGAR, S.TP., M.M.",
    nip: "19850722 201001 2 015",
  });
  const a = (k: string, id: string) => t1.a(k, id);
  const qsum = (id: string) => qs.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "d") },
    rules: ["sum-mismatch"],
    note: "Koperasi Produsen Sumber Rezeki: Jumlah 9,895 ton, the four quarters add up to 8,985 (digits swapped)",
    truth: qsum("d"),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("p", "c") },
    rules: ["capaian-mismatch", "percent-out-of-range"],
    note: "KUD Karya Mandiri: 112.00% bersertifikat ISPO, impossible with 132 of 150 anggota (88.00)",
    truth: `ROUND(${t2.a("ispo", "c")}/${t2.a("ang", "c")}*100,2)`,
  });
  for (const id of ["a", "b", "c", "e"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: qsum(id) });
    b.ok({
      sheet: S,
      cell: a("pv", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("luas", id)},2)`,
    });
  }
  for (const k of ["luas", ...qs])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "a")}:${a(k, "e")})` });
  b.ok({
    sheet: S,
    cell: t2.a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${t2.a("ispo", "tot")}/${t2.a("ang", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${["a", "b", "d", "e"].map((id) => t2.a("p", id)).join(",")},${t2.a("ispo", "c")}/${t2.a("ang", "c")}*100),2)`,
  });
  for (const id of ["a", "b", "d", "e"])
    b.ok({
      sheet: S,
      cell: t2.a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${t2.a("ispo", id)}/${t2.a("ang", id)}*100,2)`,
    });
  return b.finish();
}
