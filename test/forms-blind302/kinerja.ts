// The LKjIP capaian table, the Perjanjian Kinerja beside its Renstra, and two recaps of maternal and
// child health (imunisasi and UCI per puskesmas; KIA per triwulan with AKI/AKB side by side) of the
// Dinas Kesehatan Tanjung Sirih (Jambi) and Watu Lembo (NTB). Every name and number is invented.
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

type L = { id: string; sas: string; ind: string; sat: string; neg: boolean; t: number; r: number };

/** LKjIP 2024 Tabel 3.2 of the Dinas Kesehatan Watu Lembo: capaian formulas, refleksi for AKI/AKB. */
export function lkjipKesehatan(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-kia-dinkes-watu-lembo.xlsx",
    "LKjIP capaian (Dinkes KIA)",
    "LKjIP 2024 Tabel 3.2: sasaran merged over its indicators, Sifat (+/-) column, =ROUND formulas with refleksi (2-R/T) for AKI and AKB, predikat words (Sangat Baik ... Sangat Kurang), note on the scale below",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines(
    ["Tabel 3.2 Pengukuran Capaian Kinerja Sasaran Dinas Kesehatan Kabupaten Watu Lembo Tahun 2024"],
    1,
    { bold: true },
  );
  s.gap();
  const SA = "Meningkatnya derajat kesehatan ibu dan anak";
  const SB = "Meningkatnya cakupan pelayanan kesehatan dasar ibu dan anak";
  const rows: L[] = [
    {
      id: "aki",
      sas: SA,
      ind: "Angka Kematian Ibu (per 100.000 KH)",
      sat: "per 100.000 KH",
      neg: true,
      t: 168,
      r: 151,
    },
    {
      id: "akb",
      sas: SA,
      ind: "Angka Kematian Bayi (per 1.000 KH)",
      sat: "per 1.000 KH",
      neg: true,
      t: 9.5,
      r: 10.4,
    },
    { id: "idl", sas: SB, ind: "Cakupan imunisasi dasar lengkap", sat: "%", neg: false, t: 95, r: 91.6 },
    { id: "uci", sas: SB, ind: "Persentase desa/kelurahan UCI", sat: "%", neg: false, t: 92, r: 87.5 },
    { id: "k6", sas: SB, ind: "Cakupan kunjungan ibu hamil K6", sat: "%", neg: false, t: 80, r: 58.4 },
  ];
  const cap = (x: L) => round(x.neg ? (2 - x.r / x.t) * 100 : (x.r / x.t) * 100);
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 34 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "sif", head: ["Sifat (+/-)"], role: "polaritas", width: 8 },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", width: 14 },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, i): Row => ({
      id: x.id,
      cells: (c) => {
        // planted: AKB (negative) computed as R/T
        const rt = x.id === "akb" || !x.neg;
        const f = rt ? `ROUND(${c.a("r")}/${c.a("t")}*100,2)` : `ROUND((2-${c.a("r")}/${c.a("t")})*100,2)`;
        const v = rt ? round((x.r / x.t) * 100) : cap(x);
        // planted: K6 (73.00) called Baik
        return {
          no: i + 1,
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          sif: x.neg ? "-" : "+",
          t: x.t,
          r: x.r,
          c: fx(f),
          p: x.id === "k6" ? "Baik" : predikatBaik(v),
        };
      },
    })),
  });
  s.gap();
  s.lines([
    "Skala predikat: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
    "Indikator bersifat negatif (-) dihitung dengan rumus (2 - Realisasi/Target) x 100%.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (id: string) => `ROUND((2-${a("r", id)}/${a("t", id)})*100,2)`;
  const rt = (id: string) => `ROUND(${a("r", id)}/${a("t", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c", "akb") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "AKB is negative (-), but its capaian is R/T = 10.4/9.5 = 109.47; refleksi (2 - R/T) gives 90.53",
    truth: refl("akb"),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "k6") },
    rules: ["predikat-mismatch"],
    note: "K6 capaian 58.4/80 = 73.00 is called Baik; > 65 to 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "k6")})`,
  });
  b.ok({ sheet: S, cell: a("c", "aki"), rules: ["capaian-mismatch"], truth: refl("aki"), trap: rt("aki") });
  for (const id of ["idl", "uci", "k6"])
    b.ok({ sheet: S, cell: a("c", id), rules: ["capaian-mismatch"], truth: rt(id) });
  for (const id of ["aki", "idl", "uci"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** Perjanjian Kinerja 2025 of the Dinas Kesehatan Tanjung Sirih, with its Renstra 2025-2029 sheet. */
export function pkKesehatan(): BookW {
  const b = new BookW(
    "pk-2025-dan-renstra-dinkes-tanjung-sirih.xlsx",
    "Perjanjian Kinerja (Dinkes KIA)",
    "PK 2025: statement lines, indicator table (Target 2025) and program table with Jumlah =SUM; sheet 'Renstra 2025-2029' with targets by year and kondisi akhir",
  );
  const R = "Renstra 2025-2029";
  const P = "PK 2025";
  const inds = [
    { id: "aki", ind: "Angka Kematian Ibu", sat: "per 100.000 KH", k: [172, 164, 155, 147, 140], lvl: true },
    {
      id: "akb",
      ind: "Angka Kematian Bayi",
      sat: "per 1.000 KH",
      k: [11.2, 10.6, 10.1, 9.6, 9.0],
      lvl: true,
    },
    {
      id: "pers",
      ind: "Persentase persalinan di fasyankes",
      sat: "%",
      k: [89.5, 91, 92.5, 94, 95.5],
      lvl: true,
    },
    { id: "uci", ind: "Persentase desa/kelurahan UCI", sat: "%", k: [85, 87.5, 90, 92.5, 95], lvl: true },
  ];
  // Renstra sheet first (the PK refers to it)
  const rs = b.sheet(R);
  letterhead(rs, [
    "DINAS KESEHATAN KABUPATEN TANJUNG SIRIH",
    "Indikator Kinerja Utama dan Target Renstra 2025-2029",
  ]);
  const yrs = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...yrs.map((y): Col => ({
        key: `y${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir 2029"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: [180, 11.8, 87.2, 82.5][i],
        ...Object.fromEntries(yrs.map((y, j) => [`y${y}`, x.k[j]])),
        ak: x.k[4],
      },
    })),
  });
  const ps = b.sheet(P);
  letterhead(ps, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KESEHATAN KABUPATEN TANJUNG SIRIH"]);
  ps.lines([
    "Pihak pertama: dr. HENDRA SAPUTRA LUBIS, M.Kes., Kepala Dinas Kesehatan",
    "Pihak kedua: ANWAR ZAINUDDIN, S.H., M.H., Bupati Tanjung Sirih",
  ]);
  ps.gap();
  const pt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 36 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "t", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: inds.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya kesehatan ibu, bayi dan anak",
        ind: x.ind,
        sat: x.sat,
        // planted: persalinan di fasyankes copied from 2026
        t: x.id === "pers" ? x.k[1] : x.k[0],
      },
    })),
  });
  ps.gap();
  const progs = [
    ["Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", 38_412_650_000],
    ["Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", 61_908_420_000],
    ["Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan", 1_254_300_000],
    ["Program Pemberdayaan Masyarakat Bidang Kesehatan", 876_500_000],
  ] as const;
  const gt = ps.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "prog", head: ["Program"], width: 30 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 20 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({ id: `g${i}`, cells: { no: i + 1, prog: p[0], rp: p[1], ket: "APBD" } })),
      {
        id: "jml",
        bold: true,
        span: ["no", "prog"],
        cells: (x) => ({ no: "Jumlah", rp: fx(`SUM(${x.a("rp", "g0")}:${x.a("rp", "g3")})`) }),
      },
    ],
  });
  ps.gap();
  signature(ps, 3, {
    tempat: "Muara Sirih, 6 Januari 2025",
    jabatan: ["Kepala Dinas Kesehatan"],
    nama: "dr. HENDRA SAPUTRA LUBIS, M.Kes.",
    nip: "19760830 200501 1 009",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("t", "pers") },
        { sheet: R, cell: rt.a("y2025", "pers") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target for persalinan di fasyankes is 91, the Renstra 2026 target; the Renstra 2025 target is 89.5",
    truth: `'${R}'!${rt.a("y2025", "pers")}`,
  });
  for (const id of ["aki", "akb", "uci"])
    b.ok({
      sheet: P,
      cell: pt.a("t", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  b.ok({
    sheet: P,
    cell: gt.a("rp", "jml"),
    rules: ["sum-mismatch"],
    truth: progs.map((_, i) => gt.a("rp", `g${i}`)).join("+"),
  });
  for (const id of ["aki", "uci"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: yrs.map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Imunisasi dasar lengkap and UCI per puskesmas, Tanjung Sirih 2024: two ratios and a TOTAL of ratios of totals. */
export function rekapImunisasi(): BookW {
  const b = new BookW(
    "rekap-idl-uci-per-puskesmas-tanjung-sirih-2024.xlsx",
    "Rekap imunisasi dan UCI per puskesmas (Dinkes)",
    "per puskesmas: sasaran bayi, IDL L | P, (5) = (3)+(4), (6) = (5)/(2) x 100, desa, desa UCI, (9) = (8)/(7) x 100; TOTAL row with ratios of totals",
  );
  const S = "IDL-UCI 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "CAKUPAN IMUNISASI DASAR LENGKAP DAN DESA/KELURAHAN UCI",
    "KABUPATEN TANJUNG SIRIH TAHUN 2024",
  ]);
  const pk = [
    ["Muara Sirih", 1_184, 480, 470, 18, 17],
    ["Sungai Beringin", 906, 418, 402, 14, 12],
    ["Rantau Duku", 742, 351, 340, 12, 12],
    ["Pematang Tebo", 1_035, 470, 455, 16, 13],
    ["Lubuk Kemang", 618, 305, 298, 11, 10],
  ] as const;
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(0)", width: 5 },
    { key: "pkm", head: ["Puskesmas"], role: "lokasi", num: "(1)", width: 20 },
    {
      key: "sas",
      head: ["Sasaran Bayi (Surviving Infant)"],
      role: "target",
      year: 2024,
      num: "(2)",
      fmt: INT,
    },
    {
      key: "l",
      head: ["Bayi Imunisasi Dasar Lengkap", "L"],
      role: "realisasi",
      year: 2024,
      num: "(3)",
      fmt: INT,
    },
    {
      key: "p",
      head: ["Bayi Imunisasi Dasar Lengkap", "P"],
      role: "realisasi",
      year: 2024,
      num: "(4)",
      fmt: INT,
    },
    {
      key: "lp",
      head: ["Bayi Imunisasi Dasar Lengkap", "L + P"],
      role: "realisasi",
      year: 2024,
      num: "(5) = (3)+(4)",
      fmt: INT,
    },
    {
      key: "pct",
      head: ["Bayi Imunisasi Dasar Lengkap", "%"],
      role: "capaian",
      num: "(6) = (5)/(2) x 100",
      fmt: DEC,
    },
    { key: "desa", head: ["Desa/Kelurahan", "Jumlah"], role: "lainnya", num: "(7)", fmt: INT },
    { key: "uci", head: ["Desa/Kelurahan", "UCI"], role: "realisasi", year: 2024, num: "(8)", fmt: INT },
    { key: "pu", head: ["Desa/Kelurahan", "% UCI"], role: "capaian", num: "(9) = (8)/(7) x 100", fmt: DEC },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...pk.map((x, i): Row => ({
        id: `k${i}`,
        cells: (c) => ({
          no: i + 1,
          pkm: x[0],
          sas: x[1],
          l: x[2],
          p: x[3],
          lp: fx(`${c.a("l")}+${c.a("p")}`),
          pct: fx(`ROUND(${c.a("lp")}/${c.a("sas")}*100,2)`),
          desa: x[4],
          uci: x[5],
          // planted: Pematang Tebo % UCI typed 113.33 (over 100; 13/16 = 81.25)
          pu: i === 3 ? 113.33 : fx(`ROUND(${c.a("uci")}/${c.a("desa")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "pkm"],
        cells: (c) => {
          const S5 = (k: string, last = "k4") => fx(`SUM(${c.a(k, "k0")}:${c.a(k, last)})`);
          return {
            no: "TOTAL KABUPATEN",
            sas: S5("sas"),
            l: S5("l"),
            p: S5("p"),
            lp: S5("lp"),
            pct: fx(`ROUND(${c.a("lp")}/${c.a("sas")}*100,2)`),
            desa: S5("desa"),
            // planted: SUM one row short
            uci: S5("uci", "k3"),
            pu: fx(`ROUND(${c.a("uci")}/${c.a("desa")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Laporan Imunisasi Rutin Puskesmas (ASIK), Januari-Desember 2024"]);
  const a = (k: string, id: string) => t.a(k, id);
  const col5 = (k: string) => pk.map((_, i) => a(k, `k${i}`)).join("+");
  b.plant({
    at: { sheet: S, cell: a("pu", "k3") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "Pematang Tebo % UCI is a typed 113.33 (more desa UCI than desa is impossible); 13/16 x 100 = 81.25",
    truth: `ROUND(${a("uci", "k3")}/${a("desa", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("uci", "tot") },
    rules: ["sum-mismatch"],
    note: "TOTAL desa UCI is =SUM over four puskesmas (54); the five give 64",
    truth: col5("uci"),
  });
  for (const k of ["sas", "l", "p", "lp", "desa"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: col5(k) });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("lp", "tot")}/${a("sas", "tot")}*100,2)`,
    trap: `ROUND((${col5("pct")})/5,2)`,
    tol: 0.006,
  });
  for (const i of [0, 2])
    b.ok({
      sheet: S,
      cell: a("lp", `k${i}`),
      rules: ["sum-mismatch"],
      truth: `${a("l", `k${i}`)}+${a("p", `k${i}`)}`,
    });
  for (const i of [0, 1, 4])
    b.ok({
      sheet: S,
      cell: a("pu", `k${i}`),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("uci", `k${i}`)}/${a("desa", `k${i}`)}*100,2)`,
    });
  return b.finish();
}

/** KIA per triwulan 2024, Watu Lembo (row-wise) with AKI / AKB beside it. */
export function rekapKia(): BookW {
  const b = new BookW(
    "rekap-kia-triwulan-aki-akb-watu-lembo-2024.xlsx",
    "Rekap KIA per triwulan (Dinkes)",
    "row-wise: indicators down, Sasaran | TW I..IV | Jumlah | % (sasaran); a cumulative row (desa UCI) whose Jumlah is TW IV; AKI/AKB table side by side (kematian, lahir hidup, per 100.000 / per 1.000 KH)",
  );
  const S = "KIA 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KESEHATAN KABUPATEN WATU LEMBO",
    "REKAPITULASI PELAYANAN KESEHATAN IBU DAN ANAK PER TRIWULAN TAHUN 2024",
  ]);
  const top = s.r;
  const rows = [
    {
      id: "k1",
      ind: "Ibu hamil mendapat pelayanan K1",
      sas: 7_420,
      q: [1_702, 1_884, 1_910, 1_655],
      cum: false,
    },
    {
      id: "k6",
      ind: "Ibu hamil mendapat pelayanan K6",
      sas: 7_420,
      q: [1_196, 1_402, 1_488, 1_351],
      cum: false,
    },
    {
      id: "fas",
      ind: "Persalinan di fasilitas pelayanan kesehatan",
      sas: 7_085,
      q: [1_522, 1_610, 1_668, 1_574],
      cum: false,
    },
    {
      id: "kn",
      ind: "Kunjungan neonatal lengkap (KN lengkap)",
      sas: 6_760,
      q: [1_455, 1_548, 1_590, 1_497],
      cum: false,
    },
    { id: "uci", ind: "Desa/kelurahan UCI (kumulatif)", sas: 142, q: [96, 108, 121, 129], cum: true },
  ];
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "ind", head: ["Jenis Pelayanan"], role: "indikator", num: 2, width: 34 },
    { key: "sas", head: ["Sasaran 2024"], role: "target", year: 2024, num: 3, fmt: INT },
    ...["I", "II", "III", "IV"].map((q, i): Col => ({
      key: `q${i}`,
      head: ["Capaian per Triwulan", `TW ${q}`],
      role: "realisasi",
      year: 2024,
      num: 4 + i,
      fmt: INT,
    })),
    { key: "jml", head: ["Jumlah"], role: "realisasi", year: 2024, num: "8 = 4+5+6+7", fmt: INT },
    { key: "pct", head: ["% thd Sasaran"], role: "capaian", num: "9 = 8/3 x 100", fmt: DEC },
  ];
  const t = s.table(
    {
      cols,
      headerRows: 2,
      numberRow: "plain",
      rows: rows.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          ind: x.ind,
          sas: x.sas,
          q0: x.q[0],
          q1: x.q[1],
          q2: x.q[2],
          q3: x.q[3],
          // planted: persalinan Jumlah typed 6,734 (the quarters give 6,374)
          jml: x.id === "fas" ? 6_734 : x.cum ? fx(c.a("q3")) : fx(`SUM(${c.a("q0")}:${c.a("q3")})`),
          // planted: K6 % carries a stale cached result
          pct: fx(`ROUND(${c.a("jml")}/${c.a("sas")}*100,2)`, x.id === "k6" ? 79.42 : undefined),
        }),
      })),
    },
    1,
    top,
  );
  const m = s.table(
    {
      cols: [
        { key: "ur", head: ["Uraian"], role: "indikator", width: 30 },
        { key: "mati", head: ["Jumlah Kematian"], role: "realisasi", year: 2024, fmt: INT },
        { key: "kh", head: ["Lahir Hidup"], role: "lainnya", fmt: INT },
        { key: "ang", head: ["Angka"], role: "realisasi", year: 2024, fmt: DEC },
        { key: "per", head: ["Per"], role: "satuan", width: 14 },
      ],
      headerRows: 3,
      rows: [
        {
          id: "aki",
          cells: (c) => ({
            ur: "Angka Kematian Ibu (AKI)",
            mati: 11,
            kh: 6_912,
            ang: fx(`ROUND(${c.a("mati")}/${c.a("kh")}*100000,2)`),
            per: "100.000 KH",
          }),
        },
        {
          id: "akb",
          cells: (c) => ({
            ur: "Angka Kematian Bayi (AKB)",
            mati: 68,
            kh: 6_912,
            ang: fx(`ROUND(${c.a("mati")}/${c.a("kh")}*1000,2)`),
            per: "1.000 KH",
          }),
        },
      ],
    },
    12,
    top,
  );
  s.r = Math.max(s.r, t.lastDataRow + 1);
  s.gap();
  signature(s, 9, {
    tempat: "Lembo, 10 Januari 2025",
    jabatan: ["Kepala Bidang Kesehatan Masyarakat"],
    nama: "NI KOMANG SRIASIH, S.K.M., M.Kes.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19830511 200701 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => [0, 1, 2, 3].map((i) => a(`q${i}`, id)).join("+");
  const pct = (id: string) => `ROUND(${a("jml", id)}/${a("sas", id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("jml", "fas") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah persalinan di fasyankes is a typed 6,734; the four triwulan give 6,374",
    truth: qs("fas"),
  });
  b.plant({
    at: { sheet: S, cell: a("pct", "k6") },
    rules: ["capaian-mismatch"],
    note: "K6 % shows a stale cached 79.42; =ROUND(5437/7420*100,2) gives 73.28",
    truth: pct("k6"),
  });
  for (const id of ["k1", "k6", "kn"])
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: qs(id) });
  b.ok({ sheet: S, cell: a("jml", "uci"), rules: ["sum-mismatch"], truth: a("q3", "uci"), trap: qs("uci") });
  for (const id of ["k1", "kn", "uci"])
    b.ok({ sheet: S, cell: a("pct", id), rules: ["capaian-mismatch"], truth: pct(id) });
  b.ok({
    sheet: S,
    cell: m.a("ang", "aki"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${m.a("mati", "aki")}/${m.a("kh", "aki")}*100000,2)`,
    trap: `ROUND(${m.a("mati", "aki")}/${m.a("kh", "aki")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: m.a("ang", "akb"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND(${m.a("mati", "akb")}/${m.a("kh", "akb")}*1000,2)`,
  });
  return b.finish();
}
