#!/bin/sh
# Builds the .deb from a build folder and checks what it holds, and that the desktop entry,
# the MIME type and the AppStream metainfo pass their validators.
#   check-package.sh BUILD_DIR SOURCE_DIR
set -eu
build="$1"
source="$2"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

cd "$build"
cpack -G DEB -B "$out" > "$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/latch_*.deb)
listing=$(dpkg-deb -c "$deb" | awk '{print $6}')
status=0
for expected in \
    ./usr/bin/latch \
    ./usr/bin/latch-cli \
    ./usr/share/applications/org.latch.Latch.desktop \
    ./usr/share/mime/packages/org.latch.Latch.xml \
    ./usr/share/metainfo/org.latch.Latch.metainfo.xml \
    ./usr/share/icons/hicolor/scalable/apps/org.latch.Latch.svg \
    ./usr/share/icons/hicolor/48x48/apps/org.latch.Latch.png \
    ./usr/share/icons/hicolor/256x256/apps/org.latch.Latch.png \
    ./usr/share/latch/translations/latch_de.qm \
    ./usr/share/latch/translations/latch_fr.qm
do
    if ! printf '%s\n' "$listing" | grep -qx "$expected"; then
        echo "check-package: $deb lacks $expected"
        status=1
    fi
done
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6svg6 libqt6printsupport6 qt6-qpa-plugins; do
    case "$depends" in
        *"$library"*) ;;
        *) echo "check-package: Depends lacks $library: $depends"; status=1 ;;
    esac
done

desktop-file-validate --no-hints "$source/packaging/org.latch.Latch.desktop" || status=1
xmllint --noout "$source/packaging/org.latch.Latch.xml" || status=1
xmllint --noout "$source/packaging/org.latch.Latch.metainfo.xml" || status=1
appstreamcli validate --no-net "$source/packaging/org.latch.Latch.metainfo.xml" > "$out/as.log" 2>&1 \
    || { cat "$out/as.log"; status=1; }
# The MIME type names what the desktop entry opens.
grep -q 'type="application/x-latch-tmodel"' "$source/packaging/org.latch.Latch.xml" || status=1
grep -q '^MimeType=application/x-latch-tmodel;' "$source/packaging/org.latch.Latch.desktop" || status=1
[ "$status" -eq 0 ] && echo "check-package: $(basename "$deb") holds everything; validators pass"
exit "$status"
