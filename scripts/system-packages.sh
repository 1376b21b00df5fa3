#!/usr/bin/env bash
# Install the Debian packages a target needs. Idempotent.
# As root: installs what is missing. Otherwise: names exactly what is missing and how to
# install it, then exits 1 ("test") or 0 with a warning ("run": the app still starts).
#
#   run:  libharfbuzz-subset0  WeasyPrint subsets fonts natively (else warnings, 1.6x slower PDFs)
#         fonts-dejavu-core    Cyrillic fonts for PDFs
#   test: the above, plus
#         chromium             headless browser for the end-to-end tests (/usr/bin/chromium)
#         poppler-utils        pdftotext/pdfinfo: tests read generated PDFs back
#         postgresql           the server for the PostgreSQL pass of the suite
set -euo pipefail
target=${1:-run}
packages=(libharfbuzz-subset0 fonts-dejavu-core)
[[ $target == test ]] && packages+=(chromium poppler-utils postgresql)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0
if [[ $(id -u) -ne 0 ]]; then
  echo "Missing Debian packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get update && sudo apt-get install --no-install-recommends ${missing[*]}" >&2
  [[ $target == test ]] && exit 1
  echo "(continuing: the app runs without them, PDFs are slower)" >&2
  exit 0
fi
echo "Installing Debian packages: ${missing[*]}"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
