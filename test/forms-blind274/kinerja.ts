// LKjIP and the recap of STBM / akses jamban per puskesmas of the Dinkes Kota Bantar Rejo (Jawa
// Tengah); PK with its Renstra and the quarterly recap of TTU, TPP and sarana air minum of the Dinkes
// Kabupaten Tanah Pasirah (Sumatera Selatan). All invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Dinkes Bantar Rejo: Sifat Maximize / Minimize, refleksi on the Minimize rows. */
export function lkjipKesling(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-kesling-dinkes-bantar-rejo.xlsx",
    "LKjIP capaian kinerja (Dinkes, kesehatan lingkungan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Sifat (Maximize/Minimize) | Target | Realisasi | Capaian | Kategori; ROUND formulas, (2T-R)/T on Minimize rows; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Sasaran Dinas Kesehatan Kota Bantar Rejo Tahun 2024"]);
  s.gap();
  const SAS = "Meningkatnya kualitas kesehatan lingkungan permukiman";
  const I = [
    { id: "i1", ind: "Persentase kelurahan STBM", sat: "%", pol: "+", t: 70, r: 66.2 },
    { id: "i2", ind: "Persentase TTU yang memenuhi syarat kesehatan", sat: "%", pol: "+", t: 80, r: 61.5 },
    { id: "i3", ind: "Angka kasus diare per 1.000 penduduk", sat: "per 1.000", pol: "-", t: 18, r: 15.3 },
    { id: "i4", ind: "Persentase sarana air minum tidak memenuhi syarat", sat: "%", pol: "-", t: 20, r: 23 },
    { id: "i5", ind: "Persentase sekolah dengan sanitasi layak", sat: "%", pol: "+", t: 75, r: 48.6 },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
  const val = (pol: string, t: number, r: number) =>
    Math.round((pol === "+" ? r / t : (2 * t - r) / t) * 10000) / 100;
  const word = (p: number) =>
    p > 90 ? "Sangat Baik" : p > 75 ? "Baik" : p > 65 ? "Cukup" : p > 50 ? "Kurang" : "Sangat Kurang";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Sifat"], role: "polaritas" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024 },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat", year: 2024 },
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
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          pol: x.pol === "+" ? "Maximize" : "Minimize",
          t: x.t,
          r: x.r,
          // planted: the air minum row (Minimize) uses R / T
          c: fx(cap(x.id === "i4" ? "+" : x.pol, c.a("t"), c.a("r"))),
          // planted: "Cukup" for 64.80 (Kurang)
          p: x.id === "i5" ? "Cukup" : word(val(x.id === "i4" ? "+" : x.pol, x.t, x.r)),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Kategori: > 90 Sangat Baik; > 75 Baik; > 65 Cukup; > 50 Kurang; <= 50 Sangat Kurang."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Sarana air minum tidak memenuhi syarat is Minimize but computed R / T = 115.00; (2 x 20 - 23) / 20 gives 85.00",
    truth: cap("-", a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Cukup' for 64.80 (48.6 / 75); the band > 50 - 65 is Kurang",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap("-", a("t", "i3"), a("r", "i3")),
    trap: `ROUND(${a("r", "i3")}/${a("t", "i3")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinkes Tanah Pasirah (PK sheet first), beside the Renstra 2025-2029 targets. */
export function pkKesling(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-dinkes-kesling-tanah-pasirah.xlsx",
    "PK 2025 with Renstra (Dinkes, kesehatan lingkungan)",
    "sheet 'PK 2025': No | Sasaran | Indikator Kinerja | Satuan | Target; then No | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'Renstra': Kondisi Awal | 2025..2029 under 'Target Tahun' | Kondisi Akhir 2029",
  );
  const P = "PK 2025";
  const R = "Renstra";
  const ind = [
    { id: "a", ind: "Persentase desa STBM", sat: "%", awal: 46.8, k: [52, 58, 64, 71, 78] },
    {
      id: "b",
      ind: "Persentase KK dengan akses jamban sehat",
      sat: "%",
      awal: 74.2,
      k: [77, 80, 83, 86, 90],
    },
    { id: "c", ind: "Persentase TPP yang memenuhi syarat", sat: "%", awal: 55, k: [58, 61.5, 65, 68.5, 72] },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS KESEHATAN KABUPATEN TANAH PASIRAH"]);
  pk.lines(["Pihak pertama berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini."]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 32 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the jamban target is the Renstra 2026 value 80 (2025: 77)
      cells: {
        no: i + 1,
        sas: "Meningkatnya akses sanitasi dan kualitas kesehatan lingkungan",
        ind: x.ind,
        sat: x.sat,
        tg: x.id === "b" ? x.k[1] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten",
      rp: 48_615_220_000,
      sd: "APBD",
    },
    {
      id: "p2",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 31_402_775_000,
      sd: "APBD, DAK Non Fisik",
    },
    {
      id: "p3",
      nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      rp: 1_284_500_000,
      sd: "APBD",
    },
    { id: "p4", nm: "Program Pemberdayaan Masyarakat Bidang Kesehatan", rp: 612_300_000, sd: "APBD" },
  ];
  // planted: the Jumlah is typed 81,194,795,000; the programs add up to 81,914,795,000
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 48 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan", width: 18 },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: x.sd } })),
      { id: "j", span: ["no", "nm"], cells: { no: "Jumlah", rp: 81_194_795_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Muara Pasirah, 6 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN"],
    nama: "dr. HENDRA SAPUTRA ALAMSYAH, M.K.M.",
    nip: "19770521 200604 1 011",
  });
  rs.lines(["Indikator dan Target Kinerja Renstra Dinas Kesehatan Kabupaten Tanah Pasirah 2025-2029"]);
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...YS.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(YS.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of KK akses jamban sehat is 80, the Renstra 2026 target; Renstra 2025 is 77",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah typed 81,194,795,000 (digits swapped); the four programs add up to 81,914,795,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Rekap STBM and akses jamban per puskesmas, Dinkes Kota Bantar Rejo 2024, number row with identities. */
export function rekapStbm(): BookW {
  const b = new BookW(
    "rekap-stbm-odf-jamban-per-puskesmas-bantar-rejo.xlsx",
    "Rekap STBM dan akses jamban per puskesmas (Dinkes)",
    "per kecamatan / puskesmas: kelurahan | ODF | % ODF; KK | jamban permanen | semi permanen | jumlah | % akses; number row '(6) = (5)/(4) x 100', '(10) = (8)+(9)', '(11) = (10)/(7) x 100'; JUMLAH KOTA row with ratios of totals",
  );
  const S = "STBM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KESEHATAN KOTA BANTAR REJO",
    "Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga",
  ]);
  s.lines(["REKAPITULASI CAPAIAN STBM DAN AKSES JAMBAN SEHAT PER PUSKESMAS", "Keadaan s.d. Desember 2024"]);
  s.gap();
  const U = [
    {
      id: "u1",
      kec: "Bantar Utara",
      pkm: "Puskesmas Kedung Asri",
      kel: 7,
      odf: 6,
      kk: 9_412,
      pm: 7_850,
      sp: 1_102,
    },
    {
      id: "u2",
      kec: "Bantar Utara",
      pkm: "Puskesmas Sidomukti",
      kel: 5,
      odf: 5,
      kk: 6_218,
      pm: 5_640,
      sp: 472,
    },
    {
      id: "u3",
      kec: "Bantar Selatan",
      pkm: "Puskesmas Wonolelo",
      kel: 8,
      odf: 4,
      kk: 11_036,
      pm: 7_315,
      sp: 1_980,
    },
    {
      id: "u4",
      kec: "Rejo Timur",
      pkm: "Puskesmas Ngaliyan Wetan",
      kel: 6,
      odf: 3,
      kk: 8_705,
      pm: 5_102,
      sp: 1_644,
    },
    {
      id: "u5",
      kec: "Rejo Barat",
      pkm: "Puskesmas Karang Tengah",
      kel: 9,
      odf: 8,
      kk: 12_340,
      pm: 10_880,
      sp: 905,
    },
    {
      id: "u6",
      kec: "Rejo Barat",
      pkm: "Puskesmas Tegalsari",
      kel: 4,
      odf: 2,
      kk: 5_127,
      pm: 3_310,
      sp: 1_021,
    },
  ];
  const KJ = "KK Akses Jamban Sehat";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 16 },
      { key: "pkm", head: ["Puskesmas"], role: "lokasi", num: "(3)", width: 26 },
      { key: "kel", head: ["Kelurahan", "Jumlah"], role: "target", year: 2024, num: "(4)", fmt: INT },
      { key: "odf", head: ["Kelurahan", "ODF"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      {
        key: "podf",
        head: ["Kelurahan", "% ODF"],
        role: "capaian",
        year: 2024,
        num: "(6) = (5)/(4) x 100",
        fmt: DEC,
      },
      { key: "kk", head: ["Jumlah KK"], role: "target", year: 2024, num: "(7)", fmt: INT },
      { key: "pm", head: [KJ, "Permanen"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
      { key: "sp", head: [KJ, "Semi Permanen"], role: "realisasi", year: 2024, num: "(9)", fmt: INT },
      { key: "j", head: [KJ, "Jumlah"], role: "realisasi", year: 2024, num: "(10) = (8)+(9)", fmt: INT },
      {
        key: "pj",
        head: [KJ, "% Akses"],
        role: "capaian",
        year: 2024,
        num: "(11) = (10)/(7) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    vmerge: ["kec"],
    rows: [
      ...U.map((u, i): Row => ({
        id: u.id,
        cells: (x) => ({
          no: i + 1,
          kec: u.kec,
          pkm: u.pkm,
          kel: u.kel,
          odf: u.odf,
          // planted: Wonolelo's % ODF typed 62.50 (5/8); 4/8 is 50.00
          podf: u.id === "u3" ? 62.5 : fx(`ROUND(${x.a("odf")}/${x.a("kel")}*100,2)`),
          kk: u.kk,
          pm: u.pm,
          sp: u.sp,
          j: fx(`${x.a("pm")}+${x.a("sp")}`),
          pj: fx(`ROUND(${x.a("j")}/${x.a("kk")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "pkm"],
        cells: (x) => {
          const S6 = (k: string) => `SUM(${x.a(k, "u1")}:${x.a(k, "u6")})`;
          return {
            no: "JUMLAH KOTA",
            kel: fx(S6("kel")),
            odf: fx(S6("odf")),
            podf: fx(`ROUND(${x.a("odf")}/${x.a("kel")}*100,2)`),
            kk: fx(S6("kk")),
            // planted: the semi permanen total stops at Karang Tengah
            pm: fx(S6("pm")),
            sp: fx(`SUM(${x.a("sp", "u1")}:${x.a("sp", "u5")})`),
            j: fx(`${x.a("pm")}+${x.a("sp")}`),
            pj: fx(`ROUND(${x.a("j")}/${x.a("kk")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: laporan bulanan STBM puskesmas (aplikasi SMART STBM), diolah Seksi Kesling."]);
  s.gap();
  signature(s, 9, {
    tempat: "Bantar Rejo, 10 Januari 2025",
    jabatan: ["Kepala Seksi Kesehatan Lingkungan,", "Kesehatan Kerja dan Olahraga"],
    nama: "BAMBANG TRI HARYONO, S.K.M., M.Kes.",
    nip: "19800417 200501 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = U.map((u) => u.id);
  b.plant({
    at: { sheet: S, cell: a("podf", "u3") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% ODF of Puskesmas Wonolelo typed 62.50 among formulas; 4 of 8 kelurahan ODF is 50.00",
    truth: `ROUND(${a("odf", "u3")}/${a("kel", "u3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("sp", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH KOTA semi permanen is =SUM one row short (6,103); with Tegalsari's 1,021 it is 7,124",
    truth: `SUM(${a("sp", "u1")}:${a("sp", "u6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("podf", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("odf", "tot")}/${a("kel", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("podf", "u1")}:${a("podf", "u6")}),2)`,
  });
  for (const k of ["kel", "odf", "kk", "pm"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ids.map((id) => a(k, id)).join("+"),
    });
  for (const id of ["u1", "u4", "u6"]) {
    b.ok({
      sheet: S,
      cell: a("podf", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("odf", id)}/${a("kel", id)}*100,2)`,
    });
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("pm", id)}+${a("sp", id)}` });
    b.ok({
      sheet: S,
      cell: a("pj", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("j", id)}/${a("kk", id)}*100,2)`,
    });
  }
  return b.finish();
}

/** Quarterly recap of TTU, TPP and sarana air minum, Dinkes Tanah Pasirah 2024, a stock column for TTU. */
export function rekapTtuTppSam(): BookW {
  const b = new BookW(
    "rekap-triwulan-ttu-tpp-sam-memenuhi-syarat-tanah-pasirah.xlsx",
    "Rekap triwulanan TTU, TPP dan sarana air minum (Dinkes)",
    "row per triwulan + 'Jumlah / Posisi Akhir': TTU terdaftar (stock, the Jumlah row takes Triwulan IV) | TTU diperiksa | TTU MS | %; TPP diperiksa | MS | %; SAM diuji | memenuhi syarat | %; % of the totals; groups written once (not merged)",
  );
  const S = "Rekap Kesling 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TANAH PASIRAH", "DINAS KESEHATAN - BIDANG KESEHATAN MASYARAKAT"]);
  s.lines(["Rekapitulasi Pengawasan TTU, TPP dan Sarana Air Minum per Triwulan Tahun 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", reg: 612, tp: 148, tm: 101, pp: 96, pm: 58, sd: 74, sm: 49 },
    { id: "q2", tw: "Triwulan II", reg: 620, tp: 171, tm: 119, pp: 112, pm: 71, sd: 88, sm: 60 },
    { id: "q3", tw: "Triwulan III", reg: 627, tp: 165, tm: 121, pp: 104, pm: 69, sd: 91, sm: 66 },
    { id: "q4", tw: "Triwulan IV", reg: 634, tp: 183, tm: 140, pp: 121, pm: 84, sd: 97, sm: 73 },
  ];
  const TTU = "Tempat-Tempat Umum (TTU)";
  const TPP = "Tempat Pengelolaan Pangan (TPP)";
  const SAM = "Sarana Air Minum (SAM)";
  const t = s.table({
    cols: [
      { key: "tw", head: ["Periode"], role: "lainnya", num: "1", width: 22 },
      { key: "reg", head: [TTU, "Terdaftar"], role: "lainnya", num: "2", fmt: INT },
      { key: "tp", head: [TTU, "Diperiksa"], role: "target", year: 2024, num: "3", fmt: INT },
      { key: "tm", head: [TTU, "Memenuhi Syarat"], role: "realisasi", year: 2024, num: "4", fmt: INT },
      { key: "tpc", head: [TTU, "% MS"], role: "capaian", year: 2024, num: "5 = 4/3 x 100", fmt: DEC },
      { key: "pp", head: [TPP, "Diperiksa"], role: "target", year: 2024, num: "6", fmt: INT },
      { key: "pm", head: [TPP, "Memenuhi Syarat"], role: "realisasi", year: 2024, num: "7", fmt: INT },
      { key: "ppc", head: [TPP, "% MS"], role: "capaian", year: 2024, num: "8 = 7/6 x 100", fmt: DEC },
      { key: "sd", head: [SAM, "Diuji"], role: "target", year: 2024, num: "9", fmt: INT },
      { key: "sm", head: [SAM, "Memenuhi Syarat"], role: "realisasi", year: 2024, num: "10", fmt: INT },
      { key: "spc", head: [SAM, "% MS"], role: "capaian", year: 2024, num: "11 = 10/9 x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    groups: "first",
    rows: [
      ...Q.map((q): Row => ({
        id: q.id,
        cells: (x) => ({
          tw: q.tw,
          reg: q.reg,
          tp: q.tp,
          tm: q.tm,
          tpc: fx(`ROUND(${x.a("tm")}/${x.a("tp")}*100,2)`),
          pp: q.pp,
          pm: q.pm,
          ppc: fx(`ROUND(${x.a("pm")}/${x.a("pp")}*100,2)`),
          sd: q.sd,
          sm: q.sm,
          // planted: Triwulan II keeps a stale cached 62.50
          spc: fx(`ROUND(${x.a("sm")}/${x.a("sd")}*100,2)`, q.id === "q2" ? 62.5 : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (x) => {
          const S4 = (k: string) => fx(`SUM(${x.a(k, "q1")}:${x.a(k, "q4")})`);
          return {
            tw: "Jumlah / Posisi Akhir",
            reg: fx(x.a("reg", "q4")),
            tp: S4("tp"),
            tm: S4("tm"),
            tpc: fx(`ROUND(${x.a("tm")}/${x.a("tp")}*100,2)`),
            // planted: TPP diperiksa total typed 443; the quarters add up to 433
            pp: 443,
            pm: S4("pm"),
            ppc: fx(`ROUND(${x.a("pm")}/${x.a("pp")}*100,2)`),
            sd: S4("sd"),
            sm: S4("sm"),
            spc: fx(`ROUND(${x.a("sm")}/${x.a("sd")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["MS = memenuhi syarat kesehatan (IKL). TTU terdaftar adalah posisi pada akhir triwulan."]);
  const a = (k: string, id: string) => t.a(k, id);
  const all = (k: string) => ["q1", "q2", "q3", "q4"].map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("pp", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah TPP diperiksa typed 443 among SUM formulas; 96+112+104+121 = 433",
    truth: all("pp"),
  });
  b.plant({
    at: { sheet: S, cell: a("spc", "q2") },
    rules: ["capaian-mismatch"],
    note: "% MS of sarana air minum in Triwulan II caches 62.50 (stale); =ROUND(60/88*100,2) gives 68.18",
    truth: `ROUND(${a("sm", "q2")}/${a("sd", "q2")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("reg", "tot"), rules: ["sum-mismatch"], truth: a("reg", "q4"), trap: all("reg") });
  b.ok({
    sheet: S,
    cell: a("tpc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tm", "tot")}/${a("tp", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("tpc", "q1")}:${a("tpc", "q4")}),2)`,
  });
  for (const k of ["tp", "tm", "pm", "sd", "sm"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: all(k) });
  for (const id of ["q1", "q3"])
    b.ok({
      sheet: S,
      cell: a("spc", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("sm", id)}/${a("sd", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: a("ppc", "q4"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("pm", "q4")}/${a("pp", "q4")}*100,2)`,
  });
  return b.finish();
}
