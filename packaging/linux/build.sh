#!/usr/bin/env bash
# Builds a self-contained Linux app image of Copydesk (its own trimmed Java runtime) with jpackage.
#   packaging/linux/build.sh            -> packaging/out/Copydesk/bin/Copydesk
#   packaging/linux/build.sh --deb      -> also a .deb (needs fakeroot and dpkg-deb)
# Needs JDK 17 (jpackage, jdeps, jlink) and Maven. Run from anywhere.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/packaging/out"
version=$(grep -m1 -oP '(?<=<version>)[^<]+' "$root/pom.xml")

cd "$root"
[ -f target/copydesk.jar ] || mvn -B -q package -DskipTests

# Only the JDK modules the jar uses (plus jdk.unsupported, which JavaFX and Lucene need at run time).
modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 target/copydesk.jar),jdk.unsupported,jdk.crypto.ec
echo "runtime modules: $modules"

rm -rf "$out" && mkdir -p "$out/input"
cp target/copydesk.jar "$out/input/"
jpackage --type app-image \
  --name Copydesk \
  --app-version "$version" \
  --vendor "Copydesk" \
  --description "Newsroom editor for mixed-language copy" \
  --input "$out/input" \
  --main-jar copydesk.jar \
  --main-class org.copydesk.Main \
  --icon "$root/assets/icons/copydesk-256.png" \
  --java-options "-Xmx1g" \
  --add-modules "$modules" \
  --jlink-options "--strip-debug --no-header-files --no-man-pages --strip-native-commands" \
  --dest "$out"
install -Dm644 "$here/org.copydesk.Copydesk.desktop" "$out/Copydesk/share/applications/org.copydesk.Copydesk.desktop"
install -Dm644 "$here/org.copydesk.Copydesk.metainfo.xml" "$out/Copydesk/share/metainfo/org.copydesk.Copydesk.metainfo.xml"
install -Dm644 "$root/assets/icons/copydesk.svg" "$out/Copydesk/share/icons/hicolor/scalable/apps/org.copydesk.Copydesk.svg"
rm -rf "$out/input"
du -sh "$out/Copydesk"
echo "app image: $out/Copydesk/bin/Copydesk"

if [ "${1:-}" = "--deb" ]; then
  jpackage --type deb --name copydesk --app-version "$version" --app-image "$out/Copydesk" \
    --linux-shortcut --linux-menu-group "Office" --dest "$out"
  ls -la "$out"/*.deb
fi
