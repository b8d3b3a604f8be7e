// LKjIP, PK with its Renstra, the retribusi objek wisata recap and the homestay desa wisata /
// subsektor ekraf recap of the two Disparekraf (Batang Kelawi, Sumatera Barat; Lombok Selaparang,
// Nusa Tenggara Barat). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fmt,
  fx,
  letterhead,
  signature,
  sum,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

const PCT = "0.00%";
const FRAC = 0.00006;

/** LKjIP 2024 of the Disparekraf Batang Kelawi: capaian as fractions with a % format. */
export function lkjipPariwisata(): BookW {
  const b = new BookW(
    "lkjip-kunjungan-retribusi-disparekraf-batang-kelawi.xlsx",
    "LKjIP pengukuran kinerja (Disparekraf)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran | Indikator | Satuan | Realisasi 2023 | Tahun 2024 > Target | Realisasi | Capaian | Predikat | Target Akhir Renstra 2026 | Capaian thd Renstra; capaian are ROUND(...,4) fractions shown as 0.00%; refleksi on the negative rows",
  );
  const S = "Tabel 3.2";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2 Pengukuran Kinerja Sasaran Strategis Dinas Pariwisata dan Ekonomi Kreatif",
    "Kabupaten Batang Kelawi Tahun 2024",
  ]);
  s.gap();
  const I = [
    {
      id: "i1",
      ind: "Jumlah kunjungan wisatawan",
      sat: "orang",
      neg: false,
      r23: 412_350,
      t: 450_000,
      r: 468_920,
      ak: 520_000,
    },
    {
      id: "i2",
      ind: "Kontribusi sektor pariwisata terhadap PDRB",
      sat: "%",
      neg: false,
      r23: 4.12,
      t: 4.5,
      r: 4.31,
      ak: 5.2,
    },
    {
      id: "i3",
      ind: "Tingkat kebocoran retribusi objek wisata",
      sat: "%",
      neg: true,
      r23: 14.5,
      t: 12,
      r: 9.6,
      ak: 8,
    },
    {
      id: "i4",
      ind: "Jumlah aduan wisatawan atas pelayanan objek wisata",
      sat: "kasus",
      neg: true,
      r23: 52,
      t: 40,
      r: 46,
      ak: 30,
    },
    {
      id: "i5",
      ind: "Persentase pelaku ekonomi kreatif bersertifikat HKI",
      sat: "%",
      neg: false,
      r23: 11.8,
      t: 18,
      r: 15.3,
      ak: 30,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 28 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan" },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024 },
    { key: "c", head: [G, "Capaian"], role: "capaian", year: 2024, fmt: PCT },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
    { key: "ak", head: ["Target Akhir Renstra (2026)"], role: "target" },
    { key: "cak", head: ["Capaian terhadap Target Akhir Renstra"], role: "capaian", fmt: PCT },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t},4)` : `ROUND(${r}/${t},4)`;
  // planted: the Kontribusi PDRB capaian keeps a stale cached 0.8724 (4.31 / 4.5 gives 0.9578)
  const STALE = 0.8724;
  const pred: Record<string, string> = {
    i1: "Sangat Baik",
    i2: "Sangat Baik",
    i3: "Sangat Baik",
    i4: "Sangat Baik",
    i5: "Baik",
  };
  const t = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: I.map((x, i): Row => ({
      id: x.id,
      cells: (c) => ({
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kontribusi pariwisata bagi ekonomi daerah"
            : "Meningkatnya kualitas tata kelola destinasi dan ekraf",
        ind: x.ind,
        sat: x.sat,
        r23: x.r23,
        t: x.t,
        r: x.r,
        // planted: the aduan row (negative) got the R / T formula of the positive rows
        c: fx(cap(x.neg && x.id !== "i4", c.a("t"), c.a("r")), x.id === "i2" ? STALE : undefined),
        p: pred[x.id],
        ak: x.ak,
        cak: fx(cap(x.neg, c.a("ak"), c.a("r"))),
      }),
    })),
  });
  s.gap();
  s.lines([
    "Capaian indikator negatif (kebocoran, aduan) = (2 x Target - Realisasi) / Target.",
    "Predikat: > 90% Sangat Baik; > 75% - 90% Baik; > 65% - 75% Cukup; > 50% - 65% Kurang; <= 50% Sangat Kurang.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i2") },
    rules: ["capaian-mismatch"],
    note: "Capaian of Kontribusi pariwisata terhadap PDRB shows a stale cached 87.24%; its formula 4.31 / 4.5 gives 95.78%",
    truth: cap(false, a("t", "i2"), a("r", "i2")),
    tol: FRAC,
  });
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "Jumlah aduan wisatawan (negative) computed with R / T = 115.00%; refleksi (2 x 40 - 46) / 40 gives 85.00%",
    truth: cap(true, a("t", "i4"), a("r", "i4")),
    tol: FRAC,
  });
  b.ok({
    sheet: S,
    cell: a("c", "i3"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: cap(true, a("t", "i3"), a("r", "i3")),
    trap: cap(false, a("t", "i3"), a("r", "i3")),
    tol: FRAC,
  });
  for (const id of ["i1", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
      tol: FRAC,
    });
  for (const id of ["i1", "i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("p", id),
      rules: ["predikat-mismatch"],
      truth: `PREDIKAT_BAIK(${a("c", id)}*100)`,
    });
  b.ok({
    sheet: S,
    cell: a("cak", "i3"),
    rules: ["capaian-mismatch"],
    truth: cap(true, a("ak", "i3"), a("r", "i3")),
    trap: cap(false, a("ak", "i3"), a("r", "i3")),
    tol: FRAC,
  });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("cak", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("ak", id), a("r", id)),
      tol: FRAC,
    });
  return b.finish();
}

/** PK 2025 of the Kepala Disparekraf Lombok Selaparang, beside a Renstra sheet with Tahun ke-1..5. */
export function pkPariwisata(): BookW {
  const b = new BookW(
    "pk-2025-renstra-disparekraf-lombok-selaparang.xlsx",
    "PK 2025 with Renstra (Disparekraf)",
    "sheet 'PK 2025': statement, No | Sasaran | Indikator | Satuan | Target 2025; No | Program | Anggaran (Rp) | Sumber Dana with a typed Jumlah; two signers; sheet 'Renstra': title 2025-2029, Kondisi Awal 2024 | Target Tahun ke-1..ke-5 | Kondisi Akhir",
  );
  const R = "Renstra";
  const P = "PK 2025";
  const ind = [
    {
      id: "a",
      ind: "Jumlah kunjungan wisatawan mancanegara",
      sat: "orang",
      awal: 86_400,
      k: [92_000, 98_500, 105_000, 112_000, 120_000],
      ak: 120_000,
    },
    {
      id: "b",
      ind: "Tingkat hunian homestay desa wisata",
      sat: "%",
      awal: 38,
      k: [42, 45, 48, 52, 55],
      ak: 55,
    },
    {
      id: "c",
      ind: "Persentase kebocoran retribusi objek wisata",
      sat: "%",
      awal: 15,
      k: [13, 11.5, 10, 8.5, 7],
      ak: 7,
    },
    {
      id: "d",
      ind: "Jumlah produk ekonomi kreatif yang didaftarkan HKI",
      sat: "produk",
      awal: 34,
      k: [40, 45, 50, 55, 60],
      ak: 250,
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines([
    "Tujuan, Sasaran dan Target Kinerja Renstra Dinas Pariwisata dan Ekonomi Kreatif",
    "Kabupaten Lombok Selaparang Tahun 2025-2029",
  ]);
  rs.gap();
  const ys = [1, 2, 3, 4, 5];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "ind", head: ["Indikator Kinerja Sasaran"], role: "indikator", width: 44 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...ys.map((y): Col => ({
        key: `y${y}`,
        head: ["Target Kinerja", `Tahun ke-${y}`],
        role: "target",
        year: 2024 + y,
      })),
      { key: "ak", head: ["Kondisi Akhir Periode Renstra"], role: "kondisi-akhir" },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        ind: x.ind,
        sat: x.sat,
        awal: x.awal,
        ...Object.fromEntries(ys.map((y) => [`y${y}`, x.k[y - 1]])),
        ak: x.ak,
      },
    })),
  });
  letterhead(pk, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "DINAS PARIWISATA DAN EKONOMI KREATIF KABUPATEN LOMBOK SELAPARANG",
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
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: {
        no: i + 1,
        sas:
          i < 2
            ? "Meningkatnya kunjungan dan lama tinggal wisatawan"
            : "Meningkatnya tata kelola destinasi dan ekraf",
        ind: x.ind,
        sat: x.sat,
        // planted: the homestay target is the Renstra Tahun ke-2 (2026) value 45; 2025 is 42
        tg: x.id === "b" ? 45 : x.k[0],
      },
    })),
  });
  pk.gap();
  const prog = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 6_418_275_000 },
    { id: "p2", nm: "Program Peningkatan Daya Tarik Destinasi Pariwisata", rp: 4_862_150_000 },
    { id: "p3", nm: "Program Pemasaran Pariwisata", rp: 3_275_900_000 },
    {
      id: "p4",
      nm: "Program Pengembangan Ekonomi Kreatif melalui Pemanfaatan dan Perlindungan Hak Kekayaan Intelektual",
      rp: 1_148_600_000,
    },
    { id: "p5", nm: "Program Pengembangan Sumber Daya Pariwisata dan Ekonomi Kreatif", rp: 987_450_000 },
  ];
  // planted: Jumlah typed 16,629,375,000 (the programs add up to 16,692,375,000)
  const JUMLAH = 16_629_375_000;
  if (sum(prog.map((x) => x.rp)) === JUMLAH) throw new Error("PK Jumlah plant is right");
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no" },
      { key: "nm", head: ["Program"], width: 50 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "sd", head: ["Sumber Dana"], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...prog.map((x, i): Row => ({ id: x.id, cells: { no: i + 1, nm: x.nm, rp: x.rp, sd: "APBD" } })),
      { id: "j", span: ["no", "nm"], bold: true, cells: { no: "Jumlah", rp: JUMLAH } },
    ],
  });
  pk.gap();
  const top = pk.r;
  signature(pk, 2, {
    tempat: "Pihak Kedua,",
    jabatan: ["BUPATI LOMBOK SELAPARANG"],
    nama: "H. LALU AHMAD FAHRUROZI, S.H.",
    nip: "-",
  });
  pk.r = top;
  signature(pk, 4, {
    tempat: "Selong Baru, 2 Januari 2025",
    jabatan: ["Pihak Pertama,", "KEPALA DINAS PARIWISATA DAN EKONOMI KREATIF"],
    nama: "LALU MUHAMMAD ZAINUL ASHARI, S.Par., M.Si.",
    nip: "19780417 200312 1 009",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "b") },
        { sheet: R, cell: rt.a("y1", "b") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the tingkat hunian homestay is 45, the Renstra Tahun ke-2 (2026) target; Tahun ke-1 (2025) is 42",
    truth: `'${R}'!${rt.a("y1", "b")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah is a typed 16,629,375,000; the five programs add up to 16,692,375,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p5")})`,
  });
  for (const id of ["a", "c", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y1", id)}`,
    });
  const all = (id: string) => ys.map((y) => rt.a(`y${y}`, id)).join("+");
  for (const id of ["b", "c"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y5", id),
      trap: all(id),
    });
  b.ok({
    sheet: R,
    cell: rt.a("ak", "d"),
    rules: ["kondisi-akhir-mismatch"],
    truth: all("d"),
    trap: rt.a("y5", "d"),
  });
  b.ok({ sheet: R, cell: rt.a("y5", "c"), rules: ["target-trend"], truth: "7" });
  return b.finish();
}

/** Retribusi objek wisata per objek and per triwulan, Disparekraf Batang Kelawi, Rp in thousands. */
export function retribusiObjek(): BookW {
  const b = new BookW(
    "rekap-retribusi-objek-wisata-batang-kelawi.xlsx",
    "Rekap retribusi objek wisata (Disparekraf)",
    "Per objek wisata: Target | Realisasi Triwulan I..IV | Jumlah (8) = (4)+(5)+(6)+(7) | Capaian (9) = (8)/(3) x 100 | Kontribusi (10) = (8)/Jumlah(8) x 100; '(dalam ribuan rupiah)'; the JUMLAH row adds the quarter totals across, its capaian is the ratio of totals",
  );
  const S = "Retribusi 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BATANG KELAWI", "DINAS PARIWISATA DAN EKONOMI KREATIF"]);
  s.lines([
    "REKAPITULASI TARGET DAN REALISASI RETRIBUSI TEMPAT REKREASI DAN OLAHRAGA (OBJEK WISATA) TAHUN 2024",
    "(dalam ribuan rupiah)",
  ]);
  s.gap();
  const O = [
    {
      id: "o1",
      nm: "Pantai Air Manis Kelawi",
      kec: "Koto Kelawi",
      tg: 1_850_000,
      q: [312_400, 468_750, 402_100, 655_300],
    },
    {
      id: "o2",
      nm: "Danau Sirambai",
      kec: "Lubuk Sirambai",
      tg: 1_200_000,
      q: [245_600, 318_900, 289_450, 402_800],
    },
    {
      id: "o3",
      nm: "Air Terjun Lubuk Tampang",
      kec: "Tampang Hilir",
      tg: 420_000,
      q: [68_200, 95_400, 84_750, 121_600],
    },
    {
      id: "o4",
      nm: "Agrowisata Bukit Tinjau",
      kec: "Koto Kelawi",
      tg: 350_000,
      q: [61_300, 88_450, 79_200, 96_800],
    },
    {
      id: "o5",
      nm: "Pemandian Air Panas Sungai Rumbai",
      kec: "Sungai Rumbai",
      tg: 275_000,
      q: [58_900, 71_250, 66_400, 83_100],
    },
    {
      id: "o6",
      nm: "Goa Batu Kapur Talang",
      kec: "Tampang Hilir",
      tg: 90_000,
      q: [12_450, 18_300, 15_900, 22_650],
    },
  ];
  const RL = "Realisasi";
  const qs = ["q1", "q2", "q3", "q4"];
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Objek Wisata"], role: "indikator", num: "(2)", width: 30 },
      { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 16 },
      { key: "tg", head: ["Target Retribusi"], role: "anggaran", year: 2024, num: "(3)", fmt: RP },
      ...qs.map((k, i): Col => ({
        key: k,
        head: [RL, `Triwulan ${["I", "II", "III", "IV"][i]}`],
        role: "realisasi-anggaran",
        year: 2024,
        num: `(${4 + i})`,
        fmt: RP,
      })),
      {
        key: "j",
        head: [RL, "Jumlah"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(8) = (4)+(5)+(6)+(7)",
        fmt: RP,
      },
      { key: "c", head: ["Capaian (%)"], role: "capaian", year: 2024, num: "(9) = (8)/(3) x 100", fmt: DEC },
      { key: "kt", head: ["Kontribusi (%)"], role: "lainnya", num: "(10)", fmt: DEC },
    ],
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (c) => ({
          no: i + 1,
          nm: o.nm,
          kec: o.kec,
          tg: o.tg,
          ...Object.fromEntries(qs.map((k, n) => [k, o.q[n]])),
          // planted: Air Terjun Lubuk Tampang's Jumlah stops at Triwulan III
          j: fx(`SUM(${c.a("q1")}:${c.a(o.id === "o3" ? "q3" : "q4")})`),
          c: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
          // planted: a stale cached kontribusi for Pantai Air Manis
          kt: fx(`ROUND(${c.a("j")}/$${c.c("j")}$${c.row("tot")}*100,2)`, o.id === "o1" ? 43.15 : undefined),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "kec"],
        cells: (c) => ({
          no: "JUMLAH",
          tg: fx(`SUM(${c.a("tg", "o1")}:${c.a("tg", "o6")})`),
          ...Object.fromEntries(qs.map((k) => [k, fx(`SUM(${c.a(k, "o1")}:${c.a(k, "o6")})`)])),
          j: fx(qs.map((k) => c.a(k)).join("+")),
          c: fx(`ROUND(${c.a("j")}/${c.a("tg")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Bidang Destinasi Pariwisata, rekap karcis masuk objek wisata dikelola Pemda."]);
  s.gap();
  signature(s, 9, {
    tempat: "Koto Kelawi, 10 Januari 2025",
    jabatan: ["KEPALA BIDANG DESTINASI PARIWISATA"],
    nama: "YULIASTRI RAHMI, S.E., M.Si.",
    nip: "19850703 201001 2 014",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const q4 = (id: string) => qs.map((k) => a(k, id)).join("+");
  b.plant({
    at: { sheet: S, cell: a("j", "o3") },
    rules: ["sum-mismatch"],
    note: "Jumlah realisasi of Air Terjun Lubuk Tampang is =SUM over Triwulan I-III (248,350); with Triwulan IV's 121,600 it is 369,950",
    truth: q4("o3"),
  });
  b.plant({
    at: { sheet: S, cell: a("kt", "o1") },
    rules: ["capaian-mismatch"],
    note: "Kontribusi of Pantai Air Manis Kelawi has a stale cached 43.15; its formula gives 44.41 (1,838,550 / 4,139,950)",
    truth: `ROUND(${a("j", "o1")}/${a("j", "tot")}*100,2)`,
  });
  for (const id of ["o1", "o2", "o4", "o5", "o6"]) {
    b.ok({ sheet: S, cell: a("j", id), rules: ["sum-mismatch"], truth: q4(id) });
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("j", id)}/${a("tg", id)}*100,2)`,
    });
  }
  b.ok({ sheet: S, cell: a("j", "tot"), rules: ["sum-mismatch"], truth: q4("tot") });
  b.ok({
    sheet: S,
    cell: a("c", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND((${qs.map((k) => `SUM(${a(k, "o1")}:${a(k, "o6")})`).join("+")})/SUM(${a("tg", "o1")}:${a("tg", "o6")})*100,2)`,
    trap: `ROUND(AVERAGE(${O.map((o) => a("c", o.id)).join(",")}),2)`,
  });
  for (const k of ["tg", "q4"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o1")}:${a(k, "o6")})` });
  return b.finish();
}

/** Homestay desa wisata per kecamatan and, beside it, subsektor ekraf with HKI: Lombok Selaparang. */
export function homestayEkraf(): BookW {
  const b = new BookW(
    "homestay-desa-wisata-subsektor-ekraf-lombok-selaparang.xlsx",
    "Rekap homestay desa wisata dan subsektor ekraf (Disparekraf)",
    "Per kecamatan: Desa Wisata | Homestay | Kamar (3) | Kamar-malam Tersedia (4) = (3) x 366 | Terjual (5) | Tingkat Hunian (6) = (5)/(4) x 100, JUMLAH with the ratio of totals; beside it (one empty column) Subsektor | Pelaku Usaha | Ber-HKI | % Ber-HKI with Jumlah",
  );
  const S = "Homestay & Ekraf 2024";
  const s = b.sheet(S);
  s.lines([
    "DINAS PARIWISATA DAN EKONOMI KREATIF KABUPATEN LOMBOK SELAPARANG",
    "Rekapitulasi Homestay Desa Wisata dan Pelaku Ekonomi Kreatif Tahun 2024",
  ]);
  s.gap();
  const K = [
    { id: "k1", nm: "Selaparang Utara", dw: 4, hs: 38, km: 96, jl: 14_820 },
    { id: "k2", nm: "Sembalun Raya", dw: 6, hs: 72, km: 188, jl: 39_450 },
    { id: "k3", nm: "Pringgabaya Timur", dw: 3, hs: 21, km: 47, jl: 6_930 },
    { id: "k4", nm: "Suela Baru", dw: 2, hs: 15, km: 33, jl: 3_985 },
    { id: "k5", nm: "Labuhan Selatan", dw: 3, hs: 26, km: 61, jl: 9_870 },
  ];
  const top = s.r;
  const t = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nm", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 20 },
      { key: "dw", head: ["Desa Wisata"], fmt: INT },
      { key: "hs", head: ["Homestay Terdaftar"], fmt: INT },
      { key: "km", head: ["Jumlah Kamar"], num: "(3)", fmt: INT },
      { key: "td", head: ["Kamar-malam Tersedia"], num: "(4) = (3) x 366", fmt: INT },
      { key: "jl", head: ["Kamar-malam Terjual"], role: "realisasi", year: 2024, num: "(5)", fmt: INT },
      {
        key: "h",
        head: ["Tingkat Hunian (%)"],
        role: "capaian",
        year: 2024,
        num: "(6) = (5)/(4) x 100",
        fmt: DEC,
      },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (c) => ({
          no: i + 1,
          nm: k.nm,
          dw: k.dw,
          hs: k.hs,
          km: k.km,
          td: fx(`${c.a("km")}*366`),
          jl: k.jl,
          // planted: Pringgabaya Timur's hunian typed 104.15 (6,930 / 17,202 = 40.29)
          h: k.id === "k3" ? fmt(104.15, DEC) : fx(`ROUND(${c.a("jl")}/${c.a("td")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "nm"],
        cells: (c) => {
          const out: Record<string, Cell> = { no: "JUMLAH" };
          for (const k of ["dw", "hs", "td", "jl"]) out[k] = fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`);
          // planted: Jumlah Kamar one row short
          out.km = fx(`SUM(${c.a("km", "k1")}:${c.a("km", "k4")})`);
          out.h = fx(`ROUND(${c.a("jl")}/${c.a("td")}*100,2)`);
          return out;
        },
      },
    ],
  });
  const E = [
    { id: "e1", nm: "Kuliner", n: 412, h: 38 },
    { id: "e2", nm: "Kriya (tenun, gerabah)", n: 265, h: 41 },
    { id: "e3", nm: "Fesyen", n: 148, h: 19 },
    { id: "e4", nm: "Musik", n: 36, h: 4 },
    { id: "e5", nm: "Fotografi", n: 52, h: 7 },
  ];
  const et = s.table(
    {
      cols: [
        { key: "nm", head: ["Subsektor Ekonomi Kreatif"], width: 24 },
        { key: "n", head: ["Pelaku Usaha"], role: "realisasi", year: 2024, fmt: INT },
        { key: "h", head: ["Bersertifikat HKI"], role: "realisasi", year: 2024, fmt: INT },
        { key: "p", head: ["% Ber-HKI"], role: "capaian", year: 2024, fmt: DEC },
      ],
      headerRows: 1,
      rows: [
        ...E.map((e): Row => ({
          id: e.id,
          cells: (c) => ({ nm: e.nm, n: e.n, h: e.h, p: fx(`ROUND(${c.a("h")}/${c.a("n")}*100,2)`) }),
        })),
        {
          id: "j",
          bold: true,
          cells: (c) => ({
            nm: "Jumlah",
            n: fx(`SUM(${c.a("n", "e1")}:${c.a("n", "e5")})`),
            h: fx(`SUM(${c.a("h", "e1")}:${c.a("h", "e5")})`),
            p: fx(`ROUND(${c.a("h")}/${c.a("n")}*100,2)`),
          }),
        },
      ],
    },
    10,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: tahun 2024 = 366 malam. Data homestay dari Pokdarwis, data pelaku ekraf dari OSS dan DJKI.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Selong Baru, 8 Januari 2025",
    jabatan: ["KEPALA BIDANG EKONOMI KREATIF"],
    nama: "BAIQ NURUL HIDAYATI, S.Sos.",
    nip: "19860512 201101 2 008",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("h", "k3") },
    rules: ["percent-out-of-range", "capaian-mismatch"],
    note: "Tingkat hunian of Pringgabaya Timur is a typed 104.15 (over 100, impossible for an occupancy); 6,930 / 17,202 x 100 gives 40.29",
    truth: `ROUND(${a("jl", "k3")}/${a("td", "k3")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("km", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH kamar is =SUM over four kecamatan (364); with Labuhan Selatan's 61 it is 425",
    truth: `SUM(${a("km", "k1")}:${a("km", "k5")})`,
  });
  b.ok({
    sheet: S,
    cell: a("h", "tot"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(SUM(${a("jl", "k1")}:${a("jl", "k5")})/SUM(${a("td", "k1")}:${a("td", "k5")})*100,2)`,
    trap: `ROUND((${["k1", "k2", "k4", "k5"].map((id) => a("h", id)).join("+")}+ROUND(${a("jl", "k3")}/${a("td", "k3")}*100,2))/5,2)`,
  });
  for (const id of ["k1", "k2", "k4", "k5"]) {
    b.ok({
      sheet: S,
      cell: a("h", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("jl", id)}/${a("td", id)}*100,2)`,
    });
    b.ok({ sheet: S, cell: a("td", id), rules: ["ratio-components-mismatch"], truth: `${a("km", id)}*366` });
  }
  for (const k of ["td", "jl", "hs"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k5")})` });
  b.ok({
    sheet: S,
    cell: et.a("p", "j"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: `ROUND(${et.a("h", "j")}/${et.a("n", "j")}*100,2)`,
    trap: `ROUND(AVERAGE(${E.map((e) => et.a("p", e.id)).join(",")}),2)`,
  });
  for (const k of ["n", "h"])
    b.ok({
      sheet: S,
      cell: et.a(k, "j"),
      rules: ["sum-mismatch"],
      truth: `SUM(${et.a(k, "e1")}:${et.a(k, "e5")})`,
    });
  for (const id of ["e2", "e4"])
    b.ok({
      sheet: S,
      cell: et.a("p", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${et.a("h", id)}/${et.a("n", id)}*100,2)`,
    });
  return b.finish();
}
