// LPPD Indikator Kinerja Kunci (IKK) tables of the eightieth unseen set: the IKK 2024 with the rumus
// beside each value and its pembilang / penyebut of the Bappeda Kabupaten Bukit Jambul (Bali), and the
// IKK 2024 per urusan with target, realisasi and the capaian rumus written as text of the
// Bappelitbangda Kabupaten Bonto Lempangan Raya (Sulawesi Selatan). Every name and number is invented.
import { BookW, DEC, INT, fmt, fx, letterhead, signature, type Col, type Row } from "../forms/kit";
import { refl, rt } from "./ikd";

// ====================================================== IKK LPPD 2024, Kabupaten Bukit Jambul (Bali)

type Ikk = {
  id: string;
  ur: string;
  ind: string;
  rumus: string;
  p: number;
  q: number;
  k: number;
  sat: string;
  pd: string;
  pf?: string;
};

/** IKK with Rumus text, Pembilang and Penyebut; capaian ROUND(P/Q*k) with k = 100, 1.000 or 100.000. */
export function ikkBukitJambul(): BookW {
  const b = new BookW(
    "ikk-lppd-rumus-pembilang-penyebut-bappeda-bukit-jambul.xlsx",
    "LPPD Indikator Kinerja Kunci 2024 with rumus, pembilang and penyebut (Bappeda)",
    "No | Urusan Pemerintahan (merged) | Indikator Kinerja Kunci (IKK) | Rumus / Cara Perhitungan (text) | 'Data Pendukung' > Pembilang | Penyebut | Capaian Kinerja 2024 | Satuan | Sumber Data (PD); capaian ROUND(P/Q*100), per 1.000 KH, per 100.000 KH and per 100.000 penduduk; PAD realised above its target; a typed value among formulas",
  );
  const S = "IKK 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN BUKIT JAMBUL", "BADAN PERENCANAAN PEMBANGUNAN DAERAH"]);
  s.lines(["LAMPIRAN LPPD TAHUN 2024 - CAPAIAN INDIKATOR KINERJA KUNCI (IKK) URUSAN PEMERINTAHAN"], 1, {
    bold: true,
  });
  s.gap();
  const PD = "Urusan Pendidikan";
  const KS = "Urusan Kesehatan";
  const xs: Ikk[] = [
    {
      id: "a",
      ur: PD,
      ind: "Persentase SD terakreditasi minimal B",
      rumus: "(Jumlah SD terakreditasi min. B / Jumlah SD) x 100%",
      p: 212,
      q: 231,
      k: 100,
      sat: "%",
      pd: "Disdikpora",
    },
    // planted 1: 85.54 typed 58.54
    {
      id: "b",
      ur: PD,
      ind: "Angka Partisipasi Murni (APM) SMP/MTs",
      rumus: "(Siswa SMP/MTs usia 13-15 th / Penduduk usia 13-15 th) x 100%",
      p: 21486,
      q: 25118,
      k: 100,
      sat: "%",
      pd: "Disdikpora",
    },
    {
      id: "c",
      ur: KS,
      ind: "Angka Kematian Bayi (AKB)",
      rumus: "(Jumlah kematian bayi < 1 th / Jumlah kelahiran hidup) x 1.000",
      p: 47,
      q: 6184,
      k: 1000,
      sat: "per 1.000 KH",
      pd: "Dinas Kesehatan",
    },
    {
      id: "d",
      ur: KS,
      ind: "Angka Kematian Ibu (AKI)",
      rumus: "(Jumlah kematian ibu / Jumlah kelahiran hidup) x 100.000",
      p: 4,
      q: 6184,
      k: 100000,
      sat: "per 100.000 KH",
      pd: "Dinas Kesehatan",
    },
    {
      id: "e",
      ur: KS,
      ind: "Rasio dokter per 100.000 penduduk",
      rumus: "(Jumlah dokter / Jumlah penduduk) x 100.000",
      p: 148,
      q: 512870,
      k: 100000,
      sat: "rasio",
      pd: "Dinas Kesehatan",
    },
    {
      id: "f",
      ur: KS,
      ind: "Prevalensi balita stunting",
      rumus: "(Balita stunting / Balita diukur) x 100%",
      p: 1318,
      q: 15904,
      k: 100,
      sat: "%",
      pd: "Dinas Kesehatan",
    },
    // planted 2: pembilang updated to 428.65 km, cached 81.94 stale
    {
      id: "g",
      ur: "Urusan Pekerjaan Umum dan Penataan Ruang",
      ind: "Persentase panjang jalan kabupaten dalam kondisi mantap",
      rumus: "(Panjang jalan mantap / Panjang jalan kabupaten) x 100%",
      p: 428.65,
      q: 512.3,
      k: 100,
      sat: "%",
      pd: "Dinas PUPR",
      pf: DEC,
    },
    {
      id: "h",
      ur: "Urusan Sosial",
      ind: "Persentase PMKS yang memperoleh bantuan sosial",
      rumus: "(PMKS yang dibantu / Jumlah PMKS) x 100%",
      p: 3912,
      q: 4530,
      k: 100,
      sat: "%",
      pd: "Dinas Sosial",
    },
    {
      id: "i",
      ur: "Urusan Keuangan",
      ind: "Persentase realisasi PAD terhadap target PAD",
      rumus: "(Realisasi PAD / Target PAD) x 100%",
      p: 612384905210,
      q: 585000000000,
      k: 100,
      sat: "%",
      pd: "Bapenda",
    },
  ];
  const G = "Data Pendukung";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ur", head: ["Urusan Pemerintahan"], role: "lainnya", width: 20 },
    { key: "ind", head: ["Indikator Kinerja Kunci (IKK)"], role: "indikator", width: 34 },
    { key: "rumus", head: ["Rumus / Cara Perhitungan"], role: "rumus", width: 34 },
    { key: "p", head: [G, "Pembilang"], role: "lainnya", width: 16 },
    { key: "q", head: [G, "Penyebut"], role: "lainnya", width: 16 },
    { key: "cap", head: ["Capaian Kinerja 2024"], role: "realisasi", year: 2024, fmt: DEC, width: 11 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "pd", head: ["Sumber Data (PD)"], role: "sumber-data", width: 16 },
  ];
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => {
      const f = `ROUND(${c.a("p")}/${c.a("q")}*${x.k},2)`;
      return {
        no: i + 1,
        ur: x.ur,
        ind: x.ind,
        rumus: x.rumus,
        p: fmt(x.p, x.pf ?? INT),
        q: fmt(x.q, x.pf ?? INT),
        cap: x.id === "b" ? 58.54 : x.id === "g" ? fx(f, 81.94) : fx(f),
        sat: x.sat,
        pd: x.pd,
      };
    },
  }));
  const t = s.table({ cols, headerRows: 2, rows, vmerge: ["ur"] });
  s.gap();
  s.lines([
    "Keterangan: data pembilang dan penyebut bersumber dari Perangkat Daerah pengampu IKK (posisi 31 Desember 2024).",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Bukit Jambul, 10 Maret 2025",
    jabatan: ["Kepala Bappeda Kabupaten Bukit Jambul"],
    nama: "Dr. IDA BAGUS PUTU WIRASANA, S.E., M.M.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19710322 199803 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ratio = (id: string, k: number) => `ROUND(${a("p", id)}/${a("q", id)}*${k},2)`;
  b.plant({
    at: { sheet: S, cell: a("cap", "b") },
    rules: ["ratio-components-mismatch", "capaian-mismatch", "hardcoded-value"],
    note: "APM SMP/MTs typed 58.54 among formulas; 21,486 / 25,118 x 100 = 85.54 (digits swapped)",
    truth: ratio("b", 100),
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "g") },
    rules: ["ratio-components-mismatch", "capaian-mismatch"],
    note: "jalan mantap `=ROUND(P/Q*100,2)` caches 81.94 (from the pembilang before it was updated); 428.65 / 512.30 x 100 = 83.67",
    truth: ratio("g", 100),
  });
  for (const [id, k] of [
    ["c", 1000],
    ["d", 100000],
    ["e", 100000],
  ] as Array<[string, number]>)
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["ratio-components-mismatch"],
      truth: ratio(id, k),
      trap: ratio(id, 100),
    });
  for (const id of ["a", "f", "h"])
    b.ok({ sheet: S, cell: a("cap", id), rules: ["ratio-components-mismatch"], truth: ratio(id, 100) });
  b.ok({
    sheet: S,
    cell: a("cap", "i"),
    rules: ["percent-out-of-range", "ratio-components-mismatch"],
    truth: ratio("i", 100),
    trap: "100",
  });
  return b.finish();
}

// ============================= IKK LPPD 2024 per urusan, Kabupaten Bonto Lempangan Raya (Sulawesi Selatan)

type Ik = { id: string; ind: string; sat: string; neg: boolean; t: number; r: number; pd: string };
type Sec = { id: string; no: string; nm: string; xs: Ik[] };

/** IKK per urusan: section rows, Target | Realisasi | % Capaian under 'Kinerja Tahun 2024', Rumus Capaian text. */
export function ikkBontoLempangan(): BookW {
  const b = new BookW(
    "ikk-urusan-rumus-capaian-bappelitbangda-bonto-lempangan.xlsx",
    "LPPD Indikator Kinerja Kunci 2024 per urusan with target and capaian (Bappelitbangda)",
    "table from column B: No | Indikator Kinerja Kunci | Satuan | 'Kinerja Tahun 2024' > Target | Realisasi | % Capaian | Rumus Capaian (text) | OPD Pengampu; section rows A .. D per urusan; refleksi for putus sekolah, AKI, stunting and kemiskinan; typed Rata-rata Capaian IKK",
  );
  const S = "LPPD IKK";
  const s = b.sheet(S);
  s.lines(
    [
      "PEMERINTAH KABUPATEN BONTO LEMPANGAN RAYA",
      "Tabel III.1 Capaian Indikator Kinerja Kunci (IKK) Penyelenggaraan Urusan Pemerintahan Daerah Tahun 2024",
    ],
    2,
    { bold: true },
  );
  s.gap();
  const secs: Sec[] = [
    {
      id: "A",
      no: "A",
      nm: "URUSAN PENDIDIKAN",
      xs: [
        {
          id: "a1",
          ind: "Angka Partisipasi Kasar (APK) PAUD",
          sat: "%",
          neg: false,
          t: 78,
          r: 74.62,
          pd: "Dinas Pendidikan",
        },
        {
          id: "a2",
          ind: "Angka putus sekolah SD/MI",
          sat: "%",
          neg: true,
          t: 0.12,
          r: 0.09,
          pd: "Dinas Pendidikan",
        },
      ],
    },
    {
      id: "B",
      no: "B",
      nm: "URUSAN KESEHATAN",
      xs: [
        {
          id: "b1",
          ind: "Angka Kematian Ibu per 100.000 kelahiran hidup",
          sat: "per 100.000 KH",
          neg: true,
          t: 95,
          r: 112,
          pd: "Dinas Kesehatan",
        },
        {
          id: "b2",
          ind: "Cakupan persalinan di fasilitas pelayanan kesehatan",
          sat: "%",
          neg: false,
          t: 95,
          r: 96.41,
          pd: "Dinas Kesehatan",
        },
        {
          id: "b3",
          ind: "Prevalensi stunting pada balita",
          sat: "%",
          neg: true,
          t: 14,
          r: 12.85,
          pd: "Dinas Kesehatan",
        },
      ],
    },
    {
      id: "C",
      no: "C",
      nm: "URUSAN PERUMAHAN RAKYAT DAN KAWASAN PERMUKIMAN",
      xs: [
        {
          id: "c1",
          ind: "Persentase rumah tangga dengan akses air minum layak",
          sat: "%",
          neg: false,
          t: 88,
          r: 85.37,
          pd: "Dinas Perkim",
        },
      ],
    },
    {
      id: "D",
      no: "D",
      nm: "URUSAN SOSIAL",
      xs: [
        {
          id: "d1",
          ind: "Persentase penduduk miskin",
          sat: "%",
          neg: true,
          t: 8.7,
          r: 8.96,
          pd: "Dinas Sosial",
        },
      ],
    },
  ];
  const G = "Kinerja Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "ind", head: ["Indikator Kinerja Kunci"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC, width: 9 },
    { key: "cap", head: [G, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 9 },
    { key: "rc", head: ["Rumus Capaian"], role: "rumus", width: 20 },
    { key: "pd", head: ["OPD Pengampu"], role: "penanggung-jawab", width: 18 },
  ];
  const rows: Row[] = [];
  for (const sec of secs) {
    rows.push({ id: sec.id, bold: true, cells: { no: sec.no, ind: sec.nm } });
    sec.xs.forEach((x, i) =>
      rows.push({
        id: x.id,
        cells: (c) => ({
          no: i + 1,
          ind: x.ind,
          sat: x.sat,
          t: x.t,
          r: x.r,
          // planted 1: AKI (lower is better) with R / T
          cap: fx(x.neg && x.id !== "b1" ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
          rc: x.neg ? "(2T - R) / T x 100%" : "R / T x 100%",
          pd: x.pd,
        }),
      }),
    );
  }
  // planted 2: the rata-rata typed from an earlier draft
  rows.push({
    id: "avg",
    bold: true,
    span: ["no", "r"],
    cells: { no: "Rata-rata Capaian IKK", cap: 103.12 },
  });
  const t = s.table({ cols, headerRows: 2, rows }, 2);
  s.gap();
  s.lines(
    [
      "Catatan: IKK dengan polaritas negatif (makin kecil makin baik) dihitung dengan rumus (2T - R) / T x 100%.",
    ],
    2,
  );
  s.gap();
  signature(s, 7, {
    tempat: "Bonto Lempangan, 24 Februari 2025",
    jabatan: ["Kepala Bappelitbangda,"],
    nama: "Ir. MUHAMMAD YUSRAN DAENG NAI, M.Si",
    pangkat: "Pembina Tk. I (IV/b)",
    nip: "19760115 200212 1 003",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const ids = secs.flatMap((x) => x.xs.map((y) => y.id));
  b.plant({
    at: { sheet: S, cell: a("cap", "b1") },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "AKI (lower is better; Rumus Capaian says (2T - R) / T) computed R / T: 112 / 95 x 100 = 117.89; the refleksi (190 - 112) / 95 x 100 gives 82.11",
    truth: refl(a("r", "b1"), a("t", "b1")),
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "avg") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Rata-rata Capaian IKK typed 103.12; the seven capaian shown average 106.04",
    truth: `ROUND(AVERAGE(${a("cap", "a1")}:${a("cap", "d1")}),2)`,
  });
  for (const id of ["a2", "b3", "d1"])
    b.ok({
      sheet: S,
      cell: a("cap", id),
      rules: ["capaian-mismatch"],
      truth: refl(a("r", id), a("t", id)),
      trap: rt(a("r", id), a("t", id)),
    });
  for (const id of ["a1", "c1"])
    b.ok({ sheet: S, cell: a("cap", id), rules: ["capaian-mismatch"], truth: rt(a("r", id), a("t", id)) });
  b.ok({
    sheet: S,
    cell: a("cap", "b2"),
    rules: ["capaian-mismatch", "percent-out-of-range"],
    truth: rt(a("r", "b2"), a("t", "b2")),
    trap: "100",
  });
  b.ok({ sheet: S, cell: a("r", "b2"), rules: ["percent-out-of-range"], truth: "96.41" });
  if (ids.length !== 7) throw new Error("ikk: seven indicators");
  return b.finish();
}
