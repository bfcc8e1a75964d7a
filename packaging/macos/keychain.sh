#!/usr/bin/env bash
# Release workflow, macOS: put the Developer ID Application certificate from the repository's
# secrets into a temporary keychain and tell the build to sign with it (PyInstaller signs
# every binary and the .app with the hardened runtime and a secure timestamp when
# OMISE_TRAY_CODESIGN_IDENTITY is set). Without the secrets, say so: the build is then signed
# ad hoc, and Gatekeeper asks merchants to confirm the first start.
# Needs MACOS_CERTIFICATE (base64 of a .p12), MACOS_CERTIFICATE_PASSWORD,
# MACOS_SIGNING_IDENTITY, RUNNER_TEMP and GITHUB_ENV in the environment.
set -euo pipefail
if [[ -z "${MACOS_CERTIFICATE:-}" || -z "${MACOS_SIGNING_IDENTITY:-}" ]]; then
  echo "::notice title=Signing skipped::No MACOS_CERTIFICATE or MACOS_SIGNING_IDENTITY secret: the app is signed ad hoc only"
  exit 0
fi
keychain="$RUNNER_TEMP/omise-tray-signing.keychain-db"
certificate="$RUNNER_TEMP/omise-tray-signing.p12"
trap 'rm -f "$certificate"' EXIT
password=$(openssl rand -base64 32)
printf '%s' "$MACOS_CERTIFICATE" | base64 --decode >"$certificate"
security create-keychain -p "$password" "$keychain"
security set-keychain-settings -lut 21600 "$keychain"
security unlock-keychain -p "$password" "$keychain"
security import "$certificate" -k "$keychain" -P "${MACOS_CERTIFICATE_PASSWORD:-}" -T /usr/bin/codesign
# Lets codesign use the key without a password prompt, which would hang a runner.
security set-key-partition-list -S apple-tool:,apple: -s -k "$password" "$keychain" >/dev/null
# Search the new keychain first, then the ones the user already had.
keychains=("$keychain")
while IFS= read -r line; do
  line=${line//\"/}
  line="${line#"${line%%[![:space:]]*}"}"
  [[ -n "$line" ]] && keychains+=("$line")
done < <(security list-keychains -d user)
security list-keychains -d user -s "${keychains[@]}"
echo "OMISE_TRAY_CODESIGN_IDENTITY=$MACOS_SIGNING_IDENTITY" >>"$GITHUB_ENV"
echo "Signing with: $(security find-identity -v -p codesigning "$keychain" | head -1)"
