// LKjIP of the Bappeda Kabupaten Tebing Serawai (Bengkulu), PK with its Renstra of the Bappelitbangda
// Kota Batu Sepuluh (Kalimantan Barat), the recap of musrenbang usulan per kecamatan with the pokir
// DPRD per dapil, and the pengendalian RKPD per triwulan. Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 Tabel 3.2 of the Bappeda Tebing Serawai: refleksi formulas on the negative rows. */
export function lkjipSerawai(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-bappeda-tebing-serawai.xlsx",
    "LKjIP pengukuran kinerja (Bappeda)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Arah | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas, refleksi on 'Negatif' rows; Rata-rata row; predikat scale in a footnote",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama Bappeda Kabupaten Tebing Serawai Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const SA = "Meningkatnya kualitas perencanaan pembangunan daerah";
  const SB = "Meningkatnya efektivitas pengendalian pelaksanaan RKPD";
  const I = [
    {
      id: "i1",
      sas: SA,
      ind: "Persentase usulan musrenbang kecamatan yang terakomodasi dalam RKPD",
      sat: "%",
      pol: "+",
      r0: 39.8,
      t: 45,
      r: 43.2,
      p: "Sangat Baik",
    },
    {
      id: "i2",
      sas: SA,
      ind: "Persentase kesesuaian program Renja Perangkat Daerah dengan RKPD",
      sat: "%",
      pol: "+",
      r0: 84.6,
      t: 88,
      r: 89.3,
      p: "Sangat Baik",
    },
    // planted predikat: 78.00 is Baik, the sheet says Sangat Baik
    {
      id: "i3",
      sas: SA,
      ind: "Persentase pokok pikiran DPRD yang terakomodasi dalam KUA-PPAS",
      sat: "%",
      pol: "+",
      r0: 51.2,
      t: 70,
      r: 54.6,
      p: "Sangat Baik",
    },
    {
      id: "i4",
      sas: SB,
      ind: "Persentase deviasi program RKPD terhadap APBD",
      sat: "%",
      pol: "-",
      r0: 9.7,
      t: 8,
      r: 6.4,
      p: "Sangat Baik",
    },
    {
      id: "i5",
      sas: SB,
      ind: "Jumlah temuan ketidaksesuaian hasil pengendalian RKPD",
      sat: "temuan",
      pol: "-",
      r0: 17,
      t: 12,
      r: 15,
      p: "Sangat Baik",
    },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "pol", head: ["Arah"], role: "polaritas" },
    { key: "r0", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Tahun 2024", "Predikat"], role: "predikat", year: 2024 },
  ];
  const cap = (pol: string, t: string, r: string) =>
    pol === "+" ? `ROUND(${r}/${t}*100,2)` : `ROUND((2*${t}-${r})/${t}*100,2)`;
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
          pol: x.pol === "+" ? "Positif" : "Negatif",
          r0: x.r0,
          t: x.t,
          r: x.r,
          // planted: the temuan row (negative) has the R / T formula of the positive rows
          c: fx(cap(x.id === "i5" ? "+" : x.pol, c.a("t"), c.a("r"))),
          p: x.p,
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata capaian IKU",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Capaian indikator negatif dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i5") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah temuan ketidaksesuaian (negative) computed with R / T = 125.00; refleksi (2 x 12 - 15) / 12 gives 75.00",
    truth: cap("-", a("t", "i5"), a("r", "i5")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i3") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Baik' for 78.00 (54.6 / 70); the band > 75 to 90 is Baik",
    truth: `PREDIKAT_BAIK(${a("c", "i3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap("-", a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i3"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap("+", a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Bappelitbangda Batu Sepuluh, with the Renstra 2025-2029 (Tahun ke-1..5). */
export function pkBatuSepuluh(): BookW {
  const b = new BookW(
    "pk-2025-renstra-bappelitbangda-batu-sepuluh.xlsx",
    "PK 2025 with Renstra (Bappelitbangda)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Target 2025 | Satuan; No | Program | Pagu Anggaran (Rp) | Sumber Dana with a typed Jumlah; sheet 'Renstra IKU': Kondisi Awal | Tahun ke-1..ke-5 (years from the title) | Kondisi Akhir",
  );
  const R = "Renstra IKU";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Persentase usulan musrenbang kecamatan yang terakomodasi dalam RKPD",
      sat: "%",
      awal: 41.5,
      k: [44, 47, 50, 53, 56],
    },
    {
      id: "b",
      ind: "Persentase kesesuaian program RKPD dengan APBD",
      sat: "%",
      awal: 86,
      k: [88, 90, 92, 94, 96],
    },
    {
      id: "c",
      ind: "Indeks kualitas dokumen perencanaan daerah",
      sat: "indeks",
      awal: 3.1,
      k: [3.2, 3.3, 3.4, 3.5, 3.6],
    },
    {
      id: "d",
      ind: "Persentase deviasi realisasi program RKPD terhadap target",
      sat: "%",
      awal: 11,
      k: [10, 9, 8, 7, 6],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["MATRIKS TARGET INDIKATOR KINERJA UTAMA", "Renstra Bappelitbangda Kota Batu Sepuluh 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44, num: "(2)" },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", num: "(4)" },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", `ke-${y}`],
        role: "target",
        year: 2024 + y,
        num: `(${4 + y})`,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", num: "(10)" },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(x.k.map((v, j) => [`y${j + 1}`, v])),
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BADAN PERENCANAAN PEMBANGUNAN, PENELITIAN DAN PENGEMBANGAN DAERAH KOTA BATU SEPULUH",
  ]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya keselarasan perencanaan dan penganggaran"
            : "Meningkatnya kualitas dan pengendalian perencanaan",
        ind: x.ind,
        // planted: the RKPD-APBD target is the Tahun ke-2 (2026) value 90; 2025 is 88
        tg: x.id === "b" ? x.k[1] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_842_315_000 },
    { id: "p2", nm: "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah", rp: 2_174_600_000 },
    { id: "p3", nm: "Program Koordinasi dan Sinkronisasi Perencanaan Pembangunan Daerah", rp: 1_936_850_000 },
    { id: "p4", nm: "Program Penelitian dan Pengembangan Daerah", rp: 845_200_000 },
  ];
  const JUMLAH = 11_789_965_000; // planted: the four programs give 11,798,965,000
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Pagu Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: "APBD Kota" } })),
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: JUMLAH } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Batu Sepuluh, 2 Januari 2025",
    jabatan: ["KEPALA BAPPELITBANGDA"],
    nama: "Ir. FRANSISKA LIDIA AKUI, M.T.",
    nip: "19760114 200212 2 003",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of kesesuaian RKPD-APBD is 90, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 88",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah typed 11,789,965,000; the four programs add up to 11,798,965,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "c", "d"])
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
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  b.ok({ sheet: R, cell: rt.a("y5", "d"), rules: ["target-trend"], truth: "6" });
  return b.finish();
}

/** Usulan musrenbang per kecamatan (RKPD 2025), beside the pokir DPRD per dapil; Tebing Serawai. */
export function musrenbangSerawai(): BookW {
  const b = new BookW(
    "rekap-usulan-musrenbang-pokir-tebing-serawai.xlsx",
    "Rekap usulan musrenbang dan pokir (Bappeda)",
    "Rekap per kecamatan: Usulan Masuk (2) | Diakomodasi RKPD (3) | Ditampung Tahun Berikutnya (4) | Tidak Diakomodasi (5) | Jumlah (6) = (3)+(4)+(5) | % (7) = (3)/(2) x 100 | Nilai (Rp juta) (8) | Porsi (9) = (8)/Jumlah (8) x 100; JUMLAH row; pokir DPRD per dapil side by side after one empty column",
  );
  const S = "Musrenbang RKPD 2025";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN TEBING SERAWAI", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines([
    "REKAPITULASI HASIL VERIFIKASI USULAN MUSRENBANG KECAMATAN DAN POKOK PIKIRAN DPRD",
    "Bahan Penyusunan RKPD Tahun 2025",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Serawai Hilir", m: 148, a: 63, d: 41, x: 44, v: 8_412.5 },
    { id: "k2", nm: "Muara Kelingi", m: 126, a: 49, d: 38, x: 39, v: 6_205 },
    { id: "k3", nm: "Talang Kemuning", m: 97, a: 45, d: 22, x: 30, v: 5_730.8 },
    { id: "k4", nm: "Pulau Beringin Baru", m: 84, a: 28, d: 31, x: 25, v: 3_918.4 },
    { id: "k5", nm: "Air Lintang Ulu", m: 112, a: 51, d: 27, x: 34, v: 6_640.2 },
    { id: "k6", nm: "Lubuk Kedondong", m: 73, a: 30, d: 19, x: 24, v: 3_104.6 },
  ];
  const top = s.r;
  const V = "Hasil Verifikasi";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "" },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(1)", width: 20 },
      { key: "m", head: ["Usulan Masuk"], role: "target", year: 2025, num: "(2)", fmt: INT },
      { key: "a", head: [V, "Diakomodasi RKPD"], role: "realisasi", year: 2025, num: "(3)", fmt: INT },
      { key: "d", head: [V, "Ditampung Tahun Berikutnya"], num: "(4)", fmt: INT },
      { key: "x", head: [V, "Tidak Diakomodasi"], num: "(5)", fmt: INT },
      { key: "j", head: [V, "Jumlah"], num: "(6) = (3)+(4)+(5)", fmt: INT },
      {
        key: "p",
        head: ["% Diakomodasi"],
        role: "capaian",
        year: 2025,
        num: "(7) = (3)/(2) x 100",
        fmt: DEC,
      },
      {
        key: "v",
        head: ["Nilai Usulan Diakomodasi (Rp juta)"],
        role: "anggaran",
        year: 2025,
        num: "(8)",
        fmt: "#,##0.0",
      },
      { key: "sh", head: ["Porsi Nilai (%)"], role: "lainnya", num: "(9)", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          m: k.m,
          a: k.a,
          d: k.d,
          x: k.x,
          j: fx(`${c.a("a")}+${c.a("d")}+${c.a("x")}`),
          // planted: Pulau Beringin Baru's % typed 112.00 (28 / 84 = 33.33)
          p: k.id === "k4" ? 112 : fx(`ROUND(${c.a("a")}/${c.a("m")}*100,2)`),
          v: k.v,
          sh: fx(`ROUND(${c.a("v")}/${c.a("v", "tot")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => ({
          no: "JUMLAH",
          m: fx(`SUM(${c.a("m", "k1")}:${c.a("m", "k6")})`),
          a: fx(`SUM(${c.a("a", "k1")}:${c.a("a", "k6")})`),
          // planted: one row short
          d: fx(`SUM(${c.a("d", "k1")}:${c.a("d", "k5")})`),
          x: fx(`SUM(${c.a("x", "k1")}:${c.a("x", "k6")})`),
          j: fx(`SUM(${c.a("j", "k1")}:${c.a("j", "k6")})`),
          p: fx(`ROUND(${c.a("a")}/${c.a("m")}*100,2)`),
          v: fx(`SUM(${c.a("v", "k1")}:${c.a("v", "k6")})`),
        }),
      },
    ],
  });
  const D = [
    { id: "d1", nm: "Dapil I", u: 212, a: 131 },
    { id: "d2", nm: "Dapil II", u: 168, a: 119 },
    { id: "d3", nm: "Dapil III", u: 95, a: 41 },
    { id: "d4", nm: "Dapil IV", u: 57, a: 44 },
  ];
  const pt = s.table(
    {
      cols: [
        { key: "nm", head: ["Daerah Pemilihan"], role: "lokasi", num: "(1)", width: 14 },
        { key: "u", head: ["Pokir DPRD", "Diusulkan"], role: "target", year: 2025, num: "(2)", fmt: INT },
        {
          key: "a",
          head: ["Pokir DPRD", "Diakomodasi"],
          role: "realisasi",
          year: 2025,
          num: "(3)",
          fmt: INT,
        },
        {
          key: "p",
          head: ["Pokir DPRD", "%"],
          role: "capaian",
          year: 2025,
          num: "(4) = (3)/(2) x 100",
          fmt: DEC,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...D.map((d): Row => ({
          id: d.id,
          cells: (c) => ({ nm: d.nm, u: d.u, a: d.a, p: fx(`ROUND(${c.a("a")}/${c.a("u")}*100,2)`) }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            u: fx(`SUM(${c.a("u", "d1")}:${c.a("u", "d4")})`),
            a: fx(`SUM(${c.a("a", "d1")}:${c.a("a", "d4")})`),
            p: fx(`ROUND(${c.a("a")}/${c.a("u")}*100,2)`),
          }),
        },
      ],
    },
    12,
    top,
  );
  s.r = Math.max(t.lastDataRow, pt.lastDataRow) + 2;
  signature(s, 8, {
    tempat: "Tebing Serawai, 28 Maret 2024",
    jabatan: ["KEPALA BIDANG PERENCANAAN DAN PENDANAAN"],
    nama: "YULIA MARLINA, S.E., M.Ak.",
    nip: "19840517 201001 2 012",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ks = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("p", "k4") },
    rules: ["capaian-mismatch", "percent-out-of-range", "hardcoded-value"],
    note: "% diakomodasi of Pulau Beringin Baru is a typed 112.00 among formulas, above 100 although (3) cannot exceed (2); 28 / 84 x 100 = 33.33",
    truth: `ROUND(${a("a", "k4")}/${a("m", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("d", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH of (4) Ditampung is =SUM over five kecamatan (159); with Lubuk Kedondong's 19 it is 178",
    truth: `SUM(${a("d", "k1")}:${a("d", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${a("a", "k1")}:${a("a", "k6")})/SUM(${a("m", "k1")}:${a("m", "k6")})*100,2)`,
    trap: `ROUND((${ks
      .filter((k) => k !== "k4")
      .map((k) => a("p", k))
      .join("+")}+${a("a", "k4")}/${a("m", "k4")}*100)/6,2)`,
  });
  for (const id of ["k1", "k2", "k3", "k5", "k6"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("a", id)}/${a("m", id)}*100,2)`,
    });
  for (const id of ["k2", "k6"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("a", id)}+${a("d", id)}+${a("x", id)}`,
    });
  for (const k of ["m", "a", "x", "v"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  b.ok({
    sheet: S,
    cell: pt.a("p", "j"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${pt.a("a", "j")}/${pt.a("u", "j")}*100,2)`,
    trap: `ROUND(AVERAGE(${pt.a("p", "d1")}:${pt.a("p", "d4")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: pt.a("a", "j"),
    rules: ["sum-mismatch"],
    truth: D.map((d) => pt.a("a", d.id)).join("+"),
  });
  return b.finish();
}

/** Pengendalian RKPD 2024 per triwulan and per Perangkat Daerah, Kota Batu Sepuluh. */
export function pengendalianBatuSepuluh(): BookW {
  const b = new BookW(
    "pengendalian-rkpd-triwulan-batu-sepuluh.xlsx",
    "Pengendalian RKPD per triwulan (Bappelitbangda)",
    "Rekap pengendalian RKPD 2024: Pagu (3) | Realisasi Keuangan TW I-IV (4)-(7) | Jumlah (8) = (4)+..+(7) | Serapan (9) = (8)/(3) x 100 | Realisasi Fisik Kumulatif TW I-IV (10)-(13) | Fisik Akhir Tahun (14) = (13); TOTAL row with ratio of totals",
  );
  const S = "Pengendalian TW IV 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA BATU SEPULUH", "BAPPELITBANGDA - BIDANG PENGENDALIAN DAN EVALUASI"]);
  s.lines(["LAPORAN PENGENDALIAN PELAKSANAAN RKPD TAHUN ANGGARAN 2024 (s.d. TRIWULAN IV)"]);
  s.gap();
  const PD = [
    {
      id: "d1",
      nm: "Dinas Pekerjaan Umum dan Penataan Ruang",
      pagu: 148_625_400_000,
      q: [12_410_250_000, 31_884_600_000, 38_902_115_000, 58_113_720_000],
      f: [14.2, 38.5, 67.9, 96.4],
    },
    {
      id: "d2",
      nm: "Dinas Kesehatan",
      pagu: 96_318_750_000,
      q: [18_204_300_000, 22_615_480_000, 24_118_900_000, 27_340_615_000],
      f: [22, 47.5, 73.1, 98.2],
    },
    {
      id: "d3",
      nm: "Dinas Pendidikan dan Kebudayaan",
      pagu: 212_440_180_000,
      q: [41_882_500_000, 52_310_740_000, 55_207_380_000, 57_945_210_000],
      f: [19.8, 45.2, 71.6, 99.1],
    },
    {
      id: "d4",
      nm: "Dinas Perumahan Rakyat dan Kawasan Permukiman",
      pagu: 38_906_500_000,
      q: [2_115_000_000, 7_480_250_000, 11_936_400_000, 14_602_880_000],
      f: [6.5, 28.4, 60.3, 93],
    },
    {
      id: "d5",
      nm: "Bappelitbangda",
      pagu: 11_742_300_000,
      q: [2_310_450_000, 2_866_100_000, 2_915_780_000, 3_204_655_000],
      f: [24.5, 50, 75.5, 100],
    },
  ];
  const TW = ["TW I", "TW II", "TW III", "TW IV"];
  const RK = "Realisasi Keuangan (Rp)";
  const RF = "Realisasi Fisik Kumulatif (%)";
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Perangkat Daerah"], num: "(2)", width: 34 },
      {
        key: "pagu",
        head: ["Pagu APBD Perubahan 2024 (Rp)"],
        role: "anggaran",
        year: 2024,
        num: "(3)",
        fmt: RP,
        width: 18,
      },
      ...TW.map((w, i): Col => ({
        key: `q${i}`,
        head: [RK, w],
        role: "realisasi-anggaran",
        year: 2024,
        num: `(${4 + i})`,
        fmt: RP,
        width: 17,
      })),
      {
        key: "j",
        head: [RK, "Jumlah"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(8) = (4)+(5)+(6)+(7)",
        fmt: RP,
        width: 18,
      },
      {
        key: "sr",
        head: ["Serapan Anggaran (%)"],
        role: "capaian",
        year: 2024,
        num: "(9) = (8)/(3) x 100",
        fmt: DEC,
      },
      ...TW.map((w, i): Col => ({
        key: `f${i}`,
        head: [RF, w],
        role: "realisasi",
        year: 2024,
        num: `(${10 + i})`,
        fmt: DEC,
      })),
      {
        key: "fa",
        head: ["Fisik Akhir Tahun (%)"],
        role: "realisasi",
        year: 2024,
        num: "(14) = (13)",
        fmt: DEC,
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...PD.map((d, i): Row => ({
        id: d.id,
        cells: (c) => ({
          no: i + 1,
          nm: d.nm,
          pagu: d.pagu,
          ...Object.fromEntries(d.q.map((v, k) => [`q${k}`, v])),
          // planted: Disperkim's Jumlah typed 36,314,530,000 (the quarters give 36,134,530,000)
          j: d.id === "d4" ? 36_314_530_000 : fx(`SUM(${c.a("q0")}:${c.a("q3")})`),
          sr: fx(`ROUND(${c.a("j")}/${c.a("pagu")}*100,2)`),
          ...Object.fromEntries(d.f.map((v, k) => [`f${k}`, v])),
          fa: fx(c.a("f3")),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string> = { no: "TOTAL" };
          for (const k of ["pagu", "q0", "q1", "q2", "q3", "j"])
            out[k] = fx(`SUM(${c.a(k, "d1")}:${c.a(k, "d5")})`);
          // planted: stale cached serapan from the Triwulan III report
          out.sr = fx(`ROUND(${c.a("j")}/${c.a("pagu")}*100,2)`, 71.42);
          return out;
        },
      },
    ],
  });
  s.gap();
  s.lines(["*) Realisasi fisik bersifat kumulatif; fisik akhir tahun = capaian Triwulan IV."]);
  s.gap();
  signature(s, 10, {
    tempat: "Batu Sepuluh, 20 Januari 2025",
    jabatan: ["KEPALA BIDANG PENGENDALIAN DAN EVALUASI"],
    nama: "ANTONIUS JEMAHUN, S.T., M.Eng.",
    nip: "19810623 200604 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => [0, 1, 2, 3].map((k) => a(`q${k}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "d4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah realisasi keuangan of Disperkim is a typed 36,314,530,000 among SUM formulas; the four quarters give 36,134,530,000",
    truth: qs("d4"),
  });
  b.plant({
    at: { sheet: S, cell: a("sr", "tot") },
    rules: ["capaian-mismatch"],
    note: "TOTAL serapan has a stale cached 71.42 (Triwulan III); its formula over the totals gives 96.16",
    truth: `ROUND(${a("j", "tot")}/${a("pagu", "tot")}*100,2)`,
  });
  for (const id of ["d1", "d2", "d3", "d5"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: qs(id) });
    b.ok({
      sheet: S,
      cell: a("sr", id),
      rules: ["capaian-mismatch", "serapan-over-100"],
      truth: `ROUND(${a("j", id)}/${a("pagu", id)}*100,2)`,
    });
  }
  for (const id of ["d1", "d4", "d5"])
    b.ok({
      sheet: S,
      cell: a("fa", id),
      rules: ["sum-mismatch"],
      truth: a("f3", id),
      trap: [0, 1, 2, 3].map((k) => a(`f${k}`, id)).join("+"),
    });
  for (const k of ["pagu", "q3"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "d1")}:${a(k, "d5")})` });
  return b.finish();
}
