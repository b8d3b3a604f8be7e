// Which severities the list shows: Galat, Peringatan, Info toggles, each with its count.
import * as React from "react";
import { ToggleButton } from "@fluentui/react-components";
import type { Severity } from "../core/report";
import { usePaneStyles } from "./styles";
import { namaTingkat } from "./teks";
import type { Teks } from "./teks";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export function SeverityFilter(props: {
  t: Teks;
  shown: ReadonlySet<Severity>;
  counts: Record<Severity, number>;
  onChange: (shown: Set<Severity>) => void;
}): React.JSX.Element {
  const s = usePaneStyles();
  return (
    <div className={s.row} role="group" aria-label={props.t.saring}>
      {SEVERITIES.map((sev) => (
        <ToggleButton
          key={sev}
          size="small"
          checked={props.shown.has(sev)}
          disabled={props.counts[sev] === 0}
          onClick={() => {
            const next = new Set(props.shown);
            if (next.has(sev)) next.delete(sev);
            else next.add(sev);
            props.onChange(next);
          }}
        >
          {namaTingkat(props.t, sev)} ({props.counts[sev]})
        </ToggleButton>
      ))}
    </div>
  );
}
