// LKjIP, PK beside its Renstra, the BTS koridor recap and the angkutan pelajar recap of the two
// Dinas Perhubungan (Kepulauan Riau, Jawa Timur). Every name and number is invented.
import { BookW, DEC, INT, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 of the Dishub Kota Tanjung Selaras: a Realisasi 2023 column, refleksi on negatives. */
export function lkjipDishub(): BookW {
  const b = new BookW(
    "lkjip-2024-dishub-loadfactor-headway-tanjung-selaras.xlsx",
    "LKjIP pengukuran kinerja (Dishub)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Realisasi 2023 | Target 2024 | Realisasi 2024 | Capaian (%) | Predikat; ROUND formulas, refleksi on the two negative rows; Rata-rata row",
  );
  const S = "Tabel 3.2 Capaian";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Capaian Indikator Kinerja Dinas Perhubungan Kota Tanjung Selaras Tahun 2024",
    "(capaian indikator negatif dihitung dengan rumus refleksi: (2 x Target - Realisasi) / Target x 100)",
  ]);
  s.gap();
  const SAS = "Meningkatnya kinerja layanan angkutan umum perkotaan";
  const I = [
    { id: "i1", ind: "Load factor angkutan massal BTS", sat: "%", neg: false, r23: 52.6, t: 60, r: 57.3 },
    {
      id: "i2",
      ind: "Persentase ketepatan headway armada BTS",
      sat: "%",
      neg: false,
      r23: 68.2,
      t: 85,
      r: 71.9,
    },
    {
      id: "i3",
      ind: "Rata-rata waktu tunggu penumpang di halte",
      sat: "menit",
      neg: true,
      r23: 15.2,
      t: 12,
      r: 13.5,
    },
    {
      id: "i4",
      ind: "Jumlah kecelakaan yang melibatkan angkutan umum perkotaan",
      sat: "kejadian",
      neg: true,
      r23: 11,
      t: 10,
      r: 7,
    },
    {
      id: "i5",
      ind: "Persentase pelajar terlayani angkutan pelajar",
      sat: "%",
      neg: false,
      r23: 22.5,
      t: 40,
      r: 26.8,
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const word: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Baik",
    i3: "Baik",
    i4: "Sangat Baik",
    // planted: 67.00 is Cukup
    i5: "Baik",
  };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 42 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, fmt: DEC },
    { key: "t", head: ["Tahun 2024", "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Tahun 2024", "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["Tahun 2024", "% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Kategori"], role: "predikat" },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: [
      ...I.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          sas: SAS,
          ind: x.ind,
          sat: x.sat,
          r23: x.r23,
          t: x.t,
          r: x.r,
          // planted: the waiting time (negative) uses R / T like the positive rows
          c: fx(cap(x.id === "i3" ? false : x.neg, c.a("t"), c.a("r"))),
          p: word[x.id],
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
    "Kategori: > 90 Sangat Baik; > 75 s.d. 90 Baik; > 65 s.d. 75 Cukup; > 50 s.d. 65 Kurang; <= 50 Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i3") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Waiting time at the halte (lower is better) computed as R / T = 112.50; refleksi (2 x 12 - 13.5) / 12 gives 87.50",
    truth: cap(true, a("t", "i3"), a("r", "i3")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Kategori 'Baik' for a capaian of 67.00 (26.8 / 40); the band > 65 to 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: `ROUND(${a("r", "i4")}/${a("t", "i4")}*100,2)`,
  });
  for (const id of ["i1", "i2", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Dishub Kota Banyu Arum, with a Renstra sheet in Tahun ke- columns. */
export function pkDishub(): BookW {
  const b = new BookW(
    "pk-2025-renstra-dishub-banyu-arum.xlsx",
    "PK 2025 with Renstra (Dishub)",
    "sheet 'Renstra Dishub': Kondisi Awal | Tahun ke-1..5 (2025-2029 in the title) | Kondisi Akhir, a negative fatalitas row; sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target, then No | Kode | Program | Anggaran (Rp) | Ket with a typed Jumlah",
  );
  const R = "Renstra Dishub";
  const P = "PK 2025";
  const ind = [
    { id: "a", ind: "Load factor angkutan umum perkotaan", sat: "%", awal: 54, k: [58, 61, 64, 67, 70] },
    { id: "b", ind: "Persentase halte dalam kondisi baik", sat: "%", awal: 64.5, k: [70, 75, 80, 85, 90] },
    {
      id: "c",
      ind: "Fatalitas kecelakaan angkutan umum per 10.000 kendaraan",
      sat: "rasio",
      awal: 2.1,
      k: [1.8, 1.6, 1.4, 1.2, 1.0],
    },
  ];
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  rs.lines(["Target Indikator Kinerja Utama Renstra Dinas Perhubungan Kota Banyu Arum 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal"], role: "kondisi-awal", fmt: DEC },
      ...[1, 2, 3, 4, 5].map((y): Col => ({
        key: `y${y}`,
        head: ["Target", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        y1: x.k[0],
        y2: x.k[1],
        y3: x.k[2],
        y4: x.k[3],
        y5: x.k[4],
        ak: x.k[4],
      },
    })),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERHUBUNGAN KOTA BANYU ARUM"]);
  pk.lines([
    "Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai lampiran perjanjian ini,",
    "dalam rangka mencapai target kinerja jangka menengah seperti yang telah ditetapkan dalam dokumen perencanaan.",
  ]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target"], role: "target", fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: "Meningkatnya kualitas layanan dan keselamatan angkutan umum perkotaan",
        ind: x.ind,
        sat: x.sat,
        // planted: the halte target 75 is the Tahun ke-2 (2026) target; 2025 is 70
        tg: x.id === "b" ? x.k[1] : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    {
      id: "p1",
      kode: "2.15.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 6_842_375_000,
    },
    {
      id: "p2",
      kode: "2.15.02",
      nm: "Program Penyelenggaraan Lalu Lintas dan Angkutan Jalan (LLAJ)",
      rp: 34_918_640_000,
    },
  ];
  const gt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "kode", head: ["Kode"], role: "kode" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({
        id: x.id,
        cells: { no: i + 1, kode: x.kode, nm: x.nm, rp: x.rp, ket: "APBD" },
      })),
      // planted: Jumlah typed 41,671,015,000; the two programs add up to 41,761,015,000
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: 41_671_015_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Banyu Arum, 6 Januari 2025",
    jabatan: ["WALI KOTA BANYU ARUM"],
    nama: "H. SUGENG PRAMONO, S.H.",
    nip: "-",
  });
  const ra = (k: string, id: string) => `'${R}'!${rt.a(k, id)}`;
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of persentase halte kondisi baik is 75, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 70",
    truth: ra("y1", "b"),
  });
  b.plant({
    at: { sheet: P, cell: gt.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 41,671,015,000; 6,842,375,000 + 34,918,640,000 = 41,761,015,000",
    truth: `${gt.a("rp", "p1")}+${gt.a("rp", "p2")}`,
  });
  for (const id of ["a", "c"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: ra("y1", id),
      trap: ra("y2", id),
    });
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: [1, 2, 3, 4, 5].map((y) => rt.a(`y${y}`, id)).join("+"),
    });
  return b.finish();
}

/** Recap of the BTS koridor of Tanjung Selaras 2024: penumpang per quarter, load factor, subsidi per km. */
export function rekapBts(): BookW {
  const b = new BookW(
    "rekap-koridor-bts-subsidi-km-tanjung-selaras.xlsx",
    "Rekap koridor BTS (Dishub)",
    "one row per koridor: km tempuh | penumpang TW I-IV | (8) = (4)+(5)+(6)+(7) | kapasitas | (10) = (8)/(9) x 100 load factor | biaya per km | (12) = (3) x (11) subsidi; JUMLAH row with the load factor as a ratio of totals and the average cost as (12)/(3)",
  );
  const S = "Rekap BTS 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERHUBUNGAN KOTA TANJUNG SELARAS", "UPT ANGKUTAN MASSAL PERKOTAAN"]);
  s.lines(["Rekapitulasi Kinerja Layanan Angkutan Massal Skema Buy The Service per Koridor Tahun 2024"]);
  s.gap();
  const K = [
    {
      id: "k1",
      nm: "K1 Terminal Sei Lekop - Pelabuhan Tanjung Selaras",
      km: 612_400,
      q: [118_420, 124_315, 131_870, 139_205],
      cap: 880_000,
      rate: 12_850,
    },
    {
      id: "k2",
      nm: "K2 Bandara Raja Haji - Pasar Baru",
      km: 538_750,
      q: [96_310, 101_482, 99_875, 108_640],
      cap: 720_000,
      rate: 13_120,
    },
    {
      id: "k3",
      nm: "K3 Batu Hampar - Kampus Terpadu",
      km: 474_200,
      q: [71_905, 88_140, 64_230, 92_715],
      cap: 560_000,
      rate: 12_640,
    },
    {
      id: "k4",
      nm: "K4 Perumnas Seraya - RSUD Kota",
      km: 401_660,
      q: [52_380, 55_910, 58_045, 61_120],
      cap: 410_000,
      rate: 13_480,
    },
  ];
  const P = "Penumpang Terangkut (orang)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "nm", head: ["Koridor"], role: "lokasi", num: "(2)", width: 40 },
    { key: "km", head: ["Km Tempuh"], num: "(3)", fmt: INT },
    { key: "q1", head: [P, "TW I"], role: "realisasi", year: 2024, num: "(4)", fmt: INT },
    { key: "q2", head: [P, "TW II"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
    { key: "q3", head: [P, "TW III"], role: "realisasi", year: 2024, num: "(6)", fmt: INT },
    { key: "q4", head: [P, "TW IV"], role: "realisasi", year: 2024, num: "(7)", fmt: INT },
    { key: "jp", head: [P, "Jumlah"], role: "realisasi", year: 2024, num: "(8) = (4)+(5)+(6)+(7)", fmt: INT },
    { key: "cap", head: ["Kapasitas Tersedia (tempat duduk x rit)"], num: "(9)", fmt: INT },
    {
      key: "lf",
      head: ["Load Factor (%)"],
      role: "capaian",
      year: 2024,
      num: "(10) = (8)/(9) x 100",
      fmt: DEC,
    },
    { key: "rate", head: ["Biaya Operasional per Km (Rp)"], num: "(11)", fmt: RP },
    {
      key: "sub",
      head: ["Subsidi Dibayarkan (Rp)"],
      role: "realisasi-anggaran",
      year: 2024,
      num: "(12) = (3) x (11)",
      fmt: RP,
      width: 18,
    },
  ];
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((x, i): Row => ({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          nm: x.nm,
          km: x.km,
          q1: x.q[0],
          q2: x.q[1],
          q3: x.q[2],
          q4: x.q[3],
          // planted: K3's Jumlah typed 371,990; the quarters give 316,990
          jp: x.id === "k3" ? 371_990 : fx(`SUM(${c.a("q1")}:${c.a("q4")})`),
          cap: x.cap,
          // planted: K2's load factor has a stale cached result
          lf:
            x.id === "k2"
              ? fx(`ROUND(${c.a("jp")}/${c.a("cap")}*100,2)`, 52.41)
              : fx(`ROUND(${c.a("jp")}/${c.a("cap")}*100,2)`),
          rate: x.rate,
          sub: fx(`${c.a("km")}*${c.a("rate")}`),
        }),
      })),
      {
        id: "tot",
        span: ["no", "nm"],
        bold: true,
        cells: (c): Record<string, Cell> => {
          const col = (k: string) => fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k4")})`);
          return {
            no: "JUMLAH",
            km: col("km"),
            q1: col("q1"),
            q2: col("q2"),
            q3: col("q3"),
            q4: col("q4"),
            jp: col("jp"),
            cap: col("cap"),
            lf: fx(`ROUND(${c.a("jp")}/${c.a("cap")}*100,2)`),
            rate: fx(`ROUND(${c.a("sub")}/${c.a("km")},0)`),
            sub: col("sub"),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: subsidi = km tempuh x biaya operasional per km sesuai kontrak; load factor dihitung dari kapasitas tempat duduk.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Tanjung Selaras, 10 Januari 2025",
    jabatan: ["KEPALA UPT ANGKUTAN MASSAL PERKOTAAN"],
    nama: "NURHAYATI SIREGAR, S.E.",
    nip: "19830217 200903 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const qs = (id: string) => ["q1", "q2", "q3", "q4"].map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("jp", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "K3 Jumlah penumpang is a typed 371,990 among SUM formulas; 71,905 + 88,140 + 64,230 + 92,715 = 316,990",
    truth: qs("k3"),
  });
  b.plant({
    at: { sheet: S, cell: a("lf", "k2") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    note: "K2 load factor shows a stale cached 52.41; =ROUND(I/K*100,2) gives 406,307 / 720,000 = 56.43",
    truth: `ROUND(${a("jp", "k2")}/${a("cap", "k2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("lf", "tot"),
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    truth: `ROUND(${a("jp", "tot")}/${a("cap", "tot")}*100,2)`,
    trap: `ROUND((${["k1", "k2", "k3", "k4"].map((id) => a("lf", id)).join("+")})/4,2)`,
  });
  b.ok({
    sheet: S,
    cell: a("rate", "tot"),
    rules: ["sum-mismatch"],
    truth: `ROUND(${a("sub", "tot")}/${a("km", "tot")},0)`,
    trap: ["k1", "k2", "k3", "k4"].map((id) => a("rate", id)).join("+"),
    tol: 0.5,
  });
  for (const id of ["k1", "k2", "k4"])
    b.ok({ sheet: S, cell: a("jp", id), rules: ["sum-mismatch"], truth: qs(id) });
  for (const k of ["km", "q1", "q4", "sub"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["k1", "k2", "k3", "k4"].map((id) => a(k, id)).join("+"),
    });
  for (const id of ["k1", "k4"])
    b.ok({
      sheet: S,
      cell: a("lf", id),
      rules: ["ratio-components-mismatch", "capaian-mismatch"],
      truth: `ROUND(${a("jp", id)}/${a("cap", id)}*100,2)`,
    });
  return b.finish();
}

/** Angkutan pelajar of Kota Banyu Arum 2024: per kecamatan beside a per-quarter operations table. */
export function rekapPelajar(): BookW {
  const b = new BookW(
    "rekap-angkutan-pelajar-kecamatan-triwulan-banyu-arum.xlsx",
    "Rekap angkutan pelajar (Dishub)",
    "two tables side by side, one empty column between: per kecamatan sekolah | pelajar | terlayani | % = terlayani / pelajar x 100 with a TOTAL row (ratio of totals); per triwulan rit | pelajar terangkut | armada siap operasi (a level: Jumlah = TW IV) | biaya (Rp) with a Jumlah row",
  );
  const S = "Angkutan Pelajar 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERHUBUNGAN KOTA BANYU ARUM", "BIDANG ANGKUTAN - SEKSI ANGKUTAN PELAJAR"]);
  s.lines(["Rekapitulasi Layanan Angkutan Pelajar Gratis Tahun Anggaran 2024"]);
  s.gap();
  const top = s.r;
  const kec = [
    { id: "c1", nm: "Arum Tengah", sk: 24, pl: 3_260, tl: 1_418 },
    { id: "c2", nm: "Arum Utara", sk: 18, pl: 2_745, tl: 1_102 },
    { id: "c3", nm: "Kedung Sari", sk: 15, pl: 2_180, tl: 936 },
    { id: "c4", nm: "Banyu Wetan", sk: 21, pl: 1_180, tl: 1_124 },
    { id: "c5", nm: "Watu Gede", sk: 12, pl: 1_640, tl: 512 },
  ];
  const left = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
        { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "2", width: 16 },
        { key: "sk", head: ["Sekolah Dilayani"], num: "3", fmt: INT },
        { key: "pl", head: ["Jumlah Pelajar Pengguna Angkutan Umum"], num: "4", fmt: INT },
        {
          key: "tl",
          head: ["Pelajar Terlayani Angkutan Pelajar"],
          role: "realisasi",
          year: 2024,
          num: "5",
          fmt: INT,
        },
        { key: "p", head: ["% Terlayani"], role: "capaian", year: 2024, num: "6 = 5/4 x 100", fmt: DEC },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...kec.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            nm: x.nm,
            sk: x.sk,
            pl: x.pl,
            tl: x.tl,
            // planted: Banyu Wetan's % typed 105.08 (over 100); 1,124 / 1,180 = 95.25
            p: x.id === "c4" ? 105.08 : fx(`ROUND(${c.a("tl")}/${c.a("pl")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          span: ["no", "nm"],
          bold: true,
          cells: (c): Record<string, Cell> => ({
            no: "TOTAL",
            sk: fx(`SUM(${c.a("sk", "c1")}:${c.a("sk", "c5")})`),
            pl: fx(`SUM(${c.a("pl", "c1")}:${c.a("pl", "c5")})`),
            tl: fx(`SUM(${c.a("tl", "c1")}:${c.a("tl", "c5")})`),
            p: fx(`ROUND(${c.a("tl")}/${c.a("pl")}*100,2)`),
          }),
        },
      ],
    },
    1,
    top,
  );
  const tw = [
    { id: "t1", nm: "Triwulan I", rit: 2_940, pt: 88_120, ar: 18, rp: 612_450_000 },
    { id: "t2", nm: "Triwulan II", rit: 2_310, pt: 67_905, ar: 20, rp: 541_380_000 },
    { id: "t3", nm: "Triwulan III", rit: 3_125, pt: 94_660, ar: 22, rp: 688_215_000 },
    { id: "t4", nm: "Triwulan IV", rit: 3_360, pt: 101_845, ar: 24, rp: 734_900_000 },
  ];
  const right = s.table(
    {
      cols: [
        { key: "nm", head: ["Periode"], num: "a" },
        { key: "rit", head: ["Rit Dilayani"], role: "realisasi", year: 2024, num: "b", fmt: INT },
        {
          key: "pt",
          head: ["Pelajar Terangkut (orang-trip)"],
          role: "realisasi",
          year: 2024,
          num: "c",
          fmt: INT,
        },
        { key: "ar", head: ["Armada Siap Operasi (unit, akhir periode)"], num: "d", fmt: INT },
        {
          key: "rp",
          head: ["Biaya Operasional (Rp)"],
          role: "realisasi-anggaran",
          year: 2024,
          num: "e",
          fmt: RP,
          width: 18,
        },
      ],
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...tw.map((x): Row => ({ id: x.id, cells: { nm: x.nm, rit: x.rit, pt: x.pt, ar: x.ar, rp: x.rp } })),
        {
          id: "j",
          bold: true,
          cells: (c): Record<string, Cell> => ({
            nm: "Jumlah 2024",
            rit: fx(`SUM(${c.a("rit", "t1")}:${c.a("rit", "t4")})`),
            pt: fx(`SUM(${c.a("pt", "t1")}:${c.a("pt", "t4")})`),
            ar: fx(c.a("ar", "t4")),
            // planted: Jumlah biaya typed 2,567,945,000; the quarters add up to 2,576,945,000
            rp: 2_567_945_000,
          }),
        },
      ],
    },
    8,
    top,
  );
  s.r = Math.max(left.lastDataRow, right.lastDataRow) + 2;
  s.lines(["Sumber: laporan operator angkutan pelajar dan data Dinas Pendidikan Kota Banyu Arum."]);
  const a = (k: string, id: string) => left.a(k, id);
  const ar = (k: string, id: string) => right.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("p", "c4") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "Banyu Wetan % terlayani is a typed 105.08, over 100 where terlayani cannot exceed pelajar; 1,124 / 1,180 x 100 = 95.25",
    truth: `ROUND(${a("tl", "c4")}/${a("pl", "c4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: ar("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah biaya operasional is a typed 2,567,945,000; the four quarters add up to 2,576,945,000",
    truth: ["t1", "t2", "t3", "t4"].map((id) => ar("rp", id)).join("+"),
  });
  b.ok({
    sheet: S,
    cell: a("p", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("tl", "tot")}/${a("pl", "tot")}*100,2)`,
    trap: `ROUND((${["c1", "c2", "c3", "c5"].map((id) => a("p", id)).join("+")}+ROUND(${a("tl", "c4")}/${a("pl", "c4")}*100,2))/5,2)`,
  });
  b.ok({
    sheet: S,
    cell: ar("ar", "j"),
    rules: ["sum-mismatch"],
    truth: ar("ar", "t4"),
    trap: ["t1", "t2", "t3", "t4"].map((id) => ar("ar", id)).join("+"),
  });
  for (const k of ["rit", "pt"])
    b.ok({
      sheet: S,
      cell: ar(k, "j"),
      rules: ["sum-mismatch"],
      truth: ["t1", "t2", "t3", "t4"].map((id) => ar(k, id)).join("+"),
    });
  for (const k of ["pl", "tl"])
    b.ok({
      sheet: S,
      cell: a(k, "tot"),
      rules: ["sum-mismatch"],
      truth: ["c1", "c2", "c3", "c4", "c5"].map((id) => a(k, id)).join("+"),
    });
  for (const id of ["c1", "c3", "c5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("tl", id)}/${a("pl", id)}*100,2)`,
    });
  return b.finish();
}
