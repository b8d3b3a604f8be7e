// The LKjIP and the recap of pupuk bersubsidi of the Distan Lematang Jaya (Sumatera Selatan), the PK
// 2025 with its Renstra and the recap of penyuluh and kelas kelompok tani per BPP of the Distan
// Sumbawa Tengah (Nusa Tenggara Barat). Every name and number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  predikat,
  signature,
  type Cell,
  type Col,
  type Row,
} from "../forms/kit";

/** LKjIP 2024 pengukuran kinerja of the Distan Lematang Jaya, refleksi on the negative rows. */
export function lkjipPenyuluhan(): BookW {
  const b = new BookW(
    "lkjip-2024-distan-lematang-jaya-rdkk-pupuk.xlsx",
    "LKjIP pengukuran kinerja (Distan)",
    "LKjIP 2024 Tabel 3.2: No | Sasaran (merged) | Indikator | Satuan | Target | Realisasi | Capaian (%) | Predikat on the Permendagri scale; ROUND formulas, refleksi on the two negative rows; Rata-rata row with its predikat",
  );
  const S = "Pengukuran Kinerja 2024";
  const s = b.sheet(S);
  s.lines([
    "Tabel 3.2",
    "Pengukuran Capaian Kinerja Sasaran Dinas Pertanian Kabupaten Lematang Jaya Tahun 2024",
  ]);
  s.gap();
  const S1 = "Meningkatnya kapasitas kelembagaan penyuluhan dan kelompok tani";
  const S2 = "Meningkatnya ketepatan penyaluran pupuk bersubsidi";
  const I = [
    {
      id: "i1",
      sas: S1,
      ind: "Rasio penyuluh pertanian per BPP",
      sat: "orang/BPP",
      neg: false,
      t: 5,
      r: 4.6,
    },
    {
      id: "i2",
      sas: S1,
      ind: "Persentase kelompok tani kelas madya dan utama",
      sat: "%",
      neg: false,
      t: 36,
      r: 36.4,
    },
    {
      id: "i3",
      sas: S2,
      ind: "Persentase RDKK yang terlambat diinput ke e-RDKK",
      sat: "%",
      neg: true,
      t: 8,
      r: 6.5,
    },
    {
      id: "i4",
      sas: S2,
      ind: "Persentase pupuk bersubsidi tersalur terhadap alokasi",
      sat: "%",
      neg: false,
      t: 95,
      r: 88.7,
    },
    {
      id: "i5",
      sas: S2,
      ind: "Jumlah kasus kelangkaan pupuk di tingkat kios",
      sat: "kasus",
      neg: true,
      t: 6,
      r: 8,
    },
  ];
  const cap = (neg: boolean, t: string, r: string) =>
    neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 32 },
    { key: "ind", head: ["Indikator Kinerja Utama"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, fmt: DEC },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, fmt: DEC },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024 },
  ];
  const shown: Record<string, number> = { i1: 92, i2: 101.11, i3: 118.75, i4: 93.37, i5: 66.67 };
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
          t: x.t,
          r: x.r,
          // planted: the pupuk row keeps a stale cached 98.37; 88.7 / 95 gives 93.37
          c: fx(cap(x.neg, c.a("t"), c.a("r")), x.id === "i4" ? 98.37 : undefined),
          // planted: "Rendah" for 66.67 (kelangkaan pupuk); > 65 to 75 is Sedang
          p: x.id === "i5" ? "Rendah" : predikat(shown[x.id]),
        }),
      })),
      {
        id: "avg",
        span: ["no", "r"],
        cells: (c) => ({
          no: "Rata-rata Capaian Kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "i1")}:${c.a("c", "i5")}),2)`),
          p: "Sangat Tinggi",
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Keterangan: indikator negatif (RDKK terlambat, kelangkaan pupuk) dihitung dengan rumus (2 x Target - Realisasi) / Target x 100.",
    "Predikat: > 90 Sangat Tinggi; > 75 - 90 Tinggi; > 65 - 75 Sedang; > 50 - 65 Rendah; <= 50 Sangat Rendah.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "i4") },
    rules: ["capaian-mismatch"],
    note: "stale cached 98.37 for =ROUND(F/E*100,2); 88.7 / 95 gives 93.37",
    truth: cap(false, a("t", "i4"), a("r", "i4")),
  });
  b.plant({
    at: { sheet: S, cell: a("p", "i5") },
    rules: ["predikat-mismatch"],
    note: "predikat 'Rendah' for 66.67 (refleksi of 6 / 8 kasus); > 65 to 75 is Sedang",
    truth: `PREDIKAT(${a("c", "i5")})`,
  });
  for (const id of ["i3", "i5"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(true, a("t", id), a("r", id)),
      trap: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["i1", "i2"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: cap(false, a("t", id), a("r", id)),
    });
  for (const id of ["i1", "i2", "i3"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

/** PK 2025 of the Kepala Distan Sumbawa Tengah beside the Renstra 2025-2029 targets. */
export function pkPenyuluhan(): BookW {
  const b = new BookW(
    "pk-2025-distan-sumbawa-tengah-renstra.xlsx",
    "PK 2025 with Renstra (Distan)",
    "sheet 'PK Kadis 2025': statement lines, No | Sasaran | Indikator | Satuan | Target 2025, then No | Program | Anggaran (Rp) | Ket. with a typed Jumlah; sheet 'Renstra 2025-2029': Kondisi Awal 2024 | 2025..2029 | Kondisi Akhir",
  );
  const P = "PK Kadis 2025";
  const R = "Renstra 2025-2029";
  const ind = [
    {
      id: "a",
      ind: "Persentase kelompok tani kelas lanjut ke atas",
      sat: "%",
      awal: 38.5,
      k: [41, 44, 47.5, 51, 55],
    },
    {
      id: "b",
      ind: "Rasio penyuluh pertanian per BPP",
      sat: "orang/BPP",
      awal: 4.2,
      k: [4.4, 4.6, 4.8, 5.0, 5.2],
    },
    {
      id: "c",
      ind: "Persentase pupuk bersubsidi tersalur sesuai RDKK",
      sat: "%",
      awal: 86,
      k: [88, 90, 92, 94, 96],
    },
    {
      id: "d",
      ind: "Indeks kepuasan petani terhadap layanan BPP",
      sat: "nilai",
      awal: 76.1,
      k: [77, 78.5, 80, 81.5, 83],
    },
  ];
  const pk = b.sheet(P);
  const rs = b.sheet(R);
  rs.lines(["Target Indikator Kinerja Renstra Dinas Pertanian Kabupaten Sumbawa Tengah 2025-2029"]);
  rs.gap();
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "awal", head: ["Kondisi Awal (2024)"], role: "kondisi-awal", year: 2024, fmt: DEC },
      ...[0, 1, 2, 3, 4].map((i): Col => ({
        key: `y${2025 + i}`,
        head: ["Target Tahun", String(2025 + i)],
        role: "target",
        year: 2025 + i,
        fmt: DEC,
      })),
      { key: "ak", head: ["Kondisi Akhir Renstra"], role: "kondisi-akhir", year: 2029, fmt: DEC },
    ],
    headerRows: 2,
    rows: ind.map((x, i) => {
      const cells: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal, ak: x.k[4] };
      x.k.forEach((v, j) => (cells[`y${2025 + j}`] = v));
      return { id: x.id, cells };
    }),
  });
  letterhead(pk, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS PERTANIAN KABUPATEN SUMBAWA TENGAH"]);
  pk.lines([
    "Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel, kami yang bertanda tangan di bawah ini:",
    "Nama: LALU MUHAMMAD ARSYAD, S.P., M.M. - Jabatan: Kepala Dinas Pertanian",
    "berjanji akan mewujudkan target kinerja tahunan sesuai lampiran perjanjian ini.",
  ]);
  pk.gap();
  const SAS = [
    "Meningkatnya kualitas kelembagaan petani dan penyuluhan",
    "Meningkatnya kualitas kelembagaan petani dan penyuluhan",
    "Meningkatnya ketersediaan sarana produksi pertanian",
    "Meningkatnya kualitas layanan penyuluhan",
  ];
  // planted: target of pupuk tersalur is 92, the Renstra 2027 target; 2025 is 88
  const PKC = 92;
  const pt = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan" },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, fmt: DEC },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: SAS[i], ind: x.ind, sat: x.sat, tg: x.id === "c" ? PKC : x.k[0] },
    })),
  });
  pk.gap();
  const progs = [
    { id: "p1", nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota", rp: 9_842_615_000 },
    { id: "p2", nm: "Program Penyediaan dan Pengembangan Sarana Pertanian", rp: 4_226_400_000 },
    { id: "p3", nm: "Program Penyuluhan Pertanian", rp: 3_118_750_000 },
    { id: "p4", nm: "Program Pengendalian dan Penanggulangan Bencana Pertanian", rp: 612_300_000 },
  ];
  // planted: Jumlah typed 17,800,650,000; the four programs give 17,800,065,000
  const at = pk.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "nm", head: ["Program"], width: 44 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Ket."], role: "keterangan" },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i) => ({ id: p.id, cells: { no: i + 1, nm: p.nm, rp: p.rp, ket: "APBD" } })),
      { id: "j", bold: true, span: ["no", "nm"], cells: { no: "Jumlah", rp: 17_800_650_000 } },
    ],
  });
  pk.gap();
  signature(pk, 3, {
    tempat: "Sumbawa Tengah, 3 Januari 2025",
    jabatan: ["Kepala Dinas Pertanian"],
    nama: "LALU MUHAMMAD ARSYAD, S.P., M.M.",
    nip: "19760923 200212 1 004",
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pt.a("tg", "c") },
        { sheet: R, cell: rt.a("y2025", "c") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of pupuk tersalur sesuai RDKK is 92, the Renstra 2027 target; the Renstra 2025 target is 88",
    truth: `'${R}'!${rt.a("y2025", "c")}`,
  });
  b.plant({
    at: { sheet: P, cell: at.a("rp", "j") },
    rules: ["sum-mismatch"],
    note: "Jumlah typed 17,800,650,000; the four programs add up to 17,800,065,000",
    truth: `SUM(${at.a("rp", "p1")}:${at.a("rp", "p4")})`,
  });
  for (const id of ["a", "b", "d"])
    b.ok({
      sheet: P,
      cell: pt.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("y2025", id)}`,
    });
  for (const x of ind)
    b.ok({
      sheet: R,
      cell: rt.a("ak", x.id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("y2029", x.id),
      trap: [2025, 2026, 2027, 2028, 2029].map((y) => rt.a(`y${y}`, x.id)).join("+"),
    });
  return b.finish();
}

/** Recap of penyuluh and kelas kelompok tani per BPP / kecamatan, Distan Sumbawa Tengah 2024. */
export function rekapBpp(): BookW {
  const b = new BookW(
    "rekap-penyuluh-kelas-poktan-per-bpp-sumbawa-tengah.xlsx",
    "Rekap penyuluh dan kelas kelompok tani per BPP",
    "per kecamatan/BPP: desa, penyuluh PNS | PPPK | THL-TBPP | Jumlah '(8) = (5)+(6)+(7)', rasio desa per penyuluh '(9) = (4)/(8)', kelompok tani Pemula | Lanjut | Madya | Utama | Jumlah, '% Madya+Utama (15) = ((12)+(13))/(14) x 100'; JUMLAH row with SUMs and a ratio of totals",
  );
  const S = "Rekap BPP 2024";
  const s = b.sheet(S);
  letterhead(s, ["DINAS PERTANIAN KABUPATEN SUMBAWA TENGAH", "BIDANG PENYULUHAN DAN SDM PERTANIAN"]);
  s.lines([
    "REKAPITULASI PENYULUH PERTANIAN DAN KELAS KELOMPOK TANI PER BPP",
    "Keadaan s.d. 31 Desember 2024",
  ]);
  s.gap();
  const K = [
    { id: "k1", kec: "Alas Tengah", bpp: "BPP Alas Tengah", desa: 12, py: [3, 1, 2], kt: [38, 41, 22, 6] },
    {
      id: "k2",
      kec: "Batu Lanteh Hulu",
      bpp: "BPP Semongkat Baru",
      desa: 9,
      py: [2, 1, 1],
      kt: [29, 33, 15, 3],
    },
    { id: "k3", kec: "Moyo Barat", bpp: "BPP Moyo Barat", desa: 14, py: [4, 2, 2], kt: [44, 52, 31, 9] },
    { id: "k4", kec: "Lape Selatan", bpp: "BPP Lape Selatan", desa: 10, py: [2, 2, 1], kt: [35, 30, 18, 4] },
    { id: "k5", kec: "Ropang Baru", bpp: "BPP Ropang Baru", desa: 7, py: [1, 1, 1], kt: [26, 14, 6, 1] },
    { id: "k6", kec: "Tarano Jaya", bpp: "BPP Labuhan Tarano", desa: 11, py: [3, 1, 2], kt: [31, 39, 24, 7] },
  ];
  const PY = "Penyuluh Pertanian (orang)";
  const KT = "Kelompok Tani menurut Kelas (kelompok)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", num: "(2)", width: 18 },
    { key: "bpp", head: ["Nama BPP"], role: "lainnya", num: "(3)", width: 20 },
    { key: "desa", head: ["Jumlah Desa Binaan"], role: "lainnya", num: "(4)", fmt: INT },
    { key: "pns", head: [PY, "PNS"], role: "lainnya", num: "(5)", fmt: INT, width: 8 },
    { key: "pppk", head: [PY, "PPPK"], role: "lainnya", num: "(6)", fmt: INT, width: 8 },
    { key: "thl", head: [PY, "THL-TBPP"], role: "lainnya", num: "(7)", fmt: INT, width: 9 },
    { key: "jp", head: [PY, "Jumlah"], role: "lainnya", num: "(8) = (5)+(6)+(7)", fmt: INT, width: 10 },
    {
      key: "ras",
      head: ["Rasio Desa per Penyuluh"],
      role: "lainnya",
      num: "(9) = (4)/(8)",
      fmt: DEC,
      width: 10,
    },
    { key: "pem", head: [KT, "Pemula"], role: "lainnya", num: "(10)", fmt: INT, width: 8 },
    { key: "lan", head: [KT, "Lanjut"], role: "lainnya", num: "(11)", fmt: INT, width: 8 },
    { key: "mad", head: [KT, "Madya"], role: "lainnya", num: "(12)", fmt: INT, width: 8 },
    { key: "uta", head: [KT, "Utama"], role: "lainnya", num: "(13)", fmt: INT, width: 8 },
    { key: "jk", head: [KT, "Jumlah"], role: "lainnya", num: "(14) = (10)+...+(13)", fmt: INT, width: 10 },
    {
      key: "pct",
      head: ["% Kelas Madya dan Utama"],
      role: "capaian",
      num: "(15) = ((12)+(13))/(14) x 100",
      fmt: DEC,
      width: 12,
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
          kec: x.kec,
          bpp: x.bpp,
          desa: x.desa,
          pns: x.py[0],
          pppk: x.py[1],
          thl: x.py[2],
          // planted: Lape Selatan's Jumlah penyuluh typed 6; 2 + 2 + 1 = 5
          jp: x.id === "k4" ? 6 : fx(`${c.a("pns")}+${c.a("pppk")}+${c.a("thl")}`),
          ras: fx(`ROUND(${c.a("desa")}/${c.a("jp")},2)`),
          pem: x.kt[0],
          lan: x.kt[1],
          mad: x.kt[2],
          uta: x.kt[3],
          jk: fx(`SUM(${c.a("pem")}:${c.a("uta")})`),
          pct: fx(`ROUND((${c.a("mad")}+${c.a("uta")})/${c.a("jk")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "bpp"],
        cells: (c) => {
          const col = (k: string, last = "k6") => fx(`SUM(${c.a(k, "k1")}:${c.a(k, last)})`);
          return {
            no: "JUMLAH",
            desa: col("desa"),
            pns: col("pns"),
            pppk: col("pppk"),
            thl: col("thl"),
            jp: col("jp"),
            ras: fx(`ROUND(${c.a("desa")}/${c.a("jp")},2)`),
            // planted: the Pemula total stops one row short (Tarano Jaya left out)
            pem: col("pem", "k5"),
            lan: col("lan"),
            mad: col("mad"),
            uta: col("uta"),
            jk: col("jk"),
            pct: fx(`ROUND((${c.a("mad")}+${c.a("uta")})/${c.a("jk")}*100,2)`),
          };
        },
      },
    ],
  });
  s.gap();
  s.lines(["Sumber: Simluhtan dan hasil penilaian kelas kelompok tani oleh BPP, Desember 2024."]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("jp", "k4") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah penyuluh of Lape Selatan typed 6 among formulas; 2 + 2 + 1 = 5",
    truth: `${a("pns", "k4")}+${a("pppk", "k4")}+${a("thl", "k4")}`,
  });
  b.plant({
    at: { sheet: S, cell: a("pem", "tot") },
    rules: ["sum-mismatch"],
    note: "JUMLAH kelompok Pemula =SUM over five rows (172); with Tarano Jaya's 31 it is 203",
    truth: `SUM(${a("pem", "k1")}:${a("pem", "k6")})`,
  });
  for (const x of K) {
    if (x.id !== "k4")
      b.ok({
        sheet: S,
        cell: a("jp", x.id),
        rules: ["sum-mismatch"],
        truth: `${a("pns", x.id)}+${a("pppk", x.id)}+${a("thl", x.id)}`,
      });
    b.ok({
      sheet: S,
      cell: a("jk", x.id),
      rules: ["sum-mismatch"],
      truth: `${a("pem", x.id)}+${a("lan", x.id)}+${a("mad", x.id)}+${a("uta", x.id)}`,
    });
    b.ok({
      sheet: S,
      cell: a("pct", x.id),
      rules: ["ratio-components-mismatch", "percent-out-of-range"],
      truth: `ROUND((${a("mad", x.id)}+${a("uta", x.id)})/${a("jk", x.id)}*100,2)`,
    });
  }
  for (const k of ["desa", "lan", "mad", "uta", "jk"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "k1")}:${a(k, "k6")})` });
  // trap: the total share is the ratio of the totals, not the average of the six shares
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["ratio-components-mismatch"],
    truth: `ROUND((${a("mad", "tot")}+${a("uta", "tot")})/${a("jk", "tot")}*100,2)`,
    trap: `AVERAGE(${a("pct", "k1")}:${a("pct", "k6")})`,
  });
  return b.finish();
}

/** Pupuk bersubsidi tersalur per kecamatan, Urea by quarter beside NPK, Distan Lematang Jaya 2024. */
export function rekapPupuk(): BookW {
  const b = new BookW(
    "pupuk-bersubsidi-tersalur-per-kecamatan-lematang-jaya.xlsx",
    "Rekap penyaluran pupuk bersubsidi per kecamatan",
    "two tables side by side: Urea alokasi RDKK | TW I..IV | Jumlah '(8) = (4)+(5)+(6)+(7)' | % '(9) = (8)/(3) x 100' and NPK alokasi | tersalur | serapan % | petani penerima, both with a Jumlah row; total % = ratio of totals",
  );
  const S = "Pupuk Subsidi 2024";
  const s = b.sheet(S);
  s.lines([
    "REALISASI PENYALURAN PUPUK BERSUBSIDI BERDASARKAN e-RDKK PER KECAMATAN",
    "KABUPATEN LEMATANG JAYA TAHUN 2024 (satuan: ton)",
  ]);
  s.gap();
  const K = [
    { id: "k1", kec: "Muara Lintang", ua: 1_240, uq: [298, 355, 262, 241], na: 980, nt: 902, pt: 3_412 },
    { id: "k2", kec: "Tanjung Rambang", ua: 865, uq: [204, 251, 188, 162], na: 640, nt: 611, pt: 2_287 },
    {
      id: "k3",
      kec: "Gunung Megang Ulu",
      ua: 1_512,
      uq: [371, 442, 330, 296],
      na: 1_205,
      nt: 1_118,
      pt: 4_105,
    },
    { id: "k4", kec: "Sungai Rotan Ilir", ua: 690, uq: [150, 196, 141, 118], na: 512, nt: 455, pt: 1_960 },
    { id: "k5", kec: "Benakat Jaya", ua: 1_038, uq: [244, 301, 219, 187], na: 830, nt: 790, pt: 2_874 },
  ];
  const TW = ["TW I", "TW II", "TW III", "TW IV"];
  const U = "Penyaluran Urea (ton)";
  const top = s.r;
  const lt = s.table(
    {
      cols: [
        { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
        { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 2, width: 20 },
        { key: "al", head: ["Alokasi Urea RDKK (ton)"], role: "target", year: 2024, num: 3, fmt: INT },
        ...TW.map((w, i): Col => ({
          key: `q${i}`,
          head: [U, w],
          role: "realisasi",
          year: 2024,
          num: 4 + i,
          fmt: INT,
          width: 9,
        })),
        {
          key: "jm",
          head: [U, "Jumlah"],
          role: "realisasi",
          year: 2024,
          num: "8 = 4+5+6+7",
          fmt: INT,
          width: 10,
        },
        {
          key: "pc",
          head: ["Serapan (%)"],
          role: "capaian",
          year: 2024,
          num: "9 = 8/3 x 100",
          fmt: DEC,
          width: 10,
        },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...K.map((x, i): Row => ({
          id: x.id,
          cells: (c) => ({
            no: i + 1,
            kec: x.kec,
            al: x.ua,
            q0: x.uq[0],
            q1: x.uq[1],
            q2: x.uq[2],
            q3: x.uq[3],
            // planted: Gunung Megang Ulu's year typed 1,493; the quarters give 1,439
            jm: x.id === "k3" ? 1_493 : fx(`SUM(${c.a("q0")}:${c.a("q3")})`),
            pc: fx(`ROUND(${c.a("jm")}/${c.a("al")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "kec"],
          cells: (c) => {
            const col = (k: string) => fx(`SUM(${c.a(k, "k1")}:${c.a(k, "k5")})`);
            return {
              no: "Jumlah",
              al: col("al"),
              q0: col("q0"),
              q1: col("q1"),
              q2: col("q2"),
              q3: col("q3"),
              jm: col("jm"),
              pc: fx(`ROUND(${c.a("jm")}/${c.a("al")}*100,2)`),
            };
          },
        },
      ],
    },
    1,
    top,
  );
  const rt = s.table(
    {
      cols: [
        { key: "kec", head: ["Kecamatan"], role: "lokasi", num: 10, width: 20 },
        { key: "al", head: ["NPK Phonska", "Alokasi (ton)"], role: "target", year: 2024, num: 11, fmt: INT },
        {
          key: "ts",
          head: ["NPK Phonska", "Tersalur (ton)"],
          role: "realisasi",
          year: 2024,
          num: 12,
          fmt: INT,
        },
        {
          key: "pc",
          head: ["NPK Phonska", "Serapan (%)"],
          role: "capaian",
          year: 2024,
          num: "13 = 12/11 x 100",
          fmt: DEC,
        },
        { key: "pt", head: ["Petani Penerima (orang)"], role: "lainnya", num: 14, fmt: INT, width: 12 },
      ],
      headerRows: 2,
      numberRow: "plain",
      rows: [
        ...K.map((x): Row => ({
          id: x.id,
          cells: (c) => ({
            kec: x.kec,
            al: x.na,
            ts: x.nt,
            // planted: Sungai Rotan Ilir keeps a stale 98.87; 455 / 512 gives 88.87
            pc: fx(`ROUND(${c.a("ts")}/${c.a("al")}*100,2)`, x.id === "k4" ? 98.87 : undefined),
            pt: x.pt,
          }),
        })),
        {
          id: "tot",
          bold: true,
          cells: (c) => ({
            kec: "Jumlah",
            al: fx(`SUM(${c.a("al", "k1")}:${c.a("al", "k5")})`),
            ts: fx(`SUM(${c.a("ts", "k1")}:${c.a("ts", "k5")})`),
            pc: fx(`ROUND(${c.a("ts")}/${c.a("al")}*100,2)`),
            pt: fx(`SUM(${c.a("pt", "k1")}:${c.a("pt", "k5")})`),
          }),
        },
      ],
    },
    lt.right + 2,
    top,
  );
  s.gap();
  s.lines([
    "Sumber: laporan penyaluran distributor dan kios resmi (T-Pubers), diolah Bidang Sarana dan Prasarana.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Muara Lintang, 10 Januari 2025",
    jabatan: ["Kepala Bidang Sarana dan Prasarana Pertanian"],
    nama: "SITI RAHMAWATI NURDIN, S.TP",
    nip: "19830517 200901 2 011",
  });
  const l = (k: string, id: string) => lt.a(k, id);
  const r = (k: string, id: string) => rt.a(k, id);
  const q4 = (id: string) => [0, 1, 2, 3].map((i) => l(`q${i}`, id)).join("+");
  b.plant({
    at: { sheet: S, cell: l("jm", "k3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Urea Jumlah of Gunung Megang Ulu typed 1,493 among SUM formulas; 371 + 442 + 330 + 296 = 1,439",
    truth: q4("k3"),
  });
  b.plant({
    at: { sheet: S, cell: r("pc", "k4") },
    rules: ["capaian-mismatch"],
    note: "NPK serapan of Sungai Rotan Ilir has a stale cached 98.87; 455 / 512 gives 88.87",
    truth: `ROUND(${r("ts", "k4")}/${r("al", "k4")}*100,2)`,
  });
  for (const x of K) {
    if (x.id === "k3") continue;
    b.ok({ sheet: S, cell: l("jm", x.id), rules: ["sum-mismatch"], truth: q4(x.id) });
    b.ok({
      sheet: S,
      cell: l("pc", x.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${l("jm", x.id)}/${l("al", x.id)}*100,2)`,
    });
  }
  for (const k of ["al", "q0", "q1", "q2", "q3"])
    b.ok({ sheet: S, cell: l(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${l(k, "k1")}:${l(k, "k5")})` });
  for (const x of K)
    if (x.id !== "k4")
      b.ok({
        sheet: S,
        cell: r("pc", x.id),
        rules: ["capaian-mismatch"],
        truth: `ROUND(${r("ts", x.id)}/${r("al", x.id)}*100,2)`,
      });
  for (const k of ["al", "ts", "pt"])
    b.ok({ sheet: S, cell: r(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${r(k, "k1")}:${r(k, "k5")})` });
  // trap: the NPK total serapan is the ratio of the totals, not the average of the kecamatan
  b.ok({
    sheet: S,
    cell: r("pc", "tot"),
    rules: ["capaian-mismatch"],
    truth: `ROUND(${r("ts", "tot")}/${r("al", "tot")}*100,2)`,
    trap: `ROUND((${[1, 2, 3, 5].map((n) => r("pc", `k${n}`)).join("+")}+${r("ts", "k4")}/${r("al", "k4")}*100)/5,2)`,
  });
  return b.finish();
}
