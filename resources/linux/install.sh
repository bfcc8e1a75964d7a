#!/bin/sh
# Install Omise Tray for the current user, no root needed: the app in ~/.local/lib/omise-tray,
# the command ~/.local/bin/omise-tray, the launcher entry, icons and AppStream data under
# ~/.local/share. Run it again to update. `./install.sh --uninstall` removes what it installed
# (settings, history and the keyring entries stay).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
lib=$HOME/.local/lib/omise-tray
bin=$HOME/.local/bin

if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$lib"
  rm -f "$bin/omise-tray" "$data/applications/omise-tray.desktop" \
    "$data/metainfo/co.omise.OmiseTray.metainfo.xml"
  find "$data/icons/hicolor" -name 'omise-tray.*' -delete 2>/dev/null || true
  echo "Omise Tray was removed."
  exit 0
fi

rm -rf "$lib"
mkdir -p "$lib" "$bin" "$data/applications" "$data/metainfo" "$data/icons"
cp -a "$here/omise-tray/." "$lib/"
ln -sf "$lib/omise-tray" "$bin/omise-tray"
sed -e "s|^Exec=.*|Exec=\"$lib/omise-tray\"|" -e "s|^TryExec=.*|TryExec=$lib/omise-tray|" \
  "$here/share/applications/omise-tray.desktop" >"$data/applications/omise-tray.desktop"
cp "$here/share/metainfo/co.omise.OmiseTray.metainfo.xml" "$data/metainfo/"
cp -R "$here/share/icons/hicolor" "$data/icons/"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$data/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
fi
echo "Omise Tray is installed: start it from your applications menu or run $bin/omise-tray"
