// The LKjIP 2024 of a Dinas Pariwisata (Kota Pantaiayu, Bali): Tabel 3.2 sets each indicator's
// realisation against its target and against last year's realisation (a growth column), and Tabel
// 3.3 under it gives the visitors per quarter (a flow: the year adds the quarters) and the average
// length of stay (a level: the year is the average, never the sum). Every name and number is
// invented.
import { BookW, DEC, INT, fmt, fx, letterhead, round, signature, type Col, type Row } from "../forms/kit";
import { must, refl, rt } from "./common";

type WIn = {
  id: string;
  sas: string;
  ind: string;
  sat: string;
  r23: number;
  t: number;
  r: number;
  neg?: boolean;
  f: string;
};

/** LKjIP Tabel 3.2 and 3.3 of the Dinas Pariwisata Kota Pantaiayu. */
export function lkjipDispar(): BookW {
  const b = new BookW(
    "lkjip-kunjungan-lamatinggal-dispar-pantaiayu.xlsx",
    "LKjIP pengukuran with last year and growth (Dinas Pariwisata)",
    "LKjIP 2024 of a Dinas Pariwisata: Tabel 3.2 No | Sasaran Strategis (merged) | Indikator Kinerja | Satuan | 'Realisasi Tahun Lalu (2023)' | 'Tahun 2024' > Target | Realisasi | % Capaian | 'Perkembangan thd 2023 (%)' | Ket.; formulas, refleksi for the complaints; Tabel 3.3 under it: visitors per TW and the length of stay per TW, the year SUM or AVERAGE",
  );
  const S = "Tabel 3.2-3.3";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KOTA PANTAIAYU",
    "DINAS PARIWISATA",
    "Jl. Bypass Ngurah Rai No. 47, Pantaiayu 80361, Telp. (0361) 742 115",
  ]);
  s.lines(["Tabel 3.2", "Pengukuran Kinerja Sasaran Dinas Pariwisata Kota Pantaiayu Tahun 2024"]);
  s.gap();
  const S1 = "Meningkatnya kunjungan dan lama tinggal wisatawan di Kota Pantaiayu";
  const S2 = "Meningkatnya daya saing dan kualitas layanan kepariwisataan";
  const rows: WIn[] = [
    {
      id: "w1",
      sas: S1,
      ind: "Jumlah kunjungan wisatawan mancanegara",
      sat: "orang",
      r23: 412_580,
      t: 450_000,
      r: 468_215,
      f: INT,
    },
    {
      id: "w2",
      sas: S1,
      ind: "Jumlah kunjungan wisatawan nusantara",
      sat: "orang",
      r23: 1_284_300,
      t: 1_350_000,
      r: 1_327_640,
      f: INT,
    },
    {
      id: "w3",
      sas: S1,
      ind: "Rata-rata lama tinggal wisatawan",
      sat: "hari",
      r23: 2.84,
      t: 3,
      r: 2.92,
      f: DEC,
    },
    {
      id: "w4",
      sas: S2,
      ind: "Tingkat penghunian kamar (TPK) hotel berbintang",
      sat: "%",
      r23: 58.6,
      t: 62,
      r: 63.45,
      f: DEC,
    },
    {
      id: "w5",
      sas: S2,
      ind: "Kontribusi sektor pariwisata terhadap PDRB",
      sat: "%",
      r23: 11.2,
      t: 11.8,
      r: 11.65,
      f: DEC,
    },
    {
      id: "w6",
      sas: S2,
      ind: "Jumlah pengaduan wisatawan yang tidak terselesaikan",
      sat: "kasus",
      r23: 14,
      t: 12,
      r: 9,
      neg: true,
      f: "0",
    },
  ];
  // planted 1: the growth of the foreign visitors typed 13.84 (digits swapped) among ROUND formulas
  const g1 = round(((468_215 - 412_580) / 412_580) * 100);
  const PLANT_G = { id: "w1", v: 13.84 };
  must(Math.abs(g1 - PLANT_G.v) > 0.1, "growth w1");
  // planted 2: the domestic visitors' realisasi in Tabel 3.2 typed 1,372,640; Tabel 3.3 adds the
  // quarters to 1,327,640
  const PLANT_X = { id: "w2", v: 1_372_640 };
  const Y = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
    { key: "r23", head: ["Realisasi Tahun Lalu (2023)"], role: "realisasi", year: 2023, width: 13 },
    { key: "t", head: [Y, "Target"], role: "target", year: 2024, width: 12 },
    { key: "r", head: [Y, "Realisasi"], role: "realisasi", year: 2024, width: 12 },
    { key: "c", head: [Y, "% Capaian"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "g", head: ["Perkembangan thd 2023 (%)"], role: "pertumbuhan", fmt: DEC, width: 12 },
    { key: "ket", head: ["Ket."], role: "keterangan", width: 16 },
  ];
  const t1 = s.table({
    cols,
    headerRows: 2,
    vmerge: ["sas"],
    rows: rows.map((x, k): Row => ({
      id: x.id,
      cells: (c) => ({
        no: k + 1,
        sas: x.sas,
        ind: x.ind,
        sat: x.sat,
        r23: fmt(x.r23, x.f),
        t: fmt(x.t, x.f),
        r: fmt(x.id === PLANT_X.id ? PLANT_X.v : x.r, x.f),
        c: fx(x.neg ? refl(c.a("r"), c.a("t")) : rt(c.a("r"), c.a("t"))),
        g: x.id === PLANT_G.id ? PLANT_G.v : fx(`ROUND((${c.a("r")}-${c.a("r23")})/${c.a("r23")}*100,2)`),
        ket: x.neg ? "semakin kecil semakin baik" : undefined,
      }),
    })),
  });
  s.gap();
  s.lines(["Tabel 3.3", "Kunjungan Wisatawan dan Lama Tinggal per Triwulan Tahun 2024"]);
  s.gap();
  const TW = "Realisasi per Triwulan";
  const t2 = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ur", head: ["Uraian"], role: "indikator", width: 30 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 9 },
      ...["TW I", "TW II", "TW III", "TW IV"].map((q, i): Col => ({
        key: `q${i}`,
        head: [TW, q],
        role: "realisasi",
        year: 2024,
        width: 11,
      })),
      { key: "y", head: ["Tahun 2024"], role: "realisasi", year: 2024, width: 13 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 24 },
    ],
    headerRows: 2,
    rows: [
      {
        id: "k1",
        cells: (c) => ({
          no: 1,
          ur: "Wisatawan mancanegara",
          sat: "orang",
          q0: fmt(98_412, INT),
          q1: fmt(121_305, INT),
          q2: fmt(142_660, INT),
          q3: fmt(105_838, INT),
          y: fx(`SUM(${c.a("q0")}:${c.a("q3")})`),
          ket: "sumber: BPS / imigrasi",
        }),
      },
      {
        id: "k2",
        cells: (c) => ({
          no: 2,
          ur: "Wisatawan nusantara",
          sat: "orang",
          q0: fmt(301_245, INT),
          q1: fmt(318_970, INT),
          q2: fmt(352_118, INT),
          q3: fmt(355_307, INT),
          y: fx(`SUM(${c.a("q0")}:${c.a("q3")})`),
          ket: "sumber: survei MPD",
        }),
      },
      {
        id: "kj",
        bold: true,
        cells: (c) => {
          const out: Record<string, ReturnType<typeof fx> | string> = {
            ur: "Jumlah Kunjungan",
            sat: "orang",
          };
          for (const k of ["q0", "q1", "q2", "q3", "y"]) out[k] = fx(`${c.a(k, "k1")}+${c.a(k, "k2")}`);
          return out;
        },
      },
      {
        id: "k3",
        cells: (c) => ({
          no: 3,
          ur: "Rata-rata lama tinggal wisatawan",
          sat: "hari",
          q0: fmt(2.71, DEC),
          q1: fmt(2.88, DEC),
          q2: fmt(3.06, DEC),
          q3: fmt(3.03, DEC),
          y: fx(`ROUND(AVERAGE(${c.a("q0")}:${c.a("q3")}),2)`),
          ket: "rata-rata, bukan jumlah",
        }),
      },
    ],
  });
  for (const k of ["y"]) s.ws.getCell(`${t2.c(k)}${t2.row("k3")}`).numFmt = DEC;
  s.gap();
  s.lines([
    "Catatan: capaian indikator jumlah pengaduan (semakin kecil semakin baik) dihitung (2 x Target - Realisasi) / Target x 100.",
  ]);
  s.gap();
  signature(s, 7, {
    tempat: "Pantaiayu, 14 Februari 2025",
    jabatan: ["KEPALA DINAS PARIWISATA", "KOTA PANTAIAYU,"],
    nama: "I GUSTI NGURAH PUTU WIRAKSA, S.E., M.Par.",
    pangkat: "Pembina Tingkat I",
    nip: "19760918 200212 1 004",
  });

  const a = (k: string, id: string) => t1.a(k, id);
  const q = (id: string) => [0, 1, 2, 3].map((i) => t2.a(`q${i}`, id));
  b.plant({
    at: { sheet: S, cell: a("g", PLANT_G.id) },
    rules: ["growth-mismatch", "hardcoded-value"],
    note: `perkembangan of the foreign visitors is a typed 13.84 among ROUND formulas; (468,215 - 412,580) / 412,580 x 100 gives ${g1}`,
    truth: `ROUND((${a("r", "w1")}-${a("r23", "w1")})/${a("r23", "w1")}*100,2)`,
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: S, cell: a("r", PLANT_X.id) },
        { sheet: S, cell: t2.a("y", "k2") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "realisasi 2024 of the domestic visitors is 1,372,640 in Tabel 3.2 (two digits swapped); Tabel 3.3 adds its quarters to 1,327,640",
    truth: t2.a("y", "k2"),
    actual: a("r", PLANT_X.id),
  });
  for (const x of rows) {
    const T = a("t", x.id);
    const R = a("r", x.id);
    if (x.id !== PLANT_X.id) {
      const c = x.neg ? ((2 * x.t - x.r) / x.t) * 100 : (x.r / x.t) * 100;
      b.ok({
        sheet: S,
        cell: a("c", x.id),
        rules: c > 100 ? ["capaian-mismatch", "percent-out-of-range"] : ["capaian-mismatch"],
        truth: x.neg ? refl(R, T) : rt(R, T),
        trap: x.neg ? rt(R, T) : undefined,
      });
      if (x.id !== PLANT_G.id)
        b.ok({
          sheet: S,
          cell: a("g", x.id),
          rules: ["growth-mismatch"],
          truth: `ROUND((${R}-${a("r23", x.id)})/${a("r23", x.id)}*100,2)`,
        });
    }
  }
  // the same realisations in both tables
  b.ok({ sheet: S, cell: a("r", "w1"), rules: ["cross-table-mismatch"], truth: t2.a("y", "k1") });
  b.ok({ sheet: S, cell: a("r", "w3"), rules: ["cross-table-mismatch"], truth: t2.a("y", "k3") });
  // Tabel 3.3: the visitors add up, the length of stay is an average (not the quarters' sum)
  b.ok({ sheet: S, cell: t2.a("y", "k1"), rules: ["sum-mismatch"], truth: q("k1").join("+") });
  b.ok({ sheet: S, cell: t2.a("y", "kj"), rules: ["sum-mismatch"], truth: q("kj").join("+") });
  b.ok({
    sheet: S,
    cell: t2.a("q2", "kj"),
    rules: ["sum-mismatch"],
    truth: `${t2.a("q2", "k1")}+${t2.a("q2", "k2")}`,
  });
  b.ok({
    sheet: S,
    cell: t2.a("y", "k3"),
    rules: ["sum-mismatch"],
    truth: `ROUND((${q("k3").join("+")})/4,2)`,
    trap: q("k3").join("+"),
  });
  return b.finish();
}
