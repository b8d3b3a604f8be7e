// LKjIP, Perjanjian Kinerja with its Renstra, the per-kecamatan recap of sentra IKM and the quarterly
// recap of sertifikasi IKM of two invented Dinas Perindustrian (Jawa Tengah, Kalimantan Selatan).
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

const pos = (t: string, r: string) => `ROUND(${r}/${t}*100,2)`;
const neg = (t: string, r: string) => `ROUND((2*${t}-${r})/${t}*100,2)`;

/** LKjIP 2024 of the Dinas Perindustrian Lembah Serayu Timur: capaian with refleksi, predikat. */
export function lkjipPerindustrian(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-ikm-lembah-serayu-timur.xlsx",
    "LKjIP capaian kinerja (Dinas Perindustrian)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat (Sangat Tinggi..); ROUND formulas, refleksi on negatives, one typed capaian",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama Dinas Perindustrian Tahun 2024"]);
  s.gap();
  const SA = "Meningkatnya daya saing IKM";
  const SB = "Meningkatnya penyerapan tenaga kerja industri yang ramah lingkungan";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Pertumbuhan nilai produksi IKM",
      sat: "%",
      neg: false,
      r23: 5.8,
      t: 6.5,
      r: 6.1,
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase IKM bersertifikat SNI/halal",
      sat: "%",
      neg: false,
      r23: 27.5,
      t: 32,
      r: 33.2,
    },
    {
      id: "i3",
      sas: SA,
      ind: "Persentase sentra IKM tidak aktif",
      sat: "%",
      neg: true,
      r23: 16.4,
      t: 15,
      r: 12.6,
    },
    {
      id: "i4",
      sas: SB,
      ind: "Jumlah tenaga kerja IKM yang terserap",
      sat: "orang",
      neg: false,
      r23: 5_870,
      t: 8_400,
      r: 6_150,
    },
    {
      id: "i5",
      sas: SB,
      ind: "Jumlah kasus pencemaran limbah IKM",
      sat: "kasus",
      neg: true,
      r23: 9,
      t: 6,
      r: 8,
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024 },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat" },
  ];
  const pred: Record<string, string> = {
    i1: "Sangat Tinggi",
    i2: "Sangat Tinggi",
    i3: "Sangat Tinggi",
    // planted: 73.21 is Sedang
    i4: "Tinggi",
    // follows the typed 133.33
    i5: "Sangat Tinggi",
  };
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
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the pencemaran row (negative) holds a typed R/T = 133.33
          c: x.id === "i5" ? 133.33 : fx((x.neg ? neg : pos)(c.a("t"), c.a("r"))),
          p: pred[x.id],
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
    "Indikator negatif (sentra tidak aktif, kasus pencemaran): capaian = (2 x target - realisasi) / target x 100.",
    "Skala: > 90 Sangat Tinggi; > 75 Tinggi; > 65 Sedang; > 50 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Jumlah kasus pencemaran limbah IKM (negative) has a typed 133.33 = 8/6; refleksi (2 x 6 - 8)/6 gives 66.67",
    truth: neg(a("t", "i5"), a("r", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i4") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Tinggi' for 73.21 (6,150 / 8,400); the band > 65 - 75 is Sedang",
    truth: `PREDIKAT(${a("c", "i4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch"],
    truth: neg(a("t", "i3"), a("r", "i3")),
    trap: pos(a("t", "i3"), a("r", "i3")),
  });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: pos(a("t", id), a("r", id)) });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dinas Perindustrian Kota Tanjung Batuah, with the Renstra 2025-2029 sheet. */
export function pkPerindustrian(): BookW {
  const b = new BookW(
    "pk-2025-disperin-kota-tanjung-batuah.xlsx",
    "PK 2025 with Renstra (Dinas Perindustrian)",
    "sheet 'PK Kadis 2025': statement, No | Indikator | Satuan | Target (one header row, no sasaran); program table Kode | Program | Anggaran (Rp) | Ket. with a typed Jumlah; sheet 'IKU Renstra': Kondisi Awal | 2025..2029 | Kondisi Akhir 2029",
  );
  const R = "IKU Renstra";
  const P = "PK Kadis 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase IKM bersertifikat SNI dan halal",
      sat: "%",
      awal: 21.4,
      k: [24, 27, 30, 33, 36],
      sum: false,
    },
    {
      id: "b",
      ind: "Nilai produksi IKM",
      sat: "miliar Rp",
      awal: 612.5,
      k: [648, 690, 735, 782, 830],
      sum: false,
    },
    { id: "c", ind: "Jumlah sentra IKM aktif", sat: "sentra", awal: 14, k: [15, 17, 18, 20, 22], sum: false },
    {
      id: "d",
      ind: "Jumlah tenaga kerja baru pada IKM",
      sat: "orang",
      awal: 310,
      k: [320, 340, 360, 380, 400],
      sum: true,
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["IKU dan Target Renstra Dinas Perindustrian Kota Tanjung Batuah 2025-2029"]);
  rs.gap();
  const Y = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...Y.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029 },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: (c) => {
        const out: Record<string, ReturnType<typeof fx> | number | string> = {
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          awal: x.awal,
        };
        Y.forEach((y, j) => (out[`y${y}`] = x.k[j]));
        out.ak = x.sum ? fx(`SUM(${c.a("y2025")}:${c.a("y2029")})`) : x.k[4];
        return out;
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "KEPALA DINAS PERINDUSTRIAN KOTA TANJUNG BATUAH"]);
  pk.lines(["Pihak pertama berjanji akan mewujudkan target kinerja tahunan sebagai berikut:"]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: sentra aktif carries the Renstra 2026 value 17 (2025: 15)
      cells: { no: i + 1, ind: x.ind, sat: x.sat, tg: x.id === "c" ? x.k[1] : x.k[0] },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "3.31.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 4_126_380_000,
    },
    { id: "p2", kode: "3.31.02", nm: "Program Perencanaan dan Pembangunan Industri", rp: 6_845_200_000 },
    {
      id: "p3",
      kode: "3.31.03",
      nm: "Program Pengendalian Izin Usaha Industri Kabupaten/Kota",
      rp: 512_750_000,
    },
    {
      id: "p4",
      kode: "3.31.04",
      nm: "Program Pengelolaan Sistem Informasi Industri Nasional",
      rp: 298_400_000,
    },
  ];
  const TOTAL = 11_872_730_000; // planted: the four give 11,782,730,000
  const gt = pk.table({
    cols: [
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((p) => ({ id: p.id, cells: { kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD" } })),
      {
        id: "tot",
        bold: true,
        span: ["kode", "nm"] as [string, string],
        cells: { kode: "Jumlah", rp: TOTAL },
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Tanjung Batuah, 6 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS PERINDUSTRIAN"],
    nama: "Hj. NORHALIMAH RUSDIANSYAH, S.T., M.T.",
    nip: "19780904 200312 2 005",
  });
  const ref = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target of Jumlah sentra IKM aktif is 17, the Renstra 2026 target; the Renstra 2025 target is 15",
    truth: ref("y2025", "c"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah anggaran typed 11,872,730,000; the four programs add up to 11,782,730,000",
    truth: `SUM(${gt.a("rp", "p1")}:${gt.a("rp", "p4")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({ sheet: P, cell: pt.a("tg", id), rules: ["cross-table-mismatch"], truth: ref("y2025", id) });
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: Y.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "d"),
    rules: ["kondisi-akhir-mismatch"],
    truth: Y.map((y) => rt.a(`y${y}`, "d")).join("+"),
    trap: rt.a("y2029", "d"),
  });
  return b.finish();
}

/** Recap of sentra IKM per kecamatan, Lembah Serayu Timur 2024: tenaga kerja L/P, nilai produksi and share. */
export function rekapSentraKecamatan(): BookW {
  const b = new BookW(
    "rekap-sentra-ikm-per-kecamatan-lembah-serayu-timur.xlsx",
    "Rekap sentra IKM per kecamatan (Dinas Perindustrian)",
    "per kecamatan: sentra | unit IKM | IKM per sentra | tenaga kerja L | P | Jumlah | nilai produksi (Rp juta) | share (%); number row '(7) = (5)+(6)', '(9) = (8) / Jumlah (8) x 100'; JUMLAH row with ratio of totals",
  );
  const S = "Sentra IKM 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERINDUSTRIAN DAN TENAGA KERJA KABUPATEN LEMBAH SERAYU TIMUR"]);
  s.lines(["Rekapitulasi Sentra IKM, Tenaga Kerja dan Nilai Produksi per Kecamatan Tahun 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Sokawangi", se: 6, ikm: 142, l: 318, p: 405, np: 48_250 },
    { id: "k2", nm: "Kalibening Wetan", se: 4, ikm: 87, l: 162, p: 241, np: 26_480 },
    { id: "k3", nm: "Pagerlangu", se: 3, ikm: 65, l: 140, p: 96, np: 31_900 },
    { id: "k4", nm: "Watumas", se: 5, ikm: 118, l: 205, p: 287, np: 39_715 },
    { id: "k5", nm: "Gunungsari Kidul", se: 2, ikm: 31, l: 44, p: 73, np: 8_640 },
    { id: "k6", nm: "Randukuning", se: 3, ikm: 58, l: 97, p: 132, np: 17_305 },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
    { key: "se", head: ["Jumlah Sentra IKM"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
    { key: "ikm", head: ["Jumlah Unit IKM"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "rt", head: ["IKM per Sentra"], role: "lainnya", num: "(4a) = (4)/(3)", fmt: "0.0" },
    { key: "l", head: ["Tenaga Kerja (orang)", "L"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    { key: "p", head: ["Tenaga Kerja (orang)", "P"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    {
      key: "j",
      head: ["Tenaga Kerja (orang)", "Jumlah"],
      role: "realisasi",
      year: 2024,
      num: "(7) = (5)+(6)",
      fmt: INT,
    },
    { key: "np", head: ["Nilai Produksi (Rp juta)"], role: "realisasi", year: 2024, num: "(8)", fmt: RP },
    { key: "sh", head: ["Kontribusi (%)"], role: "lainnya", num: "(9) = (8)/Jumlah (8) x 100", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x) => ({
          no: i + 1,
          nm: k.nm,
          se: k.se,
          ikm: k.ikm,
          rt: fx(`ROUND(${x.a("ikm")}/${x.a("se")},1)`),
          l: k.l,
          p: k.p,
          // planted: Pagerlangu typed 263 (140 + 96 = 236)
          j: k.id === "k3" ? 263 : fx(`${x.a("l")}+${x.a("p")}`),
          np: k.np,
          sh: fx(`ROUND(${x.a("np")}/${x.a("np", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => ({
          no: "JUMLAH",
          se: fx(`SUM(${x.a("se", "k1")}:${x.a("se", "k6")})`),
          ikm: fx(`SUM(${x.a("ikm", "k1")}:${x.a("ikm", "k6")})`),
          rt: fx(`ROUND(${x.a("ikm")}/${x.a("se")},1)`),
          l: fx(`SUM(${x.a("l", "k1")}:${x.a("l", "k6")})`),
          // planted: the P total stops at Gunungsari Kidul
          p: fx(`SUM(${x.a("p", "k1")}:${x.a("p", "k5")})`),
          j: fx(`${x.a("l")}+${x.a("p")}`),
          np: fx(`SUM(${x.a("np", "k1")}:${x.a("np", "k6")})`),
          sh: fx(`SUM(${x.a("sh", "k1")}:${x.a("sh", "k6")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: pendataan IKM Bidang Perindustrian, Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Tenaga kerja Jumlah of Pagerlangu typed 263; L 140 + P 96 = 236",
    truth: `${a("l", "k3")}+${a("p", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of tenaga kerja P is SUM over five kecamatan (1,102); all six give 1,234",
    truth: K.map((k) => a("p", k.id)).join("+"),
  });
  const rows = K.map((k) => k.id);
  b.ok({
    sheet: S,
    cell: a("rt", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${a("ikm", "tot")}/${a("se", "tot")},1)`,
    trap: rows.map((id) => a("rt", id)).join("+"),
    tol: 0.06,
  });
  b.ok({
    sheet: S,
    cell: a("sh", "tot"),
    rules: ["sum-mismatch"],
    truth: "100",
    tol: 0.02,
  });
  for (const k of ["se", "ikm", "l", "np"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: rows.map((id) => a(k, id)).join("+"),
    });
  for (const id of ["k1", "k4", "k6"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: `${a("l", id)}+${a("p", id)}` });
  for (const id of ["k2", "k5"])
    b.ok({
      sheet: S,
      cell: a("sh", id),
      rules: ["ratio-components-mismatch"],
      truth: `ROUND(${a("np", id)}/${a("np", "tot")}*100,2)`,
    });
  return b.finish();
}

/** Quarterly recap of sertifikasi IKM, Kota Tanjung Batuah 2024, with a level row for audit kelulusan. */
export function rekapSertifikasiTriwulan(): BookW {
  const b = new BookW(
    "rekap-sertifikasi-sni-halal-triwulan-tanjung-batuah.xlsx",
    "Rekap sertifikasi IKM per triwulan (Dinas Perindustrian)",
    "row-wise per jenis sertifikasi: Target 2024 | TW I..IV | s.d. TW IV '(8) = (4)+(5)+(6)+(7)' | Capaian '(9) = (8)/(3) x 100' | Keterangan; JUMLAH row (capaian = ratio of totals); a % kelulusan row whose s.d. TW IV is the TW IV level",
  );
  const S = "Sertifikasi 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA TANJUNG BATUAH",
    "DINAS PERINDUSTRIAN - BIDANG STANDARDISASI DAN SERTIFIKASI",
  ]);
  s.lines(["Rekapitulasi Fasilitasi Sertifikasi Produk IKM per Triwulan Tahun 2024"]);
  s.gap();
  const J = [
    { id: "sni", nm: "Sertifikasi SNI (SPPT-SNI)", t: 40, q: [4, 9, 12, 11] },
    { id: "hal", nm: "Sertifikat Halal (reguler dan self declare)", t: 120, q: [22, 35, 31, 29] },
    { id: "hki", nm: "Pendaftaran Merek (HKI)", t: 60, q: [8, 14, 17, 15] },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Jenis Fasilitasi"], role: "indikator", num: "(2)", width: 38 },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, num: "(3)" },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i + 1}`,
      head: ["Realisasi Triwulan", q],
      role: "realisasi",
      year: 2024,
      num: `(${4 + i})`,
    })),
    {
      key: "sd",
      head: ["Realisasi s.d. TW IV"],
      role: "realisasi",
      year: 2024,
      num: "(8) = (4)+(5)+(6)+(7)",
    },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(9) = (8)/(3) x 100", fmt: DEC },
    { key: "ket", head: ["Keterangan"], role: "keterangan", num: "(10)", width: 22 },
  ];
  const qs = (x: { a(k: string, id?: string): string }, id?: string) =>
    [1, 2, 3, 4].map((i) => x.a(`q${i}`, id)).join("+");
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...J.map((j, i): Row => ({
        id: j.id,
        cells: (x) => ({
          no: i + 1,
          nm: j.nm,
          t: j.t,
          q1: j.q[0],
          q2: j.q[1],
          q3: j.q[2],
          q4: j.q[3],
          // planted: the halal s.d. TW IV is typed 127 (22 + 35 + 31 + 29 = 117)
          sd: j.id === "hal" ? 127 : fx(qs(x)),
          // planted: the merek capaian keeps a stale 80.00 (54 / 60 = 90.00)
          c: fx(`ROUND(${x.a("sd")}/${x.a("t")}*100,2)`, j.id === "hki" ? 80 : undefined),
          ket: j.id === "hal" ? "termasuk self declare" : undefined,
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { no: "JUMLAH" };
          for (const k of ["t", "q1", "q2", "q3", "q4"])
            out[k] = fx(`SUM(${x.a(k, "sni")}:${x.a(k, "hki")})`);
          out.sd = fx(qs(x));
          out.c = fx(`ROUND(${x.a("sd")}/${x.a("t")}*100,2)`);
          return out;
        },
      },
      {
        id: "lul",
        cells: (x) => ({
          no: 4,
          nm: "Persentase IKM lulus audit pada pengajuan pertama (%)",
          t: 80,
          q1: 71.5,
          q2: 76.8,
          q3: 79.4,
          q4: 83.6,
          sd: fx(x.a("q4")),
          c: fx(`ROUND(${x.a("sd")}/${x.a("t")}*100,2)`),
          ket: "posisi akhir tahun",
        }),
      },
    ],
  });
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Batuah, 8 Januari 2025",
    jabatan: ["Kepala Bidang Standardisasi dan Sertifikasi"],
    nama: "AHMAD FAUZI RAHMAN, S.E.",
    nip: "19850611 201001 1 013",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q4 = (id: string) => [1, 2, 3, 4].map((i) => a(`q${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("sd", "hal") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Sertifikat halal s.d. TW IV typed 127; the four quarters give 117",
    truth: q4("hal"),
  });
  b.plant({
    at: { sheet: S, cell: a("c", "hki") },
    rules: ["capaian-mismatch"],
    note: "Capaian of pendaftaran merek caches 80.00; its formula 54/60 x 100 gives 90.00 (stale result)",
    truth: `ROUND(${a("sd", "hki")}/${a("t", "hki")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("sd", "lul"), rules: ["sum-mismatch"], truth: a("q4", "lul"), trap: q4("lul") });
  b.ok({
    sheet: S,
    cell: a("c", "lul"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("q4", "lul")}/${a("t", "lul")}*100,2)`,
  });
  b.ok({ sheet: S, cell: a("sd", "sni"), rules: ["sum-mismatch"], truth: q4("sni") });
  b.ok({ sheet: S, cell: a("sd", "hki"), rules: ["sum-mismatch"], truth: q4("hki") });
  b.ok({
    sheet: S,
    cell: a("c", "sni"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sd", "sni")}/${a("t", "sni")}*100,2)`,
  });
  for (const k of ["t", "q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["sni", "hal", "hki"].map((id) => a(k, id)).join("+"),
    });
  b.ok({ sheet: S, cell: a("sd", "tot"), rules: ["sum-mismatch"], truth: q4("tot") });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("sd", "tot")}/${a("t", "tot")}*100,2)`,
    trap: `ROUND((${a("c", "sni")}+${a("c", "hal")}+${a("c", "hki")})/3,2)`,
  });
  return b.finish();
}
