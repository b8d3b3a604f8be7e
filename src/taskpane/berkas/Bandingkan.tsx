// "Bandingkan dengan berkas...": the planner picks another .xlsx; it is read in the pane (exceljs
// loaded on this click only), the open workbook is read through the host, and the two are checked
// as documents of one office (./bandingkan). The findings name both places; one whose cell (or
// whose compared cell) is in this workbook selects it when clicked.
import * as React from "react";
import {
  Badge,
  Body1,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import type { JenisDokumen } from "../../core/lintas";
import type { Host } from "../../excel/excelHost";
import { HostError } from "../../excel/errors";
import { severityColor, usePaneStyles } from "../styles";
import { TEKS, angka, namaTingkat } from "../teks";
import type { Buku, HasilBanding, SisiBanding, TemuanBanding } from "./bandingkan";
import { BerkasError, periksaBita } from "./berkasError";
import { PilihBerkas } from "./PilihBerkas";
import { JENIS, TEKS_BERKAS, namaJenis, uraiDokumen } from "./teksBerkas";

type Props = { host: Host; bahasa: "id" | "en"; busy: boolean };

const pesanDari = (e: unknown, lang: "id" | "en"): string =>
  e instanceof BerkasError || e instanceof HostError ? e.pesan[lang] : String((e as Error)?.message ?? e);

export function Bandingkan({ host, bahasa, busy }: Props): React.JSX.Element {
  const s = usePaneStyles();
  const t = TEKS_BERKAS[bahasa];
  const tp = TEKS[bahasa];
  const [buku, setBuku] = React.useState<{ ini: Buku; itu: Buku } | undefined>();
  // the comparison engine (core/lintas) comes with the reader, on the first click
  const [mesin, setMesin] = React.useState<{ bandingkan: typeof import("./bandingkan").bandingkan }>();
  const [jenis, setJenis] = React.useState<{ ini?: JenisDokumen; itu?: JenisDokumen }>({});
  const [membaca, setMembaca] = React.useState<string | undefined>();
  const [galat, setGalat] = React.useState<string | undefined>();

  const hasil = React.useMemo((): HasilBanding | string | undefined => {
    if (!buku || !mesin) return undefined;
    try {
      return mesin.bandingkan(buku.ini, buku.itu, bahasa, jenis);
    } catch (e) {
      return pesanDari(e, bahasa);
    }
  }, [buku, mesin, jenis, bahasa]);

  async function pilih(file: File): Promise<void> {
    setGalat(undefined);
    setMembaca(file.name);
    try {
      const data = new Uint8Array(await file.arrayBuffer());
      periksaBita(data, file.name);
      // exceljs, jszip and core/lintas arrive here, on the first comparison, not with the pane
      const [{ bacaXlsx }, m] = await Promise.all([
        import(/* webpackChunkName: "baca-xlsx" */ "./bacaXlsx"),
        import(/* webpackChunkName: "baca-xlsx" */ "./bandingkan"),
      ]);
      const grids = await bacaXlsx(data, file.name);
      const ini = await host.read("workbook", () => undefined, new AbortController().signal);
      setJenis({});
      setMesin({ bandingkan: m.bandingkan });
      setBuku({ ini: { file: host.workbookName(), grids: ini.grids }, itu: { file: file.name, grids } });
    } catch (e) {
      setBuku(undefined);
      setGalat(pesanDari(e, bahasa));
    } finally {
      setMembaca(undefined);
    }
  }

  const sisi = (label: string, x: SisiBanding, key: "ini" | "itu"): React.JSX.Element => (
    <div data-dokumen={key}>
      <Caption1 block>
        {label} <span className={s.mono}>{x.file}</span> {t.dibacaSebagai}{" "}
        <Text weight="semibold">{uraiDokumen(x.dokumen, bahasa)}</Text> ({x.dokumen.alasan}) ·{" "}
        {t.tabelIndikator(x.tabel, x.indikator)}
      </Caption1>
      {(x.dokumen.jenis === "lainnya" || jenis[key]) && (
        <>
          {!jenis[key] && (
            <MessageBar intent="warning">
              <MessageBarBody>{t.jenisTakDikenal(x.file)}</MessageBarBody>
            </MessageBar>
          )}
          <Field label={t.pilihJenis(x.file)}>
            <Dropdown
              value={namaJenis(x.dokumen.jenis, bahasa)}
              selectedOptions={[x.dokumen.jenis]}
              onOptionSelect={(_, d) => setJenis((j) => ({ ...j, [key]: d.optionValue as JenisDokumen }))}
            >
              {JENIS.filter((j) => j !== "lainnya").map((j) => (
                <Option key={j} value={j}>
                  {namaJenis(j, bahasa)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </>
      )}
    </div>
  );

  const kartu = (f: TemuanBanding, i: number, iniFile: string): React.JSX.Element => {
    const di = `${f.file} ${f.sheet}!${f.cell}`;
    // the cell a click selects: the finding's own, or the compared one when that is here
    const sel = f.diSini ? f : f.other?.file === iniFile ? f.other : undefined;
    const isi = (
      <>
        <div className={s.row}>
          <Badge appearance="filled" color={severityColor[f.severity]}>
            {namaTingkat(tp, f.severity)}
          </Badge>
          <Text className={s.mono}>{di}</Text>
          <Caption1>{f.rule}</Caption1>
        </div>
        <Body1 block>{f.message}</Body1>
        {(f.expected !== undefined || f.actual !== undefined) && (
          <Caption1 block>
            {f.expected !== undefined && `${tp.seharusnya} ${angka(f.expected, bahasa)}`}
            {f.expected !== undefined && f.actual !== undefined && " · "}
            {f.actual !== undefined && `${tp.tertulis} ${angka(f.actual, bahasa)}`}
          </Caption1>
        )}
        {f.other && (
          <Caption1 block>
            {t.dibandingkanDengan}{" "}
            <span className={s.mono}>
              {f.other.file} {f.other.sheet}!{f.other.cell}
            </span>
          </Caption1>
        )}
      </>
    );
    return (
      <li key={i}>
        <article className={s.card} data-banding={di}>
          {sel ? (
            <button
              type="button"
              className={s.select}
              onClick={() =>
                void host.select(sel.sheet, sel.cell).catch((e) => setGalat(pesanDari(e, bahasa)))
              }
            >
              {isi}
            </button>
          ) : (
            isi
          )}
        </article>
      </li>
    );
  };

  const jumlah = (sev: string): number =>
    typeof hasil === "object" ? hasil.temuan.filter((f) => f.severity === sev).length : 0;

  return (
    <section aria-label={t.bandingkanJudul} className={s.root} style={{ padding: 0 }}>
      <Text as="h2" weight="semibold" size={300}>
        {t.bandingkanJudul}
      </Text>
      <Caption1>{t.bandingkanKet}</Caption1>
      <div className={s.row}>
        <PilihBerkas
          label={t.bandingkan}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          disabled={busy || membaca !== undefined}
          onPick={(f) => void pilih(f)}
        />
      </div>
      {membaca !== undefined && (
        <Field validationMessage={t.membacaBerkas(membaca)} validationState="none">
          <ProgressBar />
        </Field>
      )}
      {(galat ?? (typeof hasil === "string" ? hasil : undefined)) && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{galat ?? (hasil as string)}</MessageBarBody>
        </MessageBar>
      )}
      {typeof hasil === "object" && (
        <>
          {sisi(t.bukuIni, hasil.ini, "ini")}
          {sisi(t.berkasItu, hasil.itu, "itu")}
          <Text weight="semibold" role="status">
            {t.hasil(jumlah("error"), jumlah("warning"), jumlah("info"))}
          </Text>
          {hasil.temuan.length === 0 &&
            hasil.ini.dokumen.jenis !== "lainnya" &&
            hasil.itu.dokumen.jenis !== "lainnya" && <Body1>{t.selaras}</Body1>}
          {hasil.temuan.length > 0 && (
            <ul className={s.list} aria-label={t.temuanBanding}>
              {hasil.temuan.map((f, i) => kartu(f, i, hasil.ini.file))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
