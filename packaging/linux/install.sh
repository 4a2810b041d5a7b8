#!/bin/sh
# Install the WaterPlanner bundle on a Linux desktop: the program folder, a command on the
# PATH, the menu entry, the icon, the AppStream metadata and the .wplan file type.
#
# The build copies this script into the bundle (waterplanner/linux/install.sh). From the
# unpacked bundle:
#
#   waterplanner/linux/install.sh              # for this user: ~/.local (no administrator)
#   sudo waterplanner/linux/install.sh --system   # for every user: /opt and /usr/local
#   waterplanner/linux/install.sh --uninstall     # remove (add --system for the system one)
#
# PREFIX=/some/where overrides the prefix (the program goes to $PREFIX/lib/waterplanner).
# Nothing needs the network.
set -eu

ID=org.waterplanner.WaterPlanner
here=$(cd "$(dirname "$0")" && pwd)
bundle=$(dirname "$here")
mode=user
action=install
for arg in "$@"; do
  case "$arg" in
    --system) mode=system ;;
    --uninstall) action=uninstall ;;
    -h|--help) sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $arg (see --help)" >&2; exit 2 ;;
  esac
done

if [ "$mode" = system ]; then
  prefix=${PREFIX:-/usr/local}
  appdir=${PREFIX:+$PREFIX/lib/waterplanner}
  appdir=${appdir:-/opt/waterplanner}
else
  prefix=${PREFIX:-$HOME/.local}
  appdir=$prefix/lib/waterplanner
fi
share=$prefix/share

refresh() {
  command -v update-mime-database >/dev/null 2>&1 && update-mime-database "$share/mime" || true
  command -v update-desktop-database >/dev/null 2>&1 \
    && update-desktop-database -q "$share/applications" || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 \
    && gtk-update-icon-cache -q -t "$share/icons/hicolor" 2>/dev/null || true
}

if [ "$action" = uninstall ]; then
  rm -rf "$appdir"
  rm -f "$prefix/bin/waterplanner" "$share/applications/$ID.desktop" \
        "$share/metainfo/$ID.metainfo.xml" "$share/mime/packages/$ID.xml" \
        "$share/icons/hicolor/scalable/apps/$ID.svg" \
        "$share/icons/hicolor/256x256/apps/$ID.png"
  refresh
  echo "WaterPlanner removed from $appdir (settings stay in ~/.config/waterplanner)"
  exit 0
fi

if [ ! -x "$bundle/waterplanner" ]; then
  echo "install.sh: no program at $bundle/waterplanner (run me from the unpacked bundle)" >&2
  exit 2
fi

mkdir -p "$appdir" "$prefix/bin" "$share/applications" "$share/metainfo" \
         "$share/mime/packages" "$share/icons/hicolor/scalable/apps" \
         "$share/icons/hicolor/256x256/apps"
if [ "$bundle" != "$appdir" ]; then
  rm -rf "$appdir"
  cp -a "$bundle" "$appdir"
fi
ln -sf "$appdir/waterplanner" "$prefix/bin/waterplanner"
sed "s|^Exec=waterplanner |Exec=\"$appdir/waterplanner\" |" "$here/$ID.desktop" \
  > "$share/applications/$ID.desktop"
cp "$here/$ID.metainfo.xml" "$share/metainfo/$ID.metainfo.xml"
cp "$here/$ID.mime.xml" "$share/mime/packages/$ID.xml"
cp "$here/waterplanner.svg" "$share/icons/hicolor/scalable/apps/$ID.svg"
cp "$here/waterplanner.png" "$share/icons/hicolor/256x256/apps/$ID.png"
refresh
echo "WaterPlanner installed in $appdir; command: $prefix/bin/waterplanner"
