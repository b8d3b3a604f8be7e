// Badan Penanggulangan Bencana Daerah Provinsi Sulawesi Tengah: the recap of disaster events per
// kabupaten/kota and per jenis in 2024 with the waktu tanggap darurat (hours, lower is better: capaian by
// refleksi), and on a second sheet the logistics distributed against the stock per jenis. Every name and
// number is invented.
import {
  BookW,
  DEC,
  INT,
  RP,
  fx,
  letterhead,
  round,
  signature,
  type Col,
  type Ctx,
  type Row,
} from "../forms/kit";

type Kab = { id: string; nama: string; ev: number[]; t: number; r: number };

const refl = (R: string, T: string) => `ROUND((2*${T}-${R})/${T}*100,2)`;

export function kejadianBencanaSulteng(): BookW {
  const b = new BookW(
    "kejadian-bencana-waktu-tanggap-bpbd-sulteng-2024.xlsx",
    "Rekap kejadian bencana per kabupaten dan logistik (BPBD)",
    "BPBD Provinsi 2024, sheet 'Kejadian Bencana': No | Kabupaten/Kota | 'Jumlah Kejadian Bencana Menurut Jenis (kejadian)' > Banjir | Tanah Longsor | Gempa Bumi | Cuaca Ekstrem | Karhutla | Total | 'Waktu Tanggap Darurat (jam)' > Target | Realisasi | Capaian (%); refleksi (2T-R)/T for the waktu tanggap; JUMLAH row of counts only; sheet 'Logistik': Jenis Logistik | Satuan | Stok Awal (Rp) | Pengadaan (Rp) | Ketersediaan = (3)+(4) | Disalurkan (Rp) | % Penyaluran = (6)/(5)x100 with a Jumlah row",
  );
  const S = "Kejadian Bencana";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH PROVINSI SULAWESI TENGAH",
    "BADAN PENANGGULANGAN BENCANA DAERAH",
    "Jl. Tanggul Lariang No. 9, Palu Barat Raya",
  ]);
  s.lines(["DATA KEJADIAN BENCANA DAN WAKTU TANGGAP DARURAT MENURUT KABUPATEN/KOTA", "TAHUN 2024"]);
  s.gap();
  const K: Kab[] = [
    { id: "b1", nama: "Kabupaten Lore Raya", ev: [7, 12, 3, 5, 2], t: 6, r: 5.5 },
    { id: "b2", nama: "Kabupaten Tojo Pesisir", ev: [11, 4, 1, 8, 3], t: 6, r: 6.5 },
    { id: "b3", nama: "Kabupaten Teluk Lalos", ev: [5, 2, 2, 6, 0], t: 8, r: 7 },
    { id: "b4", nama: "Kabupaten Sausu Hulu", ev: [9, 15, 4, 3, 6], t: 8, r: 9.5 },
    { id: "b5", nama: "Kabupaten Pegunungan Kulawi", ev: [3, 18, 5, 2, 4], t: 10, r: 8 },
    { id: "b6", nama: "Kabupaten Bungku Selatan Raya", ev: [6, 7, 2, 4, 9], t: 10, r: 12 },
    { id: "b7", nama: "Kota Tanamodindi", ev: [8, 3, 2, 7, 1], t: 4, r: 3.5 },
  ];
  const JEN = ["Banjir", "Tanah Longsor", "Gempa Bumi", "Cuaca Ekstrem", "Karhutla"];
  const G = "Jumlah Kejadian Bencana Menurut Jenis (kejadian)";
  const W = "Waktu Tanggap Darurat (jam)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kab", head: ["Kabupaten/Kota"], role: "lokasi", width: 30 },
    ...JEN.map((j, i): Col => ({
      key: `e${i}`,
      head: [G, j],
      role: "realisasi",
      year: 2024,
      fmt: INT,
      width: 10,
    })),
    { key: "tot", head: [G, "Total"], role: "realisasi", year: 2024, fmt: INT, width: 9 },
    { key: "t", head: [W, "Target"], role: "target", year: 2024, fmt: "0.0", width: 9 },
    { key: "r", head: [W, "Realisasi"], role: "realisasi", year: 2024, fmt: "0.0", width: 9 },
    { key: "c", head: [W, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const PLANT = "b4";
  const t = s.table({
    cols,
    headerRows: 2,
    rows: [
      ...K.map((k, i): Row => ({
        id: k.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          kab: k.nama,
          ...Object.fromEntries(k.ev.map((v, j) => [`e${j}`, v])),
          tot: fx(`SUM(${x.a("e0")}:${x.a("e4")})`),
          t: k.t,
          r: k.r,
          // planted: Sausu Hulu has the R / T formula of a higher-is-better indicator
          c: fx(k.id === PLANT ? `ROUND(${x.a("r")}/${x.a("t")}*100,2)` : refl(x.a("r"), x.a("t"))),
        }),
      })),
      {
        id: "jml",
        bold: true,
        span: ["no", "kab"],
        cells: (x: Ctx) => ({
          no: "JUMLAH",
          ...Object.fromEntries(
            [0, 1, 2, 3, 4].map((j) => [`e${j}`, fx(`SUM(${x.a(`e${j}`, "b1")}:${x.a(`e${j}`, "b7")})`)]),
          ),
          tot: fx(`SUM(${x.a("tot", "b1")}:${x.a("tot", "b7")})`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Catatan: waktu tanggap dihitung dari laporan kejadian sampai tim reaksi cepat tiba di lokasi; semakin kecil semakin baik,",
    "capaian = (2 x target - realisasi) / target x 100%.",
  ]);
  s.gap();
  signature(s, 9, {
    tempat: "Palu Barat Raya, 20 Januari 2025",
    jabatan: ["KEPALA PELAKSANA BPBD", "PROVINSI SULAWESI TENGAH,"],
    nama: "Ir. ANDI MASYHUR TOMBOLOTUTU, M.T.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19720605 199803 1 009",
  });
  const a = (k: string, id: string) => t.a(k, id);
  const pk = K.find((k) => k.id === PLANT)!;
  b.plant({
    at: { sheet: S, cell: a("c", PLANT) },
    rules: ["capaian-mismatch", "inconsistent-formula"],
    note: `Waktu tanggap of Sausu Hulu (lower is better) uses R / T = ${round((pk.r / pk.t) * 100)}; refleksi (2T-R)/T gives ${round(((2 * pk.t - pk.r) / pk.t) * 100)}, as the note and the other rows say`,
    truth: refl(a("r", PLANT), a("t", PLANT)),
  });
  for (const k of K) {
    b.ok({
      sheet: S,
      cell: a("tot", k.id),
      rules: ["sum-mismatch"],
      truth: `SUM(${a("e0", k.id)}:${a("e4", k.id)})`,
    });
    if (k.id !== PLANT)
      b.ok({
        sheet: S,
        cell: a("c", k.id),
        rules: ["capaian-mismatch", "inconsistent-formula"],
        truth: refl(a("r", k.id), a("t", k.id)),
        trap: `ROUND(${a("r", k.id)}/${a("t", k.id)}*100,2)`,
      });
  }
  for (const k of ["e0", "e1", "e2", "e3", "e4", "tot"])
    b.ok({ sheet: S, cell: a(k, "jml"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "b1")}:${a(k, "b7")})` });

  // ------------------------------------------------------------------ sheet 2: logistik
  const S2 = "Logistik";
  const s2 = b.sheet(S2);
  s2.lines(["BADAN PENANGGULANGAN BENCANA DAERAH PROVINSI SULAWESI TENGAH"], 1, { bold: true });
  s2.gap();
  s2.lines([
    "Tabel 2",
    "Penyaluran Logistik dan Peralatan Kebencanaan terhadap Ketersediaan Gudang Tahun 2024",
  ]);
  s2.gap();
  const LG = [
    {
      id: "g1",
      nama: "Makanan siap saji dan lauk pauk",
      sat: "paket",
      stok: 412_650_000,
      beli: 1_286_400_000,
      sal: 1_504_215_000,
    },
    {
      id: "g2",
      nama: "Beras cadangan bencana",
      sat: "kg",
      stok: 318_000_000,
      beli: 945_000_000,
      sal: 1_102_750_000,
    },
    {
      id: "g3",
      nama: "Tenda pengungsi dan terpal",
      sat: "unit",
      stok: 527_300_000,
      beli: 610_000_000,
      sal: 688_420_000,
    },
    {
      id: "g4",
      nama: "Family kit dan kids ware",
      sat: "paket",
      stok: 96_800_000,
      beli: 284_500_000,
      sal: 402_300_000,
    },
    {
      id: "g5",
      nama: "Selimut, matras dan sandang",
      sat: "paket",
      stok: 143_250_000,
      beli: 356_700_000,
      sal: 421_900_000,
    },
  ];
  const PL2 = "g4";
  const t2 = s2.table({
    cols: [
      { key: "no", head: ["No"], role: "no", num: "(1)", width: 5 },
      { key: "nama", head: ["Jenis Logistik"], role: "indikator", num: "(2)", width: 34 },
      { key: "sat", head: ["Satuan"], role: "satuan", num: "(3)", width: 9 },
      { key: "stok", head: ["Stok Awal 1 Januari (Rp)"], num: "(4)", fmt: RP, width: 16 },
      { key: "beli", head: ["Pengadaan 2024 (Rp)"], num: "(5)", fmt: RP, width: 16 },
      {
        key: "ada",
        head: ["Ketersediaan (Rp)"],
        role: "anggaran",
        year: 2024,
        num: "(6)=(4)+(5)",
        fmt: RP,
        width: 16,
      },
      {
        key: "sal",
        head: ["Disalurkan (Rp)"],
        role: "realisasi-anggaran",
        year: 2024,
        num: "(7)",
        fmt: RP,
        width: 16,
      },
      {
        key: "pct",
        head: ["% Penyaluran"],
        role: "capaian",
        year: 2024,
        num: "(8)=(7)/(6)x100",
        fmt: DEC,
        width: 11,
      },
    ],
    headerRows: 1,
    numberRow: "plain",
    rows: [
      ...LG.map((g, i): Row => ({
        id: g.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          nama: g.nama,
          sat: g.sat,
          stok: g.stok,
          beli: g.beli,
          ada: fx(`${x.a("stok")}+${x.a("beli")}`),
          sal: g.sal,
          pct: fx(`ROUND(${x.a("sal")}/${x.a("ada")}*100,2)`),
        }),
      })),
      {
        id: "jml",
        bold: true,
        cells: (x: Ctx) => ({
          nama: "Jumlah",
          stok: fx(`SUM(${x.a("stok", "g1")}:${x.a("stok", "g5")})`),
          beli: fx(`SUM(${x.a("beli", "g1")}:${x.a("beli", "g5")})`),
          ada: fx(`SUM(${x.a("ada", "g1")}:${x.a("ada", "g5")})`),
          sal: fx(`SUM(${x.a("sal", "g1")}:${x.a("sal", "g5")})`),
          pct: fx(`ROUND(${x.a("sal")}/${x.a("ada")}*100,2)`),
        }),
      },
    ],
  });
  const a2 = (k: string, id: string) => t2.a(k, id);
  b.plant({
    at: {
      anyOf: [
        { sheet: S2, cell: a2("sal", PL2) },
        { sheet: S2, cell: a2("pct", PL2) },
      ],
    },
    rules: ["serapan-over-100", "percent-out-of-range"],
    note: "Family kit: disalurkan 402,300,000 is above the 381,300,000 available (stok 96,800,000 + pengadaan 284,500,000), 105.51 % (302,300,000 keyed as 402,300,000)",
    truth: a2("ada", PL2),
  });
  for (const g of LG) {
    b.ok({
      sheet: S2,
      cell: a2("ada", g.id),
      rules: ["sum-mismatch"],
      truth: `${a2("stok", g.id)}+${a2("beli", g.id)}`,
    });
    if (g.id !== PL2)
      b.ok({
        sheet: S2,
        cell: a2("pct", g.id),
        rules: ["serapan-over-100", "percent-out-of-range", "capaian-mismatch"],
        truth: `ROUND(${a2("sal", g.id)}/${a2("ada", g.id)}*100,2)`,
      });
  }
  for (const k of ["stok", "beli", "ada"])
    b.ok({
      sheet: S2,
      cell: a2(k, "jml"),
      rules: ["sum-mismatch"],
      truth: `SUM(${a2(k, "g1")}:${a2(k, "g5")})`,
    });
  return b.finish();
}
