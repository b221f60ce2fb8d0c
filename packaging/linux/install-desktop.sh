#!/usr/bin/env bash
# Install the desktop integration for the current user: the .desktop file (pointing at the
# journal-app given as $1), AppStream metainfo, the .ljournal file type and the icons.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
exe="${1:?usage: install-desktop.sh /path/to/journal-app}"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
id=org.learningjournal.LearningJournal
mkdir -p "$data/applications" "$data/mime/packages" "$data/metainfo"
sed "s|^Exec=journal-app %f|Exec=\"$exe\" %f|" "$here/$id.desktop" > "$data/applications/$id.desktop"
cp "$here/$id.metainfo.xml" "$data/metainfo/"
cp "$here/learning-journal-mime.xml" "$data/mime/packages/learning-journal.xml"
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps" "$data/icons/hicolor/${size}x${size}/mimetypes"
  cp "$root/resources/icons/app/journal-app-$size.png" "$data/icons/hicolor/${size}x${size}/apps/$id.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$root/resources/icons/app/journal-app.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
command -v xdg-mime >/dev/null && xdg-mime default "$id.desktop" application/x-learning-journal || true
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$data/applications/$id.desktop"; fi
if command -v appstreamcli >/dev/null; then appstreamcli validate --no-net --pedantic "$data/metainfo/$id.metainfo.xml"; fi
echo "installed Learning Journal for ${USER:-this user} (Exec=$exe)"
