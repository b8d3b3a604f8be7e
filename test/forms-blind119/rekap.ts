// A sector recap of a kecamatan in Kalimantan Selatan (Kecamatan Padang Batung Raya, Kabupaten Batang
// Amandit Raya), two tables side by side separated by one empty column: the PBB-P2 realisation per
// desa / kelurahan (pokok ketetapan, realisasi s.d. Triwulan IV, %, sisa) and the posyandu per desa
// (jumlah, aktif, %), each with a Jumlah row whose % is the ratio of the totals. Every name and
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

type Desa = {
  id: string;
  nama: string;
  sppt: number;
  pokok: number;
  real: number;
  pos: number;
  aktif: number;
};

export function rekapPbbPosyandu(): BookW {
  const b = new BookW(
    "rekap-pbb-p2-posyandu-kecamatan-padang-batung-raya.xlsx",
    "Rekap sektor kecamatan: PBB-P2 dan posyandu aktif",
    "Two tables side by side on one sheet of Kecamatan Padang Batung Raya (Kabupaten Batang Amandit Raya, Kalimantan Selatan), 2024: Tabel A No | Desa/Kelurahan | Jumlah SPPT | Pokok Ketetapan (Rp) | Realisasi s.d. Triwulan IV (Rp) | % Realisasi | Sisa Tunggakan (Rp), number row with '6 = 5/4 x 100' and '7 = 4 - 5'; Tabel B after one empty column: No | Desa/Kelurahan | Jumlah Posyandu | Posyandu Aktif (Purnama + Mandiri) | % Posyandu Aktif; both with a Jumlah row",
  );
  const S = "Rekap Kecamatan 2024";
  const s = b.sheet(S);
  letterhead(s, [
    "PEMERINTAH KABUPATEN BATANG AMANDIT RAYA",
    "KECAMATAN PADANG BATUNG RAYA",
    "Jalan Brigjen H. Hasan Basry Km. 12, Padang Batung Raya 71281",
  ]);
  s.lines(["REKAPITULASI CAPAIAN SEKTOR KECAMATAN PADANG BATUNG RAYA TAHUN 2024"]);
  s.gap();
  const D: Desa[] = [
    {
      id: "d1",
      nama: "Kel. Padang Batung",
      sppt: 2_846,
      pokok: 412_655_000,
      real: 371_389_000,
      pos: 6,
      aktif: 5,
    },
    { id: "d2", nama: "Desa Batu Laki", sppt: 1_214, pokok: 98_420_000, real: 81_294_000, pos: 3, aktif: 2 },
    { id: "d3", nama: "Desa Karang Paci", sppt: 987, pokok: 76_310_000, real: 63_428_000, pos: 2, aktif: 2 },
    {
      id: "d4",
      nama: "Desa Malutu Hilir",
      sppt: 1_562,
      pokok: 131_780_000,
      real: 109_615_000,
      pos: 4,
      aktif: 3,
    },
    {
      id: "d5",
      nama: "Desa Jelatang Baru",
      sppt: 845,
      pokok: 64_275_000,
      real: 47_862_000,
      pos: 2,
      aktif: 1,
    },
    {
      id: "d6",
      nama: "Desa Tabihi Kanan",
      sppt: 1_108,
      pokok: 88_940_000,
      real: 80_046_000,
      pos: 3,
      aktif: 3,
    },
    {
      id: "d7",
      nama: "Desa Kaliring Raya",
      sppt: 1_376,
      pokok: 117_520_000,
      real: 92_841_000,
      pos: 3,
      aktif: 2,
    },
    {
      id: "d8",
      nama: "Desa Pandulangan Hulu",
      sppt: 694,
      pokok: 52_630_000,
      real: 38_946_000,
      pos: 2,
      aktif: 1,
    },
  ];
  const d4 = D[3];
  const d4True = round((d4.real / d4.pokok) * 100);
  // planted: the % of Malutu Hilir typed 93.18 (digits of 83.18 mistyped) among ROUND formulas
  const d4Typed = round(d4True + 10);
  s.lines(["Tabel A. Realisasi PBB-P2 per Desa/Kelurahan s.d. Triwulan IV 2024"], 1);
  s.r -= 1;
  s.lines(["Tabel B. Posyandu Aktif per Desa/Kelurahan 2024"], 9);
  const top = s.r;
  const colsA: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "desa", head: ["Desa/Kelurahan"], role: "lokasi", num: "2", width: 24 },
    { key: "sppt", head: ["Jumlah SPPT (lembar)"], num: "3", fmt: INT, width: 10 },
    {
      key: "pokok",
      head: ["Pokok Ketetapan (Rp)"],
      role: "target",
      year: 2024,
      num: "4",
      fmt: RP,
      width: 16,
    },
    {
      key: "real",
      head: ["Realisasi s.d. Triwulan IV (Rp)"],
      role: "realisasi",
      year: 2024,
      num: "5",
      fmt: RP,
      width: 16,
    },
    {
      key: "pct",
      head: ["% Realisasi"],
      role: "capaian",
      year: 2024,
      num: "6 = 5/4 x 100",
      fmt: DEC,
      width: 10,
    },
    { key: "sisa", head: ["Sisa Tunggakan (Rp)"], num: "7 = 4 - 5", fmt: RP, width: 15 },
  ];
  const sumA = (k: string, x: Ctx) => `SUM(${x.a(k, "d1")}:${x.a(k, "d8")})`;
  const ta = s.table(
    {
      cols: colsA,
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...D.map((d, i): Row => ({
          id: d.id,
          cells: (x: Ctx) => ({
            no: i + 1,
            desa: d.nama,
            sppt: d.sppt,
            pokok: d.pokok,
            real: d.real,
            pct: d.id === "d4" ? d4Typed : fx(`ROUND(${x.a("real")}/${x.a("pokok")}*100,2)`),
            sisa: fx(`${x.a("pokok")}-${x.a("real")}`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "desa"],
          cells: (x: Ctx) => ({
            no: "Jumlah",
            sppt: fx(sumA("sppt", x)),
            pokok: fx(sumA("pokok", x)),
            real: fx(sumA("real", x)),
            pct: fx(`ROUND(${x.a("real")}/${x.a("pokok")}*100,2)`),
            sisa: fx(sumA("sisa", x)),
          }),
        },
      ],
    },
    1,
    top,
  );
  const aktifTrue = D.reduce((n, d) => n + d.aktif, 0);
  const colsB: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "desa", head: ["Desa/Kelurahan"], role: "lokasi", num: "2", width: 24 },
    { key: "pos", head: ["Jumlah Posyandu"], num: "3", fmt: INT, width: 10 },
    {
      key: "aktif",
      head: ["Posyandu Aktif (Purnama + Mandiri)"],
      role: "realisasi",
      year: 2024,
      num: "4",
      fmt: INT,
      width: 12,
    },
    {
      key: "pct",
      head: ["% Posyandu Aktif"],
      role: "capaian",
      year: 2024,
      num: "5 = 4/3 x 100",
      fmt: DEC,
      width: 10,
    },
  ];
  const sumB = (k: string, x: Ctx) => `SUM(${x.a(k, "d1")}:${x.a(k, "d8")})`;
  const tb = s.table(
    {
      cols: colsB,
      headerRows: 1,
      numberRow: "plain",
      rows: [
        ...D.map((d, i): Row => ({
          id: d.id,
          cells: (x: Ctx) => ({
            no: i + 1,
            desa: d.nama,
            pos: d.pos,
            aktif: d.aktif,
            pct: fx(`ROUND(${x.a("aktif")}/${x.a("pos")}*100,2)`),
          }),
        })),
        {
          id: "tot",
          bold: true,
          span: ["no", "desa"],
          cells: (x: Ctx) => ({
            no: "Jumlah",
            pos: fx(sumB("pos", x)),
            // planted: a stale cached 18, from before Desa Tabihi Kanan's third posyandu became purnama
            aktif: fx(sumB("aktif", x), aktifTrue - 1),
            pct: fx(`ROUND(${x.a("aktif")}/${x.a("pos")}*100,2)`),
          }),
        },
      ],
    },
    9,
    top,
  );
  s.gap();
  s.lines([
    "Catatan: % pada baris Jumlah dihitung dari jumlah (realisasi / ketetapan; posyandu aktif / jumlah posyandu), bukan dijumlahkan atau dirata-ratakan.",
    "Sumber: Bapenda Kabupaten Batang Amandit Raya (SISMIOP) dan Puskesmas Padang Batung Raya.",
  ]);
  s.gap();
  signature(s, 10, {
    tempat: "Padang Batung Raya, 14 Januari 2025",
    jabatan: ["CAMAT PADANG BATUNG RAYA,"],
    nama: "RAHMADI ANSHARI, S.STP., M.Si.",
    pangkat: "Pembina (IV/a)",
    nip: "19860208 200412 1 001",
  });

  const A = (k: string, id: string) => ta.a(k, id);
  const B = (k: string, id: string) => tb.a(k, id);
  b.plant({
    at: { sheet: S, cell: A("pct", "d4") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: `% Realisasi of Desa Malutu Hilir is a typed ${d4Typed.toFixed(2)} among ROUND formulas; 109,615,000 / 131,780,000 gives ${d4True.toFixed(2)}`,
    truth: `ROUND(${A("real", "d4")}/${A("pokok", "d4")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: B("aktif", "tot") },
    rules: ["sum-mismatch"],
    note: `Jumlah posyandu aktif is =SUM over the desa with a stale cached ${aktifTrue - 1}; the eight desa give ${aktifTrue}`,
    truth: `SUM(${B("aktif", "d1")}:${B("aktif", "d8")})`,
  });
  for (const d of D) {
    if (d.id !== "d4")
      b.ok({
        sheet: S,
        cell: A("pct", d.id),
        rules: ["capaian-mismatch", "percent-out-of-range"],
        truth: `ROUND(${A("real", d.id)}/${A("pokok", d.id)}*100,2)`,
      });
    b.ok({
      sheet: S,
      cell: A("sisa", d.id),
      rules: ["sum-mismatch"],
      truth: `${A("pokok", d.id)}-${A("real", d.id)}`,
    });
    b.ok({
      sheet: S,
      cell: B("pct", d.id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${B("aktif", d.id)}/${B("pos", d.id)}*100,2)`,
    });
  }
  for (const k of ["sppt", "pokok", "real", "sisa"])
    b.ok({ sheet: S, cell: A(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${A(k, "d1")}:${A(k, "d8")})` });
  b.ok({
    sheet: S,
    cell: B("pos", "tot"),
    rules: ["sum-mismatch"],
    truth: `SUM(${B("pos", "d1")}:${B("pos", "d8")})`,
  });
  // the Jumlah % is the ratio of the totals, not the sum (or the average) of the desa percentages
  b.ok({
    sheet: S,
    cell: A("pct", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(SUM(${A("real", "d1")}:${A("real", "d8")})/SUM(${A("pokok", "d1")}:${A("pokok", "d8")})*100,2)`,
    trap: `SUM(${A("pct", "d1")}:${A("pct", "d8")})/8`,
  });
  return b.finish();
}
