// PK 2025 beside its Renstra (Kecamatan Bayu Utara), the PBB-P2 recap per desa (Kecamatan Gunungwangi)
// with a per-triwulan table below it, and the PATEN recap per triwulan with the musrenbang recap beside
// it (Kecamatan Bayu Utara). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, sum, type Col, type Row } from "../forms/kit";

/** PK 2025 Kecamatan Bayu Utara beside the Renstra IKU (Tahun ke-1..5 from "Renstra 2025-2029"). */
export function pkBayuUtara(): BookW {
  const b = new BookW(
    "pk-2025-kec-bayu-utara-b328.xlsx",
    "Perjanjian Kinerja + Renstra (Kecamatan)",
    "Sheet PK 2025: statement, No | Sasaran | Indikator | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Ket with Jumlah; sheet Renstra IKU: Sasaran | Indikator | Satuan | Kondisi awal 2024 | Tahun ke-1..5 | Kondisi akhir",
  );
  const R = "Renstra IKU";
  const P = "PK 2025";
  const IKU = [
    {
      id: "i1",
      sas: "Meningkatnya kualitas pelayanan publik",
      ind: "Indeks Kepuasan Masyarakat terhadap layanan kecamatan",
      sat: "nilai",
      awal: 80.2,
      t: [81, 82, 83, 84, 85],
    },
    {
      id: "i2",
      sas: "Meningkatnya kualitas pelayanan publik",
      ind: "Persentase layanan administrasi kependudukan selesai dalam 1 hari",
      sat: "%",
      awal: 70,
      t: [74, 78, 82, 86, 90],
    },
    {
      id: "i3",
      sas: "Meningkatnya partisipasi masyarakat dalam pembangunan",
      ind: "Persentase usulan musrenbang kecamatan yang diakomodir dalam RKPD",
      sat: "%",
      awal: 35,
      t: [37.5, 40, 42.5, 45, 47.5],
    },
    {
      id: "i4",
      sas: "Meningkatnya partisipasi masyarakat dalam pembangunan",
      ind: "Persentase realisasi penerimaan PBB-P2 terhadap ketetapan",
      sat: "%",
      awal: 78,
      t: [80, 82, 84, 86, 88],
    },
  ];
  // ---- Renstra sheet
  const rs = b.sheet(R);
  rs.lines([
    "Tabel 4.2 Indikator Kinerja Utama Kecamatan Bayu Utara yang mengacu pada RPJMD",
    "Renstra Kecamatan Bayu Utara 2025-2029",
  ]);
  rs.gap();
  const rcols: Col[] = [
    { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
    ...[1, 2, 3, 4, 5].map((y): Col => ({
      key: `t${y}`,
      head: ["Target Kinerja", `Tahun ke-${y}`],
      role: "target",
      year: 2024 + y,
      fmt: DEC,
    })),
    { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", fmt: DEC },
  ];
  const rt = rs.table({
    cols: rcols,
    headerRows: 2,
    rows: IKU.map((x) => ({
      id: x.id,
      cells: {
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        t1: x.t[0],
        t2: x.t[1],
        t3: x.t[2],
        t4: x.t[3],
        t5: x.t[4],
        ak: x.t[4],
      },
    })),
    vmerge: ["sas"],
  });
  // ---- PK sheet
  const ps = b.sheet(P);
  letterhead(ps, ["PEMERINTAH KOTA TANJUNG BAYU", "KECAMATAN BAYU UTARA"]);
  ps.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil,",
    "kami yang bertanda tangan di bawah ini: RAHMAT HIDAYATULLAH, S.STP., M.AP, Camat Bayu Utara, selaku pihak pertama,",
    "dan H. SYAHRANI, S.Sos., M.Si, Wali Kota Tanjung Bayu, selaku pihak kedua, sepakat atas target kinerja berikut.",
  ]);
  ps.gap();
  ps.lines(["PERJANJIAN KINERJA TAHUN 2025 KECAMATAN BAYU UTARA"], 1, { bold: true });
  const pcols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", num: "(2)", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(3)", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", num: "(4)" },
    { key: "t", head: ["Target"], role: "target", year: 2025, num: "(5)", fmt: DEC },
  ];
  const pt = ps.table({
    cols: pcols,
    headerRows: 1,
    numberRow: "plain",
    rows: IKU.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, t: x.id === "i2" ? x.t[1] : x.t[0] },
    })),
  });
  ps.gap();
  const progs: Array<[string, string, number]> = [
    ["7.01.01", "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 3_845_620_000],
    ["7.01.02", "Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 612_400_000],
    ["7.01.03", "Program Pemberdayaan Masyarakat Desa dan Kelurahan", 1_284_750_000],
    ["7.01.04", "Program Koordinasi Ketentraman dan Ketertiban Umum", 186_300_000],
    ["7.01.05", "Program Penyelenggaraan Urusan Pemerintahan Umum", 224_900_000],
  ];
  const gcols: Col[] = [
    { key: "no", head: ["No"], role: "no" },
    { key: "kode", head: ["Kode"], role: "kode" },
    { key: "pr", head: ["Program"] },
    { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
    { key: "ket", head: ["Keterangan"], role: "keterangan" },
  ];
  const grows: Row[] = progs.map(([k, n, v], i) => ({
    id: `g${i + 1}`,
    cells: { no: i + 1, kode: k, pr: n, rp: v, ket: "APBD" },
  }));
  grows.push({
    id: "jml",
    bold: true,
    span: ["no", "pr"],
    cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g1")}:${x.a("rp", "g4")})`) }),
  });
  const gt = ps.table({ cols: gcols, headerRows: 1, rows: grows });
  ps.gap();
  signature(ps, 4, {
    tempat: "Tanjung Bayu, 2 Januari 2025",
    jabatan: ["Pihak Pertama,", "CAMAT BAYU UTARA"],
    nama: "RAHMAT HIDAYATULLAH, S.STP., M.AP",
    nip: "19840611 200312 1 002",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "i2") },
        { sheet: R, cell: rt.a("t1", "i2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target 78 for layanan adminduk 1 hari is the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 74",
    truth: `'${R}'!${rt.a("t1", "i2")}`,
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: "Jumlah =SUM over four programs, leaving out 7.01.05 (224,900,000): 5,929,070,000 instead of 6,153,970,000",
    truth: `SUM(${gt.a("rp", "g1")}:${gt.a("rp", "g5")})`,
  });
  for (const id of ["i1", "i3", "i4"]) {
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("t1", id)}`,
    });
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`t${y}`, id)).join("+"),
    });
  }
  return b.finish();
}

/** Rekap PBB-P2 per desa 2024, Kecamatan Gunungwangi, with the setoran per triwulan below it. */
export function pbbGunungwangi(): BookW {
  const b = new BookW(
    "rekap-pbb-p2-kec-gunungwangi-2024-b328.xlsx",
    "Rekap PBB-P2 per desa (Kecamatan)",
    "No | Desa | SPPT (lembar) | Pokok Ketetapan (Rp) | Realisasi s.d. 31 Des (Rp) | % | Sisa, Jumlah row with ratio of totals; below, after a blank row: Triwulan | Setoran | Kumulatif | % kumulatif",
  );
  const S = "Rekap PBB-P2";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN LEMBAH SARI", "KECAMATAN GUNUNGWANGI"]);
  s.lines(["REKAPITULASI REALISASI PENERIMAAN PBB-P2 PER DESA", "TAHUN 2024"]);
  s.gap();
  const D: Array<[string, number, number, number]> = [
    ["Gunungwangi", 4120, 412_380_500, 398_114_200],
    ["Kaliurang Wetan", 2875, 236_910_000, 201_540_750],
    ["Sidomulyo", 3310, 301_445_800, 288_902_000],
    ["Tegalrejo", 1980, 158_760_300, 121_337_900],
    ["Karanganyar", 2640, 219_905_000, 218_716_400],
    ["Ngargoyoso", 1725, 142_330_600, 118_650_400],
    ["Wonosari", 3050, 274_118_900, 251_004_300],
    ["Banjarsari", 2210, 187_604_200, 160_225_800],
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "desa", head: ["Nama Desa"], num: "2", width: 20 },
    { key: "sppt", head: ["Jumlah SPPT (lembar)"], role: "lainnya", num: "3", fmt: INT },
    { key: "ket", head: ["Pokok Ketetapan (Rp)"], role: "target", year: 2024, num: "4", fmt: RP, width: 18 },
    {
      key: "real",
      head: ["Realisasi s.d. 31 Desember (Rp)"],
      role: "realisasi",
      year: 2024,
      num: "5",
      fmt: RP,
      width: 18,
    },
    { key: "pct", head: ["Persentase (%)"], role: "capaian", year: 2024, num: "6 = 5 : 4 x 100", fmt: DEC },
    { key: "sisa", head: ["Sisa Ketetapan (Rp)"], role: "lainnya", num: "7 = 4 - 5", fmt: RP, width: 18 },
  ];
  const PLANT_ROW = 6; // Wonosari: % typed 97.51 where 251,004,300 / 274,118,900 gives 91.57
  const rows: Row[] = D.map(([n, sp, k, r], i) => ({
    id: `d${i}`,
    cells: (x) => ({
      no: i + 1,
      desa: n,
      sppt: sp,
      ket: k,
      real: r,
      pct: i === PLANT_ROW ? 97.51 : fx(`ROUND(${x.a("real")}/${x.a("ket")}*100,2)`),
      sisa: fx(`${x.a("ket")}-${x.a("real")}`),
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "desa"],
    cells: (x) => ({
      no: "JUMLAH",
      sppt: fx(`SUM(${x.a("sppt", "d0")}:${x.a("sppt", "d7")})`),
      ket: fx(`SUM(${x.a("ket", "d0")}:${x.a("ket", "d7")})`),
      real: fx(`SUM(${x.a("real", "d0")}:${x.a("real", "d6")})`),
      pct: fx(`ROUND(${x.a("real")}/${x.a("ket")}*100,2)`),
      sisa: fx(`SUM(${x.a("sisa", "d0")}:${x.a("sisa", "d7")})`),
    }),
  });
  const t = s.table({ cols, headerRows: 1, numberRow: "plain", rows });
  s.gap();
  s.lines(["Setoran PBB-P2 Kecamatan Gunungwangi per Triwulan Tahun 2024"], 1, { bold: true });
  const totalReal = sum(D.map((d) => d[3]));
  const TW = [312_450_800, 596_812_300, 497_366_150, 0];
  TW[3] = totalReal - TW[0] - TW[1] - TW[2];
  const qcols: Col[] = [
    { key: "tw", head: ["Triwulan"], width: 14 },
    { key: "set", head: ["Setoran (Rp)"], role: "realisasi", year: 2024, fmt: RP, width: 18 },
    { key: "kum", head: ["Kumulatif (Rp)"], role: "realisasi", year: 2024, fmt: RP, width: 18 },
    { key: "pk", head: ["% Kumulatif thd Ketetapan"], role: "capaian", year: 2024, fmt: DEC },
  ];
  const ketAll = t.a("ket", "jml");
  const qrows: Row[] = ["I", "II", "III", "IV"].map((n, i) => ({
    id: `q${i + 1}`,
    cells: (x) => ({
      tw: `Triwulan ${n}`,
      set: TW[i],
      kum: i === 0 ? fx(x.a("set")) : fx(`${x.a("kum", `q${i}`)}+${x.a("set")}`),
      pk: fx(`ROUND(${x.a("kum")}/${ketAll}*100,2)`),
    }),
  }));
  qrows.push({
    id: "qj",
    bold: true,
    cells: (x) => ({
      tw: "Jumlah",
      set: fx(`SUM(${x.a("set", "q1")}:${x.a("set", "q4")})`),
      pk: fx(`ROUND(${x.a("set")}/${ketAll}*100,2)`),
    }),
  });
  const q = s.table({ cols: qcols, headerRows: 1, rows: qrows });
  s.gap();
  signature(s, 5, {
    tempat: "Gunungwangi, 8 Januari 2025",
    jabatan: ["CAMAT GUNUNGWANGI"],
    nama: "Drs. HARYO WICAKSONO, M.Si",
    nip: "19720314 199803 1 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("real", "jml") },
    rules: ["sum-mismatch"],
    note: "JUMLAH realisasi =SUM(E..) stops at Wonosari and leaves out Banjarsari (160,225,800)",
    truth: `SUM(${a("real", "d0")}:${a("real", "d7")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("pct", `d${PLANT_ROW}`) },
    rules: ["capaian-mismatch", "ratio-components-mismatch", "hardcoded-value"],
    note: "Wonosari % typed 97.51 in a column of formulas; 251,004,300 / 274,118,900 x 100 gives 91.57",
    truth: `${a("real", `d${PLANT_ROW}`)}/${a("ket", `d${PLANT_ROW}`)}*100`,
  });
  for (const i of [0, 1, 3, 4, 7])
    b.ok({
      sheet: S,
      cell: a("pct", `d${i}`),
      rules: ["capaian-mismatch"],
      truth: `${a("real", `d${i}`)}/${a("ket", `d${i}`)}*100`,
    });
  b.ok({
    sheet: S,
    cell: a("ket", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("ket", "d0")}:${a("ket", "d7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sppt", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("sppt", "d0")}:${a("sppt", "d7")})`,
  });
  b.ok({
    sheet: S,
    cell: a("sisa", "jml"),
    rules: ["sum-mismatch"],
    truth: `${a("ket", "jml")}-${totalReal}`,
  });
  b.ok({
    sheet: S,
    cell: q.a("kum", "q4"),
    rules: ["sum-mismatch"],
    truth: `SUM(${q.a("set", "q1")}:${q.a("set", "q4")})`,
    trap: `SUM(${q.a("kum", "q1")}:${q.a("kum", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: q.a("pk", "qj"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `${q.a("set", "qj")}/${ketAll}*100`,
    trap: `SUM(${q.a("pk", "q1")}:${q.a("pk", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: q.a("set", "qj"),
    rules: ["sum-mismatch"],
    truth: `SUM(${q.a("set", "q1")}:${q.a("set", "q4")})`,
  });
  return b.finish();
}

/** Rekap PATEN per triwulan 2024 with the musrenbang recap beside it (one empty column between). */
export function patenBayuUtara(): BookW {
  const b = new BookW(
    "rekap-paten-musrenbang-kec-bayu-utara-2024-b328.xlsx",
    "Rekap PATEN per triwulan + musrenbang per kelurahan (Kecamatan)",
    "Left: No | Jenis Layanan | Jumlah Permohonan > TW I..IV | Jumlah | Selesai Tepat Waktu | % Tepat Waktu, number row 1..9, Jumlah row; empty column; right: Kelurahan | Usulan | Diakomodir | Ditunda | % Diakomodir (no No column), Jumlah row",
  );
  const S = "Rekap Layanan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG BAYU",
    "KECAMATAN BAYU UTARA",
    "Jl. Pangeran Antasari No. 7, Tanjung Bayu",
  ]);
  s.lines(["REKAPITULASI LAYANAN PATEN DAN HASIL MUSRENBANG KECAMATAN BAYU UTARA TAHUN 2024"]);
  s.gap();
  const top = s.r;
  const L: Array<[string, number[], number]> = [
    ["Perekaman KTP-el", [412, 388, 455, 397], 1631],
    ["Surat Keterangan Pindah Datang", [96, 104, 88, 121], 398],
    ["Legalisasi Kartu Keluarga dan Akta", [233, 251, 219, 264], 949],
    ["Izin Usaha Mikro Kecil (IUMK)", [58, 73, 66, 81], 262],
    ["Surat Keterangan Ahli Waris", [41, 37, 45, 39], 158],
    ["Rekomendasi Izin Keramaian", [19, 26, 31, 44], 117],
  ];
  const G = "Jumlah Permohonan per Triwulan";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "lay", head: ["Jenis Layanan"], num: "2", width: 32 },
    { key: "q1", head: [G, "TW I"], role: "lainnya", num: "3", fmt: INT },
    { key: "q2", head: [G, "TW II"], role: "lainnya", num: "4", fmt: INT },
    { key: "q3", head: [G, "TW III"], role: "lainnya", num: "5", fmt: INT },
    { key: "q4", head: [G, "TW IV"], role: "lainnya", num: "6", fmt: INT },
    { key: "j", head: ["Jumlah"], role: "lainnya", num: "7 = 3+4+5+6", fmt: INT },
    { key: "tw", head: ["Selesai Tepat Waktu"], role: "lainnya", num: "8", fmt: INT },
    { key: "pct", head: ["% Tepat Waktu"], role: "lainnya", num: "9 = 8/7 x 100", fmt: DEC },
  ];
  const STALE = 1; // Surat pindah: Jumlah cached 288 (TW IV left out); the quarters give 409
  const PCT = 3; // IUMK: % typed 106.11 = 278/262 (7/8 x 100 turned round); 8/7 gives 94.24
  const rows: Row[] = L.map(([n, qs, tw], i) => ({
    id: `l${i}`,
    cells: (x) => {
      const total = sum(qs);
      return {
        no: i + 1,
        lay: n,
        q1: qs[0],
        q2: qs[1],
        q3: qs[2],
        q4: qs[3],
        j: fx(`SUM(${x.a("q1")}:${x.a("q4")})`, i === STALE ? 288 : undefined),
        tw: tw,
        pct: i === PCT ? round((total / tw) * 100) : fx(`ROUND(${x.a("tw")}/${x.a("j")}*100,2)`),
      };
    },
  }));
  rows.push({
    id: "jml",
    bold: true,
    span: ["no", "lay"],
    cells: (x) => {
      const o: Record<string, ReturnType<typeof fx> | string> = { no: "Jumlah" };
      for (const k of ["q1", "q2", "q3", "q4", "tw"]) o[k] = fx(`SUM(${x.a(k, "l0")}:${x.a(k, "l5")})`);
      return o;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows }, 1, top);
  // beside it, one empty column (J), the musrenbang recap (no No column, shorter)
  const K: Array<[string, number, number]> = [
    ["Bayu Utara", 38, 14],
    ["Sungai Kapih", 29, 11],
    ["Loa Bahu", 33, 12],
    ["Tanah Merah", 24, 10],
    ["Gunung Lingai", 31, 13],
  ];
  const mcols: Col[] = [
    { key: "kel", head: ["Kelurahan"], num: "(1)", width: 18 },
    { key: "us", head: ["Usulan Musrenbang", "Masuk"], role: "lainnya", num: "(2)", fmt: INT },
    { key: "ak", head: ["Usulan Musrenbang", "Diakomodir RKPD 2025"], role: "lainnya", num: "(3)", fmt: INT },
    {
      key: "td",
      head: ["Usulan Musrenbang", "Ditunda / Ditolak"],
      role: "lainnya",
      num: "(4) = (2) - (3)",
      fmt: INT,
    },
    { key: "pa", head: ["% Diakomodir"], role: "lainnya", num: "(5) = (3)/(2) x 100", fmt: DEC },
  ];
  const mrows: Row[] = K.map(([n, u, d], i) => ({
    id: `m${i}`,
    cells: (x) => ({ kel: n, us: u, ak: d, td: fx(`${x.a("us")}-${x.a("ak")}`), pa: round((d / u) * 100) }),
  }));
  mrows.push({
    id: "mj",
    bold: true,
    cells: (x) => ({
      kel: "Jumlah",
      us: fx(`SUM(${x.a("us", "m0")}:${x.a("us", "m4")})`),
      ak: fx(`SUM(${x.a("ak", "m0")}:${x.a("ak", "m4")})`),
      td: fx(`SUM(${x.a("td", "m0")}:${x.a("td", "m4")})`),
      pa: fx(`ROUND(${x.a("ak")}/${x.a("us")}*100,2)`),
    }),
  });
  const m = s.table({ cols: mcols, headerRows: 2, numberRow: "plain", rows: mrows }, 11, top);
  s.r = Math.max(t.lastDataRow, m.lastDataRow) + 2;
  signature(s, 11, {
    tempat: "Tanjung Bayu, 10 Januari 2025",
    jabatan: ["CAMAT BAYU UTARA"],
    nama: "RAHMAT HIDAYATULLAH, S.STP., M.AP",
    nip: "19840611 200312 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qsum = (id: string) => ["q1", "q2", "q3", "q4"].map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", `l${STALE}`) },
    rules: ["sum-mismatch"],
    note: "Surat pindah datang: =SUM(C:F) with a stale cached 288 (TW IV missing); the quarters add up to 409",
    truth: qsum(`l${STALE}`),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", `l${PCT}`) },
    rules: ["percent-out-of-range", "ratio-components-mismatch", "hardcoded-value"],
    note: "IUMK % tepat waktu typed 106.11 (jumlah / tepat waktu); 262 of 278 permohonan gives 94.24",
    truth: `${a("tw", `l${PCT}`)}/${a("j", `l${PCT}`)}*100`,
  });
  for (const i of [0, 2, 4, 5]) {
    b.ok({ sheet: S, cell: a("j", `l${i}`), rules: ["sum-mismatch"], truth: qsum(`l${i}`) });
    b.ok({
      sheet: S,
      cell: a("pct", `l${i}`),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `${a("tw", `l${i}`)}/${a("j", `l${i}`)}*100`,
    });
  }
  for (const k of ["q1", "q2", "q3", "q4", "tw"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "l0")}:${a(k, "l5")})` });
  const ma = (k: string, id: string) => m.a(k, id);
  b.ok({
    sheet: S,
    cell: ma("pa", "mj"),
    rules: ["ratio-components-mismatch", "sum-mismatch"],
    truth: `${ma("ak", "mj")}/${ma("us", "mj")}*100`,
    trap: `AVERAGE(${ma("pa", "m0")}:${ma("pa", "m4")})`,
  });
  for (const i of [0, 2, 4])
    b.ok({
      sheet: S,
      cell: ma("pa", `m${i}`),
      rules: ["ratio-components-mismatch"],
      truth: `${ma("ak", `m${i}`)}/${ma("us", `m${i}`)}*100`,
    });
  for (const k of ["us", "ak", "td"])
    b.ok({
      sheet: S,
      cell: ma(k, "mj"),
      rules: ["sum-mismatch"],
      truth: `SUM(${ma(k, "m0")}:${ma(k, "m4")})`,
    });
  return b.finish();
}
