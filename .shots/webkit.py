import sys, gi
gi.require_version('Gtk', '3.0'); gi.require_version('WebKit2', '4.1')
from gi.repository import Gtk, WebKit2, GLib
url, width, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
win = Gtk.OffscreenWindow(); win.set_default_size(width, 900)
view = WebKit2.WebView(); win.add(view); win.show_all()
def shoot():
    win.get_pixbuf().savev(out, 'png', [], []); Gtk.main_quit(); return False
def loaded(v, ev):
    if ev == WebKit2.LoadEvent.FINISHED:
        GLib.timeout_add(1500, shoot)
view.connect('load-changed', loaded); view.load_uri(url)
GLib.timeout_add(20000, Gtk.main_quit); Gtk.main()
