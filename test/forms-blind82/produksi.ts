// Alsintan and production tables of the eighty-second unseen set: the distribution of alat dan mesin
// pertanian per kelompok tani with kecamatan subtotals of the Dinas Tanaman Pangan dan Hortikultura
// Kabupaten Tambarana Raya (Sulawesi Tengah), and the padi production recap per kecamatan (luas tanam,
// luas panen, produktivitas ku/ha, produksi against its target) of the Dinas Tanaman Pangan,
// Hortikultura dan Peternakan Kabupaten Sekampung Hulu (Lampung). Every name and number is invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Row } from "../forms/kit";
import { pct } from "./pupuk";

// ================================================ Alsintan 2024, Tambarana Raya (Sulawesi Tengah)

type Pok = { id: string; nama: string; desa: string; ketua: string; u: number[]; dana: string };
type KecA = { id: string; nama: string; pok: Pok[] };

/** No | Kecamatan / Kelompok Tani | Desa | Ketua | 'Jenis Alsintan (unit)' > 3 | Jumlah (unit) | Sumber Dana. */
export function alsintanTambarana(): BookW {
  const b = new BookW(
    "distribusi-alsintan-kelompok-tani-dtph-tambarana-raya.xlsx",
    "Data penyaluran bantuan alsintan per kelompok tani 2024 with kecamatan subtotals (Dinas Tanaman Pangan dan Hortikultura)",
    "No | Kecamatan / Kelompok Tani | Desa | Ketua Poktan | 'Jenis Alsintan (unit)' > Traktor Roda 2 | Pompa Air 3 inci | Hand Sprayer | Jumlah (unit) | Sumber Dana; number row 1 .. 9; kecamatan rows (letters A .. C) are SUM subtotals of their poktan; TOTAL = the three subtotals (=E8+E13+E17), not a SUM over every row",
  );
  const S = "Alsintan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN TAMBARANA RAYA",
    "DINAS TANAMAN PANGAN DAN HORTIKULTURA",
    "Bidang Prasarana dan Sarana Pertanian",
  ]);
  s.lines(["DATA PENYALURAN BANTUAN ALAT DAN MESIN PERTANIAN (ALSINTAN) TAHUN ANGGARAN 2024"], 1, {
    bold: true,
  });
  s.gap();
  const ks: KecA[] = [
    {
      id: "A",
      nama: "Kecamatan Marantale",
      pok: [
        {
          id: "a1",
          nama: "Poktan Sinar Tani",
          desa: "Marantale",
          ketua: "Abdul Rasyid Lamasi",
          u: [2, 3, 15],
          dana: "APBN TP",
        },
        {
          id: "a2",
          nama: "Poktan Padaidi",
          desa: "Olobaru",
          ketua: "I Wayan Sukarta",
          u: [1, 2, 10],
          dana: "DAK",
        },
        {
          id: "a3",
          nama: "Poktan Karya Mandiri",
          desa: "Bunga Lemba",
          ketua: "Hasan Tompo",
          u: [1, 1, 12],
          dana: "APBD",
        },
        {
          id: "a4",
          nama: "Poktan Maju Bersama",
          desa: "Toribulu Baru",
          ketua: "Ni Komang Ayu Sari",
          u: [0, 2, 8],
          dana: "APBD",
        },
      ],
    },
    {
      id: "B",
      nama: "Kecamatan Sausu Pantai",
      pok: [
        {
          id: "b1",
          nama: "Poktan Harapan Baru",
          desa: "Sausu Tambu",
          ketua: "Made Arta Jaya",
          u: [2, 4, 20],
          dana: "APBN TP",
        },
        {
          id: "b2",
          nama: "Poktan Tunas Muda",
          desa: "Sausu Piore",
          ketua: "Yusuf Labaso",
          u: [1, 2, 10],
          dana: "DAK",
        },
        // planted 2: Jumlah typed 12 for 1 + 5 + 10
        {
          id: "b3",
          nama: "Poktan Sumber Rejeki",
          desa: "Malakosa Atas",
          ketua: "Sutrisno Hadi",
          u: [1, 5, 10],
          dana: "APBD",
        },
        {
          id: "b4",
          nama: "Poktan Lestari",
          desa: "Gio Jaya",
          ketua: "Rahman Podungge",
          u: [1, 3, 6],
          dana: "APBD",
        },
      ],
    },
    {
      id: "C",
      nama: "Kecamatan Toili Hulu",
      pok: [
        {
          id: "c1",
          nama: "Poktan Sido Makmur",
          desa: "Mekar Kencana",
          ketua: "Ketut Suardana",
          u: [3, 4, 24],
          dana: "APBN TP",
        },
        {
          id: "c2",
          nama: "Poktan Bina Usaha",
          desa: "Singkoyo Baru",
          ketua: "Darwis Lapatu",
          u: [1, 2, 12],
          dana: "DAK",
        },
        {
          id: "c3",
          nama: "Poktan Subur Jaya",
          desa: "Tirta Sari",
          ketua: "Samsul Bahri Lamato",
          u: [2, 3, 15],
          dana: "APBD",
        },
      ],
    },
  ];
  const U = ["tr", "pa", "hs"];
  const G = "Jenis Alsintan (unit)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: 1, width: 5 },
    { key: "nama", head: ["Kecamatan / Kelompok Tani"], role: "lainnya", num: 2, width: 28 },
    { key: "desa", head: ["Desa"], role: "lokasi", num: 3, width: 16 },
    { key: "ketua", head: ["Ketua Poktan"], role: "lainnya", num: 4, width: 22 },
    { key: "tr", head: [G, "Traktor Roda 2"], role: "lainnya", num: 5, fmt: INT, width: 9 },
    { key: "pa", head: [G, "Pompa Air 3 inci"], role: "lainnya", num: 6, fmt: INT, width: 9 },
    { key: "hs", head: [G, "Hand Sprayer"], role: "lainnya", num: 7, fmt: INT, width: 9 },
    { key: "jml", head: ["Jumlah (unit)"], role: "lainnya", num: 8, fmt: INT, width: 9 },
    { key: "dana", head: ["Sumber Dana"], role: "keterangan", num: 9, width: 12 },
  ];
  const rows: Row[] = [];
  for (const k of ks) {
    const f = k.pok[0].id;
    const l = k.pok[k.pok.length - 1].id;
    rows.push({
      id: k.id,
      bold: true,
      cells: (c) => {
        const o: Record<string, ReturnType<typeof fx> | string> = { no: k.id, nama: k.nama };
        // planted 1: the pompa air subtotal of Sausu Pantai stops at Poktan Sumber Rejeki
        for (const u of U) o[u] = fx(`SUM(${c.a(u, f)}:${c.a(u, k.id === "B" && u === "pa" ? "b3" : l)})`);
        o.jml = fx(`SUM(${c.a("jml", f)}:${c.a("jml", l)})`);
        return o;
      },
    });
    k.pok.forEach((p, i) =>
      rows.push({
        id: p.id,
        cells: (c) => ({
          no: i + 1,
          nama: p.nama,
          desa: p.desa,
          ketua: p.ketua,
          tr: p.u[0],
          pa: p.u[1],
          hs: p.u[2],
          jml: p.id === "b3" ? 12 : fx(`SUM(${c.a("tr")}:${c.a("hs")})`),
          dana: p.dana,
        }),
      }),
    );
  }
  rows.push({
    id: "tot",
    bold: true,
    cells: (c) => {
      const o: Record<string, ReturnType<typeof fx> | string> = { nama: "TOTAL KABUPATEN" };
      for (const u of [...U, "jml"]) o[u] = fx(["A", "B", "C"].map((id) => c.a(u, id)).join("+"));
      return o;
    },
  });
  const t = s.table({ cols, headerRows: 2, numberRow: "plain", rows });
  s.gap();
  s.lines([
    "Keterangan: APBN TP = Tugas Pembantuan Kementerian Pertanian; DAK = DAK Fisik Bidang Pertanian.",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Marantale, 6 Januari 2025",
    jabatan: ["Kepala Bidang Prasarana dan Sarana Pertanian,"],
    nama: "MOHAMMAD RIZAL TOMBOLOTUTU, S.TP",
    pangkat: "Penata Tk. I (III/d)",
    nip: "19830921 201001 1 007",
  });
  const a = (k: string, r: string) => t.a(k, r);
  b.plant({
    at: { sheet: S, cell: a("pa", "B") },
    rules: ["sum-mismatch"],
    note: "pompa air subtotal of Kecamatan Sausu Pantai =SUM over the first three poktan = 11 leaves out Poktan Lestari (3); the four give 14",
    truth: `SUM(${a("pa", "b1")}:${a("pa", "b4")})`,
  });
  b.plant({
    at: { sheet: S, cell: a("jml", "b3") },
    rules: ["sum-mismatch", "hardcoded-value"],
    note: "Jumlah of Poktan Sumber Rejeki typed 12 among SUM formulas; 1 traktor + 5 pompa + 10 sprayer = 16",
    truth: `SUM(${a("tr", "b3")}:${a("hs", "b3")})`,
  });
  for (const u of ["tr", "hs"])
    b.ok({
      sheet: S,
      cell: a(u, "tot"),
      rules: ["sum-mismatch"],
      truth: `${a(u, "A")}+${a(u, "B")}+${a(u, "C")}`,
      trap: `SUM(${a(u, "A")}:${a(u, "c3")})`,
    });
  b.ok({
    sheet: S,
    cell: a("hs", "A"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("hs", "a1")}:${a("hs", "a4")})`,
    trap: `SUM(${a("hs", "a1")}:${a("hs", "b4")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "C"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("jml", "c1")}:${a("jml", "c3")})`,
  });
  b.ok({
    sheet: S,
    cell: a("jml", "c1"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("tr", "c1")}:${a("hs", "c1")})`,
  });
  return b.finish();
}

// ====================================================== Produksi padi 2024, Sekampung Hulu (Lampung)

type Pr = { id: string; kec: string; lt: number; lp: number; t: number; p: number };

/** No | Kecamatan | Luas Tanam | Luas Panen | Produktivitas (Ku/Ha) | 'Produksi GKG (Ton)' > Target | Realisasi | Capaian. */
export function produksiSekampungHulu(): BookW {
  const b = new BookW(
    "rekap-luas-panen-produktivitas-padi-dtphp-sekampung-hulu.xlsx",
    "Rekap produksi padi sawah per kecamatan 2024: luas tanam, luas panen, produktivitas, produksi against target (Dinas Tanaman Pangan, Hortikultura dan Peternakan)",
    "No | Kecamatan | Luas Tanam (Ha) | Luas Panen (Ha) | Produktivitas (Ku/Ha) = produksi / luas panen x 10 | 'Produksi GKG (Ton)' > Target 2024 | Realisasi 2024 | Capaian (%); ten kecamatan; Jumlah row with produktivitas from the totals (not a sum, not an average); capaian above 100 in two kecamatan",
  );
  const S = "Padi Sawah 2024";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KABUPATEN SEKAMPUNG HULU", "DINAS TANAMAN PANGAN, HORTIKULTURA DAN PETERNAKAN"]);
  s.lines(
    ["Tabel 2. Luas Tanam, Luas Panen, Produktivitas dan Produksi Padi Sawah Menurut Kecamatan Tahun 2024"],
    1,
    {
      bold: true,
    },
  );
  s.gap();
  const xs: Pr[] = [
    { id: "k1", kec: "Sekampung Hulu", lt: 8420, lp: 8165, t: 44500, p: 45318 },
    { id: "k2", kec: "Pakuan Agung", lt: 6875, lp: 6612, t: 36800, p: 35204 },
    { id: "k3", kec: "Way Ratai Timur", lt: 5310, lp: 5096, t: 27400, p: 26874 },
    // planted 1: produktivitas divides by luas tanam
    { id: "k4", kec: "Batanghari Ilir", lt: 9645, lp: 8912, t: 49200, p: 48631 },
    { id: "k5", kec: "Purbolinggo Baru", lt: 7130, lp: 6987, t: 37600, p: 38522 },
    // planted 2: capaian typed 98.45 for 89.45
    { id: "k6", kec: "Raman Hilir", lt: 7905, lp: 7218, t: 42000, p: 37569 },
    { id: "k7", kec: "Margatiga Jaya", lt: 4265, lp: 4108, t: 21900, p: 21455 },
    { id: "k8", kec: "Bandar Sribawono Utara", lt: 3780, lp: 3544, t: 19300, p: 18236 },
    { id: "k9", kec: "Mataram Marga", lt: 5960, lp: 5821, t: 31500, p: 31947 },
    { id: "k10", kec: "Gunung Pelindung Baru", lt: 2415, lp: 2287, t: 12400, p: 11893 },
  ];
  const G = "Produksi GKG (Ton)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "kec", head: ["Kecamatan"], role: "lokasi", width: 24 },
    { key: "lt", head: ["Luas Tanam (Ha)"], role: "lainnya", fmt: INT, width: 11 },
    { key: "lp", head: ["Luas Panen (Ha)"], role: "lainnya", fmt: INT, width: 11 },
    { key: "pv", head: ["Produktivitas (Ku/Ha)"], role: "lainnya", fmt: DEC, width: 12 },
    { key: "t", head: [G, "Target 2024"], role: "target", year: 2024, fmt: INT, width: 12 },
    { key: "p", head: [G, "Realisasi 2024"], role: "realisasi", year: 2024, fmt: INT, width: 12 },
    { key: "cap", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
  ];
  const prov = (c: { a: (k: string, id?: string) => string }, den = "lp") =>
    fx(`ROUND(${c.a("p")}/${c.a(den)}*10,2)`);
  const rows: Row[] = xs.map((x, i) => ({
    id: x.id,
    cells: (c) => ({
      no: i + 1,
      kec: x.kec,
      lt: x.lt,
      lp: x.lp,
      pv: prov(c, x.id === "k4" ? "lt" : "lp"),
      t: x.t,
      p: x.p,
      cap: x.id === "k6" ? 98.45 : fx(pct(c.a("p"), c.a("t"))),
    }),
  }));
  rows.push({
    id: "jml",
    bold: true,
    cells: (c) => ({
      kec: "Jumlah Kabupaten",
      lt: fx(`SUM(${c.a("lt", "k1")}:${c.a("lt", "k10")})`),
      lp: fx(`SUM(${c.a("lp", "k1")}:${c.a("lp", "k10")})`),
      pv: prov(c),
      t: fx(`SUM(${c.a("t", "k1")}:${c.a("t", "k10")})`),
      p: fx(`SUM(${c.a("p", "k1")}:${c.a("p", "k10")})`),
      cap: fx(pct(c.a("p"), c.a("t"))),
    }),
  });
  const t = s.table({ cols, headerRows: 2, rows });
  s.gap();
  s.lines([
    "Sumber: Statistik Pertanian (SP) Tanaman Pangan, angka tetap 2024.",
    "Produktivitas = Produksi / Luas Panen x 10 (1 ton = 10 kuintal).",
  ]);
  s.gap();
  signature(s, 6, {
    tempat: "Pakuan Agung, 24 Februari 2025",
    jabatan: ["Kepala Dinas Tanaman Pangan,", "Hortikultura dan Peternakan"],
    nama: "Drs. SUPARMAN ADIWIJAYA, M.P.",
    pangkat: "Pembina Utama Muda (IV/c)",
    nip: "19690715 199403 1 004",
  });
  const a = (k: string, r: string) => t.a(k, r);
  b.plant({
    at: { sheet: S, cell: a("pv", "k4") },
    rules: ["inconsistent-formula", "ratio-components-mismatch"],
    note: "produktivitas of Batanghari Ilir =ROUND(produksi / luas tanam x 10) = 48631 / 9645 x 10 = 50.42; on luas panen 8,912 ha it is 54.57 ku/ha",
    truth: `ROUND(${a("p", "k4")}/${a("lp", "k4")}*10,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("cap", "k6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "capaian of Raman Hilir typed 98.45 among formulas; 37,569 / 42,000 x 100 = 89.45 (digits swapped)",
    truth: pct(a("p", "k6"), a("t", "k6")),
  });
  b.ok({
    sheet: S,
    cell: a("pv", "jml"),
    rules: ["sum-mismatch", "ratio-components-mismatch"],
    truth: `ROUND(${a("p", "jml")}/${a("lp", "jml")}*10,2)`,
    trap: `SUM(${a("pv", "k1")}:${a("pv", "k10")})`,
  });
  b.ok({
    sheet: S,
    cell: a("cap", "jml"),
    rules: ["capaian-mismatch", "sum-mismatch"],
    truth: pct(a("p", "jml"), a("t", "jml")),
    trap: `AVERAGE(${a("cap", "k1")}:${a("cap", "k10")})`,
    tol: 0.01,
  });
  for (const r of ["k1", "k5"])
    b.ok({
      sheet: S,
      cell: a("cap", r),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: pct(a("p", r), a("t", r)),
    });
  b.ok({
    sheet: S,
    cell: a("p", "jml"),
    rules: ["sum-mismatch"],
    truth: `SUM(${a("p", "k1")}:${a("p", "k10")})`,
  });
  b.ok({
    sheet: S,
    cell: a("pv", "k9"),
    rules: ["ratio-components-mismatch", "inconsistent-formula"],
    truth: `ROUND(${a("p", "k9")}/${a("lp", "k9")}*10,2)`,
  });
  return b.finish();
}
