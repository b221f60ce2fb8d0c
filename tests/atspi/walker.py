"""Walk the window's accessible tree through the real AT-SPI bus, as a screen reader does.

Run by tests/test_atspi.py with Debian's /usr/bin/python3 (pyatspi lives there), inside a
private D-Bus session and X display. Starts the app under test (argv: its command as JSON),
asks it to show each page, and prints one JSON document: for every page the named controls
with their roles, states, labels (LABELLED_BY relations) and texts, the Tab order from the
sections list (real key presses through XTest), and the status texts after typing."""

import json
import shutil
import subprocess
import sys
import time

import pyatspi

INTERACTIVE = {"push button", "combo box", "text", "table", "list", "check box", "radio button",
               "page tab list", "tree table", "entry", "password text", "spin button", "tool bar"}
DEADLINE = time.monotonic() + 100


def find_app(name):
    while time.monotonic() < DEADLINE:
        for app in pyatspi.Registry.getDesktop(0):
            if app is not None and app.name == name:
                return app
        time.sleep(0.2)
    raise SystemExit("the app never appeared on the accessibility bus")


def states(node):
    s = node.getState()
    return {n for n, st in (("showing", pyatspi.STATE_SHOWING), ("focused", pyatspi.STATE_FOCUSED),
                            ("focusable", pyatspi.STATE_FOCUSABLE), ("enabled", pyatspi.STATE_ENABLED))
            if s.contains(st)}


def labelled_by(node):
    out = []
    for rel in node.getRelationSet():
        if rel.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            out += [rel.getTarget(i).name for i in range(rel.getNTargets())]
    return out


def text_of(node):
    try:
        t = node.queryText()
        return t.getText(0, t.characterCount)
    except NotImplementedError:
        return None


def walk(node, path=(), out=None, cells=40):
    """Showing nodes, depth first; tables give only their first few cells."""
    out = [] if out is None else out
    for i, child in enumerate(node):
        if child is None or (node.getRoleName() in ("table", "tree table") and i >= cells):
            continue
        st = states(child)
        if "showing" not in st:
            continue
        role = child.getRoleName()
        out.append({"role": role, "name": child.name, "description": child.description,
                    "states": sorted(st), "labelled_by": labelled_by(child), "path": list(path) + [i],
                    "text": text_of(child) if role in ("label", "status bar", "text") else None,
                    "parent_role": node.getRoleName(), "parent_name": node.name})
        walk(child, list(path) + [i], out, cells)
    return out


def focused(window):
    """The control with the keyboard focus. A table's current cell and a list's current item
    keep saying "focused" after their view lost the focus, so a control saying it comes first."""
    hits = [n for n in walk(window) if "focused" in n["states"]]
    controls = [n for n in hits if n["role"] not in ("table cell", "list item", "page tab")]
    return (controls or hits or [None])[0]


HEARD = []  # the events a screen reader is sent: names changing, announcements


def _heard(event):
    try:
        src = event.source
        HEARD.append({"type": str(event.type), "description": src.description if src else "",
                      "name": src.name if src else "",
                      "data": event.any_data if isinstance(event.any_data, str) else ""})
    except Exception as e:  # noqa: BLE001 (a node gone meanwhile: recorded, not fatal)
        HEARD.append({"type": str(event.type), "error": str(e)})


def listen():
    pyatspi.Registry.registerEventListener(_heard, "object:property-change:accessible-name", "object:announcement")


def pump(seconds):
    """Let the events the app sent arrive (they come through GLib's main loop)."""
    from gi.repository import GLib

    ctx = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        while ctx.iteration(False):
            pass
        time.sleep(0.02)


def press(key):
    """A real key press through the X server (XTest), as from a keyboard."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", key], check=True, timeout=10)
    time.sleep(0.15)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "30", text], check=True, timeout=30)


def start_window_manager():
    """openbox, when installed: focus and activation as on a teacher's desktop."""
    if shutil.which("openbox") is None:
        return None
    wm = subprocess.Popen(["openbox"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        probe = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], capture_output=True, text=True)
        if "window id" in probe.stdout:
            break
        time.sleep(0.1)
    return wm


def main():
    command, pages, tab_pages = json.loads(sys.argv[1]), json.loads(sys.argv[2]), json.loads(sys.argv[3])
    wm = start_window_manager()
    app_proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    result = {"pages": {}, "tab_order": {}, "status": {}}
    try:
        assert app_proc.stdout.readline().strip() == "ready"

        def ask(line):
            app_proc.stdin.write(line + "\n")
            app_proc.stdin.flush()
            while time.monotonic() < DEADLINE:
                got = app_proc.stdout.readline().strip()
                if got == f"done {line}":
                    return
            raise SystemExit(f"no answer to {line}")

        app = find_app("journal-app-under-test")
        window = next(w for w in app if w is not None and w.getRoleName() == "frame")
        for key in pages:
            ask(f"page {key}")
            result["pages"][key] = walk(window)
        for key in tab_pages:
            ask(f"page {key}")
            order = []
            for _ in range(40):
                press("Tab")
                f = focused(window)
                order.append(f and {k: f[k] for k in ("role", "name", "parent_role", "parent_name")})
                if f and f["name"] == "Journal sections":
                    break
            result["tab_order"][key] = order
        ask("page stage:developing#reflection")
        ask("focus Reflection for Developing Mentor")
        result["word_count_before"] = next((n["name"] for n in walk(window) if n["description"] == "Word count"), None)
        ask("focus Reflection for Developing Mentor")
        listen()
        pump(0.5)
        type_text("heard as well as seen")
        pump(2.0)  # the autosave waits for typing to pause
        nodes = walk(window)
        result["status"] = {n["description"] or n["name"]: {"name": n["name"], "text": n["text"]}
                            for n in nodes if n["role"] in ("label", "status bar")}
        result["reflection_focused"] = focused(window)
        ask("page conversations")
        ask("focus Date of the conversation")
        press("ctrl+a")
        type_text("31 Foo 2026")
        press("Tab")
        pump(1.5)
        result["date_problem"] = next((n["name"] for n in walk(window) if n["description"] == "Date problem"), None)
        result["heard"] = HEARD
        app_proc.stdin.write("quit\n")
        app_proc.stdin.flush()
    finally:
        try:
            app_proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            app_proc.kill()
        if wm is not None:
            wm.terminate()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
