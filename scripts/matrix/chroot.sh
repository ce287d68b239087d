#!/usr/bin/env bash
# Debian chroots for the version matrix: trixie (QGIS 3.40 LTR) and sid (QGIS 3.44).
#
#   scripts/matrix/chroot.sh build <suite> <package>...   build the chroot once (cached), print its folder
#   scripts/matrix/chroot.sh run <suite> <package>... -- <command>...
#                                                         run <command> as root in it, in the repository (mounted
#                                                         at its own path, with its git folder)
#
# The chroot is made by mmdebstrap from Debian's own packages and cached outside the repository, under
# $SM_CHROOT_CACHE (default /var/cache/smart-municipality/chroots) as <suite>-<hash of the package list>, so a
# fresh clone on the same machine reuses it and a changed list builds a new one (older ones of that suite are
# removed). It is built into a .partial folder and renamed only when complete: an interrupted build leaves nothing
# that looks usable. Commands run in a private mount namespace (unshare --mount), so /proc, /dev, /sys, /tmp and
# the repository are unmounted by the kernel when the command ends, also on failure or Ctrl-C.
set -euo pipefail

CACHE=${SM_CHROOT_CACHE:-/var/cache/smart-municipality/chroots}
MIRROR=${SM_DEBIAN_MIRROR:-http://deb.debian.org/debian}
REPO=$(cd "$(dirname "$0")/../.." && pwd)

die() { echo "chroot.sh: $*" >&2; exit 2; }

[ "$(id -u)" = 0 ] || die "building and entering a chroot needs root (run it with sudo)."
[ $# -ge 2 ] || die "usage: $0 build|run <suite> <package>... [-- <command>...]"
action=$1 suite=$2
shift 2
packages=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do packages+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#packages[@]} -gt 0 ] || die "no packages given for $suite."

# The folder name changes with the suite, the mirror, the package list and RECIPE (raise it when build() changes
# what goes into a chroot).
RECIPE=1
stamp=$(printf '%s\n' "$RECIPE" "$suite" "$MIRROR" "${packages[@]}" | sort | sha256sum | cut -c1-12)
root="$CACHE/$suite-$stamp"

build() {
    [ -f "$root/.complete" ] && return 0
    command -v mmdebstrap >/dev/null || die "mmdebstrap is missing: apt-get install mmdebstrap."
    mkdir -p "$CACHE"
    rm -rf "$root.partial"
    local started=$SECONDS
    local -a opts=(--mode=root --variant=apt --format=directory --include="$(IFS=,; echo "${packages[*]}")"
                   --aptopt='Acquire::Check-Valid-Until "false"' --aptopt='APT::Install-Recommends "false"'
                   --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-include=/usr/share/doc/*/copyright'
                   --dpkgopt='path-exclude=/usr/share/man/*')
    # The host's CA bundle and pip configuration, so apt, pip and the package index behave as on the host.
    opts+=(--customize-hook='cp /etc/ssl/certs/ca-certificates.crt "$1/etc/ssl/certs/ca-certificates.crt"')
    [ -f /etc/pip.conf ] && opts+=(--customize-hook='cp /etc/pip.conf "$1/etc/pip.conf"')
    [ -d /etc/xdg/pip ] && opts+=(--customize-hook='mkdir -p "$1/etc/xdg" && cp -a /etc/xdg/pip "$1/etc/xdg/"')
    # Locales of the three interface languages.
    opts+=(--customize-hook='printf "%s UTF-8\n" en_US.UTF-8 nl_BE.UTF-8 fr_BE.UTF-8 > "$1/etc/locale.gen"'
           --customize-hook='chroot "$1" locale-gen >/dev/null')
    echo "Building the $suite chroot in $root (a few minutes, once) ..." >&2
    mmdebstrap "${opts[@]}" "$suite" "$root.partial" "$MIRROR" >&2
    touch "$root.partial/.complete"
    mv "$root.partial" "$root"
    # Older builds of this suite (another package list) are replaced.
    find "$CACHE" -maxdepth 1 -name "$suite-*" ! -name "$suite-$stamp" -exec rm -rf {} +
    echo "The $suite chroot was built in $((SECONDS - started)) s." >&2
}

run() {
    [ $# -gt 0 ] || die "no command given."
    build
    # A worktree's .git is a file naming a folder elsewhere (make package lists files with git): mount that too.
    local gitdir
    gitdir=$(git -C "$REPO" rev-parse --path-format=absolute --git-common-dir 2>/dev/null || echo "$REPO")
    # PIP_* variables of the host pass through (but not a path the chroot lacks, such as a local wheel folder),
    # with a fixed, minimal rest of the environment.
    local -a envs=(HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8
                   QT_QPA_PLATFORM=offscreen PROJ_DATA=/usr/share/proj TERM="${TERM:-dumb}"
                   # the clone may belong to another user than root (make package lists files with git)
                   GIT_CONFIG_COUNT=1 GIT_CONFIG_KEY_0=safe.directory GIT_CONFIG_VALUE_0="*")
    local var
    while IFS= read -r var; do
        case ${var#*=} in /*) [ -e "$root${var#*=}" ] || continue ;; esac
        envs+=("$var")
    done < <(env | grep '^PIP_' || true)
    unshare --mount --propagation private -- /bin/bash -euo pipefail -c '
        root=$1 repo=$2 gitdir=$3; shift 3
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount -t tmpfs -o mode=1777 shm "$root/dev/shm"
        mount --rbind /sys "$root/sys"
        mount -t tmpfs -o mode=1777 tmp "$root/tmp"
        for dir in "$repo" "$gitdir"; do
            mkdir -p "$root$dir"
            mount --bind "$dir" "$root$dir"
        done
        # The open data the tests read from ../shared/data, read-only.
        shared=$(realpath -e "$repo/../shared" 2>/dev/null || true)
        if [ -n "$shared" ]; then
            mkdir -p "$root$repo/../shared"
            mount --bind -o ro "$shared" "$root$repo/../shared"
        fi
        for f in /etc/resolv.conf /etc/hosts; do
            [ -e "$f" ] && touch "$root$f" && mount --bind "$f" "$root$f"
        done
        exec chroot "$root" /usr/bin/env -i "$@"
    ' bash "$root" "$REPO" "$gitdir" "${envs[@]}" /bin/bash -c 'cd "$0" && exec "$@"' "$REPO" "$@"
}

case $action in
    build) build; echo "$root" ;;
    run) run "$@" ;;
    *) die "unknown action '$action' (build or run)." ;;
esac
