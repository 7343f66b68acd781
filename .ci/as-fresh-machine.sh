#!/usr/bin/env bash
# Runs a command as on a fresh machine of this project's kind: Debian 12 with Swift, libxml2-dev,
# zlib1g-dev and libsqlite3-dev, and no other C library headers installed by hand. CI's machine may
# carry more (a developer installed libdeflate-dev once, and the build then needed it without anyone
# noticing, issue #11): in a private mount namespace, the headers and pkg-config files of such
# libraries are covered by /dev/null, so that a build that includes them fails here as it would there.
#
#   bash .ci/as-fresh-machine.sh swift build
set -euo pipefail
# Headers a fresh machine lacks, by the -dev package that would bring them.
hidden_packages=(libdeflate-dev)

if [ "${CONGTAC_FRESH_NAMESPACE:-}" != "1" ]; then
  exec unshare --mount --propagation private env CONGTAC_FRESH_NAMESPACE=1 bash "$0" "$@"
fi
covered=0
for package in "${hidden_packages[@]}"; do
  dpkg -L "$package" 2>/dev/null | grep -E '\.(h|pc)$' | while read -r file; do
    [ -f "$file" ] && mount --bind /dev/null "$file"
  done || true
done
for package in "${hidden_packages[@]}"; do
  if dpkg -L "$package" >/dev/null 2>&1; then covered=$((covered + 1)); fi
done
# The proof that the cover holds: neither the compiler nor pkg-config can use libdeflate.
if pkg-config --exists libdeflate 2>/dev/null; then echo "fresh-machine: pkg-config still finds libdeflate" >&2; exit 1; fi
if printf '#include <libdeflate.h>\nint main(void){return (int)libdeflate_crc32(0,0,0);}\n' |
   cc -x c -o /dev/null - >/dev/null 2>&1; then
  echo "fresh-machine: libdeflate's header still compiles" >&2; exit 1
fi
echo "== as on a fresh machine (hidden: ${hidden_packages[*]}; $covered of them installed here): $*"
exec "$@"
