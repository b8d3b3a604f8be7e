// The archive recap per OPD of the Dinas Perpustakaan dan Kearsipan of Kota Sengeti Baru (Jambi): arsip
// aktif and inaktif, their sum, the arsip tertata and its share. The TOTAL share is the ratio of the
// totals, never the average of the OPD shares. Names and numbers are invented.
import { BookW, DEC, INT, fx, letterhead, signature, type Col, type Ctx, type Row } from "../forms/kit";

export function rekapArsipOpd(): BookW {
  const b = new BookW(
    "rekap-arsip-per-opd-dispusip-sengeti-baru.xlsx",
    "Rekap arsip per OPD (Dispusip)",
    "Rekap pengelolaan arsip per perangkat daerah 2024: No | Perangkat Daerah | 'Volume Arsip (berkas)' > Aktif | Inaktif | Jumlah '5 = 3 + 4' | Arsip Tertata (berkas) | % Tertata '7 = 6 / 5 x 100'; TOTAL row",
  );
  const S = "Rekap Arsip OPD";
  const s = b.sheet(S);
  letterhead(s, ["PEMERINTAH KOTA SENGETI BARU", "DINAS PERPUSTAKAAN DAN KEARSIPAN"]);
  s.lines(["REKAPITULASI PENGELOLAAN ARSIP PERANGKAT DAERAH", "KEADAAN S.D. 31 DESEMBER 2024"]);
  const V = "Volume Arsip (berkas)";
  const cols: Col[] = [
    { key: "no", head: ["No"], role: "no", num: "1", width: 5 },
    { key: "opd", head: ["Perangkat Daerah"], num: "2", width: 40 },
    { key: "akt", head: [V, "Aktif"], role: "realisasi", year: 2024, num: "3", fmt: INT, width: 10 },
    { key: "ina", head: [V, "Inaktif"], role: "realisasi", year: 2024, num: "4", fmt: INT, width: 10 },
    { key: "jml", head: [V, "Jumlah"], role: "realisasi", year: 2024, num: "5 = 3 + 4", fmt: INT, width: 10 },
    {
      key: "tt",
      head: ["Arsip Tertata (berkas)"],
      role: "realisasi",
      year: 2024,
      num: "6",
      fmt: INT,
      width: 11,
    },
    { key: "pct", head: ["% Tertata"], num: "7 = 6 / 5 x 100", fmt: DEC, width: 10 },
  ];
  const O = [
    { id: "o1", n: "Sekretariat Daerah", akt: 2_415, ina: 6_380, tt: 6_102 },
    { id: "o2", n: "Sekretariat DPRD", akt: 1_126, ina: 2_940, tt: 2_287 },
    { id: "o3", n: "Badan Perencanaan Pembangunan Daerah", akt: 884, ina: 1_720, tt: 1_945 },
    { id: "o4", n: "Badan Pengelolaan Keuangan dan Aset Daerah", akt: 3_208, ina: 9_415, tt: 8_870 },
    { id: "o5", n: "Dinas Pendidikan dan Kebudayaan", akt: 2_760, ina: 7_105, tt: 4_932 },
    { id: "o6", n: "Dinas Kesehatan", akt: 1_934, ina: 4_862, tt: 3_815 },
    { id: "o7", n: "Dinas Komunikasi dan Informatika", akt: 512, ina: 1_148, tt: 1_402 },
    { id: "o8", n: "Kecamatan Sengeti Kota", akt: 438, ina: 966, tt: 702 },
  ];
  const trueIna = O.reduce((n, o) => n + o.ina, 0);
  const sumCol = (k: string, x: Ctx) => `SUM(${x.a(k, "o1")}:${x.a(k, "o8")})`;
  const t = s.table({
    cols,
    headerRows: 2,
    numberRow: "plain",
    rows: [
      ...O.map((o, i): Row => ({
        id: o.id,
        cells: (x: Ctx) => ({
          no: i + 1,
          opd: o.n,
          akt: o.akt,
          ina: o.ina,
          jml: fx(`${x.a("akt")}+${x.a("ina")}`),
          tt: o.tt,
          // planted: Dinas Kesehatan's share typed 65.12 (3,815 / 6,796 gives 56.14)
          pct: o.id === "o6" ? 65.12 : fx(`ROUND(${x.a("tt")}/${x.a("jml")}*100,2)`),
        }),
      })),
      {
        id: "tot",
        bold: true,
        span: ["no", "opd"],
        cells: (x: Ctx) => ({
          no: "TOTAL",
          akt: fx(sumCol("akt", x)),
          // planted: a stale cached total from before the BPKAD's inaktif was recounted (9,145 -> 9,415)
          ina: fx(sumCol("ina", x), trueIna - 270),
          jml: fx(sumCol("jml", x)),
          tt: fx(sumCol("tt", x)),
          pct: fx(`ROUND(${x.a("tt")}/${x.a("jml")}*100,2)`),
        }),
      },
    ],
  });
  s.gap();
  s.lines([
    "Sumber: hasil pengawasan kearsipan internal dan laporan unit kearsipan perangkat daerah.",
    "Persentase TOTAL dihitung dari jumlah arsip tertata dibagi jumlah volume arsip, bukan rata-rata persentase.",
  ]);
  s.gap();
  signature(s, 5, {
    tempat: "Sengeti Baru, 15 Januari 2025",
    jabatan: ["KEPALA DINAS PERPUSTAKAAN DAN KEARSIPAN,"],
    nama: "Hj. RAHMAWATI HASIBUAN, S.Sos., M.M.",
    pangkat: "Pembina Tingkat I (IV/b)",
    nip: "19730822 199803 2 006",
  });
  const a = (k: string, id: string) => t.a(k, id);
  b.plant({
    at: { sheet: S, cell: a("pct", "o6") },
    rules: ["capaian-mismatch", "hardcoded-value"],
    note: "% Tertata of the Dinas Kesehatan is a typed 65.12 among ROUND formulas; 3,815 / 6,796 gives 56.14",
    truth: `ROUND(${a("tt", "o6")}/${a("jml", "o6")}*100,2)`,
  });
  b.plant({
    at: { sheet: S, cell: a("ina", "tot") },
    rules: ["sum-mismatch"],
    note: `TOTAL Inaktif is =SUM with a stale cached ${(trueIna - 270).toLocaleString("en")}; the eight OPD give ${trueIna.toLocaleString("en")}`,
    truth: `SUM(${a("ina", "o1")}:${a("ina", "o8")})`,
  });
  for (const o of O)
    b.ok({
      sheet: S,
      cell: a("jml", o.id),
      rules: ["sum-mismatch"],
      truth: `${a("akt", o.id)}+${a("ina", o.id)}`,
    });
  for (const id of ["o1", "o3", "o7"])
    b.ok({
      sheet: S,
      cell: a("pct", id),
      rules: ["capaian-mismatch", "percent-out-of-range"],
      truth: `ROUND(${a("tt", id)}/${a("jml", id)}*100,2)`,
    });
  for (const k of ["akt", "jml", "tt"])
    b.ok({ sheet: S, cell: a(k, "tot"), rules: ["sum-mismatch"], truth: `SUM(${a(k, "o1")}:${a(k, "o8")})` });
  b.ok({
    sheet: S,
    cell: a("pct", "tot"),
    rules: ["sum-mismatch", "capaian-mismatch"],
    truth: `ROUND(SUM(${a("tt", "o1")}:${a("tt", "o8")})/SUM(${a("jml", "o1")}:${a("jml", "o8")})*100,2)`,
    trap: `ROUND(AVERAGE(${a("pct", "o1")}:${a("pct", "o8")}),2)`,
  });
  return b.finish();
}
