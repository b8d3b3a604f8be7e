// Performance tables of kecamatan: the LKjIP 2024 measurement of Kecamatan Wilis Selatan (Kota
// Tanjung Wilis, Jawa Timur) with the capaian against the Renstra end target and the Permendagri
// predikat, and the PK 2025 of the Camat of Telaga Langsat Hulu (Kabupaten Batang Amandit Raya,
// Kalimantan Selatan) beside the Renstra Kecamatan 2025-2029 with Tahun ke-1 .. ke-5 headers.
// Every name and number is invented.
import {
  BookW,
  DEC,
  RP,
  fmt,
  fx,
  letterhead,
  predikat,
  round,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;
const rt = (R: string, T: string) => `ROUND(${R}/${T}*100,2)`;

type Ind = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  t: number;
  r: number;
  r23: number;
  ak: number;
  neg?: boolean;
};

export function lkjipWilisSelatan(): BookW {
  const b = new BookW(
    "lkjip-2024-kecamatan-wilis-selatan-pengukuran.xlsx",
    "LKjIP pengukuran kinerja kecamatan (Permendagri predikat)",
    "LKjIP 2024 Tabel 3.1 of Kecamatan Wilis Selatan (Kota Tanjung Wilis): No | Sasaran (merged) | Indikator Kinerja | Satuan | Realisasi 2023 | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Kategori | 'Akhir Renstra 2026' > Target | Capaian s.d. 2024 (%); ROUND formulas, refleksi on the lower-is-better pengaduan row; Kategori typed on the Permendagri scale (Sangat Tinggi .. Sangat Rendah); Rata-rata row",
  );
  const S = "Tabel 3.1 Pengukuran";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA TANJUNG WILIS", "KECAMATAN WILIS SELATAN"]);
  s.lines(["Tabel 3.1", "Pengukuran Capaian Kinerja Kecamatan Wilis Selatan Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kualitas pelayanan publik kecamatan";
  const S2 = "Meningkatnya partisipasi masyarakat dalam pembangunan kelurahan";
  const rows: Ind[] = [
    {
      id: "i1",
      sas: S1,
      ind: "Persentase layanan PATEN yang diselesaikan tepat waktu",
      sat: "%",
      t: 90,
      r: 91.75,
      r23: 88.6,
      ak: 95,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Nilai Indeks Kepuasan Masyarakat (IKM) kecamatan",
      sat: "nilai",
      t: 82,
      r: 83.06,
      r23: 81.2,
      ak: 85,
    },
    {
      id: "i3",
      sas: S1,
      ind: "Jumlah pengaduan layanan yang tidak terselesaikan",
      sat: "kasus",
      t: 6,
      r: 4,
      r23: 7,
      ak: 3,
      neg: true,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase realisasi penerimaan PBB-P2 terhadap ketetapan",
      sat: "%",
      t: 85,
      r: 78.42,
      r23: 80.15,
      ak: 90,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Persentase usulan musrenbang kelurahan yang terakomodasi",
      sat: "%",
      t: 40,
      r: 27.5,
      r23: 31.4,
      ak: 45,
    },
    { id: "i6", sas: S2, ind: "Persentase posyandu aktif", sat: "%", t: 80, r: 83.33, r23: 76.19, ak: 85 },
  ];
  const capOf = (x: Ind) => round(x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100);
  if (capOf(rows[4]) !== 68.75 || predikat(68.75) !== "Sedang") throw new Error("lkjip i5");
  // planted: the PBB-P2 capaian keeps a stale result from the realisasi of November (81.96)
  const staleI4 = round((81.96 / 85) * 100);
  const G = "Tahun 2024";
  const A = "Akhir Renstra 2026";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024, width: 13 },
    { key: "ak", head: [A, "Target"], role: "target", year: 2026, width: 9 },
    { key: "cak", head: [A, "Capaian s.d. 2024 (%)"], role: "capaian", width: 11, fmt: DEC },
  ];
  const capCell = (x: Ind, R: string, T: string) => (x.neg ? refl(R, T) : rt(R, T));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...rows.map((x, k): Row => ({
        id: x.id,
        cells: (c) => ({
          no: k + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          c: x.id === "i4" ? fx(capCell(x, c.a("r"), c.a("t")), staleI4) : fx(capCell(x, c.a("r"), c.a("t"))),
          // planted: "Tinggi" for 68.75 (the band > 65 - 75 is Sedang)
          p: x.id === "i5" ? "Tinggi" : predikat(capOf(x)),
          ak: x.ak,
          cak: fx(capCell(x, c.a("r"), c.a("ak"))),
        }),
      })),
      {
        id: "avg",
        bold: true,
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i6")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: indikator nomor 3 semakin kecil semakin baik; capaian = (2 x target - realisasi) / target x 100%.",
    "Kategori (Permendagri 86/2017): > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  s.gap();
  signature(s, 8, {
    tempat: "Tanjung Wilis, 25 Februari 2025",
    jabatan: ["CAMAT WILIS SELATAN,"],
    nama: "AGUS PRASETYO NUGROHO, S.STP., M.M.",
    pangkat: "Pembina (IV/a)",
    nip: "19840716 200301 1 002",
  });

  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: `capaian of the PBB-P2 realisation is =ROUND(R/T*100,2) with a stale cached ${staleI4} (from the November realisasi 81.96); 78.42 / 85 gives 92.26`,
    truth: rt(a("r", "i4"), a("t", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Tinggi' for the capaian 68.75 (27.50 against 40); the band > 65 - 75 of the note is Sedang",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  for (const x of rows) {
    const R = a("r", x.id);
    if (x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: capCell(x, R, a("t", x.id)),
        // the pengaduan row is lower is better: refleksi 133.33, not R / T 66.67
        trap: x.neg ? rt(R, a("t", x.id)) : undefined,
      });
    b.ok({
      sheet: S,
      cell: a("cak", x.id),
      rules: ["capaian-mismatch"],
      truth: capCell(x, R, a("ak", x.id)),
      trap: x.neg ? rt(R, a("ak", x.id)) : undefined,
    });
    if (x.id !== "i5" && x.id !== "i4")
      b.ok({
        sheet: S,
        cell: a("p", x.id),
        rules: ["predikat-mismatch"],
        truth: `PREDIKAT(${a("c", x.id)})`,
      });
  }
  b.ok({ sheet: S, cell: a("ak", "i3"), rules: ["target-trend"], truth: "3" });
  return b.finish();
}

// ============================ PK 2025 of the Camat of Telaga Langsat Hulu, and the Renstra Kecamatan

type PkInd = { id: string; ind: string; sat: string; awal: number; tg: number[]; neg?: boolean; f: string };

export function pkTelagaLangsat(): BookW {
  const b = new BookW(
    "pk-camat-telaga-langsat-hulu-2025-renstra.xlsx",
    "PK 2025 Camat and Renstra Kecamatan 2025-2029",
    "sheet 'PK Camat 2025': statement, No | Sasaran Strategis | Indikator Kinerja | Target 2025 | Satuan; then No | Program | Anggaran (Rp) | Keterangan with four Kepmendagri programs 7.01.01 .. 7.01.04 and a Jumlah; sheet 'Renstra Kec 2025-2029': No | Indikator | Satuan | Kondisi Awal | 'Target Kinerja' > Tahun ke-1 .. ke-5 (years only in the title) | Kondisi Akhir",
  );
  const S = "PK Camat 2025";
  const R = "Renstra Kec 2025-2029";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG AMANDIT RAYA", "KECAMATAN TELAGA LANGSAT HULU"]);
  s.lines([
    "PERJANJIAN KINERJA TAHUN 2025",
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:",
    "Nama : H. AHMAD FAUZAN RIFANI, S.Sos. - Jabatan : Camat Telaga Langsat Hulu",
    "selanjutnya disebut pihak pertama; Nama : Dr. H. SYAHRIANI, M.Si. - Jabatan : Bupati Batang Amandit Raya, selanjutnya disebut pihak kedua.",
  ]);
  s.gap();
  const rows: PkInd[] = [
    {
      id: "r1",
      ind: "Indeks Kepuasan Masyarakat (IKM) pelayanan kecamatan",
      sat: "nilai",
      awal: 80.9,
      tg: [82, 83, 84, 85, 86],
      f: DEC,
    },
    {
      id: "r2",
      ind: "Persentase realisasi penerimaan PBB-P2 terhadap ketetapan",
      sat: "%",
      awal: 72.3,
      tg: [75, 78, 81, 84, 87],
      f: DEC,
    },
    { id: "r3", ind: "Persentase posyandu aktif", sat: "%", awal: 64.29, tg: [67, 70, 73, 76, 80], f: DEC },
    {
      id: "r4",
      ind: "Persentase usulan musrenbang desa yang terakomodasi",
      sat: "%",
      awal: 28.6,
      tg: [30, 32, 34, 36, 38],
      f: DEC,
    },
    {
      id: "r5",
      ind: "Jumlah pengaduan layanan administrasi yang tidak terselesaikan",
      sat: "kasus",
      awal: 9,
      tg: [8, 7, 6, 5, 4],
      neg: true,
      f: "0",
    },
  ];
  // planted: the PK target of the posyandu aktif is 70.00, the Renstra Tahun ke-2 (2026) target
  const pkTarget = (x: PkInd) => (x.id === "r3" ? x.tg[1] : x.tg[0]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 46 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 11 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i === 0 || i === 4
            ? "Meningkatnya kualitas pelayanan publik kecamatan"
            : "Meningkatnya kesejahteraan dan partisipasi masyarakat desa",
        ind: x.ind,
        tg: fmt(pkTarget(x), x.f),
        sat: x.sat,
      },
    })),
  });
  s.gap();
  const progs: Array<[string, string, number]> = [
    ["p1", "7.01.01 Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 2_874_315_600],
    ["p2", "7.01.02 Program Penyelenggaraan Pemerintahan dan Pelayanan Publik", 642_780_000],
    ["p3", "7.01.03 Program Pemberdayaan Masyarakat Desa dan Kelurahan", 418_550_000],
    ["p4", "7.01.04 Program Koordinasi Ketenteraman dan Ketertiban Umum", 187_240_000],
  ];
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 60 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([id, nm, rp], i): Row => ({ id, cells: { no: i + 1, nm, rp, ket: "APBD 2025" } })),
      {
        id: "j",
        bold: true,
        span: ["no", "nm"],
        // planted: the Jumlah stops one row short (program 7.01.04 left out)
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "p1")}:${c.a("rp", "p3")})`) }),
      },
    ],
  });
  s.gap();
  s.lines(["Kandangan Hulu, 2 Januari 2025"], 3);
  s.lines(["Pihak Kedua,", "BUPATI BATANG AMANDIT RAYA,", "", "", "Dr. H. SYAHRIANI, M.Si."], 2);
  s.r -= 5;
  s.lines(
    [
      "Pihak Pertama,",
      "CAMAT TELAGA LANGSAT HULU,",
      "",
      "",
      "H. AHMAD FAUZAN RIFANI, S.Sos.",
      "NIP. 19770319 199703 1 004",
    ],
    4,
  );

  const r = b.sheet(R);
  letterhead(r, ["KECAMATAN TELAGA LANGSAT HULU"]);
  r.lines([
    "Tujuan, Sasaran, Indikator dan Target Kinerja",
    "Rencana Strategis Kecamatan Telaga Langsat Hulu Tahun 2025-2029",
  ]);
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Sasaran"], role: "indikator", width: 46 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", width: 10 },
      ...[1, 2, 3, 4, 5].map((k): Col => ({
        key: `y${k}`,
        head: ["Target Kinerja", `Tahun ke-${k}`],
        role: "target",
        year: 2024 + k,
        width: 10,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir", width: 12 },
    ],
    headerRows: 2,
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: fmt(x.awal, x.f),
        ...Object.fromEntries([1, 2, 3, 4, 5].map((k) => [`y${k}`, fmt(x.tg[k - 1], x.f)])),
        ak: fx(c.a("y5")),
      }),
    })),
  });

  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tg", "r3") },
        { sheet: R, cell: tr.a("y1", "r3") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the posyandu aktif is 70.00, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 67.00",
    truth: `'${R}'!${tr.a("y1", "r3")}`,
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah anggaran is =SUM over programs 7.01.01 .. 7.01.03 = 3,935,645,600, program 7.01.04 left out; the four programs add up to 4,122,885,600",
    truth: progs.map(([id]) => t2.a("rp", id)).join("+"),
  });
  for (const x of rows) {
    if (x.id !== "r3")
      b.ok({
        sheet: S,
        cell: t1.a("tg", x.id),
        rules: ["cross-table-mismatch"],
        truth: `'${R}'!${tr.a("y1", x.id)}`,
      });
    b.ok({
      sheet: R,
      cell: tr.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: tr.a("y5", x.id),
      trap: `SUM(${tr.a("y1", x.id)}:${tr.a("y5", x.id)})`,
    });
  }
  for (const k of [2, 3, 4, 5])
    b.ok({ sheet: R, cell: tr.a(`y${k}`, "r5"), rules: ["target-trend"], truth: String(rows[4].tg[k - 1]) });
  return b.finish();
}
