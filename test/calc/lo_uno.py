"""Starting LibreOffice headless and reaching it through UNO, for the test:calc scripts.

`kantor(soffice, profile)` starts soffice on a private pipe with its own user profile (so a
running LibreOffice or another test is never touched), waits for it to answer and yields the
Desktop; on leaving, the Desktop is terminated and the process waited for. `jalankan(baca)` is
the whole of a script: usage SOFFICE PROFILE_DIR FILE..., each file opened hidden and read by
`baca(doc)`, one JSON object per file printed in a list.
"""
import contextlib
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


@contextlib.contextmanager
def kantor(soffice, profile):
    pipe = "cermat_calc_%d" % os.getpid()
    proc = subprocess.Popen(
        [
            soffice,
            "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
            "--headless",
            "--invisible",
            "--norestore",
            "--nologo",
            "--accept=pipe,name=%s;urp;StarOffice.ComponentContext" % pipe,
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    ctx = None
    for _ in range(240):
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            break
        except Exception:
            time.sleep(0.25)
    if ctx is None:
        proc.kill()
        raise SystemExit("LibreOffice did not answer on its pipe")
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    try:
        yield desktop
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except Exception:
            proc.kill()


def buka(desktop, path):
    """Opens a file hidden; None when LibreOffice cannot load it."""
    return desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(path)), "_blank", 0, (prop("Hidden", True),))


def jalankan(baca):
    soffice, profile, files = sys.argv[1], sys.argv[2], sys.argv[3:]
    out = []
    with kantor(soffice, profile) as desktop:
        for f in files:
            doc = buka(desktop, f)
            if doc is None:
                out.append({"file": f, "loaded": False})
                continue
            out.append(dict(baca(doc), file=f, loaded=True))
            doc.close(True)
    print(json.dumps(out))
