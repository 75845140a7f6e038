#!/usr/bin/env bash
# Which shared libraries the minsheng binary loads at run time, and from
# which Debian packages: the evidence behind packaging/runtime-deps.txt.
#
#   packaging/probe-runtime-libs.sh [BINARY]   (default target/release/minsheng)
#
# ldd shows only what the binary links (libc, libgcc_s, libm); the window's
# libraries (X11, Wayland, xkbcommon, Vulkan, EGL/GL, D-Bus) are opened with
# dlopen. The binary runs under Xvfb with LD_DEBUG=libs, a few seconds each
# way the window can start:
#   x11       X11 with Vulkan (wgpu), falling back to OpenGL (glow)
#   gl        X11 with Vulkan made unavailable, so the OpenGL path runs
#   wayland   WAYLAND_DISPLAY set to a socket that does not answer: winit
#             loads the Wayland client library, then falls back to X11
# each with a D-Bus session bus (as a desktop has). Every library the dynamic
# loader is asked for is printed, found or not, with its package: a library
# asked for but not installed here is marked "(not installed)", and its
# package must be found by name (`apt-cache search`, packages.debian.org).
# Needs xvfb-run and dbus-run-session (packages xvfb, dbus).
set -uo pipefail
cd "$(dirname "$0")/.."
binary=${1:-target/release/minsheng}
seconds=${PROBE_SECONDS:-8}
log=$(mktemp -d)
trap 'rm -rf "$log"' EXIT

run() {
    local name=$1
    shift
    env "$@" LD_DEBUG=libs,files LD_DEBUG_OUTPUT="$log/$name" \
        dbus-run-session -- xvfb-run -a -s "-screen 0 1280x800x24" \
        timeout "$seconds" "$binary" >/dev/null 2>&1
}

run x11 -u WAYLAND_DISPLAY
run gl -u WAYLAND_DISPLAY VK_ICD_FILENAMES=/nonexistent VK_DRIVER_FILES=/nonexistent
run wayland WAYLAND_DISPLAY=minsheng-probe-none

# The tools above log too (one file a process): keep the binary's own.
mapfile -t logs < <(grep -l "initialize program: .*minsheng" "$log"/*)
if [ "${#logs[@]}" -eq 0 ]; then
    echo "error: $binary did not run" >&2
    exit 1
fi
# `find library=NAME [0]; searching` for every lookup of a name, linked or
# opened with dlopen; `file=NAME [0];  dynamically loaded by X` or `needed by
# X` says who asked. The first column marks what the binary itself loads
# ("dlopen" or "linked"); the rest are what those libraries bring.
names=$(grep -h "find library=" "${logs[@]}" | sed -E 's/.*find library=([^ ]+) .*/\1/' | sort -u)
for name in $names; do
    how="  via"
    if grep -qhE "file=$name \[0\]; +dynamically loaded by .*minsheng" "${logs[@]}"; then
        how="dlopen"
    elif grep -qhE "file=$name \[0\]; +needed by .*minsheng" "${logs[@]}"; then
        how="linked"
    fi
    path=$(grep -h "calling init: .*/$name\$" "${logs[@]}" | head -n1 | sed -E 's/.*calling init: //')
    if [ -z "$path" ]; then
        path=$(ldconfig -p | awk -v n="$name" '$1 == n { print $NF; exit }')
    fi
    if [ -n "$path" ]; then
        package=$(dpkg -S "$path" 2>/dev/null | head -n1 | cut -d: -f1)
        if [ -z "$package" ]; then
            package=$(dpkg -S "$(readlink -f "$path")" 2>/dev/null | head -n1 | cut -d: -f1)
        fi
        printf '%-7s %-28s %s\n' "$how" "$name" "${package:-?}"
    else
        printf '%-7s %-28s %s\n' "$how" "$name" "(not installed)"
    fi
done
