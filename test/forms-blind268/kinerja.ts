// The LKjIP capaian table, the Perjanjian Kinerja beside its Renstra, and two recaps of the bina
// marga office (kondisi jalan per kecamatan; pemeliharaan rutin per UPTD per triwulan). Invented.
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
  sum,
  type Col,
  type Row,
} from "../forms/kit";

type L = { id: string; sas: string; ind: string; sat: string; neg: boolean; t: number; r: number };

/** LKjIP 2024 of the Dinas PUPR Kabupaten Siringgo Hulu: Tabel 3.2 capaian IKU. */
export function lkjipBinaMarga(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-bina-marga-siringgo-hulu.xlsx",
    "LKjIP capaian (PUPR Bina Marga)",
    "LKjIP 2024 table with a Sifat (+/-) column, ROUND formulas, refleksi (2T-R)/T on negatives, predikat words, Rata-rata row",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(["Tabel 3.2 Pengukuran Capaian Kinerja Dinas PUPR Kabupaten Siringgo Hulu Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const SAS = "Meningkatnya kualitas dan konektivitas jalan kabupaten";
  const rows: L[] = [
    { id: "i1", sas: SAS, ind: "Tingkat kemantapan jalan kabupaten", sat: "%", neg: false, t: 74.5, r: 74.8 },
    {
      id: "i2",
      sas: SAS,
      ind: "Persentase jembatan kabupaten dalam kondisi baik",
      sat: "%",
      neg: false,
      t: 82,
      r: 79.6,
    },
    {
      id: "i3",
      sas: SAS,
      ind: "Panjang jalan kabupaten dalam kondisi rusak berat",
      sat: "km",
      neg: true,
      t: 48,
      r: 52.6,
    },
    {
      id: "i4",
      sas: SAS,
      ind: "Persentase jalan kabupaten dalam kondisi rusak",
      sat: "%",
      neg: true,
      t: 25.5,
      r: 24.1,
    },
    {
      id: "i5",
      sas: "Meningkatnya aksesibilitas antar kecamatan",
      ind: "Persentase ruas jalan strategis kabupaten yang terhubung",
      sat: "%",
      neg: false,
      t: 90,
      r: 71.5,
    },
  ];
  const cap = (e: L) => round(e.neg ? ((2 * e.t - e.r) / e.t) * 100 : (e.r / e.t) * 100);
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "sf", head: ["Sifat (+/-)"], role: "polaritas" },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat" },
  ];
  const body: Row[] = rows.map((e, i) => ({
    id: e.id,
    cells: (x) => ({
      no: i + 1,
      sas: e.sas,
      ind: e.ind,
      sat: e.sat,
      sf: e.neg ? "-" : "+",
      t: e.t,
      r: e.r,
      // planted: i3 (negative) computed as R/T
      c:
        e.neg && e.id !== "i3"
          ? fx(`ROUND((2*${x.a("t")}-${x.a("r")})/${x.a("t")}*100,2)`)
          : fx(`ROUND(${x.a("r")}/${x.a("t")}*100,2)`),
      // planted: i2 capaian 97.07 labelled "Baik"
      p:
        e.id === "i2"
          ? "Baik"
          : e.id === "i3"
            ? predikatBaik(round((e.r / e.t) * 100))
            : predikatBaik(cap(e)),
    }),
  }));
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...body,
      {
        id: "avg",
        span: ["no", "r"],
        cells: (x) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${x.a("c", "i1")}:${x.a("c", "i5")}),2)`),
          p: predikatBaik(round((sum(rows.map(cap)) - cap(rows[2]) + round((52.6 / 48) * 100)) / 5)),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator bersifat negatif (-) dihitung dengan rumus refleksi (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Baik; > 75 - 90 Baik; > 65 - 75 Cukup; > 50 - 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2*${a("t", id)}-${a("r", id)})/${a("t", id)}*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Panjang jalan rusak berat is negative, but its capaian is R/T = 109.58; refleksi gives 90.42",
    truth: refl("i3"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i2") },
    rules: ["predikat-mismatch"],
    note: "Jembatan kondisi baik: capaian 97.07 labelled 'Baik'; > 90 is 'Sangat Baik'",
    truth: `PREDIKAT_BAIK(${a("c", "i2")})`,
  });
  b.ok({ sheet: S, cell: a("c", "i4"), rules: ["capaian-mismatch"], truth: refl("i4"), trap: rt("i4") });
  for (const id of ["i1", "i2", "i5"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["i1", "i4", "i5"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** Perjanjian Kinerja 2025 of the Dinas PUPR Kota Pasir Mandala, beside its Renstra 2025-2029. */
export function pkBinaMarga(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-pupr-pasir-mandala.xlsx",
    "Perjanjian Kinerja + Renstra (PUPR Bina Marga)",
    "PK 2025 statement, indicator table and program table with a SUM Jumlah; sheet 'Renstra 2025-2029' with yearly targets and kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const rs = b.sheet(R);
  rs.lines(["Tujuan, Sasaran, Indikator dan Target Kinerja Dinas PUPR Kota Pasir Mandala 2025-2029"], 1, {
    bold: true,
  });
  rs.gap();
  const inds = [
    {
      id: "m",
      ind: "Persentase jalan kota dalam kondisi mantap",
      sat: "%",
      level: true,
      awal: 68.4,
      k: [71, 74, 77, 80, 83],
    },
    {
      id: "j",
      ind: "Persentase jembatan kota dalam kondisi baik",
      sat: "%",
      level: true,
      awal: 76,
      k: [78, 80, 82, 84, 86],
    },
    {
      id: "r",
      ind: "Panjang jalan kota yang direkonstruksi",
      sat: "km",
      level: false,
      awal: 3.2,
      k: [4, 4.5, 4.5, 5, 5.5],
    },
  ];
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...YS.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Tahun", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: inds.map((e, i) => ({
      id: e.id,
      cells: {
        no: i + 1,
        ind: e.ind,
        sat: e.sat,
        awal: e.awal,
        ...Object.fromEntries(YS.map((y, k) => [`y${y}`, e.k[k]])),
        ak: e.level ? e.k[4] : round(sum(e.k), 2),
      },
    })),
  });
  const S = "PK 2025";
  const s = b.sheet(S);
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PEKERJAAN UMUM DAN PENATAAN RUANG KOTA PASIR MANDALA",
  ]);
  s.lines([
    "Pihak pertama, LALU AHMAD FAUZAN, S.T., M.Eng., Kepala Dinas PUPR, berjanji mewujudkan target kinerja berikut",
    "kepada pihak kedua, Wali Kota Pasir Mandala.",
  ]);
  s.gap();
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 42 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    rows: inds.map((e, i) => ({
      id: e.id,
      // planted: jembatan target copied from 2026
      cells: {
        no: i + 1,
        sas: "Meningkatnya kualitas infrastruktur jalan dan jembatan kota",
        ind: e.ind,
        sat: e.sat,
        tg: e.id === "j" ? e.k[1] : e.k[0],
      },
    })),
  });
  s.gap();
  const progs = [
    ["Program Penunjang Urusan Pemerintahan Daerah", 9_842_600_000],
    ["Program Penyelenggaraan Jalan", 92_135_750_000],
    ["Program Pengelolaan Sumber Daya Air", 14_508_200_000],
    ["Program Penataan Bangunan Gedung", 6_214_900_000],
  ] as const;
  const pt = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map(([nm, rp], i): Row => ({ id: `p${i}`, cells: { no: i + 1, nm, rp, ket: "APBD 2025" } })),
      // planted: SUM one row short
      {
        id: "tot",
        bold: true,
        cells: (x) => ({ nm: "Jumlah", rp: fx(`SUM(${x.a("rp", "p0")}:${x.a("rp", "p2")})`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Pasir Mandala, 3 Januari 2025",
    jabatan: ["Kepala Dinas PUPR"],
    nama: "LALU AHMAD FAUZAN, S.T., M.Eng.",
    nip: "19780402 200501 1 009",
  });
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: pk.a("tg", "j") },
        { sheet: R, cell: rt.a("y2026", "j") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target for jembatan kondisi baik is 80, the Renstra 2026 target; 2025 is 78",
    truth: ra("y2025", "j"),
  });
  b.plant({
    at: { sheet: S, cell: pt.a("rp", "tot") },
    rules: ["sum-mismatch"],
    note: "Jumlah is SUM over three of the four programs (116,486,550,000); all four give 122,701,450,000",
    truth: progs.map((_, i) => pt.a("rp", `p${i}`)).join("+"),
  });
  for (const id of ["m", "r"])
    b.ok({ sheet: S, cell: pk.a("tg", id), rules: ["cross-table-mismatch"], truth: ra("y2025", id) });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "m"),
    rules: ["kondisi-akhir-mismatch"],
    truth: rt.a("y2029", "m"),
    trap: YS.map((y) => rt.a(`y${y}`, "m")).join("+"),
  });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "r"),
    rules: ["kondisi-akhir-mismatch"],
    truth: YS.map((y) => rt.a(`y${y}`, "r")).join("+"),
  });
  return b.finish();
}

/** Kondisi jalan kabupaten per kecamatan 2024, Kabupaten Siringgo Hulu: (9) = (5)+(6), (10) = (9)/(4) x 100. */
export function rekapKecamatan(): BookW {
  const b = new BookW(
    "rekap-kondisi-jalan-per-kecamatan-siringgo-hulu-2024.xlsx",
    "Rekap kondisi jalan per kecamatan (PUPR Bina Marga)",
    "per kecamatan: ruas, panjang, Baik/Sedang/Rusak Ringan/Rusak Berat (km), mantap and % mantap; number row with identities; TOTAL row whose % is the ratio of totals",
  );
  const S = "Kondisi Jalan 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SIRINGGO HULU", "DINAS PUPR - BIDANG BINA MARGA"]);
  s.lines([
    "Rekapitulasi Kondisi Jalan Kabupaten per Kecamatan Tahun 2024 (hasil survei IRI/RCI Desember 2024)",
  ]);
  s.gap();
  const kec = [
    ["Siringgo", 14, 42.35, 18.2, 9.4, 5.15],
    ["Lau Baleng", 11, 28.6, 14.75, 6.8, 4.1],
    ["Tiga Dolok", 12, 35.9, 12.45, 11.2, 7.6],
    ["Pangururan Hulu", 9, 19.8, 9.6, 8.35, 9.25],
    ["Sibatu", 10, 31.2, 15.8, 7.3, 3.9],
    ["Nagori Tonga", 8, 6.45, 4.3, 14.9, 23.75],
  ] as const;
  const K = "Kondisi Jalan (km)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)" },
    { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "ruas", head: ["Jumlah Ruas"], num: "(3)", fmt: INT },
    { key: "pj", head: ["Panjang Jalan (km)"], num: "(4) = (5)+(6)+(7)+(8)", fmt: DEC },
    { key: "b", head: [K, "Baik"], role: "realisasi", year: 2024, num: "(5)", fmt: DEC },
    { key: "sd", head: [K, "Sedang"], role: "realisasi", year: 2024, num: "(6)", fmt: DEC },
    { key: "rr", head: [K, "Rusak Ringan"], role: "realisasi", year: 2024, num: "(7)", fmt: DEC },
    { key: "rb", head: [K, "Rusak Berat"], role: "realisasi", year: 2024, num: "(8)", fmt: DEC },
    { key: "m", head: ["Jalan Mantap (km)"], role: "realisasi", year: 2024, num: "(9) = (5)+(6)", fmt: DEC },
    {
      key: "pm",
      head: ["Kemantapan (%)"],
      role: "capaian",
      year: 2024,
      num: "(10) = (9)/(4) x 100",
      fmt: DEC,
    },
  ];
  const ids = kec.map((_, i) => `k${i}`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...kec.map(([nm, ruas, bb, sd, rr, rb], i): Row => ({
        id: ids[i],
        cells: (x) => ({
          no: i + 1,
          nm,
          ruas,
          pj: round(bb + sd + rr + rb, 2),
          b: bb,
          sd,
          rr,
          rb,
          // planted: Pangururan Hulu's mantap typed 31.40 (19.80 + 9.60 = 29.40)
          m: i === 3 ? 31.4 : fx(`${x.a("b")}+${x.a("sd")}`),
          pm: fx(`ROUND(${x.a("m")}/${x.a("pj")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => {
          const S1 = (k: string, last = ids[5]) => fx(`SUM(${x.a(k, ids[0])}:${x.a(k, last)})`);
          return {
            no: "TOTAL",
            ruas: S1("ruas"),
            pj: S1("pj"),
            b: S1("b"),
            sd: S1("sd"),
            rr: S1("rr"),
            // planted: one row short
            rb: S1("rb", ids[4]),
            m: fx(`${x.a("b")}+${x.a("sd")}`),
            pm: fx(`ROUND(${x.a("m")}/${x.a("pj")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber data: survei kondisi jalan UPTD Bina Marga, Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  const col = (k: string) => ids.map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("m", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jalan mantap of Pangururan Hulu typed 31.40 in a column of formulas; Baik + Sedang = 29.40",
    truth: `${a("b", "k3")}+${a("sd", "k3")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("rb", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL Rusak Berat is SUM over five kecamatan (30.00); all six give 53.75",
    truth: col("rb"),
  });
  for (const id of ids)
    b.ok({
      sheet: S,
      cell: a("pj", id),
      rules: ["sum-mismatch"],
      truth: ["b", "sd", "rr", "rb"].map((k) => a(k, id)).join("+"),
    });
  for (const k of ["pj", "b", "rr"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: col(k) });
  b.ok({
    sheet: S,
    cell: a("pm", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("m", "tot")}/${a("pj", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("pm", "k0")}:${a("pm", "k5")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pm", "k1"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("m", "k1")}/${a("pj", "k1")}*100,2)`,
  });
  return b.finish();
}

/** Pemeliharaan rutin jalan per UPTD per triwulan 2024, Kota Pasir Mandala, with pagu and serapan. */
export function rekapUptd(): BookW {
  const b = new BookW(
    "pemeliharaan-rutin-per-uptd-triwulan-pasir-mandala-2024.xlsx",
    "Rekap pemeliharaan rutin per UPTD per triwulan (PUPR Bina Marga)",
    "per UPTD: target km, TW I-IV km, Jumlah, capaian, pagu, realisasi, serapan; number row with identities; Jumlah row with ratio-of-totals percentages",
  );
  const S = "Pemeliharaan Rutin TW";
  const s = b.sheet(S);
  s.lines(
    [
      "REKAPITULASI REALISASI PEMELIHARAAN RUTIN JALAN PER UPTD",
      "DINAS PUPR KOTA PASIR MANDALA - TAHUN ANGGARAN 2024",
    ],
    1,
    { bold: true },
  );
  s.gap();
  const us = [
    ["UPTD Wilayah Utara", 24, [4.2, 6.8, 7.5, 6.1], 3_450_000_000, 3_318_420_000],
    ["UPTD Wilayah Tengah", 18.5, [3.1, 5.2, 5.6, 3.9], 2_780_000_000, 2_655_300_000],
    ["UPTD Wilayah Selatan", 21, [2.8, 4.9, 6.3, 5.4], 3_120_000_000, 2_890_750_000],
    ["Tim Swakelola Bidang Bina Marga", 9.5, [1.5, 2.6, 2.9, 1.8], 1_350_000_000, 1_284_600_000],
  ] as const;
  const R = "Realisasi Panjang Ditangani (km)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)" },
    { key: "nm", head: ["Unit Pelaksana"], role: "penanggung-jawab", num: "(2)", width: 28 },
    { key: "t", head: ["Target 2024 (km)"], role: "target", year: 2024, num: "(3)", fmt: DEC },
    ...["I", "II", "III", "IV"].map((tw, i): Col => ({
      key: `q${i}`,
      head: [R, `TW ${tw}`],
      role: "realisasi",
      year: 2024,
      num: `(${4 + i})`,
      fmt: DEC,
    })),
    { key: "j", head: [R, "Jumlah"], role: "realisasi", year: 2024, num: "(8) = (4)+(5)+(6)+(7)", fmt: DEC },
    { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(9) = (8)/(3) x 100", fmt: DEC },
    { key: "pg", head: ["Pagu (Rp)"], role: "anggaran", year: 2024, num: "(10)", fmt: RP, width: 17 },
    {
      key: "rl",
      head: ["Realisasi (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(11)",
      fmt: RP,
      width: 17,
    },
    {
      key: "sr",
      head: ["Serapan (%)"],
      role: "capaian",
      year: 2024,
      num: "(12) = (11)/(10) x 100",
      fmt: DEC,
    },
  ];
  const ids = us.map((_, i) => `u${i}`);
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...us.map(([nm, tg, q, pg, rl], i): Row => ({
        id: ids[i],
        cells: (x) => ({
          no: i + 1,
          nm,
          t: tg,
          ...Object.fromEntries(q.map((v, k) => [`q${k}`, v])),
          // planted: UPTD Selatan's Jumlah typed 20.40 (quarters give 19.40)
          j: i === 2 ? 20.4 : fx(`SUM(${x.a("q0")}:${x.a("q3")})`),
          c: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
          pg,
          rl,
          // planted: UPTD Tengah's serapan carries a stale cached 104.52
          sr: fx(`ROUND(${x.a("rl")}/${x.a("pg")}*100,2)`, i === 1 ? 104.52 : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (x) => {
          const S1 = (k: string) => fx(`SUM(${x.a(k, ids[0])}:${x.a(k, ids[3])})`);
          return {
            no: "JUMLAH",
            t: S1("t"),
            q0: S1("q0"),
            q1: S1("q1"),
            q2: S1("q2"),
            q3: S1("q3"),
            j: S1("j"),
            c: fx(`ROUND(${x.a("j")}/${x.a("t")}*100,2)`),
            pg: S1("pg"),
            rl: S1("rl"),
            sr: fx(`ROUND(${x.a("rl")}/${x.a("pg")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  signature(s, 9, {
    tempat: "Pasir Mandala, 10 Januari 2025",
    jabatan: ["Kepala Bidang Bina Marga"],
    nama: "I GEDE MADE SUARTANA, S.T.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19820711 200903 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => [0, 1, 2, 3].map((k) => a(`q${k}`, id)).join("+");
  const col = (k: string) => ids.map((id) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "u2") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "UPTD Wilayah Selatan Jumlah typed 20.40; TW I-IV add up to 19.40",
    truth: qs("u2"),
  });
  b.plant({
    at: { sheet: S, cell: a("sr", "u1") },
    rules: ["serapan-over-100", "capaian-mismatch"],
    note: "UPTD Wilayah Tengah serapan shows a stale cached 104.52; 2,655,300,000 / 2,780,000,000 = 95.51",
    truth: `ROUND(${a("rl", "u1")}/${a("pg", "u1")}*100,2)`,
  });
  for (const id of ["u0", "u1", "u3"])
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: qs(id) });
  b.ok({
    sheet: S,
    cell: a("c", "u0"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: `ROUND(${a("j", "u0")}/${a("t", "u0")}*100,2)`,
    trap: "100",
  });
  b.ok({
    sheet: S,
    cell: a("c", "u3"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("j", "u3")}/${a("t", "u3")}*100,2)`,
  });
  for (const id of ["u0", "u2", "u3"])
    b.ok({
      sheet: S,
      cell: a("sr", id),
      rules: ["serapan-over-100", "capaian-mismatch"],
      truth: `ROUND(${a("rl", id)}/${a("pg", id)}*100,2)`,
    });
  for (const k of ["t", "q0", "q3", "pg", "rl"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: col(k) });
  b.ok({
    sheet: S,
    cell: a("sr", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rl", "tot")}/${a("pg", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${a("sr", "u0")}:${a("sr", "u3")}),2)`,
  });
  return b.finish();
}
