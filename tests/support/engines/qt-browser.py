#!/usr/bin/python3
"""One QWebEngineView, driven over DevTools (QTWEBENGINE_REMOTE_DEBUGGING) by qtwebengine.ts.

  qt-browser.py 5|6 WIDTH HEIGHT

Qt 6 (Debian's QtWebEngine 6.4 = Chromium 102) or Qt 5 (QtWebEngine 5.15 =
Chromium 87). The view uses an off-the-record profile: empty storage and cache.

Qt 5.15 never answers DevTools' keyboard commands (Input.dispatchKeyEvent and
Input.insertText hang), so keys also come in on stdin, one JSON line each, and
go to the view as Qt key events: ["key", "Enter"] or ["text", "信用"]; each
is answered with "ok" on stdout once delivered.
"""
import json
import os
import sys

qt, width, height = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
if qt == "6":
    from PyQt6.QtCore import QEvent, QSocketNotifier, Qt, QUrl
    from PyQt6.QtGui import QKeyEvent
    from PyQt6.QtWebEngineCore import QWebEnginePage, QWebEngineProfile
    from PyQt6.QtWebEngineWidgets import QWebEngineView
    from PyQt6.QtWidgets import QApplication
else:
    from PyQt5.QtCore import QEvent, QSocketNotifier, Qt, QUrl
    from PyQt5.QtGui import QKeyEvent
    from PyQt5.QtWebEngineWidgets import QWebEnginePage, QWebEngineProfile, QWebEngineView
    from PyQt5.QtWidgets import QApplication

KEYS = {"Enter": (Qt.Key.Key_Return, "\r"), "Escape": (Qt.Key.Key_Escape, ""), "Tab": (Qt.Key.Key_Tab, "\t"), "/": (Qt.Key.Key_Slash, "/")}

app = QApplication(sys.argv[:1])
profile = QWebEngineProfile()  # no storage name: off the record
view = QWebEngineView()
view.setPage(QWebEnginePage(profile, view))
view.resize(width, height)
view.setUrl(QUrl("about:blank"))
view.show()


def send_key(key, text):
    target = view.focusProxy() or view
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))


pending = b""


def read_commands():
    global pending
    chunk = os.read(sys.stdin.fileno(), 65536)
    if not chunk:
        notifier.setEnabled(False)
        return
    pending += chunk
    while b"\n" in pending:
        line, pending = pending.split(b"\n", 1)
        kind, value = json.loads(line)
        if kind == "key":
            send_key(*KEYS[value])
        else:
            for character in value:
                send_key(0, character)
        print("ok", flush=True)


notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(read_commands)
sys.exit(app.exec() if qt == "6" else app.exec_())
