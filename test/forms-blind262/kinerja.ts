// LKjIP, PK with its Renstra, and two recaps of the Bapenda of Kota Rantau Sipora (Sumatera Barat)
// and Kabupaten Lembah Wailoa (Maluku): realisasi PBJT and pajak reklame per triwulan, WP terdaftar,
// tapping box and tunggakan per kecamatan. Every place, person and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikatBaik,
  signature,
  type Col,
  type Row,
} from "../forms/kit";

const PCT = "0.00%";

/** LKjIP 2024 Bapenda Rantau Sipora: capaian as fractions with a % format, refleksi on negatives. */
export function lkjipBapenda(): BookW {
  const b = new BookW(
    "lkjip-2024-bapenda-rantau-sipora-pbjt.xlsx",
    "LKjIP pengukuran kinerja (Bapenda)",
    "LKjIP 2024 Tabel 3.2: Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian (fraction, 0.00% format) | Predikat; refleksi (2T-R)/T on the two negative rows; Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Badan Pendapatan Daerah Kota Rantau Sipora Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya penerimaan pajak daerah";
  const SAS2 = "Menurunnya tunggakan pajak daerah";
  const I = [
    {
      id: "i1",
      sas: SAS1,
      ind: "Realisasi penerimaan PBJT jasa perhotelan",
      sat: "Rp miliar",
      neg: false,
      t: 18.5,
      r: 17.36,
    },
    {
      id: "i2",
      sas: SAS1,
      ind: "Jumlah wajib pajak PBJT terdaftar",
      sat: "WP",
      neg: false,
      t: 1450,
      r: 1382,
    },
    {
      id: "i3",
      sas: SAS1,
      ind: "Persentase WP PBJT yang terpasang tapping box",
      sat: "%",
      neg: false,
      t: 45,
      r: 31.2,
    },
    {
      id: "i4",
      sas: SAS2,
      ind: "Rasio tunggakan pajak daerah terhadap ketetapan",
      sat: "%",
      neg: true,
      t: 12,
      r: 14.1,
    },
    { id: "i5", sas: SAS2, ind: "Persentase WP reklame yang menunggak", sat: "%", neg: true, t: 20, r: 17.5 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t},4)` : `ROUND(${r}/${t},4)`;
  const val = (x: (typeof I)[number], rt = false) =>
    Math.round(((x.neg && !rt ? 2 * x.t - x.r : x.r) / x.t) * 10000) / 10000;
  const G = "Tahun 2024";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: "#,##0.00" },
      { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: "#,##0.00" },
      { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT },
      { key: "p", head: [G, "Kategori"], role: "predikat", year: 2024 },
    ],
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
          // planted: the rasio tunggakan (negative) is computed R / T
          c: fx(cap(x.neg && x.id !== "i4", c.a("t"), c.a("r"))),
          // planted: "Baik" for the tapping box row (69.33 %: Cukup)
          p: x.id === "i3" ? "Baik" : predikatBaik(val(x, x.id === "i4") * 100),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),4)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Indikator negatif (semakin kecil semakin baik) dihitung dengan rumus (2 x Target - Realisasi) / Target.",
    "Kategori: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Rasio tunggakan (negative) computed as R / T = 117.50 %; refleksi (2 x 12 - 14.1) / 12 gives 82.50 %",
    truth: cap(true, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for 69.33 % (31.2 / 45); the band > 65 - 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i3")}*100)`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i5"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i5"), a("r", "i5")),
    trap: cap(false, a("t", "i5"), a("r", "i5")),
    tol: 0.00006,
  });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
      tol: 0.00006,
    });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  return b.finish();
}

/** PK 2025 of the Kepala Bapenda Lembah Wailoa, beside the Renstra 2025-2029 targets. */
export function pkBapenda(): BookW {
  const b = new BookW(
    "pk-2025-bapenda-lembah-wailoa-renstra.xlsx",
    "PK 2025 with Renstra (Bapenda)",
    "sheet 'Perjanjian Kinerja': statement, indicator table (Target 2025, Satuan after the target) and kegiatan table with Jumlah; sheet 'Target Renstra': Kondisi Awal | 2025..2029 | Kondisi Akhir, a negative indicator going down",
  );
  const R = "Target Renstra";
  const P = "Perjanjian Kinerja";
  const ind = [
    {
      id: "a",
      ind: "Rasio PAD terhadap total pendapatan daerah",
      sat: "%",
      awal: 17.9,
      k: [18.5, 19.2, 20, 20.8, 21.5],
    },
    {
      id: "b",
      ind: "Persentase realisasi PBJT terhadap target",
      sat: "%",
      awal: 91.4,
      k: [93, 94, 95, 96, 97],
    },
    { id: "c", ind: "Persentase tunggakan pajak reklame", sat: "%", awal: 24.5, k: [22, 19.5, 17, 15, 13] },
    {
      id: "d",
      ind: "Persentase WP PBJT yang terpasang tapping box",
      sat: "%",
      awal: 28,
      k: [35, 45, 55, 65, 75],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "Target Indikator Kinerja Utama Renstra Badan Pendapatan Daerah Kabupaten Lembah Wailoa 2025-2029",
  ]);
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024 },
      ...YS.map((y): Col => ({ key: `y${y}`, head: ["Target Tahun", String(y)], role: "target", year: y })),
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
        ...Object.fromEntries(YS.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "BADAN PENDAPATAN DAERAH KABUPATEN LEMBAH WAILOA"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      // planted: the tunggakan reklame target is the Renstra 2026 value 19.5 (2025: 22)
      cells: {
        no: i + 1,
        sas: "Meningkatnya kemandirian fiskal daerah",
        ind: x.ind,
        tg: x.id === "c" ? 19.5 : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const keg = [
    { id: "k1", nm: "Administrasi Keuangan Perangkat Daerah", rp: 6_184_250_000 },
    { id: "k2", nm: "Administrasi Umum Perangkat Daerah", rp: 742_600_000 },
    { id: "k3", nm: "Perencanaan Pengelolaan Pendapatan Daerah", rp: 310_450_000 },
    {
      id: "k4",
      nm: "Analisa dan Pengembangan Pajak Daerah, serta Penyusunan Kebijakan Pajak Daerah",
      rp: 1_286_900_000,
    },
    { id: "k5", nm: "Pengelolaan Penagihan Pajak Daerah", rp: 418_300_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Kegiatan"], width: 46 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...keg.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "PAD" } })),
      {
        id: "j",
        span: ["no", "nm"],
        cells: (c) => ({ no: "Jumlah", rp: fx(`SUM(${c.a("rp", "k1")}:${c.a("rp", "k4")})`) }),
      },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Wailoa, 2 Januari 2025",
    jabatan: ["KEPALA BADAN PENDAPATAN DAERAH"],
    nama: "ABRAHAM J. LATUPEIRISSA, S.E., M.Si.",
    nip: "19760904 200212 1 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the tunggakan reklame is 19.5, the Renstra 2026 target; the Renstra 2025 target is 22",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is =SUM over the first four kegiatan (8,524,200,000); with Penagihan's 418,300,000 it is 8,942,500,000",
    truth: `SUM(${at.a("rp", "k1")}:${at.a("rp", "k5")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const id of ["a", "d"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: YS.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y2029", "c"), rules: ["target-trend"], truth: "13" });
  return b.finish();
}

/** Realisasi pajak daerah per jenis pajak per triwulan 2024, Bapenda Rantau Sipora, Rp in thousands. */
export function rekapJenisPajak(): BookW {
  const b = new BookW(
    "rekap-realisasi-pbjt-reklame-triwulan-rantau-sipora.xlsx",
    "Rekap realisasi per jenis pajak (Bapenda)",
    "Realisasi PBJT (makan minum, perhotelan, hiburan) and pajak reklame per triwulan 2024 '(dalam ribuan rupiah)'; number row '(8) = (4)+(5)+(6)+(7)', '(9) = (8)/(3) x 100', '(10) = (8)/Jumlah (8) x 100'; Jumlah row with ratio-of-totals capaian and 100 % kontribusi",
  );
  const S = "Realisasi per Jenis 2024";
  const s = b.sheet(S);
  letterhead(s, ["BADAN PENDAPATAN DAERAH KOTA RANTAU SIPORA", "Bidang Pembukuan dan Pelaporan"]);
  s.lines([
    "LAPORAN REALISASI PAJAK DAERAH PER JENIS PAJAK PER TRIWULAN TAHUN ANGGARAN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const J = [
    {
      id: "j1",
      nm: "PBJT atas Makanan dan/atau Minuman",
      t: 42_500_000,
      q: [9_812_450, 10_436_200, 11_025_780, 12_318_640],
    },
    {
      id: "j2",
      nm: "PBJT atas Jasa Perhotelan",
      t: 18_750_000,
      q: [4_102_300, 4_388_150, 4_615_900, 5_021_470],
    },
    {
      id: "j3",
      nm: "PBJT atas Jasa Kesenian dan Hiburan",
      t: 3_600_000,
      q: [702_150, 768_400, 811_950, 935_300],
    },
    { id: "j4", nm: "Pajak Reklame", t: 6_200_000, q: [1_280_400, 1_410_750, 1_502_300, 1_688_900] },
  ];
  const RL = "Realisasi";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Jenis Pajak"], role: "indikator", num: "(2)", width: 36 },
      {
        key: "t",
        head: ["Target APBD Perubahan 2024"],
        role: "anggaran",
        year: 2024,
        num: "(3)",
        fmt: RP,
        width: 16,
      },
      ...["I", "II", "III", "IV"].map((w, i): Col => ({
        key: `q${i + 1}`,
        head: [RL, `Triwulan ${w}`],
        role: "realisasi-anggaran",
        year: 2024,
        num: `(${4 + i})`,
        fmt: RP,
        width: 14,
      })),
      {
        key: "jr",
        head: [RL, "Jumlah"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(8) = (4)+(5)+(6)+(7)",
        fmt: RP,
        width: 16,
      },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(9) = (8)/(3) x 100", fmt: DEC },
      { key: "k", head: ["Kontribusi (%)"], role: "lainnya", num: "(10) = (8)/Jumlah (8) x 100", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...J.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          t: x.t,
          q1: x.q[0],
          q2: x.q[1],
          q3: x.q[2],
          q4: x.q[3],
          jr: fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          // planted: a stale cached capaian for hiburan (from before Triwulan IV was posted)
          c: fx(`ROUND(${c.a("jr")}/${c.a("t")}*100,2)`, x.id === "j3" ? 97.52 : undefined),
          k: fx(`ROUND(${c.a("jr")}/${c.a("jr", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "Jumlah" };
          for (const k of ["t", "q1", "q2", "q4", "jr"]) out[k] = fx(`SUM(${c.a(k, "j1")}:${c.a(k, "j4")})`);
          // planted: Triwulan III Jumlah one row short
          out.q3 = fx(`SUM(${c.a("q3", "j1")}:${c.a("q3", "j3")})`);
          out.c = fx(`ROUND(${c.a("jr")}/${c.a("t")}*100,2)`);
          out.k = fx(`ROUND(${c.a("jr")}/${c.a("jr")}*100,2)`);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["*) Data sementara, belum termasuk koreksi pelimpahan Bank Nagari bulan Desember."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "j3") },
    rules: ["capaian-mismatch"],
    note: "Capaian of PBJT hiburan has a stale cached 97.52; 3,217,800 / 3,600,000 x 100 gives 89.38",
    truth: `ROUND(${a("jr", "j3")}/${a("t", "j3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("q3", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah Triwulan III is =SUM over three rows (16,453,630); with Pajak Reklame's 1,502,300 it is 17,955,930",
    truth: `SUM(${a("q3", "j1")}:${a("q3", "j4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("jr", "j1")}:${a("jr", "j4")})/SUM(${a("t", "j1")}:${a("t", "j4")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("c", "j1")}:${a("c", "j4")}),2)`,
  });
  for (const id of ["j1", "j2", "j4"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("jr", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["j1", "j3"])
    b.ok({
      sheet: S,
      cell: a("jr", id),
      rules: ["sum-mismatch"],
      truth: ["q1", "q2", "q3", "q4"].map((k) => a(k, id)).join("+"),
    });
  for (const k of ["t", "q4", "jr"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "j1")}:${a(k, "j4")})` });
  b.ok({
    sheet: S,
    cell: a("k", "j1"),
    rules: ["percent-out-of-range"],
    truth: `ROUND(${a("jr", "j1")}/${a("jr", "tot")}*100,2)`,
  });
  return b.finish();
}

/** WP PBJT, tapping box per kecamatan and tunggakan per tahun pajak, Bapenda Lembah Wailoa; side by side. */
export function rekapWpTappingBox(): BookW {
  const b = new BookW(
    "rekap-wp-tappingbox-tunggakan-lembah-wailoa.xlsx",
    "Rekap WP, tapping box dan tunggakan (Bapenda)",
    "Per kecamatan: WP restoran | hotel | hiburan | Jumlah WP '(6) = (3)+(4)+(5)' | Tapping box | % ber-tapping box '(8) = (7)/(6) x 100'; TOTAL with ratio of totals; beside it (one empty column) tunggakan per tahun pajak with tertagih and % tertagih",
  );
  const S = "WP dan Tapping Box";
  const s = b.sheet(S);
  s.lines([
    "REKAPITULASI WAJIB PAJAK PBJT, TAPPING BOX DAN TUNGGAKAN PAJAK KABUPATEN LEMBAH WAILOA",
    "Posisi 31 Desember 2024",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Wailoa Kota", rm: 214, ht: 38, hb: 17, tb: 96 },
    { id: "k2", nm: "Tanjung Sapalewa", rm: 87, ht: 22, hb: 6, tb: 31 },
    { id: "k3", nm: "Amahai Barat", rm: 63, ht: 9, hb: 4, tb: 19 },
    { id: "k4", nm: "Seram Teluk", rm: 41, ht: 12, hb: 2, tb: 11 },
    { id: "k5", nm: "Pulau Nusalaut Raya", rm: 18, ht: 7, hb: 0, tb: 3 },
  ];
  const top = s.r;
  const WP = "Wajib Pajak PBJT Terdaftar";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "rm", head: [WP, "Makan Minum"], num: "(3)", fmt: INT },
      { key: "ht", head: [WP, "Perhotelan"], num: "(4)", fmt: INT },
      { key: "hb", head: [WP, "Hiburan"], num: "(5)", fmt: INT },
      { key: "j", head: [WP, "Jumlah"], num: "(6) = (3)+(4)+(5)", fmt: INT },
      {
        key: "tb",
        head: ["Tapping Box Terpasang (unit)"],
        role: "realisasi",
        year: 2024,
        num: "(7)",
        fmt: INT,
      },
      {
        key: "p",
        head: ["% WP ber-Tapping Box"],
        role: "capaian",
        year: 2024,
        num: "(8) = (7)/(6) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          rm: k.rm,
          ht: k.ht,
          hb: k.hb,
          tb: k.tb,
          // planted: Seram Teluk's Jumlah typed 65 (41 + 12 + 2 = 55)
          j: k.id === "k4" ? 65 : fx(`${c.a("rm")}+${c.a("ht")}+${c.a("hb")}`),
          // planted: Amahai Barat's % typed 250.00 (19 of 76 WP is 25.00)
          p: k.id === "k3" ? 250 : fx(`ROUND(${c.a("tb")}/${c.a("j")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c) => {
          const out: Record<string, string | ReturnType<typeof fx>> = { no: "TOTAL" };
          for (const k of ["rm", "ht", "hb", "j", "tb"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`);
          out.p = fx(`ROUND(${c.a("tb")}/${c.a("j")}*100,2)`);
          return out;
        },
      },
    ],
  });
  const ut = s.table(
    {
      cols: [
        { key: "th", head: ["Tahun Pajak"] },
        { key: "tg", head: ["Tunggakan (Rp)"], role: "target", fmt: RP, width: 16 },
        { key: "tt", head: ["Tertagih s.d. Des 2024 (Rp)"], role: "realisasi", fmt: RP, width: 16 },
        { key: "pt", head: ["% Tertagih"], role: "capaian", fmt: DEC },
      ],
      headerRows: 2,
      rows: [
        { id: "y1", th: 2021, tg: 612_450_000, tt: 148_300_000 },
        { id: "y2", th: 2022, tg: 884_120_000, tt: 301_750_000 },
        { id: "y3", th: 2023, tg: 1_206_830_000, tt: 655_400_000 },
      ]
        .map((y): Row => ({
          id: y.id,
          cells: (c) => ({
            th: String(y.th),
            tg: y.tg,
            tt: y.tt,
            pt: fx(`ROUND(${c.a("tt")}/${c.a("tg")}*100,2)`),
          }),
        }))
        .concat([
          {
            id: "j",
            cells: (c) => ({
              th: "Jumlah",
              tg: fx(`SUM(${c.a("tg", "y1")}:${c.a("tg", "y3")})`),
              tt: fx(`SUM(${c.a("tt", "y1")}:${c.a("tt", "y3")})`),
              pt: fx(`ROUND(${c.a("tt")}/${c.a("tg")}*100,2)`),
            }),
          },
        ]),
    },
    10,
    top,
  );
  s.gap();
  signature(s, 6, {
    tempat: "Wailoa, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG PENAGIHAN DAN PENGAWASAN"],
    nama: "MARTHINA W. SAHETAPY, S.E.",
    nip: "19840517 201001 2 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah WP of Seram Teluk is a typed 65 among formulas; 41 + 12 + 2 give 55",
    truth: `${a("rm", "k4")}+${a("ht", "k4")}+${a("hb", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "k3") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "% WP ber-tapping box of Amahai Barat is a typed 250.00 (more WP with a box than WP); 19 / 76 x 100 gives 25.00",
    truth: `ROUND(${a("tb", "k3")}/${a("j", "k3")}*100,2)`,
  });
  for (const id of ["k1", "k2", "k5"]) {
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("rm", id)}+${a("ht", id)}+${a("hb", id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("tb", id)}/${a("j", id)}*100,2)`,
    });
  }
  for (const k of ["rm", "tb"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: ut.a("tt", "j"),
    rules: ["sum-mismatch"],
    truth: `${ut.a("tt", "y1")}+${ut.a("tt", "y2")}+${ut.a("tt", "y3")}`,
  });
  b.ok({
    sheet: S,
    cell: ut.a("pt", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${ut.a("tt", "j")}/${ut.a("tg", "j")}*100,2)`,
    trap: `ROUND(AVERAGE(${ut.a("pt", "y1")}:${ut.a("pt", "y3")}),2)`,
  });
  return b.finish();
}
