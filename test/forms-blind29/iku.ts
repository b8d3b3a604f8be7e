// A Dinas Kesehatan's IKU table with two years side by side (lower-is-better rates take the
// refleksi (2T - R) / T x 100, the others R / T x 100), and the Perjanjian Kinerja of a Kepala
// Bidang (eselon III) with its indicators, the anggaran of its kegiatan and sub kegiatan, and the
// Renstra targets it must follow on a second sheet. Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, signature, type Cell, type Col, type Row } from "../forms/kit";

type Ik = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  arah: "Turun" | "Naik";
  y: [number, number][];
};

/** Pengukuran IKU 2023 dan 2024, Dinas Kesehatan Kabupaten Wonoreja. */
export function ikuDinkes(): BookW {
  const b = new BookW(
    "iku-dinkes-wonoreja-2023-2024.xlsx",
    "Pengukuran IKU dua tahun (Dinas Kesehatan)",
    "No | Sasaran Strategis | Indikator Kinerja Utama | Satuan | Arah | 'Tahun 2023' > Tgt | Real | Capaian (%) | 'Tahun 2024' > Tgt | Real | Capaian (%) | Keterangan; refleksi ROUND((2*T-R)/T*100,2) on the 'Turun' rows (AKI, AKB, stunting, insiden TB), ROUND(R/T*100,2) on the others",
  );
  const S = "IKU 2023-2024";
  const s = b.sheet(S);
  letterhead(s, [
    "DINAS KESEHATAN KABUPATEN WONOREJA",
    "PENGUKURAN INDIKATOR KINERJA UTAMA TAHUN 2023 DAN 2024",
  ]);
  const S1 = "Menurunnya angka kematian ibu dan bayi";
  const S2 = "Meningkatnya status gizi dan pengendalian penyakit";
  const S3 = "Meningkatnya mutu dan akses pelayanan kesehatan";
  const rows: Ik[] = [
    {
      id: "aki",
      sas: S1,
      ind: "Angka Kematian Ibu (AKI)",
      sat: "per 100.000 KH",
      arah: "Turun",
      y: [
        [95, 103.6],
        [90, 84.2],
      ],
    },
    {
      id: "akb",
      sas: S1,
      ind: "Angka Kematian Bayi (AKB)",
      sat: "per 1.000 KH",
      arah: "Turun",
      y: [
        [8.5, 8.1],
        [8.0, 8.7],
      ],
    },
    {
      id: "stn",
      sas: S2,
      ind: "Prevalensi stunting pada balita",
      sat: "%",
      arah: "Turun",
      y: [
        [16.5, 15.82],
        [14.0, 14.37],
      ],
    },
    {
      id: "tb",
      sas: S2,
      ind: "Insiden tuberkulosis",
      sat: "per 100.000 penduduk",
      arah: "Turun",
      y: [
        [280, 265],
        [265, 271],
      ],
    },
    {
      id: "uhc",
      sas: S3,
      ind: "Persentase penduduk terdaftar JKN (UHC)",
      sat: "%",
      arah: "Naik",
      y: [
        [95, 96.83],
        [98, 98.41],
      ],
    },
    {
      id: "ikm",
      sas: S3,
      ind: "Indeks Kepuasan Masyarakat terhadap layanan Puskesmas",
      sat: "indeks",
      arah: "Naik",
      y: [
        [82, 84.15],
        [83, 85.06],
      ],
    },
    {
      id: "akr",
      sas: S3,
      ind: "Persentase Puskesmas terakreditasi Paripurna",
      sat: "%",
      arah: "Naik",
      y: [
        [40, 38.46],
        [50, 53.85],
      ],
    },
  ];
  // planted 1: AKB 2024 capaian uses R/T (108.75) where the column's refleksi gives 91.25
  const PLANT_POS = "akb";
  // planted 2: IKM 2024 capaian caches a stale 101.27 (85.06 / 83 = 102.48)
  const PLANT_STALE = { id: "ikm", v: 101.27 };
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 36 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
    { key: "arah", head: ["Arah"], role: "polaritas", width: 8 },
  ];
  for (const [i, y] of [2023, 2024].entries())
    cols.push(
      { key: `t${i}`, head: [`Tahun ${y}`, "Tgt"], role: "target", year: y, fmt: DEC, width: 9 },
      { key: `r${i}`, head: [`Tahun ${y}`, "Real"], role: "realisasi", year: y, fmt: DEC, width: 9 },
      { key: `c${i}`, head: [`Tahun ${y}`, "Capaian (%)"], role: "capaian", year: y, fmt: DEC, width: 10 },
    );
  cols.push({ key: "ket", head: ["Keterangan"], role: "keterangan", width: 26 });
  const cap = (x: Ik, T: string, R: string) =>
    x.arah === "Turun" ? `ROUND((2*${T}-${R})/${T}*100,2)` : `ROUND(${R}/${T}*100,2)`;
  const t = s.table({
    cols,
    headerRows: 2,
    groups: "merge",
    vmerge: ["sas"],
    rows: rows.map((x, n): Row => ({
      id: x.id,
      cells: (c) => {
        const cells: Record<string, Cell> = { no: n + 1, sas: x.sas, ind: x.ind, sat: x.sat, arah: x.arah };
        x.y.forEach(([T, R], i) => {
          cells[`t${i}`] = T;
          cells[`r${i}`] = R;
          const f =
            i === 1 && x.id === PLANT_POS
              ? `ROUND(${c.a("r1")}/${c.a("t1")}*100,2)`
              : cap(x, c.a(`t${i}`), c.a(`r${i}`));
          cells[`c${i}`] = fx(f, i === 1 && x.id === PLANT_STALE.id ? PLANT_STALE.v : undefined);
        });
        cells.ket =
          x.arah === "Turun" ? "Capaian = (2 x Tgt - Real) / Tgt x 100" : "Capaian = Real / Tgt x 100";
        return cells;
      },
    })),
  });
  s.gap();
  s.lines([
    "Sumber: Profil Kesehatan Kabupaten Wonoreja 2023 dan 2024; SKI 2023 dan SSGI untuk prevalensi stunting.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Wonoreja, 20 Januari 2025",
    jabatan: ["KEPALA DINAS KESEHATAN", "KABUPATEN WONOREJA,"],
    nama: "dr. TITIS RAHAYUNINGSIH, M.Kes.",
    pangkat: "Pembina Utama Muda",
    nip: "19720925 200003 2 004",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const refl = (i: number, id: string) =>
    `ROUND((2*${a(`t${i}`, id)}-${a(`r${i}`, id)})/${a(`t${i}`, id)}*100,2)`;
  const pos = (i: number, id: string) => `ROUND(${a(`r${i}`, id)}/${a(`t${i}`, id)}*100,2)`;
  b.plant({
    at: { sheet: S, cell: a("c1", PLANT_POS) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: "AKB 2024 (lower is better) capaian =ROUND(R/T*100,2) gives 108.75 for a rate above its target 8.0 (8.7); the refleksi of the other Turun rows gives (16 - 8.7) / 8 x 100 = 91.25",
    truth: refl(1, PLANT_POS),
  });
  b.plant({
    at: { sheet: S, cell: a("c1", PLANT_STALE.id) },
    rules: ["capaian-mismatch"],
    note: "IKM 2024 capaian =ROUND(J/I*100,2) caches a stale 101.27; 85.06 / 83 = 102.48",
    truth: pos(1, PLANT_STALE.id),
  });
  // lower-is-better rows: the refleksi, not R / T
  for (const [i, id] of [
    [0, "aki"],
    [1, "aki"],
    [0, "akb"],
    [0, "stn"],
    [1, "stn"],
    [1, "tb"],
  ] as const)
    b.ok({
      sheet: S,
      cell: a(`c${i}`, id),
      rules: ["capaian-mismatch", "inconsistent-formula"],
      truth: refl(i, id),
      trap: pos(i, id),
    });
  for (const [i, id] of [
    [0, "uhc"],
    [1, "akr"],
    [0, "akr"],
  ] as const)
    b.ok({ sheet: S, cell: a(`c${i}`, id), rules: ["capaian-mismatch"], truth: pos(i, id) });
  return b.finish();
}

type Pk = { id: string; ind: string; sat: string; ren: [number, number, number]; dec: boolean };

/** Perjanjian Kinerja 2025 of the Kepala Bidang P2P, Dinas Kesehatan Kabupaten Wonoreja. */
export function pkKabidP2p(): BookW {
  const b = new BookW(
    "pk-kabid-p2p-dinkes-wonoreja-2025.xlsx",
    "Perjanjian Kinerja eselon III (Kepala Bidang)",
    "Sheet 'PK Kabid P2P 2025': No | Sasaran Program | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Kegiatan / Sub Kegiatan | Anggaran (Rp) | Sumber Dana with kegiatan rows as SUM over their sub kegiatan and a JUMLAH of the kegiatan; sheet 'Target Renstra' with the Renstra targets 2024 | 2025 | 2026 of the same indicators",
  );
  const S = "PK Kabid P2P 2025";
  const R = "Target Renstra";
  const pks: Pk[] = [
    {
      id: "i1",
      ind: "Persentase orang terduga TBC yang mendapat pelayanan sesuai standar",
      sat: "%",
      ren: [90, 95, 100],
      dec: false,
    },
    {
      id: "i2",
      ind: "Persentase penderita hipertensi yang mendapat pelayanan sesuai standar",
      sat: "%",
      ren: [70, 75, 80],
      dec: false,
    },
    { id: "i3", ind: "Cakupan imunisasi dasar lengkap (IDL)", sat: "%", ren: [94, 95, 96], dec: false },
    {
      id: "i4",
      ind: "Angka kesakitan (incidence rate) Demam Berdarah Dengue",
      sat: "per 100.000 penduduk",
      ren: [42, 38, 35],
      dec: true,
    },
  ];
  // planted 1: the PK target of hipertensi is the Renstra's 2024 value (70), not 2025's (75)
  const PLANT_PK = "i2";
  // the Renstra sheet first: the PK points at it
  const r = b.sheet(R);
  r.lines(["TARGET RENSTRA DINAS KESEHATAN 2021-2026 - BIDANG P2P"], 1, { bold: true });
  r.gap();
  const tr = r.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 52 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "y0", head: ["Target", "2024"], role: "target", year: 2024, fmt: DEC, width: 9 },
      { key: "y1", head: ["Target", "2025"], role: "target", year: 2025, fmt: DEC, width: 9 },
      { key: "y2", head: ["Target", "2026"], role: "target", year: 2026, fmt: DEC, width: 9 },
    ],
    headerRows: 2,
    rows: pks.map((x, n) => ({
      id: x.id,
      cells: { no: n + 1, ind: x.ind, sat: x.sat, y0: x.ren[0], y1: x.ren[1], y2: x.ren[2] },
    })),
  });
  const s = b.sheet(S);
  letterhead(s, [
    "PERJANJIAN KINERJA TAHUN 2025",
    "KEPALA BIDANG PENCEGAHAN DAN PENGENDALIAN PENYAKIT",
    "DINAS KESEHATAN KABUPATEN WONOREJA",
  ]);
  const t1 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Program"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 52 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 14 },
      { key: "tgt", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC, width: 10 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: pks.map((x, n) => ({
      id: x.id,
      cells: {
        no: n + 1,
        sas: "Menurunnya angka kesakitan penyakit menular dan tidak menular",
        ind: x.ind,
        sat: x.sat,
        tgt: x.id === PLANT_PK ? x.ren[0] : x.ren[1],
      },
    })),
  });
  s.gap();
  type Kg = { id: string; kode: string; ur: string; rp?: number; of?: string[]; dana?: string };
  const kg: Kg[] = [
    {
      id: "k1",
      kode: "1.02.02.2.02",
      ur: "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
      of: ["k1a", "k1b", "k1c", "k1d"],
    },
    {
      id: "k1a",
      kode: "1.02.02.2.02.0011",
      ur: "Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis",
      rp: 412_650_000,
      dana: "DAK Non Fisik",
    },
    {
      id: "k1b",
      kode: "1.02.02.2.02.0009",
      ur: "Pengelolaan Pelayanan Kesehatan Penderita Hipertensi",
      rp: 186_300_000,
      dana: "DAU",
    },
    {
      id: "k1c",
      kode: "1.02.02.2.02.0018",
      ur: "Pelayanan Kesehatan Penyakit Menular dan Tidak Menular",
      rp: 538_275_000,
      dana: "DAU",
    },
    {
      id: "k1d",
      kode: "1.02.02.2.02.0017",
      ur: "Pengelolaan Surveilans Kesehatan",
      rp: 227_480_000,
      dana: "DBHCHT",
    },
    {
      id: "k2",
      kode: "1.02.02.2.05",
      ur: "Penyelenggaraan Sistem Informasi Kesehatan secara Terintegrasi",
      of: ["k2a"],
    },
    {
      id: "k2a",
      kode: "1.02.02.2.05.0001",
      ur: "Pengelolaan Data dan Informasi Kesehatan",
      rp: 94_150_000,
      dana: "DAU",
    },
  ];
  // planted 2: the kegiatan 1.02.02.2.02 sums only its first three sub kegiatan (surveilans left out)
  const PLANT_K = "k1";
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 20 },
      { key: "ur", head: ["Kegiatan / Sub Kegiatan"], width: 52 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 17 },
      { key: "dana", head: ["Sumber Dana"], width: 14 },
    ],
    headerRows: 1,
    rows: [
      ...kg.map((x, n): Row => ({
        id: x.id,
        bold: !!x.of,
        cells: (c) => {
          const cells: Record<string, Cell> = {
            no: x.of ? (n === 0 ? 1 : 2) : undefined,
            kode: x.kode,
            ur: x.ur,
            dana: x.dana,
          };
          if (x.of) {
            const last = x.id === PLANT_K ? x.of[x.of.length - 2] : x.of[x.of.length - 1];
            cells.rp = fx(`SUM(${c.a("rp", x.of[0])}:${c.a("rp", last)})`);
          } else cells.rp = x.rp;
          return cells;
        },
      })),
      {
        id: "jml",
        bold: true,
        cells: (c) => ({ ur: "JUMLAH", rp: fx(`${c.a("rp", "k1")}+${c.a("rp", "k2")}`) }),
      },
    ],
  });
  s.gap();
  signature(s, 3, {
    tempat: "Wonoreja, 6 Januari 2025",
    jabatan: ["Pihak Kedua,", "Kepala Bidang Pencegahan dan Pengendalian Penyakit"],
    nama: "HANUNG PRASETYO ADI, S.K.M., M.Epid.",
    pangkat: "Pembina",
    nip: "19800312 200604 1 011",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: t1.a("tgt", PLANT_PK) },
        { sheet: R, cell: tr.a("y1", PLANT_PK) },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK target 2025 of hipertensi is 70, the Renstra's 2024 target; the Renstra sets 75 for 2025",
    truth: `'${R}'!${tr.a("y1", PLANT_PK)}`,
    actual: t1.a("tgt", PLANT_PK),
  });
  b.plant({
    at: { sheet: S, cell: t2.a("rp", PLANT_K) },
    rules: ["sum-mismatch"],
    note: "kegiatan 1.02.02.2.02 =SUM over its first three sub kegiatan (1,137,225,000); with Pengelolaan Surveilans Kesehatan (227,480,000) the four give 1,364,705,000",
    truth: ["k1a", "k1b", "k1c", "k1d"].map((x) => t2.a("rp", x)).join("+"),
  });
  for (const id of ["i1", "i3", "i4"])
    b.ok({
      sheet: S,
      cell: t1.a("tgt", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${tr.a("y1", id)}`,
      trap: `'${R}'!${tr.a("y0", id)}`,
    });
  // a falling DBD target is the right way for a rate
  b.ok({ sheet: R, cell: tr.a("y2", "i4"), rules: ["target-trend"], truth: tr.a("y2", "i4") });
  b.ok({ sheet: S, cell: t2.a("rp", "k2"), rules: ["sum-mismatch"], truth: t2.a("rp", "k2a") });
  return b.finish();
}
