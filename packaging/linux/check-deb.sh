#!/usr/bin/env bash
# Checks a .deb made by build.sh --deb without installing it: the files a desktop needs are where it looks, owned by
# the package, and say what the repository's files say.
#   packaging/linux/check-deb.sh packaging/out/copydesk_*.deb
set -euo pipefail
deb=${1:?usage: check-deb.sh FILE.deb}
here=$(cd "$(dirname "$0")" && pwd)
fail() { echo "check-deb: $*" >&2; exit 1; }
tmp=$(mktemp -d) && trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
list=$(dpkg-deb -c "$deb")

desktop=usr/share/applications/org.copydesk.Copydesk.desktop
[ -f "$tmp/$desktop" ] || fail "no /$desktop"
cmp -s "$tmp/$desktop" "$here/org.copydesk.Copydesk.desktop" || fail "/$desktop is not packaging/linux's"
grep -q '^StartupWMClass=org.copydesk.ui.CopydeskApp$' "$tmp/$desktop" || fail "no StartupWMClass"
[ -f "$tmp/usr/share/metainfo/org.copydesk.Copydesk.metainfo.xml" ] || fail "no metainfo"
for size in 16 32 48 64 128 256; do
  [ -f "$tmp/usr/share/icons/hicolor/${size}x${size}/apps/org.copydesk.Copydesk.png" ] || fail "no ${size}px icon"
done
[ -f "$tmp/usr/share/icons/hicolor/scalable/apps/org.copydesk.Copydesk.svg" ] || fail "no scalable icon"
grep -q ' ./usr/bin/copydesk -> /opt/copydesk/bin/Copydesk$' <<<"$list" || fail "no /usr/bin/copydesk"
[ -x "$tmp/opt/copydesk/bin/Copydesk" ] || fail "no launcher"
# Class-data sharing: the launcher names the archive, the package never ships one (it would be stale in
# /opt/copydesk: Java 17 checks the jar's path), postinst makes it with lib/make-cds-archive and prerm removes it.
grep -qx 'java-options=-XX:SharedArchiveFile=$APPDIR/copydesk.jsa' "$tmp/opt/copydesk/lib/app/Copydesk.cfg" \
  || fail "the launcher's options do not name the CDS archive"
! grep -q 'copydesk\.jsa$' <<<"$list" || fail "a CDS archive is shipped in the package"
[ -x "$tmp/opt/copydesk/lib/make-cds-archive" ] || fail "no lib/make-cds-archive"
ctl=$(mktemp -d) && dpkg-deb -e "$deb" "$ctl/DEBIAN"
grep -q '/opt/copydesk/lib/make-cds-archive ||' "$ctl/DEBIAN/postinst" || fail "postinst does not make the CDS archive"
grep -q 'rm -f /opt/copydesk/lib/app/copydesk.jsa' "$ctl/DEBIAN/prerm" || fail "prerm does not remove the CDS archive"
rm -rf "$ctl"
[ -f "$tmp/opt/copydesk/lib/app/copydesk.classlist" ] \
  || echo "check-deb: note: no class list in the package (built without a display): no CDS archive on install" >&2
# jpackage's own menu entry (installed by xdg-desktop-menu from the maintainer scripts) must not be there as well
! grep -q 'copydesk-Copydesk.desktop' <<<"$list" || fail "jpackage's own menu entry is in the package"
grep -q 'root/root' <<<"$list" || fail "files not owned by root"
! grep -v ' root/root ' <<<"$list" | grep -q . || fail "files not owned by root: $(grep -v ' root/root ' <<<"$list" | head -3)"

depends=$(dpkg-deb -f "$deb" Depends)
recommends=$(dpkg-deb -f "$deb" Recommends)
grep -Eq '(^|, )libgtk-3-0(,|$| )' <<<"$depends" || fail "Depends lacks libgtk-3-0: $depends"
grep -q 'xdg-utils' <<<"$depends" && fail "Depends on xdg-utils, which nothing uses: $depends"
grep -q 'hunspell-fr' <<<"$recommends" || fail "Recommends lacks the dictionaries: $recommends"
installed=$(dpkg-deb -f "$deb" Installed-Size)
actual=$(du -sk "$tmp" | cut -f1)
[ $(( installed * 10 )) -ge $(( actual * 9 )) ] || fail "Installed-Size $installed KiB, the files take $actual KiB"

if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$tmp/$desktop"; fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$tmp/usr/share/metainfo/org.copydesk.Copydesk.metainfo.xml" >/dev/null \
    || fail "appstreamcli: $(appstreamcli validate --no-net "$tmp/usr/share/metainfo/org.copydesk.Copydesk.metainfo.xml")"
fi
echo "deb OK: $(basename "$deb"), Depends: $depends"
