// An LKjIP measurement table of a Dinas Kesehatan in Nusa Tenggara Barat (the lower-is-better PD3I row
// takes the refleksi (2T - R) / T), and a Perjanjian Kinerja 2025 beside its Renstra in Sulawesi Tengah.
// Every name and number is invented.
import { BookW, DEC, RP, fx, letterhead, predikat, type Cell, type Col, type Row } from "../forms/kit";

export function lkjipDinkesSumbawaTengah(): BookW {
  const b = new BookW(
    "lkjip-pengukuran-dinkes-jkn-idl-sumbawa-tengah.xlsx",
    "LKjIP 2024 Tabel 3.1 pengukuran kinerja",
    "LKjIP 2024 of a Dinas Kesehatan in NTB: No | Sasaran (merged) | Indikator Kinerja | Satuan | 'Tahun 2024' > Target | Realisasi | Capaian (%) | Predikat | Realisasi 2023 | Target Akhir Renstra 2026; ROUND formulas, refleksi on the PD3I row; Rata-rata row",
  );
  const S = "Tabel 3.1";
  const s = b.sheet(S);
  s.lines(["Tabel 3.1", "Pengukuran Kinerja Dinas Kesehatan Kabupaten Sumbawa Tengah Tahun 2024"], 1, {
    bold: true,
  });
  s.gap();
  const S1 = "Meningkatnya cakupan jaminan kesehatan masyarakat";
  const S2 = "Meningkatnya perlindungan anak dari PD3I";
  type I = {
    id: string;
    sas: string;
    ind: string;
    sat: string;
    t: number;
    r: number;
    r23: number;
    t26: number;
    neg?: boolean;
  };
  const I: I[] = [
    {
      id: "uhc",
      sas: S1,
      ind: "Cakupan kepesertaan JKN (UHC)",
      sat: "%",
      t: 97,
      r: 98.12,
      r23: 95.87,
      t26: 98,
    },
    {
      id: "aktif",
      sas: S1,
      ind: "Persentase peserta JKN aktif",
      sat: "%",
      t: 82,
      r: 71.3,
      r23: 74.6,
      t26: 86,
    },
    {
      id: "idl",
      sas: S2,
      ind: "Persentase bayi dengan imunisasi dasar lengkap",
      sat: "%",
      t: 93,
      r: 86.71,
      r23: 84.9,
      t26: 95,
    },
    {
      id: "uci",
      sas: S2,
      ind: "Persentase desa/kelurahan UCI",
      sat: "%",
      t: 90,
      r: 84.2,
      r23: 81.5,
      t26: 95,
    },
    {
      id: "pd3i",
      sas: S2,
      ind: "Angka kasus PD3I per 100.000 penduduk (negatif)",
      sat: "per 100.000",
      t: 2.5,
      r: 3.1,
      r23: 3.4,
      t26: 2,
      neg: true,
    },
  ];
  const G = "Tahun 2024";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", width: 5 },
    { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 30 },
    { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
    { key: "sat", head: ["Satuan"], role: "satuan", width: 10 },
    { key: "t", head: [G, "Target"], role: "target", year: 2024, width: 9 },
    { key: "r", head: [G, "Realisasi"], role: "realisasi", year: 2024, width: 9 },
    { key: "c", head: [G, "Capaian (%)"], role: "capaian", year: 2024, fmt: DEC, width: 10 },
    { key: "p", head: [G, "Predikat"], role: "predikat", year: 2024, width: 13 },
    { key: "r23", head: ["Realisasi 2023"], role: "realisasi", year: 2023, width: 10 },
    { key: "t26", head: ["Target Akhir Renstra (2026)"], role: "target", year: 2026, width: 11 },
  ];
  const cap = (x: I, r: string, t: string) =>
    x.neg ? `ROUND((2*${t}-${r})/${t}*100,2)` : `ROUND(${r}/${t}*100,2)`;
  const capV = (x: I) => Math.round((x.neg ? (2 * x.t - x.r) / x.t : x.r / x.t) * 10000) / 100;
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
          // planted: the IDL capaian typed 98.24 (86.71 / 93 gives 93.24)
          c: x.id === "idl" ? 98.24 : fx(cap(x, c.a("r"), c.a("t"))),
          // planted: the JKN aktif predikat one band too high
          p: x.id === "aktif" ? "Sangat Tinggi" : predikat(capV(x)),
          r23: x.r23,
          t26: x.t26,
        }),
      })),
      {
        id: "avg",
        span: ["no", "sat"],
        cells: (c) => ({
          no: "Rata-rata capaian kinerja",
          c: fx(`ROUND(AVERAGE(${c.a("c", "uhc")}:${c.a("c", "pd3i")}),2)`),
          p: predikat((capV(I[0]) + capV(I[1]) + 98.24 + capV(I[3]) + capV(I[4])) / 5),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: Bidang Yankes dan Bidang P2P, data BPJS Kesehatan per 31 Desember 2024.",
    "Indikator negatif dihitung dengan rumus (2 x Target - Realisasi) / Target x 100%.",
  ]);
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("c", "idl") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "Capaian of the IDL is a typed 98.24 among ROUND formulas; 86.71 / 93 x 100 gives 93.24",
    truth: `ROUND(${a("r", "idl")}/${a("t", "idl")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("p", "aktif") },
    rules: ["predikat-mismatch"],
    note: "Predikat 'Sangat Tinggi' for a capaian of 86.95 (71.3 against 82); the band > 75 - 90 is Tinggi",
    truth: `PREDIKAT(${a("c", "aktif")})`,
  });
  b.ok({
    sheet: S,
    cell: a("c", "pd3i"),
    rules: ["capaian-mismatch", "inconsistent-formula"],
    truth: `ROUND((2*${a("t", "pd3i")}-${a("r", "pd3i")})/${a("t", "pd3i")}*100,2)`,
    trap: `ROUND(${a("r", "pd3i")}/${a("t", "pd3i")}*100,2)`,
  });
  for (const id of ["uhc", "aktif", "uci"])
    b.ok({
      sheet: S,
      cell: a("c", id),
      rules: ["capaian-mismatch"],
      truth: `ROUND(${a("r", id)}/${a("t", id)}*100,2)`,
    });
  for (const id of ["uhc", "uci", "pd3i"])
    b.ok({ sheet: S, cell: a("p", id), rules: ["predikat-mismatch"], truth: `PREDIKAT(${a("c", id)})` });
  return b.finish();
}

export function pkDinkesBanggaiTanjung(): BookW {
  const b = new BookW(
    "pk-2025-renstra-dinkes-banggai-tanjung.xlsx",
    "PK 2025 and Renstra Dinas Kesehatan 2025-2029",
    "Sheet 'PK 2025': No | Sasaran Strategis | Indikator Kinerja | Satuan | Target 2025, then No | Kode | Program | Anggaran (Rp) | Keterangan with a JUMLAH row; sheet 'Renstra 2025-2029': No | Indikator | Satuan | Kondisi Awal 2024 | 'Target' > 2025 .. 2029 | Kondisi Akhir",
  );
  const P = "PK 2025";
  const R = "Renstra 2025-2029";
  const s = b.sheet(P);
  letterhead(s, ["PERJANJIAN KINERJA TAHUN 2025", "DINAS KESEHATAN KABUPATEN BANGGAI TANJUNG"]);
  const ind = [
    {
      id: "uhc",
      sas: "Meningkatnya perlindungan finansial masyarakat di bidang kesehatan",
      ind: "Cakupan Universal Health Coverage (UHC)",
      sat: "%",
      awal: 97.2,
      k: [97.5, 98, 98.5, 99, 99.5],
    },
    {
      id: "aktif",
      sas: "Meningkatnya perlindungan finansial masyarakat di bidang kesehatan",
      ind: "Persentase peserta JKN aktif",
      sat: "%",
      awal: 78.4,
      k: [80, 82, 84, 86, 88],
    },
    {
      id: "idl",
      sas: "Menurunnya penyakit yang dapat dicegah dengan imunisasi",
      ind: "Persentase bayi dengan imunisasi dasar lengkap",
      sat: "%",
      awal: 88.3,
      k: [90, 91, 92, 93, 95],
    },
    {
      id: "pd3i",
      sas: "Menurunnya penyakit yang dapat dicegah dengan imunisasi",
      ind: "Angka kasus PD3I per 100.000 penduduk",
      sat: "per 100.000",
      awal: 2.7,
      k: [2.4, 2.1, 1.8, 1.5, 1.2],
    },
  ];
  const pk = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "sas", head: ["Sasaran Strategis"], role: "sasaran", width: 34 },
      { key: "ind", head: ["Indikator Kinerja"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "tg", head: ["Target 2025"], role: "target", year: 2025, width: 12 },
    ],
    headerRows: 1,
    vmerge: ["sas"],
    // planted: the IDL target is the Renstra 2026 value
    rows: ind.map((x, i) => ({
      id: x.id,
      cells: { no: i + 1, sas: x.sas, ind: x.ind, sat: x.sat, tg: x.id === "idl" ? 91 : x.k[0] },
    })),
  });
  s.gap();
  const progs = [
    {
      id: "p1",
      kode: "1.02.01",
      nm: "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
      rp: 38_415_220_000,
    },
    {
      id: "p2",
      kode: "1.02.02",
      nm: "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
      rp: 52_968_750_000,
    },
    {
      id: "p3",
      kode: "1.02.03",
      nm: "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
      rp: 1_284_600_000,
    },
  ];
  const total = progs.reduce((n, p) => n + p.rp, 0);
  const pr = s.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "kode", head: ["Kode"], role: "kode", width: 34 },
      { key: "nm", head: ["Program"], width: 40 },
      { key: "rp", head: ["Anggaran (Rp)"], role: "anggaran", year: 2025, fmt: RP, width: 18 },
      { key: "ket", head: ["Keterangan"], role: "keterangan", width: 12 },
    ],
    headerRows: 1,
    rows: [
      ...progs.map((p, i): Row => ({
        id: p.id,
        cells: { no: i + 1, kode: p.kode, nm: p.nm, rp: p.rp, ket: "APBD" },
      })),
      // planted: the JUMLAH typed 10,000,000 short
      { id: "jml", bold: true, span: ["no", "nm"], cells: { no: "JUMLAH", rp: total - 10_000_000 } },
    ],
  });
  s.gap();
  s.lines(["Luwuk Tanjung, 3 Januari 2025"], 2);
  s.lines(["BUPATI BANGGAI TANJUNG,", "", "", "", "Drs. H. ARSYAD MUSTAFA, M.Si."], 2);
  const rs = b.sheet(R);
  rs.lines(["TARGET KINERJA SASARAN RENSTRA DINAS KESEHATAN 2025-2029"], 1, { bold: true });
  rs.gap();
  const YS = [2025, 2026, 2027, 2028, 2029];
  const rt = rs.table({
    cols: [
      { key: "no", head: ["No"], role: "no", width: 5 },
      { key: "ind", head: ["Indikator"], role: "indikator", width: 40 },
      { key: "sat", head: ["Satuan"], role: "satuan", width: 12 },
      { key: "awal", head: ["Kondisi Awal 2024"], role: "kondisi-awal", year: 2024, width: 10 },
      ...YS.map((y): Col => ({
        key: `t${y}`,
        head: ["Target", String(y)],
        role: "target",
        year: y,
        width: 8,
      })),
      { key: "ak", head: ["Kondisi Akhir"], role: "kondisi-akhir", year: 2029, width: 10 },
    ],
    headerRows: 2,
    rows: ind.map((x, i): Row => {
      const o: Record<string, Cell> = { no: i + 1, ind: x.ind, sat: x.sat, awal: x.awal };
      YS.forEach((y, j) => (o[`t${y}`] = x.k[j]));
      return { id: x.id, cells: (c) => ({ ...o, ak: fx(c.a("t2029")) }) };
    }),
  });
  b.plant({
    at: {
      anyOf: [
        { sheet: P, cell: pk.a("tg", "idl") },
        { sheet: R, cell: rt.a("t2025", "idl") },
      ],
    },
    rules: ["cross-table-mismatch"],
    note: "PK 2025 target of the IDL is 91, the Renstra's 2026 target; the Renstra 2025 target is 90",
    truth: `'${R}'!${rt.a("t2025", "idl")}`,
  });
  b.plant({
    at: { sheet: P, cell: pr.a("rp", "jml") },
    rules: ["sum-mismatch"],
    note: `JUMLAH anggaran is typed ${(total - 10_000_000).toLocaleString("en")}; the three programs give ${total.toLocaleString("en")}`,
    truth: `SUM(${pr.a("rp", "p1")}:${pr.a("rp", "p3")})`,
  });
  for (const id of ["uhc", "aktif", "pd3i"])
    b.ok({
      sheet: P,
      cell: pk.a("tg", id),
      rules: ["cross-table-mismatch"],
      truth: `'${R}'!${rt.a("t2025", id)}`,
    });
  for (const id of ["uhc", "pd3i"])
    b.ok({
      sheet: R,
      cell: rt.a("ak", id),
      rules: ["kondisi-akhir-mismatch"],
      truth: rt.a("t2029", id),
      trap: `SUM(${rt.a("t2025", id)}:${rt.a("t2029", id)})`,
    });
  return b.finish();
}
