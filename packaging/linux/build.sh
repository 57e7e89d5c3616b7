#!/usr/bin/env bash
# Builds a self-contained Linux app image of Copydesk (its own trimmed Java runtime, JavaFX in it as named modules)
# with jlink + jpackage, and optionally a .deb.
#   packaging/linux/build.sh            -> packaging/out/Copydesk/bin/Copydesk
#   packaging/linux/build.sh --deb      -> also packaging/out/copydesk_<version>_<arch>.deb (needs dpkg-deb, fakeroot)
#   packaging/linux/build.sh --cds      -> also the AppCDS archive in the image, for where it is built (+58 MB)
# Needs JDK 17 (jpackage, jdeps, jlink) and Maven. Run from anywhere.
set -euo pipefail
deb=false; cds=false
for arg in "$@"; do
  case "$arg" in
    --deb) deb=true ;;
    --cds) cds=true ;;
    *) echo "usage: build.sh [--deb] [--cds]" >&2; exit 2 ;;
  esac
done
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/packaging/out"
version=$(grep -m1 -oP '(?<=<version>)[^<]+' "$root/pom.xml")
fxversion=$(grep -m1 -oP '(?<=<javafx.version>)[^<]+' "$root/pom.xml")
# The window class JavaFX gives our windows: LauncherImpl names the glass application after the Application class,
# and GTK's WM_CLASS is that name (checked with xprop; PackagingFilesTest checks the .desktop file names it).
wmclass=org.copydesk.ui.CopydeskApp
grep -qx "StartupWMClass=$wmclass" "$here/org.copydesk.Copydesk.desktop" \
  || { echo "build.sh: the .desktop file's StartupWMClass is not $wmclass" >&2; exit 1; }

cd "$root"
[ -f target/copydesk.jar ] || mvn -B -q package -DskipTests

rm -rf "$out" && mkdir -p "$out/input" "$out/fx" "$out/work" "$out/natives"

# 1. JavaFX's own modular jars (with the Linux natives) go into the runtime as named modules; that is what JavaFX
#    supports, and it does not warn "Unsupported JavaFX configuration" there.
mvn -B -q dependency:copy -Dmdep.useBaseVersion=true -DoutputDirectory="$out/fx" \
  -Dartifact="org.openjfx:javafx-base:$fxversion:jar:linux" >/dev/null
mvn -B -q dependency:copy -DoutputDirectory="$out/fx" -Dartifact="org.openjfx:javafx-graphics:$fxversion:jar:linux" >/dev/null
mvn -B -q dependency:copy -DoutputDirectory="$out/fx" -Dartifact="org.openjfx:javafx-controls:$fxversion:jar:linux" >/dev/null
# The natives (glass, prism, fonts) are linked into the runtime's lib/ as plain files, where JavaFX loads them from
# (left as resources in the modules file, JavaFX would copy them to ~/.openjfx/cache on every start).
( cd "$out/natives" && jar xf "$out/fx/javafx-graphics-$fxversion-linux.jar" && find . -mindepth 1 ! -name 'lib*.so' -delete )

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
#    JGit over https), and JavaFX's controls (base and graphics come with them; not web, media, swing or fxml).
jdk_modules=$(jdeps --print-module-deps --ignore-missing-deps --multi-release 17 \
  --module-path "$out/fx" --add-modules javafx.controls "$out/input/copydesk.jar")
modules="$jdk_modules,javafx.controls,jdk.unsupported,jdk.management,jdk.crypto.ec"
echo "runtime modules: $modules"

# ControlsFX and RichTextFX reach into JavaFX internals; on the class path of `java -jar` that needs nothing, with
# JavaFX as modules it needs these (the same as `mvn javafx:run`).
fx_opens="--add-exports=javafx.base/com.sun.javafx.event=ALL-UNNAMED \
--add-exports=javafx.controls/com.sun.javafx.scene.control=ALL-UNNAMED \
--add-exports=javafx.controls/com.sun.javafx.scene.control.behavior=ALL-UNNAMED \
--add-exports=javafx.graphics/com.sun.javafx.css=ALL-UNNAMED \
--add-exports=javafx.graphics/com.sun.javafx.scene=ALL-UNNAMED \
--add-exports=javafx.graphics/com.sun.javafx.scene.traversal=ALL-UNNAMED \
--add-opens=javafx.controls/javafx.scene.control.skin=ALL-UNNAMED \
--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED"
# What the jar's manifest opens for `java -jar` and a launcher does not read from it: the JDK's diagnostic command
# bean, through which the command line's `analyze` compiles with C1 only (cli/QuickCompilation).
cli_opens="--add-opens=jdk.management/com.sun.management.internal=ALL-UNNAMED"

# --strip-debug also strips native debug symbols with objcopy (binutils); without it only the Java debug attributes go.
if command -v objcopy >/dev/null 2>&1; then strip=--strip-debug; else strip=--strip-java-debug-attributes; fi
# --compress=2: the modules file zip-compressed; the JavaFX natives are left out of it (they go to lib/ below).
jpackage --type app-image \
  --name Copydesk \
  --app-version "$version" \
  --vendor "Copydesk" \
  --description "Newsroom editor for mixed-language copy" \
  --input "$out/input" \
  --main-jar copydesk.jar \
  --main-class org.copydesk.Main \
  --icon "$root/assets/icons/copydesk-256.png" \
  --java-options "-Xmx1g -XX:SharedArchiveFile=\$APPDIR/copydesk.jsa $fx_opens $cli_opens" \
  --module-path "$out/fx" \
  --add-modules "$modules" \
  --jlink-options "$strip --no-header-files --no-man-pages --strip-native-commands --compress=2 --exclude-resources=glob:/javafx.graphics/lib*.so" \
  --dest "$out"
img="$out/Copydesk"
cp "$out"/natives/lib*.so "$img/lib/runtime/lib/"

# 4. Desktop integration: the .desktop file (its StartupWMClass is the window class JavaFX gives our window), the
#    AppStream metainfo, and the icon from its SVG source plus the PNG sizes, under share/ as they go below /usr.
install -Dm644 "$here/org.copydesk.Copydesk.desktop" "$img/share/applications/org.copydesk.Copydesk.desktop"
install -Dm644 "$here/org.copydesk.Copydesk.metainfo.xml" "$img/share/metainfo/org.copydesk.Copydesk.metainfo.xml"
install -Dm644 "$root/assets/icons/copydesk.svg" "$img/share/icons/hicolor/scalable/apps/org.copydesk.Copydesk.svg"
for png in "$root"/assets/icons/copydesk-*.png; do
  size=$(basename "$png" .png); size=${size#copydesk-}
  install -Dm644 "$png" "$img/share/icons/hicolor/${size}x${size}/apps/org.copydesk.Copydesk.png"
done
rm -rf "$out/input" "$out/fx" "$out/natives"

# 5. Class-data sharing (AppCDS). The launcher's options name an archive, $APPDIR/copydesk.jsa; Java 17 maps it only
#    where it was made (it checks the jar's path, size and time; a missing or stale archive is silently not used, the
#    app starts as without one). The archive is 58 MB, so it is not in the image (which stays under 120 MB) but made
#    where the app lands: by the .deb's postinst, by lib/make-cds-archive after copying an image, or here with --cds.
#    It is made from a list of the classes a real start of the window loads, recorded here once under a display
#    (Xvfb when there is none) on a fresh sample workspace; the dump itself needs no display.
install -m755 "$here/make-cds-archive" "$img/lib/make-cds-archive"
cl="$out/cds-start" && rm -rf "$cl" && mkdir -p "$cl/data" "$cl/config" "$cl/cache"
record=(env XDG_DATA_HOME="$cl/data" XDG_CONFIG_HOME="$cl/config" XDG_CACHE_HOME="$cl/cache" \
  JAVA_TOOL_OPTIONS="-XX:DumpLoadedClassList=$cl/classlist -Dcopydesk.startupReport=$cl/phases.txt -Dcopydesk.startupExit=true" \
  "$img/bin/Copydesk")
if [ -n "${DISPLAY:-}" ]; then :
elif command -v xvfb-run >/dev/null 2>&1; then record=(xvfb-run -a -s "-screen 0 1280x800x24" "${record[@]}")
else record=(); fi
if [ ${#record[@]} -gt 0 ] && timeout 300 "${record[@]}" >"$cl/log" 2>&1 && [ -s "$cl/phases.txt" ]; then
  # the list of a start that showed its window; the classes the app defines at run time are left out by the dump
  cp "$cl/classlist" "$img/lib/app/copydesk.classlist"
  echo "class list for the CDS archive: $(grep -vc '^@' "$img/lib/app/copydesk.classlist") classes"
else
  echo "note: no display (nor xvfb-run), or the window did not start: no class list, so no CDS archive" >&2
  tail -5 "$cl/log" >&2 2>/dev/null || true
fi
rm -rf "$cl"
if $cds; then "$img/lib/make-cds-archive"; fi
du -sh "$img"
echo "app image: $img/bin/Copydesk"

if $deb; then
  # jpackage makes the package from the image (it installs under /opt/copydesk and works out Depends from the
  # libraries the image links to); our control file adds libgtk-3-0 (JavaFX's window toolkit, which it opens at run
  # time) and Recommends the Hunspell dictionaries of the seven languages. jpackage's own menu entry would be a
  # generated copydesk-Copydesk.desktop installed by xdg-desktop-menu, with one icon size and no metainfo; so it
  # makes none (no --linux-shortcut) and our files are added below as files the package owns.
  res="$out/deb-resources" && mkdir -p "$res" "$out/deb-work"
  cp "$here/deb/control" "$res/control"
  # jpackage's package is only unpacked again below: made uncompressed (dpkg >= 1.21.10 reads this variable; older
  # ones compress it with xz, which is slower but gives the same result)
  DPKG_DEB_COMPRESSOR_TYPE=none jpackage --type deb --name copydesk --app-version "$version" --app-image "$img" \
    --description "Newsroom editor for mixed-language copy" --vendor "Copydesk" \
    --linux-package-name copydesk --linux-app-category editors \
    --resource-dir "$res" --dest "$out/deb-work"
  deb=$(ls "$out"/deb-work/*.deb)
  tree="$out/deb-work/tree"
  dpkg-deb -R "$deb" "$tree"
  # The menu entry, metainfo and icons under /usr/share, where the desktop and software centres look, and the
  # command on PATH; dpkg's triggers (desktop-file-utils, hicolor-icon-theme) refresh the menus and icon caches.
  # (jpackage keeps only bin/ and lib/ of the image, so they come from the repository.)
  install -Dm644 "$here/org.copydesk.Copydesk.desktop" "$tree/usr/share/applications/org.copydesk.Copydesk.desktop"
  install -Dm644 "$here/org.copydesk.Copydesk.metainfo.xml" \
    "$tree/usr/share/metainfo/org.copydesk.Copydesk.metainfo.xml"
  install -Dm644 "$root/assets/icons/copydesk.svg" "$tree/usr/share/icons/hicolor/scalable/apps/org.copydesk.Copydesk.svg"
  for png in "$root"/assets/icons/copydesk-*.png; do
    size=$(basename "$png" .png); size=${size#copydesk-}
    install -Dm644 "$png" "$tree/usr/share/icons/hicolor/${size}x${size}/apps/org.copydesk.Copydesk.png"
  done
  mkdir -p "$tree/usr/bin" && ln -s /opt/copydesk/bin/Copydesk "$tree/usr/bin/copydesk"
  # The CDS archive is made on the machine, for /opt/copydesk (never shipped: it would be stale there), by
  # postinst, and removed with the package by prerm; a failure to make it never fails the installation.
  rm -f "$tree/opt/copydesk/lib/app/copydesk.jsa"
  for script in postinst prerm; do
    f="$tree/DEBIAN/$script"
    if [ ! -f "$f" ]; then printf '#!/bin/sh\nset -e\nexit 0\n' > "$f"; fi
    if [ $script = postinst ]; then
      add='if [ "$1" = configure ]; then /opt/copydesk/lib/make-cds-archive || echo "copydesk: no class-data-sharing archive made; the app starts without it" >&2; fi'
    else
      add='rm -f /opt/copydesk/lib/app/copydesk.jsa'
    fi
    # before the script's final "exit 0" (jpackage's scripts end with one), else at the end
    if grep -q '^exit 0' "$f"; then
      awk -v add="$add" '/^exit 0/ && !done { print add; done = 1 } { print }' "$f" > "$f.new" && mv "$f.new" "$f"
    else
      printf '%s\n' "$add" >> "$f"
    fi
    chmod 755 "$f"
  done
  # Depends: ours (libgtk-3-0) and the libraries jpackage found, each once, in their order.
  depends=$(sed -n 's/^Depends: *//p' "$tree/DEBIAN/control" | tr ',' '\n' | sed 's/^ *//; s/ *$//' | awk 'NF && !seen[$0]++' \
    | paste -sd, - | sed 's/,/, /g')
  sed -i "s/^Depends:.*/Depends: $depends/" "$tree/DEBIAN/control"
  installed=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
  sed -i "s/^Installed-Size:.*/Installed-Size: $installed/" "$tree/DEBIAN/control"
  if [ -f "$tree/DEBIAN/md5sums" ]; then
    ( cd "$tree" && find . -path ./DEBIAN -prune -o -type f -printf '%P\n' | sort | xargs md5sum > DEBIAN/md5sums )
  fi
  # gzip: quick to make (jpackage has compressed it once already) and read by every dpkg
  dpkg-deb -Zgzip --root-owner-group --build "$tree" "$out/$(basename "$deb")" >/dev/null
  rm -rf "$res" "$out/deb-work"
  ls -la "$out"/*.deb
fi
