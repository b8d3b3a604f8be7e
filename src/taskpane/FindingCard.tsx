// One open finding as a card: what was found (severity, cell, rule, message, expected and written
// values; clicking it selects the cell) and, inside the same border, every control that acts on
// it: the polarity choice where polarity matters, Perbaiki when the fix is certain, and
// "Terima dengan alasan".
import * as React from "react";
import { Badge, Body1, Button, Caption1, Text } from "@fluentui/react-components";
import type { Finding } from "../core/report";
import type { PaneSettings } from "../excel/excelHost";
import { PolaritasPilihan } from "./PolaritasPilihan";
import { TerimaDenganAlasan } from "./TerimaDenganAlasan";
import { severityColor, usePaneStyles } from "./styles";
import { TEKS, angka, namaTingkat } from "./teks";

export type FindingCardProps = {
  finding: Finding;
  current: boolean;
  busy: boolean;
  settings: PaneSettings;
  /** The indicator whose polarity would change this finding; undefined: no polarity choice. */
  polaritas: { key: string; name: string } | undefined;
  /** The reason being written, when "Terima dengan alasan" is open on this card. */
  accepting: string | undefined;
  onSelect: () => void;
  onFix: () => void;
  onPolaritas: (next: PaneSettings) => void;
  onAccepting: (alasan: string | undefined) => void;
  onAccept: (alasan: string) => void;
};

export function FindingCard(p: FindingCardProps): React.JSX.Element {
  const s = usePaneStyles();
  const { finding: f, settings } = p;
  const t = TEKS[settings.bahasa];
  const sel = `${f.sheet}!${f.cell}`;
  return (
    <article className={`${s.card} ${p.current ? s.current : ""}`} data-card={sel} aria-label={sel}>
      <button
        type="button"
        className={s.select}
        onClick={p.onSelect}
        aria-current={p.current}
        data-finding={sel}
      >
        <div className={s.row}>
          <Badge appearance="filled" color={severityColor[f.severity]}>
            {namaTingkat(t, f.severity)}
          </Badge>
          <Text className={s.mono}>{sel}</Text>
          <Caption1>{f.rule}</Caption1>
        </div>
        <Body1 block>{f.message}</Body1>
        {(f.expected !== undefined || f.actual !== undefined) && (
          <Caption1 block>
            {f.expected !== undefined && `${t.seharusnya} ${angka(f.expected, settings.bahasa)}`}
            {f.expected !== undefined && f.actual !== undefined && " · "}
            {f.actual !== undefined && `${t.tertulis} ${angka(f.actual, settings.bahasa)}`}
          </Caption1>
        )}
      </button>
      <PolaritasPilihan indikator={p.polaritas} settings={settings} onChange={p.onPolaritas} />
      <div className={s.row}>
        {f.fix && (
          <Button size="small" onClick={p.onFix} disabled={p.busy} aria-label={`${t.perbaiki} ${sel}`}>
            {t.perbaiki}
          </Button>
        )}
        <TerimaDenganAlasan
          finding={f}
          t={t}
          busy={p.busy}
          open={p.accepting !== undefined}
          alasan={p.accepting ?? ""}
          onOpen={(o) => p.onAccepting(o ? "" : undefined)}
          onType={(alasan) => p.onAccepting(alasan)}
          onAccept={p.onAccept}
        />
      </div>
    </article>
  );
}
