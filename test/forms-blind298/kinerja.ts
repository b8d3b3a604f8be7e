// LKjIP, PK beside its Renstra, the koperasi recap per kecamatan and the NIB / pelatihan / omzet
// recap per triwulan of two invented Dinas Koperasi dan UKM (Kalimantan Selatan, Sumatera Barat).
import { BookW, DEC, INT, RP, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";

/** LKjIP 2024 capaian table, Diskop UKM Tanjung Seruni: a Polaritas column is missing, the words say it. */
export function lkjipKoperasi(): BookW {
  const b = new BookW(
    "lkjip-2024-capaian-koperasi-umkm-tanjung-seruni.xlsx",
    "LKjIP capaian kinerja (Diskop UKM)",
    "LKjIP 2024 Tabel 3.2: Sasaran (merged) | Indikator Kinerja | Satuan | Target 2024 | Realisasi 2024 | % Capaian | Predikat | Ket; negative indicators marked '(-)' in the indicator text and refleksi (2T-R)/T; capaian as formulas; Rata-rata row",
  );
  const S = "Capaian IKU 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP) TAHUN 2024",
    "DINAS KOPERASI, UKM DAN PERDAGANGAN KOTA TANJUNG SERUNI",
  ]);
  s.lines(["Tabel 3.2 Capaian Indikator Kinerja Utama Tahun 2024"]);
  s.gap();
  const SAS1 = "Meningkatnya kualitas kelembagaan koperasi";
  const SAS2 = "Meningkatnya daya saing UMKM";
  const I = [
    { id: "i1", sas: SAS1, ind: "Persentase koperasi sehat", sat: "%", neg: false, t: 35, r: 31.2 },
    {
      id: "i2",
      sas: SAS1,
      ind: "Persentase koperasi yang tidak melaksanakan RAT tepat waktu (-)",
      sat: "%",
      neg: true,
      t: 30,
      r: 34.5,
    },
    { id: "i3", sas: SAS2, ind: "Pertumbuhan omzet UMKM binaan", sat: "%", neg: false, t: 8, r: 9.1 },
    {
      id: "i4",
      sas: SAS2,
      ind: "Persentase UMKM binaan yang gagal usaha (-)",
      sat: "%",
      neg: true,
      t: 6,
      r: 4.8,
    },
    { id: "i5", sas: SAS2, ind: "Jumlah UMKM naik kelas", sat: "unit", neg: false, t: 120, r: 87 },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const val = (neg: boolean, t: number, r: number) => round(((neg ? 2 * t - r : r) / t) * 100);
  const bands = (p: number) =>
    p > 90 ? "Sangat Baik" : p > 75 ? "Baik" : p > 65 ? "Cukup" : p > 50 ? "Kurang" : "Sangat Kurang";
  const cols: Col[] = [
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "t", head: ["Target 2024"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: ["Realisasi 2024"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: ["% Capaian"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: ["Predikat"], role: "predikat", year: 2024 },
    { key: "ket", head: ["Ket."], role: "keterangan" },
  ];
  const t = s.table({
    cols,
    headerRows: 1,
    vmerge: ["sas"],
    rows: [
      ...I.map((x): Row => ({
        id: x.id,
        cells: (c) => ({
          sas: x.sas,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted: the RAT row (negative) uses R / T like the positive rows
          c: fx(cap(x.id === "i2" ? false : x.neg, c.a("t"), c.a("r"))),
          // planted: "Baik" for UMKM naik kelas (72.50 is Cukup)
          p:
            x.id === "i5"
              ? "Baik"
              : x.id === "i2"
                ? bands(val(false, x.t, x.r))
                : bands(val(x.neg, x.t, x.r)),
          ket: x.neg ? "polaritas negatif" : undefined,
        }),
      })),
      {
        id: "avg",
        span: ["sas", "r"],
        cells: (c) => ({
          sas: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Capaian indikator negatif dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Koperasi tidak RAT tepat waktu (negative) computed as R / T = 115.00; refleksi (2 x 30 - 34.5) / 30 gives 85.00",
    truth: cap(true, a("t", "i2"), a("r", "i2")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Baik' for UMKM naik kelas 72.50 (87 / 120); the band > 65 - 75 is Cukup",
    truth: `PREDIKAT_BAIK(${a("c", "i5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i4"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    trap: cap(false, a("t", "i4"), a("r", "i4")),
  });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i3", "i4"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT_BAIK(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Diskop UKM Batang Lumpo with the Renstra 2025-2029 IKU on a second sheet. */
export function pkKoperasi(): BookW {
  const b = new BookW(
    "pk-2025-diskopukm-batang-lumpo-dengan-renstra.xlsx",
    "PK 2025 with Renstra (Diskop UKM)",
    "sheet 'PK Kadis 2025': No | Sasaran (merged) | Indikator Kinerja | Target | Satuan (Satuan after the target); program table No | Program | Anggaran (Rp) | Sumber Dana with a typed JUMLAH; sheet 'IKU Renstra' (first sheet): Kondisi Awal (2024) | 2025..2029 | Kondisi Akhir, number row",
  );
  const R = "IKU Renstra";
  const P = "PK Kadis 2025";
  const ind = [
    { id: "a", ind: "Persentase koperasi aktif", sat: "%", awal: 58.4, k: [60, 62.5, 65, 67.5, 70] },
    {
      id: "b",
      ind: "Persentase koperasi yang melaksanakan RAT tepat waktu",
      sat: "%",
      awal: 41,
      k: [45, 49, 53, 57, 61],
    },
    { id: "c", ind: "Persentase UMKM naik kelas", sat: "%", awal: 2.4, k: [2.8, 3.2, 3.6, 4.1, 4.5] },
    {
      id: "d",
      ind: "Jumlah wirausaha baru hasil pelatihan",
      sat: "orang",
      awal: 96,
      k: [110, 120, 130, 140, 150],
    },
  ];
  const YRS = [2025, 2026, 2027, 2028, 2029];
  const rs = b.sheet(R);
  const pk = b.sheet(P);
  rs.lines(["Indikator Kinerja Utama Renstra Dinas Koperasi dan UKM Kabupaten Batang Lumpo 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)" },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", num: "(2)", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)" },
      { key: "awal", head: ["Kondisi Kinerja Awal (2024)"], role: "kondisi-awal", year: 2024, num: "(4)" },
      ...YRS.map((y, i): Col => ({
        key: `y${y}`,
        head: ["Target Capaian Setiap Tahun", String(y)],
        role: "target",
        year: y,
        num: `(${5 + i})`,
      })),
      {
        key: "ak",
        head: ["Kondisi Kinerja pada Akhir Periode Renstra"],
        role: "kondisi-akhir",
        year: 2029,
        num: "(10)",
      },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: ind.map((x, i) => {
      const cells: Record<string, number | string> = {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ak: x.id === "d" ? x.k.reduce((p, q) => p + q, 0) : x.k[4],
      };
      YRS.forEach((y, j) => (cells[`y${y}`] = x.k[j]));
      return { id: x.id, cells };
    }),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA DINAS KOPERASI, USAHA KECIL DAN MENENGAH",
    "KABUPATEN BATANG LUMPO",
  ]);
  pk.lines(["Sasaran, indikator dan target kinerja yang diperjanjikan:"]);
  pk.gap();
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "sas", head: ["Sasaran"], role: "sasaran", width: 30 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 44 },
      { key: "tg", head: ["Target"], role: "target", year: 2025 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas: i < 2 ? "Meningkatnya kualitas kelembagaan koperasi" : "Meningkatnya UMKM yang berdaya saing",
        ind: x.ind,
        // planted: the RAT target is the Renstra 2026 value 49 (2025: 45)
        tg: x.id === "b" ? x.k[1] : x.k[0],
        sat: x.sat,
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 2_946_180_000 },
    { id: "p2", nm: "Program Pengawasan dan Pemeriksaan Koperasi", rp: 318_400_000 },
    { id: "p3", nm: "Program Pemberdayaan dan Perlindungan Koperasi", rp: 742_950_000 },
    {
      id: "p4",
      nm: "Program Pemberdayaan Usaha Menengah, Usaha Kecil dan Usaha Mikro (UMKM)",
      rp: 1_128_600_000,
    },
    { id: "p5", nm: "Program Pengembangan UMKM", rp: 1_346_200_000 },
  ];
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Sumber Dana"], role: "sumber-data" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, ket: "APBD 2025" } })),
      // planted: JUMLAH typed 6,372,330,000; the five programs give 6,482,330,000
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: 6_372_330_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Lubuk Lumpo, 6 Januari 2025",
    jabatan: ["Kepala Dinas Koperasi, Usaha Kecil dan Menengah"],
    nama: "AFRIZAL DT. RANGKAYO BASA, S.E., M.Si.",
    nip: "19720930 199803 1 005",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y2025", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of koperasi RAT tepat waktu is 49, the Renstra 2026 target; the Renstra 2025 target is 45",
    truth: `'${R}'!${rt.a("y2025", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggaran typed 6,372,330,000; the five programs add up to 6,482,330,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  const all = (id: string) => YRS.map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["a", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", id),
      trap: all(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "d"),
    rules: ["kondisi-akhir-mismatch"],
    truth: all("d"),
    trap: rt.a("y2029", "d"),
  });
  return b.finish();
}

/** Rekap koperasi per kecamatan, Kabupaten Batang Lumpo: aktif, sehat, RAT tepat waktu. */
export function rekapKoperasi(): BookW {
  const b = new BookW(
    "rekap-koperasi-aktif-rat-per-kecamatan-batang-lumpo.xlsx",
    "Rekap koperasi per kecamatan (Diskop UKM)",
    "Rekap per kecamatan 2024: Koperasi Terdaftar | Keadaan Koperasi > Aktif | Tidak Aktif | % Aktif | RAT Tepat Waktu | % RAT (of aktif) | Anggota (orang); number row '(2) = (3)+(4)', '(5) = (3)/(2) x 100', '(7) = (6)/(3) x 100'; JUMLAH row with the ratios of totals",
  );
  const S = "Rekap Koperasi";
  const s = b.sheet(S);
  s.lines(["DATA KOPERASI MENURUT KECAMATAN DI KABUPATEN BATANG LUMPO", "Keadaan 31 Desember 2024"]);
  s.gap();
  const K = [
    { id: "k1", nm: "Lubuk Lumpo", ak: 48, ta: 11, rat: 31, ang: 6_412 },
    { id: "k2", nm: "Batang Kapeh Hulu", ak: 23, ta: 9, rat: 12, ang: 2_187 },
    { id: "k3", nm: "Sungai Aro Barat", ak: 31, ta: 6, rat: 24, ang: 3_905 },
    { id: "k4", nm: "Koto Ranah", ak: 17, ta: 12, rat: 8, ang: 1_446 },
    { id: "k5", nm: "Pasia Lumpo", ak: 26, ta: 4, rat: 19, ang: 2_871 },
    { id: "k6", nm: "Tanjuang Gadang", ak: 14, ta: 7, rat: 6, ang: 1_093 },
  ];
  const t = s.table({
    cols: [
      { key: "kec", head: ["Kecamatan"], num: "(1)", width: 20 },
      {
        key: "jml",
        head: ["Koperasi Terdaftar"],
        role: "target",
        year: 2024,
        num: "(2) = (3)+(4)",
        fmt: INT,
      },
      { key: "ak", head: ["Keadaan Koperasi", "Aktif"], role: "realisasi", year: 2024, num: "(3)", fmt: INT },
      { key: "ta", head: ["Keadaan Koperasi", "Tidak Aktif"], num: "(4)", fmt: INT },
      { key: "pa", head: ["% Aktif"], role: "capaian", year: 2024, num: "(5) = (3)/(2) x 100", fmt: DEC },
      {
        key: "rat",
        head: ["Melaksanakan RAT Tepat Waktu"],
        role: "realisasi",
        year: 2024,
        num: "(6)",
        fmt: INT,
      },
      {
        key: "pr",
        head: ["% RAT terhadap Koperasi Aktif"],
        role: "capaian",
        year: 2024,
        num: "(7) = (6)/(3) x 100",
        fmt: DEC,
      },
      { key: "ang", head: ["Jumlah Anggota (orang)"], role: "lainnya", num: "(8)", fmt: INT },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...K.map((k): Row => ({
        id: k.id,
        cells: (c) => ({
          kec: k.nm,
          jml: fx(`${c.a("ak")}+${c.a("ta")}`),
          ak: k.ak,
          ta: k.ta,
          pa: fx(`ROUND(${c.a("ak")}/${c.a("jml")}*100,2)`),
          rat: k.rat,
          // planted: Koto Ranah's % RAT typed 147.06 while 8 / 17 gives 47.06
          pr: k.id === "k4" ? 147.06 : fx(`ROUND(${c.a("rat")}/${c.a("ak")}*100,2)`),
          ang: k.ang,
        }),
      })),
      {
        id: "tot",
        bold: true,
        cells: (c) => ({
          kec: "JUMLAH",
          jml: fx(`SUM(${c.a("jml", "k1")}:${c.a("jml", "k6")})`),
          ak: fx(`SUM(${c.a("ak", "k1")}:${c.a("ak", "k6")})`),
          ta: fx(`SUM(${c.a("ta", "k1")}:${c.a("ta", "k6")})`),
          pa: fx(`ROUND(${c.a("ak")}/${c.a("jml")}*100,2)`),
          rat: fx(`SUM(${c.a("rat", "k1")}:${c.a("rat", "k6")})`),
          pr: fx(`ROUND(${c.a("rat")}/${c.a("ak")}*100,2)`),
          // planted: Jumlah anggota one row short (Tanjuang Gadang left out)
          ang: fx(`SUM(${c.a("ang", "k1")}:${c.a("ang", "k5")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: ODS (Online Data System) Koperasi, diolah Bidang Kelembagaan Koperasi."]);
  const a = (k: string, id: string) => t.a(k, id);
  const ids = K.map((k) => k.id);
  b.plant({
    at: { sheet: S, cell: a("pr", "k4") },
    rules: ["percent-out-of-range", "capaian-mismatch", "hardcoded-value"],
    note: "% RAT of Koto Ranah typed 147.06 among formulas (more koperasi with RAT than active ones is impossible); 8 / 17 x 100 gives 47.06",
    truth: `ROUND(${a("rat", "k4")}/${a("ak", "k4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("ang", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH anggota is =SUM over five kecamatan (16,821); with Tanjuang Gadang's 1,093 it is 17,914",
    truth: `SUM(${a("ang", "k1")}:${a("ang", "k6")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pa", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("ak", "k1")}:${a("ak", "k6")})/SUM(${a("jml", "k1")}:${a("jml", "k6")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("pa", "k1")}:${a("pa", "k6")}),2)`,
  });
  b.ok({
    sheet: S,
    cell: a("pr", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${a("rat", "tot")}/${a("ak", "tot")}*100,2)`,
    trap: `ROUND(${a("rat", "tot")}/${a("jml", "tot")}*100,2)`,
  });
  for (const id of ids) {
    b.ok({ sheet: S, cell: a("jml", id), rules: ["sum-mismatch"], truth: `${a("ak", id)}+${a("ta", id)}` });
    b.ok({
      sheet: S,
      cell: a("pa", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("ak", id)}/${a("jml", id)}*100,2)`,
    });
  }
  for (const id of ["k1", "k3", "k6"])
    b.ok({
      sheet: S,
      cell: a("pr", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("rat", id)}/${a("ak", id)}*100,2)`,
    });
  for (const k of ["jml", "ak", "rat"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  return b.finish();
}

/** NIB terbit, pelatihan kewirausahaan and omzet UMKM binaan per triwulan, Kota Tanjung Seruni. */
export function rekapUmkm(): BookW {
  const b = new BookW(
    "rekap-nib-pelatihan-omzet-umkm-tanjung-seruni-2024.xlsx",
    "Rekap UMKM per triwulan (Diskop UKM)",
    "Two tables side by side on one sheet: left NIB terbit per triwulan (Mikro | Kecil | Menengah | Jumlah '(5) = (2)+(3)+(4)' | UMKM binaan aktif, a level at the end of each quarter) with TOTAL; right pelatihan kewirausahaan and omzet (Rp juta) per triwulan with Jumlah and growth; one blank column between",
  );
  const S = "UMKM 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KOPERASI, UKM DAN PERDAGANGAN KOTA TANJUNG SERUNI",
    "BIDANG USAHA MIKRO, KECIL DAN MENENGAH",
  ]);
  s.lines(["REKAPITULASI KINERJA LAYANAN UMKM TAHUN 2024"]);
  s.gap();
  const Q = [
    { id: "q1", tw: "Triwulan I", mi: 412, ke: 37, me: 4, akt: 1_284, pst: 60, lls: 57, om: 18_420.5 },
    { id: "q2", tw: "Triwulan II", mi: 538, ke: 45, me: 6, akt: 1_311, pst: 90, lls: 86, om: 19_876.25 },
    { id: "q3", tw: "Triwulan III", mi: 467, ke: 41, me: 3, akt: 1_347, pst: 75, lls: 71, om: 21_104.75 },
    { id: "q4", tw: "Triwulan IV", mi: 503, ke: 52, me: 7, akt: 1_362, pst: 45, lls: 44, om: 22_958 },
  ];
  const top = s.r;
  const t = s.table(
    {
      cols: [
        { key: "tw", head: ["Triwulan"], num: "(1)", width: 14 },
        {
          key: "mi",
          head: ["NIB Terbit menurut Skala Usaha", "Mikro"],
          role: "realisasi",
          year: 2024,
          num: "(2)",
          fmt: INT,
        },
        {
          key: "ke",
          head: ["NIB Terbit menurut Skala Usaha", "Kecil"],
          role: "realisasi",
          year: 2024,
          num: "(3)",
          fmt: INT,
        },
        {
          key: "me",
          head: ["NIB Terbit menurut Skala Usaha", "Menengah"],
          role: "realisasi",
          year: 2024,
          num: "(4)",
          fmt: INT,
        },
        {
          key: "j",
          head: ["NIB Terbit menurut Skala Usaha", "Jumlah"],
          role: "realisasi",
          year: 2024,
          num: "(5) = (2)+(3)+(4)",
          fmt: INT,
        },
        {
          key: "akt",
          head: ["UMKM Binaan Aktif (akhir triwulan)"],
          role: "realisasi",
          year: 2024,
          num: "(6)",
          fmt: INT,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...Q.map((q): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.tw,
            mi: q.mi,
            ke: q.ke,
            me: q.me,
            // planted: Triwulan II's Jumlah has a stale cached 579 (before 10 NIB kecil were added); it gives 589
            j: fx(`${c.a("mi")}+${c.a("ke")}+${c.a("me")}`, q.id === "q2" ? 579 : undefined),
            akt: q.akt,
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            tw: "TOTAL 2024",
            mi: fx(`SUM(${c.a("mi", "q1")}:${c.a("mi", "q4")})`),
            ke: fx(`SUM(${c.a("ke", "q1")}:${c.a("ke", "q4")})`),
            me: fx(`SUM(${c.a("me", "q1")}:${c.a("me", "q4")})`),
            j: fx(`SUM(${c.a("mi")}:${c.a("me")})`),
            akt: fx(c.a("akt", "q4")),
          }),
        },
      ],
    },
    1,
    top,
  );
  const u = s.table(
    {
      cols: [
        { key: "tw", head: ["Periode"], width: 14 },
        {
          key: "pst",
          head: ["Pelatihan Kewirausahaan", "Peserta (orang)"],
          role: "target",
          year: 2024,
          fmt: INT,
        },
        {
          key: "lls",
          head: ["Pelatihan Kewirausahaan", "Lulus (orang)"],
          role: "realisasi",
          year: 2024,
          fmt: INT,
        },
        { key: "pl", head: ["Pelatihan Kewirausahaan", "% Lulus"], role: "capaian", year: 2024, fmt: DEC },
        { key: "om", head: ["Omzet UMKM Binaan (Rp juta)"], role: "realisasi", year: 2024, fmt: "#,##0.00" },
        {
          key: "g",
          head: ["Pertumbuhan Omzet thd Triwulan Sebelumnya (%)"],
          role: "pertumbuhan",
          year: 2024,
          fmt: DEC,
        },
      ],
      headerRows: 2,
      rows: [
        ...Q.map((q, i): Row => ({
          id: q.id,
          cells: (c) => ({
            tw: q.tw,
            pst: q.pst,
            lls: q.lls,
            pl: fx(`ROUND(${c.a("lls")}/${c.a("pst")}*100,2)`),
            om: q.om,
            g:
              i === 0
                ? "-"
                : fx(`ROUND((${c.a("om")}-${c.a("om", Q[i - 1].id)})/${c.a("om", Q[i - 1].id)}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            tw: "Jumlah",
            pst: fx(`SUM(${c.a("pst", "q1")}:${c.a("pst", "q4")})`),
            // planted: Jumlah lulus typed 248; 57 + 86 + 71 + 44 give 258
            lls: 248,
            pl: fx(`ROUND(SUM(${c.a("lls", "q1")}:${c.a("lls", "q4")})/${c.a("pst")}*100,2)`),
            om: fx(`SUM(${c.a("om", "q1")}:${c.a("om", "q4")})`),
          }),
        },
      ],
    },
    8,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: UMKM binaan aktif adalah posisi akhir triwulan; kolom TOTAL mengambil posisi Triwulan IV.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Tanjung Seruni, 8 Januari 2025",
    jabatan: ["Kepala Bidang Usaha Mikro, Kecil dan Menengah"],
    nama: "MUHAMMAD FADLI ANSHARI, S.T., M.M.",
    pangkat: "Penata Tingkat I (III/d)",
    nip: "19840213 200904 1 002",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const c = (k: string, id: string) => u.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("j", "q2") },
    rules: ["sum-mismatch"],
    note: "Jumlah NIB of Triwulan II shows a stale cached 579; its formula 538 + 45 + 6 gives 589",
    truth: `${a("mi", "q2")}+${a("ke", "q2")}+${a("me", "q2")}`,
  });
  b.plant({
    at: { sheet: S, cell: c("lls", "tot") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah lulus pelatihan typed 248 among formulas; the quarters give 258",
    truth: `SUM(${c("lls", "q1")}:${c("lls", "q4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("akt", "tot"),
    rules: ["sum-mismatch"],
    truth: a("akt", "q4"),
    trap: `SUM(${a("akt", "q1")}:${a("akt", "q4")})`,
  });
  for (const id of ["q1", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: a("j", id),
      rules: ["sum-mismatch"],
      truth: `${a("mi", id)}+${a("ke", id)}+${a("me", id)}`,
    });
  for (const k of ["mi", "ke", "me"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "q1")}:${a(k, "q4")})` });
  b.ok({
    sheet: S,
    cell: c("pl", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(SUM(${c("lls", "q1")}:${c("lls", "q4")})/${c("pst", "tot")}*100,2)`,
    trap: `ROUND(AVERAGE(${c("pl", "q1")}:${c("pl", "q4")}),2)`,
  });
  for (const id of ["q1", "q2", "q3", "q4"])
    b.ok({
      sheet: S,
      cell: c("pl", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${c("lls", id)}/${c("pst", id)}*100,2)`,
    });
  b.ok({
    sheet: S,
    cell: c("g", "q3"),
    rules: ["growth-mismatch"],
    truth: `ROUND((${c("om", "q3")}-${c("om", "q2")})/${c("om", "q2")}*100,2)`,
  });
  b.ok({
    sheet: S,
    cell: c("om", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${c("om", "q1")}:${c("om", "q4")})`,
    trap: c("om", "q4"),
  });
  return b.finish();
}
