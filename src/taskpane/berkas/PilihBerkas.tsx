// A button that opens the browser's file picker (a hidden <input type=file>): the picked file is
// read in the pane, nothing is uploaded. The input is emptied after each pick, so the same file
// can be picked again after it was changed on disk.
import * as React from "react";
import { Button } from "@fluentui/react-components";

type Props = { label: string; accept: string; disabled: boolean; onPick: (f: File) => void };

export function PilihBerkas(p: Props): React.JSX.Element {
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <>
      <Button onClick={() => input.current?.click()} disabled={p.disabled}>
        {p.label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={p.accept}
        hidden
        aria-label={p.label}
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = "";
          if (f) p.onPick(f);
        }}
      />
    </>
  );
}
