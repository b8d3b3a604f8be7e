// LKjIP, Perjanjian Kinerja with its Renstra, and two recaps (sentra IKM per kecamatan, sertifikasi
// and nilai produksi per triwulan) of two Dinas Perindustrian. Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024, Dinas Perindustrian Lembah Serayu Hilir: refleksi on the negative indicators. */
export function lkjipPerindustrian(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-disperin-lembah-serayu-hilir.xlsx",
    "LKjIP capaian kinerja (Dinas Perindustrian)",
    "LKjIP 2024 Tabel 3.2: sasaran merged over its indicators, Realisasi 2023 beside Target/Realisasi 2024, Capaian (%) as ROUND formulas with (2T-R)/T on the 'Menurun' rows, Predikat (Permendagri 86 words), Keterangan column",
  );
  const S = "Capaian 2024";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.2", "Capaian Indikator Kinerja Dinas Perindustrian Kabupaten Lembah Serayu Hilir Tahun 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const SA = "Meningkatnya daya saing IKM";
  const SB = "Meningkatnya kepatuhan standar produk IKM";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase IKM binaan bersertifikat halal",
      sat: "%",
      up: true,
      r23: 24.1,
      t: 30,
      r: 27.6,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Nilai produksi IKM",
      sat: "Rp miliar",
      up: true,
      r23: 1_388.4,
      t: 1_450,
      r: 1_512.3,
    },
    { id: "i3", sas: SA, ind: "Pertumbuhan tenaga kerja IKM", sat: "%", up: true, r23: 3.3, t: 3.5, r: 3.1 },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase IKM binaan yang berhenti berproduksi",
      sat: "%",
      up: false,
      r23: 6.8,
      t: 6,
      r: 4.8,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Jumlah produk IKM tidak memenuhi SNI hasil pengawasan",
      sat: "produk",
      up: false,
      r23: 26,
      t: 20,
      r: 23,
    },
  ];
  const capOf = (x: (typeof I)[number]) => round(x.up ? (x.r / x.t) * 100 : ((2 * x.t - x.r) / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
    { key: "ket", head: ["Keterangan"], role: "keterangan", width: 18 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        const T = c.a("t");
        const R = c.a("r");
        const pos = `ROUND(${R}/${T}*100,2)`;
        const neg = `ROUND((2*${T}-${R})/${T}*100,2)`;
        return {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: i5 (Menurun) uses R/T; i3's cached result is stale (98.57)
          c: x.id === "i5" ? fx(pos) : x.id === "i3" ? fx(pos, 98.57) : fx(x.up ? pos : neg),
          p: predikat(capOf(x)),
          ket: x.up ? "Meningkat" : "Menurun",
        };
      },
    })),
  });
  s.gap();
  s.lines(["Indikator 'Menurun': capaian = (2 x target - realisasi) / target x 100."]);
  s.gap();
  signature(s, 7, {
    tempat: "Serayu Hilir, 28 Februari 2025",
    jabatan: ["Kepala Dinas Perindustrian"],
    nama: "Ir. BAMBANG SETYO WIRATMOKO, M.M.",
    nip: "19720318 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Capaian of 'Jumlah produk IKM tidak memenuhi SNI' (Menurun) is R/T = 115.00; refleksi (2x20-23)/20 gives 85.00",
    truth: `ROUND((2*${a("t", "i5")}-${a("r", "i5")})/${a("t", "i5")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch"],
    note: "Capaian of 'Pertumbuhan tenaga kerja IKM' caches 98.57; its formula 3.1/3.5 x 100 gives 88.57 (stale result)",
    truth: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((2*${a("t", "i4")}-${a("r", "i4")})/${a("t", "i4")}*100,2)`,
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2026 of the Dinas Perindustrian Kota Tanjung Batuah, with the Renstra 2025-2029 sheet. */
export function pkPerindustrian(): BookW {
  const b = new BookW(
    "pk-2026-dan-renstra-disperin-tanjung-batuah.xlsx",
    "Perjanjian Kinerja with Renstra (Dinas Perindustrian)",
    "Perjanjian Kinerja 2026 (sasaran / indikator / target, then program / anggaran with Jumlah) with the sheet 'Renstra 2025-2029' (kondisi awal, 2025..2029, kondisi akhir)",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2026";
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  const RI = [
    {
      id: "a",
      ind: "Persentase IKM yang menerapkan standar halal/SNI",
      sat: "%",
      level: true,
      awal: 24.6,
      k: [27, 30, 33, 36, 40],
    },
    {
      id: "b",
      ind: "Nilai produksi IKM",
      sat: "Rp miliar",
      level: true,
      awal: 2_140,
      k: [2_260, 2_390, 2_530, 2_680, 2_840],
    },
    {
      id: "c",
      ind: "Jumlah tenaga kerja IKM yang terserap",
      sat: "orang",
      level: false,
      awal: 1_250,
      k: [1_300, 1_350, 1_400, 1_450, 1_500],
    },
    {
      id: "d",
      ind: "Persentase sentra IKM tidak aktif",
      sat: "%",
      level: true,
      awal: 18,
      k: [16, 14, 12, 10, 8],
    },
  ];
  rs.lines(["MATRIKS INDIKATOR KINERJA RENSTRA DINAS PERINDUSTRIAN 2025-2029"], 1, { bold: true });
  rs.gap();
  const rcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", fmt: DEC },
    ...[0, 1, 2, 3, 4].map((i): Col => ({
      key: `y${i}`,
      head: ["Target", `${2025 + i}`],
      role: "target",
      year: 2025 + i,
      fmt: DEC,
    })),
    { key: "akh", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: RI.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`y${j}`, v])),
        akh: x.level ? x.k[4] : x.k.reduce((p, q) => p + q, 0),
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2026", "DINAS PERINDUSTRIAN KOTA TANJUNG BATUAH"]);
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "tgt", head: ["Target 2026"], role: "target", year: 2026, fmt: DEC },
  ];
  const SAS = "Meningkatnya daya saing dan kepatuhan standar IKM";
  const pt = pk.table({
    cols: pcols,
    headerRows: 1,
    vmerge: ["sas"],
    // planted: the nilai produksi target is the Renstra 2027 value (2,530), not 2026 (2,390)
    rows: RI.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: SAS, ind: x.ind, sat: x.sat, tgt: x.id === "b" ? x.k[2] : x.k[1] },
    })),
  });
  pk.gap();
  const gcols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "prog", head: ["Program"], width: 44 },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2026, fmt: RP },
    { key: "ket", head: ["Keterangan"], role: "keterangan" },
  ];
  const PR = [
    { id: "g1", prog: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_842_315_000 },
    { id: "g2", prog: "Program Perencanaan dan Pembangunan Industri", rp: 3_215_600_000 },
    { id: "g3", prog: "Program Pengendalian Izin Usaha Industri Kabupaten/Kota", rp: 412_750_000 },
    { id: "g4", prog: "Program Pengelolaan Sistem Informasi Industri Nasional", rp: 186_400_000 },
  ];
  const gt = pk.table({
    cols: gcols,
    headerRows: 1,
    rows: [
      ...PR.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, prog: x.prog, rp: x.rp, ket: "APBD" } })),
      // planted: Jumlah typed 10,471,065,000; the four programs give 10,657,065,000
      { id: "tot", bold: true, cells: { prog: "Jumlah", rp: 10_471_065_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Batuah, 5 Januari 2026",
    jabatan: ["Kepala Dinas Perindustrian"],
    nama: "H. AHMAD FAUZAN RIDHANI, S.T., M.Eng.",
    nip: "19780925 200312 1 003",
  });
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tgt", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2026 target of nilai produksi IKM is 2,530 (the Renstra 2027 target); Renstra 2026 is 2,390",
    truth: ra("y1", "b"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran typed 10,471,065,000; the four programs add up to 10,657,065,000",
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g4")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({ sheet: P, cell: pt.a("tgt", id), rules: ["cross-table-mismatch"], truth: ra("y1", id) });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("akh", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y4", id),
      trap: [0, 1, 2, 3, 4].map((j) => rt.a(`y${j}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: rt.a("akh", "c"),
    rules: ["kondisi-akhir-mismatch"],
    truth: [0, 1, 2, 3, 4].map((j) => rt.a(`y${j}`, "c")).join("+"),
    trap: rt.a("y4", "c"),
  });
  return b.finish();
}

/** Sentra IKM per kecamatan, Kota Tanjung Batuah, posisi 31 Desember 2024. */
export function rekapSentra(): BookW {
  const b = new BookW(
    "rekap-sentra-ikm-per-kecamatan-tanjung-batuah-2024.xlsx",
    "Rekap sentra IKM per kecamatan (Dinas Perindustrian)",
    "per kecamatan: sentra, unit IKM, bersertifikat halal / SNI, % halal (7) = (5)/(4) x 100, tenaga kerja L | P | (10) = (8)+(9), nilai produksi (Rp juta) and its share; JUMLAH row with ratio-of-totals %",
  );
  const S = "Sentra IKM 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERINDUSTRIAN KOTA TANJUNG BATUAH", "Bidang Standardisasi dan Sentra IKM"]);
  s.lines(["REKAPITULASI SENTRA DAN IKM PER KECAMATAN, POSISI 31 DESEMBER 2024"]);
  s.gap();
  const K = [
    { id: "k1", kec: "Batuah Hulu", sen: 3, ikm: 142, hal: 51, sni: 8, l: 318, p: 402, np: 48_615 },
    { id: "k2", kec: "Batuah Tengah", sen: 2, ikm: 96, hal: 30, sni: 4, l: 190, p: 255, np: 31_240 },
    { id: "k3", kec: "Sungai Lurus", sen: 1, ikm: 40, hal: 36, sni: 2, l: 74, p: 121, np: 12_870 },
    { id: "k4", kec: "Alalak Baru", sen: 2, ikm: 118, hal: 39, sni: 11, l: 402, p: 166, np: 57_305 },
    { id: "k5", kec: "Pasar Lama Timur", sen: 1, ikm: 64, hal: 17, sni: 1, l: 96, p: 140, np: 9_980 },
    { id: "k6", kec: "Tanjung Pagatan", sen: 2, ikm: 85, hal: 22, sni: 6, l: 211, p: 173, np: 26_455 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "sen", head: ["Jumlah Sentra"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    { key: "ikm", head: ["Unit IKM"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "hal", head: ["IKM Bersertifikat", "Halal"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    { key: "sni", head: ["IKM Bersertifikat", "SNI"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    { key: "ph", head: ["% IKM Halal"], role: "lainnya", num: "(7) = (5)/(4) x 100", fmt: DEC },
    { key: "l", head: ["Tenaga Kerja (orang)", "L"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    { key: "p", head: ["Tenaga Kerja (orang)", "P"], role: "realisasi", year: 2024, num: "(9)", fmt: INT },
    {
      key: "tk",
      head: ["Tenaga Kerja (orang)", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(10) = (8)+(9)",
      fmt: INT,
    },
    { key: "np", head: ["Nilai Produksi (Rp juta)"], role: "realisasi", year: 2024, num: "(11)", fmt: RP },
    { key: "sh", head: ["Kontribusi Nilai Produksi (%)"], role: "lainnya", num: "(12)", fmt: DEC },
  ];
  const last = "k6";
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          kec: x.kec,
          sen: x.sen,
          ikm: x.ikm,
          hal: x.hal,
          sni: x.sni,
          // planted: Sungai Lurus % halal typed 112.50 (36/40 gives 90.00)
          ph: x.id === "k3" ? 112.5 : fx(`ROUND(${c.a("hal")}/${c.a("ikm")}*100,2)`),
          l: x.l,
          p: x.p,
          // planted: Pasar Lama Timur Jumlah tenaga kerja typed 263 (96+140 = 236)
          tk: x.id === "k5" ? 263 : fx(`${c.a("l")}+${c.a("p")}`),
          np: x.np,
          sh: fx(`ROUND(${c.a("np")}/${c.a("np", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => {
          const S2 = (k: string) => fx(`SUM(${c.a(k, "k1")}:${c.a(k, last)})`);
          return {
            no: "JUMLAH",
            sen: S2("sen"),
            ikm: S2("ikm"),
            hal: S2("hal"),
            sni: S2("sni"),
            ph: fx(`ROUND(${c.a("hal")}/${c.a("ikm")}*100,2)`),
            l: S2("l"),
            p: S2("p"),
            tk: S2("tk"),
            np: S2("np"),
            sh: fx(`ROUND(${c.a("np")}/${c.a("np")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: pendataan IKM Bidang Standardisasi dan Sentra IKM, Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("ph", "k3") },
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    note: "% IKM halal of Sungai Lurus is a typed 112.50 (over 100 where the share cannot be); 36/40 x 100 = 90.00",
    truth: `ROUND(${a("hal", "k3")}/${a("ikm", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("tk", "k5") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah tenaga kerja of Pasar Lama Timur typed 263; L + P = 96 + 140 = 236",
    truth: `${a("l", "k5")}+${a("p", "k5")}`,
  });
  const avg = `(${K.filter((x) => x.id !== "k3")
    .map((x) => a("ph", x.id))
    .join("+")}+${a("hal", "k3")}/${a("ikm", "k3")}*100)/6`;
  b.ok({
    sheet: S,
    cell: a("ph", "tot"),
    rules: ["ratio-components-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("hal", "tot")}/${a("ikm", "tot")}*100,2)`,
    trap: avg,
  });
  for (const k of ["sen", "ikm", "hal", "sni", "l", "p", "np"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: K.map((x) => a(k, x.id)).join("+") });
  for (const id of ["k1", "k4", "k6"]) {
    b.ok({ sheet: S, cell: a("tk", id), rules: ["sum-mismatch"], truth: `${a("l", id)}+${a("p", id)}` });
    b.ok({
      sheet: S,
      cell: a("ph", id),
      rules: ["percent-out-of-range", "ratio-components-mismatch"],
      truth: `ROUND(${a("hal", id)}/${a("ikm", id)}*100,2)`,
    });
  }
  return b.finish();
}

/** Sertifikasi, nilai produksi and tenaga kerja IKM per triwulan 2024, Lembah Serayu Hilir. */
export function rekapTriwulan(): BookW {
  const b = new BookW(
    "rekap-triwulan-sertifikasi-produksi-ikm-serayu-hilir-2024.xlsx",
    "Rekap triwulanan IKM (Dinas Perindustrian)",
    "row-wise per triwulan: IKM binaan aktif (posisi), sertifikat halal / SNI terbit, (5) = (3)+(4), nilai produksi (Rp juta), pertumbuhan q-to-q, tenaga kerja (posisi); 'Tahun 2024' row takes the TW IV position for the levels and sums the flows",
  );
  const S = "Rekap TW 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SERAYU HILIR", "DINAS PERINDUSTRIAN"]);
  s.lines(["Perkembangan IKM Binaan per Triwulan Tahun 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", akt: 1_184, hal: 20, sni: 4, np: 312_450, tk: 6_915 },
    { id: "q2", tw: "Triwulan II", akt: 1_203, hal: 37, sni: 6, np: 338_120, tk: 7_002 },
    { id: "q3", tw: "Triwulan III", akt: 1_221, hal: 44, sni: 7, np: 351_880, tk: 7_088 },
    { id: "q4", tw: "Triwulan IV", akt: 1_236, hal: 33, sni: 9, np: 376_905, tk: 7_140 },
  ];
  const cols: Col[] = [
    { key: "tw", head: ["Periode"], num: "(1)", width: 16 },
    { key: "akt", head: ["IKM Binaan Aktif (unit)"], role: "realisasi", year: 2024, num: "(2)", fmt: INT },
    { key: "hal", head: ["Sertifikat Terbit", "Halal"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    {
      key: "sni",
      head: ["Sertifikat Terbit", "SPPT-SNI"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "js",
      head: ["Sertifikat Terbit", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(5) = (3)+(4)",
      fmt: INT,
    },
    { key: "np", head: ["Nilai Produksi (Rp juta)"], role: "realisasi", year: 2024, num: "(6)", fmt: RP },
    { key: "g", head: ["Pertumbuhan Nilai Produksi q-to-q (%)"], role: "pertumbuhan", num: "(7)", fmt: DEC },
    { key: "tk", head: ["Tenaga Kerja IKM (orang)"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...Q.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          tw: x.tw,
          akt: x.akt,
          hal: x.hal,
          sni: x.sni,
          js: fx(`${c.a("hal")}+${c.a("sni")}`),
          np: x.np,
          // planted: TW III growth typed 5.86 (351,880 / 338,120 - 1 = 4.07 %)
          g:
            i === 0
              ? "-"
              : x.id === "q3"
                ? 5.86
                : fx(`ROUND((${c.a("np")}-${c.a("np", Q[i - 1].id)})/${c.a("np", Q[i - 1].id)}*100,2)`),
          tk: x.tk,
        }),
      })),
      {
        id: "th",
        bold: true,
        cells: (c) => ({
          tw: "Tahun 2024",
          akt: fx(c.a("akt", "q4")),
          hal: fx(`SUM(${c.a("hal", "q1")}:${c.a("hal", "q4")})`),
          sni: fx(`SUM(${c.a("sni", "q1")}:${c.a("sni", "q4")})`),
          js: fx(`SUM(${c.a("js", "q1")}:${c.a("js", "q4")})`),
          // planted: the year's nilai produksi sums TW I-III only
          np: fx(`SUM(${c.a("np", "q1")}:${c.a("np", "q3")})`),
          tk: fx(c.a("tk", "q4")),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "IKM binaan aktif dan tenaga kerja: posisi akhir periode; sertifikat dan nilai produksi: jumlah dalam periode.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Serayu Hilir, 10 Januari 2025",
    jabatan: ["Kepala Bidang Industri Agro dan Kimia"],
    nama: "SRI WAHYUNINGSIH PRATIWI, S.E., M.Si.",
    nip: "19830514 200901 2 005",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const all = (k: string) => Q.map((x) => a(k, x.id)).join("+");
  const growth = (id: string, prev: string) =>
    `ROUND((${a("np", id)}-${a("np", prev)})/${a("np", prev)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("np", "th") },
    rules: ["sum-mismatch"],
    note: "Nilai produksi Tahun 2024 is SUM over TW I-III (1,002,450); the four quarters give 1,379,355",
    truth: all("np"),
  });
  b.plant({
    at: { sheet: S, cell: a("g", "q3") },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: "Pertumbuhan TW III typed 5.86; (351,880 - 338,120) / 338,120 x 100 = 4.07",
    truth: growth("q3", "q2"),
  });
  b.ok({ sheet: S, cell: a("akt", "th"), rules: ["sum-mismatch"], truth: a("akt", "q4"), trap: all("akt") });
  b.ok({ sheet: S, cell: a("tk", "th"), rules: ["sum-mismatch"], truth: a("tk", "q4"), trap: all("tk") });
  for (const k of ["hal", "sni", "js"])
    b.ok({ sheet: S, cell: a(k, "th"), rules: ["sum-mismatch"], truth: all(k) });
  for (const id of ["q1", "q4"])
    b.ok({ sheet: S, cell: a("js", id), rules: ["sum-mismatch"], truth: `${a("hal", id)}+${a("sni", id)}` });
  b.ok({ sheet: S, cell: a("g", "q2"), rules: ["growth-mismatch"], truth: growth("q2", "q1") });
  b.ok({ sheet: S, cell: a("g", "q4"), rules: ["growth-mismatch"], truth: growth("q4", "q3") });
  return b.finish();
}
