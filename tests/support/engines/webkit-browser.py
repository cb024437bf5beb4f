#!/usr/bin/python3
"""A bare WebKitGTK browser for WebKitWebDriver: windows holding only a web view.

MiniBrowser, the driver's default browser, keeps its window at least 447 px wide
(its toolbar); a window with nothing but the web view can be as narrow as a
phone (390 px). WebKitWebDriver starts this with the arguments of the session's
`webkitgtk:browserOptions` and drives it over WebKit's automation protocol:
  --automation            required: allow automation (the driver waits for it)
  --init-script=SOURCE    JavaScript run in every page before the page's own scripts
"""
import sys

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import Gtk, WebKit2  # noqa: E402

args = sys.argv[1:]
if "--automation" not in args:
    sys.exit("usage: webkit-browser.py --automation [--init-script=SOURCE] (started by WebKitWebDriver)")
init_scripts = [a.split("=", 1)[1] for a in args if a.startswith("--init-script=")]

# Ephemeral: every session starts with empty storage, cookies and cache.
context = WebKit2.WebContext.new_ephemeral()
context.set_automation_allowed(True)
windows = []


def close_window(window):
    windows.remove(window)
    if not windows:
        Gtk.main_quit()


def create_web_view(_session):
    content = WebKit2.UserContentManager()
    for source in init_scripts:
        content.add_script(WebKit2.UserScript(
            source, WebKit2.UserContentInjectedFrames.ALL_FRAMES, WebKit2.UserScriptInjectionTime.START, None, None))
    view = WebKit2.WebView(web_context=context, user_content_manager=content, is_controlled_by_automation=True)
    window = Gtk.Window()
    window.set_default_size(1024, 768)
    window.add(view)
    window.connect("destroy", close_window)
    view.connect("close", lambda _view: window.destroy())
    windows.append(window)
    window.show_all()
    return view


def automation_started(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("WebKitGTK")
    info.set_version(WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version())
    session.set_application_info(info)
    session.connect("create-web-view", create_web_view)


context.connect("automation-started", automation_started)
Gtk.main()
