#!/usr/bin/env bash
# Builds a self-contained Linux app image of Copydesk (its own trimmed Java runtime, JavaFX in it as named modules)
# with jlink + jpackage, and optionally a .deb.
#   packaging/linux/build.sh            -> packaging/out/Copydesk/bin/Copydesk
#   packaging/linux/build.sh --deb      -> also packaging/out/copydesk_<version>_<arch>.deb (needs fakeroot, dpkg-deb)
# Needs JDK 17 (jpackage, jdeps, jlink) and Maven. Run from anywhere.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/packaging/out"
version=$(grep -m1 -oP '(?<=<version>)[^<]+' "$root/pom.xml")
fxversion=$(grep -m1 -oP '(?<=<javafx.version>)[^<]+' "$root/pom.xml")

cd "$root"
[ -f target/copydesk.jar ] || mvn -B -q package -DskipTests

rm -rf "$out" && mkdir -p "$out/input" "$out/fx" "$out/work"

# 1. JavaFX's own modular jars (with the Linux natives) go into the runtime as named modules; that is what JavaFX
#    supports, and it does not warn "Unsupported JavaFX configuration" there.
mvn -B -q dependency:copy -Dmdep.useBaseVersion=true -DoutputDirectory="$out/fx" \
  -Dartifact="org.openjfx:javafx-base:$fxversion:jar:linux" >/dev/null
mvn -B -q dependency:copy -DoutputDirectory="$out/fx" -Dartifact="org.openjfx:javafx-graphics:$fxversion:jar:linux" >/dev/null
mvn -B -q dependency:copy -DoutputDirectory="$out/fx" -Dartifact="org.openjfx:javafx-controls:$fxversion:jar:linux" >/dev/null

# 2. The application jar without the JavaFX (and Monocle) classes the fat jar carries for `java -jar`.
( cd "$out/work" && jar xf "$root/target/copydesk.jar" )
for fx in "$out"/fx/*.jar; do
  jar tf "$fx" | grep -v '/$' | grep -v '^META-INF/' | (cd "$out/work" && xargs -r rm -f)
done
rm -rf "$out/work/com/sun/glass/ui/monocle" "$out/work/META-INF/versions"/*/module-info.class
find "$out/work" -type d -empty -delete
jar --create --file "$out/input/copydesk.jar" --manifest "$out/work/META-INF/MANIFEST.MF" -C "$out/work" .
rm -rf "$out/work"

# 3. Only the JDK modules the jar uses (plus jdk.unsupported and jdk.management, which Lucene needs at run time —
#    without the latter it warns it "cannot optimize algorithms" — and jdk.crypto.ec for
#    JGit over https), and JavaFX's controls (base and graphics come with them).
jdk_modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "$out/fx" --add-modules javafx.controls "$out/input/copydesk.jar")
modules="$jdk_modules,javafx.controls,jdk.unsupported,jdk.management,jdk.crypto.ec"
echo "runtime modules: $modules"

# ControlsFX and RichTextFX reach into JavaFX internals; on the class path of `java -jar` that needs nothing, with
# JavaFX as modules it needs these (the same as `mvn javafx:run`).
fx_opens="--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED \
--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED \
--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED \
--add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED \
--add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED \
--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED \
--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED"

# --strip-debug also strips native debug symbols with objcopy (binutils); without it only the Java debug attributes go.
if command -v objcopy >/dev/null 2>&1; then strip=--strip-debug; else strip=--strip-java-debug-attributes; fi

jpackage --type app-image \
  --name Copydesk \
  --app-version "$version" \
  --vendor "Copydesk" \
  --description "Newsroom editor for mixed-language copy" \
  --input "$out/input" \
  --main-jar copydesk.jar \
  --main-class org.copydesk.Main \
  --icon "$root/assets/icons/copydesk-256.png" \
  --java-options "-Xmx1g $fx_opens" \
  --module-path "$out/fx" \
  --add-modules "$modules" \
  --jlink-options "$strip --no-header-files --no-man-pages --strip-native-commands" \
  --dest "$out"

# 4. Desktop integration: the .desktop file (its StartupWMClass is the window class JavaFX gives our window), the
#    AppStream metainfo, and the icon from its SVG source plus the PNG sizes.
img="$out/Copydesk"
install -Dm644 "$here/org.copydesk.Copydesk.desktop" "$img/share/applications/org.copydesk.Copydesk.desktop"
install -Dm644 "$here/org.copydesk.Copydesk.metainfo.xml" "$img/share/metainfo/org.copydesk.Copydesk.metainfo.xml"
install -Dm644 "$root/assets/icons/copydesk.svg" "$img/share/icons/hicolor/scalable/apps/org.copydesk.Copydesk.svg"
for png in "$root"/assets/icons/copydesk-*.png; do
  size=$(basename "$png" .png); size=${size#copydesk-}
  install -Dm644 "$png" "$img/share/icons/hicolor/${size}x${size}/apps/org.copydesk.Copydesk.png"
done
rm -rf "$out/input" "$out/fx"
du -sh "$img"
echo "app image: $img/bin/Copydesk"

if [ "${1:-}" = "--deb" ]; then
  # jpackage's own .deb menu entry would lack StartupWMClass; ours goes in through the resource folder, with the
  # launcher's and icon's installed paths filled in by jpackage. The control file adds Recommends: the Hunspell
  # dictionaries of the seven languages (spelling is checked only where a dictionary is installed).
  res="$out/deb-resources" && mkdir -p "$res"
  sed 's|^Exec=.*|Exec=APPLICATION_LAUNCHER %F|; s|^Icon=.*|Icon=APPLICATION_ICON|' \
    "$here/org.copydesk.Copydesk.desktop" > "$res/copydesk.desktop"
  cp "$here/deb/control" "$res/control"
  cp "$root/assets/icons/copydesk-256.png" "$res/copydesk.png"
  jpackage --type deb --name copydesk --app-version "$version" --app-image "$img" \
    --description "Newsroom editor for mixed-language copy" --vendor "Copydesk" \
    --linux-package-name copydesk --linux-app-category editors --linux-menu-group "Office" --linux-shortcut \
    --icon "$root/assets/icons/copydesk-256.png" --resource-dir "$res" --dest "$out"
  rm -rf "$res"
  ls -la "$out"/*.deb
fi
