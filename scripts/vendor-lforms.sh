#!/usr/bin/env bash
# Vendors LHC-Forms (npm `lforms`, the NLM's SDC form renderer) into web/vendor/lforms-$VERSION/: the files the
# questionnaire app loads, taken from the npm package (checked against its registry integrity), with SHA256SUMS.
# The files are checked in and compiled into the binary (src/smart/assets.rs), so running the server needs no npm
# and no CDN; a test checks them against SHA256SUMS. To upgrade: change VERSION and INTEGRITY (`npm view
# lforms@X dist.integrity`), run this, update the paths in src/smart/assets.rs and web/smart/app.html.
set -euo pipefail
VERSION=40.1.3
INTEGRITY=sha512-WLruTm+BcVnafC0rSAQ3/cNqhxvclBUxyBG68aub/uha2NaK9H8ZZcEXTTuORuGzzCt0wa7fvhuieZtcDIdPzQ==
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack "lforms@$VERSION" --silent >/dev/null)
tgz="$tmp/lforms-$VERSION.tgz"
actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
if [ "$actual" != "$INTEGRITY" ]; then
  echo "lforms-$VERSION.tgz does not match the registry integrity $INTEGRITY" >&2
  exit 1
fi
tar xzf "$tgz" -C "$tmp"
dest="web/vendor/lforms-$VERSION"
mkdir -p "$dest"
pkg="$tmp/package/dist/lforms"
# styles.css names the two images by relative url(): they sit next to it.
cp "$pkg/webcomponent/assets/lib/zone.min.js" "$pkg/webcomponent/lhc-forms.js" "$pkg/webcomponent/styles.css" \
   "$pkg/webcomponent/down_arrow_gray_10_10.png" "$pkg/webcomponent/magnifying_glass.png" \
   "$pkg/fhir/R4/lformsFHIR.min.js" "$dest/"
cp "$tmp/package/LICENSE.md" "$dest/"
(cd "$dest" && sha256sum zone.min.js lhc-forms.js styles.css down_arrow_gray_10_10.png magnifying_glass.png lformsFHIR.min.js \
  LICENSE.md > SHA256SUMS)
echo "vendored lforms $VERSION into $dest"
